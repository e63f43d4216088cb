"""SCImago Journal Rank CSV (`;`, decimal comma, several ISSNs per cell): SJR and the SJR best
quartile per year. A different metric from CiteScore; rules never use it for a CiteScore test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import InvalidValueError, ParseError
from core.journals.importers.base import (
    PREVIEW_ROWS,
    ImportedJournal,
    ImportResult,
    Preview,
    RowCounter,
    RowProblem,
    parse_issns,
    text,
    to_float,
    to_quartile,
    year_in_name,
)
from core.journals.importers.tabular import (
    Field,
    cell,
    csv_sheet,
    find_header,
    is_blank,
    mapping_by_header,
    sha256_file,
)
from core.journals.model import Journal, MetricObservation

KIND = "scimago"
EXTENSIONS = (".csv",)

FIELDS: tuple[Field, ...] = (
    Field("source_id", ("Sourceid",)),
    Field("title", ("Title",), required=True),
    Field("type", ("Type",)),
    Field("issn", ("Issn",), required=True),
    Field("sjr", ("SJR",), required=True),
    Field("quartile", ("SJR Best Quartile",)),
    Field("country", ("Country",)),
    Field("publisher", ("Publisher",)),
    Field("categories", ("Categories",)),
)


def preview(path: Path, *, year: int | None = None) -> list[Preview]:
    return parse(path, year=year, limit=PREVIEW_ROWS).previews


def parse(path: Path, *, year: int | None = None, limit: int | None = None,
          progress: Callable[[int], None] | None = None) -> ImportResult:
    """The year is `year`, else the one in the file name (`scimagojr 2023.csv`), else the one in a
    `Total Docs. (YYYY)` header."""
    path = Path(path)
    tick = RowCounter(progress)
    result = ImportResult(KIND, path.name, sha256_file(path))
    sheet = csv_sheet(path, delimiter=";")
    found = find_header(sheet.rows, FIELDS)
    if found is None:
        raise ParseError("not a SCImago export: no Title;Issn;SJR header", file=path.name)
    header_row, header, mapping, _ = found
    if year is None:
        year = year_in_name(path.stem) or next(
            (y for h in header if "total docs" in text(h).lower()
             and (y := year_in_name(text(h))) is not None), None)
    if year is None:
        raise ParseError("no year: give one with --year", file=path.name)
    result.year = year
    result.edition = f"SCImago {year}"
    pv = Preview(None, header_row, [text(h) for h in header], mapping_by_header(header, mapping))
    result.previews.append(pv)
    width = len(header)
    read = 0
    for n, values in sheet.rows:
        if is_blank(values):
            continue
        read += 1
        tick()
        if len(pv.rows) < PREVIEW_ROWS:
            pv.rows.append([text(v) for v in values])
        if len(values) != width:
            why = ("the whole line is in one cell (re-saved by a spreadsheet program?)"
                   if len(values) == 1 or ";" in "".join(values[:1]) else
                   f"{len(values)} fields, the header has {width}")
            result.problems.append(RowProblem(n, why))
        else:
            rec = _row(n, values, mapping, year, path.name, result.problems)
            if rec is not None:
                result.records.append(rec)
        if limit is not None and read >= limit:
            break
    return result


def _row(n: int, values: tuple[Any, ...], mapping: dict[str, int | None], year: int, label: str,
         problems: list[RowProblem]) -> ImportedJournal | None:
    def get(name: str) -> Any:
        return cell(values, mapping, name)

    title = text(get("title"))
    if not title:
        problems.append(RowProblem(n, "no title"))
        return None
    try:
        sjr = to_float(get("sjr"), "SJR")
        quartile = to_quartile(get("quartile"))
    except InvalidValueError as exc:
        problems.append(RowProblem(n, f"{title}: {exc.field} {exc.value!r}: {exc.reason}"))
        return None
    issns = parse_issns([(get("issn"), "other")], problems, n, None)
    journal = Journal(title=title, issns=issns, publisher=text(get("publisher")) or None,
                      country=text(get("country")) or None,
                      scimago_source_id=text(get("source_id")) or None,
                      source_type=text(get("type")) or None)
    metrics = []
    if sjr is not None or quartile is not None:
        metrics.append(MetricObservation(provider="scimago", year=year, sjr=sjr,
                                         quartile=quartile, subject_name=None, dataset=label))
    return ImportedJournal(n, journal, metrics=metrics)
