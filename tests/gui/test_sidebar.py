"""The sidebar on a real library: the tree (collections nested, tags, trash, journals) with
counts, choosing an entry scopes the table, the collection menu's writes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from gui.main_window import MainWindow
from gui.sidebar import COLLECTIONS, GRANT, JOURNALS, LIBRARY, TAGS, TEAM, TRASH, Scope
from tests.gui.conftest import TYPED, ids_shown, type_text, wait_idle


def click_item(qtbot: Any, window: MainWindow, scope: Scope) -> None:
    sidebar = window.sidebar
    item = sidebar.item_for(scope)
    assert item is not None, scope
    sidebar.scrollToItem(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())


def tree(window: MainWindow) -> list[str]:
    """The sidebar's entries as text, indented by depth, with counts."""
    out: list[str] = []

    def walk(item: Any, depth: int) -> None:
        count = f" ({item.text(1)})" if item.text(1) else ""
        out.append("  " * depth + item.text(0) + count)
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(window.sidebar.topLevelItemCount()):
        walk(window.sidebar.topLevelItem(i), 0)
    return out


def test_the_tree_shows_collections_nested_tags_and_counts(window: MainWindow,
                                                           filled: dict[str, Any]) -> None:
    total = len(TYPED) + len(filled["crossref"])
    assert tree(window) == [
        f"My library ({total})",
        "Team publications (0)",
        "  Grant progress",
        "Collections",
        "  Монография (1)",
        "    Глава 1. Көші-қон (0)",
        "      § 1.1 (2)",
        "Tags",
        "  Грант (2)",
        "Trash (0)",
        "Journals",
    ]
    assert window.sidebar.current_scope == LIBRARY


def test_a_collection_lists_its_references_and_those_of_its_subcollections(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    click_item(qtbot, window, Scope("collection", filled["monograph"]))
    assert sorted(ids_shown(window)) == sorted([filled["ru_book"], filled["kz_article"],
                                                filled["ru_law"]])
    click_item(qtbot, window, Scope("collection", filled["section"]))
    assert sorted(ids_shown(window)) == sorted([filled["kz_article"], filled["ru_law"]])
    # the search works inside the scope
    type_text(window.filter_bar.search, "заң")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    window.filter_bar.reset()
    type_text(window.filter_bar.search, "миграц")
    qtbot.waitUntil(lambda: ids_shown(window) == [filled["ru_law"]], timeout=3000)


def test_tags_team_and_headers(qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    tag = window.sidebar.item_for(Scope("tag", 1))
    assert tag is not None and tag.text(0) == "Грант"
    click_item(qtbot, window, Scope("tag", 1))
    assert sorted(ids_shown(window)) == sorted([filled["kz_article"], filled["en_article"]])
    click_item(qtbot, window, TEAM)
    assert window.pages.currentIndex() == 1 and "No team publications" in \
        window.empty_label.text()
    # a header only folds: the table keeps its scope
    click_item(qtbot, window, COLLECTIONS)
    click_item(qtbot, window, TAGS)
    assert window.sidebar.current_scope == TEAM


def test_the_journals_and_grant_entries_show_their_views(qtbot: Any, window: MainWindow) -> None:
    click_item(qtbot, window, TRASH)
    click_item(qtbot, window, JOURNALS)
    assert window.views.currentWidget() is window.journals_view
    assert window.sidebar.currentItem() is window.sidebar.item_for(JOURNALS)
    assert window.sidebar.current_scope == TRASH  # the table keeps its scope meanwhile
    assert not window.commands.trash.isEnabled()   # Delete never acts on the hidden table
    grant = window.sidebar.item_for(GRANT)
    assert grant is not None and grant.parent() is window.sidebar.item_for(TEAM)
    click_item(qtbot, window, GRANT)
    assert window.views.currentWidget() is window.grant_view
    click_item(qtbot, window, TRASH)
    assert window.views.currentWidget() is window.references_view
    assert window.sidebar.current_scope == TRASH


def test_team_publications(qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    window.table.select_ids([filled["kz_article"], filled["ru_book"]])
    window.commands.team_add.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TEAM) == 2, timeout=5000)
    click_item(qtbot, window, TEAM)
    assert sorted(ids_shown(window)) == sorted([filled["kz_article"], filled["ru_book"]])
    window.table.select_ids([filled["ru_book"]])
    window.commands.team_remove.trigger()
    qtbot.waitUntil(lambda: ids_shown(window) == [filled["kz_article"]], timeout=5000)


def open_dialog(window: MainWindow) -> QInputDialog | None:
    shown = [d for d in window.findChildren(QInputDialog, "askText") if d.isVisible()]
    return shown[0] if shown else None


def answer(qtbot: Any, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: open_dialog(window) is not None, timeout=3000)
    dialog = open_dialog(window)
    assert dialog is not None
    dialog.setTextValue(text)
    dialog.accept()
    wait_idle(qtbot, window)


def test_collections_are_made_renamed_and_deleted_from_the_sidebar(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    window.new_collection(None)
    answer(qtbot, window, "Жаңа жинақ")
    made = [t.strip() for t in _tree_names(window)]
    assert "Жаңа жинақ" in made
    parent = Scope("collection", filled["monograph"], "Монография")
    window.new_collection(parent)
    answer(qtbot, window, "Глава 2")
    assert "    Глава 2" in _tree_names(window)
    window.rename_collection(parent)
    answer(qtbot, window, "Монография 2026")
    assert "  Монография 2026" in _tree_names(window)
    # a name already used at that level is refused with a message, nothing changes
    window.new_collection(None)
    answer(qtbot, window, "Жаңа жинақ")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorMessage") is not None,
                    timeout=3000)
    box = window.findChild(QMessageBox, "errorMessage")
    assert "already exists here" in box.text()
    box.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    click_item(qtbot, window, Scope("collection", filled["monograph"]))
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)  # Delete in the sidebar: the collection
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmDeleteCollection") is not None,
                    timeout=3000)
    confirm = window.findChild(QMessageBox, "confirmDeleteCollection")
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "  Монография 2026" not in _tree_names(window), timeout=5000)
    assert window.sidebar.current_scope == LIBRARY  # its entry is gone: back to the library
    assert window.library.get(filled["ru_book"]) is not None  # references stay


def _tree_names(window: MainWindow) -> list[str]:
    return [line.rsplit(" (", 1)[0] for line in tree(window)]


def test_collections_and_tags_follow_the_kazakh_alphabet(qtbot: Any, make_window: Any,
                                                         library: Any) -> None:
    from core.model import Reference
    from db import collections, tags

    ref = library.add(Reference(title="Мақала"))
    with library.transaction() as s:
        for name in ("Ясауи", "Әдебиет", "Абай", "Құқық", "Кодекс", "Zakon"):
            collections.create(s, name)
        for name in ("ұлт", "үкім", "ата"):
            tags.tag(s, [ref], name)
    window = make_window(library)
    names = [line.strip() for line in _tree_names(window)]
    first, last = names.index("Collections") + 1, names.index("Tags")
    assert names[first:last] == ["Абай", "Әдебиет", "Кодекс", "Құқық", "Ясауи", "Zakon"]
    assert names[last + 1:last + 4] == ["ата", "ұлт", "үкім"]
