"""Graphs in the shape of a projection, for doctests, tests and benchmarks.

:func:`sample_graph` is a tiny hand-made view (optionally carrying hostile
text, to prove it stays text); :func:`synthetic_graph` is a seeded random one
of any size.

>>> G = sample_graph()
>>> G.nodes["https://w3id.org/tacb/id/state/LBY"]["label_en"]
'Libya'
"""

from __future__ import annotations

import random

import networkx as nx

__all__ = ["sample_graph", "synthetic_graph", "XSS_LABEL", "XSS_QUOTE", "ID"]

ID = "https://w3id.org/tacb/id/"
#: Report text that would run as script if it ever reached the page as markup.
XSS_LABEL = "</script><script>alert(1)</script>"
XSS_QUOTE = "<img src=x onerror=alert(2)>人权高专办协助利比亚。\u2028&amp;"


def _node(G, tail, kind, zh, en, *, iso3=None, m49=None, symbol=None, paragraphs=()):
    G.add_node(ID + tail, kind=kind, label_zh=zh, label_en=en, iso3=iso3, m49=m49, symbol=symbol,
               mentions=len(paragraphs), paragraphs=list(paragraphs))


def _edge(G, s, o, rel, paragraphs, quotes=()):
    G.add_edge(ID + s, ID + o, key=rel, relation=rel, paragraphs=list(paragraphs),
               quotes=list(quotes), weight=len(paragraphs))


def sample_graph(*, xss: bool = False) -> nx.MultiDiGraph:
    """Five entities, four relations and a co-mention (two edges between OHCHR and Libya).

    With ``xss=True`` the resolution's labels and one quote are script payloads.
    """
    G = nx.MultiDiGraph()
    _node(G, "state/LBY", "State", "利比亚", "Libya", iso3="LBY", m49="434", paragraphs=[2, 5])
    _node(G, "state/TUN", "State", "突尼斯", "Tunisia", iso3="TUN", m49="788", paragraphs=[3])
    _node(G, "org/ohchr", "UNBody", "联合国人权事务高级专员办事处",
          "Office of the United Nations High Commissioner for Human Rights", paragraphs=[1, 2, 3])
    _node(G, "org/hrc", "UNBody", "人权理事会", "Human Rights Council", paragraphs=[1, 4])
    _node(G, "resolution/A/HRC/RES/37/23", "Resolution",
          XSS_LABEL if xss else "人权理事会第 37/23 号决议",
          "<img src=x onerror=alert(3)>" if xss else "Human Rights Council resolution 37/23",
          symbol="A/HRC/RES/37/23", paragraphs=[1])
    _edge(G, "resolution/A/HRC/RES/37/23", "org/hrc", "adoptedBy", [1], ["人权理事会通过第 37/23 号决议。"])
    _edge(G, "org/hrc", "org/ohchr", "requests", [1], ["理事会请人权高专办提交报告。"])
    _edge(G, "org/ohchr", "state/LBY", "assists", [2],
          [XSS_QUOTE if xss else "人权高专办协助利比亚。"])
    _edge(G, "org/ohchr", "state/TUN", "assists", [3], ["人权高专办协助突尼斯。"])
    G.add_edge(ID + "org/ohchr", ID + "state/LBY", key="coMention", relation="coMention",
               paragraphs=[2], quotes=[], weight=1)
    return G


def synthetic_graph(nodes: int = 5000, edges: int = 15000, *, seed: int = 7) -> nx.MultiDiGraph:
    """A seeded random projection: classes, both labels, identifiers, relations, quotes.

    Examples
    --------
    >>> G = synthetic_graph(50, 120, seed=1)
    >>> G.number_of_nodes(), G.number_of_edges()
    (50, 120)
    """
    rng = random.Random(seed)
    kinds = ["State"] * 5 + ["UNBody"] * 2 + ["Resolution", "NGO", "Fund", "Instrument", "Place"]
    relations = ["assists", "requests", "adoptedBy", "partnersWith", "fundedBy", "memberOf", "coMention"]
    G = nx.MultiDiGraph()
    for i in range(nodes):
        kind = rng.choice(kinds)
        paragraphs = sorted(rng.sample(range(1, 120), rng.randint(1, 4)))
        G.add_node(f"{ID}synthetic/{i}", kind=kind, label_zh=f"实体{i}号", label_en=f"Entity {i}",
                   iso3=f"X{i % 100:02d}" if kind == "State" else None, m49=None,
                   symbol=f"A/HRC/RES/{i}" if kind == "Resolution" else None,
                   mentions=len(paragraphs), paragraphs=paragraphs)
    ids = list(G)
    # a few hubs, as in reports: edge ends drawn with a preference for low numbers
    added = 0
    while added < edges:
        u = ids[int(nodes * rng.random() ** 2)]
        v = ids[rng.randrange(nodes)]
        rel = rng.choice(relations)
        if u == v or G.has_edge(u, v, rel):
            continue
        p = rng.randint(1, 119)
        G.add_edge(u, v, key=rel, relation=rel, paragraphs=[p],
                   quotes=[] if rel == "coMention" else [f"第{p}段：{G.nodes[u]['label_zh']}与{G.nodes[v]['label_zh']}。"],
                   weight=1)
        added += 1
    return G
