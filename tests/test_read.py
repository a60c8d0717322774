import pytest

from tacb_graph.errors import InputError
from tacb_graph.read import read_source

TEXT = "1. 中国认为，互利合作很重要。\n"


def test_utf8_with_and_without_bom(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(TEXT.encode("utf-8"))
    b.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert read_source(a).text == read_source(b).text == TEXT
    assert read_source(a).encoding == "utf-8"
    assert read_source(b).encoding == "utf-8-sig"


def test_gb18030(tmp_path):
    p = tmp_path / "g.txt"
    p.write_bytes(TEXT.encode("gb18030"))
    src = read_source(p)
    assert src.text == TEXT and src.encoding == "gb18030"


def test_crlf_is_normalised(tmp_path):
    p = tmp_path / "c.txt"
    p.write_bytes(TEXT.replace("\n", "\r\n").encode())
    assert "\r" not in read_source(p).text


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10), "binary"),
        (lambda p: p.write_bytes("1. café résumé".encode("latin-1")), "neither UTF-8 nor GB18030"),
        (lambda p: p.write_bytes("1. 中国".encode("utf-16")), "UTF-16"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path, make, message):
    p = tmp_path / "bad.txt"
    make(p)
    with pytest.raises(InputError) as err:
        read_source(p)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_size_limit_refuses_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB sparse file
    with pytest.raises(InputError, match="over the .* limit"):
        read_source(p)


def test_name_is_the_file_name_and_names_nothing(tmp_path):
    """The file's name is kept (tacb:sourceFile) as it is; the report's IRI never comes from it."""
    p = tmp_path / "My Report (ZH).txt"
    p.write_text(TEXT, encoding="utf-8")
    src = read_source(p)
    assert src.name == "My Report (ZH).txt"
    import hashlib

    assert src.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


# --- metadata given beside the report or on the command line ---------------------

import json

from tacb_graph.read import given_metadata, merge_given, metadata_path, read_metadata


def test_metadata_file_beside_the_report(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    assert metadata_path(report) is None and read_metadata(report) is None
    (tmp_path / "report.meta.json").write_text(json.dumps({
        "symbol": "A/HRC/26/51", "title": {"zh": "中文标题", "en": "English title"},
        "date": "2014-04-02", "session": "hrc/26", "agenda_item": "3", "original_language": "en",
    }), encoding="utf-8")
    g = read_metadata(report)
    assert (g.symbol, g.title_zh, g.title_en, g.date) == ("A/HRC/26/51", "中文标题", "English title", "2014-04-02")
    assert (g.session_body, g.session, g.agenda_item, g.original_language) == ("hrc", 26, "3", "en")
    assert g.origin.endswith("report.meta.json")


def test_metadata_file_named_after_the_full_file_name(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    (tmp_path / "report.txt.meta.json").write_text('{"session": 43}', encoding="utf-8")
    assert read_metadata(report).session == 43 and read_metadata(report).session_body is None


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"sumbol": "A/1"}', "unknown metadata key 'sumbol'"),
    ('{"symbol": 5}', "symbol must be text"),
    ('{"symbol": "not a symbol"}', "not a UN document symbol"),
    ('{"date": "2 April 2014"}', "not a date written YYYY-MM-DD"),
    ('{"session": "twenty-sixth"}', "not a session number"),
    ('{"language": "Chinese"}', "not a language code"),
    ('{"title": {"fr": "Titre"}}', "title must map zh and/or en"),
])
def test_bad_metadata_file_is_one_clear_error(tmp_path, content, message):
    report = tmp_path / "r.txt"
    report.write_text(TEXT, encoding="utf-8")
    (tmp_path / "r.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_metadata(report)
    assert message in str(err.value) and "\n" not in str(err.value) and "r.meta.json" in str(err.value)


def test_flags_win_over_the_metadata_file():
    flags = given_metadata("command line", title="Flag title", session="27")
    file = given_metadata("r.meta.json", symbol="A/HRC/26/51", title="File title", session="hrc/26")
    g = merge_given(flags, file)
    assert (g.title, g.symbol, g.session, g.session_body) == ("Flag title", "A/HRC/26/51", 27, None)
    assert merge_given(None, file) == file and merge_given(None, None) is None
    assert given_metadata("command line") is None
