"""Scopus CSV and Web of Science exports (read only): real values from the fixture files."""

from __future__ import annotations

import pytest

from core import formats
from core.formats import scopus_csv, wos
from tests.support.paths import SHARED_FIXTURES

SCOPUS = SHARED_FIXTURES / "scopus"
WOS = SHARED_FIXTURES / "wos"


def test_scopus_2024_export_all_fields() -> None:
    result = formats.read_file(SCOPUS / "scopus_asreview_10_refs.csv")
    assert result.format == "scopus-csv" and len(result.records) == 10 and not result.problems
    ref = result.records[0]
    assert ref.type == "article-journal"
    assert [(c.family, c.given, c.extra["scopus-id"]) for c in ref.authors][:2] == [
        ("Wilson", "Lauren N.", "58975547800"), ("Gardner", "Jacob D.", "57190394669")]
    assert ref.title == ("Global latitudinal gradients and the evolution of body size in "
                         "dinosaurs and mammals")
    assert (ref.container_title, ref.container_title_short) == ("Nature Communications",
                                                                "Nat. Commun.")
    assert (ref.year, ref.volume, ref.issue) == (2024, "15", "1")
    assert ref.extra["article-number"] == "2864" and ref.page == "2864"
    assert ref.doi == "10.1038/s41467-024-46843-2"
    assert [i.value for i in ref.issn] == ["2041-1723"]  # written 20411723 by Scopus
    assert ref.language == "en" and ref.extra["document-type"] == "Article"
    assert ref.abstract and ref.abstract.startswith("Global climate patterns")
    assert ref.publisher == "Nature Research" and ref.source == "Scopus"
    assert ref.extra["eid"] == "2-s2.0-85189760133" and ref.url and "scopus.com" in ref.url
    assert "Dinosaurs" in ref.extra["index-keywords"]
    assert result.lines[0] == 2


def test_scopus_2016_export_without_full_names() -> None:
    result = formats.read_file(SCOPUS / "scopus_metaknowledge.csv")
    assert len(result.records) == 220
    ref = result.records[0]
    assert [(c.family, c.given) for c in ref.authors][:2] == [("Yagai", "T."), ("Kimura", "Y.")]
    assert ref.title == ("Strain Distribution of Complex-Bending YBCO Tape in Force-Balanced "
                         "Coil Applied to SMES")
    assert (ref.container_title, ref.volume, ref.issue, ref.year) == (
        "IEEE Transactions on Applied Superconductivity", "26", "4", 2016)
    assert ref.page == "7433444" and ref.doi == "10.1109/tasc.2016.2541670"
    assert [i.value for i in ref.issn] == ["1051-8223"]
    assert ref.keywords == ["complex bending", "force-balanced coil", "SMES",
                            "strain distribution", "YBCO"]


def test_scopus_2021_export_with_extra_funding_columns() -> None:
    result = formats.read_file(SCOPUS / "scopus_litstudy.csv")
    assert len(result.records) == 58 and not result.problems
    review = result.records[0]
    assert review.extra["document-type"] == "Review" and review.page == "1781-1802"
    assert review.doi == "10.1002/jcc.20289" and review.language == "en"
    # the rows with two funding texts still map Language / Document Type / EID correctly
    assert all(r.extra.get("eid", "").startswith("2-s2.0-") for r in result.records)
    assert {r.language for r in result.records} == {"en"}


def _mapped(ref: object) -> dict[str, object]:
    csl = ref.to_csl(include_id=False)  # type: ignore[attr-defined]
    csl.pop("wos", None)
    return csl


def test_wos_plain_text_and_tab_delimited_give_the_same_records() -> None:
    plain = formats.read_file(WOS / "wos_plaintext_wosfile.txt")
    tab8 = formats.read_file(WOS / "wos_tab_delimited_utf8_wosfile.txt")
    tab16 = formats.read_file(WOS / "wos_tab_delimited_utf16le_wosfile.txt")
    assert tab16.encoding == "utf-16-le" and plain.format == tab8.format == "wos"
    assert len(plain.records) == len(tab8.records) == len(tab16.records) == 50
    for a, b, c in zip(plain.records, tab8.records, tab16.records, strict=True):
        assert _mapped(b) == _mapped(c)
        assert _mapped(a) == _mapped(b)


def test_wos_values() -> None:
    ref = formats.read_file(WOS / "wos_plaintext_wosfile.txt").records[0]
    assert [(c.family, c.given) for c in ref.authors] == [("Owen-Smith", "J"), ("Powell", "WW")]
    assert ref.title == ("Knowledge networks as channels and conduits: The effects of "
                         "spillovers in the Boston biotechnology community")
    assert (ref.container_title, ref.container_title_short) == ("Organization Science",
                                                                "Organ Sci.")
    assert ref.issued is not None and (ref.issued.year, ref.issued.month) == (2004, 1)
    assert (ref.volume, ref.issue, ref.page) == ("15", "1", "5-21")
    assert ref.doi == "10.1287/orsc.1030.0054"
    assert [(i.value, i.kind) for i in ref.issn] == [("1047-7039", "print")]
    assert ref.language == "en" and ref.extra["document-type"] == "Article"
    assert ref.keywords == ["knowledge networks", "economic geography", "spillovers",
                            "biotechnology", "patenting"]
    assert ref.abstract and ref.abstract.startswith("We contend that two important")
    assert ref.extra["wos-id"] == "WOS:000220015600001"
    assert ref.extra["wos"]["CR"][0].startswith("Ahuja G, 2000")  # cited references kept


@pytest.mark.parametrize("name", ["wos_plaintext_jabref.txt", "wos_plaintext_rispy.txt",
                                  "wos_plaintext_single_record_wostools.txt",
                                  "wos_plaintext_metaknowledge_savedrecs.txt",
                                  "wos_plaintext_metaknowledge_testfile_modified.txt"])
def test_other_wos_plain_text_files(name: str) -> None:
    result = formats.read_file(WOS / name)
    assert result.format == "wos" and result.records
    assert all(r.title and r.creators for r in result.records)
    assert not result.skipped


def test_hand_modified_wos_record_reports_its_line() -> None:
    result = formats.read_file(WOS / "wos_plaintext_metaknowledge_testfile_modified.txt")
    assert [(p.line, "AUGilles" in p.message) for p in result.warnings] == [(416, True)]


def test_read_only_formats_have_no_dump() -> None:
    assert not scopus_csv.CAN_DUMP and not wos.CAN_DUMP
    with pytest.raises(Exception, match="read only"):
        formats.dump("wos", [])
