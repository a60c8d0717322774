"""Works: every report of a build is one language version (expression) of a report work.

Written after all reports are in the dataset, from :func:`tacb_graph.align.align`'s
:class:`~tacb_graph.records.Versions` (one per work). The work's key is the UN symbol, else
``sha-`` and 16 hex digits of a version's text (:func:`~tacb_graph.rdf.iris.work_key`).
In the named graph ``work/{key}``::

    <work/{key}> a tacb:ReportWork ; rdfs:label "title"@zh, "title"@en ;   # each version's title
        tacb:symbol "A/HRC/55/80" ; rdfs:seeAlso <https://undocs.org/A/HRC/55/80> .
    <report/{key}> tacb:reportWork <work/{key}> .                           # each version
    <work/{key}/paragraph/{n}> a tacb:ParagraphWork ; tacb:number n ; rdfs:label "¶n" ;
        dcterms:isPartOf <work/{key}> .                                     # footnotes: …/footnote/{n}, "fn n"
    <report/{key}/paragraph/{n}> tacb:paragraphWork <work/{key}/paragraph/{n}> .

Paragraph *n* of every version realises paragraph work *n*. Persons, keyed in the script of
their version, that :mod:`tacb_graph.align` found to be one person are linked both ways with
``owl:sameAs`` in ``graph/entities`` (every other entity IRI is already shared).
"""

from __future__ import annotations

from typing import Sequence

from rdflib import Dataset, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from ..align import units_of
from ..namespaces import TACB
from ..records import Recognised, Versions
from .iris import ENTITIES_GRAPH, entity_iri, paragraph_work_iri, report_iri, undocs_url, unit_iri, work_iri, work_key

__all__ = ["add_works", "expression_key"]


def expression_key(rec: Recognised) -> str:
    """The key the RDF stage mints a report's IRI (and its units') from (:func:`~tacb_graph.rdf.build.key_of`)."""
    from .build import key_of

    return key_of(rec)


def add_works(ds: Dataset, recs: Sequence[Recognised], versions: Sequence[Versions]) -> None:
    """Add each work, its paragraph works and the links from its versions to ``ds`` (see the module docstring).

    Examples
    --------
    >>> from rdflib import Dataset
    >>> from tacb_graph.records import Paragraph, Recognised, ReportMeta, Segmented, Source, Versions
    >>> seg = Segmented(Source("r.txt", "r", "1. x", "ab" * 32, "utf-8", 4), (),
    ...                 (Paragraph(1, None, "x", 0, 4),), (), meta=ReportMeta(symbol="A/HRC/1/1"))
    >>> ds = Dataset(default_union=True)
    >>> add_works(ds, [Recognised(seg, (), ())], [Versions("A/HRC/1/1", "ab" * 32, (0,))])
    >>> sorted(str(o) for o in ds.objects(None, TACB.paragraphWork))
    ['https://w3id.org/tacb/id/work/A/HRC/1/1/paragraph/1']
    """
    eg = ds.graph(ENTITIES_GRAPH)
    for v in versions:
        key = work_key(v.symbol, v.sha256)
        work = work_iri(key)
        g = ds.graph(work)
        g.add((work, RDF.type, TACB.ReportWork))
        titles: dict[str, str] = {}
        for i in v.members:
            m = recs[i].segmented.meta
            for lang, title in (("zh", m.title_zh), ("en", m.title_en)):
                if title:
                    titles.setdefault(lang, title)
        for lang, title in titles.items():
            g.add((work, RDFS.label, Literal(title, lang=lang)))
        if not titles:
            g.add((work, RDFS.label, Literal(v.symbol or key)))
        if v.symbol:
            g.add((work, TACB.symbol, Literal(v.symbol)))
            g.add((work, RDFS.seeAlso, undocs_url(v.symbol)))
        for i in v.members:
            rec = recs[i]
            slug = expression_key(rec)
            g.add((report_iri(slug), TACB.reportWork, work))
            for unit, n in units_of(rec):
                pw = paragraph_work_iri(key, unit, n)
                g.add((pw, RDF.type, TACB.ParagraphWork))
                g.add((pw, TACB.number, Literal(n)))
                g.add((pw, RDFS.label, Literal(f"¶{n}" if unit == "paragraph" else f"fn{n}")))
                g.add((pw, DCTERMS.isPartOf, work))
                g.add((unit_iri(slug, unit, n), TACB.paragraphWork, pw))
        for a, b in v.persons:
            eg.add((entity_iri(a), OWL.sameAs, entity_iri(b)))
            eg.add((entity_iri(b), OWL.sameAs, entity_iri(a)))
