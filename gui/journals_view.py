"""The journal list: every journal in the registry with its ISSNs, publisher, latest CiteScore
percentile and quartile, WoS indexes, ministry list and how many of the library's references
appeared in it; searchable by title or ISSN as you type, sortable; the selected journal's page
beside it."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.text import collation_key
from db import journals as repo
from db.journal_queries import JournalSummary, journal_summaries
from db.library import Library
from gui.journal_page import JournalPage
from gui.journal_widgets import QUARTILE_COLOURS, error_message, quartile_text, tint
from gui.tasks import TaskHandle, TaskRunner

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250


class JournalListModel(QAbstractTableModel):
    """All journals in memory (a registry of 30,000 is a few MB); the search narrows the rows
    shown to a set of ids; sorting is done here with Python keys (Kazakh collation for titles)."""

    TITLE, ISSN, PUBLISHER, PERCENTILE, QUARTILE, YEAR, WOS, LISTS, REFERENCES = range(9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[JournalSummary] = []
        self._rows: list[JournalSummary] = []
        self._filter: set[int] | None = None
        self._keys: dict[int, tuple[Any, Any]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.TITLE, Qt.SortOrder.AscendingOrder)
        self.headers = [self.tr("Title"), self.tr("ISSN"), self.tr("Publisher"),
                        self.tr("Percentile"), self.tr("Quartile"), self.tr("Year"),
                        self.tr("WoS"), self.tr("Ministry list"), self.tr("References")]

    # ------------------------------------------------------------------ data in
    @staticmethod
    def collation_keys(rows: Sequence[JournalSummary]) -> dict[int, tuple[Any, Any]]:
        """Kazakh-collation keys of titles and publishers: computed off the GUI thread, since
        20,000 of them take a noticeable moment."""
        return {r.id: (collation_key(r.title),
                       collation_key(r.publisher) if r.publisher else None) for r in rows}

    def set_journals(self, rows: Sequence[JournalSummary],
                     keys: dict[int, tuple[Any, Any]] | None = None) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = keys if keys is not None else self.collation_keys(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, ids: Sequence[int] | None) -> None:
        """Show only these journals (None: all)."""
        self.beginResetModel()
        self._filter = None if ids is None else set(ids)
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = self._all if self._filter is None else [r for r in self._all
                                                       if r.id in self._filter]
        self._rows = self._sorted(rows)

    def _sorted(self, rows: list[JournalSummary]) -> list[JournalSummary]:
        column, order = self._sort
        key = self._key(column)
        present = [r for r in rows if key(r) is not None]
        absent = [r for r in rows if key(r) is None]   # empty cells last in either order
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        absent.sort(key=lambda r: self._keys[r.id][0])
        return present + absent

    def _key(self, column: int) -> Callable[[JournalSummary], Any]:
        return {
            self.TITLE: lambda r: self._keys[r.id][0],
            self.ISSN: lambda r: r.issns[0] if r.issns else None,
            self.PUBLISHER: lambda r: self._keys[r.id][1],
            self.PERCENTILE: lambda r: r.percentile,
            self.QUARTILE: lambda r: r.quartile,
            self.YEAR: lambda r: r.citescore_year,
            self.WOS: lambda r: ",".join(r.wos) or None,
            self.LISTS: lambda r: ",".join(r.lists) or None,
            self.REFERENCES: lambda r: r.references,
        }[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ data out
    def journal_at(self, row: int) -> JournalSummary:
        return self._rows[row]

    def row_of(self, journal_id: int) -> int | None:
        for n, r in enumerate(self._rows):
            if r.id == journal_id:
                return n
        return None

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.PERCENTILE: self.tr("Scopus CiteScore percentile of the best subject in the "
                                         "latest CiteScore year"),
                self.QUARTILE: self.tr("CiteScore quartile of that subject (Q1 = percentile "
                                       "75–99)"),
                self.YEAR: self.tr("The latest CiteScore year known (a complete year before "
                                   "any Tracker value)"),
                self.WOS: self.tr("Web of Science indexes"),
                self.LISTS: self.tr("Ministry (KOKSNVO) list levels"),
                self.REFERENCES: self.tr("References in the library that appeared in the "
                                         "journal"),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.PERCENTILE, self.QUARTILE, self.YEAR, self.REFERENCES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.QUARTILE and r.quartile:
            return tint(QUARTILE_COLOURS[r.quartile], 80 if r.citescore_complete else 35)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _display(self, r: JournalSummary, col: int) -> str:
        if col == self.TITLE:
            return r.title
        if col == self.ISSN:
            return ", ".join(r.issns)
        if col == self.PUBLISHER:
            return r.publisher or ""
        if col == self.PERCENTILE:
            return "" if r.percentile is None else str(r.percentile)
        if col == self.QUARTILE:
            return quartile_text(r.quartile) if r.quartile else ""
        if col == self.YEAR:
            if r.citescore_year is None:
                return ""
            return str(r.citescore_year) if r.citescore_complete else \
                self.tr("{year} (Tracker)").format(year=r.citescore_year)
        if col == self.WOS:
            return ", ".join(r.wos)
        if col == self.LISTS:
            return ", ".join(self._level(level) for level in r.lists)
        return str(r.references) if r.references else ""

    def _level(self, level: str) -> str:
        return {"1": self.tr("List 1"), "2": self.tr("List 2"), "3": self.tr("List 3"),
                "special": self.tr("departmental"), "conference": self.tr("conference"),
                "trusted_publisher": self.tr("trusted publisher")}.get(level, level)

    def _tooltip(self, r: JournalSummary, col: int) -> str | None:
        if col in (self.PERCENTILE, self.QUARTILE, self.YEAR) and r.percentile is not None:
            text = self.tr("CiteScore {year}, best subject {subject}: percentile {percentile}, "
                           "Q{quartile}").format(year=r.citescore_year, subject=r.subject or "—",
                                                  percentile=r.percentile, quartile=r.quartile)
            if not r.citescore_complete:
                text += "\n" + self.tr("Only a CiteScore Tracker value (in progress, not final) "
                                       "is known.")
            return text
        if col == self.TITLE:
            return r.title
        return None


class JournalsView(QWidget):
    """The journals screen. Give it the library and the application's TaskRunner.

    Signals: `journal_selected(int)` when the user selects a journal (its page opens beside the
    list), `library_changed()` after the user added, edited or imported journals, `loaded(int)`
    when the list is (re)loaded with that many journals, `filtered(int)` when a search shows
    that many."""

    journal_selected = Signal(int)
    library_changed = Signal()
    loaded = Signal(int)
    filtered = Signal(int)        # the search narrowed (or widened) the list to this many rows

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None, *,
                 user: str | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.user = user or getpass.getuser()
        self._load_token = 0
        self._search_token = 0
        self._search_task: TaskHandle | None = None
        self._select_after_load: int | None = None
        self.dialog: QWidget | None = None
        self._build()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by title or ISSN"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search journals"))
        top.addWidget(self.search, 1)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        self.add_button = QPushButton(self.tr("Add journal…"), self)
        self.add_button.clicked.connect(self.open_editor)
        top.addWidget(self.add_button)
        self.import_button = QPushButton(self.tr("Import metrics…"), self)
        self.import_button.clicked.connect(self.open_import)
        top.addWidget(self.import_button)
        lay.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(left)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        ll.addWidget(self.hint)
        self.model = JournalListModel(self)
        self.table = QTableView(left)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(JournalListModel.TITLE,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The title keeps its room; the publisher takes what is left (and elides).
        header.setSectionResizeMode(JournalListModel.PUBLISHER, QHeaderView.ResizeMode.Stretch)
        fm = self.table.fontMetrics()
        for col, width in ((JournalListModel.TITLE, 300),
                           (JournalListModel.ISSN, fm.horizontalAdvance("0000-0000, 0000-000X") + 16)):
            self.table.setColumnWidth(col, width)
        for col in (JournalListModel.PERCENTILE, JournalListModel.QUARTILE,
                    JournalListModel.YEAR, JournalListModel.WOS, JournalListModel.LISTS,
                    JournalListModel.REFERENCES):
            self.table.setColumnWidth(col, fm.horizontalAdvance(self.model.headers[col]) + 28)
        ll.addWidget(self.table)
        self.page = JournalPage(self.library, self.runner, self.splitter, user=self.user)
        self.page.library_changed.connect(self._changed)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 660])   # the page needs room for its tables
        lay.addWidget(self.splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the whole list again (off the GUI thread); the search and selection stay."""
        self._load_token += 1
        token = self._load_token
        library = self.library

        def load(ctx: object) -> tuple[list[JournalSummary], dict[int, tuple[Any, Any]]]:
            with library.read() as s:
                rows = journal_summaries(s)
            return rows, JournalListModel.collation_keys(rows)

        self.count_label.setText(self.tr("Loading…"))
        self.runner.run(load, label=self.tr("Loading journals"),
                        on_success=lambda loaded: self._loaded(token, *loaded),
                        on_failure=lambda exc, tb: self._failed(exc))

    def _loaded(self, token: int, rows: list[JournalSummary],
                keys: dict[int, tuple[Any, Any]]) -> None:
        if token != self._load_token:
            return
        current = self.current_journal_id()
        self.model.set_journals(rows, keys)
        self._restore(current)
        self._update_count()
        self.loaded.emit(len(rows))
        if self.search.text().strip():
            self._run_search()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.hint.setText(error_message(exc))
        self.hint.setVisible(True)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(self.tr("{count} journals").format(count=total)
                                 if shown == total else
                                 self.tr("{shown} of {count} journals").format(shown=shown,
                                                                              count=total))
        if total == 0:
            self.hint.setText(self.tr("No journals yet. Import a CiteScore, SCImago, Web of "
                                      "Science or ministry list file, or add a journal by hand."))
        elif shown == 0:
            self.hint.setText(self.tr("No journal matches “{text}”.").format(
                text=self.search.text().strip()))
        self.hint.setVisible(total == 0 or shown == 0)

    # ------------------------------------------------------------------ search
    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self._search_token += 1
        token = self._search_token
        if self._search_task is not None and self._search_task.running:
            self._search_task.cancel()
        if not text:
            self._apply_filter(token, None)
            return
        library = self.library

        def find(ctx: object) -> list[int]:
            with library.read() as s:
                return repo.find_journals(s, text, limit=None, as_you_type=True)

        self._search_task = self.runner.run(
            find, label=self.tr("Searching journals"),
            on_success=lambda ids: self._apply_filter(token, ids),
            on_failure=lambda exc, tb: self._failed(exc))

    def _apply_filter(self, token: int, ids: list[int] | None) -> None:
        if token != self._search_token:
            return
        current = self.current_journal_id()
        self.model.set_filter(ids)
        self._restore(current)
        self._update_count()
        self.filtered.emit(self.model.rowCount())

    # ------------------------------------------------------------------ selection
    def current_journal_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.journal_at(index.row()).id

    def select_journal(self, journal_id: int) -> bool:
        """Select a journal in the list (its page opens); False when it is not shown."""
        row = self.model.row_of(journal_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _restore(self, journal_id: int | None) -> None:
        if journal_id is not None and not self.select_journal(journal_id):
            self.page.clear()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        jid = self.model.journal_at(current.row()).id
        if jid != self.page.journal_id or self.page.details is None:
            self.page.show_journal(jid)
        self.journal_selected.emit(jid)

    # ------------------------------------------------------------------ actions
    def open_editor(self) -> QWidget:
        """The journal editor for a new journal; a save reloads the list and selects it."""
        from gui.journal_editor import JournalEditor

        editor = JournalEditor(self.library, self, user=self.user)
        editor.saved.connect(self._added)
        editor.open()
        self.dialog = editor
        return editor

    def open_import(self) -> QWidget:
        """The metric file import dialog; an import reloads the list."""
        from gui.metric_import_dialog import MetricImportDialog

        dialog = MetricImportDialog(self.library, self.runner, self)
        dialog.imported.connect(lambda _summary: self._changed())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _added(self, journal_id: int) -> None:
        self.library_changed.emit()
        self._select_after_load = journal_id
        self.loaded.connect(self._select_added)
        self.reload()

    def _select_added(self, _count: int) -> None:
        self.loaded.disconnect(self._select_added)
        jid, self._select_after_load = self._select_after_load, None
        if jid is not None and not self.select_journal(jid):
            self.search.clear()   # the search hid it: show everything, then select it
            self.model.set_filter(None)
            self._update_count()
            self.select_journal(jid)

    def _changed(self) -> None:
        self.library_changed.emit()
        self.reload()
