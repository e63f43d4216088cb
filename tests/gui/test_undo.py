"""Undo and redo over the library (gui/undo.py): an edit made in the editor comes back exactly
(CSL-JSON compared), deletions come back from the trash, additions go to the trash and return,
every step notifies the views, and a failing step is reported, never half-done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from core.errors import LibraryError, NotFoundError  # noqa: E402
from core.model import Reference  # noqa: E402
from db.library import Library  # noqa: E402
from gui.reference_editor import ReferenceEditor  # noqa: E402
from gui.undo import (  # noqa: E402
    ADDED,
    EDITED,
    RESTORED,
    TRASHED,
    AddReference,
    EditReference,
    LibraryChange,
    MoveToTrash,
    RestoreFromTrash,
    execute,
)
from tests.support.qt_typing import type_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ITEMS = {i["id"]: i for i in json.loads(
    (ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))}


class Host(QMainWindow):
    """What the main window does: owns the stack, binds Ctrl+Z / Ctrl+Shift+Z, relays changes."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.changes: list[LibraryChange] = []
        self.errors: list[BaseException] = []
        self.stack = QUndoStack(self)
        undo = self.stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.addAction(undo)
        self.addAction(redo)
        self.editor = ReferenceEditor(library, undo_stack=self.stack, notify=self.changed,
                                      on_error=self.errors.append)
        self.setCentralWidget(self.editor)
        self.setMinimumSize(800, 900)

    def changed(self, change: LibraryChange) -> None:
        self.changes.append(change)
        self.editor.on_library_changed(change)


@pytest.fixture
def stored(library):  # type: ignore[no-untyped-def]
    return {key: library.add(Reference.from_csl(item)) for key, item in ITEMS.items()}


@pytest.fixture
def host(qtbot, library):  # type: ignore[no-untyped-def]
    window = Host(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def csl(library: Library, ref_id: int) -> dict:  # type: ignore[type-arg]
    return library.get(ref_id).to_csl(include_id=False)


def press(qtbot, host: Host, keys: str) -> None:  # type: ignore[no-untyped-def]
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(host, Qt.Key.Key_Z, modifiers)


def test_undo_of_an_edit_in_the_editor_restores_the_record_exactly(qtbot, host, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["article-kk"]
    before = csl(library, ref_id)
    editor = host.editor
    editor.load(ref_id)
    for key, text in (("title", "Көші-қон және адам құқықтары: жаңа көзқарас"),
                      ("page", "15-25"), ("issued", "15.05.2022"), ("issn", "0317-8471")):
        widget = editor.field(key).input
        editor.scroll_area.ensureWidgetVisible(widget)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(widget, text)
    creators = editor.creators_editor
    rect = creators.view.visualRect(creators.model.index(1, 1))
    qtbot.mouseClick(creators.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(creators.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    edited = csl(library, ref_id)
    assert edited["title"].endswith("жаңа көзқарас") and edited["issued"] != before["issued"]
    assert edited["ISSN"] == "0317-8471"
    assert [a["family"] for a in edited["author"]] == ["Құрманғалиұлы", "Жетпісов"]
    assert host.stack.count() == 1
    assert host.stack.undoText() == "Edit “Көші-қон және адам құқықтары: жаңа көзқ…”"
    assert host.changes == [LibraryChange(EDITED, (ref_id,))]

    press(qtbot, host, "Ctrl+Z")
    assert csl(library, ref_id) == before
    assert host.changes[-1] == LibraryChange(EDITED, (ref_id,))
    assert editor.field("title").text() == before["title"]  # the form follows the undo
    assert library.search("көзқарас") == []  # and so does the search index

    press(qtbot, host, "Ctrl+Shift+Z")
    assert csl(library, ref_id) == edited


def test_undo_of_an_edit_keeps_what_changed_meanwhile_elsewhere(qtbot, library, stored):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    ref_id = stored["khamzin"]
    before = library.get(ref_id)
    after = before.with_changes(title="Labour migration in Kazakhstan", volume="12")
    execute(stack, EditReference(library, before, after))
    refreshed = library.get(ref_id).with_changes(abstract="Fetched from Crossref.")
    library.update(refreshed)  # a change outside the stack
    stack.undo()
    now = library.get(ref_id)
    assert (now.title, now.volume) == (before.title, before.volume)
    assert now.abstract == "Fetched from Crossref."
    stack.redo()
    assert library.get(ref_id).title == "Labour migration in Kazakhstan"


def test_delete_a_set_and_undo_restores_only_what_was_deleted(qtbot, library, stored):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    changes: list[LibraryChange] = []
    already = stored["news"]
    library.delete(already)
    ids = [stored["migr"], stored["migr-kk"], already]
    command = MoveToTrash(library, ids, notify=changes.append)
    assert command.text() == "Move 3 reference(s) to the trash"
    count = library.count()
    execute(stack, command)
    assert library.count() == count - 2
    assert changes == [LibraryChange(TRASHED, (stored["migr"], stored["migr-kk"]))]
    trash = {r.id for r in library.list_references(deleted=True)}
    assert {stored["migr"], stored["migr-kk"], already} <= trash

    stack.undo()
    assert library.count() == count
    trash = {r.id for r in library.list_references(deleted=True)}
    assert already in trash and stored["migr"] not in trash  # it was in the trash before
    assert changes[-1] == LibraryChange(RESTORED, (stored["migr"], stored["migr-kk"]))
    assert csl(library, stored["migr"])["title"] == "О миграции населения"

    stack.redo()
    assert library.count() == count - 2


def test_restore_from_trash_and_undo(qtbot, library, stored):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    library.delete(stored["court"])
    execute(stack, RestoreFromTrash(library, [stored["court"]]))
    assert stored["court"] in {r.id for r in library.list_references()}
    assert stack.undoText() == "Restore 1 reference(s) from the trash"
    stack.undo()
    assert stored["court"] in {r.id for r in library.list_references(deleted=True)}


def test_undo_of_an_addition_moves_it_to_the_trash_and_redo_brings_it_back(qtbot, host, library):  # type: ignore[no-untyped-def]
    editor = host.editor
    editor.new_reference("legislation", "kk")
    widget = editor.field("title").input
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    type_text(widget, "Халықтың көші-қоны туралы")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    ref_id = saved.args[0]
    assert host.changes == [LibraryChange(ADDED, (ref_id,))]
    assert host.stack.undoText() == "Add “Халықтың көші-қоны туралы”"
    added = csl(library, ref_id)

    press(qtbot, host, "Ctrl+Z")
    assert library.count() == 0 and library.count(deleted=True) == 1
    assert host.changes[-1] == LibraryChange(TRASHED, (ref_id,))
    assert editor.notice.isVisible() and "trash" in editor.notice.text()
    press(qtbot, host, "Ctrl+Shift+Z")
    assert library.count() == 1 and csl(library, ref_id) == added
    assert not editor.notice.isVisible()


def test_a_failed_write_pushes_nothing(qtbot, library_path, stored, library):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    read_only = Library.open(library_path, read_only=True)
    try:
        with pytest.raises(LibraryError):
            execute(stack, MoveToTrash(read_only, [stored["migr"]]))
    finally:
        read_only.close()
    assert stack.count() == 0
    assert stored["migr"] in {r.id for r in library.list_references()}


def test_a_failing_redo_is_reported_and_dropped_from_the_stack(qtbot, library):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    errors: list[BaseException] = []
    changes: list[LibraryChange] = []
    command = AddReference(library, Reference(type="book", title="Көші-қон құқығы"),
                           notify=changes.append, on_error=errors.append)
    execute(stack, command)
    stack.undo()
    library.empty_trash()  # the record is gone for good: redo cannot bring it back
    stack.redo()
    assert len(errors) == 1 and isinstance(errors[0], NotFoundError)
    assert stack.count() == 0  # the command no longer describes the library
    assert [c.kind for c in changes] == [ADDED, TRASHED]


def test_editing_needs_a_stored_record(library) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        EditReference(library, Reference(title="x"), Reference(title="y"))
