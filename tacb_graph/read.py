"""Stage 1 — bytes to text: decoding, size limits and clear errors.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
>>> _ = p.write_bytes("1. 中国。".encode("gb18030"))
>>> read_source(p).encoding
'gb18030'
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .records import Source

__all__ = ["read_source", "MAX_BYTES", "slug_for"]

#: Reports are well under 1 MB; anything larger than this is refused before it
#: is read, so memory stays bounded. Override with TACB_MAX_BYTES.
MAX_BYTES = 16 * 1024 * 1024

_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}


def _limit() -> int:
    value = os.environ.get("TACB_MAX_BYTES")
    if value:
        try:
            return int(value)
        except ValueError:
            raise InputError(f"TACB_MAX_BYTES must be a whole number of bytes, not {value!r}") from None
    return MAX_BYTES


def slug_for(path: Path, sha256: str) -> str:
    """A stable ASCII slug for a report, from its file name (or its hash)."""
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return stem or f"report-{sha256[:12]}"


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    for bom, name in _BOMS.items():
        if raw.startswith(bom):
            raise InputError(f"{path}: {name} text is not supported; save it as UTF-8 or GB18030")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{path}: looks like a binary file, not a text report")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(f"{path}: text is neither UTF-8 nor GB18030") from None
    return text, "gb18030"


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\r\t\f")
    return bad / len(sample) < 0.01


def read_source(path: str | os.PathLike[str]) -> Source:
    """Read a report file and decode it (UTF-8 with or without BOM, or GB18030).

    Raises :class:`~tacb_graph.errors.InputError` with a one-line message for a
    missing path, a directory, an empty, binary, oversized or undecodable file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a report file")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p}: file is empty")
    limit = _limit()
    if size > limit:
        raise InputError(
            f"{p}: {size / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit for one report "
            "(split it, or raise TACB_MAX_BYTES)"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror})") from None
    text, encoding = _decode(raw, p)
    if not _looks_like_text(text):
        raise InputError(f"{p}: looks like a binary file, not a text report")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sha = hashlib.sha256(raw).hexdigest()
    return Source(path=str(p.resolve()), name=slug_for(p, sha), text=text, sha256=sha, encoding=encoding, size=size)
