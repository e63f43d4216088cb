"""The bibliography builder's list of chosen references: a drop target for reference ids
(`application/x-silteme-reference-ids`, see gui/reference_mime.py) and a drag source of the same
format; ids dropped that are already in the list move to where they were dropped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from gui.reference_mime import REFERENCE_IDS_MIME, reference_ids, reference_mime_data

ID_ROLE = Qt.ItemDataRole.UserRole


class ChosenList(QListWidget):
    """The chosen references in list order, one row per library id (in `ID_ROLE`). A drop emits
    `ids_dropped(ids, row)`; the owner decides what to add and what to move (`move_ids`)."""

    ids_dropped = Signal(list, int)  # ids, row to insert before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chosen_references")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.placeholder = ""  # shown while the list is empty

    def ids(self) -> list[int]:
        return [int(self.item(r).data(ID_ROLE)) for r in range(self.count())]

    def selected_ids(self) -> list[int]:
        """The selected ids in list order."""
        rows = sorted(self.row(item) for item in self.selectedItems())
        return [int(self.item(r).data(ID_ROLE)) for r in rows]

    def move_ids(self, ids: Sequence[int], row: int) -> int:
        """Move the rows of these ids (in this order) before `row` (a row of the list as it is
        now); they stay selected. Returns the row after them."""
        current = self.ids()
        moving = set(ids)
        target = row - sum(1 for i in current[:row] if i in moving)
        taken: dict[int, QListWidgetItem] = {}
        for r in sorted((current.index(i) for i in ids), reverse=True):
            item = self.takeItem(r)
            taken[int(item.data(ID_ROLE))] = item
        self.clearSelection()
        for offset, ref_id in enumerate(ids):
            self.insertItem(target + offset, taken[ref_id])
            taken[ref_id].setSelected(True)
        return target + len(ids)

    # ------------------------------------------------------------------ drag source
    def mimeTypes(self) -> list[str]:
        return [REFERENCE_IDS_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> Any:
        ordered = sorted(items, key=self.row)
        return reference_mime_data(int(i.data(ID_ROLE)) for i in ordered)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    # ------------------------------------------------------------------ drop target
    def _accept(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        if reference_ids(event.mimeData()) is None:
            event.ignore()
            return False
        # Always a copy as far as Qt knows: the view never deletes the dragged rows itself (a
        # drop of ids already in the list is a move that the owner does).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept(event)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = reference_ids(event.mimeData())
        if not self._accept(event) or ids is None:
            return
        self.ids_dropped.emit(ids, self.row_at(event.position().toPoint()))

    def row_at(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) inserts before: the row under the
        pointer, or the one after it below the row's middle; the end below the last row."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.placeholder)
            painter.end()
