"""The "Add by DOI" dialog: paste DOIs (or any text holding them, ISBNs too), watch each one's
progress and result, cancel; the library table reloads through `library_changed`.

The batch runs as one background task (gui/doi_batch.py explains which thread does what: the
network threads hold no database session, the task's own thread stores each work in its own
short transaction as it arrives). This dialog opens no database session at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.crossref import CrossrefClient
from db import crossref_import as ci
from db.library import Library
from gui import crossref_messages as msg
from gui.doi_batch import (
    CANCELLED,
    FETCHING,
    ISBN,
    WAITING,
    BatchSummary,
    Entry,
    ItemUpdate,
    entries_in,
    run_batch,
)
from gui.tasks import TaskHandle, TaskRunner

_FAILED_STATES = (ci.FAILED, ci.NOT_FOUND, ci.QUEUED, CANCELLED)
_RED, _AMBER, _GREEN, _GREY = QColor("#b3261e"), QColor("#8a5a00"), QColor("#1e6b34"), \
    QColor("#6b6b6b")
# Pause between a stored work and the `library_changed` it causes: a batch of 300 DOIs reloads
# the table a few times a second, not 300 times.
CHANGE_COALESCE_MS = 300
COUNT_DEBOUNCE_MS = 200


class DoiResultsModel(QAbstractTableModel):
    """One row per identifier of the batch, updated in place as its outcome arrives."""

    KEY, RESULT, AUTHORS, TITLE, YEAR, SOURCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemUpdate] = []
        self._index: dict[str, int] = {}

    # ---------------------------------------------------------------- contents
    def reset(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._rows = [ItemUpdate(e.key, e.kind, WAITING) for e in entries]
        self._index = {u.key: i for i, u in enumerate(self._rows)}
        self.endResetModel()

    def requeue(self, keys: list[str]) -> None:
        """Put these rows back to waiting (retry)."""
        for key in keys:
            row = self._index.get(key)
            if row is not None:
                old = self._rows[row]
                self._rows[row] = ItemUpdate(old.key, old.kind, WAITING)
                self._changed(row)

    def apply(self, update: ItemUpdate) -> None:
        row = self._index.get(update.key)
        if row is None:
            return
        if update.state == FETCHING and self._rows[row].done:
            return  # a late "fetching" never hides an outcome
        self._rows[row] = update
        self._changed(row)

    def finish_unfinished(self) -> None:
        """After a task stopped abnormally: nothing is left looking busy."""
        for row, update in enumerate(self._rows):
            if not update.done:
                self._rows[row] = replace(update, state=CANCELLED)
                self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rows(self) -> list[ItemUpdate]:
        return list(self._rows)

    def row_of(self, key: str) -> ItemUpdate | None:
        row = self._index.get(key)
        return None if row is None else self._rows[row]

    def counts(self) -> Counter[str]:
        return Counter(u.state for u in self._rows)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("DOI / ISBN"), self.tr("Result"), self.tr("Authors"), self.tr("Title"),
                self.tr("Year"), self.tr("Source"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(u, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.RESULT:
                return msg.result_text(u)
            if col in (self.TITLE, self.AUTHORS):
                parts = [u.authors, u.title, u.container, str(u.year) if u.year else None]
                return "\n".join(p for p in parts if p) or None
            return self._display(u, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT:
            return QBrush(_colour(u))
        if role == Qt.ItemDataRole.FontRole and col == self.RESULT and _serious(u):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == self.RESULT:
            return _icon(u)
        if role == Qt.ItemDataRole.UserRole:
            return u
        return None

    def _display(self, u: ItemUpdate, col: int) -> str | None:
        if col == self.KEY:
            return f"ISBN {u.key}" if u.kind == ISBN else u.key
        if col == self.RESULT:
            return msg.result_text(u, full=False)
        if col == self.AUTHORS:
            return u.authors
        if col == self.TITLE:
            return u.title
        if col == self.YEAR:
            return str(u.year) if u.year else None
        if col == self.SOURCE:
            return msg.agency_name(u.agency) or None
        return None


def _serious(u: ItemUpdate) -> bool:
    return any(msg.is_serious(kind) for kind, _ in u.notices)


def _colour(u: ItemUpdate) -> QColor:
    if _serious(u) or u.state in (ci.FAILED, ci.NOT_FOUND):
        return _RED
    if u.state in (ci.QUEUED, CANCELLED) or u.notices:
        return _AMBER
    if u.state in (ci.ADDED, ci.ADDED_FROM_CACHE):
        return _GREEN
    return _GREY if u.state in (WAITING, FETCHING) else QColor("#202020")


def _icon(u: ItemUpdate) -> Any:
    style = QApplication.style()
    pixmap = QStyle.StandardPixmap
    if _serious(u) or u.state == ci.NOT_FOUND or u.notices:
        which = pixmap.SP_MessageBoxWarning
    elif u.state == ci.FAILED:
        which = pixmap.SP_MessageBoxCritical
    elif u.state in (ci.ADDED, ci.ADDED_FROM_CACHE):
        which = pixmap.SP_DialogApplyButton
    elif u.state == ci.ALREADY:
        which = pixmap.SP_FileDialogInfoView
    elif u.state == ci.QUEUED:
        which = pixmap.SP_BrowserReload
    elif u.state == FETCHING:
        which = pixmap.SP_ArrowRight
    elif u.state == CANCELLED:
        which = pixmap.SP_DialogCancelButton
    else:
        return None
    return style.standardIcon(which)


class AddDoiDialog(QDialog):
    """Non-modal; keep one instance and show it again. Signals:

    - `library_changed(list[int])`: ids added (and works a retraction notice flagged), a few
      times a second during a batch and once at its end;
    - `reference_selected(int)`: the user double-clicked (or pressed Enter on) a row whose work
      is in the library;
    - `batch_finished(dict)`: counts by status (`db.crossref_import` statuses, "cancelled");
    - `task_failed(object, str)`: an unexpected error stopped the batch (exception, traceback),
      for the crash dialog.
    """

    library_changed = Signal(list)
    reference_selected = Signal(int)
    batch_finished = Signal(dict)
    task_failed = Signal(object, str)

    def __init__(self, library: Library, client: CrossrefClient, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.client = client
        self.runner = runner or TaskRunner(self)
        self._handle: TaskHandle | None = None
        self._changed: list[int] = []
        self._error: str | None = None
        self.setWindowTitle(self.tr("Add by DOI"))
        self.setModal(False)

        intro = QLabel(self.tr(
            "Paste DOIs, doi.org links or any text that contains them: a reference list, an "
            "e-mail, a web page. Every DOI in it is added; ISBNs of books are looked up too."))
        intro.setWordWrap(True)
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText(self.tr(
            "10.1038/srep16696\nhttps://doi.org/10.7868/S0040357115030100\n"
            "Иванов И. И. Статья // Журнал. 2020. DOI: 10.xxxx/…"))
        self.input.setTabChangesFocus(True)
        self.found_label = QLabel()
        self.found_label.setObjectName("found")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("Add every DOI and ISBN in the text (Ctrl+Enter)"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.input, 1)
        row = QHBoxLayout()
        row.addWidget(self.found_label, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.add_button)
        top_layout.addLayout(row)

        self.model = DoiResultsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DoiResultsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in ((DoiResultsModel.KEY, 220), (DoiResultsModel.RESULT, 240),
                           (DoiResultsModel.AUTHORS, 170), (DoiResultsModel.YEAR, 48),
                           (DoiResultsModel.SOURCE, 96)):
            self.view.setColumnWidth(col, width)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the batch; what was already added stays"))
        self.cancel_button.setEnabled(False)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.view, 1)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        bottom_layout.addLayout(prow)
        bottom_layout.addWidget(self.summary_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DEBOUNCE_MS)
        self._count_timer.timeout.connect(self._update_found)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(CHANGE_COALESCE_MS)
        self._change_timer.timeout.connect(self._flush_changes)

        self.input.textChanged.connect(self._count_timer.start)
        self.add_button.clicked.connect(self.start)
        self.clear_button.clicked.connect(self._clear)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry_failed)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.close)
        self.view.activated.connect(self._activated)
        self.runner.finished.connect(self._task_finished)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self.start)
        self._update_found()
        self._show_counts()
        self.input.setFocus()
        self.resize(1100, 660)

    # ---------------------------------------------------------------- public
    @property
    def running(self) -> bool:
        return self._handle is not None and self._handle.running

    def set_text(self, text: str) -> None:
        """Prefill the text box (a drop, the clipboard, a selected reference list)."""
        self.input.setPlainText(text)

    @Slot()
    def start(self) -> bool:
        """Add every DOI and ISBN in the text box. False when nothing was started."""
        if self.running:
            return False
        entries = entries_in(self.input.toPlainText())
        if not entries:
            self.found_label.setText(self.tr("No DOI or ISBN found in the text."))
            return False
        self.model.reset(entries)
        self._run(entries)
        return True

    @Slot()
    def retry_failed(self) -> bool:
        """Run the failed, not found, queued and cancelled rows again."""
        if self.running:
            return False
        entries = [Entry(u.key, u.kind) for u in self.model.rows() if u.state in _FAILED_STATES]
        if not entries:
            return False
        self.model.requeue([e.key for e in entries])
        self._run(entries)
        return True

    @Slot()
    def cancel(self) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))

    @Slot()
    def copy_report(self) -> None:
        """Every row as a line of plain text on the clipboard."""
        lines = []
        for u in self.model.rows():
            key = f"ISBN {u.key}" if u.kind == ISBN else u.key
            title = f" — {u.title}" if u.title else ""
            lines.append(f"{key}: {msg.result_text(u)}{title}")
        QGuiApplication.clipboard().setText("\n".join(lines))

    # ---------------------------------------------------------------- the batch
    def _run(self, entries: list[Entry]) -> None:
        self._error = None
        self._set_running(True)
        self._show_counts()
        self._handle = self.runner.run(
            partial(run_batch, lib=self.library, client=self.client, entries=entries),
            label=self.tr("Adding by DOI"), on_item=self._on_item,
            on_failure=self._on_failure, on_success=self._on_success)

    def _set_running(self, running: bool) -> None:
        self.add_button.setEnabled(not running)
        self.retry_button.setEnabled(not running and any(
            u.state in _FAILED_STATES for u in self.model.rows()))
        self.cancel_button.setEnabled(running)
        self.cancel_button.setText(self.tr("Cancel"))
        self.input.setReadOnly(running)

    @Slot(object)
    def _on_item(self, update: ItemUpdate) -> None:
        self.model.apply(update)
        if update.done:
            self._changed.extend(i for i in update.changed_ids if i not in self._changed)
            if self._changed and not self._change_timer.isActive():
                self._change_timer.start()
            self._show_counts()

    @Slot(object)
    def _on_success(self, summary: BatchSummary) -> None:
        self.batch_finished.emit(dict(self.model.counts()))

    def _on_failure(self, exc: BaseException, details: str) -> None:
        self._error = str(exc)
        self.task_failed.emit(exc, details)

    @Slot(object)
    def _task_finished(self, handle: TaskHandle) -> None:
        if handle is not self._handle:
            return
        self.model.finish_unfinished()
        self._flush_changes()
        self._set_running(False)
        self._show_counts()
        self._fit_columns()
        if self._error is not None:
            self.summary_label.setText(self.tr("The batch stopped: %1").replace("%1", self._error))

    @Slot()
    def _flush_changes(self) -> None:
        self._change_timer.stop()
        if self._changed:
            ids, self._changed = self._changed, []
            self.library_changed.emit(ids)

    def _show_counts(self) -> None:
        rows = self.model.rows()
        done = sum(1 for u in rows if u.done)
        self.progress.setRange(0, max(1, len(rows)))
        self.progress.setValue(done)
        self.summary_label.setText(msg.summary_text(self.model.counts(), done, len(rows))
                                   if rows else "")

    def _fit_columns(self) -> None:
        """Identifier and result columns as wide as their longest text, within bounds (the
        title column takes the rest); done once per batch, not per row."""
        for col, low, high in ((DoiResultsModel.KEY, 160, 280),
                               (DoiResultsModel.RESULT, 200, 380)):
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, max(low, min(self.view.columnWidth(col), high)))

    # ---------------------------------------------------------------- small slots
    @Slot()
    def _update_found(self) -> None:
        entries = entries_in(self.input.toPlainText())
        dois = sum(1 for e in entries if e.kind != ISBN)
        isbns = len(entries) - dois
        if not entries:
            self.found_label.setText(self.tr("No DOI found yet."))
        elif isbns:
            self.found_label.setText(self.tr("Found: %1 DOI(s), %2 ISBN(s)")
                                     .replace("%1", str(dois)).replace("%2", str(isbns)))
        else:
            self.found_label.setText(self.tr("Found: %n DOI(s)", "", dois))

    @Slot()
    def _clear(self) -> None:
        if self.running:
            return
        self.input.clear()
        self.model.reset([])
        self._show_counts()
        self._set_running(False)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        update = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(update, ItemUpdate) and update.ref_id is not None:
            self.reference_selected.emit(update.ref_id)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        # Closing stops the batch; what is already stored stays, the task ends in the background.
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel()
        super().reject()
