"""The main window: the reference table over the library."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from core.settings import APP_NAME, Settings
from db import references as repo
from db.library import Library

COLUMNS = ("authors", "year", "title", "container_title", "type")


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: Settings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} — {library.path.name}")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Authors"), self.tr("Year"),
                                              self.tr("Title"), self.tr("Container"),
                                              self.tr("Type")])
        self.setCentralWidget(self.table)
        self.resize(1100, 700)
        self.reload()

    def reload(self) -> None:
        with self.library.read() as s:
            rows = repo.list_rows(s, repo.list_ids(s, limit=500))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(COLUMNS):
                value = row.get(key)
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
