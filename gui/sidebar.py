"""The sidebar: My library, the team's publications (with the grant's progress under them),
collections as a nested tree, tags, the trash and the journals, each listing with its count.
Selecting a listing changes the table's scope; Journals and Grant progress show their views in
place of the table; references dropped on an entry are filed there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from core.errors import SiltemeError
from core.text import collation_key
from db import collections, tags
from db import references as repo
from db.library import Library
from db.references import ListFilter
from gui.reference_mime import reference_ids

TEAM_PROJECT = "team"
SCOPE_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Scope:
    """What the sidebar selected: `library`, `team`, `collection` (id), `tag` (id), `trash`,
    the headers `collections` and `tags`, or the views `journals` and `grant` (not listings)."""

    kind: str
    id: int | None = None
    name: str = ""

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.kind, self.id)

    @property
    def is_listing(self) -> bool:
        return self.kind in ("library", "team", "collection", "tag", "trash")

    def listing(self) -> ListFilter:
        """The table's scope as a listing filter (the quick filters are added by the window)."""
        if self.kind == "trash":
            return ListFilter(deleted=True)
        if self.kind == "collection":
            return ListFilter(collection_id=self.id, subcollections=True)
        if self.kind == "tag":
            return ListFilter(tag_id=self.id)
        if self.kind == "team":
            return ListFilter(team_project=TEAM_PROJECT)
        return ListFilter()


LIBRARY = Scope("library")
TEAM = Scope("team")
TRASH = Scope("trash")
JOURNALS = Scope("journals")
GRANT = Scope("grant")
VIEWS = ("journals", "grant")  # entries that show a view of their own instead of the table
COLLECTIONS = Scope("collections")
TAGS = Scope("tags")


class Sidebar(QTreeWidget):
    """`scope_changed(Scope)` when a listing is chosen; `view_requested(str)` when the entry chosen
    shows "references" (any listing), "journals" or "grant"; `references_dropped(Scope, ids)`
    when table rows are dropped on an entry; `context_menu_requested(Scope, global pos)` for the
    window's menu; `delete_requested(Scope)` for the Delete key on an entry."""

    scope_changed = Signal(object)
    view_requested = Signal(str)
    references_dropped = Signal(object, list)
    context_menu_requested = Signal(object, QPoint)
    delete_requested = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.library = library
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self._items: dict[tuple[str, int | None], QTreeWidgetItem] = {}
        self._current: Scope = LIBRARY
        self._view = "references"
        self._expanded: set[tuple[str, int | None]] = {COLLECTIONS.key, TAGS.key, TEAM.key}
        self.currentItemChanged.connect(self._current_changed)
        self.reload()

    # ------------------------------------------------------------------ building
    def set_library(self, library: Library) -> None:
        self.library = library
        self._current = LIBRARY
        self.reload()

    def reload(self) -> None:
        """Rebuild the tree and its counts, keeping the selected entry and expanded branches."""
        first = not self._items
        if not first:
            self._expanded = {k for k, item in self._items.items() if item.isExpanded()}
        try:
            with self.library.read() as s:
                total = repo.count(s)
                trash = repo.count(s, deleted=True)
                team = repo.count(s, where=ListFilter(team_project=TEAM_PROJECT))
                colls = collections.all_collections(s)
                tag_rows = tags.all_tags(s)
        except (SQLAlchemyError, SiltemeError):
            total = trash = team = 0
            colls, tag_rows = [], []
        self.blockSignals(True)
        self.clear()
        self._items = {}
        style = self.style()
        self._add(None, LIBRARY, total, style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        team_item = self._add(None, TEAM, team,
                              style.standardIcon(QStyle.StandardPixmap.SP_DialogYesButton))
        self._add(team_item, GRANT, None,
                  style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView))
        coll_root = self._add(None, COLLECTIONS, None,
                              style.standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        folder = style.standardIcon(QStyle.StandardPixmap.SP_DirClosedIcon)
        children: dict[int | None, list[collections.Collection]] = {}
        for c in sorted(colls, key=lambda c: collation_key(c.name)):  # Kazakh alphabet order
            children.setdefault(c.parent_id, []).append(c)

        def add_children(parent_item: QTreeWidgetItem, parent_id: int | None) -> None:
            for c in children.get(parent_id, []):
                item = self._add(parent_item, Scope("collection", c.id, c.name), c.count, folder)
                add_children(item, c.id)

        add_children(coll_root, None)
        tag_root = self._add(None, TAGS, None,
                             style.standardIcon(QStyle.StandardPixmap.SP_FileDialogListView))
        for tag_id, name, n in sorted(tag_rows, key=lambda t: collation_key(t[1])):
            self._add(tag_root, Scope("tag", tag_id, name), n, None)
        self._add(None, TRASH, trash, style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self._add(None, JOURNALS, None,
                  style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        for key, item in self._items.items():
            # The first time, the whole collection tree is open; then as the user left it.
            item.setExpanded(key in self._expanded or (first and key[0] == "collection"))
        current = self._items.get(self._current.key) or self._items[LIBRARY.key]
        shown = self._items.get((self._view, None)) if self._view in VIEWS else None
        self.setCurrentItem(shown or current)
        self.blockSignals(False)
        self.retranslate()
        found = current.data(0, SCOPE_ROLE)
        if found != self._current:
            self._current = found
            self.scope_changed.emit(found)

    def _add(self, parent: QTreeWidgetItem | None, scope: Scope, count: int | None,
             icon: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent if parent is not None else self)
        item.setData(0, SCOPE_ROLE, scope)
        item.setData(0, COUNT_ROLE, count)
        if icon is not None:
            item.setIcon(0, icon)  # type: ignore[arg-type]
        if count is not None:
            item.setText(1, f"{count:,}".replace(",", "\u202f"))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, self.palette().placeholderText())
        if scope.kind in ("collections", "tags"):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # headers: expand, never select
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        else:
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if scope.kind in ("collection", "tag", "team", "trash"):
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            item.setFlags(flags)
        if scope.kind in ("collection", "tag"):
            item.setText(0, scope.name)
            item.setToolTip(0, scope.name)
        self._items[scope.key] = item
        return item

    def retranslate(self) -> None:
        names = {
            "library": self.tr("My library"),
            "team": self.tr("Team publications"),
            "collections": self.tr("Collections"),
            "tags": self.tr("Tags"),
            "trash": self.tr("Trash"),
            "journals": self.tr("Journals"),
            "grant": self.tr("Grant progress"),
        }
        tips = {
            "team": self.tr("The team's own publications, checked against the grant's rules"),
            "trash": self.tr("Deleted references: restore them or empty the trash"),
            "journals": self.tr("Journal metrics, indexes and lists; grant progress"),
            "grant": self.tr("How the team's publications meet the grant's requirements"),
        }
        for key, item in self._items.items():
            if key[0] in names:
                item.setText(0, names[key[0]])
                item.setToolTip(0, tips.get(key[0], ""))
        tag_root = self._items.get(TAGS.key)
        if tag_root is not None and tag_root.childCount() == 0:
            tag_root.setToolTip(0, self.tr("No tags yet"))

    # ------------------------------------------------------------------ selection
    @property
    def current_scope(self) -> Scope:
        """The table's scope (the last listing chosen, also while a view is shown)."""
        return self._current

    @property
    def current_view(self) -> str:
        """What the central area shows: "references", "journals" or "grant"."""
        return self._view

    def select_view(self, view: str) -> None:
        """Select the entry of a view ("references" selects the table's scope again)."""
        if view in VIEWS:
            self.select_scope(Scope(view))
        else:
            item = self._items.get(self._current.key)
            if item is not None:
                self.setCurrentItem(item)

    def select_scope(self, scope: Scope) -> bool:
        item = self._items.get(scope.key)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def item_for(self, scope: Scope) -> QTreeWidgetItem | None:
        return self._items.get(scope.key)

    def count_of(self, scope: Scope) -> int | None:
        item = self._items.get(scope.key)
        value = item.data(0, COUNT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _current_changed(self, current: QTreeWidgetItem | None,
                         previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        scope: Scope = current.data(0, SCOPE_ROLE)
        if scope.kind in VIEWS:
            # The view takes the central area; the table keeps its scope for when it is back.
            self._view = scope.kind
            self.view_requested.emit(scope.kind)
            return
        if not scope.is_listing:
            return
        self._view = "references"
        if scope != self._current:
            self._current = scope
            self.scope_changed.emit(scope)
        self.view_requested.emit("references")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self._current.kind == "collection":
            self.delete_requested.emit(self._current)
            event.accept()
            return
        super().keyPressEvent(event)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        scope = item.data(0, SCOPE_ROLE) if item is not None else COLLECTIONS
        self.context_menu_requested.emit(scope, self.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ dropping references
    def _drop_scope(self, pos: QPoint) -> Scope | None:
        item = self.itemAt(pos)
        if item is None:
            return None
        scope: Scope = item.data(0, SCOPE_ROLE)
        return scope if scope.kind in ("collection", "tag", "team", "trash") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if reference_ids(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if reference_ids(event.mimeData()) is not None and \
                self._drop_scope(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        scope = self._drop_scope(event.position().toPoint())
        ids = reference_ids(event.mimeData())
        if scope is None or ids is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if ids:
            self.references_dropped.emit(scope, ids)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
