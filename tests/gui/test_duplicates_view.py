"""The duplicates view over a real library: a real BibLaTeX file with re-typed entries imported as
a user imports it, a Russian article and its transliterated Scopus copy (with a note, tags, an
attachment and collections on both sides), a Kazakh article and its copy in the Kazakh Latin
alphabet, a preprint and its article with different DOIs (never a pair). Driven as a person
would: click Scan, read the reasons, filter, click a value of the other record, Merge, mark
"Not duplicates" and undo it, skip, double-click, cancel a scan of a large library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from core.dates import PartialDate  # noqa: E402
from core.errors import LibraryError  # noqa: E402
from core.model import Creator, Reference  # noqa: E402
from db import attachments, collections, duplicates, notes, tags  # noqa: E402
from db import references as repo  # noqa: E402
from db.library import Library  # noqa: E402
from db.schema import ReferenceRow  # noqa: E402
from gui.duplicate_pairs import ACROSS_SCRIPTS, PairModel, PairRow, RecordSummary  # noqa: E402
from gui.duplicates_view import DuplicatesView  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from tests.support.qt_typing import type_text  # noqa: E402
from tools.duplicates_sample import fill  # noqa: E402

SCAN_TIMEOUT = 120_000


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture()
def ids(lib: Library, tmp_path: Path) -> dict[str, Any]:
    found = fill(lib, tmp_path)
    assert found["imported"].read_ok and len(found["imported"].added) > 700
    return found


@pytest.fixture()
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait(SCAN_TIMEOUT)


def _view(qtbot: Any, lib: Library, runner: TaskRunner) -> DuplicatesView:
    view = DuplicatesView(lib, runner)
    qtbot.addWidget(view)
    view.resize(1400, 960)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture()
def view(qtbot: Any, lib: Library, ids: dict[str, Any], runner: TaskRunner) -> DuplicatesView:
    return _view(qtbot, lib, runner)


def scan(qtbot: Any, view: DuplicatesView) -> int:
    with qtbot.waitSignal(view.scanned, timeout=SCAN_TIMEOUT) as blocker:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    return int(blocker.args[0])


def keyed(lib: Library) -> dict[str, int]:
    with lib.read() as s:
        return {k: i for i, k in s.execute(select(ReferenceRow.id, ReferenceRow.citation_key))
                if k}


def listed(view: DuplicatesView) -> set[tuple[int, int]]:
    return {view.model.pair_at(r).pair for r in range(view.model.rowCount())}


def pair_of(a: int, b: int) -> tuple[int, int]:
    return (min(a, b), max(a, b))


def click_pair(qtbot: Any, view: DuplicatesView, a: int, b: int) -> None:
    """Click the pair's row in the table, as a person finds and clicks it."""
    row = view.model.row_of(pair_of(a, b))
    assert row is not None, f"pair {a}-{b} is not listed"
    index = view.model.index(row, PairModel.FIRST)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.panel.ids == pair_of(a, b)


def click_value(qtbot: Any, view: DuplicatesView, key: str, ref_id: int) -> None:
    """Click on the text of a record's value of a field (the label passes the click to its
    cell)."""
    cell = view.panel.cell(key, ref_id)
    assert cell is not None, key
    view.panel.scroll.ensureWidgetVisible(cell)
    qtbot.mouseClick(cell.label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def wait_idle(qtbot: Any, view: DuplicatesView) -> None:
    qtbot.waitUntil(lambda: not view.busy and not view.scanning, timeout=SCAN_TIMEOUT)


# ---------------------------------------------------------------------------------- scanning
def test_scan_lists_the_real_duplicates_best_first_with_their_reasons(
        qtbot: Any, view: DuplicatesView, lib: Library, ids: dict[str, Any]) -> None:
    assert "Scan the library" in view.placeholder.text()
    assert not view.merge_button.isEnabled() and not view.not_button.isEnabled()
    found = scan(qtbot, view)
    assert found == view.model.total() == view.model.rowCount() > 50
    assert view.count_label.text() == f"Pairs: {found}"
    scores = [view.model.pair_at(r).score for r in range(view.model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    # The re-typed entries of the real file are listed...
    keys = keyed(lib)
    pairs = listed(view)
    for a, b in [("patent1h", "patent1"), ("standard2h", "standard2")]:
        assert pair_of(keys[a], keys[b]) in pairs, (a, b)
    # ...and the Russian and Kazakh originals with their transliterated copies, explained.
    ru = view.model.row_of(pair_of(ids["ru"], ids["ru_copy"]))
    kk = view.model.row_of(pair_of(ids["kk"], ids["kk_copy"]))
    assert ru is not None and kk is not None
    why = view.model.index(ru, PairModel.REASONS).data()
    assert "same ISSN + volume + first page" in why
    assert "same title (transliterated) + same year + same first author" in why
    first = view.model.index(ru, PairModel.FIRST).data()
    second = view.model.index(ru, PairModel.SECOND).data()
    assert first.startswith("Хамзин А. Ш.; Бурибаев Е. А. (2020). Правовое регулирование")
    assert "Вестник Евразийского национального университета" in first
    assert "Journal article" in first
    assert second.startswith("Khamzin A. Sh.; Buribayev Ye. A. (2020). Pravovoe regulirovanie")
    assert "DOI 10.32523/2616-6844-2020-132-3-45-58" in second
    # Two works with different DOIs are never a pair, whatever else they share.
    assert not any(r.involves({ids["preprint"], ids["article"]})
                   for r in view.model.all_pairs())
    # The first pair is shown at once, field by field.
    assert view.panel.ids == view.model.pair_at(0).pair
    assert view.merge_button.isEnabled() and view.not_button.isEnabled()
    assert view.status.text().startswith("Scan finished")


def test_filters_by_minimum_score_and_reason_kind_with_counts(
        qtbot: Any, view: DuplicatesView, ids: dict[str, Any]) -> None:
    total = scan(qtbot, view)
    # Words typed in the search (any case, Kazakh and Russian letters) find a pair.
    qtbot.mouseClick(view.search, Qt.MouseButton.LeftButton)
    type_text(view.search, "Әбілқасымова")
    assert listed(view) == {pair_of(ids["kk"], ids["kk_copy"])}
    assert view.panel.ids == pair_of(ids["kk"], ids["kk_copy"])
    view.search.clear()
    type_text(view.search, "хамзин ТРУДОВОЙ")
    assert listed(view) == {pair_of(ids["ru"], ids["ru_copy"])}
    assert view.kind_combo.itemText(0) == "All reasons (1)"
    view.search.clear()
    assert view.model.rowCount() == total
    combo = view.kind_combo
    assert combo.itemText(0) == f"All reasons ({total})"
    across = combo.findData(ACROSS_SCRIPTS)
    assert combo.itemText(across) == "Title across scripts (transliterated) (2)"
    combo.setFocus()
    for _ in range(across):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == ACROSS_SCRIPTS
    assert listed(view) == {pair_of(ids["ru"], ids["ru_copy"]), pair_of(ids["kk"], ids["kk_copy"])}
    assert view.count_label.text() == f"Pairs: {total}, shown: 2"
    # A minimum score typed in narrows the list further and the counts follow.
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentData() is None and view.model.rowCount() == total
    spin = view.min_score
    spin.setFocus()
    spin.selectAll()
    type_text(spin.lineEdit(), "0.99")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(0.99)
    high = view.model.rowCount()
    assert 0 < high < total
    assert all(view.model.pair_at(r).score >= 0.99 for r in range(high))
    assert combo.itemText(0) == f"All reasons ({high})"
    assert view.count_label.text() == f"Pairs: {total}, shown: {high}"


def test_cancelling_a_scan_of_a_large_library(qtbot: Any, lib: Library,
                                              runner: TaskRunner) -> None:
    """20,000 generated references (Russian, Kazakh, English), some typed twice: the scan is
    cancelled at once and leaves the list and the library alone."""
    words = {"ru": "миграция трудовой право регулирование защита беженцев граница статус "
                   "гражданство квоты семья интеграция".split(),
             "kk": "көші-қон құқық еңбек қорғау босқындар шекара мәртебе азаматтық "
                   "квота отбасы бейімделу ұлттық".split(),
             "en": "migration labour law regulation refugees border status citizenship "
                   "quota family integration policy".split()}
    families = {"ru": "Хамзин Абаев Ёлкин Ким".split(), "kk": "Әбілқасымова Нұрланұлы "
                "Құдайбергенова Өмірбек".split(), "en": "Smith Sadovskaya Castles Talipova".split()}
    refs = []
    for n in range(20_000):
        lang = ("ru", "kk", "en")[n % 3]
        w = words[lang]
        seq = n // 2 if n % 10 == 0 else n  # every tenth typed in twice
        title = " ".join(w[(seq * k + k * k) % len(w)] for k in range(1, 7)) + f" {seq % 89}"
        refs.append(Reference(title=title, language=lang, issued=PartialDate(1995 + seq % 30),
                              creators=[Creator(family=families[lang][seq % 4] + str(seq % 53),
                                                given="А.")]))
    lib.add_many(refs)
    view = _view(qtbot, lib, runner)
    finished: list[int] = []
    view.scanned.connect(finished.append)
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert view.scanning and view.cancel_button.isEnabled()
    assert not view.scan_button.isEnabled() and view.progress.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not view.scanning, timeout=SCAN_TIMEOUT)
    qtbot.wait(50)  # let any late delivery arrive
    assert finished == [] and view.model.total() == 0
    assert view.status.text() == "Scan cancelled."
    assert view.scan_button.isEnabled() and not view.cancel_button.isEnabled()
    assert not view.progress.isVisible()
    assert "Scan the library" in view.placeholder.text()
    with lib.read() as s:
        assert repo.count(s) == 20_000


# ---------------------------------------------------------------------------------- the pair
def test_the_pair_side_by_side_every_field_differences_marked(
        qtbot: Any, view: DuplicatesView, ids: dict[str, Any]) -> None:
    scan(qtbot, view)
    click_pair(qtbot, view, ids["ru"], ids["ru_copy"])
    panel = view.panel
    # The record added first is kept unless swapped.
    assert (panel.keep_id, panel.other_id) == (ids["ru"], ids["ru_copy"])
    assert panel.differing[0] == "creators"
    assert {"title", "title-translated", "container-title", "page", "issued", "DOI", "ISSN",
            "keyword", "abstract"} <= set(panel.differing)
    assert {"type", "volume", "issue", "language"} <= set(panel.same)
    # Differing words are marked when the values are alike; a transliteration is not marked
    # word by word (everything would be).
    assert "background-color" in panel.cell("page", ids["ru_copy"]).label.text()
    assert "background-color" in panel.cell("issued", ids["ru_copy"]).label.text()
    assert "background-color" not in panel.cell("title", ids["ru_copy"]).label.text()
    # Defaults as the core merges: the kept value, the other's where the kept has none,
    # keywords and ISSNs united.
    choices = panel.choices()
    assert choices["title"] == "keep" and choices["DOI"] == "other"
    assert choices["keyword"] == "union" and choices["ISSN"] == "union"
    assert panel.union_button("keyword").isChecked()
    assert panel.merged_label("DOI").text() == "10.32523/2616-6844-2020-132-3-45-58"
    assert panel.merged_label("DOI").property("from") == "other"
    assert "трудовая миграция, трудовое право, labour migration, Kazakhstan" in \
        panel.merged_label("keyword").text()
    assert "Title (translated)" in panel.preview.text() and "DOI" in panel.preview.text()
    assert "attachments: 1" in panel.header(1).details.text()
    # "Only fields that differ" hides the rows that are the same.
    same = panel.grid_host.findChild(QWidget, "field-volume")
    assert same.isVisible()
    qtbot.mouseClick(panel.only_differing, Qt.MouseButton.LeftButton)
    assert not same.isVisible()
    # Clicking a value of the other record lets it win; the preview follows.
    click_value(qtbot, view, "keyword", ids["ru_copy"])
    assert panel.choices()["keyword"] == "other"
    assert panel.merged_label("keyword").text() == "labour migration, Kazakhstan"
    assert panel.cell("keyword", ids["ru_copy"]).property("state") == "chosen"
    assert panel.cell("keyword", ids["ru"]).property("state") == "rejected"
    qtbot.mouseClick(panel.union_button("keyword"), Qt.MouseButton.LeftButton)
    assert panel.choices()["keyword"] == "union"
    # Swap: the copy is kept; the value chosen by hand stays with its record.
    click_value(qtbot, view, "issued", ids["ru_copy"])
    qtbot.mouseClick(panel.swap_button, Qt.MouseButton.LeftButton)
    assert (panel.keep_id, panel.other_id) == (ids["ru_copy"], ids["ru"])
    assert panel.header(1).keep_radio.isChecked() and not panel.header(0).keep_radio.isChecked()
    assert panel.choices()["issued"] == "keep" and panel.choices()["title"] == "keep"
    assert panel.merged().title.startswith("Pravovoe regulirovanie")
    assert panel.merged().issued == PartialDate(2020, 9)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.choices()["issued"] == "keep"  # the copy's date: it is the kept one now


def test_merge_takes_the_value_clicked_and_moves_everything_to_the_kept_record(
        qtbot: Any, view: DuplicatesView, lib: Library, ids: dict[str, Any]) -> None:
    ru, copy = ids["ru"], ids["ru_copy"]
    scan(qtbot, view)
    before = view.model.total()
    click_pair(qtbot, view, ru, copy)
    click_value(qtbot, view, "issued", copy)          # the copy's date is more precise
    assert view.panel.merged_label("issued").text() == "2020-09"
    changed: list[list[int]] = []
    view.library_changed.connect(changed.append)
    with qtbot.waitSignal(view.merged, timeout=SCAN_TIMEOUT) as blocker:
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    summary = blocker.args[0]
    assert (summary.kept, summary.removed) == (ru, copy)
    assert changed == [[ru, copy]]
    kept = lib.get(ru)
    assert kept.issued == PartialDate(2020, 9)                       # chosen by clicking
    assert kept.title.startswith("Правовое регулирование")            # kept
    assert kept.doi == "10.32523/2616-6844-2020-132-3-45-58"          # filled from the copy
    assert kept.title_translated.startswith("Legal regulation")
    assert kept.keywords == ["трудовая миграция", "трудовое право", "labour migration",
                             "Kazakhstan"]
    assert sorted(i.value for i in kept.issn) == ["2616-6844", "2663-1318"]
    assert [c.family for c in kept.creators] == ["Хамзин", "Бурибаев"]
    with lib.read() as s:
        assert repo.is_deleted(s, copy) and not repo.is_deleted(s, ru)
        assert [a.name for a in attachments.of_reference(s, ru)] == [ids["pdf"].name]
        assert attachments.of_reference(s, copy) == []
        assert [t for _, t in notes.of_reference(s, ru)] == [
            "Scopus: цитируется в главе 2, с. 48 — квоты."]
        assert sorted(tags.of_reference(s, ru)) == ["Scopus", "Грант"]
        assert set(collections.of_reference(s, ru)) == {ids["monograph"], ids["chapter"]}
    assert summary.backup is not None and summary.backup.exists()
    # The pair left the list, and no pair with the trashed record is left.
    assert view.model.total() == before - 1
    assert not any(r.involves({copy}) for r in view.model.all_pairs())
    text = view.banner_label.text()
    assert view.banner.isVisible() and not view.undo_button.isVisible()
    assert f"Merged #{copy} into" in text and "attachments: 1" in text and "notes: 1" in text
    assert "tags: 1" in text and "collections: 1" in text and "before-merge" in text
    # The next pair is shown and can be merged in turn.
    assert view.panel.ids is not None and copy not in view.panel.ids
    assert view.merge_button.isEnabled()
    # A new scan agrees: the pair is gone for good.
    scan(qtbot, view)
    assert pair_of(ru, copy) not in listed(view)


def test_not_duplicates_is_remembered_and_can_be_undone(
        qtbot: Any, view: DuplicatesView, lib: Library, ids: dict[str, Any]) -> None:
    kk, copy = ids["kk"], ids["kk_copy"]
    scan(qtbot, view)
    click_pair(qtbot, view, kk, copy)
    qtbot.mouseClick(view.not_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert pair_of(kk, copy) not in listed(view)
    assert view.banner.isVisible() and view.undo_button.isVisible()
    assert "marked as not duplicates" in view.banner_label.text()
    with lib.read() as s:
        assert pair_of(kk, copy) in duplicates.not_duplicate_pairs(s)
    # Remembered: a new scan does not propose it again.
    scan(qtbot, view)
    assert pair_of(kk, copy) not in listed(view)
    # Undo (this session) forgets the mark and lists the pair again, selected.
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert pair_of(kk, copy) in listed(view)
    assert view.panel.ids == pair_of(kk, copy)
    assert not view.undo_button.isEnabled() or not view.undo_button.isVisible()
    with lib.read() as s:
        assert pair_of(kk, copy) not in duplicates.not_duplicate_pairs(s)
    scan(qtbot, view)
    assert pair_of(kk, copy) in listed(view)


def test_skip_leaves_the_pair_for_later_and_shows_the_next(
        qtbot: Any, view: DuplicatesView, ids: dict[str, Any]) -> None:
    scan(qtbot, view)
    first = view.model.pair_at(0).pair
    assert view.panel.ids == first
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert view.panel.ids == view.model.pair_at(1).pair
    assert view.model.is_skipped(first) and first in listed(view)
    assert "skipped" in view.model.index(0, PairModel.SCORE).data()


def test_double_click_shows_the_record_in_the_library(
        qtbot: Any, view: DuplicatesView, ids: dict[str, Any]) -> None:
    scan(qtbot, view)
    row = view.model.row_of(pair_of(ids["ru"], ids["ru_copy"]))
    index = view.model.index(row, PairModel.SECOND)
    view.table.scrollTo(index)
    where = view.table.visualRect(index).center()
    with qtbot.waitSignal(view.reference_selected) as blocker:
        # A double click: the first press selects the row, the second opens.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [ids["ru_copy"]]


def test_a_record_trashed_elsewhere_takes_its_pairs_with_it(
        qtbot: Any, view: DuplicatesView, lib: Library, ids: dict[str, Any]) -> None:
    scan(qtbot, view)
    click_pair(qtbot, view, ids["kk"], ids["kk_copy"])
    lib.delete(ids["kk_copy"])            # the main window moved it to the trash
    view.note_changes([ids["kk_copy"]])
    assert not any(r.involves({ids["kk_copy"]}) for r in view.model.all_pairs())
    assert view.panel.ids is not None and ids["kk_copy"] not in view.panel.ids


def test_a_failed_merge_says_why_and_changes_nothing(
        qtbot: Any, view: DuplicatesView, lib: Library, ids: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*args: Any, **kwargs: Any) -> Any:
        raise LibraryError("database is locked by another window")

    monkeypatch.setattr(duplicates, "merge", locked)
    scan(qtbot, view)
    click_pair(qtbot, view, ids["ru"], ids["ru_copy"])
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    box = view.findChild(QMessageBox, "errorMessage")
    assert box is not None and "Another window or program is writing" in box.text()
    box.accept()
    assert view.status.text() == "Nothing was changed."
    assert pair_of(ids["ru"], ids["ru_copy"]) in listed(view)
    assert view.panel.ids == pair_of(ids["ru"], ids["ru_copy"])
    assert view.merge_button.isEnabled()
    with lib.read() as s:
        assert not repo.is_deleted(s, ids["ru_copy"])


def test_a_read_only_library_can_be_scanned_but_not_merged(
        qtbot: Any, lib: Library, ids: dict[str, Any], runner: TaskRunner) -> None:
    path = lib.path
    lib.close()
    readonly = Library.open(path, read_only=True)
    try:
        view = _view(qtbot, readonly, runner)
        scan(qtbot, view)
        assert view.panel.ids is not None
        assert not view.merge_button.isEnabled() and not view.not_button.isEnabled()
        assert view.merge_button.toolTip() == "The library is open read-only."
        assert view.skip_button.isEnabled()
    finally:
        runner.wait(SCAN_TIMEOUT)
        readonly.close()


# ---------------------------------------------------------------------------------- the model
def test_the_list_model_holds_thousands_of_pairs_and_keeps_the_selection(qtbot: Any) -> None:
    """A scan of a large library can list thousands of pairs: the model filters, sorts and
    removes rows in place (the table keeps its selection and scroll position)."""
    model = PairModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.show()
    rows = [PairRow(2 * n + 1, 2 * n + 2, round(1.0 - (n % 300) / 1000, 3),
                    ("same DOI",) if n % 7 == 0 else
                    ("similar title 0.90 (transliterated) + same year + same first author",),
                    frozenset({"doi"}) if n % 7 == 0 else frozenset({"title", ACROSS_SCRIPTS}))
            for n in range(6000)]
    records = {i: RecordSummary(i, "article-journal", f"Автор {i}", 2020, f"Название {i}", "",
                                "") for i in range(1, 12_002)}
    model.set_pairs(rows, records)
    assert model.rowCount() == model.total() == 6000
    target = model.pair_at(2500).pair
    table.selectRow(2500)
    model.remove_pairs([model.pair_at(10).pair, model.pair_at(4000).pair])
    assert model.rowCount() == 5998
    assert model.pair_at(table.currentIndex().row()).pair == target
    table.sortByColumn(PairModel.FIRST, Qt.SortOrder.AscendingOrder)
    assert model.pair_at(table.currentIndex().row()).pair == target
    assert model.index(0, PairModel.FIRST).data().startswith("Автор 1 (2020). Название 1")
    model.set_filter(0.0, "doi")
    assert model.rowCount() == sum(1 for r in model.all_pairs() if "doi" in r.kinds)
    assert 0 < model.rowCount() < 1000
    assert model.index(0, PairModel.REASONS).data() == "same DOI"
    assert model.kind_counts()[ACROSS_SCRIPTS] == 5998 - model.rowCount()
    model.set_filter(0.75, None)
    assert all(model.pair_at(r).score >= 0.75 for r in range(model.rowCount()))
    assert model.rowCount() == sum(1 for r in model.all_pairs() if r.score >= 0.75)


def test_pairs_whose_records_left_the_library_are_dropped_in_one_pass(
        qtbot: Any, lib: Library, runner: TaskRunner) -> None:
    """Pairs of records deleted elsewhere (an emptied trash) are all dropped when one is met,
    however many there are."""
    kept = lib.add_many([Reference(title=f"Работа {n}") for n in range(4)])
    view = _view(qtbot, lib, runner)
    ghosts = [PairRow(10_000 + 2 * n, 10_001 + 2 * n, 0.99, ("same DOI",), frozenset({"doi"}))
              for n in range(3000)]
    live = PairRow(kept[0], kept[1], 0.9, ("same DOI",), frozenset({"doi"}))
    view.model.set_pairs([*ghosts, live], {})
    view.select_pair(ghosts[0].a, ghosts[0].b)
    assert listed(view) == {live.pair}
    assert view.panel.ids == live.pair
    assert view.status.text() == "A record of that pair is no longer in the library."
