"""Web of Science Master Journal List CSV: index chosen on import or read from the file name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.errors import InvalidValueError
from core.journals.importers import wos
from core.journals.templates import write_wos_csv

ROWS = [
    ["MIGRATION LETTERS", "1741-8984", "1741-8992", "TRANSNATIONAL PRESS LONDON LTD",
     "12 RICHARD RD, LONDON", "English", "Demography | Sociology"],
    ["JOURNAL OF NOWHERE", "", "", "X", "", "Russian", "Law"],
    ["", "0028-0836", "", "", "", "", ""],
]


def test_index_and_date_from_file_name(tmp_path: Path) -> None:
    path = write_wos_csv(tmp_path / "wos-core_SSCI 2022-April-19.csv", ROWS)
    result = wos.parse(path)
    assert result.edition == "WoS SSCI 2022-04-19"
    first = result.records[0]
    assert first.journal.issn_values == ["1741-8984", "1741-8992"]
    (m,) = first.indexes
    assert (m.index, m.as_of) == ("SSCI", dt.date(2022, 4, 19))
    assert result.rows_ok == 2 and result.rows_bad == 1
    assert any("matched by title only" in p.reason and not p.rejected for p in result.problems)


def test_index_chosen_on_import(tmp_path: Path) -> None:
    path = write_wos_csv(tmp_path / "journals.csv", ROWS[:1])
    with pytest.raises(InvalidValueError, match="--index"):
        wos.parse(path)
    result = wos.parse(path, index="ahci", list_date=dt.date(2023, 2, 22))
    assert result.records[0].indexes[0].index == "AHCI"
    assert wos.index_in_name("wos-core-SSCI-2023-February-22.csv") == "SSCI"
