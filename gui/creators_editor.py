"""The creators of a reference as an editable list: role, person (family, given, particle, suffix)
or organisation; add, remove, drag to reorder, and move up / down from the keyboard (Alt+Up,
Alt+Down) for those who do not use a mouse."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QDropEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model import CREATOR_ROLES, Creator
from gui.field_labels import role_labels

MIME = "application/x-silteme-creator-rows"
_Index = QModelIndex | QPersistentModelIndex


def is_blank(c: Creator) -> bool:
    return not any((c.family, c.given, c.literal, c.particle, c.suffix))


class CreatorsModel(QAbstractTableModel):
    """Rows of creators (copies: the caller's list is never changed in place). Column 0 the role,
    column 1 the name. Rows are dragged as their row numbers under a private MIME type."""

    ROLE, NAME = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Creator] = []
        self._roles = role_labels()

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.ROLE:
                return self._roles.get(c.role, c.role)
            if is_blank(c):
                return self.tr("(no name yet)")
            return c.display()
        if role == Qt.ItemDataRole.FontRole and index.column() == self.NAME and is_blank(c):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return self.tr("Organisation") if c.is_organisation else self.tr("Person")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Role") if section == self.ROLE else self.tr("Name")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # ------------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, json.dumps(rows).encode())
        data.setText("\n".join(self.rows[r].display() for r in rows))
        return data

    # ------------------------------------------------------------------ changing
    def set_rows(self, creators: list[Creator]) -> None:
        self.beginResetModel()
        self.rows = [replace(c, extra=dict(c.extra)) for c in creators]
        self.endResetModel()

    def insert(self, row: int, creator: Creator) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, creator)
        self.endInsertRows()

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def update(self, row: int, creator: Creator) -> None:
        self.rows[row] = creator
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def move(self, rows: list[int], target: int) -> list[int]:
        """Move `rows` (in their order) so they stand before the row now at `target` (len for
        the end). Returns their new row numbers."""
        rows = sorted({r for r in rows if 0 <= r < len(self.rows)})
        if not rows:
            return []
        moving = [self.rows[r] for r in rows]
        rest = [c for i, c in enumerate(self.rows) if i not in rows]
        insert_at = max(0, min(len(rest), target - sum(1 for r in rows if r < target)))
        new_order = rest[:insert_at] + moving + rest[insert_at:]
        if all(a is b for a, b in zip(new_order, self.rows, strict=True)):
            return rows
        self.layoutAboutToBeChanged.emit()
        old_rows = self.rows
        self.rows = new_order
        new_row_of = {id(c): i for i, c in enumerate(new_order)}
        for persistent in self.persistentIndexList():
            new_row = new_row_of[id(old_rows[persistent.row()])]
            self.changePersistentIndex(persistent, self.index(new_row, persistent.column()))
        self.layoutChanged.emit()
        return list(range(insert_at, insert_at + len(moving)))


class CreatorsView(QTableView):
    """The table: dragging rows reorders them; Alt+Up / Alt+Down move the selection and Delete
    removes it. The drop itself moves the rows (the model's `move`), and the drag started here
    ignores the drag's result, so the view never also deletes the dragged rows afterwards as it
    does for a move between two views."""

    rows_dropped = Signal(list)  # the moved rows' new numbers
    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(rows))
        drag.exec(Qt.DropAction.MoveAction)  # dropEvent has done the move: nothing to delete

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) lands before."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(MIME) or event.source() not in (self, None):
            event.ignore()
            return
        rows = [int(r) for r in json.loads(bytes(data.data(MIME).data()).decode())]
        model = self.model()
        assert isinstance(model, CreatorsModel)
        moved = model.move(rows, self.drop_row(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.rows_dropped.emit(moved)


class CreatorsEditor(QWidget):
    """Edit a list of creators. `set_creators` loads (copies), `creators()` returns the list to
    store (rows left without any name are dropped). `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roles_first: tuple[str, ...] = ("author", "editor", "translator", "compiler")
        self._loading = False
        self.model = CreatorsModel(self)
        self.view = CreatorsView(self)
        self.view.setObjectName("creators-table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.rows_dropped.connect(self._after_move)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self.model.modelReset.connect(self._fit_height)

        self.add_person_button = QPushButton(self.tr("Add person"), self)
        self.add_org_button = QPushButton(self.tr("Add organisation"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.up_button.setToolTip(self.tr("Move the selected creators up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected creators down (Alt+Down)"))
        self.remove_button.setToolTip(self.tr("Remove the selected creators (Delete)"))
        self.add_person_button.clicked.connect(lambda: self.add(organisation=False))
        self.add_org_button.clicked.connect(lambda: self.add(organisation=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.view.move_requested.connect(self.move_selected)
        self.view.remove_requested.connect(self.remove_selected)

        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for b in (self.add_person_button, self.add_org_button, self.remove_button,
                  self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # The selected creator, field by field.
        self.detail = QWidget(self)
        self.role_combo = QComboBox(self.detail)
        self.role_combo.setObjectName("creator-role")
        self.role_combo.setMinimumContentsLength(10)
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_radio = QRadioButton(self.tr("Person"), self.detail)
        self.org_radio = QRadioButton(self.tr("Organisation"), self.detail)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.person_radio)
        self.kind_group.addButton(self.org_radio)
        self.family_edit = QLineEdit(self.detail)
        self.given_edit = QLineEdit(self.detail)
        self.particle_edit = QLineEdit(self.detail)
        self.suffix_edit = QLineEdit(self.detail)
        self.literal_edit = QLineEdit(self.detail)
        for name, edit in (("creator-family", self.family_edit),
                           ("creator-given", self.given_edit),
                           ("creator-particle", self.particle_edit),
                           ("creator-suffix", self.suffix_edit),
                           ("creator-literal", self.literal_edit)):
            edit.setObjectName(name)
            edit.textEdited.connect(self._detail_edited)
        self.family_edit.setPlaceholderText(self.tr("e.g. Жетпісов"))
        self.given_edit.setPlaceholderText(self.tr("e.g. Серік Құрманұлы or С. Қ."))
        self.particle_edit.setPlaceholderText(self.tr("e.g. van der, de"))
        self.suffix_edit.setPlaceholderText(self.tr("e.g. Jr., III"))
        self.literal_edit.setPlaceholderText(
            self.tr("e.g. Министерство внутренних дел Республики Казахстан"))
        self.role_combo.activated.connect(self._detail_edited)
        self.person_radio.toggled.connect(self._kind_toggled)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.role_combo)
        kind_row.addSpacing(12)
        kind_row.addWidget(self.person_radio)
        kind_row.addWidget(self.org_radio)
        kind_row.addStretch(1)
        self.person_box = QWidget(self.detail)
        self._grid = QGridLayout(self.person_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self.family_label = QLabel(self.tr("Family name"), self.person_box)
        self.given_label = QLabel(self.tr("Given names"), self.person_box)
        self.particle_label = QLabel(self.tr("Particle"), self.person_box)
        self.suffix_label = QLabel(self.tr("Suffix"), self.person_box)
        self._pairs = ((self.family_label, self.family_edit), (self.given_label, self.given_edit),
                       (self.particle_label, self.particle_edit),
                       (self.suffix_label, self.suffix_edit))
        for label, edit in self._pairs:
            label.setBuddy(edit)
        self._columns = 0
        self._arrange(2)
        self.org_box = QWidget(self.detail)
        org_form = QFormLayout(self.org_box)
        org_form.setContentsMargins(0, 0, 0, 0)
        self.literal_label = QLabel(self.tr("Name"), self.org_box)
        self.literal_label.setBuddy(self.literal_edit)
        org_form.addRow(self.literal_label, self.literal_edit)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addLayout(kind_row)
        detail_layout.addWidget(self.person_box)
        detail_layout.addWidget(self.org_box)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        self.set_roles(self._roles_first)
        self._selection_changed()
        self._fit_height()

    # ------------------------------------------------------------------ public
    def set_roles(self, roles_first: tuple[str, ...]) -> None:
        """The roles offered first (the item type's usual ones); every CSL role stays available
        below them."""
        self._roles_first = roles_first
        labels = role_labels()
        current = self._current()
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        for role in roles_first:
            self.role_combo.addItem(labels.get(role, role), role)
        self.role_combo.insertSeparator(self.role_combo.count())
        for role in CREATOR_ROLES:
            if role not in roles_first:
                self.role_combo.addItem(labels.get(role, role), role)
        for role in {c.role for c in self.model.rows} - set(CREATOR_ROLES):
            self.role_combo.addItem(role, role)  # a role from another tool, kept as it is
        self.role_combo.blockSignals(False)
        if current is not None:
            self._load_detail(current[1])

    def set_creators(self, creators: list[Creator]) -> None:
        self.model.set_rows(creators)
        self.set_roles(self._roles_first)
        if creators:
            self.select_rows([0])
        self._selection_changed()

    def creators(self) -> list[Creator]:
        return [replace(c, extra=dict(c.extra)) for c in self.model.rows if not is_blank(c)]

    def add(self, *, organisation: bool = False, role: str | None = None) -> int:
        """A new, empty creator after the selection (or at the end), selected, its first field
        focused."""
        current = self._current()
        row = current[0] + 1 if current else self.model.rowCount()
        self.model.insert(row, Creator(role=role or self._roles_first[0],
                                       literal="" if organisation else None))
        self.select_rows([row])
        (self.literal_edit if organisation else self.family_edit).setFocus()
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.model.remove(rows)
        if self.model.rowCount():
            self.select_rows([min(rows[0], self.model.rowCount() - 1)])
        self._selection_changed()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if step < 0:
            target = rows[0] - 1
            if target < 0:
                return
        else:
            target = rows[-1] + 2
            if target > self.model.rowCount():
                return
        self._after_move(self.model.move(rows, target))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 1))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)
        if rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(rows[0], 0))

    # ------------------------------------------------------------------ internals
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Family and given name side by side when there is room (a dialog), one under the
        # other in a narrow detail pane.
        self._arrange(2 if event.size().width() >= 560 else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for label, edit in self._pairs:
            grid.removeWidget(label)
            grid.removeWidget(edit)
        for i, (label, edit) in enumerate(self._pairs):
            row, col = (i // 2, (i % 2) * 2) if columns == 2 else (i, 0)
            grid.addWidget(label, row, col)
            grid.addWidget(edit, row, col + 1)
        for col in range(4):
            grid.setColumnStretch(col, 1 if col in (1, 3) and (columns == 2 or col == 1) else 0)

    def _after_move(self, rows: list[int]) -> None:
        if rows:
            self.select_rows(rows)
            self.changed.emit()

    def _fit_height(self, *_: object) -> None:
        rows = max(2, min(8, self.model.rowCount() + 1))
        height = (self.view.horizontalHeader().sizeHint().height()
                  + rows * self.view.verticalHeader().defaultSectionSize()
                  + 2 * self.view.frameWidth())
        self.view.setFixedHeight(height)

    def _current(self) -> tuple[int, Creator] | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        return rows[0], self.model.rows[rows[0]]

    def _selection_changed(self, *_: object) -> None:
        rows = self.selected_rows()
        self.remove_button.setEnabled(bool(rows))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < self.model.rowCount() - 1)
        current = self._current()
        self.detail.setVisible(current is not None)
        self._load_detail(current[1] if current else None)

    def _load_detail(self, c: Creator | None) -> None:
        self._loading = True
        try:
            org = c is not None and (c.is_organisation or (c.literal is not None
                                                          and not c.family and not c.given))
            index = self.role_combo.findData(c.role) if c else -1
            self.role_combo.setCurrentIndex(max(0, index))
            (self.org_radio if org else self.person_radio).setChecked(True)
            self.person_box.setVisible(not org)
            self.org_box.setVisible(org)
            self.family_edit.setText((c.family if c else None) or "")
            self.given_edit.setText((c.given if c else None) or "")
            self.particle_edit.setText((c.particle if c else None) or "")
            self.suffix_edit.setText((c.suffix if c else None) or "")
            self.literal_edit.setText((c.literal if c else None) or "")
        finally:
            self._loading = False

    def _detail_edited(self, *_: object) -> None:
        if self._loading:
            return
        current = self._current()
        if current is None:
            return
        row, c = current
        org = self.org_radio.isChecked()

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        if org:
            new = replace(c, literal=self.literal_edit.text().strip(), family=None, given=None,
                          particle=None, suffix=None, dropping_particle=None)
        else:
            new = replace(c, family=text(self.family_edit), given=text(self.given_edit),
                          particle=text(self.particle_edit), suffix=text(self.suffix_edit),
                          literal=None if c.family or text(self.family_edit) or
                          text(self.given_edit) else c.literal)
        new.role = str(self.role_combo.currentData() or c.role)
        if new != c:
            self.model.update(row, new)
            self.changed.emit()

    def _kind_toggled(self, person: bool) -> None:
        if self._loading:
            return
        current = self._current()
        if current is None:
            return
        row, c = current
        if person and c.literal is not None and not c.family:
            # An organisation's name becomes the family name, to be split by the user.
            new = replace(c, family=c.literal or None, literal=None)
        elif not person and not c.is_organisation:
            name = " ".join(p for p in (c.given, c.dropping_particle, c.particle, c.family,
                                        c.suffix) if p)
            new = replace(c, literal=name, family=None, given=None, particle=None,
                          dropping_particle=None, suffix=None)
        else:
            return
        self.model.update(row, new)
        self._load_detail(new)
        (self.family_edit if person else self.literal_edit).setFocus()
        self.changed.emit()
