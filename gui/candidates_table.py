"""The table of Crossref candidates a title search found (Find DOI, a PDF without a DOI): match
score coloured by confidence, title, authors, year, journal or book, DOI; one row is chosen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.crossref import Candidate
from db.references import authors_display

# Below this score a candidate is shown in red and the dialogs ask the user to look twice.
LOW_SCORE = 0.6
GOOD_SCORE = 0.8


class CandidatesTable(QTableWidget):
    SCORE, TITLE, AUTHORS, YEAR, CONTAINER, DOI = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.candidates: list[Candidate] = []
        self.setHorizontalHeaderLabels([self.tr("Match"), self.tr("Title"), self.tr("Authors"),
                                        self.tr("Year"), self.tr("Journal / book"),
                                        self.tr("DOI")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((self.SCORE, 64), (self.AUTHORS, 170), (self.YEAR, 48),
                           (self.CONTAINER, 170), (self.DOI, 200)):
            # Never narrower than the (translated) header.
            self.setColumnWidth(col, max(width, header.sectionSizeHint(col)))

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        self.candidates = list(candidates)
        self.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            ref = c.reference
            score = QTableWidgetItem(f"{round(c.score * 100)} %")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score.setForeground(QBrush(QColor("#1e6b34") if c.score >= GOOD_SCORE else
                                       QColor("#8a5a00") if c.score >= LOW_SCORE else
                                       QColor("#b3261e")))
            score.setToolTip(
                self.tr("Our score %1 (title, year, first author); Crossref's relevance %2")
                .replace("%1", f"{c.score:.2f}")
                .replace("%2", f"{c.crossref_score:.1f}" if c.crossref_score is not None
                         else "—"))
            cells = [QTableWidgetItem(ref.title or ""),
                     QTableWidgetItem(authors_display(ref.creators)),
                     QTableWidgetItem(str(ref.year or "")),
                     QTableWidgetItem(ref.container_title or ""), QTableWidgetItem(c.doi)]
            self.setItem(row, self.SCORE, score)
            for col, item in enumerate(cells, start=self.TITLE):
                item.setToolTip(item.text())
                self.setItem(row, col, item)

    def selected(self) -> Candidate | None:
        """The candidate of the selected row (None when none is selected)."""
        rows = {i.row() for i in self.selectedIndexes()}
        return self.candidates[rows.pop()] if len(rows) == 1 else None
