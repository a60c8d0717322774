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


def test_slug_from_file_name(tmp_path):
    p = tmp_path / "My Report (ZH).txt"
    p.write_text(TEXT, encoding="utf-8")
    assert read_source(p).name == "my-report-zh"
