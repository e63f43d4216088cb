"""The "Refresh from Crossref" dialog: fetch a reference's DOI again, show every field that would
change (yours and Crossref's value side by side), apply only the ticked ones in one transaction.

Fields the user edited since the last fetch (core/refresh.py `FieldChange.edited`) start
unticked. Without a cached earlier fetch (a DOI typed or attached by hand) every differing field
counts as edited; one that only fills an empty field starts ticked, as it overwrites nothing.

Threads: the fetch runs off the GUI thread with no session, then one short read computes the
diff against what is stored now; Apply is one write transaction run as a task, which first checks
that none of the ticked fields changed meanwhile.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.crossref import CrossrefClient, FetchResult
from core.errors import SiltemeError
from core.model import Reference
from core.refresh import FieldChange, apply_changes, field_changes
from db import crossref_cache
from db import references as refs_repo
from db.library import Library
from gui import crossref_messages as msg
from gui.doi_batch import failure_of
from gui.field_labels import csl_field_label
from gui.find_doi_dialog import reference_summary
from gui.tasks import TaskContext, TaskHandle, TaskRunner

CELL_CHARS = 160


class ChangedMeanwhileError(SiltemeError):
    """A ticked field no longer holds the value the diff showed (edited in another window)."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        super().__init__("changed meanwhile: " + ", ".join(keys))


@dataclass(frozen=True, slots=True)
class RefreshPlan:
    ref_id: int
    result: FetchResult
    changes: list[FieldChange]
    had_previous: bool               # a cached earlier fetch told edits from Crossref values

    def default_ticked(self, change: FieldChange) -> bool:
        return not change.edited or (change.old is None and not self.had_previous)


def plan_refresh(lib: Library, client: CrossrefClient, ref_id: int, doi: str,
                 cancel: Any = None) -> RefreshPlan:
    """Fetch (network, no session), then diff against the stored record (one short read)."""
    result = client.fetch(doi, cancel=cancel)
    with lib.read() as s:
        stored = refs_repo.get(s, ref_id)
        cached = crossref_cache.get(s, result.doi)
    previous: Reference | None = None
    if cached is not None:
        try:
            previous = cached.reference()
        except SiltemeError:
            previous = None  # an unreadable cache entry: treat every difference as an edit
    changes = field_changes(stored, result.reference, previous)
    return RefreshPlan(ref_id, result, changes, previous is not None)


def apply_refresh(lib: Library, plan: RefreshPlan, keys: list[str]) -> list[str]:
    """Write the fetched values of `keys` (and nothing else of the user's) plus the fetch's
    bookkeeping, and cache the response, in ONE transaction. Raises ChangedMeanwhileError, with
    nothing written, if a ticked field changed since the diff was made."""
    chosen = [c for c in plan.changes if c.key in set(keys)]
    with lib.transaction() as s:
        stored = refs_repo.get(s, plan.ref_id)
        now = stored.to_csl(include_id=False)
        moved = [c.key for c in chosen if now.get(c.key) != c.old]
        if moved:
            raise ChangedMeanwhileError(moved)
        merged = apply_changes(stored, plan.result.reference, chosen, overwrite_edited=True)
        refs_repo.update_reference(s, merged)
        crossref_cache.put(s, plan.result)
    return [c.key for c in chosen]


def format_value(value: Any) -> str:
    """A CSL value as one readable line: names, dates, lists."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict) and "date-parts" in value:
        parts = (value.get("date-parts") or [[]])[0]
        return "-".join(f"{int(p):02d}" if i else str(p) for i, p in enumerate(parts)) or "—"
    if isinstance(value, dict) and ("literal" in value or "raw" in value):
        return str(value.get("literal") or value.get("raw"))
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        if all("family" in v or "literal" in v for v in value):
            return "; ".join(v.get("literal") or ", ".join(p for p in (v.get("family"),
                                                                        v.get("given")) if p)
                             for v in value)
        if all("value" in v for v in value):
            return ", ".join(f"{v['value']} ({v.get('type') or '?'})" for v in value)
        if all("type" in v and "DOI" in v for v in value):
            return "; ".join(f"{msg.notice_word(str(v['type']))}: {v['DOI']}" for v in value)
    if isinstance(value, list):
        return ", ".join(format_value(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def _elide(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


class RefreshDialog(QDialog):
    """Signals: `library_changed(list[int])` after Apply (the dialog then closes with accept);
    `applied(int, list[str])`: the reference and the CSL keys written."""

    library_changed = Signal(list)
    applied = Signal(int, list)

    FIELD, OLD, NEW, NOTE = range(4)

    def __init__(self, library: Library, client: CrossrefClient, ref_id: int,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.client = client
        self.ref_id = ref_id
        self.runner = runner or TaskRunner(self)
        self.plan: RefreshPlan | None = None
        self._fetch: TaskHandle | None = None
        self._apply: TaskHandle | None = None
        self.reference = library.get(ref_id)
        self.setWindowTitle(self.tr("Refresh from Crossref"))

        self.ref_label = QLabel(reference_summary(self.reference))
        self.ref_label.setWordWrap(True)
        bold = self.ref_label.font()
        bold.setBold(True)
        self.ref_label.setFont(bold)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In your library"),
                                              self.tr("From Crossref"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Two long values that differ at their end (an added abbreviation) stay told apart.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.NEW, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.FIELD, 210)
        self.table.setColumnWidth(self.NOTE, 250)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Fetch again"))
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Tick none"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ref_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.retry_button.clicked.connect(self.fetch)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.table.itemChanged.connect(self._update_apply)
        self.runner.finished.connect(self._task_finished)
        self.resize(1060, 520)
        if self.reference.doi:
            self.fetch()
        else:
            self.busy.setVisible(False)
            self._set_status(self.tr("This reference has no DOI: use Find DOI first."),
                             error=True)
            self._set_enabled(False)
            self.retry_button.setEnabled(False)

    # ---------------------------------------------------------------- fetch
    @Slot()
    def fetch(self) -> None:
        if self._fetch is not None and self._fetch.running or not self.reference.doi:
            return
        self.plan = None
        self.table.setRowCount(0)
        self._set_enabled(False)
        self.retry_button.setEnabled(False)
        self.busy.setVisible(True)
        self.source_label.clear()
        self._set_status(self.tr("Fetching %1…").replace("%1", self.reference.doi))
        lib, client, ref_id, doi = self.library, self.client, self.ref_id, self.reference.doi

        def work(ctx: TaskContext) -> RefreshPlan:
            return plan_refresh(lib, client, ref_id, doi, ctx.cancel)

        self._fetch = self.runner.run(work, label=self.tr("Refreshing from Crossref"),
                                      on_success=self._fetched, on_failure=self._fetch_failed)

    @Slot(object)
    def _fetched(self, plan: RefreshPlan) -> None:
        self.plan = plan
        result = plan.result
        self.source_label.setText(self.tr("Metadata from %1, fetched %2.")
                                  .replace("%1", msg.agency_name(result.agency))
                                  .replace("%2", f"{result.fetched_at:%Y-%m-%d %H:%M}"))
        self.table.blockSignals(True)
        self.table.setRowCount(len(plan.changes))
        for row, change in enumerate(plan.changes):
            self._fill_row(row, change, plan.default_ticked(change))
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(self.NOTE)
        self.table.setColumnWidth(self.NOTE, max(160, min(self.table.columnWidth(self.NOTE) + 8,
                                                          360)))
        if plan.changes:
            self._set_enabled(True)
            edited = sum(1 for c in plan.changes if c.edited)
            text = self.tr("%n field(s) differ.", "", len(plan.changes))
            if edited:
                text += " " + self.tr("Fields you edited are not ticked: tick one to replace "
                                      "your value with Crossref's.")
            self._set_status(text)
        else:
            self._set_status(self.tr("Up to date: nothing differs from Crossref."))
        self._update_apply()

    def _fill_row(self, row: int, change: FieldChange, ticked: bool) -> None:
        field = QTableWidgetItem(csl_field_label(change.key, self.reference.type))
        field.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                       | Qt.ItemFlag.ItemIsUserCheckable)
        field.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        field.setData(Qt.ItemDataRole.UserRole, change.key)
        field.setToolTip(change.key)
        old, new = format_value(change.old), format_value(change.new)
        old_item, new_item = QTableWidgetItem(_elide(old)), QTableWidgetItem(_elide(new))
        old_item.setToolTip(old)
        new_item.setToolTip(new)
        notes = []
        if change.edited and self.plan is not None and self.plan.had_previous:
            notes.append(self.tr("edited by you"))
        elif change.edited and change.old is not None:
            notes.append(self.tr("yours (no earlier fetch to compare)"))
        if change.old is None:
            notes.append(self.tr("fills an empty field"))
        elif change.new is None:
            notes.append(self.tr("clears it: none at Crossref"))
        serious = change.key == "updated-by" and any(
            isinstance(u, dict) and msg.is_serious(str(u.get("type", "")))
            for u in change.new or [])
        if serious:
            notes.insert(0, "⚠ " + self.tr("retraction or concern notice"))
        note = QTableWidgetItem("; ".join(notes))
        note.setToolTip(note.text())
        if change.edited:
            note.setForeground(QBrush(QColor("#8a5a00")))
        if serious:
            note.setForeground(QBrush(QColor("#b3261e")))
            font = QFont(note.font())
            font.setBold(True)
            note.setFont(font)
        for col, item in ((self.FIELD, field), (self.OLD, old_item), (self.NEW, new_item),
                          (self.NOTE, note)):
            if col != self.FIELD:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, col, item)

    def _fetch_failed(self, exc: BaseException, details: str) -> None:
        code, status, detail = failure_of(exc)
        self._set_status(self.tr("Could not fetch: %1").replace(
            "%1", msg.failure_text(code, status, detail)), error=True)

    # ---------------------------------------------------------------- apply
    def ticked_keys(self) -> list[str]:
        keys = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.FIELD)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    @Slot()
    def apply(self) -> None:
        keys = self.ticked_keys()
        if self.plan is None or not keys or (self._apply is not None and self._apply.running):
            return
        self._set_enabled(False)
        self.busy.setVisible(True)
        lib, plan = self.library, self.plan
        self._apply = self.runner.run(lambda ctx: apply_refresh(lib, plan, keys),
                                      label=self.tr("Applying changes"),
                                      on_success=self._applied, on_failure=self._apply_failed)

    @Slot(object)
    def _applied(self, keys: list[str]) -> None:
        self.library_changed.emit([self.ref_id])
        self.applied.emit(self.ref_id, keys)
        self._set_status(self.tr("%n field(s) updated.", "", len(keys)))
        self.accept()

    def _apply_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, ChangedMeanwhileError):
            names = ", ".join(csl_field_label(k, self.reference.type) for k in exc.keys)
            self._set_status(self.tr("Nothing was changed: %1 changed meanwhile. Fetch again "
                                     "to compare with what is stored now.").replace("%1", names),
                             error=True)
        else:
            self._set_status(self.tr("Nothing was changed: %1").replace("%1", str(exc)),
                             error=True)

    # ---------------------------------------------------------------- small things
    @Slot(object)
    def _task_finished(self, handle: TaskHandle) -> None:
        if handle is self._fetch or handle is self._apply:
            self.busy.setVisible(False)
            self.retry_button.setEnabled(True)
            if handle is self._apply and self.plan is not None and self.plan.changes:
                self._set_enabled(True)
            self._update_apply()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.FIELD)
            if item is not None:
                item.setCheckState(state)

    @Slot()
    def _update_apply(self) -> None:
        n = len(self.ticked_keys())
        busy = any(h is not None and h.running for h in (self._fetch, self._apply))
        self.apply_button.setEnabled(self.plan is not None and n > 0 and not busy)
        self.apply_button.setText(self.tr("Apply %n change(s)", "", n) if n else self.tr("Apply"))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.all_button, self.none_button, self.table):
            widget.setEnabled(enabled)
        if not enabled:
            self.apply_button.setEnabled(False)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.status_label.setText(text)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if self._fetch is not None:
            self._fetch.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._fetch is not None:
            self._fetch.cancel()
        super().reject()
