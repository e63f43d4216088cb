"""CSL-JSON both ways: arrays and single items, Zotero's exports, lines of bad items."""

from __future__ import annotations

import json

import pytest

from core.errors import ParseError
from core.formats import csl_json
from core.model import Creator, Reference
from tests.support.paths import SHARED_FIXTURES

ZOTERO = """[
  {"id": "http://zotero.org/users/1/items/ABCD", "type": "article-journal",
   "title": "Қазақстандағы көші-қон", "author": [{"family": "Әбілқасымова", "given": "Ә."}],
   "issued": {"date-parts": [["2023", 5]]}, "DOI": "10.47059/ml.v20i5.2891",
   "citation-key": "abilkasymova2023kazakstandagy", "language": "kk-KZ", "note": "x"},
  {"type": "book", "title": "Миграционное право", "ISBN": "978-601-7466-93-0",
   "custom-field": {"kept": true}},
  "not an item",
  {"type": "article-journal", "title": "Bad", "DOI": "nonsense"}
]"""


def test_zotero_export_items_lines_and_problems() -> None:
    result = csl_json.parse(ZOTERO, file="my.json")
    assert [r.title for r in result.records] == ["Қазақстандағы көші-қон", "Миграционное право"]
    first, second = result.records
    assert first.citation_key == "abilkasymova2023kazakstandagy" and first.language == "kk"
    assert first.issued is not None and (first.issued.year, first.issued.month) == (2023, 5)
    assert second.citation_key is None and second.extra["custom-field"] == {"kept": True}
    assert result.lines == [2, 6]
    assert [(p.line, p.message[:22]) for p in result.skipped] == [
        (8, "an item must be an obj"), (9, "invalid DOI 'nonsense'")]


def test_single_item_and_round_trip() -> None:
    item = {"id": "x1", "type": "legislation", "title": "О миграции населения",
            "number": "477-IV", "adopted": {"date-parts": [[2011, 7, 22]]},
            "gazette-title": "Ведомости Парламента", "other": [1, 2]}
    (ref,) = csl_json.parse(json.dumps(item, ensure_ascii=False)).records
    out = json.loads(csl_json.dump([ref]))
    assert out == [{**item, "citation-key": "x1"}]


def test_crossref_fixture_is_csl_json() -> None:
    path = SHARED_FIXTURES / "crossref" / "cn_10.1126_science.169.3946.635.csl.json"
    (ref,) = csl_json.parse(path.read_text(encoding="utf-8")).records
    assert ref.doi == "10.1126/science.169.3946.635" and ref.authors


@pytest.mark.parametrize("text", ["[1, 2", "{\"a\": ", "[{\"title\": \"x\"} {}]"])
def test_broken_json_is_a_clear_error(text: str) -> None:
    with pytest.raises(ParseError, match="JSON"):
        csl_json.parse(text, file="bad.json")


def test_dump_uses_the_citation_key_as_id() -> None:
    ref = Reference(title="T", citation_key="smith2020t", creators=[Creator(family="Smith")])
    ref.id = 7
    assert json.loads(csl_json.dump([ref]))[0]["id"] == "smith2020t"
