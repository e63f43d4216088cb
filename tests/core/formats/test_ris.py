"""RIS against the real exports of Scopus, Web of Science, Zotero, EndNote, Mendeley and the rest;
PubMed MEDLINE files routed to their own reader."""

from __future__ import annotations

import pytest

from core import formats
from core.formats import ris
from core.model import Creator, Reference
from tests.support.paths import SHARED_FIXTURES

RIS = SHARED_FIXTURES / "ris"
FILES = sorted(p.name for p in RIS.iterdir() if p.suffix in (".ris", ".txt"))
SKIPPED = {
    "jabref_corrupted_no_TY.ris": [(2, "a record without a TY (type) line")],
    "jabref_edge_cases.ris": [(39, "unknown RIS type 'OTHER'")],
}
COUNTS = {"ieee_xplore_litstudy.ris": 25, "scopus_wostools_large.ris": 836,
          "citavi_asreview.ris": 100, "lens_org_baseline.ris": 100, "cochrane_endnote.ris": 3,
          "pubmed_medline_format_asreview.txt": 50, "pubmed_nbib_jabref.txt": 1}


@pytest.mark.parametrize("name", FILES)
def test_every_fixture_parses_or_gives_its_documented_problems(name: str) -> None:
    result = formats.read_file(RIS / name)
    assert result.format == ("medline" if name.startswith("pubmed_") and name.endswith(".txt")
                             else "ris")
    assert [(p.line, p.message) for p in result.skipped] == SKIPPED.get(name, [])
    if name in COUNTS:
        assert len(result.records) == COUNTS[name]
    if name != "jabref_corrupted_no_TY.ris":
        assert result.records
    if name not in ("jabref_corrupted_no_TY.ris", "jabref_edge_cases.ris", "rispy_bom.ris",
                    "rispy_custom_list_tags.ris",
                    "rispy_cyrillic_utf8.ris", "rispy_multiline.ris"):  # test files with no TI
        assert all(r.title for r in result.records)


def test_scopus_flavour() -> None:
    result = formats.read_file(RIS / "scopus_asreview_10_refs.ris")
    first = result.records[0]
    assert first.type == "article-journal"
    assert first.title == ("Global latitudinal gradients and the evolution of body size in "
                           "dinosaurs and mammals")
    assert (first.container_title, first.container_title_short) == ("Nature Communications",
                                                                    "Nat. Commun.")
    assert (first.volume, first.issue, first.year) == ("15", "1", 2024)
    assert first.doi == "10.1038/s41467-024-46843-2"
    assert first.extra["article-number"] == "2864" and first.page == "2864"
    assert first.source == "Scopus" and first.language == "en"
    assert [(c.family, c.given) for c in first.authors][:2] == [("Wilson", "L.N."),
                                                              ("Gardner", "J.D.")]
    assert first.extra["document-type"] == "Article"


def test_endnote_and_mendeley_agree_on_the_same_work() -> None:
    endnote = formats.read_file(RIS / "endnote_asreview_10_refs.ris").records[0]
    mendeley = formats.read_file(RIS / "mendeley_asreview_10_refs.ris").records[0]
    for ref in (endnote, mendeley):
        assert ref.doi == "10.1002/ar.25520" and ref.year == 2024
        assert ref.container_title == "Anatomical Record"
        assert [c.family for c in ref.authors] == ["Boisvert", "Curtice", "Wedel", "Wilhite"]


def test_web_of_science_flavour() -> None:
    ref = formats.read_file(RIS / "wos_asreview_10_refs.ris").records[0]
    assert ref.title == ("New Horned Dinosaurs from Utah Provide Evidence for "
                         "Intracontinental Dinosaur Endemism")
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == ("PLOS ONE", "5", "9",
                                                                     "e12292")
    # "DA  - SEP 22" with "PY  - 2010"
    assert ref.issued is not None and (ref.issued.year, ref.issued.month, ref.issued.day) == \
        (2010, 9, 22)
    assert [c.family for c in ref.authors][:2] == ["Sampson", "Loewen"]
    assert ref.archive_location and ref.archive_location.startswith("WOS:")


def test_zotero_flavour() -> None:
    ref = formats.read_file(RIS / "zotero_asreview_10_refs.ris").records[0]
    assert ref.doi == "10.1038/s41467-024-48400-3" and ref.language == "en"
    assert (ref.container_title, ref.container_title_short) == ("Nature Communications",
                                                                "Nat. Commun.")
    assert ref.extra["ris"]["L2"] == ["http://dx.doi.org/10.1038/s41467-024-48400-3"]
    assert "keratin" in ref.keywords


def test_endnote_unindented_keyword_lines_are_separate_keywords() -> None:
    result = formats.read_file(RIS / "endnote_asreview_10_refs.ris")
    ref = next(r for r in result.records if r.doi == "10.1002/ar.25520")
    assert ref.keywords[:3] == ["article", "biostratigraphy", "Colorado"]
    assert ref.extra["ris"]["DB"] == ["Medline"] and ref.source == "Embase"


def test_ieee_records_after_stray_carriage_returns_are_read() -> None:
    result = formats.read_file(RIS / "ieee_xplore_litstudy.ris")
    assert len({r.title for r in result.records}) == 25


def test_cyrillic_and_unknown_tags_are_kept_and_written_back() -> None:
    (ref,) = formats.read_file(RIS / "rispy_cyrillic_utf8.ris").records
    assert ref.type == "article-journal" and any("\u0400" <= ch <= "\u04ff"
                                                 for ch in ref.abstract or "")
    (unknown,) = formats.read_file(RIS / "rispy_unknown_tags.ris").records
    assert set(unknown.extra["ris"]) >= {"DC", "JP"}
    text = ris.dump([unknown])
    assert "DC  - " in text and "JP  - " in text


def test_dates_and_repeated_tags() -> None:
    (ref,) = formats.read_file(RIS / "jabref_dates.ris").records
    assert ref.issued is not None and (ref.issued.year, ref.issued.month) == (2005, 7)
    urls = formats.read_file(RIS / "rispy_urls.ris").records
    assert any(r.extra.get("ris", {}).get("UR") for r in urls)  # second URLs kept


def test_medline_reader() -> None:
    (ref,) = formats.read_file(RIS / "pubmed_nbib_jabref.txt").records
    assert ref.extra["PMID"] and ref.title and ref.container_title
    assert ref.authors and ref.authors[0].family
    many = formats.read_file(RIS / "pubmed_medline_format_asreview.txt").records
    assert sum(1 for r in many if r.doi) > 40


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".ris")])
def test_parse_dump_parse_is_stable_on_every_fixture(name: str) -> None:
    first = formats.read_file(RIS / name)
    second = ris.parse(ris.dump(first.records))
    assert not second.skipped
    a = [r.to_csl(include_id=False) for r in first.records]
    b = [r.to_csl(include_id=False) for r in second.records]
    assert a == b


def test_dump_names_and_types() -> None:
    ref = Reference(type="legislation", title="О миграции населения", citation_key="x",
                    creators=[Creator(family="Сәрсенбаев", given="Е.", suffix="Jr."),
                              Creator(literal="Парламент Республики Казахстан")])
    text = ris.dump([ref])
    assert text.startswith("TY  - STAT\n")
    assert "AU  - Сәрсенбаев, Е., Jr.\n" in text
    back = ris.parse(text).records[0]
    assert back.creators[0].suffix == "Jr." and back.creators[1].literal == \
        "Парламент Республики Казахстан"
