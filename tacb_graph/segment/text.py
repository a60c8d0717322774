"""Joining the lines of a paragraph back into its text.

>>> join_lines(["人权理事会第", "37/23 号决议", "(a) 项目"])
'人权理事会第37/23 号决议\\n(a) 项目'
>>> join_lines(["The Council re-", "quested a study of non-", "governmental input (CEDAW/C/SEN/CO/3-", "7, A/HRC/", "26/51)."],
...            keep_hyphen=("non",))
'The Council requested a study of non-governmental input (CEDAW/C/SEN/CO/3-7, A/HRC/26/51).'
"""

from __future__ import annotations

import re

from .lines import is_cjk, normalise
from .numbering import SUBITEM

__all__ = ["join_lines", "tidy"]

_WORD_BEFORE_HYPHEN = re.compile(r"([A-Za-z]+)-$")


def join_lines(lines: list[str], keep_hyphen: tuple[str, ...] = ()) -> str:
    """Join wrapped lines: no space between CJK text, one space between Latin words,
    a new line before each list item, hyphenated words and broken symbols mended.

    ``keep_hyphen``: the words whose hyphen at a line end is part of the word
    (``non-``, ``self-``), from the language data.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif SUBITEM.match(normalise(line[:8])):
            out += "\n" + line
        elif is_cjk(out[-1]) or is_cjk(line[0]):
            out += line
        elif out.endswith("-") and out[-2:-1].isalpha() and line[0].islower():
            m = _WORD_BEFORE_HYPHEN.search(out)
            if m and m.group(1).lower() in keep_hyphen:
                out += line
            else:
                out = out[:-1] + line
        elif out.endswith("-") and out[-2:-1].isalnum() and (line[0].isdigit() or line[0].isupper()):
            out += line  # CEDAW/C/SEN/CO/3-7, Inter-American
        elif out.endswith("/") and not out.endswith("//"):
            out += line  # A/HRC/ + 26/51
        else:
            out += " " + line
    return out


def tidy(text: str) -> str:
    """Collapse the runs of spaces a PDF leaves inside lines; keep new lines."""
    return re.sub(r"[ \t\u3000]{2,}|\t", " ", text).strip()
