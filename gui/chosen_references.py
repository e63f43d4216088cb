"""The bibliography builder's list of chosen references: a model of library ids in list order and
its view, a drop target for reference ids (`application/x-silteme-reference-ids`, see
gui/reference_mime.py) and a drag source of the same format; ids dropped that are already in the
list move to where they were dropped. The ids live in a Python list, so thousands of rows are
added, read and reordered without a widget call per row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gui.reference_mime import REFERENCE_IDS_MIME, reference_ids, reference_mime_data

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class ChosenModel(QAbstractListModel):
    """Library ids in list order, each shown by a one-line label (its tooltip: the full label)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._labels: dict[int, str] = {}

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        ref_id = self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._labels.get(ref_id, str(ref_id))
        if role == ID_ROLE:
            return ref_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [REFERENCE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> Any:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return reference_mime_data(self._ids[r] for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # ------------------------------------------------------------------ editing
    def ids(self) -> list[int]:
        return list(self._ids)

    def insert(self, ids: Sequence[int], row: int, labels: Mapping[int, str]) -> None:
        """Insert ids (not already present) before `row`."""
        if not ids:
            return
        row = max(0, min(row, len(self._ids)))
        self._labels.update(labels)
        self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
        self._ids[row:row] = list(ids)
        self.endInsertRows()

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove these rows (contiguous runs are removed together)."""
        for start, end in reversed(_runs(sorted(set(rows)))):
            self.beginRemoveRows(QModelIndex(), start, end)
            for ref_id in self._ids[start:end + 1]:
                self._labels.pop(ref_id, None)
            del self._ids[start:end + 1]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._ids.clear()
        self._labels.clear()
        self.endResetModel()

    def reorder(self, ids: Sequence[int]) -> None:
        """The same ids in a new order (a move of rows); selections follow their rows."""
        assert sorted(ids) == sorted(self._ids)
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        self._ids = list(ids)
        new_row = {ref_id: row for row, ref_id in enumerate(self._ids)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[before[p.row()]]) for p in persistent])
        self.layoutChanged.emit()

    def set_labels(self, labels: Mapping[int, str]) -> None:
        self._labels.update({k: v for k, v in labels.items() if k in set(self._ids)})
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class _OneLine(QStyledItemDelegate):
    """Rows as wide as the view, not as their text: a long label is elided (its tooltip has it
    all) instead of making the list scroll sideways."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(1, hint.height())


class ChosenList(QListView):
    """The view of the chosen references. A drop emits `ids_dropped(ids, row)`; the owner
    decides what to add and what to move (`move_ids`)."""

    ids_dropped = Signal(list, int)  # ids, row to insert before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chosen_references")
        self.model_ = ChosenModel(self)
        self.setModel(self.model_)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        # One line per reference, all of one height: the view never measures thousands of rows.
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(_OneLine(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.placeholder = ""  # shown while the list is empty

    # ------------------------------------------------------------------ reading
    def count(self) -> int:
        return self.model_.rowCount()

    def ids(self) -> list[int]:
        return self.model_.ids()

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        """The selected ids in list order."""
        ids = self.model_.ids()
        return [ids[r] for r in self.selected_rows()]

    def label(self, row: int) -> str:
        return str(self.model_.data(self.model_.index(row)))

    def row_rect(self, row: int) -> QRect:
        """Where a row is drawn (viewport coordinates), scrolled into view first."""
        index = self.model_.index(row)
        self.scrollTo(index)
        return self.visualRect(index)

    # ------------------------------------------------------------------ editing
    def insert_ids(self, ids: Sequence[int], row: int | None, labels: Mapping[int, str]) -> None:
        self.model_.insert(ids, self.count() if row is None else row, labels)

    def remove_rows(self, rows: Iterable[int]) -> None:
        self.model_.remove_rows(rows)

    def clear(self) -> None:
        self.model_.clear()

    def select_rows(self, rows: Iterable[int]) -> None:
        selection = QItemSelection()
        for start, end in _runs(sorted(set(rows))):
            selection.select(self.model_.index(start), self.model_.index(end))
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def move_ids(self, ids: Sequence[int], row: int) -> int:
        """Move these ids (in this order) before `row` (a row of the list as it is now); they
        end up selected. Returns the row after them."""
        current = self.model_.ids()
        moving = set(ids)
        target = row - sum(1 for i in current[:row] if i in moving)
        rest = [i for i in current if i not in moving]
        self.model_.reorder(rest[:target] + list(ids) + rest[target:])
        self.select_rows(range(target, target + len(ids)))
        return target + len(ids)

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
