"""The reference table: a view over `ReferenceModel` with columns the user picks (header context
menu), SQL sorting by header click, multi-select that survives reloads, drag to the sidebar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from gui.reference_model import COLUMN_KEYS, COLUMNS, ReferenceModel, column_title


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries (none for a drag of table rows)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class ReferenceTable(QTableView):
    """`selection_changed_ids` carries the ids of the selected rows; `activated_id` a double-click
    or Enter on a row; `context_menu_requested` a right click (global position);
    `files_dropped(paths, ref_id | None)` files dropped from the file manager, with the
    reference of the row they fell on. Delete is the window's "Move to trash" action."""

    selection_changed_ids = Signal(list)
    activated_id = Signal(int)
    context_menu_requested = Signal(QPoint)
    files_dropped = Signal(list, object)

    def __init__(self, model: ReferenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceTable")
        self.ref_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAcceptDrops(True)  # files from the file manager only (see dropEvent)
        self.setDropIndicatorShown(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size queries
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setObjectName("referenceHeader")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setMinimumSectionSize(28)
        self.column_actions: list[QAction] = []
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, not column.visible)
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(column.visible)
            action.setData(i)
            action.toggled.connect(lambda on, section=i: self.set_column_visible(section, on))
            self.column_actions.append(action)
        # The title takes the width the other columns leave (they keep theirs when the window
        # or the pane widths change).
        header.setSectionResizeMode(COLUMN_KEYS.index("title"), QHeaderView.ResizeMode.Stretch)
        # The indicator first: enabling sorting sorts by whatever it shows.
        header.setSortIndicator(model.sort_column(),
                                Qt.SortOrder.DescendingOrder if model.descending
                                else Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.doubleClicked.connect(self._double_clicked)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._remembered: tuple[list[int], int | None] = ([], None)
        self.retranslate()

    # ------------------------------------------------------------------ columns
    def retranslate(self) -> None:
        for action, column in zip(self.column_actions, COLUMNS, strict=True):
            action.setText(column_title(column.key))

    def set_column_visible(self, section: int, visible: bool) -> None:
        header = self.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            self.column_actions[section].setChecked(True)  # keep at least one column
            return
        header.setSectionHidden(section, not visible)
        if self.column_actions[section].isChecked() != visible:
            self.column_actions[section].setChecked(visible)

    def visible_columns(self) -> list[str]:
        header = self.horizontalHeader()
        return [c.key for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)]

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for action in self.column_actions:
            menu.addAction(action)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    def save_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray) -> bool:
        header = self.horizontalHeader()
        if not header.restoreState(state):
            return False
        for i, action in enumerate(self.column_actions):
            action.blockSignals(True)
            action.setChecked(not header.isSectionHidden(i))
            action.blockSignals(False)
        section = header.sortIndicatorSection()
        if 0 <= section < len(COLUMNS) and COLUMNS[section].sort_key:
            self.ref_model.sort(section, header.sortIndicatorOrder())
        else:
            self._show_model_sort()
        return True

    # ------------------------------------------------------------------ sorting
    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(COLUMNS) or COLUMNS[section].sort_key is None:
            self._show_model_sort()  # computed per row: the listing keeps its SQL order

    def _show_model_sort(self) -> None:
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.ref_model.sort_column(),
                                Qt.SortOrder.DescendingOrder if self.ref_model.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.selectionModel().selectedRows()}
        return self.ref_model.ids_at(rows)

    def current_id(self) -> int | None:
        current = self.currentIndex()
        return self.ref_model.id_at(current.row()) if current.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these references (those the listing holds) and scroll to the current one."""
        model = self.ref_model
        rows = model.rows_of(ids + ([current] if current is not None else []))
        selection = QItemSelection()
        last = model.columnCount() - 1
        for ref_id in ids:
            row = rows.get(ref_id)
            if row is not None:
                selection.select(model.index(row, 0), model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        target = rows.get(current) if current is not None else None
        if target is None and selection.indexes():
            target = min(i.row() for i in selection.indexes())
        if target is not None:
            self.selectionModel().setCurrentIndex(model.index(target, 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self._selection_changed()

    def _remember_selection(self) -> None:
        self._remembered = (self.selected_ids(), self.current_id())

    def _restore_selection(self) -> None:
        ids, current = self._remembered
        self._remembered = ([], None)
        if ids:
            self.select_ids(ids, current)
        else:
            self._selection_changed()

    def _selection_changed(self, *args: object) -> None:
        self.selection_changed_ids.emit(self.selected_ids())

    # ------------------------------------------------------------------ input
    def _double_clicked(self, index: object) -> None:
        ref_id = self.current_id()
        if ref_id is not None:
            self.activated_id.emit(ref_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ref_id = self.current_id()
            if ref_id is not None:
                self.activated_id.emit(ref_id)
                event.accept()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ dropping files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()  # rows of this table are dragged elsewhere, never onto it

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        ref_id = self.ref_model.id_at(index.row()) if index.isValid() else None
        event.acceptProposedAction()
        self.files_dropped.emit(paths, ref_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
            self.selectRow(index.row())
        self.context_menu_requested.emit(event.globalPos())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
