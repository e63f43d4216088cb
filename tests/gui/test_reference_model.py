"""The table model is lazy: a 5,000-reference library opens reading a page or two, scrolling
reads the pages it shows, sorting is SQL's, quartile and eligibility are computed for painted
rows only and off the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from core.dates import PartialDate
from core.model import Creator, Reference
from db.library import Library
from db.references import ListFilter
from gui import reference_model
from gui.reference_mime import REFERENCE_IDS_MIME, reference_ids
from gui.reference_model import COLUMN_KEYS, PAGE_SIZE, ReferenceModel

N = 5_000
FAMILIES = ["Ясауи", "Әбілқасымова", "Абаев", "Құдайбергенова", "Smith", "Иванов", "Өмірбеков"]


@pytest.fixture
def big(library: Library) -> Library:
    refs = [Reference(type="article-journal" if i % 3 else "book",
                      title=f"{['Көші-қон', 'Миграция', 'Migration'][i % 3]} {i:05d}",
                      creators=[Creator(family=FAMILIES[i % len(FAMILIES)], given="А.")],
                      issued=PartialDate(1990 + i % 35), language=["kk", "ru", "en"][i % 3],
                      container_title=["Хабаршы", "Вестник", "Survey"][i % 3])
            for i in range(N)]
    library.add_many(refs)
    return library


@pytest.fixture
def view(qtbot: Any, big: Library) -> QTableView:
    model = ReferenceModel(big)
    table = QTableView()
    table.setModel(model)
    table.resize(800, 600)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    yield table
    model.wait_for_badges()


def test_a_large_library_is_not_loaded_at_once(qtbot: Any, view: QTableView) -> None:
    model: ReferenceModel = view.model()
    assert model.rowCount() == N
    qtbot.wait(50)
    assert model.page_reads == 1 and model.loaded_rows() == PAGE_SIZE
    view.scrollToBottom()
    qtbot.wait(50)
    # the last page, not the 24 pages between
    assert model.page_reads == 2 and model.loaded_rows() == PAGE_SIZE * 2
    last = model.row(N - 1)
    assert last is not None and model.page_reads == 2
    view.scrollTo(model.index(N // 2, 0))
    qtbot.wait(50)
    assert model.page_reads <= 4 and model.loaded_rows() <= PAGE_SIZE * 4


def test_old_pages_are_forgotten(qtbot: Any, big: Library,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_model, "MAX_CACHED_PAGES", 3)
    model = ReferenceModel(big)
    for page in range(10):
        assert model.row(page * PAGE_SIZE) is not None
    assert model.loaded_rows() == 3 * PAGE_SIZE and model.page_reads == 10
    model.row(0)  # read again
    assert model.page_reads == 11


def test_sorting_is_sql_and_reads_one_page(qtbot: Any, view: QTableView) -> None:
    model: ReferenceModel = view.model()
    view.setSortingEnabled(True)
    view.sortByColumn(COLUMN_KEYS.index("authors"), Qt.SortOrder.AscendingOrder)
    qtbot.wait(50)
    assert model.sort_key == "author" and model.page_reads <= 2
    first = model.row(0)["authors"]
    assert first.startswith("Абаев")
    families = [model.row(r)["authors"].split()[0] for r in range(0, N, 700)]
    order = ["Абаев", "Әбілқасымова", "Иванов", "Құдайбергенова", "Өмірбеков", "Ясауи", "Smith"]
    assert families == sorted(families, key=order.index)
    view.sortByColumn(COLUMN_KEYS.index("year"), Qt.SortOrder.DescendingOrder)
    assert model.row(0)["year"] == 2024 and model.row(N - 1)["year"] == 1990
    view.sortByColumn(COLUMN_KEYS.index("container"), Qt.SortOrder.AscendingOrder)
    assert [model.row(r)["container_title"] for r in (0, N - 1)] == ["Вестник", "Survey"]


def test_rows_of_finds_ids_outside_the_loaded_pages(view: QTableView, big: Library) -> None:
    model: ReferenceModel = view.model()
    model.set_sort("title", False)
    with big.read() as s:
        from db import references as repo

        far = repo.list_ids(s, sort="title", offset=N - 3, limit=1)[0]
    assert model.loaded_rows() <= PAGE_SIZE
    assert model.rows_of([far]) == {far: N - 3}
    assert model.id_at(N - 3) == far


def test_filters_and_scopes_narrow_the_count(big: Library) -> None:
    model = ReferenceModel(big)
    model.set_listing(ListFilter(query="көші"))
    assert model.rowCount() == len(range(0, N, 3))
    model.set_listing(ListFilter(types=("book",), year_from=2000, year_to=2000))
    assert all(model.row(r)["type"] == "book" and model.row(r)["year"] == 2000
               for r in range(model.rowCount()))
    model.set_listing(ListFilter(deleted=True))
    assert model.rowCount() == 0 and model.row(0) is None


def test_badges_are_computed_off_the_gui_thread_for_painted_rows_only(
        qtbot: Any, view: QTableView, monkeypatch: pytest.MonkeyPatch) -> None:
    model: ReferenceModel = view.model()
    threads: list[int] = []
    asked: list[int] = []
    from db import badges

    original = badges.BadgeSource.badges_for_ids

    def spy(self: Any, s: Any, ids: Any) -> Any:
        threads.append(threading.get_ident())
        asked.extend(ids)
        return original(self, s, ids)

    monkeypatch.setattr(badges.BadgeSource, "badges_for_ids", spy)
    model.invalidate_badges()
    index = model.index(0, COLUMN_KEYS.index("eligibility"))
    assert index.data() == "…"  # not known yet; the row paints without waiting
    view.viewport().update()
    qtbot.waitUntil(lambda: not model.badges_pending() and bool(asked), timeout=10_000)
    assert threading.get_ident() not in threads
    visible = view.rowAt(view.viewport().height() - 1) + 1
    assert 0 < len(set(asked)) <= visible + 5 < N
    assert index.data() in ("?", "–") or index.data().startswith("✓")
    # books with one author are not a collective monograph; articles without journal data
    # are unknown
    for row in range(3):
        text = model.index(row, COLUMN_KEYS.index("eligibility")).data()
        assert text == ("–" if model.row(row)["type"] == "book" else "?")


def test_mime_data_carries_the_ids(big: Library) -> None:
    model = ReferenceModel(big)
    mime = model.mimeData([model.index(0, 0), model.index(0, 2), model.index(3, 0)])
    # the one format of gui/reference_mime.py, which the sidebar and the builder read
    assert bytes(mime.data(REFERENCE_IDS_MIME).data()).decode() == \
        f"[{model.id_at(0)}, {model.id_at(3)}]"
    assert reference_ids(mime) == [model.id_at(0), model.id_at(3)]


def test_retracted_and_corrected_works_are_flagged_in_the_table(library: Library) -> None:
    """Issue 3: a work updated by a retraction or correction notice carries a warning wherever
    it appears; in the table its title is marked (retractions in red) with the notice named."""
    plain = library.add(Reference(title="Көші-қон құқығы"))
    retracted = library.add(Reference(title="Retracted study", updated_by=[
        {"type": "retraction", "DOI": "10.1000/notice.1", "date": "2021-02-03"}]))
    corrected = library.add(Reference(title="Corrected study", updated_by=[
        {"type": "correction", "DOI": "10.1371/journal.pone.0033693"}]))
    model = ReferenceModel(library)
    model.reload()
    title = COLUMN_KEYS.index("title")

    def cell(ref_id: int, role: Qt.ItemDataRole) -> Any:
        row = model.rows_of([ref_id])[ref_id]
        return model.data(model.index(row, title), role)

    assert cell(plain, Qt.ItemDataRole.DisplayRole) == "Көші-қон құқығы"
    assert cell(plain, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(retracted, Qt.ItemDataRole.DisplayRole) == "⚠ Retracted study"
    assert cell(retracted, Qt.ItemDataRole.ForegroundRole).name() == \
        reference_model.RETRACTED_COLOUR
    assert cell(retracted, Qt.ItemDataRole.ToolTipRole).startswith(
        "Updated by a notice: Retraction")
    assert cell(corrected, Qt.ItemDataRole.DisplayRole) == "⚠ Corrected study"
    assert cell(corrected, Qt.ItemDataRole.ForegroundRole) is None
    assert "Correction" in cell(corrected, Qt.ItemDataRole.ToolTipRole)
