"""Records to an RDF dataset, every fact in the named graph of its paragraph.

Graphs:

* ``<…/report/{key}>`` — the report (``key`` from :func:`~tacb_graph.rdf.iris.report_key`:
  its UN symbol and language, else a hash of its text; never its file name), its build (a ``prov:Activity`` that used
  the source file and generated the graph, see :func:`add_provenance`),
  sections, paragraph and footnote nodes (number, section, text, offsets);
* ``<…/graph/entities>`` — what we know of each entity from the gazetteers and
  symbols (class, zh/en labels, ISO/M49 codes, UN symbol, undocs.org link);
* ``<…/report/{key}/paragraph/{n}>`` (and ``…/footnote/{n}``) — what was read
  from that paragraph: ``tacb:mentions`` and the relations stated there;
* ``<…/graph/findings>`` — what ``tacb-graph check`` found the report leaves
  inconsistent (``tacb:Finding``: kind, message zh/en, concerned entities,
  evidence paragraphs, the report).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..namespaces import ORG, TACB
from ..records import REPORT, UNIT, Entity, Recognised
from .iris import (
    ENTITIES_GRAPH,
    FINDINGS_GRAPH,
    entity_iri,
    finding_iri,
    footnote_iri,
    paragraph_iri,
    report_iri,
    report_key,
    section_iri,
    session_iri,
    undocs_url,
    unit_iri,
)

__all__ = ["BuildInfo", "to_dataset", "add_entity", "add_provenance", "bind_prefixes", "key_of"]


@dataclass(frozen=True)
class BuildInfo:
    """What the build records about itself (times are left out when ``None``)."""

    tool_version: str
    started: datetime | None = None
    ended: datetime | None = None


def bind_prefixes(g: Graph | Dataset) -> None:
    from ..namespaces import PREFIXES

    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


_CJK = re.compile(r"[\u3400-\u9fff]")  # an alias with Chinese characters is Chinese; "Türkiye" is English


def add_entity(g: Graph, e: Entity) -> URIRef:
    """Describe one entity in graph ``g`` and return its IRI."""
    s, triples = _entity_triples(e)
    for t in triples:
        g.add(t)
    return s


@lru_cache(maxsize=4096)  # the same entities are described in report after report
def _entity_triples(e: Entity) -> tuple[URIRef, tuple]:
    """The IRI of an entity and the triples describing it, in order."""
    s = entity_iri(e.key)
    out = []
    add = out.append
    add((s, RDF.type, TACB[e.kind]))
    add((s, RDFS.label, Literal(e.label_zh, lang="zh")))
    add((s, RDFS.label, Literal(e.label_en, lang="en")))
    add((s, SKOS.prefLabel, Literal(e.label_zh, lang="zh")))
    for alias in e.aliases:
        if alias != e.label_zh:
            add((s, SKOS.altLabel, Literal(alias, lang="zh" if _CJK.search(alias) else "en")))
    if e.short_zh:
        add((s, TACB.shortLabel, Literal(e.short_zh, lang="zh")))
    if e.short_en:
        add((s, TACB.shortLabel, Literal(e.short_en, lang="en")))
    if e.iso3:
        add((s, TACB.iso3, Literal(e.iso3)))
    if e.m49:
        add((s, TACB.m49, Literal(e.m49)))
    if e.symbol:
        add((s, TACB.symbol, Literal(e.symbol)))
        add((s, RDFS.seeAlso, undocs_url(e.symbol)))
    if e.parent:  # a post is in its organisation; a body is part of its parent
        add((s, ORG.postIn if e.kind == "Post" else ORG.subOrganizationOf, entity_iri(e.parent)))
    if e.renamed_to:
        add((s, TACB.renamedTo, entity_iri(e.renamed_to)))
    if e.session_of:
        add((s, TACB.sessionOf, entity_iri(e.session_of)))
    if e.number is not None:
        add((s, TACB.sessionNumber, Literal(e.number)))
    return s, tuple(out)


def add_provenance(g: Graph, report: URIRef, sha256: str, file_name: str, info: BuildInfo) -> URIRef:
    """PROV-O for one report's build, in graph ``g``; return the build's IRI.

    The build (a ``prov:Activity`` with ``tacb:toolVersion`` and its times)
    ``prov:used`` the source file — the entity ``<urn:sha256:…>`` of its bytes,
    a ``prov:specializationOf`` the report — and ``prov:generated`` the RDF it
    wrote for the report, ``<{report}/build/{h}/graph>``. The report itself is
    used, never generated, by the build.
    """
    act = URIRef(f"{report}/build/{hashlib.sha256((sha256 + info.tool_version).encode()).hexdigest()[:16]}")
    src = URIRef("urn:sha256:" + sha256)
    out = URIRef(f"{act}/graph")
    g.add((src, RDF.type, PROV.Entity))
    g.add((src, RDFS.label, Literal(file_name)))
    g.add((src, PROV.specializationOf, report))
    g.add((act, RDF.type, PROV.Activity))
    g.add((act, RDFS.label, Literal(f"tacb-graph {info.tool_version} build", lang="en")))
    g.add((act, TACB.toolVersion, Literal(info.tool_version)))
    g.add((act, PROV.used, src))
    g.add((act, PROV.generated, out))
    if info.started:
        g.add((act, PROV.startedAtTime, Literal(info.started.isoformat(), datatype=XSD.dateTime)))
    if info.ended:
        g.add((act, PROV.endedAtTime, Literal(info.ended.isoformat(), datatype=XSD.dateTime)))
    g.add((out, RDF.type, PROV.Entity))
    g.add((out, RDFS.label, Literal(f"RDF read from {file_name} by tacb-graph {info.tool_version}", lang="en")))
    g.add((out, PROV.wasDerivedFrom, src))
    return act


def key_of(rec: Recognised) -> str:
    """The key of ``rec``'s report IRI: its symbol and language, else its text's hash."""
    return report_key(rec.segmented.meta.symbol, rec.lang, rec.segmented.source.sha256)


def to_dataset(rec: Recognised, info: BuildInfo, into=None) -> Dataset:
    """Turn recogniser output into an RDF dataset (see module docstring).

    ``into``: where the triples go, an rdflib ``Dataset`` (a new one by default) or
    anything with the same ``graph(iri).add(triple)`` and ``bind`` (e.g.
    :class:`tacb_graph.rdf.quads.QuadSink`, which makes Oxigraph quads).
    """
    ds = Dataset() if into is None else into
    bind_prefixes(ds)
    seg = rec.segmented
    src = seg.source
    rkey = key_of(rec)
    rep = report_iri(rkey)
    rg = ds.graph(rep)

    rg.add((rep, RDF.type, TACB.Report))
    titles = [(lang, t) for lang, t in (("zh", seg.meta.title_zh), ("en", seg.meta.title_en)) if t]
    for lang, title in titles:
        rg.add((rep, RDFS.label, Literal(title, lang=lang)))
    if not titles:  # never the file name (that is tacb:sourceFile): the symbol, else the key
        rg.add((rep, RDFS.label, Literal(seg.meta.symbol or rkey)))
    rg.add((rep, TACB.sha256, Literal(src.sha256)))
    rg.add((rep, TACB.sourceFile, Literal(src.name)))
    rg.add((rep, TACB.encoding, Literal(src.encoding)))
    add_provenance(rg, rep, src.sha256, src.name, info)

    for s in seg.sections:
        si = section_iri(rkey, s.number)
        rg.add((si, RDF.type, TACB.Section))
        rg.add((si, TACB.number, Literal(s.number)))
        rg.add((si, TACB.numeral, Literal(s.numeral)))
        rg.add((si, TACB.title, Literal(s.title, lang=rec.lang)))
        rg.add((si, RDFS.label, Literal(f"{s.numeral}. {s.title}")))
        rg.add((si, TACB.inReport, rep))
        rg.add((si, DCTERMS.isPartOf, rep))
    lang = rec.lang
    for p in seg.paragraphs:
        pi = paragraph_iri(rkey, p.number)
        rg.add((pi, RDF.type, TACB.Paragraph))
        rg.add((pi, TACB.number, Literal(p.number)))
        rg.add((pi, RDFS.label, Literal(f"¶{p.number}")))
        if p.section:
            rg.add((pi, TACB.section, section_iri(rkey, p.section)))
        rg.add((pi, TACB.text, Literal(p.text, lang=lang)))
        rg.add((pi, TACB.inReport, rep))
        rg.add((pi, TACB.startOffset, Literal(p.start)))
        rg.add((pi, TACB.endOffset, Literal(p.end)))
        for n in p.footnotes:
            rg.add((pi, TACB.hasFootnote, footnote_iri(rkey, n)))
    for f in seg.footnotes:
        fi = footnote_iri(rkey, f.number)
        rg.add((fi, RDF.type, TACB.Footnote))
        rg.add((fi, TACB.number, Literal(f.number)))
        rg.add((fi, RDFS.label, Literal(f"fn{f.number}")))
        rg.add((fi, TACB.text, Literal(f.text, lang=lang)))
        rg.add((fi, TACB.inReport, rep))
        rg.add((fi, TACB.startOffset, Literal(f.start)))
        rg.add((fi, TACB.endOffset, Literal(f.end)))
        if f.paragraph:
            rg.add((fi, TACB.inParagraph, paragraph_iri(rkey, f.paragraph)))

    eg = ds.graph(ENTITIES_GRAPH)
    known = {}
    for e in rec.entities:
        known[e.key] = add_entity(eg, e)
    for e in rec.entities:
        for r in e.related:
            if r in known:
                eg.add((known[e.key], SKOS.related, known[r]))
    for m in rec.mentions:
        ui = unit_iri(rkey, m.unit, m.number)
        ds.graph(ui).add((ui, TACB.mentions, known[m.entity]))
    for key in rec.links:
        rg.add((rep, DCTERMS.references, known[key]))
    _add_report_meta(rg, eg, rep, rec, known)
    _add_facts(ds, rec, rkey, rep)
    _add_findings(ds, rec, rkey, rep)
    return ds


def _add_findings(ds: Dataset, rec: Recognised, rkey: str, rep: URIRef) -> None:
    """``rec.findings`` as ``tacb:Finding`` nodes in the named graph ``graph/findings``."""
    if not rec.findings:
        return
    g = ds.graph(FINDINGS_GRAPH)
    for f in rec.findings:
        x = finding_iri(f.kind, rkey, f.kind, "|".join(f.concerns),
                        "|".join(f"{u}/{n}" for u, n in f.evidence), "|".join(f.basis))
        g.add((x, RDF.type, TACB.Finding))
        g.add((x, TACB.findingKind, TACB[f.kind]))
        g.add((x, TACB.message, Literal(f.message_zh, lang="zh")))
        g.add((x, TACB.message, Literal(f.message_en, lang="en")))
        g.add((x, TACB.inReport, rep))
        for key in f.concerns:
            g.add((x, TACB.concerns, entity_iri(key)))
        for unit, number in f.evidence:
            g.add((x, TACB.evidence, unit_iri(rkey, unit, number)))


def _fact_iri(ui: URIRef, kind: str, *parts) -> URIRef:
    """``<unit>/{kind}/{hash}``: derived from what the node states, so it survives rebuilds and
    rule changes that leave the fact itself unchanged."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return URIRef(f"{ui}/{kind}/{digest[:16]}")


def _add_report_meta(rg: Graph, eg: Graph, rep: URIRef, rec: Recognised, known: dict) -> None:
    """What the report says of itself (or what the user gave): title, symbol, date,
    languages, session, agenda item, author, mandate, job number and layout.

    The report node gets the triples (in the report graph); the session, and
    the bodies and resolutions no paragraph mentions, are described in the
    entities graph.
    """
    m = rec.segmented.meta
    for lang, title in (("zh", m.title_zh), ("en", m.title_en)):
        if title:
            rg.add((rep, DCTERMS.title, Literal(title, lang=lang)))
    if m.symbol:
        rg.add((rep, TACB.symbol, Literal(m.symbol)))
        rg.add((rep, RDFS.seeAlso, undocs_url(m.symbol)))
    if m.date:
        rg.add((rep, DCTERMS.date, Literal(m.date, datatype=XSD.date)))
    if m.language:
        rg.add((rep, DCTERMS.language, Literal(m.language, datatype=XSD.language)))
    if m.original_language:
        rg.add((rep, TACB.originalLanguage, Literal(m.original_language, datatype=XSD.language)))
    # bodies and resolutions named here but in no paragraph: described as the recogniser would
    by_key = {e.key: e for e in m.entities}
    todo = [m.author, m.body] + [md.body for md in m.mandates] + [f"resolution/{md.symbol}" for md in m.mandates]
    while todo:
        key = todo.pop(0)
        if key and key not in known and key in by_key:
            known[key] = add_entity(eg, by_key[key])
            todo.append(by_key[key].parent)
    if m.author:
        rg.add((rep, DCTERMS.creator, entity_iri(m.author)))
    if m.session is not None and m.body:
        s = session_iri(m.body, m.session)
        rg.add((rep, TACB.atSession, s))
        eg.add((s, RDF.type, TACB.Session))
        eg.add((s, TACB.sessionOf, entity_iri(m.body)))
        eg.add((s, TACB.sessionNumber, Literal(m.session)))
        for lang, label in (("zh", m.session_label_zh), ("en", m.session_label_en)):
            if label:
                eg.add((s, RDFS.label, Literal(label, lang=lang)))
    if m.agenda_item:
        rg.add((rep, TACB.agendaItem, Literal(m.agenda_item)))
    if m.agenda_title:
        rg.add((rep, TACB.agendaItemTitle, Literal(m.agenda_title, lang=m.language or None)))
    for md in m.mandates:
        rg.add((rep, TACB.submittedPursuantTo, entity_iri(f"resolution/{md.symbol}")))
        if md.body:
            rg.add((rep, TACB.requestedBy, entity_iri(md.body)))
    if m.job_number:
        rg.add((rep, TACB.jobNumber, Literal(m.job_number)))
    if m.layout:
        rg.add((rep, TACB.layout, Literal(m.layout)))


def _add_facts(ds: Dataset, rec: Recognised, rkey: str, rep: URIRef) -> None:
    """Relations, stances, contributions, assistance and years, each in its unit's graph.

    Every relation except ``cites`` also gets an ``rdf:Statement`` node
    ``<unit>/fact/{hash}`` with the quote it was read from and its
    ``tacb:modality`` (and, when another language version of the report states the same
    fact in the aligned paragraph, its quote in that language too); only a Reported relation is also asserted as a plain edge
    (what was requested, recommended, planned or denied stays a fact node, with
    ``tacb:requestedBy`` the one who asked). Stances, contributions and
    assistance are nodes ``<unit>/stance/{hash}`` etc. Node IRIs are hashes of
    what the node states (see :func:`_fact_iri`). A fact the learned back-off for help read (no rule) carries
    ``tacb:confidence``, the model's probability.
    """

    def common(g: Graph, x: URIRef, ui: URIRef, quote: str, year: str | None = None, others=(),
               confidence: float | None = None) -> None:
        g.add((x, TACB.evidence, ui))
        if confidence is not None:  # read by a learned back-off, not by a rule (tacb_graph/relate/assist_model.py)
            g.add((x, TACB.confidence, Literal(Decimal(str(confidence)), datatype=XSD.decimal)))
        if quote:
            g.add((x, TACB.quote, Literal(quote, lang=rec.lang)))
        for lang, other in others:  # the same fact as another language version states it (tacb_graph.align)
            g.add((x, TACB.quote, Literal(other, lang=lang)))
        if year:
            g.add((x, TACB.year, Literal(year, datatype=XSD.gYear)))

    def mood(g: Graph, x: URIRef, modality: str, requested_by: str | None) -> None:
        g.add((x, TACB.modality, TACB[modality]))
        if requested_by and modality != "Reported":
            g.add((x, TACB.requestedBy, entity_iri(requested_by)))

    for r in rec.relations:
        ui = unit_iri(rkey, r.unit, r.number)
        g = ds.graph(ui)
        s = ui if r.subject == UNIT else rep if r.subject == REPORT else entity_iri(r.subject)
        o = rep if r.object == REPORT else entity_iri(r.object)
        if r.modality == "Reported":
            g.add((s, TACB[r.predicate], o))
        if r.predicate == "cites":
            continue
        f = _fact_iri(ui, "fact", s, r.predicate, o, r.modality)
        g.add((f, RDF.type, RDF.Statement))
        g.add((f, RDF.subject, s))
        g.add((f, RDF.predicate, TACB[r.predicate]))
        g.add((f, RDF.object, o))
        mood(g, f, r.modality, r.requested_by)
        common(g, f, ui, r.sentence, r.year, r.other_quotes, r.confidence)
    for st in rec.stances:
        ui = unit_iri(rkey, st.unit, st.number)
        g = ds.graph(ui)
        x = _fact_iri(ui, "stance", st.holder, st.concept, st.value)
        g.add((x, RDF.type, TACB.Stance))
        g.add((x, TACB.holder, entity_iri(st.holder)))
        g.add((x, TACB.onConcept, entity_iri(st.concept)))
        g.add((x, TACB.stanceValue, TACB[st.value]))
        common(g, x, ui, st.sentence, None, st.other_quotes)
    for c in rec.contributions:
        ui = unit_iri(rkey, c.unit, c.number)
        g = ds.graph(ui)
        x = _fact_iri(ui, "contribution", c.contributor, c.recipient, c.amount, c.currency, c.modality)
        g.add((x, RDF.type, TACB.Contribution))
        g.add((x, TACB.contributor, entity_iri(c.contributor)))
        if c.recipient:
            g.add((x, TACB.recipient, entity_iri(c.recipient)))
        if c.amount is not None:
            g.add((x, TACB.amount, Literal(c.amount, datatype=XSD.decimal)))
        if c.currency:
            g.add((x, TACB.currency, Literal(c.currency)))
        if c.period:
            g.add((x, TACB.period, Literal(c.period, lang=rec.lang)))
        mood(g, x, c.modality, c.requested_by)
        common(g, x, ui, c.sentence, c.year, c.other_quotes)
    for a in rec.assistances:
        ui = unit_iri(rkey, a.unit, a.number)
        g = ds.graph(ui)
        x = _fact_iri(ui, "assistance", a.provider, a.recipient, a.modality, a.year, a.topic)
        g.add((x, RDF.type, TACB.Assistance))
        g.add((x, TACB.provider, entity_iri(a.provider)))
        g.add((x, TACB.recipient, entity_iri(a.recipient)))
        if a.topic:
            g.add((x, TACB.topic, Literal(a.topic, lang=rec.lang)))
        for funder in a.funded_by:
            g.add((x, TACB.fundedBy, entity_iri(funder)))
        mood(g, x, a.modality, a.requested_by)
        common(g, x, ui, a.sentence, a.year, a.other_quotes, a.confidence)
    for d in rec.dates:
        ui = unit_iri(rkey, d.unit, d.number)
        ds.graph(ui).add((entity_iri(d.entity), TACB.year, Literal(d.year, datatype=XSD.gYear)))
