"""The shared text reader against the real encodings in the fixtures and synthetic legacy ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ParseError
from core.formats.encoding import decode_bytes, read_decoded
from tests.support.paths import SHARED_FIXTURES

BIB = SHARED_FIXTURES / "bibtex"


@pytest.mark.parametrize(("name", "encoding", "bom", "expect"), [
    ("jabref_encoding_utf16be_bom.bib", "utf-16-be", True, "@STRING{ACM-ad"),
    ("jabref_encoding_utf16be_with_header.bib", "utf-16-be", True, "Ü ist ein Umlaut"),
    ("jabref_encoding_utf16le_nobom.bib", "utf-16-le", False, "@STRING{ACM-ad"),
    ("jabref_encoding_windows1252_with_header.bib", "cp1252", False, "25° C"),
    # Declares UTF-8 but holds windows-1252 (a no-break space, byte A0): the guess wins.
    ("jabref_encoding_windows1252_declared_utf8.bib", "cp1252", False, "Test\u00a0I. Last"),
    ("bibtexparser_gbk_encoded.bib", "gbk", False, "测试期刊"),
    ("biber_latin9_encoded.bib", "iso8859-15", False, "Šome title"),
    ("bibtexparser_utf8_bom.bib", "utf-8", True, "Jean César"),
])
def test_fixture_encodings(name: str, encoding: str, bom: bool, expect: str) -> None:
    decoded = read_decoded(BIB / name)
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    assert expect in decoded.text
    assert "\ufffd" not in decoded.text


def test_wos_utf16le_export_reads_like_its_utf8_twin() -> None:
    utf16 = read_decoded(SHARED_FIXTURES / "wos" / "wos_tab_delimited_utf16le_wosfile.txt")
    utf8 = read_decoded(SHARED_FIXTURES / "wos" / "wos_tab_delimited_utf8_wosfile.txt")
    assert utf16.encoding == "utf-16-le" and utf8.encoding == "utf-8"
    assert utf16.text.replace("\r\n", "\n") == utf8.text.replace("\r\n", "\n")


@pytest.mark.parametrize(("text", "encoding"), [
    ("@article{a, title = {Правовое регулирование миграции в Республике Казахстан}}", "cp1251"),
    ("@article{a, title = {Қазақстандағы көші-қон құқығы және заңнама}}", "kz1048"),
    ("@article{a, author = {Müller, Jürgen}, title = {Über die Straße}}", "cp1252"),
    ("@article{a, journal = {测试期刊 中文标题}}", "gbk"),
])
def test_legacy_encodings_are_guessed(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == text


def test_utf16_without_bom_big_endian() -> None:
    text = "TY  - JOUR\nTI  - Миграция\nER  - \n"
    assert decode_bytes(text.encode("utf-16-be")).text == text


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image"),
    (b"PK\x03\x04" + bytes(100), "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0" + bytes(100), "old Excel"),
    (b"abc\x00\x01\x02\xff" * 50, "binary file"),
])
def test_binary_data_is_refused_by_name(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        decode_bytes(data, file="refs.bib")


def test_journal_csv_importer_reads_russian_excel_through_the_shared_reader(tmp_path: Path) -> None:
    from core.journals.importers.tabular import read_text

    path = tmp_path / "list.csv"
    path.write_bytes("Название;ISSN\nВестник КазНУ;1563-0366\n".encode("cp1251"))
    assert read_text(path).startswith("Название;ISSN")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    with pytest.raises(ParseError, match="old Excel"):
        read_text(tmp_path / "old.xls")
