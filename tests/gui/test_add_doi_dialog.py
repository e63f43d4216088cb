"""The Add by DOI dialog driven like a person against the local Crossref replay server: paste,
click Add, watch the rows; faults give their reason; Cancel stops a slow batch and leaves only
complete records; the GUI thread keeps running and never opens a database session."""

from __future__ import annotations

import copy
import json
import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from db import crossref_cache  # noqa: E402
from db import crossref_import as ci  # noqa: E402
from gui.add_doi_dialog import AddDoiDialog, DoiResultsModel  # noqa: E402
from gui.doi_batch import CANCELLED, FETCHING  # noqa: E402
from tests.support import doi_gui  # noqa: E402
from tests.support.crossref_server import unused_port_url  # noqa: E402
from tests.support.doi_gui import (  # noqa: E402
    CYRILLIC,
    IJO,
    JOR,
    PLOS,
    REPORT_RU,
    SREP,
    UNKNOWN,
    SessionSpy,
)
from tests.support.paths import CROSSREF_FIXTURES  # noqa: E402

client, runner = doi_gui.client, doi_gui.runner  # fixtures

PASTED = f"""Список литературы
1. Паршин Д. А., Стельмах Л. С., Столин А. М. Математическое моделирование твердофазной
   плунжерной экструзии // Теоретические основы химической технологии. 2015. DOI: {CYRILLIC}
2. Теплякова А. О структуре словаря крылатых слов. https://doi.org/{REPORT_RU.upper()}.
3. Tosatto L. et al. Single-molecule FRET studies. Sci Rep. 2015;5:16696. doi:{SREP}
4. Несуществующая статья. DOI {UNKNOWN}
"""


@pytest.fixture
def dialog(qtbot, library, client, runner):
    d = AddDoiDialog(library, client, runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def paste(qtbot, widget, text: str) -> None:
    """Paste like a person: the text on the clipboard, then Ctrl+V (QTest cannot type
    Cyrillic key by key)."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def click_add(qtbot, dialog: AddDoiDialog, timeout: int = 15_000) -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog, timeout)


def wait_done(qtbot, dialog: AddDoiDialog, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: not dialog.running and dialog.add_button.isEnabled(),
                    timeout=timeout)


def states(dialog: AddDoiDialog) -> dict[str, str]:
    return {u.key: u.state for u in dialog.model.rows()}


def result_cell(dialog: AddDoiDialog, key: str) -> str:
    keys = [u.key for u in dialog.model.rows()]
    return dialog.model.index(keys.index(key), DoiResultsModel.RESULT).data()


def test_pasted_block_adds_every_doi_and_reports_the_unknown(qtbot, dialog, library,
                                                             crossref_server) -> None:
    changed: list[list[int]] = []
    dialog.library_changed.connect(changed.append)
    spy = SessionSpy(library)
    paste(qtbot, dialog.input, PASTED)
    assert dialog.input.toPlainText() == PASTED
    qtbot.waitUntil(lambda: "4" in dialog.found_label.text(), timeout=2000)
    with qtbot.waitSignal(dialog.batch_finished, timeout=15_000) as finished:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    # The GUI thread opened no session: the task's thread did all database work.
    assert spy.on(threading.get_ident()) == []
    assert "write" in [k for k, _ in spy.threads]

    assert states(dialog) == {CYRILLIC: ci.ADDED, REPORT_RU: ci.ADDED, SREP: ci.ADDED,
                              UNKNOWN: ci.NOT_FOUND}
    assert finished.args[0] == {ci.ADDED: 3, ci.NOT_FOUND: 1}
    assert result_cell(dialog, UNKNOWN) == "Not found"
    assert result_cell(dialog, SREP) == "Added"
    row = dialog.model.row_of(CYRILLIC)
    assert row.title.startswith("Математическое моделирование") and row.year == 2015
    assert row.authors.startswith("Паршин Д. А.")
    assert dialog.model.index(0, DoiResultsModel.SOURCE).data() == "Crossref"
    # The library holds the three works, each with its cached response.
    ids = {doi: library.find_by_doi(doi) for doi in (CYRILLIC, REPORT_RU, SREP)}
    assert None not in ids.values() and library.count() == 3
    assert library.get(ids[CYRILLIC]).language == "ru"
    with library.read() as s:
        assert all(crossref_cache.get(s, doi) is not None for doi in ids)
    assert sorted(i for batch in changed for i in batch) == sorted(ids.values())
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    assert "3 added" in dialog.summary_label.text() and "1 not found" in \
        dialog.summary_label.text()


def test_same_doi_again_is_already_in_library_and_makes_no_request(qtbot, dialog, library,
                                                                   crossref_server) -> None:
    qtbot.keyClicks(dialog.input, f"https://doi.org/{SREP}")
    click_add(qtbot, dialog)
    assert states(dialog) == {SREP: ci.ADDED}
    hits = len(crossref_server.state.hits)
    dialog.input.clear()
    qtbot.keyClicks(dialog.input, f"DOI: {SREP.upper()}")
    click_add(qtbot, dialog)
    assert states(dialog) == {SREP: ci.ALREADY}
    assert result_cell(dialog, SREP) == f"Already in library (#{library.find_by_doi(SREP)})"
    assert len(crossref_server.state.hits) == hits
    assert library.count() == 1


def test_ctrl_enter_in_the_text_box_adds(qtbot, dialog, library, crossref_server) -> None:
    qtbot.keyClicks(dialog.input, SREP)
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_done(qtbot, dialog)
    assert states(dialog) == {SREP: ci.ADDED}
    assert dialog.input.toPlainText() == SREP          # no new line typed


def test_rate_limited_then_added(qtbot, dialog, library, crossref_server) -> None:
    crossref_server.state.retry_after = "0.2"
    crossref_server.state.add_fault(SREP, "429")
    dialog.set_text(SREP)
    click_add(qtbot, dialog)
    assert states(dialog) == {SREP: ci.ADDED}
    assert [h.status for h in crossref_server.state.work_hits(SREP)] == [429, 200]
    assert library.find_by_doi(SREP) is not None


@pytest.mark.parametrize("fault, times, state, failure, words", [
    ("timeout", 3, ci.FAILED, "timeout", "Failed: no answer in time (timeout)"),
    ("500", 3, ci.FAILED, "server-error", "Failed: server error (HTTP 500)"),
    ("malformed", 1, ci.FAILED, "bad-response", "Failed: bad response from the server (HTTP 200)"),
    ("429", 9, ci.FAILED, "rate-limited", "Failed: the server keeps asking to slow down"),
    ("drop", 3, ci.QUEUED, "offline", "Queued (offline)"),
])
def test_a_fault_fails_with_its_reason_and_never_stops_the_others(
        qtbot, dialog, library, crossref_server, fault, times, state, failure, words) -> None:
    crossref_server.state.timeout_s = 0.8
    crossref_server.state.retry_after = "0.01"
    crossref_server.state.add_fault(SREP, *[fault] * times)
    dialog.set_text(f"{SREP}\n{CYRILLIC}")
    click_add(qtbot, dialog, timeout=30_000)
    assert states(dialog) == {SREP: state, CYRILLIC: ci.ADDED}
    assert dialog.model.row_of(SREP).failure == failure
    assert result_cell(dialog, SREP).startswith(words)
    assert library.find_by_doi(SREP) is None and library.find_by_doi(CYRILLIC) is not None
    with library.read() as s:
        assert crossref_cache.pending(s) == ([SREP] if state == ci.QUEUED else [])
    # Retry failed: the server answers now.
    assert dialog.retry_button.isEnabled()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert states(dialog) == {SREP: ci.ADDED, CYRILLIC: ci.ADDED}
    assert library.count() == 2 and not dialog.retry_button.isEnabled()


def test_cancel_stops_a_slow_batch_and_leaves_complete_records(qtbot, dialog, library,
                                                               crossref_server) -> None:
    crossref_server.state.latency_s = 0.4
    dois = [SREP, CYRILLIC, PLOS, REPORT_RU, JOR, IJO]
    dialog.set_text("\n".join(dois))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(u.done for u in dialog.model.rows()), timeout=10_000)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    wait_done(qtbot, dialog)

    done = states(dialog)
    added = [d for d, s in done.items() if s == ci.ADDED]
    cancelled = [d for d, s in done.items() if s == CANCELLED]
    assert added and cancelled and set(added) | set(cancelled) == set(dois)
    assert "cancelled" in dialog.summary_label.text()
    # The cancelled ones were never requested; each stored work is whole, with its cache.
    assert {h.path[len("/works/"):] for h in crossref_server.state.work_hits()} >= set(added)
    assert len(crossref_server.state.work_hits()) < len(dois)
    assert library.count() == len(added)
    with library.read() as s:
        for doi in added:
            ref = library.get(library.find_by_doi(doi))
            assert ref.title and ref.doi == doi
            assert crossref_cache.get(s, doi) is not None
        assert crossref_cache.pending(s) == []
    # Usable again: the cancelled rows are retried.
    assert dialog.add_button.isEnabled() and not dialog.input.isReadOnly()
    crossref_server.state.latency_s = 0
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert set(states(dialog).values()) == {ci.ADDED}
    assert library.count() == len(dois)


def test_the_gui_thread_keeps_running_during_a_slow_batch(qtbot, dialog, library,
                                                          crossref_server) -> None:
    crossref_server.state.latency_s = 0.3
    spy = SessionSpy(library)
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(dialog.running))
    seen: set[str] = set()
    dialog.model.dataChanged.connect(
        lambda top, bottom: seen.add(dialog.model.rows()[top.row()].state))
    timer.start()
    dialog.set_text(f"{SREP} {CYRILLIC} {REPORT_RU}")
    click_add(qtbot, dialog)
    timer.stop()
    assert spy.on(threading.get_ident()) == []
    assert set(states(dialog).values()) == {ci.ADDED}
    # The timer on the GUI thread ticked while the server was still answering.
    assert ticks.count(True) >= 5
    assert FETCHING in seen              # rows showed their live state


def test_double_click_selects_the_reference(qtbot, dialog, library) -> None:
    dialog.set_text(f"{SREP} {UNKNOWN}")
    click_add(qtbot, dialog)
    selected: list[int] = []
    dialog.reference_selected.connect(selected.append)
    view = dialog.view
    for row in (1, 0):  # the not-found row has no reference: nothing happens
        rect = view.visualRect(dialog.model.index(row, DoiResultsModel.TITLE))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected == [library.find_by_doi(SREP)]


def test_offline_dois_are_queued(qtbot, library, crossref_settings, runner) -> None:
    from core.crossref import CrossrefClient

    offline = CrossrefClient(crossref_settings.with_changes(crossref_url=unused_port_url()))
    try:
        d = AddDoiDialog(library, offline, runner)
        qtbot.addWidget(d)
        d.set_text(f"{SREP}, {PLOS}")
        click_add(qtbot, d)
    finally:
        offline.close()
    assert states(d) == {SREP: ci.QUEUED, PLOS: ci.QUEUED}
    assert result_cell(d, SREP) == "Queued (offline)"
    assert "network is back" in d.model.index(0, DoiResultsModel.RESULT).data(
        Qt.ItemDataRole.ToolTipRole)
    with library.read() as s:
        assert sorted(crossref_cache.pending(s)) == sorted([SREP, PLOS])
    assert library.count() == 0


def test_other_agencies_books_and_notices_are_shown(qtbot, dialog, library,
                                                    crossref_server) -> None:
    state = crossref_server.state
    zenodo = "10.5281/zenodo.1234567"
    state.negotiation[zenodo] = {"type": "dataset", "DOI": zenodo,
                                 "title": "Трудовая миграция в Казахстане: данные опроса",
                                 "author": [{"family": "Сейткали", "given": "Ә."}],
                                 "issued": {"date-parts": [[2023]]}}
    state.books["9786010000001"] = {
        "title": "Гражданское право", "authors": [{"name": "Сулейменов М. К."}],
        "publishers": [{"name": "Жеті жарғы"}], "publish_date": "2016",
        "identifiers": {"isbn_13": ["9786010000001"]}}
    work = json.loads((CROSSREF_FIXTURES / "works_10.1038_srep16696.json").read_text())["message"]
    retracted = copy.deepcopy(work)
    retracted.update({"DOI": "10.5555/retracted.1", "title": ["Құқық: қайтарып алынған мақала"],
                      "updated-by": [{"DOI": "10.5555/notice.1", "type": "retraction",
                                      "updated": {"date-parts": [[2021, 3, 1]]}}]})
    state.synthetic["10.5555/retracted.1"] = retracted
    dialog.set_text(f"{zenodo}\n10.5555/retracted.1\n{PLOS}\n"
                    "Сулейменов М. К. Гражданское право. Алматы: Жеті жарғы, 2016. "
                    "ISBN 978-601-00-0000-1")
    click_add(qtbot, dialog)
    assert states(dialog) == {zenodo: ci.ADDED, "10.5555/retracted.1": ci.ADDED,
                              PLOS: ci.ADDED, "978-601-00-0000-1": ci.ADDED}
    model = dialog.model
    assert model.index(0, DoiResultsModel.SOURCE).data() == "DataCite"
    assert "metadata from DataCite" in model.index(0, DoiResultsModel.RESULT).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(3, DoiResultsModel.KEY).data() == "ISBN 978-601-00-0000-1"
    assert model.index(3, DoiResultsModel.SOURCE).data() == "Open Library"
    assert model.index(3, DoiResultsModel.TITLE).data() == "Гражданское право"
    cell = model.index(1, DoiResultsModel.RESULT)
    assert cell.data() == "Added — ⚠ RETRACTED"
    assert "10.5555/notice.1" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, DoiResultsModel.RESULT).data() == "Added — ⚠ corrected"
    assert library.get(library.find_by_doi("10.5555/retracted.1")).is_retracted


def test_a_retraction_notice_flags_the_work_already_in_the_library(qtbot, dialog, library,
                                                                   crossref_server) -> None:
    notice = {"type": "journal-article", "DOI": "10.1038/srep99999",
              "title": ["Retraction Note: Single-molecule FRET studies"],
              "update-to": [{"DOI": SREP, "type": "retraction",
                             "updated": {"date-parts": [[2024, 2, 1]]}}]}
    crossref_server.state.synthetic["10.1038/srep99999"] = notice
    dialog.set_text(SREP)
    click_add(qtbot, dialog)
    changed: list[list[int]] = []
    dialog.library_changed.connect(changed.append)
    dialog.set_text("10.1038/srep99999")
    click_add(qtbot, dialog)
    original = library.find_by_doi(SREP)
    assert library.get(original).is_retracted
    text = dialog.model.index(0, DoiResultsModel.RESULT).data()
    assert "notice: RETRACTED" in text and "flagged 1 work(s)" in text
    assert original in [i for batch in changed for i in batch]


def test_text_without_doi_starts_nothing(qtbot, dialog, crossref_server) -> None:
    paste(qtbot, dialog.input, "Конституция Республики Казахстан, 1995")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.model.rowCount() == 0
    assert dialog.found_label.text() == "No DOI or ISBN found in the text."
    assert crossref_server.state.hits == []


def test_copy_report_and_close_during_a_batch(qtbot, dialog, library, crossref_server) -> None:
    dialog.set_text(f"{SREP} {UNKNOWN}")
    click_add(qtbot, dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().splitlines() == [
        f"{SREP}: Added — Single-molecule FRET studies on alpha-synuclein oligomerization of "
        "Parkinson’s disease genetically related mutants",
        f"{UNKNOWN}: Not found"]
    crossref_server.state.latency_s = 0.4
    dialog.set_text(f"{CYRILLIC} {PLOS} {REPORT_RU} {JOR}")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    dialog.close()                       # closing stops the batch
    wait_done(qtbot, dialog)
    assert CANCELLED in states(dialog).values()
    assert library.count() == 1 + sum(1 for s in states(dialog).values() if s == ci.ADDED)
