"""Scopus source title list (`ext_list_<Month>_<Year>.xlsx`): which titles Scopus covers, for which
years, and which it discontinued (a journal that left Scopus stops counting after its coverage)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import ParseError
from core.journals.importers.base import (
    PREVIEW_ROWS,
    ImportedJournal,
    ImportResult,
    Preview,
    RowCounter,
    RowProblem,
    parse_issns,
    text,
    to_int,
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
from core.journals.model import IndexMembership, Journal

KIND = "scopus-sources"
EXTENSIONS = (".xlsx", ".csv")

FIELDS: tuple[Field, ...] = (
    Field("source_id", ("Sourcerecord ID", "Sourcerecord_id", "Source Record ID"), prefix=True),
    Field("title", ("Source Title", "Title"), required=True, prefix=True),
    Field("issn", ("ISSN", "Print-ISSN", "Print ISSN")),
    Field("eissn", ("EISSN", "E-ISSN")),
    Field("active", ("Active or Inactive",)),
    Field("coverage", ("Coverage",)),
    Field("discontinued", ("Titles Discontinued by Scopus",), prefix=True),
    Field("languages", ("Article Language in Source",), prefix=True),
    Field("source_type", ("Source Type",)),
    Field("publisher", ("Publisher", "Publisher's Name")),
    Field("asjc", ("All Science Journal Classification Codes",), prefix=True),
    Field("year", ("Year",)),
    Field("change", ("Indexation Change",), prefix=True),
)


def preview(path: Path) -> list[Preview]:
    return parse(path, limit=PREVIEW_ROWS).previews


def _sheet_role(name: str, index: int) -> str | None:
    low = name.lower()
    if low.startswith("discontinued titles"):
        return "discontinued"
    if low.startswith("scopus sources") or (index == 0 and "medline" not in low):
        return "main"
    return None


def parse(path: Path, *, limit: int | None = None,
          progress: Callable[[int], None] | None = None) -> ImportResult:
    """The main sheet gives a SCOPUS membership per title (coverage range; inactive titles end with
    their last covered year); the "Discontinued Titles" sheet closes memberships."""
    path = Path(path)
    tick = RowCounter(progress)
    result = ImportResult(KIND, path.name, sha256_file(path))
    m = re.search(r"ext_list_([A-Za-z]+)_((?:19|20)\d{2})", path.name)
    if m:
        result.edition = f"Scopus sources {m.group(1)} {m.group(2)}"
    for i, sheet in enumerate(sheets(path, fast=True)):
        role = _sheet_role(sheet.name, i)
        if role is None:
            result.previews.append(Preview(sheet.name, None, [], {}, note="skipped"))
            continue
        found = find_header(sheet.rows, FIELDS)
        if found is None:
            result.previews.append(Preview(sheet.name, None, [], {}, note="skipped: no header"))
            continue
        header_row, header, mapping, _ = found
        pv = Preview(sheet.name, header_row, [text(h) for h in header],
                     mapping_by_header(header, mapping), note=role)
        result.previews.append(pv)
        label = f"{path.name} [{sheet.name}]"
        read = 0
        for n, values in sheet.rows:
            if is_blank(values):
                continue
            read += 1
            tick()
            if len(pv.rows) < PREVIEW_ROWS:
                pv.rows.append([text(v) for v in values])
            rec = _row(n, values, mapping, sheet.name, role, label, result.problems)
            if rec is not None:
                result.records.append(rec)
            if limit is not None and read >= limit:
                break
    if not any(p.header_row for p in result.previews):
        raise ParseError("no sheet has the source list columns (Source Title, ISSN)",
                         file=path.name)
    return result


def parse_coverage(value: str) -> list[tuple[int, int]]:
    """`1975-1987, 1989-1990, 1996-2021` -> [(1975, 1987), (1989, 1990), (1996, 2021)];
    a single year `2019` -> [(2019, 2019)]; `2015-ongoing` / `2015-present` -> open end 9999."""
    out: list[tuple[int, int]] = []
    for part in re.split(r"[;,]", value):
        m = re.fullmatch(r"\s*((?:18|19|20)\d{2})\s*(?:[-–]\s*((?:18|19|20)\d{2}|\w+))?\s*", part)
        if not m:
            if part.strip():
                raise ValueError(part)
            continue
        start = int(m.group(1))
        end_s = m.group(2)
        end = start if end_s is None else int(end_s) if end_s.isdigit() else 9999
        out.append((start, end))
    return out


def _row(n: int, values: tuple[Any, ...], mapping: dict[str, int | None], sheet: str, role: str,
         label: str, problems: list[RowProblem]) -> ImportedJournal | None:
    def get(name: str) -> Any:
        return cell(values, mapping, name)

    title = text(get("title"))
    if not title:
        problems.append(RowProblem(n, "no title", sheet))
        return None
    try:
        ranges = parse_coverage(text(get("coverage")))
    except ValueError as exc:
        problems.append(RowProblem(n, f"{title}: coverage {exc.args[0]!r} is not a year range",
                                   sheet))
        return None
    issns = parse_issns([(get("issn"), "print"), (get("eissn"), "electronic")], problems, n, sheet)
    langs = [x.strip().lower() for x in re.split(r"[;,]", text(get("languages"))) if x.strip()]
    journal = Journal(title=title, issns=issns, publisher=text(get("publisher")) or None,
                      languages=langs, scopus_source_id=text(get("source_id")) or None,
                      source_type=text(get("source_type")) or None)
    start = min((r[0] for r in ranges), default=None)
    end = max((r[1] for r in ranges), default=None)
    inactive = text(get("active")).lower() == "inactive"
    discontinued = role == "discontinued" or bool(text(get("discontinued")))
    valid_to: dt.date | None = None
    note = None
    if discontinued:
        try:
            last = to_int(get("year"), "year")
        except ValueError:
            last = None
        covered = end if end and end != 9999 else None
        # The year of discontinuation may follow the last covered year (discontinued in 2023,
        # coverage 2010-2022): works after the coverage are not in Scopus.
        last = min(last, covered) if last and covered else last or covered
        valid_to = dt.date(last, 12, 31) if last else None
        note = "discontinued by Scopus" + (f" ({text(get('change'))})" if get("change") else "")
    elif inactive and end and end != 9999:
        valid_to = dt.date(end, 12, 31)
        note = "inactive"
    if discontinued and valid_to is None:
        problems.append(RowProblem(n, f"{title}: discontinued without a final year; no Scopus "
                                   "membership recorded for it", sheet, rejected=False))
        return ImportedJournal(n, journal, sheet=sheet)
    coverage = text(get("coverage"))
    membership = IndexMembership(
        "SCOPUS", valid_from=dt.date(start, 1, 1) if start else None, valid_to=valid_to,
        dataset=label, note="; ".join(x for x in (f"coverage {coverage}" if coverage else "", note)
                                      if x) or None)
    return ImportedJournal(n, journal, indexes=[membership], sheet=sheet)
