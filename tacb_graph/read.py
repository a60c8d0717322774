"""Stage 1 — bytes to text: decoding, size limits and clear errors; and the
metadata a user gives for a report (``build --symbol …`` or a
``report.meta.json`` beside ``report.txt``).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
>>> _ = p.write_bytes("1. 中国。".encode("gb18030"))
>>> read_source(p).encoding
'gb18030'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

from .errors import InputError
from .records import GivenMeta, Source

__all__ = ["read_source", "MAX_BYTES", "given_metadata", "read_metadata", "metadata_path", "merge_given"]

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
    bad = sum(n for ch, n in Counter(sample).items()  # each character's category looked up once
              if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\r\t\f")
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
    return Source(path=str(p.resolve()), name=p.name, text=text, sha256=sha, encoding=encoding, size=size)


# --- metadata given by the user ------------------------------------------------

#: the keys a ``report.meta.json`` may hold
META_KEYS = ("symbol", "title", "title_zh", "title_en", "date", "session", "agenda_item", "agenda_title",
             "language", "original_language", "job_number")
_SYMBOL = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+$")
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def metadata_path(report: str | os.PathLike[str]) -> Path | None:
    """The metadata file beside ``report``: ``report.meta.json`` (or ``report.txt.meta.json``)."""
    p = Path(report)
    for candidate in (p.with_name(p.stem + ".meta.json"), p.with_name(p.name + ".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def given_metadata(origin: str = "", **values) -> GivenMeta | None:
    """Check metadata given for a report and return it (``None`` when nothing is given).

    ``session`` is a number (``26``) or a body id and a number (``hrc/26``);
    ``date`` is ``YYYY-MM-DD``; ``title`` may be a ``{"zh": …, "en": …}`` mapping.

    >>> g = given_metadata(symbol="A/HRC/26/51", session="hrc/26", date="2014-04-02")
    >>> g.symbol, g.session_body, g.session, g.date
    ('A/HRC/26/51', 'hrc', 26, '2014-04-02')
    """
    where = f"{origin}: " if origin else ""
    unknown = sorted(set(values) - set(META_KEYS))
    if unknown:
        raise InputError(f"{where}unknown metadata key {unknown[0]!r} (expected one of {', '.join(META_KEYS)})")
    v = {k: x for k, x in values.items() if x is not None and x != ""}
    if not v:
        return None
    out: dict = {}
    for key, x in v.items():
        if key == "title" and isinstance(x, dict):
            for lang, title in x.items():
                if lang not in ("zh", "en") or not isinstance(title, str):
                    raise InputError(f"{where}title must map zh and/or en to text")
                out[f"title_{lang}"] = title.strip()
            continue
        if key == "session":
            out["session_body"], out["session"] = _session(x, where)
            continue
        if not isinstance(x, str):
            raise InputError(f"{where}{key} must be text, not {type(x).__name__}")
        x = x.strip()
        if key == "symbol" and not _SYMBOL.match(x):
            raise InputError(f"{where}symbol {x!r} is not a UN document symbol (like A/HRC/26/51)")
        if key == "date":
            try:
                x = date.fromisoformat(x).isoformat()
            except ValueError:
                raise InputError(f"{where}date {x!r} is not a date written YYYY-MM-DD") from None
        if key in ("language", "original_language") and not _LANG.match(x):
            raise InputError(f"{where}{key} {x!r} is not a language code (like zh or en)")
        out[key] = x
    return GivenMeta(origin=origin, **out)


def _session(value, where: str) -> tuple[str | None, int]:
    text = str(value).strip()
    m = re.fullmatch(r"(?:([a-z0-9][a-z0-9-]*)\s*/\s*)?(\d{1,4})", text)
    if isinstance(value, bool) or not m or int(m.group(2)) < 1:
        raise InputError(f"{where}session {text!r} is not a session number (like 26, or hrc/26 with the body id)")
    return m.group(1), int(m.group(2))


def read_metadata(report: str | os.PathLike[str]) -> GivenMeta | None:
    """The metadata file beside ``report``, checked (``None`` when there is none)."""
    path = metadata_path(report)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object of metadata ({', '.join(META_KEYS)})")
    return given_metadata(str(path), **data)


def merge_given(*metas: GivenMeta | None) -> GivenMeta | None:
    """One :class:`GivenMeta` from several, the first that gives a field winning
    (pass the command-line flags first, then the metadata file)."""
    present = [m for m in metas if m is not None]
    if not present:
        return None
    values = {}
    for name in GivenMeta.__dataclass_fields__:
        if name in ("origin", "session_body"):
            continue
        for m in present:
            if getattr(m, name) is not None:
                values[name] = getattr(m, name)
                if name == "session":
                    values["session_body"] = m.session_body
                break
    return GivenMeta(origin=" and ".join(m.origin for m in present if m.origin), **values)
