"""The ministry list (KOKSNVO, Ministry of Science and Higher Education of Kazakhstan) from a CSV or
XLSX the user prepares: columns are found by their Russian, Kazakh or English names, or mapped by
hand in the preview; order number and validity dates may come from columns or from the import."""

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
    parse_issns,
    text,
    to_date,
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
from core.journals.model import Journal, ListMembership

KIND = "koksnvo"
EXTENSIONS = (".xlsx", ".csv")

# "contains" matching: the official form has bilingual headers ("Басылымның атауы / Наименование
# издания"), and users' tables vary.
FIELDS: tuple[Field, ...] = (
    Field("title", ("наименование издания", "басылымның атауы", "название журнала",
                    "наименование журнала", "журнал", "title", "journal"), required=True,
          contains=True),
    Field("issn", ("issn (print)", "print issn", "p-issn", "issn"), contains=True),
    Field("eissn", ("e-issn", "eissn", "issn (online)", "online issn"), contains=True),
    Field("level", ("уровень", "список", "деңгей", "тізім", "level", "list"), contains=True),
    Field("directions", ("научное направление", "ғылыми бағыт", "направление", "бағыт",
                         "direction", "field"), contains=True),
    Field("publisher", ("наименование издателя", "баспаның атауы", "издатель", "publisher"),
          contains=True),
    Field("valid_from", ("действует с", "дата включения", "valid from", "included"),
          contains=True),
    Field("valid_to", ("действует до", "дата исключения", "valid to", "excluded"), contains=True),
    # order_date before order_no: "приказ" is contained in "дата приказа" too.
    Field("order_date", ("дата приказа", "бұйрық күні", "order date"), contains=True),
    Field("order_no", ("номер приказа", "приказ", "бұйрық", "order"), contains=True),
)

_ROMAN = {"i": "1", "ii": "2", "iii": "3"}


def parse_level(value: Any) -> str:
    """`1`, `Список 1`, `List 2`, `II`, `1-тізім`, `trusted publisher` -> a list level."""
    s = text(value).strip().lower()
    if not s:
        raise InvalidValueError("level", value, "empty")
    m = re.search(r"(?<!\d)([123])(?!\d)", s)
    if m:
        return m.group(1)
    m = re.search(r"\b(i{1,3})\b", s)
    if m:
        return _ROMAN[m.group(1)]
    for key, level in (("конференц", "conference"), ("conference", "conference"),
                       ("издател", "trusted_publisher"), ("publisher", "trusted_publisher"),
                       ("баспа", "trusted_publisher"), ("ведомств", "special"),
                       ("special", "special")):
        if key in s:
            return level
    raise InvalidValueError("level", value, "expected 1, 2, 3 (List 1..3), special, conference "
                            "or trusted publisher")


def preview(path: Path, *, mapping: dict[str, str] | None = None) -> list[Preview]:
    return parse(path, mapping=mapping, limit=PREVIEW_ROWS).previews


def parse(path: Path, *, mapping: dict[str, str] | None = None, level: str | None = None,
          order_no: str | None = None, order_date: dt.date | None = None,
          valid_from: dt.date | None = None, valid_to: dt.date | None = None,
          limit: int | None = None, progress: Callable[[int], None] | None = None
          ) -> ImportResult:
    """`mapping` overrides the detected columns (field -> header text); `level`, `order_no`,
    `order_date`, `valid_from`, `valid_to` apply to rows whose own column is empty."""
    path = Path(path)
    tick = RowCounter(progress)
    result = ImportResult(KIND, path.name, sha256_file(path), list_date=order_date or valid_from,
                          edition="KOKSNVO" + (f" order {order_no}" if order_no else ""))
    defaults = {"level": level, "order_no": order_no, "order_date": order_date,
                "valid_from": valid_from, "valid_to": valid_to}
    for sheet in sheets(path):
        found = find_header(sheet.rows, FIELDS, mapping)
        if found is None:
            result.previews.append(Preview(sheet.name, None, [], {}, note="skipped: no title "
                                           "column (Наименование издания / Title)"))
            continue
        header_row, header, cols, _ = found
        pv = Preview(sheet.name, header_row, [text(h) for h in header],
                     mapping_by_header(header, cols))
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
            rec = _row(n, values, cols, sheet.name, label, defaults, result.problems)
            if rec is not None:
                result.records.append(rec)
            if limit is not None and read >= limit:
                break
    if not any(p.header_row for p in result.previews):
        raise ParseError("no sheet has a title column (Наименование издания / Title); map the "
                         "columns in the preview", file=path.name)
    return result


def _row(n: int, values: tuple[Any, ...], cols: dict[str, int | None], sheet: str, label: str,
         defaults: dict[str, Any], problems: list[RowProblem]) -> ImportedJournal | None:
    def get(name: str) -> Any:
        v = cell(values, cols, name)
        return v if text(v) else defaults.get(name)

    title = text(cell(values, cols, "title"))
    if not title:
        problems.append(RowProblem(n, "no title", sheet))
        return None
    try:
        if get("level") is None:
            raise InvalidValueError("level", None, "no level column and no level given")
        membership = ListMembership(
            level=parse_level(get("level")),
            directions=[d.strip() for d in re.split(r"[;\n]", text(get("directions")))
                        if d.strip()],
            valid_from=to_date(get("valid_from"), "valid from"),
            valid_to=to_date(get("valid_to"), "valid to"),
            order_no=text(get("order_no")) or None,
            order_date=to_date(get("order_date"), "order date"),
            dataset=label)
    except InvalidValueError as exc:
        problems.append(RowProblem(n, f"{title}: {exc.field} {exc.value!r}: {exc.reason}", sheet))
        return None
    issns = parse_issns([(cell(values, cols, "issn"), "print"),
                         (cell(values, cols, "eissn"), "electronic")], problems, n, sheet)
    journal = Journal(title=title, issns=issns, publisher=text(get("publisher")) or None)
    return ImportedJournal(n, journal, lists=[membership], sheet=sheet)
