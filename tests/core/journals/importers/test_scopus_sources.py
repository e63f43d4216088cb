"""Scopus ext_list: coverage ranges, inactive and discontinued titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.journals.importers import scopus_sources
from core.journals.importers.scopus_sources import parse_coverage
from core.journals.templates import ext_list_row, write_ext_list_xlsx


def test_parse_coverage() -> None:
    assert parse_coverage("1975-1987, 1989-1990, 1996-2021") == [
        (1975, 1987), (1989, 1990), (1996, 2021)]
    assert parse_coverage("2019") == [(2019, 2019)]
    assert parse_coverage("") == []
    with pytest.raises(ValueError):
        parse_coverage("since forever")


def test_ext_list(tmp_path: Path) -> None:
    path = write_ext_list_xlsx(tmp_path / "ext_list_July_2025.xlsx", [
        ext_list_row(21100199112, "Migration Letters", "1741-8984", "17418992", "Active",
                     "2004-2025"),
        ext_list_row(5, "Old Journal", "00280836", None, "Inactive", "1990-1995, 1997-2008"),
        ext_list_row(6, "Bad Coverage", None, None, "Active", "whenever"),
    ], discontinued=[
        [77, "Predatory Studies", "2049-3630", None, "P", 2021, "Publication concerns",
         "2015-2021"],
        # discontinued in 2023, its coverage ended with 2022: a 2023 article is not in Scopus
        [78, "Left Last Year", "0378-5955", None, "P", 2023, "Discontinued", "2010-2022"],
    ])
    result = scopus_sources.parse(path)
    assert result.edition == "Scopus sources July 2025"
    by = {r.journal.title: r for r in result.records}
    ml = by["Migration Letters"].indexes[0]
    assert (ml.index, ml.valid_from, ml.valid_to) == ("SCOPUS", dt.date(2004, 1, 1), None)
    old = by["Old Journal"].indexes[0]
    assert old.valid_to == dt.date(2008, 12, 31) and "inactive" in (old.note or "")
    gone = by["Predatory Studies"].indexes[0]
    assert gone.valid_to == dt.date(2021, 12, 31)
    assert "discontinued by Scopus (Publication concerns)" in (gone.note or "")
    assert gone.covers(dt.date(2022, 3, 1)) is False and gone.covers(dt.date(2020, 1, 1))
    left = by["Left Last Year"].indexes[0]
    assert left.valid_to == dt.date(2022, 12, 31)
    assert left.covers(dt.date(2023, 5, 1)) is False
    assert by["Migration Letters"].journal.languages == ["eng", "rus"]
    assert [(p.row, p.rejected) for p in result.problems] == [(4, True)]
    notes = {p.sheet: p.note for p in result.previews}
    assert notes["Scopus Sources Jul. 2025"] == "main"
    assert notes["ASJC classification codes"] == "skipped"
