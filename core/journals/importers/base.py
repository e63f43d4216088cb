"""What every journal importer returns: parsed rows, per-row problems, a preview with the detected
column mapping, and the dataset's provenance; plus the small value parsers they share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from core.errors import InvalidValueError
from core.identifiers import normalize_issn, split_identifiers
from core.journals.model import (
    IndexMembership,
    Journal,
    JournalIssn,
    ListMembership,
    MetricObservation,
)

PREVIEW_ROWS = 5
# How often a parser reports the rows it has read (and so how soon a cancel is noticed).
PROGRESS_EVERY = 500
# Rows a file must have to count as a whole list (real files: CiteScore ~45,000 rows per year,
# ext_list ~45,000 titles, WoS SSCI ~3,500 and AHCI ~1,800 journals). The ministry list is
# prepared by the user from the official order and is taken as whole.
FULL_LIST_MIN_ROWS = {"scopus-citescore": 10_000, "scopus-sources": 10_000, "wos": 500,
                      "scimago": 5_000, "koksnvo": 1}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one input row. `rejected` rows were not imported; others were, with
    the offending value left out (an ISSN whose check digit fails, say)."""

    row: int
    reason: str
    sheet: str | None = None
    rejected: bool = True

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}" if self.sheet else f"row {self.row}"
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class ImportedJournal:
    """One input row: the journal it names and what it says about it."""

    row: int
    journal: Journal
    metrics: list[MetricObservation] = field(default_factory=list)
    indexes: list[IndexMembership] = field(default_factory=list)
    lists: list[ListMembership] = field(default_factory=list)
    sheet: str | None = None


@dataclass(slots=True)
class Preview:
    """The first rows of a sheet as read, and which column each field was taken from."""

    sheet: str | None
    header_row: int | None
    columns: list[str]
    mapping: dict[str, str | None]
    rows: list[list[str]] = field(default_factory=list)
    note: str | None = None


@dataclass(slots=True)
class ImportResult:
    kind: str
    file_name: str
    sha256: str
    records: list[ImportedJournal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    previews: list[Preview] = field(default_factory=list)
    edition: str | None = None
    year: int | None = None
    list_date: dt.date | None = None

    def full_list(self) -> bool:
        """Whether the file looks like a whole published list (every journal of the index), so a
        journal absent from it can be called "not on the list". Decided by size: a user's
        excerpt of a few journals must not make every other journal ineligible."""
        return self.rows_ok >= FULL_LIST_MIN_ROWS.get(self.kind, 1)

    def full_citescore_years(self) -> list[int]:
        """CiteScore years with enough complete rows to be a whole year's file."""
        counts: dict[int, int] = {}
        for rec in self.records:
            for m in rec.metrics:
                if m.provider == "scopus_citescore" and m.status == "complete":
                    counts[m.year] = counts.get(m.year, 0) + 1
        return sorted(y for y, n in counts.items()
                      if n >= FULL_LIST_MIN_ROWS["scopus-citescore"])

    def wos_index(self) -> str | None:
        """The Web of Science index the rows of a Master Journal List carry."""
        for rec in self.records[:1]:
            for m in rec.indexes:
                if m.index != "SCOPUS":
                    return m.index
        return None

    @property
    def rows_bad(self) -> int:
        return len({(p.sheet, p.row) for p in self.problems if p.rejected})

    @property
    def rows_ok(self) -> int:
        return len(self.records)


class RowCounter:
    """Counts the rows a parser reads and reports every `PROGRESS_EVERY` rows to `progress`
    (rows read so far, across sheets). The callback may raise (a `CancelledError` when the user
    cancels an import) to stop the parse."""

    __slots__ = ("count", "_progress")

    def __init__(self, progress: Callable[[int], None] | None = None) -> None:
        self.count = 0
        self._progress = progress

    def __call__(self) -> None:
        self.count += 1
        if self._progress is not None and self.count % PROGRESS_EVERY == 0:
            self._progress(self.count)


# ---------------------------------------------------------------------------------- value parsing
def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def to_float(value: Any, field_name: str) -> float | None:
    """`14.9`, `14,9` (decimal comma), `1 234,5`; empty and `-` give None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    s = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if s in ("", "-", "—", "n/a", "N/A"):
        return None
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    elif "," in s:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        raise InvalidValueError(field_name, value, "not a number") from None


def to_int(value: Any, field_name: str) -> int | None:
    f = to_float(value, field_name)
    if f is None:
        return None
    if not f.is_integer():
        raise InvalidValueError(field_name, value, "not a whole number")
    return int(f)


def to_quartile(value: Any) -> int | None:
    """`1`..`4` or `Q1`..`Q4`; `-` and empty give None."""
    s = text(value).upper()
    if s in ("", "-", "—"):
        return None
    s = s.removeprefix("Q")
    if s in ("1", "2", "3", "4"):
        return int(s)
    raise InvalidValueError("quartile", value, "expected 1..4 or Q1..Q4")


_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}


def to_date(value: Any, field_name: str) -> dt.date | None:
    """A date cell: a spreadsheet date, `2025-06-21`, `21.06.2025`, or a year alone (1 January)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = text(value)
    if not s:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    if re.fullmatch(r"(19|20)\d{2}", s):
        return dt.date(int(s), 1, 1)
    raise InvalidValueError(field_name, value, "not a date (expected YYYY-MM-DD or DD.MM.YYYY)")


def date_in_name(name: str) -> dt.date | None:
    """The list date in an export's file name: `2023-February-22`, `2022-04-19`."""
    m = re.search(r"((?:19|20)\d{2})[-_ ]([A-Za-z]+)[-_ ](\d{1,2})", name)
    if m and m.group(2).lower() in _MONTHS:
        return dt.date(int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3)))
    m = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", name)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def year_in_name(name: str) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
    return int(m.group(1)) if m else None


def parse_issns(cells: list[tuple[Any, str]], problems: list[RowProblem], row: int,
                sheet: str | None) -> list[JournalIssn]:
    """ISSN cells -> normalised ISSNs. A cell may hold several (`"15424863, 00079235"`); values
    that lost leading zeros are repaired only when the check digit confirms; a bad value becomes a
    non-rejecting problem so the rest of the row still counts."""
    out: list[JournalIssn] = []
    for raw, kind in cells:
        s = text(raw)
        if s in ("", "-", "—"):
            continue
        for part in split_identifiers(s):
            part = part.strip()
            if not part or part == "-":
                continue
            try:
                issn = JournalIssn(repair_issn(part), kind)
            except InvalidValueError as exc:
                problems.append(RowProblem(row, f"ISSN {part!r} ignored: {exc.reason}", sheet,
                                           rejected=False))
                continue
            if issn.issn not in [i.issn for i in out]:
                out.append(issn)
    return out


@lru_cache(maxsize=65536)
def repair_issn(value: str) -> str:
    """Normalise an ISSN read from a spreadsheet. Numbers lose leading zeros (`368075` for
    0036-8075), and SCImago's 7-digit values lost a trailing check character X (`0147006` for
    0147-006X). Each repair is kept only when the check digit confirms it, and a value that both
    repairs would make valid is refused as ambiguous."""
    try:
        return normalize_issn(value)
    except InvalidValueError as exc:
        first = exc
    compact = re.sub(r"[\s\-]", "", value)
    candidates: set[str] = set()
    if compact.isdigit() and 4 <= len(compact) < 8:
        try:
            candidates.add(normalize_issn(compact, repair_zeros=True))
        except InvalidValueError:
            pass
    if compact.isdigit() and len(compact) == 7:
        try:
            candidates.add(normalize_issn(compact + "X"))
        except InvalidValueError:
            pass
    if len(candidates) == 1:
        return candidates.pop()
    if len(candidates) > 1:
        raise InvalidValueError("ISSN", value, "ambiguous: " + " or ".join(sorted(candidates)))
    if compact.isdigit() and 4 <= len(compact) < 8:
        tried = [compact.rjust(8, "0")] + ([compact + "X"] if len(compact) == 7 else [])
        raise InvalidValueError("ISSN", value, f"{len(compact)} digits; "
                                + " and ".join(f"{t[:4]}-{t[4:]}" for t in tried)
                                + " fail the check digit")
    raise first
