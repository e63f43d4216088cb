"""Editing in the main window, as a person works: Enter on a row opens the editor docked beside
the table, a field is changed and saved, Ctrl+Z in the table takes it back (and Ctrl+Shift+Z
again); Delete and Restore undo too; moving to another row with unsaved changes asks first; a law
typed in by hand through the type chooser, its addition undone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from db.library import Library
from gui.detail_area import EDIT_TAB
from gui.main_window import MainWindow
from gui.reference_model import COLUMN_KEYS
from gui.sidebar import TRASH, Scope
from tests.gui.conftest import ids_shown, type_text, wait_idle


def click_row(qtbot: Any, window: MainWindow, ref_id: int) -> None:
    row = window.model.rows_of([ref_id])[ref_id]
    window.table.scrollTo(window.model.index(row, 0))
    rect = window.table.visualRect(window.model.index(row, COLUMN_KEYS.index("title")))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_title(window: MainWindow, ref_id: int) -> str:
    row = window.model.rows_of([ref_id])[ref_id]
    return str(window.model.index(row, COLUMN_KEYS.index("title")).data())


def retitle(qtbot: Any, window: MainWindow, text: str) -> None:
    """Select the title in the docked form and type over it."""
    editor = window.detail_area.editor
    assert editor is not None
    widget = editor.field("title").input
    editor.scroll_area.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def unsaved_box(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "unsavedChanges")
    return box if box is not None and box.isVisible() else None


def test_enter_opens_the_docked_editor_and_ctrl_z_undoes_the_edit(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    book = filled["ru_book"]
    old = "Миграционное право Республики Казахстан"
    window.resize(1500, 800)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] > 800, timeout=3000)
    click_row(qtbot, window, book)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    area = window.detail_area
    assert area.currentIndex() == EDIT_TAB and area.editor is not None
    assert area.editor.field("title").text() == old
    assert window.splitter.sizes()[2] >= 420  # the pane made room for the form
    retitle(qtbot, window, "Көші-қон құқығы")
    assert area.is_dirty()
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_title(window, book) == "Көші-қон құқығы", timeout=5000)
    assert window.library.get(book).title == "Көші-қон құқығы"
    assert window.commands.undo.text() == "&Undo Edit “Көші-қон құқығы”"
    # Ctrl+Z in the table undoes the library's last step (in a text field it undoes typing)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown_title(window, book) == old, timeout=5000)
    assert window.library.get(book).title == old
    assert area.editor.field("title").text() == old  # the unchanged form follows
    assert "Миграционное право" in window.detail.toPlainText()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: shown_title(window, book) == "Көші-қон құқығы", timeout=5000)


def test_f2_and_a_double_click_edit_too_and_details_stay_a_click_away(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    click_row(qtbot, window, filled["ru_law"])
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    area = window.detail_area
    assert area.currentIndex() == EDIT_TAB
    assert area.editor is not None and area.editor.reference_type == "legislation"
    area.setCurrentIndex(0)
    row = window.model.rows_of([filled["kz_article"]])[filled["kz_article"]]
    rect = window.table.visualRect(window.model.index(row, COLUMN_KEYS.index("title")))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.currentIndex() == EDIT_TAB and area.editing_id() == filled["kz_article"]
    # the form follows the selection while it is shown
    click_row(qtbot, window, filled["ru_book"])
    assert area.editing_id() == filled["ru_book"]
    window.table.select_ids([filled["ru_book"], filled["ru_law"]])
    assert area.edit_page.currentWidget() is area.placeholder
    assert area.placeholder.text() == "Select one reference to edit it."


def test_moving_on_with_unsaved_changes_asks_save_discard_or_cancel(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    book, law, article = filled["ru_book"], filled["ru_law"], filled["en_article"]
    click_row(qtbot, window, book)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    retitle(qtbot, window, "Unsaved title")
    # Cancel: stay on the reference being edited, the typing kept
    click_row(qtbot, window, law)
    qtbot.waitUntil(lambda: unsaved_box(window) is not None, timeout=3000)
    box = unsaved_box(window)
    assert box is not None and "Save the changes to “Unsaved title”?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unsaved_box(window) is None, timeout=3000)
    assert window.selected_ids() == [book]
    assert window.detail_area.is_dirty()
    assert window.detail_area.editor.field("title").text() == "Unsaved title"
    # Discard: the other reference is shown, nothing was written
    click_row(qtbot, window, law)
    qtbot.waitUntil(lambda: unsaved_box(window) is not None, timeout=3000)
    box = unsaved_box(window)
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail_area.editing_id() == law, timeout=3000)
    assert window.library.get(book).title == "Миграционное право Республики Казахстан"
    # Save: written, then the next reference
    retitle(qtbot, window, "О миграции населения (ред. 2024)")
    click_row(qtbot, window, article)
    qtbot.waitUntil(lambda: unsaved_box(window) is not None, timeout=3000)
    box = unsaved_box(window)
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail_area.editing_id() == article, timeout=3000)
    assert window.library.get(law).title == "О миграции населения (ред. 2024)"
    assert window.selected_ids() == [article]


def test_unsaved_changes_stay_in_sight_when_the_table_changes_scope(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    click_row(qtbot, window, filled["ru_book"])
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    retitle(qtbot, window, "Жаңа атау")
    window.sidebar.setCurrentItem(window.sidebar.item_for(TRASH))  # the book is not listed there
    qtbot.waitUntil(lambda: unsaved_box(window) is not None, timeout=3000)
    box = unsaved_box(window)
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unsaved_box(window) is None, timeout=3000)
    area = window.detail_area
    assert area.edit_page.currentWidget() is area.scroll  # the form, not the placeholder
    assert area.editor is not None and area.editor.field("title").text() == "Жаңа атау"
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    assert window.library.get(filled["ru_book"]).title == "Жаңа атау"


def test_closing_the_window_with_unsaved_changes_asks_first(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    click_row(qtbot, window, filled["ru_book"])
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    retitle(qtbot, window, "Жаңа атау")
    window.close()
    qtbot.waitUntil(lambda: unsaved_box(window) is not None, timeout=3000)
    assert window.isVisible()
    box = unsaved_box(window)
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.library.get(filled["ru_book"]).title == "Жаңа атау"


def test_delete_and_restore_are_undone_with_ctrl_z(qtbot: Any, window: MainWindow,
                                                   filled: dict[str, Any]) -> None:
    total = window.model.rowCount()
    law, book = filled["ru_law"], filled["ru_book"]
    window.table.select_ids([law, book])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == total - 2, timeout=5000)
    assert window.sidebar.count_of(TRASH) == 2
    assert window.commands.undo.text() == "&Undo Move 2 reference(s) to the trash"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=5000)
    assert window.sidebar.count_of(TRASH) == 0
    assert {law, book} <= set(ids_shown(window))
    # restoring from the trash undoes as well
    window.table.select_ids([book])
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 1, timeout=5000)
    window.sidebar.setCurrentItem(window.sidebar.item_for(TRASH))
    window.table.select_ids([book])
    window.commands.restore.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 0, timeout=5000)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 1, timeout=5000)
    assert ids_shown(window) == [book]
    # references dropped on the trash in the sidebar go through the stack too
    window.sidebar.setCurrentItem(window.sidebar.item_for(Scope("library")))
    window.file_references(TRASH, [law])
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 2, timeout=5000)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 1, timeout=5000)


def test_a_law_typed_in_by_hand_and_its_addition_undone(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    section = Scope("collection", filled["section"], "§ 1.1")
    window.sidebar.setCurrentItem(window.sidebar.item_for(section))
    before = window.model.rowCount()
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "newReferenceDialog")
    assert dialog is not None and dialog.isVisible()
    editor = dialog.editor
    assert editor.pages.currentWidget() is editor.chooser
    qtbot.mouseClick(editor.chooser.findChild(QPushButton, "type:legislation"),
                     Qt.MouseButton.LeftButton)
    assert editor.reference_type == "legislation"
    type_text(editor.field("title").input, "О беженцах")
    type_text(editor.field("number").input, "216-IV")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=5000)
    wait_idle(qtbot, window)
    new = [i for i in ids_shown(window) if window.library.get(i).title == "О беженцах"]
    assert len(new) == 1 and window.selected_ids() == new  # filed in § 1.1 and selected
    assert window.library.get(new[0]).number == "216-IV"
    assert window.commands.undo.text() == "&Undo Add “О беженцах”"
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == before, timeout=5000)
    assert window.sidebar.count_of(TRASH) == 1  # undoing an addition never destroys it


def test_a_read_only_library_offers_no_editing(qtbot: Any, make_window: Any, library: Library,
                                               filled: dict[str, Any]) -> None:
    path = library.path
    library.close()
    with Library.open(path, read_only=True) as ro:
        window = make_window(ro)
        window.table.select_ids([filled["ru_law"]])
        for name in ("new_reference", "add_doi", "import_file", "attach_file", "undo"):
            assert not window.commands[name].isEnabled(), name
        window.open_editor(filled["ru_law"])
        editor = window.detail_area.editor
        assert editor is not None and not editor.save_button.isEnabled()
        assert window.open_add_doi() is None
        window.close()


@pytest.fixture(autouse=True)
def _drain(qtbot: Any) -> Any:
    yield
    qtbot.wait(20)


def test_ctrl_z_in_a_field_undoes_the_typing_not_the_library(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    book = filled["ru_book"]
    click_row(qtbot, window, book)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    retitle(qtbot, window, "Первое название")
    editor = window.detail_area.editor
    assert editor is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.library.get(book).title == "Первое название"
    publisher = editor.field("publisher").input
    qtbot.mouseClick(publisher, Qt.MouseButton.LeftButton)
    qtbot.keyClick(publisher, Qt.Key.Key_End)
    type_text(publisher, " Пресс")
    assert editor.field("publisher").text() == "Юрист Пресс"
    qtbot.keyClick(publisher, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.field("publisher").text() != "Юрист Пресс"  # the field's own undo
    assert window.library.get(book).title == "Первое название"  # the library's step stays
    assert window.undo_stack.count() == 1
