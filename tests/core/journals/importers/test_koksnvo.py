"""The ministry list (KOKSNVO): bilingual headers, user mapping, levels, dates, defaults."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.errors import InvalidValueError
from core.journals.importers import koksnvo
from core.journals.importers.koksnvo import parse_level
from core.journals.templates import write_koksnvo_template

ROWS = [
    ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "Торайгыров "
     "университет", "Список 2", "Юридические науки; Право", "52", "28.01.2021", "2021-01-28",
     ""],
    ["Қазақстан Республикасы ІІМ Қарағанды академиясының Хабаршысы", "2225-3505", "",
     "", "ведомственный", "Құқық", "", "", "", ""],
    ["Journal without level", "", "", "", "", "", "", "", "", ""],
]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_official_form_headers(tmp_path: Path, suffix: str) -> None:
    path = write_koksnvo_template(tmp_path / f"koksnvo{suffix}", ROWS)
    result = koksnvo.parse(path)
    first, second = result.records
    (m,) = first.lists
    assert first.journal.title.startswith("Вестник Торайгыров")
    assert first.journal.issn_values == ["2710-3994"]
    assert (m.level, m.directions, m.order_no, m.order_date, m.valid_from) == (
        "2", ["Юридические науки", "Право"], "52", dt.date(2021, 1, 28), dt.date(2021, 1, 28))
    assert second.lists[0].level == "special"
    assert second.journal.title.startswith("Қазақстан Республикасы")
    (problem,) = result.problems
    assert problem.row == 4 and "level" in problem.reason


def test_user_mapping_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Журнал;Печатный ISSN;Примечание\nХабаршы;1563-0366;\n", encoding="utf-8")
    result = koksnvo.parse(path, mapping={"issn": "Печатный ISSN"}, level="1", order_no="V25",
                           valid_from=dt.date(2025, 6, 21))
    (rec,) = result.records
    assert rec.journal.issn_values == ["1563-0366"]
    assert (rec.lists[0].level, rec.lists[0].order_no, rec.lists[0].valid_from) == (
        "1", "V25", dt.date(2025, 6, 21))
    assert result.previews[0].mapping["issn"] == "Печатный ISSN"


@pytest.mark.parametrize(("raw", "level"), [
    ("1", "1"), ("Список 2", "2"), ("List 3", "3"), ("II", "2"), ("1-тізім", "1"),
    ("Перечень доверенных издательств", "trusted_publisher"),
    ("Труды конференций", "conference")])
def test_levels(raw: str, level: str) -> None:
    assert parse_level(raw) == level


def test_bad_level() -> None:
    with pytest.raises(InvalidValueError):
        parse_level("Scopus")


def test_windows_1251_csv_from_russian_excel(tmp_path: Path) -> None:
    path = tmp_path / "перечень.csv"
    path.write_bytes("Наименование издания;ISSN;Уровень\nВестник Евразийского университета;"
                     "1563-0366;Список 3\n".encode("cp1251"))
    (rec,) = koksnvo.parse(path).records
    assert rec.journal.title == "Вестник Евразийского университета"
    assert rec.lists[0].level == "3"


def test_real_date_cells_in_xlsx(tmp_path: Path) -> None:
    row = ["Хабаршы", "1563-0366", "", "", 1, "Право", "V2500036221",
           dt.datetime(2025, 6, 3), dt.datetime(2025, 6, 21), dt.date(2030, 12, 31)]
    path = write_koksnvo_template(tmp_path / "k.xlsx", [row])
    (rec,) = koksnvo.parse(path).records
    m = rec.lists[0]
    assert (m.level, m.order_date, m.valid_from, m.valid_to) == (
        "1", dt.date(2025, 6, 3), dt.date(2025, 6, 21), dt.date(2030, 12, 31))
