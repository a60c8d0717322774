"""Text normalisation that keeps character offsets: full-width ASCII to ASCII.

The segmenter's folding (:func:`tacb_graph.segment.lines.normalise`): a text without a full-width character is
given back as it is, found with one search rather than a look-up of every character (the gazetteer's forms,
thousands of them, are folded on every load and look-up).

>>> normalise("联合国（ＵＮ）　２０３０")
'联合国(UN) 2030'
"""

from __future__ import annotations

from ..segment.lines import normalise

__all__ = ["normalise"]
