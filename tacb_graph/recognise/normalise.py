"""Text normalisation that keeps character offsets: full-width ASCII to ASCII.

>>> normalise("联合国（ＵＮ）　２０３０")
'联合国(UN) 2030'
"""

from __future__ import annotations

__all__ = ["normalise"]

_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE[0x3000] = 0x20  # ideographic space


def normalise(text: str) -> str:
    """Map full-width forms to ASCII one character for one (offsets are kept)."""
    return text.translate(_TABLE)
