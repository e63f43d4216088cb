"""Web of Science Master Journal List CSV (one file per index: SCIE, SSCI, AHCI, ESCI). The index
is not a column: it is chosen on import, or read from the file name
(`wos-core_SSCI 2022-April-19.csv`)."""

from __future__ import annotations

import datetime as dt
import re
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
    date_in_name,
    parse_issns,
    text,
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
from core.journals.model import WOS_INDEXES, IndexMembership, Journal

KIND = "wos"
EXTENSIONS = (".csv",)

FIELDS: tuple[Field, ...] = (
    Field("title", ("Journal title", "Journal Title", "Title"), required=True),
    Field("issn", ("ISSN",)),
    Field("eissn", ("eISSN", "E-ISSN")),
    Field("publisher", ("Publisher name", "Publisher")),
    Field("address", ("Publisher address",)),
    Field("languages", ("Languages",)),
    Field("categories", ("Web of Science Categories",)),
)


def index_in_name(name: str) -> str | None:
    found = {m.upper() for m in re.findall(r"(?i)(?<![A-Za-z])(SCIE|SSCI|AHCI|ESCI)(?![A-Za-z])",
                                           name)}
    return found.pop() if len(found) == 1 else None


def preview(path: Path, *, index: str | None = None) -> list[Preview]:
    return parse(path, index=index, limit=PREVIEW_ROWS).previews


def parse(path: Path, *, index: str | None = None, list_date: dt.date | None = None,
          limit: int | None = None, progress: Callable[[int], None] | None = None
          ) -> ImportResult:
    path = Path(path)
    tick = RowCounter(progress)
    index = (index or index_in_name(path.name) or "").upper()
    if index not in WOS_INDEXES:
        raise InvalidValueError("WoS index", index or path.name, "choose the Web of Science index of this "
                                f"file: one of {', '.join(WOS_INDEXES)} (--index)")
    list_date = list_date or date_in_name(path.name)
    edition = f"WoS {index}" + (f" {list_date.isoformat()}" if list_date else "")
    result = ImportResult(KIND, path.name, sha256_file(path), list_date=list_date,
                          edition=edition)
    sheet = csv_sheet(path, delimiter=",")
    found = find_header(sheet.rows, FIELDS)
    if found is None:
        raise ParseError("not a Master Journal List CSV: no \"Journal title\" header",
                         file=path.name)
    header_row, header, mapping, _ = found
    pv = Preview(None, header_row, [text(h) for h in header], mapping_by_header(header, mapping),
                 note=f"index {index}")
    result.previews.append(pv)
    read = 0
    for n, values in sheet.rows:
        if is_blank(values):
            continue
        read += 1
        tick()
        if len(pv.rows) < PREVIEW_ROWS:
            pv.rows.append([text(v) for v in values])
        rec = _row(n, values, mapping, index, list_date, result.edition or path.name,
                   result.problems)
        if rec is not None:
            result.records.append(rec)
        if limit is not None and read >= limit:
            break
    return result


def _row(n: int, values: tuple[Any, ...], mapping: dict[str, int | None], index: str,
         list_date: dt.date | None, label: str, problems: list[RowProblem]
         ) -> ImportedJournal | None:
    def get(name: str) -> Any:
        return cell(values, mapping, name)

    title = text(get("title"))
    if not title:
        problems.append(RowProblem(n, "no journal title"))
        return None
    issns = parse_issns([(get("issn"), "print"), (get("eissn"), "electronic")], problems, n, None)
    if not issns:
        problems.append(RowProblem(n, f"{title}: no valid ISSN; kept, matched by title only",
                                   rejected=False))
    langs = [x.strip() for x in re.split(r"[,;|]", text(get("languages"))) if x.strip()]
    journal = Journal(title=title, issns=issns, publisher=text(get("publisher")) or None,
                      languages=langs)
    return ImportedJournal(n, journal, indexes=[IndexMembership(index, as_of=list_date,
                                                                dataset=label)])
