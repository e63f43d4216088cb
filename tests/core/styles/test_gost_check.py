"""Consistency check of a monograph's chapter lists (issue #5 "Consistency check for the
monograph"; required elements per type from gost-rules.md §1–§3)."""

from __future__ import annotations

import json
from pathlib import Path

from core.model import Reference
from core.styles.gost_check import check_lists, missing_elements

ROOT = Path(__file__).resolve().parents[3]
ITEMS = json.loads((ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))


def refs() -> dict[str, Reference]:
    return {i["id"]: Reference.from_csl(i) for i in ITEMS}


def test_the_40_sources_are_complete() -> None:
    assert {k: missing_elements(r) for k, r in refs().items() if missing_elements(r)} == {}


def test_same_source_formatted_differently_across_chapters() -> None:
    ch1, ch2 = refs(), refs()
    ch2["ivanov"].publisher = "Жеті Жарғы баспасы"        # typed differently in chapter 2
    problems = check_lists({"Глава 1": [ch1["ivanov"], ch1["migr"]],
                            "Глава 2": [ch2["ivanov"], ch2["migr"]]})
    inconsistent = [p for p in problems if p.kind == "inconsistent"]
    assert len(inconsistent) == 1
    chapters = [c for c, _ in inconsistent[0].where]
    assert chapters == ["Глава 1", "Глава 2"]
    assert "Жеті Жарғы баспасы" in inconsistent[0].where[1][1]
    assert not [p for p in problems if p.kind == "missing"]


def test_missing_elements_per_type() -> None:
    r = refs()
    book = r["ivanov"].with_changes(publisher_place=None, number_of_pages=None)
    article = r["article-ru"].with_changes(page=None)
    web = Reference(type="webpage", title="Сайт", url="https://example.kz")
    law = r["migr"].with_changes(gazette_title=None)
    assert missing_elements(book) == ["publisher_place", "number_of_pages"]
    assert missing_elements(article) == ["page"]
    assert missing_elements(web) == ["accessed"]
    assert missing_elements(law) == ["gazette_title"]
    problems = check_lists({"Глава 3": [book, article, web, law]})
    messages = [p.message for p in problems]
    assert messages == ["missing place of publication, number of pages", "missing pages",
                        "missing access date", "missing official publication"]


def test_url_without_access_date_reported_unless_a_doi_is_the_address() -> None:
    # gost-rules.md §3: `– URL: … (дата обращения: dd.mm.yyyy)`. A treaty or a code given with
    # its URL but no access date is reported (the record prints `Текст : электронный` and
    # the URL; no date is invented). A Crossref article's landing-page URL is not printed next to
    # its DOI, so it needs no date.
    treaty = Reference(type="treaty", title="Договор о Евразийском экономическом союзе",
                       language="ru", url="https://docs.eaeunion.org/treaty")
    treaty.adopted = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2014, 5, 29)
    assert missing_elements(treaty) == ["accessed"]
    (problem,) = check_lists({"Глава 1": [treaty]})
    assert problem.message == "missing access date"
    assert "Текст : электронный" in problem.where[0][1].replace("\u00a0", " ")
    article = refs()["khamzin"].with_changes(url="https://migrationletters.com/index.php/ml/1")
    assert missing_elements(article) == []
