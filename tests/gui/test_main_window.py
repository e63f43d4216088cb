"""The main window on a real library, driven as a person would: search as you type, sort by a
header click, filters, Delete to the trash and back, Refresh, first run, read-only, hooks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from core.dates import PartialDate
from core.journals.importers import citescore
from core.journals.templates import citescore_row, write_citescore_xlsx
from core.model import Issn, Reference
from db import journals as journals_repo
from db.library import Library
from gui.main_window import PAGE_EMPTY, PAGE_FIRST_RUN, PAGE_TABLE, MainWindow
from gui.reference_model import COLUMN_KEYS
from gui.sidebar import LIBRARY, TRASH
from tests.gui.conftest import TYPED, ids_shown, titles, type_text, wait_idle


def click_row(qtbot: Any, window: MainWindow, row: int, modifier: Any = None) -> None:
    table = window.table
    table.scrollTo(window.model.index(row, 0))
    rect = table.visualRect(window.model.index(row, COLUMN_KEYS.index("title")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     modifier or Qt.KeyboardModifier.NoModifier, rect.center())


def click_header(qtbot: Any, window: MainWindow, key: str) -> None:
    header = window.table.horizontalHeader()
    section = COLUMN_KEYS.index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def row_of(window: MainWindow, ref_id: int) -> int:
    return window.model.rows_of([ref_id])[ref_id]


def test_window_opens_the_library(window: MainWindow, filled: dict[str, Any]) -> None:
    total = len(TYPED) + len(filled["crossref"])
    assert window.model.rowCount() == total
    assert window.pages.currentIndex() == PAGE_TABLE
    assert window.count_label.text() == f"{total} references"
    assert window.library.path.name in window.windowTitle()
    assert not window.banner.isVisible()
    assert window.sidebar.count_of(TRASH) == 0
    # the table is lazy: it read only the pages it painted
    assert window.model.loaded_rows() <= 200


def test_search_as_you_type_narrows_the_rows(qtbot: Any, window: MainWindow,
                                             filled: dict[str, Any]) -> None:
    search = window.filter_bar.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    type_text(search, "қазақ")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert titles(window) == ["Қазақстандағы көші-қон саясатының құқықтық негіздері"]
    # ё and е are one letter for search; every word is a prefix
    search.clear()
    type_text(search, "емкость трудов")
    qtbot.waitUntil(lambda: ids_shown(window) == [filled["ru_article"]], timeout=3000)
    # FTS syntax typed by the user is text: no error, simply no match
    for hostile in ('"zzq AND (', "NEAR(qqx*", "title: -wwz", '"""', "*"):
        search.clear()
        type_text(search, hostile)
        qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
        assert window.pages.currentIndex() == PAGE_EMPTY
        assert window.empty_label.text() == "No references match the search and filters."
    qtbot.mouseClick(window.empty_reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() > 20, timeout=3000)
    assert search.text() == ""


def test_search_waits_for_a_pause_in_typing(qtbot: Any, window: MainWindow) -> None:
    seen: list[str] = []
    window.filter_bar.changed.connect(lambda q: seen.append(q.query))
    type_text(window.filter_bar.search, "мигр")
    assert seen == []  # typing restarts the 200 ms timer
    qtbot.waitUntil(lambda: seen == ["мигр"], timeout=3000)


def test_a_header_click_sorts_in_sql_in_kazakh_order(qtbot: Any, window: MainWindow,
                                                     filled: dict[str, Any]) -> None:
    type_text(window.filter_bar.search, "көші миграц")  # none match both words
    window.filter_bar.reset()
    window.filter_bar.type_combo.setCurrentIndex(
        window.filter_bar.type_combo.findData("article-journal"))
    click_header(qtbot, window, "authors")
    assert (window.model.sort_key, window.model.descending) == ("author", False)
    names = [(window.model.row(r)["authors"] or "-").split()[0] for r in range(window.model.rowCount())]
    typed = [n for n in names if n in ("Әбілқасымова", "Құдайбергенова", "Ясауи", "Smith")]
    # Kazakh alphabet: А Ә ... К Қ ... Я, Cyrillic before Latin
    assert typed == ["Әбілқасымова", "Құдайбергенова", "Ясауи", "Smith"]
    click_header(qtbot, window, "authors")
    assert window.model.descending
    names = [(window.model.row(r)["authors"] or "-").split()[0] for r in range(window.model.rowCount())]
    assert [n for n in names if n in typed] == ["Smith", "Ясауи", "Құдайбергенова",
                                                "Әбілқасымова"]
    # the quartile is computed per row: a click keeps the SQL order
    click_header(qtbot, window, "quartile")
    assert (window.model.sort_key, window.model.descending) == ("author", True)
    assert window.table.horizontalHeader().sortIndicatorSection() == COLUMN_KEYS.index("authors")


def test_delete_moves_the_selection_to_the_trash_and_restore_brings_it_back(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    total = window.model.rowCount()
    law, book = filled["ru_law"], filled["ru_book"]
    click_row(qtbot, window, row_of(window, law))
    click_row(qtbot, window, row_of(window, book), Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_ids()) == sorted([law, book])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == total - 2, timeout=5000)
    assert law not in ids_shown(window) and book not in ids_shown(window)
    assert window.sidebar.count_of(TRASH) == 2
    # the trash lists them
    window.sidebar.setCurrentItem(window.sidebar.item_for(TRASH))
    assert sorted(ids_shown(window)) == sorted([law, book])
    assert not window.commands.trash.isEnabled()
    click_row(qtbot, window, row_of(window, law))
    assert window.commands.restore.isEnabled()
    window.commands.restore.trigger()
    qtbot.waitUntil(lambda: ids_shown(window) == [book], timeout=5000)
    assert window.sidebar.count_of(TRASH) == 1
    window.sidebar.setCurrentItem(window.sidebar.item_for(LIBRARY))
    assert law in ids_shown(window) and book not in ids_shown(window)


def test_empty_trash_asks_first(qtbot: Any, window: MainWindow,
                                filled: dict[str, Any]) -> None:
    window.table.select_ids([filled["en_article"]])
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 1, timeout=5000)
    assert window.commands.empty_trash.isEnabled()

    def confirm_box() -> QMessageBox | None:
        box = window.findChild(QMessageBox, "confirmEmptyTrash")
        return box if box is not None and box.isVisible() else None

    window.commands.empty_trash.trigger()
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=3000)
    box = confirm_box()
    assert box is not None and "Delete 1 references in the trash for good?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirm_box() is None, timeout=3000)
    wait_idle(qtbot, window)
    assert window.sidebar.count_of(TRASH) == 1
    backups_before = set(window.library.backups_dir.glob("*before-empty-trash*"))
    window.commands.empty_trash.trigger()
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=3000)
    box = confirm_box()
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "confirmDelete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sidebar.count_of(TRASH) == 0, timeout=10_000)
    assert set(window.library.backups_dir.glob("*before-empty-trash*")) - backups_before
    with pytest.raises(Exception):  # noqa: B017 - deleted for good
        window.library.get(filled["en_article"])


def test_quick_filters(qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    bar = window.filter_bar
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("legislation"))
    assert ids_shown(window) == [filled["ru_law"]]
    assert bar.reset_button.isVisible()
    bar.type_combo.setCurrentIndex(0)
    bar.language_combo.setCurrentIndex(bar.language_combo.findData("kk"))
    kazakh = [r.id for r in window.library.list_references() if r.language == "kk"]
    assert {filled["kz_article"], filled["kz_refugees"]} <= set(kazakh)
    assert sorted(ids_shown(window)) == sorted(kazakh)
    type_text(bar.year_from, "2022")
    recent = sorted(r.id for r in window.library.list_references()
                    if r.language == "kk" and (r.year or 0) >= 2022)
    assert filled["kz_article"] in recent and filled["kz_refugees"] not in recent
    qtbot.waitUntil(lambda: sorted(ids_shown(window)) == recent, timeout=3000)
    bar.language_combo.setCurrentIndex(0)
    bar.year_from.clear()
    type_text(bar.year_to, "2019")
    qtbot.keyClick(bar.year_to, Qt.Key.Key_Return)
    shown = ids_shown(window)
    assert filled["ru_book"] in shown and filled["kz_article"] not in shown
    assert all((window.model.row(r)["year"] or 0) <= 2019 for r in range(len(shown)))
    bar.year_to.clear()
    qtbot.mouseClick(bar.doi_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: filled["ru_book"] not in ids_shown(window), timeout=3000)
    assert all(window.model.row(r)["doi"] for r in range(window.model.rowCount()))
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == len(TYPED) + len(filled["crossref"])
    assert not bar.doi_check.isChecked() and not bar.reset_button.isVisible()


def test_the_eligible_filter_keeps_what_counts_toward_the_grant(
        qtbot: Any, window: MainWindow, filled: dict[str, Any], tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", 81, 22, 112, 1,
                      "1741-8984", "17418992")]})
    with window.library.transaction() as s:
        journals_repo.import_dataset(s, citescore.parse(path))
    eligible = window.library.add(Reference(
        type="article-journal", title="Return migration to Kazakhstan",
        container_title="Migration Letters", issn=[Issn("1741-8992")],
        issued=PartialDate(2023), language="en"))
    window.refresh()
    qtbot.mouseClick(window.filter_bar.eligible_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.eligibility_pending(), timeout=20_000)
    shown = ids_shown(window)
    assert eligible in shown and filled["ru_law"] not in shown
    qtbot.waitUntil(lambda: window.model.badge(eligible) is not None, timeout=5000)
    badge = window.model.badge(eligible)
    assert badge.quartile == 1
    row = row_of(window, eligible)
    assert window.model.index(row, COLUMN_KEYS.index("quartile")).data() == "Q1"
    assert window.model.index(row, COLUMN_KEYS.index("eligibility")).data().startswith("✓")


def test_the_selection_survives_a_reload_and_a_sort(qtbot: Any, window: MainWindow,
                                                    filled: dict[str, Any]) -> None:
    wanted = sorted([filled["kz_refugees"], filled["crossref"][-1]])
    window.table.select_ids(wanted)
    assert sorted(window.selected_ids()) == wanted
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert sorted(window.selected_ids()) == wanted
    click_header(qtbot, window, "year")
    assert window.model.sort_key == "year"
    assert sorted(window.selected_ids()) == wanted
    assert sorted(window.detail.ref_ids) == wanted


def test_refresh_shows_what_another_program_wrote(qtbot: Any, window: MainWindow) -> None:
    before = window.model.rowCount()
    with Library.open(window.library.path) as other:  # a second connection, as another process
        new = other.add(Reference(type="book", title="Жаңа кітап", language="kk"))
    assert window.model.rowCount() == before
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.model.rowCount() == before + 1 and new in window.model.rows_of([new])


def test_first_run_screen_for_an_empty_library(qtbot: Any, make_window: Any, library: Library,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(library)
    assert window.pages.currentIndex() == PAGE_FIRST_RUN
    assert not window.filter_bar.isVisible()
    page = window.first_run
    assert page.add_doi_button.text() == "Add by DOI" and page.add_doi_button.isEnabled()
    qtbot.mouseClick(page.add_doi_button, Qt.MouseButton.LeftButton)
    dialog = window.crossref.add_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    chooser: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kw: (chooser.append("asked"), ([], ""))[1])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert chooser == ["asked"]  # Import asks for files (none chosen here: nothing happens)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    new = window.findChild(QDialog, "newReferenceDialog")
    assert new is not None and new.isVisible()
    assert new.editor.pages.currentWidget() is new.editor.chooser  # the type chooser first
    new.close()
    # the same actions the menus and shortcuts use: Ctrl+D shows the one dialog again
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.crossref.add_dialog is dialog and dialog.isVisible()
    dialog.close()
    library.add(Reference(type="book", title="Бірінші кітап"))
    window.refresh()
    assert window.pages.currentIndex() == PAGE_TABLE and window.filter_bar.isVisible()


def test_duplicates_from_the_window_merge_and_the_table_follows(
        qtbot: Any, make_window: Any, library: Library, filled: dict[str, Any]) -> None:
    """Ctrl+Shift+D opens the duplicates view on the window's library and scans it; merging a
    pair there moves the copy to the trash, and the window's table and trash count follow."""
    original = library.add(Reference(type="article-journal", title="Правовое регулирование "
                                     "трудовой миграции в Казахстане", issued=PartialDate(2020)))
    copy = library.add(Reference(type="article-journal", title="Pravovoe regulirovanie "
                                 "trudovoi migratsii v Kazakhstane", issued=PartialDate(2020)))
    window = make_window(library)
    assert all(window.commands[name].isEnabled() or name in ("edit_reference", "copy_citation",
                                                             "find_doi", "crossref_refresh")
               for name in MainWindow.HOOKS.values())
    rows_before = window.model.rowCount()
    window.commands["duplicates"].trigger()
    view = window.duplicates
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: not view.scanning and view.model.total() > 0, timeout=30_000)
    assert view.select_pair(original, copy)
    with qtbot.waitSignal(view.merged, timeout=30_000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == rows_before - 1, timeout=10_000)
    assert window.sidebar.count_of(TRASH) == 1
    assert original in ids_shown(window) and copy not in ids_shown(window)
    window.commands["duplicates"].trigger()
    assert window.duplicates is view  # one view, kept


def test_ctrl_f_goes_to_the_search_field(qtbot: Any, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    # Delete while typing edits the text; it never sends references to the trash
    type_text(window.filter_bar.search, "ab")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Home)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Delete)
    assert window.filter_bar.search.text() == "b"
    wait_idle(qtbot, window)
    assert window.sidebar.count_of(TRASH) == 0


def test_read_only_library_shows_a_banner(qtbot: Any, make_window: Any, library: Library,
                                          filled: dict[str, Any]) -> None:
    path = library.path
    library.close()
    with Library.open(path, read_only=True) as ro:
        window = make_window(ro)
        assert window.banner.isVisible()
        assert "read-only" in window.banner.text() and str(path) in window.banner.text()
        assert "[read-only]" in window.windowTitle()
        window.table.select_ids([filled["ru_law"]])
        assert not window.commands.trash.isEnabled()
        assert not window.commands.new_collection.isEnabled()
        window.delete_selected()
        wait_idle(qtbot, window)
        assert ro.get(filled["ru_law"]) is not None and window.sidebar.count_of(TRASH) == 0
        window.close()


def test_the_layout_is_remembered(qtbot: Any, make_window: Any, library: Library,
                                  filled: dict[str, Any], prefs: Any) -> None:
    window = make_window(library)
    window.resize(780, 600)  # within the offscreen screen, so the geometry comes back as it was
    window.table.column_actions[COLUMN_KEYS.index("language")].setChecked(True)
    window.table.column_actions[COLUMN_KEYS.index("container")].setChecked(False)
    window.table.horizontalHeader().resizeSection(COLUMN_KEYS.index("authors"), 233)
    click_header(qtbot, window, "year")
    click_header(qtbot, window, "year")
    window.splitter.setSizes([180, 350, 250])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(library, preferences=type(prefs)(prefs.path))
    assert again.table.visible_columns() == ["authors", "year", "title", "language",
                                             "quartile", "eligibility"]
    assert again.table.horizontalHeader().sectionSize(COLUMN_KEYS.index("authors")) == 233
    assert (again.model.sort_key, again.model.descending) == ("year", True)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_detail_pane_shows_the_record(qtbot: Any, window: MainWindow,
                                      filled: dict[str, Any]) -> None:
    click_row(qtbot, window, row_of(window, filled["ru_law"]))
    html = window.detail.toHtml()
    text = window.detail.toPlainText()
    assert "О миграции населения" in text and "Law" in text
    assert "Парламент Республики Казахстан" in text
    assert "Ведомости Парламента Республики Казахстан" in text
    assert "22.07.2011" in text
    assert "Редакция от 01.01.2024; см. ст. 15." in text
    assert "Монография › Глава 1. Көші-қон › § 1.1" in text
    assert "Текст закона" in text and "(PDF)" in text
    # the link opens the file through the window (which says so when it is gone)
    assert "silteme-attachment:" in html
    click_row(qtbot, window, row_of(window, filled["kz_article"]))
    html = window.detail.toHtml()
    assert "https://doi.org/10.32014/2023.2518-1467.612" in html
    assert "Грант" in window.detail.toPlainText()
    assert "Әбілқасымова, Жанар Серікқызы; Нұрланұлы, Ұлан" in window.detail.toPlainText()


def test_moving_the_shown_reference_to_the_trash_updates_the_pane(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    window.table.select_ids([filled["ru_book"]])
    window.sidebar.setCurrentItem(window.sidebar.item_for(TRASH))
    assert window.detail.ref_ids == []  # the trash is empty: nothing selected
    window.sidebar.setCurrentItem(window.sidebar.item_for(LIBRARY))
    window.table.select_ids([filled["ru_book"]])
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: filled["ru_book"] not in ids_shown(window), timeout=5000)
    assert filled["ru_book"] not in window.detail.ref_ids


def test_references_dropped_on_a_collection_are_filed_there(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    from gui.sidebar import Scope

    sidebar = window.sidebar
    target = sidebar.item_for(Scope("collection", filled["chapter"]))
    rect = sidebar.visualItemRect(target)
    rows = [row_of(window, filled["en_article"]), row_of(window, filled["ru_article"])]
    mime = window.model.mimeData([window.model.index(r, 0) for r in rows])
    drop = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    sidebar.dropEvent(drop)
    qtbot.waitUntil(lambda: sidebar.count_of(Scope("collection", filled["chapter"])) == 2,
                    timeout=5000)
    sidebar.setCurrentItem(sidebar.item_for(Scope("collection", filled["chapter"])))
    # the chapter lists its own references and those of its sub-collection § 1.1
    assert sorted(ids_shown(window)) == sorted([filled["en_article"], filled["ru_article"],
                                                filled["kz_article"], filled["ru_law"]])
