"""The import dialog: the files to import (chosen with Ctrl+I or dropped on the window; more can be
added, any removed) and the collection they go into (the one selected in the sidebar by default,
or none). Import closes it; the window then runs the import in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.collections import Collection
from gui.collection_tree import add_collection_items

PATH_ROLE = Qt.ItemDataRole.UserRole


def import_filters() -> list[str]:
    """File chooser filters (every format the importer reads, PDFs, then each format)."""
    return [
        QCoreApplication.translate(
            "ImportDialog", "References and PDFs (*.bib *.bibtex *.ris *.json *.csljson *.csv "
            "*.txt *.nbib *.medline *.pdf)"),
        QCoreApplication.translate("ImportDialog", "BibTeX (*.bib *.bibtex)"),
        QCoreApplication.translate("ImportDialog", "RIS (*.ris)"),
        QCoreApplication.translate("ImportDialog", "CSL-JSON (*.json *.csljson)"),
        QCoreApplication.translate("ImportDialog", "Scopus CSV (*.csv)"),
        QCoreApplication.translate("ImportDialog", "Web of Science (*.txt)"),
        QCoreApplication.translate("ImportDialog", "PubMed MEDLINE (*.nbib *.medline *.txt)"),
        QCoreApplication.translate("ImportDialog", "PDF (*.pdf)"),
        QCoreApplication.translate("ImportDialog", "All files (*)"),
    ]


def size_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "?"
    for unit, step in (("B", 1), ("KB", 1024), ("MB", 1024 ** 2)):
        if size < step * 1024 or unit == "MB":
            return f"{size / step:.0f} {unit}" if unit == "B" else f"{size / step:.1f} {unit}"
    return str(size)


class ImportDialog(QDialog):
    """`accepted_import(paths, collection_id | None)` when the user clicks Import."""

    accepted_import = Signal(list, object)

    def __init__(self, paths: Sequence[Path], collections: Sequence[Collection],
                 current_collection: int | None = None, start_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.start_dir = start_dir or Path.home()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFiles")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFiles")
        self.collection = QComboBox(self)
        self.collection.setObjectName("importCollection")
        self.collection_label = QLabel(self)
        self.collection_label.setBuddy(self.collection)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)

        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.collection_label, self.collection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self._fill_collections(collections, current_collection)
        self.add_paths(paths)
        self.add_button.clicked.connect(self.choose_more)
        self.remove_button.clicked.connect(self.remove_selected)
        self.files.itemSelectionChanged.connect(self._update)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(620, 420)

    # ------------------------------------------------------------------ files
    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE)) for i in range(self.files.count())]

    def add_paths(self, paths: Sequence[Path]) -> None:
        have = set(self.paths())
        for path in paths:
            path = Path(path)
            if path in have:
                continue
            have.add(path)
            item = QListWidgetItem(f"{path.name}  ({size_text(path)})", self.files)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        self._update()

    def choose_more(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import references"),
                                                str(self.start_dir), ";;".join(import_filters()))
        self.add_paths([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    # ------------------------------------------------------------------ collection
    def _fill_collections(self, collections: Sequence[Collection], current: int | None) -> None:
        self.collection.addItem("", None)
        add_collection_items(self.collection, collections)
        index = self.collection.findData(current) if current is not None else 0
        self.collection.setCurrentIndex(max(index, 0))

    def collection_id(self) -> int | None:
        value = self.collection.currentData()
        return int(value) if value is not None else None

    # ------------------------------------------------------------------ buttons
    def _update(self) -> None:
        self.import_button.setEnabled(self.files.count() > 0)
        self.remove_button.setEnabled(bool(self.files.selectedItems()))
        count = self.files.count()
        self.heading.setText(self.tr("%n file(s) to import. Each file is imported in one step: "
                                     "a file that cannot be read changes nothing.", "", count))

    def _accept(self) -> None:
        if not self.files.count():
            return
        self.accepted_import.emit(self.paths(), self.collection_id())
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.add_button.setText(self.tr("Add files…"))
        self.remove_button.setText(self.tr("Remove"))
        self.collection_label.setText(self.tr("Into collection:"))
        self.collection.setItemText(0, self.tr("None (only My library)"))
        self.note.setText(self.tr("BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science and PubMed "
                                  "files are recognised by their content. A PDF is looked up by "
                                  "its DOI and attached to its reference."))
        self.import_button.setText(self.tr("Import"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
