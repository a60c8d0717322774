"""Synthetic graphs and gold for the tests of tacb_graph.evaluate (imported by those tests)."""

from __future__ import annotations

import subprocess
import sys

from tacb_graph.namespaces import ID_BASE
from tacb_graph.rdf.iris import entity_iri, footnote_iri, paragraph_iri, report_iri

T = "https://w3id.org/tacb/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ID_ENT = "https://w3id.org/tacb/id/graph/entities"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _e(key: str) -> str:
    return f"<{entity_iri(key)}>"


P1, P2, P3, FN1 = (f"<{paragraph_iri('r', 1)}>", f"<{paragraph_iri('r', 2)}>", f"<{paragraph_iri('r', 3)}>",
                   f"<{footnote_iri('r', 1)}>")
REP = f"<{report_iri('r')}>"
R = "resolution/A/RES/217(III)"

TRIG = f"""
@prefix tacb: <{T}> .
@prefix xsd: <{XSD}> .
{REP} {{ {REP} a tacb:Report ; tacb:sha256 "aaaa" ; tacb:symbol "A/HRC/1/1" . }}
{P1} {{
  {P1} tacb:mentions {_e('org/hrc')}, {_e('org/ohchr')}, {_e('state/CHN')}, {_e(R)}, {_e('state/FRA')},
      {_e('person/Someone')} .
  {_e(R)} tacb:adoptedBy {_e('org/hrc')} .
  {P1} tacb:cites {_e(R)} .
  {_e('state/CHN')} tacb:submittedInputTo {REP} .
  {_e('state/LAO')} tacb:partnersWith {_e('org/ohchr')} .
  {_e('org/ohchr')} tacb:assists {_e('state/CHN')} .
  {_e('state/CHN')} tacb:mentions {_e('state/LAO')} .
  <{paragraph_iri('r', 1)}/stance/1> a tacb:Stance ; tacb:holder {_e('state/CHN')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Supportive .
  <{paragraph_iri('r', 1)}/stance/2> a tacb:Stance ; tacb:holder {_e('state/GBR')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Critical .
  <{paragraph_iri('r', 1)}/stance/3> a tacb:Stance ; tacb:holder {_e('state/FRA')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Critical .
  <{paragraph_iri('r', 1)}/contribution/1> a tacb:Contribution ; tacb:contributor {_e('state/CHN')} ;
      tacb:recipient {_e('org/ohchr')} ; tacb:amount "800000.0"^^xsd:decimal ; tacb:currency "USD" .
}}
{P2} {{ {P2} tacb:mentions {_e('state/CHN')} . }}
{P3} {{
  {P3} tacb:mentions {_e('state/DEU')} .
  {_e('state/DEU')} tacb:assists {_e('state/FRA')} .
}}
{FN1} {{
  {FN1} tacb:mentions {_e(R)}, {_e('org/hrc')} .
  {FN1} tacb:cites {_e(R)} .
  {_e('state/CHN')} tacb:submittedInputTo <{report_iri('other')}> .
}}
<https://w3id.org/tacb/id/graph/entities> {{
  {_e('org/hrc')} a tacb:UNBody . {_e('org/ohchr')} a tacb:UNBody .
  {_e('state/CHN')} a tacb:State, tacb:Agent . {_e('state/FRA')} a tacb:State . {_e('state/DEU')} a tacb:State .
  {_e('state/LAO')} a tacb:State . {_e(R)} a tacb:Resolution . {_e('person/Someone')} a tacb:Person .
}}
"""

GOLD_DATA = {
    "report": "r",
    "source_sha256": "aaaa",
    "units": [
        {"unit": "paragraph", "number": 1,
         "entities": {"UNBody": ["org/hrc", "org/ohchr"], "State": ["state/CHN", "state/LAO"], "Resolution": [R],
                      "Person": ["person/Someone"]},
         "relations": [[R, "adoptedBy", "org/hrc"], ["@unit", "cites", R],
                       ["state/CHN", "submittedInputTo", "report"],
                       ["org/ohchr", "partnersWith", "state/LAO"],
                       ["org/ohchr", "assists", "state/LAO"]],
         "stances": [["state/CHN", "concept/mbc", "Supportive"],
                     ["state/LAO", "concept/mbc", "Critical"],
                     ["state/GBR", "concept/mbc", "Sceptical"]],
         "contributions": [{"contributor": "state/CHN", "recipient": "org/ohchr", "amount": 800000,
                            "currency": "usd", "period": "yearly", "year": None}]},
        {"unit": "paragraph", "number": 2, "entities": {"State": ["state/CHN"]},
         "relations": [["state/CHN", "requests", "org/ohchr"]]},
        {"unit": "footnote", "number": 1, "entities": {"Resolution": [R], "UNBody": ["org/hrc"]},
         "relations": [["@unit", "cites", R], ["state/CHN", "submittedInputTo", "report"]]},
    ],
}


SYM = f"<{ID_BASE}report/A-HRC-45-52>"  # a report whose IRI comes from its symbol, not its slug
U1, U2 = f"<{ID_BASE}report/A-HRC-45-52/paragraph/1>", f"<{ID_BASE}report/A-HRC-45-52/paragraph/2>"
RES = "resolution/A/HRC/RES/42/36"


def _fact(g, n, s, p, o, m=None, by=None):
    f = f"<{g[1:-1]}/fact/{n}>"
    out = f"{f} a rdf:Statement ; rdf:subject {s} ; rdf:predicate tacb:{p} ; rdf:object {o}"
    out += f" ; tacb:modality tacb:{m}" if m else ""
    out += f" ; tacb:requestedBy {by}" if by else ""
    return out + " ."


MOD_TRIG = f"""
@prefix tacb: <{T}> .
@prefix rdf: <{RDF}> .
@prefix xsd: <{XSD}> .
{SYM} {{
  {SYM} a tacb:Report ; tacb:sha256 "s1" .
  {U1} a tacb:Paragraph ; tacb:inReport {SYM} ; tacb:number 1 .
  {U2} a tacb:Paragraph ; tacb:inReport {SYM} ; tacb:number 2 .
}}
{U1} {{
  {U1} tacb:mentions {_e(RES)}, {_e('org/hrc')}, {_e('org/ohchr')}, {_e('state/CAF')}, {_e('session/hrc/42')},
      {_e('person/米歇尔·巴切莱特')}, {_e('org/sg')} .
  {_e(RES)} tacb:adoptedBy {_e('org/hrc')} ; tacb:atSession {_e('session/hrc/42')} ; tacb:requests {_e('org/ohchr')} .
  {_fact(U1, 1, _e('org/ohchr'), 'assists', _e('state/CAF'), 'Requested', _e(RES))}
  {_fact(U1, 2, _e(RES), 'requests', _e('org/ohchr'))}
  {_e('org/sg')} tacb:assists {_e('org/ohchr')} .
  {_fact(U1, 3, _e('org/sg'), 'assists', _e('org/ohchr'), 'Requested', _e('org/hrc'))}
}}
{U2} {{
  {U2} tacb:mentions {_e('org/ohchr')}, {_e('state/GIN')}, {_e('state/GNB')}, {_e('org/pif')} .
  {_fact(U2, 1, _e('org/ohchr'), 'assists', _e('state/GIN'), 'Negated')}
  {_e('org/ohchr')} tacb:assists {_e('state/GNB')} .
  {_fact(U2, 2, _e('org/ohchr'), 'partnersWith', _e('org/pif'), 'Planned')}
}}
<https://w3id.org/tacb/id/graph/entities> {{
  {_e(RES)} a tacb:Resolution . {_e('org/hrc')} a tacb:UNBody . {_e('org/ohchr')} a tacb:UNBody .
  {_e('org/sg')} a tacb:Post . {_e('state/CAF')} a tacb:State . {_e('state/GIN')} a tacb:State .
  {_e('state/GNB')} a tacb:State . {_e('org/pif')} a tacb:RegionalOrganization .
  {_e('session/hrc/42')} a tacb:Session, tacb:Event . {_e('person/米歇尔·巴切莱特')} a tacb:Person .
}}
"""

MOD_GOLD = {
    "report": "zh-hc", "source_sha256": "s1", "symbol": "A/HRC/45/52",
    "units": [
        {"unit": "paragraph", "number": 1,
         "entities": {"Resolution": [RES], "UNBody": ["org/hrc", "org/ohchr"], "Post": ["org/sg"],
                      "State": ["state/CAF"], "Session": ["session/hrc/42"], "Person": ["person/米歇尔·巴切莱特"]},
         "relations": [[RES, "adoptedBy", "org/hrc"], [RES, "atSession", "session/hrc/42"], [RES, "requests", "org/ohchr"],
                       ["org/ohchr", "assists", "state/CAF", "Requested", RES],
                       ["org/sg", "assists", "org/ohchr", "Requested", "org/hrc"]]},
        {"unit": "paragraph", "number": 2,
         "entities": {"UNBody": ["org/ohchr"], "State": ["state/GIN", "state/GNB"], "RegionalOrganization": ["org/pif"]},
         "relations": [["org/ohchr", "assists", "state/GIN", "Negated"],
                       ["org/ohchr", "assists", "state/GNB", "Requested", None],
                       ["org/pif", "partnersWith", "org/ohchr", "Planned"]]},
    ],
}


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tacb_graph", "evaluate", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)
