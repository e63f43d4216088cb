"""Import of journal metric files (Scopus CiteScore, Scopus source list, SCImago, Web of Science
Master Journal List, the ministry list) with a preview of what the importer detected, then the
import itself off the GUI thread with progress and cancel, a backup first, and a summary to read
and copy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.journals import importers
from core.journals.importers.base import PREVIEW_ROWS, ImportResult, Preview
from core.journals.importers.tabular import estimate_rows
from db import journals as repo
from db.journals import ImportSummary
from db.library import Library
from gui.journal_widgets import OptionalDate, error_message
from gui.tasks import TaskContext, TaskHandle, TaskRunner

PREVIEW_DELAY_MS = 300
YEAR_FROM_FILE = 1999     # the year spin box's "from the file" value
KOKSNVO_FIELDS = ("title", "issn", "eissn", "level", "directions", "publisher", "valid_from",
                  "valid_to", "order_no", "order_date")


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import did: the parsed file, the stored summary, the backup made before it."""

    result: ImportResult
    summary: ImportSummary
    backup: Path


class MetricImportDialog(QDialog):
    """Choose a file and its kind, look at the preview, import. `imported(ImportOutcome)` after a
    successful import (the library changed)."""

    imported = Signal(object)
    previewed = Signal(object)      # the preview's ImportResult, or None after an error

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None, *,
                 path: Path | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.preview_result: ImportResult | None = None
        self.outcome: ImportOutcome | None = None
        self._finished_outcome: ImportOutcome | None = None
        self._preview_task: TaskHandle | None = None
        self._import_task: TaskHandle | None = None
        self._preview_token = 0
        self._close_when_done = False
        self._mapping: dict[str, str] = {}
        self.setWindowTitle(self.tr("Import journal metrics"))
        self.resize(900, 720)
        self._build()
        self.runner.finished.connect(self._task_finished)
        if kind is not None:
            self.set_kind(kind)
        if path is not None:
            self.file_edit.setText(str(path))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("The file to import"))
        file_row.addWidget(self.file_edit, 1)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        file_row.addWidget(self.browse_button)
        form.addRow(self.tr("File"), file_row)
        self.kind_combo = QComboBox(self)
        for kind, label in (
                ("scopus-citescore", self.tr("Scopus CiteScore metrics (.xlsx, .csv)")),
                ("scopus-sources", self.tr("Scopus source title list, ext_list (.xlsx)")),
                ("scimago", self.tr("SCImago Journal Rank (.csv)")),
                ("wos", self.tr("Web of Science Master Journal List (.csv)")),
                ("koksnvo", self.tr("Ministry list, KOKSNVO (.xlsx, .csv)"))):
            self.kind_combo.addItem(label, kind)
        form.addRow(self.tr("Kind of file"), self.kind_combo)
        lay.addLayout(form)

        self.options = QGroupBox(self.tr("Options"), self)
        of = QFormLayout(self.options)
        self.year_spin = QSpinBox(self.options)
        self.year_spin.setRange(YEAR_FROM_FILE, dt.date.today().year + 1)
        self.year_spin.setSpecialValueText(self.tr("from the sheet or file name"))
        self.year_spin.setValue(YEAR_FROM_FILE)
        self.year_label = QLabel(self.tr("Metric year"), self.options)
        of.addRow(self.year_label, self.year_spin)
        self.index_combo = QComboBox(self.options)
        self.index_combo.addItem(self.tr("choose the index of this list"), None)
        for code in ("SSCI", "AHCI", "SCIE", "ESCI"):
            self.index_combo.addItem(code, code)
        self.index_label = QLabel(self.tr("Web of Science index"), self.options)
        of.addRow(self.index_label, self.index_combo)
        self.list_date = OptionalDate(self.tr("given"), self.options)
        self.list_date_label = QLabel(self.tr("List date"), self.options)
        of.addRow(self.list_date_label, self.list_date)
        self.level_combo = QComboBox(self.options)
        self.level_combo.addItem(self.tr("from the file"), None)
        for label, level in ((self.tr("List 1"), "1"), (self.tr("List 2"), "2"),
                             (self.tr("List 3"), "3"),
                             (self.tr("Departmental journals"), "special"),
                             (self.tr("Conference proceedings"), "conference"),
                             (self.tr("Trusted publisher"), "trusted_publisher")):
            self.level_combo.addItem(label, level)
        self.level_label = QLabel(self.tr("Level for rows without one"), self.options)
        of.addRow(self.level_label, self.level_combo)
        self.order_edit = QLineEdit(self.options)
        self.order_edit.setPlaceholderText(self.tr("e.g. V2500036221"))
        self.order_label = QLabel(self.tr("Ministry order number"), self.options)
        of.addRow(self.order_label, self.order_edit)
        self.partial_check = QCheckBox(self.tr("This file is an excerpt, not the whole list (a "
                                               "journal missing from it stays “unknown”)"),
                                       self.options)
        of.addRow("", self.partial_check)
        lay.addWidget(self.options)

        split = QSplitter(Qt.Orientation.Vertical, self)
        pv = QWidget(split)
        pl = QVBoxLayout(pv)
        pl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.sheet_combo = QComboBox(pv)
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        head.addWidget(QLabel(self.tr("Preview of sheet"), pv))
        head.addWidget(self.sheet_combo, 1)
        self.header_label = QLabel(pv)
        head.addWidget(self.header_label, 2)
        pl.addLayout(head)
        self.preview_error = QLabel(pv)
        self.preview_error.setWordWrap(True)
        self.preview_error.setStyleSheet("color: #c62828;")
        self.preview_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_error.setVisible(False)
        pl.addWidget(self.preview_error)
        tables = QHBoxLayout()
        self.mapping_table = QTableWidget(0, 2, pv)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"),
                                                      self.tr("Column in the file")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setMaximumWidth(460)
        self.mapping_table.setMinimumWidth(360)
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        tables.addWidget(self.mapping_table)
        self.rows_table = QTableWidget(0, 0, pv)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        tables.addWidget(self.rows_table, 1)
        pl.addLayout(tables, 1)
        pl.addWidget(QLabel(self.tr("Problems in the first rows"), pv))
        self.problems_list = QListWidget(pv)
        self.problems_list.setMaximumHeight(90)
        pl.addWidget(self.problems_list)
        split.addWidget(pv)

        res = QWidget(split)
        rl = QVBoxLayout(res)
        rl.setContentsMargins(0, 0, 0, 0)
        prog = QHBoxLayout()
        self.progress = QProgressBar(res)
        self.progress.setVisible(False)
        prog.addWidget(self.progress, 1)
        self.status_label = QLabel(res)
        prog.addWidget(self.status_label, 1)
        rl.addLayout(prog)
        self.summary_edit = QPlainTextEdit(res)
        self.summary_edit.setReadOnly(True)
        self.summary_edit.setPlaceholderText(self.tr("The import summary appears here."))
        rl.addWidget(self.summary_edit, 1)
        split.addWidget(res)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 160])
        lay.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy summary"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_summary)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.import_button)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        buttons.addWidget(self.cancel_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.file_edit.textChanged.connect(self._file_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.year_spin.valueChanged, self.index_combo.currentIndexChanged,
                       self.level_combo.currentIndexChanged, self.order_edit.textChanged,
                       self.list_date.check.toggled, self.list_date.edit.dateChanged):
            signal.connect(self._schedule_preview)
        self._kind_changed()

    # ------------------------------------------------------------------ choices
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        i = self.kind_combo.findData(kind)
        if i >= 0:
            self.kind_combo.setCurrentIndex(i)

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        start = str(self.path().parent) if self.path() else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a metrics file"), start,
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            self.file_edit.setText(name)

    def _file_changed(self) -> None:
        path = self.path()
        if path is not None:
            guessed = importers.guess_kind(path.name)
            if guessed is not None and guessed != self.kind():
                self.set_kind(guessed)      # schedules the preview itself
                return
            if self.kind() == "wos":
                self._index_from_name(path.name)
        self._schedule_preview()

    def _index_from_name(self, name: str) -> None:
        from core.journals.importers.wos import index_in_name

        index = index_in_name(name)
        if index is not None:
            self.index_combo.setCurrentIndex(self.index_combo.findData(index))

    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = {
            "year": kind in ("scopus-citescore", "scimago"),
            "index": kind == "wos",
            "list_date": kind in ("wos", "koksnvo"),
            "level": kind == "koksnvo",
            "order": kind == "koksnvo",
        }
        for key, widgets in (("year", (self.year_label, self.year_spin)),
                             ("index", (self.index_label, self.index_combo)),
                             ("list_date", (self.list_date_label, self.list_date)),
                             ("level", (self.level_label, self.level_combo)),
                             ("order", (self.order_label, self.order_edit))):
            for w in widgets:
                w.setVisible(shown[key])
        self.list_date_label.setText(self.tr("Valid from") if kind == "koksnvo"
                                     else self.tr("List date"))
        self._mapping = {}
        path = self.path()
        if kind == "wos" and path is not None:
            self._index_from_name(path.name)
        self._schedule_preview()

    def options_dict(self) -> dict[str, Any]:
        """The importer options the form gives (what `importers.parse` takes)."""
        kind = self.kind()
        year = self.year_spin.value()
        return {
            "year": year if year != YEAR_FROM_FILE and kind in ("scopus-citescore", "scimago")
            else None,
            "index": self.index_combo.currentData() if kind == "wos" else None,
            "list_date": self.list_date.value() if kind in ("wos", "koksnvo") else None,
            "level": self.level_combo.currentData() if kind == "koksnvo" else None,
            "order_no": (self.order_edit.text().strip() or None) if kind == "koksnvo" else None,
            "mapping": dict(self._mapping) if kind == "koksnvo" else None,
        }

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self) -> None:
        self.import_button.setEnabled(False)
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Parse the first rows (off the GUI thread) and show what the importer detected."""
        self._preview_timer.stop()
        self._preview_token += 1
        token = self._preview_token
        path = self.path()
        if self._preview_task is not None and self._preview_task.running:
            self._preview_task.cancel()
        if path is None:
            self._clear_preview()
            return
        kind, options = self.kind(), self.options_dict()

        def work(ctx: TaskContext) -> ImportResult:
            return importers.parse(kind, path, limit=PREVIEW_ROWS, **options)

        self.header_label.setText(self.tr("Reading the first rows…"))
        self._preview_task = self.runner.run(
            work, label=self.tr("Previewing {file}").format(file=path.name),
            on_success=lambda result: self._preview_done(token, result),
            on_failure=lambda exc, tb: self._preview_failed(token, exc))

    def _clear_preview(self) -> None:
        self.preview_result = None
        self.sheet_combo.clear()
        self.header_label.clear()
        self.mapping_table.setRowCount(0)
        self.rows_table.setRowCount(0)
        self.rows_table.setColumnCount(0)
        self.problems_list.clear()
        self.preview_error.setVisible(False)
        self.import_button.setEnabled(False)

    def _preview_failed(self, token: int, exc: BaseException) -> None:
        if token != self._preview_token:
            return
        self._clear_preview()
        self.preview_error.setText(error_message(exc))
        self.preview_error.setVisible(True)
        self.previewed.emit(None)

    def _preview_done(self, token: int, result: ImportResult) -> None:
        if token != self._preview_token:
            return
        self.preview_result = result
        self.preview_error.setVisible(False)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        first = 0
        for n, p in enumerate(result.previews):
            self.sheet_combo.addItem(p.sheet or result.file_name)
            if p.header_row is None and first == n:
                first = n + 1
        self.sheet_combo.setCurrentIndex(min(first, max(0, len(result.previews) - 1)))
        self.sheet_combo.blockSignals(False)
        self._show_sheet()
        self.problems_list.clear()
        for problem in result.problems:
            kind = self.tr("rejected") if problem.rejected else self.tr("warning")
            self.problems_list.addItem(f"{kind}: {problem}")
        if not result.problems:
            self.problems_list.addItem(self.tr("none"))
        self.import_button.setEnabled(self._import_task is None)
        self.previewed.emit(result)

    def current_preview(self) -> Preview | None:
        if self.preview_result is None or not self.preview_result.previews:
            return None
        i = max(0, self.sheet_combo.currentIndex())
        return self.preview_result.previews[min(i, len(self.preview_result.previews) - 1)]

    def _show_sheet(self) -> None:
        p = self.current_preview()
        result = self.preview_result
        if p is None or result is None:
            return
        detected = result.edition or result.file_name
        if p.header_row is None:
            self.header_label.setText(self.tr("{edition}: sheet skipped ({note})").format(
                edition=detected, note=p.note or ""))
        else:
            self.header_label.setText(self.tr("{edition}: header on row {row}").format(
                edition=detected, row=p.header_row) + (f"; {p.note}" if p.note else ""))
        editable = self.kind() == "koksnvo" and p.header_row is not None
        self.mapping_table.setRowCount(len(p.mapping))
        for r, (name, header) in enumerate(p.mapping.items()):
            self.mapping_table.setItem(r, 0, QTableWidgetItem(self._field_label(name)))
            if editable:
                combo = QComboBox(self.mapping_table)
                combo.addItem(self.tr("not used"), "")
                for column in p.columns:
                    if column:
                        combo.addItem(column, column)
                combo.setCurrentIndex(max(0, combo.findData(header or "")))
                combo.currentIndexChanged.connect(
                    lambda _i, field=name, box=combo: self._map(field, str(box.currentData())))
                self.mapping_table.setCellWidget(r, 1, combo)
            else:
                self.mapping_table.removeCellWidget(r, 1)
                self.mapping_table.setItem(r, 1, QTableWidgetItem(
                    header if header is not None else self.tr("(not found)")))
        self.mapping_table.resizeColumnToContents(0)
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(p.columns))
        self.rows_table.setHorizontalHeaderLabels(p.columns)
        self.rows_table.setRowCount(len(p.rows))
        for r, values in enumerate(p.rows):
            for c, value in enumerate(values[:len(p.columns)]):
                self.rows_table.setItem(r, c, QTableWidgetItem(value))
        self.rows_table.resizeColumnsToContents()
        for c in range(self.rows_table.columnCount()):
            self.rows_table.setColumnWidth(c, min(self.rows_table.columnWidth(c), 260))

    def _map(self, field: str, header: str) -> None:
        self._mapping[field] = header
        self._schedule_preview()

    def set_mapping(self, field: str, header: str) -> None:
        """Take `field` from the column `header` ("" = not used): what the combo boxes do."""
        self._map(field, header)

    def _field_label(self, name: str) -> str:
        return {
            "title": self.tr("Title"), "issn": self.tr("ISSN (print)"),
            "eissn": self.tr("ISSN (electronic)"), "level": self.tr("List level"),
            "directions": self.tr("Scientific directions"), "publisher": self.tr("Publisher"),
            "valid_from": self.tr("Valid from"), "valid_to": self.tr("Valid to"),
            "order_no": self.tr("Order number"), "order_date": self.tr("Order date"),
            "source_id": self.tr("Scopus source id"), "citescore": self.tr("CiteScore"),
            "snip": "SNIP", "sjr": "SJR", "subject_code": self.tr("ASJC code"),
            "subject_name": self.tr("Subject"), "percentile": self.tr("Percentile"),
            "rank": self.tr("Rank"), "rank_out_of": self.tr("Rank out of"),
            "type": self.tr("Source type"), "quartile": self.tr("Quartile"),
            "print_issn": self.tr("ISSN (print)"), "e_issn": self.tr("ISSN (electronic)"),
            "year": self.tr("Year"), "country": self.tr("Country"),
            "categories": self.tr("Categories"), "address": self.tr("Publisher address"),
            "languages": self.tr("Languages"), "coverage": self.tr("Coverage"),
            "active": self.tr("Active or inactive"), "discontinued": self.tr("Discontinued"),
        }.get(name, name)

    # ------------------------------------------------------------------ import
    def start_import(self) -> None:
        """Back up the library, parse the whole file and store it in one transaction, off the
        GUI thread; Cancel stops it and leaves the library as it was."""
        path = self.path()
        if path is None or self._import_task is not None:
            return
        kind, options = self.kind(), self.options_dict()
        partial = self.partial_check.isChecked()
        library = self.library
        total = estimate_rows(path) or 0

        def work(ctx: TaskContext) -> ImportOutcome:
            def rows_read(n: int) -> None:
                ctx.check()
                ctx.progress(n, total, "read")

            ctx.progress(0, total, "read")
            result = importers.parse(kind, path, progress=rows_read, **options)
            ctx.check()
            ctx.progress(0, 0, "backup")
            backup = library.backup("before-journal-import")
            ctx.check()
            ctx.progress(0, 0, "write")
            index = options.get("index") or result.wos_index()
            with library.transaction() as s:
                summary = repo.import_dataset(s, result, partial=partial, index_name=index,
                                              check=ctx.check)
            return ImportOutcome(result, summary, backup)

        self._set_busy(True)
        self.summary_edit.clear()
        self.status_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self._import_task = self.runner.run(
            work, label=self.tr("Importing {file}").format(file=path.name),
            on_success=self._import_done, on_failure=self._import_failed,
            on_progress=self._import_progress)

    def _import_progress(self, done: int, total: int, phase: str) -> None:
        if phase == "read":
            self.progress.setRange(0, max(total, done) if total else 0)
            self.progress.setValue(done)
            self.status_label.setText(self.tr("Reading rows: {count}").format(count=done))
        elif phase == "backup":
            self.progress.setRange(0, 0)
            self.status_label.setText(self.tr("Backing up the library…"))
        else:
            self.progress.setRange(0, 0)
            self.status_label.setText(self.tr("Writing to the library…"))

    def _set_busy(self, busy: bool) -> None:
        for w in (self.file_edit, self.browse_button, self.kind_combo, self.options,
                  self.sheet_combo, self.mapping_table):
            w.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview_result is not None)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _task_finished(self, handle: TaskHandle) -> None:
        """The import task ended (done, failed or cancelled): the dialog is ready again, then
        `imported` tells the world."""
        if handle is not self._import_task:
            return
        self._import_task = None
        self._set_busy(False)
        outcome, self._finished_outcome = self._finished_outcome, None
        if outcome is None and handle.cancelled:
            self.status_label.setText(self.tr("Import cancelled: the library was not changed."))
            self.summary_edit.setPlainText(self.status_label.text())
            self.copy_button.setEnabled(True)
        if self._close_when_done:
            self.reject()
        if outcome is not None:
            self.imported.emit(outcome)

    def _import_done(self, outcome: ImportOutcome) -> None:
        self.outcome = self._finished_outcome = outcome
        self.status_label.setText(self.tr("Import finished."))
        self.summary_edit.setPlainText(self.summary_text(outcome))
        self.copy_button.setEnabled(True)

    def _import_failed(self, exc: BaseException, tb: str) -> None:
        self.status_label.setText(self.tr("Import failed: the library was not changed."))
        self.summary_edit.setPlainText(error_message(exc))
        self.copy_button.setEnabled(True)

    def summary_text(self, outcome: ImportOutcome) -> str:
        result, summary = outcome.result, outcome.summary
        lines = [f"{result.file_name}: {result.edition or self.kind()}"]
        if summary.reimport:
            lines.append(self.tr("The same file was imported before: updated in place."))
        lines.append(self.tr("Imported {imported}, updated {updated}, unchanged {unchanged}, "
                             "rejected {rejected} rows; {new} new journals.").format(
            imported=summary.imported, updated=summary.updated, unchanged=summary.unchanged,
            rejected=summary.rejected, new=summary.new_journals))
        lines.append(self.tr("Backup made before the import: {path}").format(
            path=outcome.backup))
        if summary.problems:
            lines.append(self.tr("Problems ({count}):").format(count=len(summary.problems)))
            for p in summary.problems:
                kind = self.tr("rejected") if p.rejected else self.tr("warning")
                lines.append(f"  {kind}: {p}")
        return "\n".join(lines)

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_edit.toPlainText())

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Closing while an import runs cancels it first; the dialog closes when it stopped."""
        if self._import_task is not None:
            self._close_when_done = True
            self.cancel_import()
            return
        if self._preview_task is not None and self._preview_task.running:
            self._preview_task.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._import_task is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @property
    def running(self) -> bool:
        return self._import_task is not None
