"""The journal list over a registry holding the real SCImago export and CiteScore files: its
columns, search by title or ISSN as you type, sorting by clicking a header, selecting a journal
opens its page, and a journal typed in by hand appears in the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from core.dates import PartialDate  # noqa: E402
from core.journals.templates import citescore_row, write_citescore_xlsx  # noqa: E402
from core.model import Creator, Issn, Reference  # noqa: E402
from core.text import fold  # noqa: E402
from db.library import Library  # noqa: E402
from gui.journal_editor import JournalEditor  # noqa: E402
from gui.journals_view import JournalListModel, JournalsView  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from tests.support.journal_gui import (  # noqa: E402
    OFFSCREEN_SIZE_HINTS,
    SCIMAGO,
    import_file,
    type_text,
    whole_wos_list,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    import_file(library, "scimago", SCIMAGO)
    import_file(library, "scopus-citescore", write_citescore_xlsx(
        tmp_path / "CiteScore 2022.xlsx", {2022: [
            citescore_row(1, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                          "1741-8984", "17418992"),
            citescore_row(1, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                          "1741-8984", "17418992"),
            # Cell in the SCImago export as well (ISSN 0092-8674): CiteScore joins it.
            citescore_row(2, "Cell", 1300, "Biochemistry", 99, 1, 420, 1, "0092-8674")]}))
    import_file(library, "wos", whole_wos_list(
        tmp_path / "wos-core_SSCI 2023-February-22.csv", [("MIGRATION LETTERS", "1741-8984")],
        filler=3), index="SSCI")
    authors = [Creator.parse("Khamzin, A.")]
    library.add_many([
        Reference(type="article-journal", title=f"Labour migration {n}", creators=authors,
                  container_title="Migration Letters", issued=PartialDate(2023),
                  issn=[Issn("1741-8992")]) for n in range(3)])
    yield library
    library.close()


@pytest.fixture()
def runner(qtbot, lib: Library) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(20000)


@pytest.fixture()
def view(qtbot, lib: Library, runner: TaskRunner) -> JournalsView:  # type: ignore[no-untyped-def]
    widget = JournalsView(lib, runner, user="aigerim")
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.reload()
    return widget


def _column(view: JournalsView, col: int) -> list[str]:
    m = view.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def _row_of(view: JournalsView, title: str) -> int:
    return _column(view, JournalListModel.TITLE).index(title)


def _click_header(qtbot, view: JournalsView, col: int) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _search(qtbot, view: JournalsView, text: str) -> int:  # type: ignore[no-untyped-def]
    view.search.clear()
    with qtbot.waitSignal(view.filtered, timeout=10000) as blocker:
        type_text(view.search, text)
    return int(blocker.args[0])


def test_the_list_shows_every_journal_with_its_figures(qtbot, view: JournalsView) -> None:  # type: ignore[no-untyped-def]
    total = view.model.total()
    # 307 journals of the SCImago sample, Migration Letters and 3 other journals of the WoS
    # list; Cell's CiteScore row joined Cell from the SCImago export (same ISSN).
    assert total == 311
    assert view.count_label.text() == f"{total} journals"
    m, ml = view.model, _row_of(view, "Migration Letters")
    assert [m.data(m.index(ml, c)) for c in range(m.columnCount())] == [
        "Migration Letters", "1741-8984, 1741-8992", "Publisher", "65", "Q2", "2022", "SSCI",
        "", "3"]
    cell = _row_of(view, "Cell")
    assert [m.data(m.index(cell, c)) for c in (1, 3, 4, 5)] == [
        "0092-8674, 1097-4172", "99", "Q1", "2022"]
    tip = m.data(m.index(ml, JournalListModel.PERCENTILE), Qt.ItemDataRole.ToolTipRole)
    assert tip == "CiteScore 2022, best subject Demography: percentile 65, Q2"
    # An SJR quartile is not a CiteScore quartile: SCImago journals show none.
    immunology = _row_of(view, "Annual Review of Immunology")
    assert m.data(m.index(immunology, JournalListModel.QUARTILE)) == ""


def test_search_by_title_or_issn_as_you_type(qtbot, view: JournalsView) -> None:  # type: ignore[no-untyped-def]
    total = view.model.total()
    shown = _search(qtbot, view, "law")
    titles = _column(view, JournalListModel.TITLE)
    assert shown == len(titles) > 5
    assert all("law" in fold(t) for t in titles)
    assert view.count_label.text() == f"{shown} of {total} journals"
    assert _search(qtbot, view, "0732-05") == 1            # part of an ISSN
    assert _column(view, JournalListModel.TITLE) == ["Annual Review of Immunology"]
    assert _search(qtbot, view, "15453278") == 1           # its other ISSN, without hyphen
    assert _search(qtbot, view, "no such journal anywhere") == 0
    assert view.hint.isVisible() and "No journal matches" in view.hint.text()
    with qtbot.waitSignal(view.filtered, timeout=10000):
        view.search.clear()
    assert view.model.rowCount() == total and not view.hint.isVisible()


def test_sorting_by_clicking_a_header(qtbot, view: JournalsView) -> None:  # type: ignore[no-untyped-def]
    titles = _column(view, JournalListModel.TITLE)
    from core.text import collation_key

    assert titles == sorted(titles, key=collation_key)
    header = view.table.horizontalHeader()
    _click_header(qtbot, view, JournalListModel.PERCENTILE)
    assert header.sortIndicatorSection() == JournalListModel.PERCENTILE
    orders = {header.sortIndicatorOrder(): _column(view, JournalListModel.PERCENTILE)}
    _click_header(qtbot, view, JournalListModel.PERCENTILE)
    orders[header.sortIndicatorOrder()] = _column(view, JournalListModel.PERCENTILE)
    ascending = orders[Qt.SortOrder.AscendingOrder]
    descending = orders[Qt.SortOrder.DescendingOrder]
    assert ascending[:2] == ["65", "99"] and descending[:2] == ["99", "65"]
    assert set(ascending[2:]) == {""} and set(descending[2:]) == {""}   # no value: last
    _click_header(qtbot, view, JournalListModel.REFERENCES)
    refs = _column(view, JournalListModel.REFERENCES)
    most = refs[0] if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else refs[-1]
    assert most == "3" and refs.count("3") == 1


def test_selecting_a_journal_opens_its_page(qtbot, view: JournalsView) -> None:  # type: ignore[no-untyped-def]
    row = _row_of(view, "Migration Letters")
    rect = view.table.visualRect(view.model.index(row, 0))
    with qtbot.waitSignal(view.page.loaded, timeout=10000):
        with qtbot.waitSignal(view.journal_selected) as selected:
            view.table.scrollTo(view.model.index(row, 0))
            rect = view.table.visualRect(view.model.index(row, 0))
            qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args[0] == view.model.journal_at(row).id
    assert view.page.title.text() == "Migration Letters"
    assert view.page.metrics_table.rowCount() == 2
    # The search keeps the selected journal when it still matches.
    assert _search(qtbot, view, "migration") >= 1
    assert view.current_journal_id() == selected.args[0]


def test_a_journal_typed_by_hand_is_listed(qtbot, view: JournalsView, lib: Library) -> None:  # type: ignore[no-untyped-def]
    changed: list[bool] = []
    view.library_changed.connect(lambda: changed.append(True))
    _search(qtbot, view, "immunology")                     # the new one will not match
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    editor = view.dialog
    assert isinstance(editor, JournalEditor) and editor.isVisible()
    type_text(editor.title_edit, "Вестник Евразийского национального университета. Право")
    qtbot.keyClicks(editor.print_issn, "2616-6844")
    with qtbot.waitSignal(view.page.loaded, timeout=20000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert changed == [True]
    assert view.model.total() == 312
    assert view.search.text() == ""                        # cleared to show the new journal
    current = view.current_journal_id()
    assert current is not None
    assert view.model.journal_at(view.table.currentIndex().row()).title.startswith("Вестник")
    assert view.page.title.text() == "Вестник Евразийского национального университета. Право"


def test_an_import_from_the_list_shows_the_new_journals(qtbot, view: JournalsView,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    from gui.metric_import_dialog import MetricImportDialog

    path = write_citescore_xlsx(tmp_path / "CiteScore 2023.xlsx", {2023: [
        citescore_row(9, "Құқық және мемлекет", 3308, "Law", 41, 300, 700, 3, "2307-5201")]})
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, MetricImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        type_text(dialog.file_edit, str(path))
    with qtbot.waitSignal(view.loaded, timeout=30000) as reloaded:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert reloaded.args[0] == 312
    row = _row_of(view, "Құқық және мемлекет")
    assert [view.model.data(view.model.index(row, c)) for c in (1, 3, 4, 5)] == [
        "2307-5201", "41", "Q3", "2023"]
