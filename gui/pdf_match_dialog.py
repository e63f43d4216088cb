"""A PDF dropped or imported without a DOI of its own: Crossref's works whose title matches the
title read from the file, with scores; the user picks the work the PDF is (then it is imported
as that work, file attached) or skips the file. Nothing is guessed silently."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.crossref import Candidate
from gui.candidates_table import LOW_SCORE, CandidatesTable


class PdfMatchDialog(QDialog):
    """`chosen(doi)` when the user picks a work, `skipped()` otherwise (Skip or closing)."""

    chosen = Signal(str)
    skipped = Signal()


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
        self.table = CandidatesTable(self)
        self.table.setObjectName("pdfCandidates")
        self.table.set_candidates(self.candidates)
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
        return self.table.selected()

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
