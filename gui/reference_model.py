"""The reference table's model: lazy over SQL. It knows the row count of its listing (one COUNT) and
fetches rows a page at a time as the view paints them (ORDER BY in SQLite, an LRU of pages), so a
100,000-reference library opens and scrolls without loading it; quartile and eligibility are
computed off the GUI thread for the rows the view actually asks for."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from sqlalchemy.exc import SQLAlchemyError

from core.errors import SiltemeError
from core.journals.rules import Result
from core.text import strip_markup
from db import references as repo
from db.library import Library
from db.references import ListFilter
from gui.field_labels import item_type_label, language_label, update_label
from gui.reference_mime import REFERENCE_IDS_MIME, reference_mime_data
from gui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:  # the journal registry is imported when the first badge is computed
    from db.badges import Badge, BadgeSource

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40          # 8,000 rows kept; older pages are fetched again when needed
MAX_POSITION_LOOKUPS = 2_000   # selected ids searched for in SQL after a reload
BADGE_BATCH = 400

ModelIndex = QModelIndex | QPersistentModelIndex


# Retractions and withdrawals: the title in red (corrections only carry the ⚠ mark).
RETRACTED_COLOUR = "#b3261e"
_WITHDRAWN = frozenset({"retraction", "partial-retraction", "withdrawal", "removal"})


def _withdrawn(row: dict[str, Any]) -> bool:
    return any(u in _WITHDRAWN for u in row.get("updates") or ())


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    sort_key: str | None     # db.references.SORT_COLUMNS key; None: not sortable in SQL
    visible: bool            # shown by default
    width: int               # default width in pixels


COLUMNS: tuple[Column, ...] = (
    Column("authors", "author", True, 150),
    Column("year", "year", True, 50),
    Column("title", "title", True, 300),
    Column("container", "container", True, 150),
    Column("type", "type", False, 130),
    Column("language", "language", False, 90),
    Column("quartile", None, True, 36),
    Column("eligibility", None, True, 90),
    Column("added", "added", False, 86),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def column_index(key: str) -> int:
    return COLUMN_KEYS.index(key)


def column_title(key: str) -> str:
    return {
        "authors": QCoreApplication.translate("ReferenceModel", "Authors"),
        "year": QCoreApplication.translate("ReferenceModel", "Year"),
        "title": QCoreApplication.translate("ReferenceModel", "Title"),
        "container": QCoreApplication.translate("ReferenceModel", "Published in"),
        "type": QCoreApplication.translate("ReferenceModel", "Type"),
        "language": QCoreApplication.translate("ReferenceModel", "Language"),
        "quartile": QCoreApplication.translate("ReferenceModel", "Q"),
        "eligibility": QCoreApplication.translate("ReferenceModel", "Grant"),
        "added": QCoreApplication.translate("ReferenceModel", "Added"),
    }[key]


def column_tooltip(key: str) -> str:
    return {
        "quartile": QCoreApplication.translate(
            "ReferenceModel", "Best journal quartile for the publication year (Scopus CiteScore, "
            "else SCImago)"),
        "eligibility": QCoreApplication.translate(
            "ReferenceModel", "Counts toward the team grant (rule set “team-grant”): ✓ eligible, "
            "? unknown, – not eligible"),
        "added": QCoreApplication.translate("ReferenceModel", "Date added to the library"),
    }.get(key, column_title(key))


class _BadgeHolder:
    """The BadgeSource of one library state, created and used on the badge worker only (one badge
    task runs at a time)."""

    def __init__(self) -> None:
        self.source: BadgeSource | None = None


class ReferenceModel(QAbstractTableModel):
    """Rows of a `ListFilter` in a sort order. `failed` carries an exception of a background
    badge task or of a page read (the window reports it)."""

    failed = Signal(object, str)
    reloaded = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._filter = ListFilter()
        self._sort_key = "title"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.page_reads = 0            # pages read from the library since the last reset
        self._badges: dict[int, Badge] = {}
        self._badge_wanted: set[int] = set()
        self._badge_holder = _BadgeHolder()
        self._badge_busy = False
        self._badge_generation = 0
        self._badge_runner = TaskRunner(self, max_threads=1)
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(40)
        self._badge_timer.timeout.connect(self._start_badges)
        self._locale = QLocale()
        self._reset_count()

    # ------------------------------------------------------------------ what is listed
    @property
    def listing(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_library(self, library: Library) -> None:
        self.library = library
        self.invalidate_badges()
        self.reload()

    def set_listing(self, listing: ListFilter, *, force: bool = False) -> None:
        """List these references; `force` re-reads even when the listing is the same (the
        library changed)."""
        if force or listing != self._filter:
            self._filter = listing
            self.reload()

    def set_sort(self, key: str, descending: bool) -> None:
        if key not in repo.SORT_COLUMNS:
            raise ValueError(f"unknown sort key {key!r}")
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked; columns computed per row (quartile,
        eligibility) cannot be sorted in SQL and are ignored."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort_key
        if key is not None:
            self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        for i, c in enumerate(COLUMNS):
            if c.sort_key == self._sort_key:
                return i
        return -1

    def reload(self) -> None:
        """Re-count and forget the cached pages; the view fetches what it paints again."""
        self.beginResetModel()
        self._pages.clear()
        self.page_reads = 0
        self._locale = QLocale()
        self._reset_count()
        self.endResetModel()
        self.reloaded.emit()

    def invalidate_badges(self) -> None:
        """Forget computed quartiles and verdicts (records or the journal registry changed)."""
        self._badges.clear()
        self._badge_wanted.clear()
        self._badge_generation += 1
        self._badge_holder = _BadgeHolder()

    def _reset_count(self) -> None:
        try:
            with self.library.read() as s:
                self._count = repo.count(s, where=self._filter)
        except (SQLAlchemyError, SiltemeError) as exc:
            self._count = 0
            self.failed.emit(exc, "")

    # ------------------------------------------------------------------ rows
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def loaded_rows(self) -> int:
        """Rows currently held in memory (for tests and the benchmark)."""
        return sum(len(p) for p in self._pages.values())

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            with self.library.read() as s:
                ids = repo.list_ids(s, where=self._filter, sort=self._sort_key,
                                    descending=self._descending, offset=number * PAGE_SIZE,
                                    limit=PAGE_SIZE)
                page = repo.list_rows(s, ids)
        except (SQLAlchemyError, SiltemeError) as exc:
            self.failed.emit(exc, "")
            page = []
        for row in page:
            row["title"] = strip_markup(row.get("title")) or ""
        self.page_reads += 1
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        found = self.row(row)
        return int(found["id"]) if found else None

    def ids_at(self, rows: Iterable[int]) -> list[int]:
        return [i for i in (self.id_at(r) for r in sorted(set(rows))) if i is not None]

    def rows_of(self, ids: Iterable[int]) -> dict[int, int]:
        """Row numbers of these references in the listing: from the cached pages, else (after a
        reload or a sort) from SQL's row_number()."""
        wanted = list(dict.fromkeys(ids))
        found: dict[int, int] = {}
        for number, page in self._pages.items():
            for offset, r in enumerate(page):
                if r["id"] in wanted:
                    found[r["id"]] = number * PAGE_SIZE + offset
        missing = [i for i in wanted if i not in found][:MAX_POSITION_LOOKUPS]
        if missing:
            try:
                with self.library.read() as s:
                    found.update(repo.positions(s, missing, where=self._filter,
                                                sort=self._sort_key, descending=self._descending))
            except (SQLAlchemyError, SiltemeError) as exc:
                self.failed.emit(exc, "")
        return found

    # ------------------------------------------------------------------ display
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        if role == Qt.ItemDataRole.UserRole:
            return r["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("year", "quartile"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("quartile", "eligibility"):
            badge = self._badges.get(r["id"])
            return _badge_colour(badge, key) if badge is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and key == "title" and _withdrawn(r):
            return QColor(RETRACTED_COLOUR)
        return None

    def _display(self, r: dict[str, Any], key: str) -> str:
        if key == "authors":
            return r.get("authors") or ""
        if key == "year":
            return str(r["year"]) if r.get("year") else ""
        if key == "title":
            # A retracted or corrected work is flagged wherever it appears (issue 3).
            title = r.get("title") or ""
            return f"⚠ {title}" if r.get("updates") else title
        if key == "container":
            return r.get("container_title") or ""
        if key == "type":
            return item_type_label(r.get("type"))
        if key == "language":
            return language_label(r.get("language"))
        if key == "added":
            added = r.get("added_at")
            if isinstance(added, datetime):
                day = QDate(added.year, added.month, added.day)
                return self._locale.toString(day, QLocale.FormatType.ShortFormat)
            return ""
        badge = self._badge(r["id"])
        if badge is None:
            return "…"
        if key == "quartile":
            return f"Q{badge.quartile}" if badge.quartile else ""
        if badge.result is Result.ELIGIBLE:
            return "✓ " + "; ".join(badge.met_names or badge.met)
        return "?" if badge.result is Result.UNKNOWN else "–"

    def _tooltip(self, r: dict[str, Any], key: str) -> str | None:
        if key == "title" and r.get("updates"):
            notices = ", ".join(dict.fromkeys(update_label(u) for u in r["updates"]))
            return self.tr("Updated by a notice: {notices}").format(notices=notices) + \
                "\n" + (r.get("title") or "")
        if key in ("title", "authors", "container"):
            text = self._display(r, key)
            return text if len(text) > 30 else None
        if key == "quartile":
            badge = self._badges.get(r["id"])
            return badge.quartile_note or None if badge else None
        if key == "eligibility":
            badge = self._badges.get(r["id"])
            return verdict_lines(badge) if badge and badge.verdicts else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section].key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tooltip(COLUMNS[section].key)
        return None

    def retranslate(self) -> None:
        """Names of types and languages, dates and headers in the new interface language."""
        self._locale = QLocale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(COLUMNS) - 1))

    # ------------------------------------------------------------------ drag
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [REFERENCE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> Any:  # noqa: N802
        """The dragged rows' ids in table order (gui/reference_mime.py: the sidebar and the
        bibliography builder read the same format)."""
        return reference_mime_data(self.ids_at({i.row() for i in indexes}))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    # ------------------------------------------------------------------ badges
    def badge(self, ref_id: int) -> Badge | None:
        return self._badges.get(ref_id)

    def _badge(self, ref_id: int) -> Badge | None:
        found = self._badges.get(ref_id)
        if found is None and ref_id not in self._badge_wanted:
            self._badge_wanted.add(ref_id)
            if not self._badge_timer.isActive() and not self._badge_busy:
                self._badge_timer.start()
        return found

    def badges_pending(self) -> bool:
        return bool(self._badge_busy or self._badge_wanted - set(self._badges))

    def _start_badges(self) -> None:
        todo = [i for i in self._badge_wanted if i not in self._badges][:BADGE_BATCH]
        if self._badge_busy or not todo:
            return
        self._badge_busy = True
        library, holder, generation = self.library, self._badge_holder, self._badge_generation

        def work(ctx: TaskContext) -> dict[int, Badge]:
            from db.badges import BadgeSource

            with library.read() as s:
                if holder.source is None:
                    holder.source = BadgeSource(s)
                return holder.source.badges_for_ids(s, todo)

        def done(result: dict[int, Badge]) -> None:
            from db.badges import Badge

            self._badge_busy = False
            if generation != self._badge_generation:
                self._badge_timer.start()
                return
            for ref_id in todo:  # a reference deleted meanwhile gets an empty badge
                self._badges[ref_id] = result.get(ref_id, Badge())
            self._badge_wanted.difference_update(todo)
            self._badges_changed(todo)
            if self._badge_wanted - set(self._badges):
                self._badge_timer.start()

        def failed(exc: BaseException, tb: str) -> None:
            from db.badges import Badge

            self._badge_busy = False
            for ref_id in todo:
                self._badges[ref_id] = Badge()
            self._badge_wanted.difference_update(todo)
            self.failed.emit(exc, tb)

        self._badge_runner.run(work, on_success=done, on_failure=failed)

    def _badges_changed(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        rows = [number * PAGE_SIZE + offset for number, page in self._pages.items()
                for offset, r in enumerate(page) if r["id"] in wanted]
        if not rows:
            return
        first, last = column_index("quartile"), column_index("eligibility")
        self.dataChanged.emit(self.index(min(rows), first), self.index(max(rows), last))

    def wait_for_badges(self, msecs: int = 5000) -> bool:
        """Block until the running badge task ends (tests, shutdown)."""
        return self._badge_runner.wait(msecs)


def verdict_word(result: Result) -> str:
    return {
        Result.ELIGIBLE: QCoreApplication.translate("ReferenceModel", "eligible"),
        Result.NOT_ELIGIBLE: QCoreApplication.translate("ReferenceModel", "not eligible"),
        Result.UNKNOWN: QCoreApplication.translate("ReferenceModel", "unknown (data missing)"),
    }[result]


def verdict_lines(badge: Badge) -> str:
    """One line per requirement: its name, the verdict in the interface language, and the
    evidence as the rules state it."""
    return "\n".join(f"{v.name}: {verdict_word(v.result)}" + (f" — {v.evidence}" if v.evidence
                                                              else "")
                     for v in badge.verdicts)


def _badge_colour(badge: Badge, key: str) -> QColor | None:
    if key == "quartile":
        return {1: QColor("#1b7f3b"), 2: QColor("#5f8f1f"), 3: QColor("#a06a00"),
                4: QColor("#9a3b2f")}.get(badge.quartile or 0)
    if badge.result is Result.ELIGIBLE:
        return QColor("#1b7f3b")
    if badge.result is Result.UNKNOWN:
        return QColor("#7a7a7a")
    return QColor("#a0a0a0")
