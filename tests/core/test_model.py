"""CSL-JSON round trip of the record model on varied items."""

from __future__ import annotations

import copy
import json

import pytest

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.model import Creator, Issn, Reference

ITEMS = [
    {  # Kazakh conference paper, two authors, year only
        "id": "musabekova2023", "type": "paper-conference",
        "title": "Қазақстанға заңсыз көшіп келу мәселелері",
        "author": [{"family": "Мусабекова", "given": "Н. М."},
                   {"family": "Талипова", "given": "Ж. Ж."}],
        "container-title": "ХV Торайғыров оқулары", "publisher": "Торайғыров университеті",
        "publisher-place": "Павлодар", "page": "284-288", "language": "kk",
        "issued": {"date-parts": [[2023]]},
    },
    {  # English article with DOI, ISSN with types, year-month, keywords, ORCID
        "id": "khamzin2023", "type": "article-journal",
        "title": "Perspectives on Labor Migration: Insights from Kazakhstan",
        "author": [{"family": "Khamzin", "given": "A. Sh.",
                    "ORCID": "https://orcid.org/0000-0002-1825-0097"},
                   {"family": "van der Meer", "given": "Jan", "suffix": "Jr."}],
        "container-title": "Migration Letters", "volume": "20", "issue": "5", "page": "12-22",
        "ISSN": "1741-8984, 1741-8992",
        "issn-type": [{"value": "1741-8984", "type": "print"},
                      {"value": "1741-8992", "type": "electronic"}],
        "DOI": "10.47059/ml.v20i5.2891", "language": "en", "keyword": "migration, labour law",
        "issued": {"date-parts": [[2023, 8]]},
    },
    {  # Law of Kazakhstan: organisation author, full dates, legal fields
        "id": "law477", "type": "legislation", "title": "О миграции населения",
        "author": [{"literal": "Республика Казахстан"}], "number": "477-IV",
        "authority": "Парламент Республики Казахстан", "jurisdiction": "kz",
        "adopted": {"date-parts": [[2011, 7, 22]]}, "version-date": {"date-parts": [[2024, 1, 1]]},
        "gazette-title": "Ведомости Парламента Республики Казахстан", "gazette-year": "2011",
        "gazette-number": "16", "gazette-article": "128", "URL": "https://adilet.zan.kz/rus/docs/Z1100000477",
        "accessed": {"date-parts": [[2024, 3, 15]]}, "language": "ru",
    },
    {  # Russian book: editor, translator, compiler, translit/translated titles, ISBN, ё
        "id": "book", "type": "book", "title": "Миграционное право: ёмкий курс",
        "title-translit": "Migratsionnoe pravo", "title-translated": "Migration law",
        "editor": [{"family": "Петров", "given": "Алексей Васильевич"}],
        "translator": [{"family": "Смит", "given": "Джон"}],
        "compiler": [{"family": "Жакупова", "given": "Сауле"}],
        "publisher": "Жеті жарғы", "publisher-place": "Алматы", "number-of-pages": "312",
        "ISBN": "978-601-7023-35-5", "edition": "2", "genre": "монография", "language": "ru",
        "issued": {"date-parts": [[2020, 5, 1]]},
        "custom-field": {"nested": [1, 2, {"a": "б"}]}, "container-title-short": "МП",
    },
    {  # court decision with a literal date and a case number; unknown keys kept
        "id": "case1", "type": "legal_case", "title": "Постановление по делу",
        "authority": "Верховный суд Республики Казахстан", "case-number": "6001-21-00-6а/12",
        "issued": {"literal": "весна 2021"}, "zotero-extra": "x", "note": "важно",
    },
    {  # conference: date ranges (a two-year volume, a three-day event), keywords holding commas
        "id": "conf", "type": "paper-conference", "title": "Миграция и право",
        "issued": {"date-parts": [[2019], [2020]]},
        "event-date": {"date-parts": [[2019, 9, 30], [2019, 10, 2]]},
        "keyword": "migration law; Kazakhstan, labour", "language": "ru",
    },
]


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_round_trip_is_lossless(item: dict) -> None:
    ref = Reference.from_csl(copy.deepcopy(item))
    out = ref.to_csl()
    assert out.pop("citation-key") == item["id"]
    expected = copy.deepcopy(item)
    if "ISBN" in expected:
        expected["ISBN"] = "978-601-7023-35-5"
    assert out == expected
    # and again through JSON text
    again = Reference.from_csl(json.loads(json.dumps(out, ensure_ascii=False))).to_csl()
    again.pop("citation-key")
    assert again == out


def test_issn_types_without_an_issn_string_are_not_lost() -> None:
    # Crossref-style items may carry only `issn-type`: the ISSNs and their kinds survive.
    ref = Reference.from_csl({"type": "article-journal", "title": "T",
                              "issn-type": [{"value": "0378-5955", "type": "print"},
                                            {"value": "1741-8992", "type": "electronic"}]})
    assert ref.issn == [Issn("0378-5955", "print"), Issn("1741-8992", "electronic")]
    out = ref.to_csl()
    assert out["ISSN"] == "0378-5955, 1741-8992"
    assert out["issn-type"] == [{"value": "0378-5955", "type": "print"},
                                {"value": "1741-8992", "type": "electronic"}]
    # A malformed `issn-type` (not a list) is ignored, never a TypeError.
    assert Reference.from_csl({"type": "book", "issn-type": True}).issn == []


def test_date_range_keeps_both_ends() -> None:
    date = PartialDate.from_csl({"date-parts": [[2019, 9, 30], [2019, 10, 2]]})
    assert date is not None and (date.year, date.month, date.day) == (2019, 9, 30)
    assert date.to_csl() == {"date-parts": [[2019, 9, 30], [2019, 10, 2]]}
    assert date != PartialDate(2019, 9, 30)


def test_csl_id_becomes_citation_key_and_library_id_is_written() -> None:
    ref = Reference.from_csl({"id": "ivanov2020", "type": "book", "title": "T"})
    assert ref.citation_key == "ivanov2020"
    ref.id = 42
    out = ref.to_csl()
    assert out["id"] == "42" and out["citation-key"] == "ivanov2020"


def test_issn_written_as_one_string_and_kept_with_types() -> None:
    ref = Reference.from_csl(ITEMS[1])
    assert ref.issn == [Issn("1741-8984", "print"), Issn("1741-8992", "electronic")]
    assert ref.to_csl()["ISSN"] == "1741-8984, 1741-8992"


@pytest.mark.parametrize("raw, code", [("ru-RU", "ru"), ("Russian", "ru"), ("russian", "ru"),
                                       ("kk-KZ", "kk"), ("Kazakh", "kk"), ("en-US", "en"),
                                       ("English", "en"), ("rus", "ru"), ("қазақ", "kk"),
                                       ("kaz", "kk"), ("KAZ", "kk")])
def test_language_is_normalised_on_the_way_in(raw: str, code: str) -> None:
    assert Reference.from_csl({"type": "book", "language": raw}).language == code


def test_identifiers_are_normalised_and_invalid_ones_kept_not_lost() -> None:
    ref = Reference.from_csl({"type": "book", "DOI": "https://doi.org/10.1000/ABC.",
                              "ISBN": "9786010000000", "ISSN": "0028-0836"})
    assert ref.doi == "10.1000/abc"
    assert ref.isbn == []
    assert ref.to_csl()["ISBN"] == "9786010000000"  # bad check digit: written back as it came
    with pytest.raises(InvalidValueError):
        Reference.from_csl({"type": "book", "ISBN": "9786010000000"}, strict=True)


def test_partial_dates() -> None:
    ref = Reference.from_csl({"type": "book", "issued": {"date-parts": [["2020", "5"]]},
                              "accessed": "2024-03-15"})
    assert ref.issued == PartialDate(2020, 5)
    assert ref.accessed == PartialDate(2024, 3, 15)
    assert ref.accessed.dmy() == "15.03.2024"
    assert ref.to_csl()["issued"] == {"date-parts": [[2020, 5]]}


def test_creators_keep_roles_order_particles_and_organisations() -> None:
    ref = Reference.from_csl(ITEMS[3])
    assert [c.role for c in ref.creators] == ["editor", "translator", "compiler"]
    org = Reference.from_csl(ITEMS[2]).creators[0]
    assert org.is_organisation and org.display() == "Республика Казахстан"
    person = Reference.from_csl(ITEMS[1]).creators[1]
    assert person.particle is None and person.family == "van der Meer" and person.suffix == "Jr."


@pytest.mark.parametrize("text, family, given, literal", [
    ("Иванов, Иван Петрович", "Иванов", "Иван Петрович", None),
    ("Әбілқасымова, Ә. С.", "Әбілқасымова", "Ә. С.", None),
    ("John Smith", "Smith", "John", None),
    ("{Организация Объединённых Наций}", None, None, "Организация Объединённых Наций"),
])
def test_creator_parse(text: str, family: str | None, given: str | None,
                       literal: str | None) -> None:
    c = Creator.parse(text)
    assert (c.family, c.given, c.literal) == (family, given, literal)


def test_year_of_a_law_falls_back_to_adoption() -> None:
    assert Reference.from_csl(ITEMS[2]).year == 2011


def test_updated_by_is_kept_and_flags_a_retraction() -> None:
    item = {"type": "article-journal", "title": "x", "updated-by": [
        {"type": "retraction", "DOI": "10.1/notice", "date": "2021-02-01"}]}
    ref = Reference.from_csl(item)
    assert ref.is_retracted
    assert ref.to_csl()["updated-by"] == item["updated-by"]


def test_not_an_object_is_a_clear_error() -> None:
    with pytest.raises(InvalidValueError):
        Reference.from_csl(["not", "an", "item"])  # type: ignore[arg-type]
