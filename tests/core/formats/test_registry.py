"""Recognising files by content first, then name; clear refusals for what is not a reference file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core import formats
from core.errors import ParseError
from tests.support.paths import SHARED_FIXTURES


@pytest.mark.parametrize(("rel", "fmt"), [
    ("bibtex/jabref_complex.bib", "bibtex"),
    ("bibtex/jabref_encoding_utf16le_nobom.bib", "bibtex"),
    ("ris/scopus_asreview_10_refs.ris", "ris"),
    ("ris/pubmed_nbib_jabref.txt", "medline"),
    ("scopus/scopus_asreview_10_refs.csv", "scopus-csv"),
    ("scopus/scopus_export_pybibx.bib", "bibtex"),
    ("wos/wos_plaintext_wosfile.txt", "wos"),
    ("wos/wos_tab_delimited_utf16le_wosfile.txt", "wos"),
    ("crossref/cn_10.1126_science.169.3946.635.csl.json", "csl-json"),
])
def test_detection_by_content(rel: str, fmt: str) -> None:
    detection = formats.detect(SHARED_FIXTURES / rel)
    assert (detection.kind, detection.format) == ("format", fmt)


def test_content_wins_over_a_wrong_name(tmp_path: Path) -> None:
    wrong = tmp_path / "refs.bib"
    wrong.write_bytes((SHARED_FIXTURES / "ris" / "zotero_asreview_10_refs.ris").read_bytes())
    result = formats.read_file(wrong)
    assert result.format == "ris" and len(result.records) == 10
    assert result.notes[0] == "refs.bib holds RIS, not BibTeX / BibLaTeX: read as RIS"


def test_pdf_is_recognised(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.bib"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert formats.detect(pdf).kind == "pdf"
    detection, result = formats.read_path(pdf)
    assert detection.kind == "pdf" and result is None
    with pytest.raises(ParseError, match="a PDF"):
        formats.read_file(pdf)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"\n \n\t\n", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image"),
    (bytes(range(256)) * 8, "binary file"),
    (b"Dear colleagues,\nplease find the minutes attached.\n", "not a reference file"),
    (b"@article{a, title = {A}}\n\x00\x00", "binary"),
])
def test_refusals(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(ParseError, match=message) as info:
        formats.read_file(path)
    assert str(path) in str(info.value)


def test_invalid_utf8_is_read_as_a_legacy_encoding_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(b"@article{a, title = {Caf\xe9 \xff\xfe broken}, year = 2020}\n")
    (ref,) = formats.read_file(path).records
    assert ref.title is not None and ref.title.startswith("Café")


def test_a_50_mb_single_line_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.bib"
    path.write_bytes(b"@" + b"x" * (50 * 1024 * 1024))
    start = time.perf_counter()
    with pytest.raises(ParseError, match=r"line 1 is 52,428,801 characters long"):
        formats.read_file(path)
    assert time.perf_counter() - start < 60  # a hang guard, not a timing target


def test_formats_list_says_which_are_writable() -> None:
    info = {f.name: f for f in formats.formats()}
    assert {n for n, f in info.items() if f.can_dump} == {"bibtex", "ris", "csl-json"}
    assert ".bib" in info["bibtex"].extensions and ".ris" in info["ris"].extensions


def test_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes((SHARED_FIXTURES / "ris" / "mdpi.ris").read_bytes())
    assert formats.read_file(path, fmt="ris").format == "ris"
    with pytest.raises(ParseError, match="unknown format"):
        formats.read_file(path, fmt="endnote-xml")
