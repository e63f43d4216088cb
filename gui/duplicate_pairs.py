"""The duplicates view's list: the background scan of the library (candidate pairs with short
descriptions of both records), the scanner's reasons in the user's language and by kind, and the
table model over thousands of pairs, filtered by minimum score and reason kind."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from core.duplicates import DuplicateCandidate
from core.text import collation_key, fold, strip_markup
from db import duplicates
from db import references as refs_repo
from db.library import Library
from gui.field_labels import (
    item_type_label,
)
from gui.tasks import TaskContext

Index = QModelIndex | QPersistentModelIndex
Pair = tuple[int, int]

# Reason kinds (a pair may have several): the filter offers them in this order.
DOI, DOI_CONFLICT, ISBN, ISSN, TITLE, ACROSS_SCRIPTS, TRANSLATED, SUBTITLE = (
    "doi", "doi-conflict", "isbn", "issn", "title", "transliterated", "translated", "subtitle")
KINDS = (DOI, DOI_CONFLICT, ISBN, ISSN, TITLE, ACROSS_SCRIPTS, TRANSLATED, SUBTITLE)
_EXACT = {"same DOI": DOI, "same DOI, but the titles differ": DOI_CONFLICT, "same ISBN": ISBN,
          "same ISSN + volume + first page": ISSN}
_HOW = {"transliterated": ACROSS_SCRIPTS, "translated": TRANSLATED, "without subtitle": SUBTITLE}
# core.duplicates._title_rule writes "similar title 0.93 (transliterated) + same year + same
# first author"; the pieces are translated one by one.
_TITLE_REASON = re.compile(
    r"^(?:same title|similar title (?P<sim>\d(?:\.\d+)?))(?: \((?P<how>[^)]+)\))?"
    r" \+ (?P<year>same year|year ±1|year missing)"
    r" \+ (?P<author>same first author|first author missing)$")
SUMMARY_CHUNK = 500



def number(value: float, decimals: int = 2) -> str:
    """A score as the interface language writes decimals (0.93, 0,93)."""
    return QLocale().toString(float(value), "f", decimals)


def reason_kinds(reason: str) -> frozenset[str]:
    if reason in _EXACT:
        return frozenset({_EXACT[reason]})
    m = _TITLE_REASON.match(reason)
    if m is None:
        return frozenset()
    how = _HOW.get(m["how"] or "")
    return frozenset({TITLE, how} if how else {TITLE})


def kind_name(kind: str) -> str:
    names = {
        DOI: QCoreApplication.translate("DuplicateReasons", "Same DOI"),
        DOI_CONFLICT: QCoreApplication.translate("DuplicateReasons",
                                                 "Same DOI, different titles"),
        ISBN: QCoreApplication.translate("DuplicateReasons", "Same ISBN"),
        ISSN: QCoreApplication.translate("DuplicateReasons",
                                         "Same ISSN, volume and first page"),
        TITLE: QCoreApplication.translate("DuplicateReasons", "Similar title, year and author"),
        ACROSS_SCRIPTS: QCoreApplication.translate("DuplicateReasons",
                                                   "Title across scripts (transliterated)"),
        TRANSLATED: QCoreApplication.translate("DuplicateReasons", "Translated title"),
        SUBTITLE: QCoreApplication.translate("DuplicateReasons", "Title without its subtitle"),
    }
    return names.get(kind, kind)


def _reason_words() -> dict[str, str]:
    """The scanner's words (core.duplicates writes them in English) in the interface
    language."""
    return {
        "same DOI": QCoreApplication.translate("DuplicateReasons", "same DOI"),
        "same DOI, but the titles differ": QCoreApplication.translate(
            "DuplicateReasons", "same DOI, but the titles differ"),
        "same ISBN": QCoreApplication.translate("DuplicateReasons", "same ISBN"),
        "same ISSN + volume + first page": QCoreApplication.translate(
            "DuplicateReasons", "same ISSN + volume + first page"),
        "same title": QCoreApplication.translate("DuplicateReasons", "same title"),
        "transliterated": QCoreApplication.translate("DuplicateReasons", "transliterated"),
        "translated": QCoreApplication.translate("DuplicateReasons", "translated"),
        "without subtitle": QCoreApplication.translate("DuplicateReasons", "without subtitle"),
        "same year": QCoreApplication.translate("DuplicateReasons", "same year"),
        "year ±1": QCoreApplication.translate("DuplicateReasons", "year ±1"),
        "year missing": QCoreApplication.translate("DuplicateReasons", "year missing"),
        "same first author": QCoreApplication.translate("DuplicateReasons", "same first author"),
        "first author missing": QCoreApplication.translate("DuplicateReasons",
                                                           "first author missing"),
    }


def reason_text(reason: str) -> str:
    """One reason of the scanner in the interface language (unknown ones as written)."""
    words = _reason_words()
    if reason in _EXACT:
        return words[reason]
    m = _TITLE_REASON.match(reason)
    if m is None:
        return reason
    if m["sim"] is None:
        title = words["same title"]
    else:
        title = QCoreApplication.translate("DuplicateReasons", "similar title {score}").format(
            score=number(float(m["sim"])))
    if m["how"]:
        title = QCoreApplication.translate("DuplicateReasons", "{title} ({how})").format(
            title=title, how=words.get(m["how"], m["how"]))
    return QCoreApplication.translate("DuplicateReasons", "{title} + {year} + {author}").format(
        title=title, year=words[m["year"]], author=words[m["author"]])


# ---------------------------------------------------------------------------------- data
@dataclass(frozen=True, slots=True)
class RecordSummary:
    """What the list shows of one record (a light table row, no JSON decoding)."""

    id: int
    type: str
    authors: str
    year: int | None
    title: str
    container: str
    doi: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RecordSummary:
        return cls(id=int(row["id"]), type=str(row.get("type") or ""),
                   authors=str(row.get("authors") or ""), year=row.get("year"),
                   title=" ".join(strip_markup(row.get("title") or "").split()),
                   container=" ".join(strip_markup(row.get("container_title") or "").split()),
                   doi=str(row.get("doi") or ""))


def record_lines(summary: RecordSummary | None) -> tuple[str, str]:
    """(authors (year). title, container · type · DOI) for a list cell."""
    if summary is None:
        return (QCoreApplication.translate("DuplicateReasons", "(not in the library)"), "")
    year = str(summary.year) if summary.year else \
        QCoreApplication.translate("DuplicateReasons", "n.d.")
    title = summary.title or QCoreApplication.translate("DuplicateReasons", "(no title)")
    first = QCoreApplication.translate("DuplicateReasons", "{authors} ({year}). {title}").format(
        authors=summary.authors or "—", year=year, title=title)
    rest = [p for p in (summary.container, item_type_label(summary.type),
                        f"DOI {summary.doi}" if summary.doi else "") if p]
    return first, " · ".join(rest)


@dataclass(frozen=True, slots=True)
class PairRow:
    """One candidate pair (`a` < `b`) with the scanner's score, reasons and their kinds."""

    a: int
    b: int
    score: float
    reasons: tuple[str, ...]
    kinds: frozenset[str]

    @classmethod
    def from_candidate(cls, c: DuplicateCandidate) -> PairRow:
        kinds: frozenset[str] = frozenset().union(*(reason_kinds(r) for r in c.reasons))
        return cls(c.a, c.b, float(c.score), tuple(c.reasons), kinds)

    @property
    def pair(self) -> Pair:
        return (self.a, self.b)

    def involves(self, ids: Iterable[int] | set[int]) -> bool:
        wanted = ids if isinstance(ids, set) else set(ids)
        return self.a in wanted or self.b in wanted


@dataclass(slots=True)
class ScanResult:
    pairs: list[PairRow]
    records: dict[int, RecordSummary]


def read_summaries(lib: Library, ids: Iterable[int]) -> dict[int, RecordSummary]:
    wanted = sorted(set(ids))
    out: dict[int, RecordSummary] = {}
    with lib.read() as s:
        for start in range(0, len(wanted), SUMMARY_CHUNK):
            for row in refs_repo.list_rows(s, wanted[start:start + SUMMARY_CHUNK]):
                out[int(row["id"])] = RecordSummary.from_row(row)
    return out


def scan_library(lib: Library, ctx: TaskContext, *, reading: str = "", comparing: str = "",
                 describing: str = "") -> ScanResult:
    """The background scan: candidate pairs of the live library (marked pairs left out), best
    first, and the short descriptions of the records they involve. The texts are the progress
    labels, translated on the GUI thread before the task starts."""
    ctx.progress(0, 0, reading)

    def progress(done: int, total: int) -> None:
        ctx.progress(done, total, comparing)

    found = duplicates.scan(lib, progress=progress, cancel=ctx.cancel.is_set)
    ctx.check()
    ctx.progress(0, 0, describing)
    rows = [PairRow.from_candidate(c) for c in found]
    records = read_summaries(lib, (i for r in rows for i in r.pair))
    ctx.check()
    return ScanResult(rows, records)


def fresh_pairs_of(lib: Library, ref_id: int) -> ScanResult:
    """The candidates of one record against the live library (after a merge changed it)."""
    rows = [PairRow.from_candidate(c) for c in duplicates.candidates_for(lib, [ref_id])]
    return ScanResult(rows, read_summaries(lib, (i for r in rows for i in r.pair)))


# ---------------------------------------------------------------------------------- the model
class PairModel(QAbstractTableModel):
    """Every pair of the last scan in memory (a few hundred bytes each); the filter narrows the
    rows shown; text is made only for the rows painted, so thousands of pairs stay light."""

    SCORE, REASONS, FIRST, SECOND = range(4)
    PairRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PairRow] = []
        self._rows: list[PairRow] = []
        self._records: dict[int, RecordSummary] = {}
        self._skipped: set[Pair] = set()
        self._min_score = 0.0
        self._kind: str | None = None
        self._words: tuple[str, ...] = ()
        self._haystacks: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.SCORE, Qt.SortOrder.DescendingOrder)
        self._title_keys: dict[int, tuple[int, str]] = {}

    # ------------------------------------------------------------------ data in
    def set_pairs(self, rows: Sequence[PairRow], records: dict[int, RecordSummary]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._records = dict(records)
        self._skipped.clear()
        self._title_keys.clear()
        self._haystacks.clear()
        self._apply()
        self.endResetModel()

    def set_filter(self, min_score: float, kind: str | None, text: str = "") -> None:
        """Show the pairs scoring at least `min_score`, of reason `kind` (None: any), whose
        records hold every word of `text` (authors, title, journal, DOI, id; case- and
        ё-insensitive)."""
        words = tuple(fold(text).split())
        if (min_score, kind, words) == (self._min_score, self._kind, self._words):
            return
        self.beginResetModel()
        self._min_score, self._kind, self._words = min_score, kind, words
        self._apply()
        self.endResetModel()

    def _haystack(self, ref_id: int) -> str:
        if ref_id not in self._haystacks:
            rec = self._records.get(ref_id)
            self._haystacks[ref_id] = fold(
                f"#{ref_id} {rec.authors} {rec.year or ''} {rec.title} {rec.container} "
                f"{rec.doi}" if rec else f"#{ref_id}")
        return self._haystacks[ref_id]

    def _passes(self, row: PairRow, *, kind: bool = True) -> bool:
        # A score printed as 0.85 passes a minimum of 0.85 (scores are rounded to 3 places).
        if row.score + 1e-9 < self._min_score:
            return False
        if self._words:
            both = f"{self._haystack(row.a)} {self._haystack(row.b)}"
            if not all(w in both for w in self._words):
                return False
        return not kind or self._kind is None or self._kind in row.kinds

    def _apply(self) -> None:
        self._rows = self._sorted([r for r in self._all if self._passes(r)])

    def remove_pairs(self, pairs: Iterable[Pair]) -> list[PairRow]:
        """Drop these pairs (merged, marked); returns the rows dropped."""
        gone = set(pairs)
        return self._remove(lambda r: r.pair in gone)

    def remove_involving(self, ids: Iterable[int]) -> list[PairRow]:
        """Drop every pair with one of these records (one went to the trash)."""
        wanted = set(ids)
        return self._remove(lambda r: r.involves(wanted))

    def _remove(self, test: Callable[[PairRow], bool]) -> list[PairRow]:
        dropped = [r for r in self._all if test(r)]
        if not dropped:
            return []
        shown = [n for n, r in enumerate(self._rows) if test(r)]
        # Contiguous runs, last first, so the view keeps its scroll position and selection.
        for start, end in reversed(_runs(shown)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        self._all = [r for r in self._all if not test(r)]
        self._skipped -= {r.pair for r in dropped}
        return dropped

    def add_pairs(self, rows: Iterable[PairRow], records: dict[int, RecordSummary]) -> None:
        """Put pairs (back) into the list: an undone mark, fresh candidates of a merged record.
        A pair already listed is replaced."""
        new = {r.pair: r for r in rows}
        if not new:
            return
        self.beginResetModel()
        self._records.update(records)
        for ref_id in records:
            self._haystacks.pop(ref_id, None)
            self._title_keys.pop(ref_id, None)
        self._all = [r for r in self._all if r.pair not in new] + list(new.values())
        self._all.sort(key=lambda r: (-r.score, r.a, r.b))
        self._apply()
        self.endResetModel()

    def update_records(self, records: dict[int, RecordSummary]) -> None:
        """New descriptions (a record was edited or merged)."""
        self._records.update(records)
        for ref_id in records:
            self._title_keys.pop(ref_id, None)
            self._haystacks.pop(ref_id, None)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.FIRST),
                                  self.index(len(self._rows) - 1, self.SECOND))

    def set_skipped(self, pair: Pair, skipped: bool = True) -> None:
        (self._skipped.add if skipped else self._skipped.discard)(pair)
        row = self.row_of(pair)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ------------------------------------------------------------------ data out
    def pair_at(self, row: int) -> PairRow:
        return self._rows[row]

    def row_of(self, pair: Pair) -> int | None:
        for n, r in enumerate(self._rows):
            if r.pair == pair:
                return n
        return None

    def record(self, ref_id: int) -> RecordSummary | None:
        return self._records.get(ref_id)

    def is_skipped(self, pair: Pair) -> bool:
        return pair in self._skipped

    def total(self) -> int:
        return len(self._all)

    def shown(self) -> int:
        return len(self._rows)

    def all_pairs(self) -> list[PairRow]:
        return list(self._all)

    def kind_counts(self) -> Counter[str]:
        """Pairs of each reason kind among those the score and the words let through."""
        counts: Counter[str] = Counter()
        for r in self._all:
            if self._passes(r, kind=False):
                counts.update(r.kinds)
        return counts

    def passing_score(self) -> int:
        return sum(1 for r in self._all if self._passes(r, kind=False))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Score"), self.tr("Why"), self.tr("First record"),
                self.tr("Second record"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.PairRole:
            return row.pair
        if role == self.IdRole:
            return row.b if col == self.SECOND else row.a
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.pair in self._skipped:
                return QColor("#8a8a8a")
            if col == self.SCORE:
                return QColor(_score_colour(row))
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.pair in self._skipped:
                font.setItalic(True)
            elif col == self.SCORE:
                font.setBold(True)
            return font
        return None

    def _text(self, row: PairRow, col: int, *, tooltip: bool) -> str:
        if col == self.SCORE:
            text = number(row.score)
            if row.pair in self._skipped:
                return self.tr("{score}\nskipped").format(score=text)
            return text
        if col == self.REASONS:
            return "\n".join(reason_text(r) for r in row.reasons)
        ref_id = row.a if col == self.FIRST else row.b
        first, second = record_lines(self._records.get(ref_id))
        if tooltip:
            return "\n".join(p for p in (f"#{ref_id}", first, second) if p)
        return f"{first}\n{second}" if second else first

    # ------------------------------------------------------------------ sorting
    def _title_key(self, ref_id: int) -> tuple[int, str]:
        if ref_id not in self._title_keys:
            rec = self._records.get(ref_id)
            self._title_keys[ref_id] = collation_key(
                f"{rec.authors} {rec.title}" if rec else "")
        return self._title_keys[ref_id]

    def _sorted(self, rows: list[PairRow]) -> list[PairRow]:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.SCORE:
            # Best first, and within a score in scan order, whichever way the arrow points.
            rows = sorted(rows, key=lambda r: (-r.score, r.a, r.b))
            return rows if descending else rows[::-1]
        if column == self.REASONS:
            def key(r: PairRow) -> Any:
                return (min((KINDS.index(k) for k in r.kinds), default=len(KINDS)), -r.score)
        elif column == self.FIRST:
            def key(r: PairRow) -> Any:
                return self._title_key(r.a)
        else:
            def key(r: PairRow) -> Any:
                return self._title_key(r.b)
        return sorted(rows, key=key, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        pairs = [self._rows[i.row()].pair if i.row() < len(self._rows) else None for i in old]
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        where = {r.pair: n for n, r in enumerate(self._rows)}
        # The selected pair stays selected wherever it moved.
        self.changePersistentIndexList(old, [
            self.index(where[p], i.column()) if p in where else QModelIndex()
            for i, p in zip(old, pairs, strict=True)])
        self.layoutChanged.emit()


def _score_colour(row: PairRow) -> str:
    if DOI_CONFLICT in row.kinds or row.score < 0.85:
        return "#b26a00"   # look closely: a doubtful pair
    if row.score >= 0.95:
        return "#1a7f37"
    return "#2f5d8a"


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted indexes -> contiguous (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for n in indexes:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs
