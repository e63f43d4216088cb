"""The pane right of the table: "Details" (the selected reference formatted for reading) and
"Edit" (the reference editor docked beside the table, following the selection).

Why docked rather than a dialog (docs/decisions/0014-window-wiring.md): a researcher checks and
corrects many records in a row (an import of a Scopus export, a list of laws typed in by a
colleague); with the form beside the table, the next record is one click or one arrow key away and
the table stays visible. The editor is made the first time the Edit tab is shown, so start-up does
not pay for it; a new reference is typed in a window of its own (the type chooser needs room and
the table's selection has nothing to do with it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QTabWidget, QWidget
from sqlalchemy.exc import SQLAlchemyError

from core.errors import SiltemeError
from db.library import Library
from gui.detail_pane import DetailPane

if TYPE_CHECKING:
    from gui.reference_editor import ReferenceEditor
    from gui.undo import LibraryChange, Notify

DETAILS_TAB, EDIT_TAB = 0, 1
# The form lays out from about 420 px (docs/decisions/0008): the pane widens to this when the
# Edit tab opens, and the form scrolls sideways rather than overflow if the user narrows it.
EDITOR_WIDTH = 500


class DetailArea(QTabWidget):
    """`pane` is the read-only DetailPane; `editor` the docked ReferenceEditor once made.
    `edit_shown()` fires when the Edit tab comes to the front (the window widens the pane);
    `dirtyChanged(bool)` follows the editor's unsaved changes."""

    edit_shown = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, library: Library, *, undo_stack: QUndoStack, notify: Notify,
                 on_error: Callable[[BaseException], None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("detailArea")
        self.setDocumentMode(True)
        self.library = library
        self.undo_stack = undo_stack
        self.notify = notify
        self.on_error = on_error
        self.ids: list[int] = []
        self.editor: ReferenceEditor | None = None
        self.pane = DetailPane(library, self)
        self.edit_page = QStackedWidget(self)
        self.edit_page.setObjectName("editPage")
        self.placeholder = QLabel(self.edit_page)
        self.placeholder.setObjectName("editPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #777; margin: 24px;")
        self.edit_page.addWidget(self.placeholder)
        self.scroll = QScrollArea(self.edit_page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.edit_page.addWidget(self.scroll)
        self.addTab(self.pane, "")
        self.addTab(self.edit_page, "")
        self.currentChanged.connect(self._tab_changed)
        self.retranslate()

    # ------------------------------------------------------------------ the editor
    def ensure_editor(self) -> ReferenceEditor:
        if self.editor is None:
            from gui.reference_editor import ReferenceEditor

            editor = ReferenceEditor(self.library, undo_stack=self.undo_stack,
                                     notify=self.notify, on_error=self.on_error, parent=self)
            editor.setObjectName("dockedEditor")
            editor.dirtyChanged.connect(self.dirtyChanged)
            editor.cancelled.connect(self._cancelled)
            self.scroll.setWidget(editor)
            self.editor = editor
        return self.editor

    def is_editing(self) -> bool:
        return self.currentIndex() == EDIT_TAB

    def is_dirty(self) -> bool:
        return self.editor is not None and self.editor.is_dirty()

    def editing_id(self) -> int | None:
        """The stored reference the Edit tab holds (None before one was loaded)."""
        if self.editor is None or self.editor.is_new:
            return None
        return self.editor.ref_id

    def save(self) -> bool:
        return self.editor.save() if self.editor is not None else True

    def discard(self) -> None:
        """Forget unsaved changes: the form shows the stored record again."""
        if self.editor is not None and self.editor.is_dirty():
            self.editor.cancel()

    def edit(self, ref_id: int) -> None:
        """Bring the Edit tab to the front on `ref_id` with the cursor in its first field."""
        self.ids = [ref_id]
        self.setCurrentIndex(EDIT_TAB)
        self._load_editor()
        editor = self.editor
        if editor is not None and self.edit_page.currentWidget() is self.scroll:
            first = editor.fields.get("title")
            (first or editor.type_combo).setFocus()

    # ------------------------------------------------------------------ following the table
    def show_ids(self, ids: list[int], badge: object = None) -> None:
        """The table's selection changed (the window has already settled unsaved changes)."""
        self.ids = list(ids)
        self.pane.show_ids(ids, badge)  # type: ignore[arg-type]
        if self.is_editing():
            self._load_editor()

    def on_library_changed(self, change: LibraryChange) -> None:
        """A command of the undo stack ran (an edit, its undo, a move to the trash)."""
        if self.editor is not None:
            self.editor.on_library_changed(change)

    def _tab_changed(self, index: int) -> None:
        if index == EDIT_TAB:
            self._load_editor()
            self.edit_shown.emit()

    def _load_editor(self) -> None:
        if self.is_dirty():
            # Unsaved changes stay in sight until the user saves or discards them (the window
            # asks), even when the table no longer lists that reference.
            self.edit_page.setCurrentWidget(self.scroll)
            return
        if len(self.ids) != 1:
            self._placeholder_text()
            self.edit_page.setCurrentWidget(self.placeholder)
            return
        editor = self.ensure_editor()
        ref_id = self.ids[0]
        # Unsaved changes to this very reference stay; anything else shows the stored record.
        if editor.is_new or editor.ref_id != ref_id or not editor.is_dirty():
            try:
                editor.load(ref_id)
            except (SiltemeError, SQLAlchemyError) as exc:  # vanished meanwhile, locked...
                self.placeholder.setText(self.tr("This reference cannot be edited: {reason}")
                                         .format(reason=exc))
                self.edit_page.setCurrentWidget(self.placeholder)
                return
        self.edit_page.setCurrentWidget(self.scroll)

    def _cancelled(self) -> None:
        # Cancel in the docked form discards the changes and leaves the stored record shown.
        if self.editor is not None and self.editor.ref_id is None and self.ids:
            self._load_editor()

    # ------------------------------------------------------------------ library and language
    def set_library(self, library: Library) -> None:
        self.library = library
        self.pane.set_library(library)
        if self.editor is not None:
            self.scroll.takeWidget()
            self.editor.deleteLater()
            self.editor = None
        self.ids = []
        self._load_editor()

    def retranslate(self) -> None:
        self.setTabText(DETAILS_TAB, self.tr("Details"))
        self.setTabText(EDIT_TAB, self.tr("Edit"))
        self.setTabToolTip(EDIT_TAB, self.tr("Edit the selected reference here (Enter, F2 or a "
                                             "double click on a row)"))
        if self.edit_page.currentWidget() is self.placeholder:
            self._placeholder_text()

    def _placeholder_text(self) -> None:
        self.placeholder.setText(self.tr("Select one reference to edit it.") if self.ids
                                 else self.tr("Select a reference to edit it."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
