"""Importing files into the window's library, from Ctrl+I or files dropped on the window: metric
lists (CiteScore, SCImago, WoS, ministry lists) go to the journals' metric import; reference files
and PDFs to the import dialog (files, target collection), then one background task imports them
file by file (gui/import_run.py) with progress and cancel in the status bar; PDFs without a DOI
ask which Crossref work they are; last, the import summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from core.errors import SiltemeError
from db import collections as coll_repo
from gui.changes import Changes
from gui.import_dialog import ImportDialog, import_filters
from gui.import_run import (
    PDF_SKIPPED,
    ImportRun,
    PdfReport,
    import_chosen_pdf,
    metric_kind,
    run_imports,
)
from gui.tasks import TaskHandle

if TYPE_CHECKING:
    from gui.import_summary_dialog import ImportSummaryDialog
    from gui.main_window import MainWindow
    from gui.pdf_match_dialog import PdfMatchDialog


class ImportFlow(QObject):
    """One per window. `dialog`, `match_dialog` and `summary` are the dialog shown at each
    step (for tests and for the window's close)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self.match_dialog: PdfMatchDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.task: TaskHandle | None = None
        self._run: ImportRun | None = None
        self._queue: list[PdfReport] = []

    # ------------------------------------------------------------------ choosing files
    def choose(self) -> QWidget | None:
        """Ctrl+I: choose files (several at once), then the import dialog."""
        start = self.window._last_dir("import")
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import references"),
                                                str(start), ";;".join(import_filters()))
        if not names:
            return None
        self.window.preferences.set_value("dirs/import", str(Path(names[0]).parent))
        return self.start([Path(n) for n in names])

    def start(self, paths: Sequence[Path]) -> QWidget | None:
        """Files chosen or dropped: metric lists open the metric import, the rest the import
        dialog (with the sidebar's collection as the default target)."""
        references: list[Path] = []
        opened: QWidget | None = None
        for path in paths:
            kind = metric_kind(path)
            if kind is None:
                references.append(path)
            else:
                opened = self.window.open_metric_import(path, None if kind == "unknown"
                                                        else kind)
        if not references:
            return opened
        try:
            with self.window.library.read() as s:
                collections = coll_repo.all_collections(s)
        except (SiltemeError, SQLAlchemyError):
            collections = []
        scope = self.window.current_scope()
        current = scope.id if scope.kind == "collection" else None
        dialog = ImportDialog(references, collections, current, start_dir=references[0].parent,
                              parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_import.connect(self.run)
        dialog.destroyed.connect(lambda _=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ importing
    def run(self, paths: list[Path], collection_id: int | None) -> TaskHandle:
        """Import in the background; the status bar shows the progress and a cancel button."""
        window = self.window
        library = window.library
        pattern = window.settings.citekey_pattern
        client = window.crossref.client if any(p.suffix.lower() == ".pdf" for p in paths) \
            else None
        count = len(paths)
        label = self.tr("Importing %n file(s)", "", count)
        self.task = window.run_task(
            lambda ctx: run_imports(ctx, library, paths, collection_id=collection_id,
                                    pattern=pattern, client=client),
            label=label, on_success=self._imported)
        return self.task

    def _imported(self, run: ImportRun) -> None:
        self._changed(run, run.touched_ids)
        self._run = run
        self._queue = run.pending_pdfs
        self._next_pdf()

    def _changed(self, run: ImportRun, ids: list[int]) -> None:
        if ids or run.collection_id is not None:
            self.window.notify(Changes.of(ids, collections=run.collection_id is not None))

    # ------------------------------------------------------------------ PDFs without a DOI
    def _next_pdf(self) -> None:
        if not self._queue:
            self._show_summary()
            return
        from gui.pdf_match_dialog import PdfMatchDialog

        report = self._queue.pop(0)
        dialog = PdfMatchDialog(report.path, report.found_title, report.candidates,
                                self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda doi: self._pdf_chosen(report, doi))
        dialog.skipped.connect(lambda: self._pdf_skipped(report))
        self.match_dialog = dialog
        dialog.open()

    def _pdf_skipped(self, report: PdfReport) -> None:
        report.status = PDF_SKIPPED
        self.match_dialog = None
        self._next_pdf()

    def _pdf_chosen(self, report: PdfReport, doi: str) -> None:
        self.match_dialog = None
        window, run = self.window, self._run
        assert run is not None
        library, client = window.library, window.crossref.client

        def done(chosen: PdfReport) -> None:
            run.files[run.files.index(report)] = chosen
            if chosen.ref_id is not None:
                run.titles[chosen.ref_id] = chosen.title or ""
            self._changed(run, [chosen.ref_id] if chosen.written and chosen.ref_id else [])
            self._next_pdf()

        def failed(exc: BaseException, tb: str) -> None:
            report.status, report.reason = "failed", str(exc)
            self._next_pdf()

        self.task = window.run_task(
            lambda ctx: import_chosen_pdf(ctx, library, report, doi, client, run.collection_id),
            label=self.tr("Importing {file}").format(file=report.path.name),
            on_success=done, on_failure=failed)

    # ------------------------------------------------------------------ the summary
    def _show_summary(self) -> None:
        from gui.import_summary_dialog import ImportSummaryDialog

        run = self._run
        if run is None:
            return
        window = self.window
        dialog = ImportSummaryDialog(run,
                                     parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_references.connect(window.show_references)
        dialog.duplicates_requested.connect(window.open_duplicates)
        dialog.destroyed.connect(lambda _=None: setattr(self, "summary", None))
        self.summary = dialog
        dialog.open()
