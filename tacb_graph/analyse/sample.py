"""A tiny in-memory store in the shape of the graph contract, for doctests.

Three entities, two paragraphs: ¶1 says the Human Rights Council requests
OHCHR to act, ¶2 says OHCHR assists Libya and mentions the Council again.

>>> store = sample_store()
>>> len(store) > 0
True
"""

from __future__ import annotations

import pyoxigraph as ox

__all__ = ["sample_store", "SAMPLE_TRIG"]

SAMPLE_TRIG = """
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix tacb: <https://w3id.org/tacb/ontology#> .
@prefix id: <https://w3id.org/tacb/id/> .
@prefix p: <https://w3id.org/tacb/id/report/sample/paragraph/> .

id:report\\/sample {
  p:1 a tacb:Paragraph ; tacb:number 1 .
  p:2 a tacb:Paragraph ; tacb:number 2 .
}
id:graph\\/entities {
  id:state\\/LBY a tacb:State ; rdfs:label "利比亚"@zh, "Libya"@en ; tacb:iso3 "LBY" ; tacb:m49 "434" .
  id:org\\/ohchr a tacb:UNBody ; rdfs:label "联合国人权事务高级专员办事处"@zh,
      "Office of the United Nations High Commissioner for Human Rights"@en ;
      skos:altLabel "人权高专办"@zh, "OHCHR"@en .
  id:org\\/hrc a tacb:UNBody ; rdfs:label "人权理事会"@zh, "Human Rights Council"@en .
}
p:1 {
  p:1 tacb:mentions id:org\\/hrc, id:org\\/ohchr .
  id:org\\/hrc tacb:requests id:org\\/ohchr .
  p:1\\/fact\\/1 a rdf:Statement ; rdf:subject id:org\\/hrc ; rdf:predicate tacb:requests ;
      rdf:object id:org\\/ohchr ; tacb:quote "理事会请人权高专办提交报告。"@zh ; tacb:evidence p:1 .
}
p:2 {
  p:2 tacb:mentions id:org\\/ohchr, id:state\\/LBY, id:org\\/hrc .
  id:org\\/ohchr tacb:assists id:state\\/LBY .
  p:2\\/fact\\/1 a rdf:Statement ; rdf:subject id:org\\/ohchr ; rdf:predicate tacb:assists ;
      rdf:object id:state\\/LBY ; tacb:quote "人权高专办协助利比亚。"@zh ; tacb:evidence p:2 .
}
"""


def sample_store() -> ox.Store:
    """An in-memory Oxigraph store holding :data:`SAMPLE_TRIG`.

    Returns
    -------
    pyoxigraph.Store
        A fresh, writable, in-memory store.
    """
    store = ox.Store()
    store.load(SAMPLE_TRIG, format=ox.RdfFormat.TRIG)
    return store
