"""Styles: a colour-blind-safe palette in which no relation looks like a class; symmetric relations."""

from __future__ import annotations

import math

import pytest

from tacb_graph.analyse.project import RELATIONS
from tacb_graph.render import style
from tacb_graph.render.style import (
    OKABE_ITO, STANCES, class_style, modality_style, relation_style, stance_style, symmetric_relations,
)


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in (r, g, b)]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883
    f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


CLASSES = sorted(style._CLASSES) + [style.UNNAMED, None]
DRAWN_RELATIONS = sorted(set(RELATIONS) | {"stance", "contributes", "related", "coMention"})


def test_class_colours_are_okabe_ito():
    allowed = set(OKABE_ITO.values()) | {"#FFFFFF"}
    assert {class_style(k).color for k in CLASSES} <= allowed


@pytest.mark.parametrize("relation", DRAWN_RELATIONS)
def test_no_relation_colour_is_near_a_class_colour(relation):
    colour = relation_style(relation).color
    nearest = min(math.dist(_lab(colour), _lab(class_style(k).color)) for k in CLASSES)
    assert nearest >= 15, (relation, colour, nearest)


def test_stances_and_modalities():
    colours = [stance_style(s).color for s in STANCES]
    assert len(set(colours)) == 4 and set(colours) <= set(OKABE_ITO.values())
    assert stance_style("NotQuestioned").label_en == "Not questioned"
    assert modality_style(None).dashes is False and modality_style("Reported").dashes is False
    for m in ("Requested", "Recommended", "Planned", "Negated"):
        assert modality_style(m).dashes, m


def test_symmetric_relations_come_from_the_ontology():
    assert "partnersWith" in symmetric_relations()       # owl:SymmetricProperty in tacb.ttl
    assert not relation_style("partnersWith").arrow
    assert relation_style("assists").arrow and relation_style("establishes").arrow
    assert not relation_style("related").arrow and not relation_style("coMention").arrow


def test_names_come_from_the_ontology():
    assert (class_style("UNBody").label_zh, class_style("UNBody").label_en) == ("联合国机构", "UN body")
    assert relation_style("adoptedBy").label_zh == "通过者"
    assert class_style("NoSuchClass").label_en == "NoSuchClass"
