"""Property tests for the journal importers' rows (issue 9, fuzzing): CiteScore, Scopus source
list (ext_list), SCImago, WoS Master Journal List and the ministry (KOKSNVO) list, each fed
files in its real layout whose data rows hold anything a spreadsheet cell can (numbers where
text belongs, junk ISSNs and percentiles, dates as serial numbers, booleans, empty cells, cut
and overlong rows, formulas' cached values, Cyrillic and Kazakh). No file crashes an importer:
it reads the file or refuses it with a typed error; every data row is imported or named in a
row problem; every imported journal has a title and well-formed ISSNs."""

from __future__ import annotations

import csv
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import InvalidValueError, ParseError
from core.journals import importers
from core.journals.templates import (
    CITESCORE_COLUMNS,
    EXT_LIST_COLUMNS,
    KOKSNVO_COLUMNS,
    WOS_COLUMNS,
)
from tests.support.hostile_files import Formula, write_xlsx

EXAMPLES = 150
SCIMAGO_COLUMNS = ("Rank", "Sourceid", "Title", "Type", "Issn", "SJR", "SJR Best Quartile",
                   "H index", "Total Docs. (2023)", "Country", "Publisher", "Categories")
LAYOUTS: dict[str, tuple[str, tuple[str, ...], list[str]]] = {
    # kind -> (file name, header, extra command-line style options)
    "scopus-citescore": ("CiteScore 2023.xlsx", CITESCORE_COLUMNS, []),
    "scopus-sources": ("ext_list_July_2025.xlsx", EXT_LIST_COLUMNS, []),
    "koksnvo": ("koksnvo.xlsx", KOKSNVO_COLUMNS, []),
    "scimago": ("scimagojr 2023.csv", SCIMAGO_COLUMNS, []),
    "wos": ("wos-core_SSCI 2023-February-22.csv", WOS_COLUMNS, []),
}
SHEETS = {"scopus-citescore": "CiteScore 2023", "scopus-sources": "Scopus Sources Jul. 2025",
          "koksnvo": "КОКСНВО"}

TEXTS = st.text(st.sampled_from(list("abcXYZ019 ,.;:-'\"/()[]&%#=+ йцҚқӘәҰұҮүІіӨөҒғҢңҺһ")),
                max_size=30)
CELLS = st.one_of(
    st.none(), TEXTS, st.integers(-10**12, 10**12), st.floats(width=32),
    st.booleans(),
    st.sampled_from(["0028-0836", "00280836", "280836", "2041-172X", "1234-5678", "ISSN",
                     "1741-8984; 1741-8992", "n/a", "-", "99", "100", "101", "-5", "Q1", "Q5",
                     "Active", "Inactive", "2004-ongoing", "1999-2010, 2012-2020", "3308",
                     "3308; 3317", "Law", "Journal of Law", "Қазақстан заңы", "j", "YES",
                     "28.01.2021", "2021-01-28", "45000", "1", "2", "3", "Право", "52",
                     "=1+1", "@SUM(A1)"]),
    st.builds(Formula, st.just("A1&B1"), st.one_of(st.none(), TEXTS, st.integers(0, 100))),
)


@st.composite
def data_rows(draw: st.DrawFn, width: int) -> list[list[Any]]:
    lengths = draw(st.lists(st.one_of(st.just(width), st.integers(0, width + 3)), min_size=1,
                            max_size=8))
    rows = [draw(st.lists(CELLS, min_size=n, max_size=n)) for n in lengths]
    for row in rows:   # most rows carry a title where each layout keeps it
        if len(row) > 2 and draw(st.integers(0, 3)):
            row[0 if draw(st.booleans()) else 1] = draw(TEXTS.filter(str.strip))
    return rows


def _write(kind: str, folder: Path, rows: list[list[Any]]) -> Path:
    name, header, _ = LAYOUTS[kind]
    path = folder / name
    if kind in SHEETS:
        return write_xlsx(path, {SHEETS[kind]: [list(header), *rows]})
    delimiter = ";" if kind == "scimago" else ","
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v.cached if isinstance(v, Formula) else v
                             for v in row])
    return path


@pytest.mark.parametrize("kind", list(LAYOUTS))
@settings(deadline=None, max_examples=EXAMPLES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_no_row_crashes_an_importer(kind: str, data: st.DataObject) -> None:
    rows = data.draw(data_rows(len(LAYOUTS[kind][1])))
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(kind, Path(tmp), rows)
        try:
            result = importers.parse(kind, path, year=2023 if kind == "scimago" else None,
                                     index="SSCI" if kind == "wos" else None)
        except (ParseError, InvalidValueError) as exc:
            assert str(exc)
            return
    first_data_row = 2
    rows_seen = {r.row for r in result.records} | {p.row for p in result.problems}
    assert all(first_data_row <= n <= len(rows) + 1 for n in rows_seen), rows_seen
    for p in result.problems:
        assert p.reason
    for rec in result.records:
        assert rec.journal.title and rec.journal.title.strip()
        for issn in rec.journal.issns:
            assert re.fullmatch(r"\d{4}-\d{3}[\dX]", issn.issn), issn
    # A data row with any content is either imported or named in a problem.
    filled = {n for n, row in enumerate(rows, start=first_data_row)
              if any(v not in (None, "") and not (isinstance(v, str) and not v.strip())
                     and not (isinstance(v, Formula) and v.cached in (None, ""))
                     for v in row)}
    assert filled <= rows_seen | _skipped_without_a_word(kind, rows)


def _skipped_without_a_word(kind: str, rows: list[list[Any]]) -> set[int]:
    """Rows an importer may pass over silently: those without a title or any ISSN (a
    spreadsheet's notes, totals and blank-looking rows)."""
    title_col = {"scopus-citescore": 1, "scopus-sources": 1, "koksnvo": 0, "scimago": 2,
                 "wos": 0}[kind]
    out = set()
    for n, row in enumerate(rows, start=2):
        title = row[title_col] if len(row) > title_col else None
        if isinstance(title, Formula):
            title = title.cached
        if title is None or not str(title).strip():
            out.add(n)
    return out
