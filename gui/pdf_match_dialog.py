"""A PDF dropped or imported without a DOI of its own: Crossref's works whose title matches the
title read from the file, with scores; the user picks the work the PDF is (then it is imported
as that work, file attached) or skips the file. Nothing is guessed silently."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.crossref import Candidate
from db.references import authors_display

LOW_SCORE = 0.6  # as the Find DOI dialog: below this, look twice


class PdfMatchDialog(QDialog):
    """`chosen(doi)` when the user picks a work, `skipped()` otherwise (Skip or closing)."""

    chosen = Signal(str)
    skipped = Signal()

    SCORE, TITLE, AUTHORS, YEAR, CONTAINER, DOI = range(6)

    def __init__(self, path: Path, found_title: str | None, candidates: Sequence[Candidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfMatch")
        self.setWindowTitle(self.tr("Which work is this PDF?"))
        self.candidates = list(candidates)
        self._answered = False
        heading = QLabel(self.tr("“{file}” holds no DOI. Crossref works whose title matches "
                                 "“{title}”:").format(file=path.name, title=found_title or "—"),
                         self)
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(self.candidates), 6, self)
        self.table.setObjectName("pdfCandidates")
        self.table.setHorizontalHeaderLabels([self.tr("Match"), self.tr("Title"),
                                              self.tr("Authors"), self.tr("Year"),
                                              self.tr("Journal / book"), self.tr("DOI")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((self.SCORE, 64), (self.AUTHORS, 160), (self.YEAR, 48),
                           (self.CONTAINER, 160), (self.DOI, 190)):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        for row, c in enumerate(self.candidates):
            ref = c.reference
            score = QTableWidgetItem(f"{round(c.score * 100)} %")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score.setForeground(QBrush(QColor("#1e6b34") if c.score >= 0.8 else
                                       QColor("#8a5a00") if c.score >= LOW_SCORE else
                                       QColor("#b3261e")))
            cells = [score, QTableWidgetItem(ref.title or ""),
                     QTableWidgetItem(authors_display(ref.creators)),
                     QTableWidgetItem(str(ref.year or "")),
                     QTableWidgetItem(ref.container_title or ""), QTableWidgetItem(c.doi)]
            for col, item in enumerate(cells):
                item.setToolTip(item.text())
                self.table.setItem(row, col, item)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Import as this work"), self)
        self.use_button.setObjectName("useCandidate")
        self.use_button.setDefault(True)
        self.use_button.setEnabled(False)
        self.skip_button = QPushButton(self.tr("Skip this file"), self)
        self.skip_button.setObjectName("skipPdf")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.use())
        self.use_button.clicked.connect(self.use)
        self.skip_button.clicked.connect(self.reject)
        if self.candidates:
            self.table.selectRow(0)
        self.resize(960, 380)

    def selected(self) -> Candidate | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.candidates[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.use_button.setEnabled(chosen is not None)
        low = chosen is not None and chosen.score < LOW_SCORE
        self.note.setText(self.tr("A weak match: check the title, year and authors against the "
                                  "PDF.") if low else "")
        self.note.setStyleSheet("color: #8a5a00;" if low else "")

    def use(self) -> None:
        chosen = self.selected()
        if chosen is None or self._answered:
            return
        self._answered = True
        self.chosen.emit(chosen.doi)
        self.accept()

    def reject(self) -> None:
        if not self._answered:
            self._answered = True
            self.skipped.emit()
        super().reject()
