"""What stands right before a position in a text, read without copying the text up to it.

Readers often ask whether the words before a name end with one of a list
(``text[:i].rstrip().endswith(words)``). Slicing copies everything before ``i``, once per
name: harmless in a paragraph, quadratic in a paragraph of thousands of sentences. These
give the same answers in time that does not grow with ``i``.

>>> ends_before("联合国驻 海地", 5, ("驻",)), ends_before("the Office in  Haiti", 15, ("in",))
(True, True)
>>> ends_before("Haiti", 0, ("in",)), ends_before("   x", 3, ("",))
(False, True)
"""

from __future__ import annotations

__all__ = ["ends_before", "skip_space_back"]


def skip_space_back(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())``: where the text before ``pos`` ends once trailing white space is dropped."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def ends_before(text: str, pos: int, words) -> bool:
    """``text[:pos].rstrip().endswith(tuple(words))``, without the copy."""
    words = words if isinstance(words, tuple) else tuple(words)
    return text.endswith(words, 0, skip_space_back(text, pos)) if words else False
