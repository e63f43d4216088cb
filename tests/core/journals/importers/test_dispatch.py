"""Choosing an importer: by the name the user picks, by the file's name, and the options each
importer takes passed through one `parse`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.errors import InvalidValueError
from core.journals import importers
from core.journals.templates import write_koksnvo_template, write_wos_csv

SCIMAGO = (Path(__file__).resolve().parents[4] / ".." / "shared" / "fixtures" / "scimago"
           / "scimagojr_journal_2002_sample.csv")


@pytest.mark.parametrize(("name", "kind"), [
    ("CiteScore 2023 per Nov 2024.csv", "scopus-citescore"),
    ("ext_list_October_2024.xlsx", "scopus-sources"),
    ("scimagojr_journal_2002_sample.csv", "scimago"),
    ("wos-core_SSCI 2023-February-22.csv", "wos"),
    ("AHCI list.csv", "wos"),
    ("Перечень КОКСНВО 2025.xlsx", "koksnvo"),
    ("my journals.xlsx", None),
])
def test_guess_kind(name: str, kind: str | None) -> None:
    assert importers.guess_kind(name) == kind


def test_parse_passes_each_importer_its_options(tmp_path: Path) -> None:
    wos = write_wos_csv(tmp_path / "list.csv", [["A", "0028-0836", "", "", "", "", ""]])
    with pytest.raises(InvalidValueError, match="index"):
        importers.parse("wos", wos)
    result = importers.parse("wos", wos, index="AHCI", list_date=dt.date(2024, 5, 1))
    assert result.records[0].indexes[0].index == "AHCI"
    assert result.records[0].indexes[0].as_of == dt.date(2024, 5, 1)
    k = write_koksnvo_template(tmp_path / "k.csv", [["Хабаршы", "", "", "", "", "", "", "", "",
                                                      ""]])
    result = importers.parse("koksnvo", k, level="3", order_no="V2500036221",
                             list_date=dt.date(2025, 6, 21))
    m = result.records[0].lists[0]
    assert (m.level, m.order_no, m.valid_from) == ("3", "V2500036221", dt.date(2025, 6, 21))
    result = importers.parse("scimago", SCIMAGO, limit=5)
    assert result.year == 2002 and len(result.records) == 5
