"""Scopus CiteScore metrics file (xlsx "CiteScore YYYY" sheets, or a CSV of one year): one row per
(source, ASJC sub-subject) with the published percentile, rank and quartile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import InvalidValueError
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
    to_int,
    to_quartile,
    year_in_name,
)
from core.journals.importers.tabular import (
    Field,
    cell,
    find_header,
    is_blank,
    mapping_by_header,
    sha256_file,
    sheets,
)
from core.journals.model import Journal, MetricObservation

KIND = "scopus-citescore"
EXTENSIONS = (".xlsx", ".csv")

FIELDS: tuple[Field, ...] = (
    Field("source_id", ("Scopus Source ID", "Scopus SourceID", "Source ID", "SourceID")),
    Field("title", ("Title", "Source Title"), required=True),
    Field("citescore", ("CiteScore",)),
    Field("snip", ("SNIP",)),
    Field("sjr", ("SJR",)),
    Field("subject_code", ("Scopus ASJC Code (Sub-subject Area)", "Scopus ASJC Code", "ASJC Code",
                           "ASJC"), prefix=True),
    Field("subject_name", ("Scopus Sub-Subject Area", "Sub-Subject Area", "Subject Area"),
          prefix=True),
    Field("percentile", ("Percentile", "CiteScore Percentile"), required=True),
    Field("rank", ("RANK",)),
    Field("rank_out_of", ("Rank Out Of",)),
    Field("publisher", ("Publisher",)),
    Field("type", ("Type", "Source Type")),
    Field("quartile", ("Quartile",)),
    Field("print_issn", ("Print ISSN", "Print-ISSN", "ISSN")),
    Field("e_issn", ("E-ISSN", "EISSN", "Electronic ISSN")),
    Field("year", ("Year", "CiteScore Year")),
)


def preview(path: Path, *, year: int | None = None) -> list[Preview]:
    return parse(path, year=year, limit=PREVIEW_ROWS).previews


def parse(path: Path, *, year: int | None = None, limit: int | None = None,
          progress: Callable[[int], None] | None = None) -> ImportResult:
    """Every sheet whose header carries the CiteScore columns is read; "About CiteScore" and
    "ASJC Codes" sheets are listed in the preview as skipped. The year comes from a Year column,
    else the sheet name ("CiteScore 2023"), else the file name, else `year`. A sheet or file
    whose name says "Tracker" holds in-progress values."""
    path = Path(path)
    tick = RowCounter(progress)
    result = ImportResult(KIND, path.name, sha256_file(path))
    years: set[int] = set()
    for sheet in sheets(path, fast=True):
        found = find_header(sheet.rows, FIELDS)
        if found is None:
            result.previews.append(Preview(sheet.name, None, [], {}, note="skipped: no CiteScore "
                                           "header (Title, Percentile) in the first rows"))
            continue
        header_row, header, mapping, _ = found
        sheet_year = year_in_name(sheet.name) or year_in_name(path.stem) or year
        status = "in_progress" if "tracker" in (sheet.name + path.name).lower() else "complete"
        pv = Preview(sheet.name, header_row, [text(h) for h in header],
                     mapping_by_header(header, mapping))
        result.previews.append(pv)
        label = f"{path.name} [{sheet.name}]" if sheet.name != path.name else path.name
        read = 0
        for n, values in sheet.rows:
            if is_blank(values):
                continue
            read += 1
            tick()
            if len(pv.rows) < PREVIEW_ROWS:
                pv.rows.append([text(v) for v in values])
            rec = _row(n, values, mapping, sheet.name, sheet_year, status, label, result.problems)
            if rec is not None:
                result.records.append(rec)
                years.add(rec.metrics[0].year)
            if limit is not None and read >= limit:
                break
    if not any(p.header_row for p in result.previews):
        from core.errors import ParseError

        raise ParseError("no sheet has the CiteScore columns (Title, Percentile)",
                         file=path.name)
    if len(years) == 1:
        result.year = years.pop()
        result.edition = f"CiteScore {result.year}"
    elif years:
        result.edition = f"CiteScore {min(years)}-{max(years)}"
    return result


def _row(n: int, values: tuple[Any, ...], mapping: dict[str, int | None], sheet: str,
         sheet_year: int | None, status: str, label: str, problems: list[RowProblem]
         ) -> ImportedJournal | None:
    def get(name: str) -> Any:
        return cell(values, mapping, name)

    title = text(get("title"))
    if not title:
        problems.append(RowProblem(n, "no title", sheet))
        return None
    try:
        year = to_int(get("year"), "year") or sheet_year
        if year is None:
            raise InvalidValueError("year", None, "no year in the sheet name, file name or a "
                                    "Year column; give one with --year")
        percentile = to_int(get("percentile"), "percentile")
        if percentile is None:
            raise InvalidValueError("percentile", get("percentile"), "empty")
        quartile = to_quartile(get("quartile"))
        code = text(get("subject_code")) or None
        if code is not None:
            code = str(to_int(code, "ASJC code"))
        obs = MetricObservation(
            provider="scopus_citescore", year=year, subject_code=code,
            subject_name=text(get("subject_name")) or None,
            citescore=to_float(get("citescore"), "CiteScore"), percentile=percentile,
            rank=to_int(get("rank"), "rank"), rank_out_of=to_int(get("rank_out_of"), "rank out of"),
            quartile=quartile, sjr=to_float(get("sjr"), "SJR"), snip=to_float(get("snip"), "SNIP"),
            status=status, dataset=label)
    except InvalidValueError as exc:
        problems.append(RowProblem(n, f"{title}: {exc.field} {exc.value!r}: {exc.reason}", sheet))
        return None
    issns = parse_issns([(get("print_issn"), "print"), (get("e_issn"), "electronic")],
                        problems, n, sheet)
    source_id = text(get("source_id")) or None
    journal = Journal(title=title, issns=issns, publisher=text(get("publisher")) or None,
                      scopus_source_id=source_id, source_type=_TYPES.get(text(get("type")).lower(),
                                                                         text(get("type")) or None))
    return ImportedJournal(n, journal, metrics=[obs], sheet=sheet)


# One-letter source types in the CiteScore file (only `j` is confirmed in real files).
_TYPES = {"j": "journal", "k": "book series", "p": "conference proceedings", "d": "trade journal"}
