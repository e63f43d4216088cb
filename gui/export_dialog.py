"""The export dialog: BibTeX, RIS or CSL-JSON; the selected references, a collection (with its
sub-collections, as the sidebar lists it) or the whole library; a file name in any script
(`Әдебиеттер тізімі.bib`). The file is written off the GUI thread with progress and cancel, under
a temporary name renamed into place when complete, so a cancel or a full disk never leaves half a
file where the user expects one."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from core.errors import SiltemeError
from core.settings import Settings
from db import collections as coll_repo
from db import references as repo
from db.library import Library
from db.references import ListFilter
from gui.collection_tree import add_collection_items
from gui.messages import user_message
from gui.tasks import TaskContext, TaskHandle, TaskRunner

FORMATS: tuple[tuple[str, str, str], ...] = (
    ("bibtex", "BibTeX", ".bib"), ("ris", "RIS", ".ris"), ("csl-json", "CSL-JSON", ".json"))
SELECTION, COLLECTION, LIBRARY = "selection", "collection", "library"


def export_ids(lib: Library, scope: str, ids: Sequence[int], collection_id: int | None,
               subcollections: bool) -> list[int] | None:
    """The ids to write (None: every live reference, in library order)."""
    if scope == SELECTION:
        return list(ids)
    if scope == COLLECTION and collection_id is not None:
        with lib.read() as s:
            return repo.list_ids(s, sort="id", where=ListFilter(
                collection_id=collection_id, subcollections=subcollections))
    return None


def write_export(ctx: TaskContext, lib: Library, fmt: str, path: Path, ids: list[int] | None,
                 pattern: str) -> int:
    """Write the file (the task's function): a temporary file beside it, renamed when done."""
    from db.exporter import export

    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            count = export(lib, fmt, out, ids=ids, pattern=pattern,
                           progress=lambda done, total: ctx.progress(done, total),
                           cancel=ctx.cancel)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


class ExportDialog(QDialog):
    """`exported(path, count)` after a file was written (the dialog stays open on the result)."""

    exported = Signal(str, int)

    def __init__(self, library: Library, runner: TaskRunner, selected: Sequence[int], *,
                 collection_id: int | None = None, settings: Settings | None = None,
                 start_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.library = library
        self.runner = runner
        self.selected = list(selected)
        self.settings = settings or Settings()
        self.start_dir = start_dir or Path.home()
        self.task: TaskHandle | None = None
        self.written: Path | None = None
        self._name_edited = False

        self.format_box = QGroupBox(self)
        self.format_group = QButtonGroup(self)
        format_row = QHBoxLayout(self.format_box)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, label, _suffix in FORMATS:
            button = QRadioButton(label, self.format_box)
            button.setObjectName(f"format:{key}")
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.format_buttons["bibtex"].setChecked(True)

        self.scope_box = QGroupBox(self)
        self.scope_group = QButtonGroup(self)
        self.selection_radio = QRadioButton(self.scope_box)
        self.selection_radio.setObjectName("scope:selection")
        self.collection_radio = QRadioButton(self.scope_box)
        self.collection_radio.setObjectName("scope:collection")
        self.library_radio = QRadioButton(self.scope_box)
        self.library_radio.setObjectName("scope:library")
        for button in (self.selection_radio, self.collection_radio, self.library_radio):
            self.scope_group.addButton(button)
        self.collection = QComboBox(self.scope_box)
        self.collection.setObjectName("exportCollection")
        self.subcollections = QCheckBox(self.scope_box)
        self.subcollections.setChecked(True)
        grid = QGridLayout(self.scope_box)
        grid.addWidget(self.selection_radio, 0, 0, 1, 2)
        grid.addWidget(self.collection_radio, 1, 0)
        grid.addWidget(self.collection, 1, 1)
        grid.addWidget(self.subcollections, 2, 1)
        grid.addWidget(self.library_radio, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("exportFile")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browse")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.result = QLabel(self)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("startExport")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeExport")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.format_box)
        layout.addWidget(self.scope_box)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._total = self._fill_collections(collection_id)
        self.selection_radio.setEnabled(bool(self.selected))
        self.collection_radio.setEnabled(self.collection.count() > 0)
        if self.selected:
            self.selection_radio.setChecked(True)
        elif collection_id is not None and self.collection.count():
            self.collection_radio.setChecked(True)
        else:
            self.library_radio.setChecked(True)
        self.format_group.buttonToggled.connect(lambda *_: self._suggest_name())
        self.scope_group.buttonToggled.connect(lambda *_: self._scope_changed())
        self.collection.currentIndexChanged.connect(lambda _: self._scope_changed())
        self.file_edit.textEdited.connect(self._file_edited)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self._scope_changed()
        self.resize(600, 0)

    # ------------------------------------------------------------------ choices
    def _fill_collections(self, current: int | None) -> int:
        try:
            with self.library.read() as s:
                rows = coll_repo.all_collections(s)
                total = repo.count(s)
        except (SiltemeError, SQLAlchemyError):
            rows, total = [], 0
        add_collection_items(self.collection, rows)
        index = self.collection.findData(current) if current is not None else -1
        self.collection.setCurrentIndex(max(index, 0))
        return total

    def format(self) -> str:
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return "bibtex"

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def scope(self) -> str:
        if self.selection_radio.isChecked():
            return SELECTION
        if self.collection_radio.isChecked():
            return COLLECTION
        return LIBRARY

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._name_edited = True

    def _suffix(self) -> str:
        return next(s for key, _label, s in FORMATS if key == self.format())

    def _scope_changed(self) -> None:
        self.collection.setEnabled(self.collection_radio.isChecked())
        self.subcollections.setEnabled(self.collection_radio.isChecked())
        self._suggest_name()

    def _file_edited(self, _text: str) -> None:
        self._name_edited = True

    def _suggest_name(self) -> None:
        """A file name from the scope and format, until the user types or chooses one; after
        that only its extension follows the format."""
        path = self.path()
        if self._name_edited and path is not None:
            known = {s for _k, _l, s in FORMATS}
            if path.suffix.lower() in known and path.suffix.lower() != self._suffix():
                self.file_edit.setText(str(path.with_suffix(self._suffix())))
            return
        if self.scope() == COLLECTION and self.collection.currentIndex() >= 0:
            stem = self.collection.currentText().strip() or "collection"
        elif self.scope() == SELECTION:
            stem = self.tr("references")
        else:
            stem = self.tr("library")
        safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in stem)
        self.file_edit.setText(str(self.start_dir / f"{safe}{self._suffix()}"))

    def browse(self) -> None:
        filters = {"bibtex": self.tr("BibTeX (*.bib)"), "ris": self.tr("RIS (*.ris)"),
                   "csl-json": self.tr("CSL-JSON (*.json)")}
        current = self.path() or self.start_dir
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(current),
                                              filters[self.format()])
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(self._suffix())
            self.set_path(path)

    # ------------------------------------------------------------------ the export
    def start(self) -> TaskHandle | None:
        path = self.path()
        if path is None:
            self._say(self.tr("Choose a file to write."), error=True)
            return None
        if not path.parent.is_dir():
            self._say(self.tr("The folder {folder} does not exist.").format(
                folder=path.parent), error=True)
            return None
        if self.task is not None and self.task.running:
            return None
        library, fmt, pattern = self.library, self.format(), self.settings.citekey_pattern
        scope = self.scope()
        ids, cid = self.selected, self.collection.currentData()
        sub = self.subcollections.isChecked()

        def work(ctx: TaskContext) -> int:
            chosen = export_ids(library, scope, ids, cid, sub)
            return write_export(ctx, library, fmt, path, chosen, pattern)

        self._busy(True)
        self._say(self.tr("Writing {file}…").format(file=path.name))
        self.task = self.runner.run(work, label=self.tr("Exporting"),
                                    on_progress=self._progress,
                                    on_success=lambda count: self._done(path, count),
                                    on_failure=self._failed)
        self.task.carrier.finished.connect(lambda: self._busy(False))
        self.task.carrier.finished.connect(self._maybe_cancelled)
        return self.task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, path: Path, count: int) -> None:
        self.written = path
        self._say(self.tr("Exported %n reference(s) to {path}.", "", count).format(path=path))
        self.exported.emit(str(path), count)

    def _failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, OSError):
            text = self.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or exc)
        else:
            text = user_message(exc)[0]
        self._say(text, error=True)

    def _maybe_cancelled(self) -> None:
        if self.task is not None and self.task.cancelled and self.written is None:
            self._say(self.tr("Cancelled: no file was written."), error=True)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.format_box, self.scope_box, self.file_edit, self.browse_button):
            widget.setEnabled(not busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setStyleSheet("color: #b3261e;" if error else "color: #1e6b34;")
        self.result.setText(text)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.cancel()  # a half-written export is removed by its task
        super().closeEvent(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.format_box.setTitle(self.tr("Format"))
        self.scope_box.setTitle(self.tr("References"))
        self.selection_radio.setText(self.tr("Selected references (%n)", "",
                                             len(self.selected)))
        self.collection_radio.setText(self.tr("Collection:"))
        self.subcollections.setText(self.tr("with its sub-collections"))
        self.library_radio.setText(self.tr("Whole library (%n)", "", self._total))
        self.file_label.setText(self.tr("File:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
