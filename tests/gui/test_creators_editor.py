"""The creators list editor driven as a person would: adding people and organisations, typing
Kazakh and Russian names, roles, removing, dragging and moving rows with buttons and keys."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from core.model import Creator  # noqa: E402
from gui.creators_editor import CreatorsEditor  # noqa: E402
from tests.support.qt_typing import type_text  # noqa: E402

PEOPLE = [
    Creator(family="Жетпісов", given="С. К."),
    Creator(family="Құрманғалиұлы", given="Б.", orcid="https://orcid.org/0000-0002-1825-0097",
            extra={"affiliation": [{"name": "ҚазҰУ"}]}),
    Creator(role="editor", family="Meer", given="Jan", particle="van der"),
    Creator(role="compiler", literal="Министерство внутренних дел Республики Казахстан"),
]


@pytest.fixture
def editor(qtbot):  # type: ignore[no-untyped-def]
    ed = CreatorsEditor()
    qtbot.addWidget(ed)
    ed.setMinimumSize(640, 360)
    ed.set_creators(PEOPLE)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def click_row(qtbot, ed: CreatorsEditor, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    rect = ed.view.visualRect(ed.model.index(row, 1))
    qtbot.mouseClick(ed.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def names(ed: CreatorsEditor) -> list[str]:
    return [c.family or c.literal or "" for c in ed.creators()]


def test_the_list_shows_roles_and_names(editor) -> None:  # type: ignore[no-untyped-def]
    model = editor.model
    assert model.rowCount() == 4
    assert model.index(0, 0).data() == "Author"
    assert model.index(2, 0).data() == "Editor"
    assert model.index(2, 1).data() == "van der Meer, Jan"
    assert model.index(3, 0).data() == "Compiler"
    assert model.index(3, 1).data() == "Министерство внутренних дел Республики Казахстан"
    assert editor.creators() == PEOPLE and editor.creators() is not PEOPLE


def test_add_a_person_after_the_selected_one_and_type_the_name(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 0)
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    assert editor.family_edit.hasFocus()
    type_text(editor.family_edit, "Әбенов")
    qtbot.keyClick(editor.family_edit, Qt.Key.Key_Tab)
    type_text(editor.given_edit, "Ғ. Ө.")
    assert names(editor) == ["Жетпісов", "Әбенов", "Құрманғалиұлы", "Meer",
                             "Министерство внутренних дел Республики Казахстан"]
    added = editor.creators()[1]
    assert (added.role, added.given, added.literal) == ("author", "Ғ. Ө.", None)
    assert editor.model.index(1, 1).data() == "Әбенов, Ғ. Ө."


def test_add_an_organisation(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 3)
    qtbot.mouseClick(editor.add_org_button, Qt.MouseButton.LeftButton)
    assert editor.org_radio.isChecked() and editor.literal_edit.hasFocus()
    type_text(editor.literal_edit, "Қазақстан Республикасының Парламенті")
    org = editor.creators()[4]
    assert org.is_organisation and org.literal == "Қазақстан Республикасының Парламенті"


def test_a_row_left_without_a_name_is_not_stored(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 5
    assert editor.creators() == PEOPLE


def test_remove_with_the_button_and_with_the_delete_key(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["Жетпісов", "Meer", "Министерство внутренних дел Республики Казахстан"]
    click_row(qtbot, editor, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert names(editor) == ["Meer", "Министерство внутренних дел Республики Казахстан"]


def test_move_with_buttons_and_with_alt_arrows(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 0)
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert names(editor)[:2] == ["Құрманғалиұлы", "Жетпісов"]
    assert editor.selected_rows() == [1]  # the selection follows the moved row
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:3] == ["Құрманғалиұлы", "Meer", "Жетпісов"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(editor)[:3] == ["Жетпісов", "Құрманғалиұлы", "Meer"]
    assert not editor.up_button.isEnabled()


def test_several_rows_move_together(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 2)
    click_row(qtbot, editor, 3, Qt.KeyboardModifier.ShiftModifier)
    assert editor.selected_rows() == [2, 3]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert names(editor) == ["Жетпісов", "Meer", "Министерство внутренних дел Республики Казахстан",
                             "Құрманғалиұлы"]
    assert editor.selected_rows() == [1, 2]


def test_drag_a_row_to_the_top(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """A drop on the upper half of the first row, carrying what the view's drag carries."""
    click_row(qtbot, editor, 2)
    data = editor.model.mimeData(editor.view.selectionModel().selectedIndexes())
    assert data.text() == "van der Meer, Jan"
    top = editor.view.visualRect(editor.model.index(0, 1))
    drop = QDropEvent(QPointF(top.center().x(), top.top() + 2), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(editor.changed):
        editor.view.dropEvent(drop)
    assert drop.isAccepted()
    assert names(editor) == ["Meer", "Жетпісов", "Құрманғалиұлы",
                             "Министерство внутренних дел Республики Казахстан"]
    assert editor.selected_rows() == [0]


def test_the_drag_itself_never_deletes_rows(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """Starting a drag and letting it end (offscreen it ends at once, without a drop) leaves
    the list as it was: only a drop moves rows."""
    click_row(qtbot, editor, 1)
    editor.view.startDrag(Qt.DropAction.MoveAction)
    assert editor.creators() == PEOPLE


def test_drop_below_the_last_row_moves_to_the_end(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    data = editor.model.mimeData([editor.model.index(0, 0), editor.model.index(0, 1)])
    bottom = editor.view.viewport().rect().bottom()
    assert not editor.view.indexAt(editor.view.viewport().rect().bottomLeft()).isValid()
    drop = QDropEvent(QPointF(10, bottom - 2), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.view.dropEvent(drop)
    assert names(editor)[-1] == "Жетпісов"
    assert len(editor.creators()) == 4


def test_change_the_role_from_the_keyboard(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.set_roles(("author", "editor", "translator", "compiler"))
    click_row(qtbot, editor, 1)
    editor.role_combo.setFocus()
    type_text(editor.role_combo, "Tr")
    assert editor.creators()[1].role == "translator"
    assert editor.model.index(1, 0).data() == "Translator"
    # the other name parts, the ORCID and imported extras are untouched
    c = editor.creators()[1]
    assert c.orcid == PEOPLE[1].orcid and c.extra == PEOPLE[1].extra


def test_every_csl_role_is_offered(editor) -> None:  # type: ignore[no-untyped-def]
    from core.model import CREATOR_ROLES

    offered = {editor.role_combo.itemData(i) for i in range(editor.role_combo.count())}
    assert set(CREATOR_ROLES) <= offered


def test_editing_keeps_orcid_and_extras(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 1)
    qtbot.mouseClick(editor.given_edit, Qt.MouseButton.LeftButton)
    editor.given_edit.selectAll()
    type_text(editor.given_edit, "Бауыржан")
    c = editor.creators()[1]
    assert c.given == "Бауыржан" and c.family == "Құрманғалиұлы"
    assert c.orcid == PEOPLE[1].orcid and c.extra == {"affiliation": [{"name": "ҚазҰУ"}]}


def test_switch_between_person_and_organisation(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, editor, 2)
    qtbot.mouseClick(editor.org_radio, Qt.MouseButton.LeftButton)
    c = editor.creators()[2]
    assert c.is_organisation and c.literal == "Jan van der Meer"
    assert editor.org_box.isVisible() and not editor.person_box.isVisible()
    click_row(qtbot, editor, 3)
    qtbot.mouseClick(editor.person_radio, Qt.MouseButton.LeftButton)
    c = editor.creators()[3]
    assert not c.is_organisation
    assert c.family == "Министерство внутренних дел Республики Казахстан"
    assert editor.family_edit.text() == c.family


def test_detail_is_hidden_without_a_single_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = CreatorsEditor()
    qtbot.addWidget(ed)
    ed.setMinimumSize(640, 300)
    ed.set_creators([])
    ed.show()
    assert not ed.detail.isVisible()
    assert not ed.remove_button.isEnabled()
    qtbot.mouseClick(ed.add_person_button, Qt.MouseButton.LeftButton)
    assert ed.detail.isVisible()
