"""The pending monitor: DOIs queued while the server is down are fetched when it comes back;
probes back off while offline; an empty queue costs no request; pause and stop are clean."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from db import crossref_cache  # noqa: E402
from db import crossref_import as ci  # noqa: E402
from gui.add_doi_dialog import AddDoiDialog  # noqa: E402
from gui.pending_monitor import PendingMonitor  # noqa: E402
from tests.support import doi_gui  # noqa: E402
from tests.support.crossref_server import CrossrefServer, ServerState  # noqa: E402
from tests.support.doi_gui import CYRILLIC, PLOS, SREP  # noqa: E402

client, runner = doi_gui.client, doi_gui.runner  # fixtures


def pending(library) -> list[str]:
    with library.read() as s:
        return crossref_cache.pending(s)


def queue(library, *dois: str) -> None:
    with library.transaction() as s:
        for doi in dois:
            crossref_cache.queue(s, doi, "offline")


@pytest.fixture
def monitor(qtbot, library, client, runner):
    m = PendingMonitor(library, client, runner, interval_ms=50, max_interval_ms=400)
    yield m
    m.stop()
    runner.wait(10_000)


def test_queued_while_the_server_is_down_then_fetched_when_it_is_back(
        qtbot, library, client, runner, crossref_server, monitor) -> None:
    port = crossref_server.server_address[1]
    crossref_server.stop()                                   # the network goes down
    dialog = AddDoiDialog(library, client, runner)
    qtbot.addWidget(dialog)
    dialog.set_text(f"{SREP}\n{CYRILLIC}")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and dialog.add_button.isEnabled(), timeout=10_000)
    assert {u.state for u in dialog.model.rows()} == {ci.QUEUED}
    assert sorted(pending(library)) == sorted([SREP, CYRILLIC])

    messages: list[str] = []
    online: list[bool] = []
    changed: list[list[int]] = []
    monitor.message.connect(messages.append)
    monitor.online_changed.connect(online.append)
    monitor.library_changed.connect(changed.append)
    monitor.start()
    qtbot.waitUntil(lambda: len(messages) >= 2, timeout=10_000)
    assert messages[0] == "Offline: 2 DOI(s) waiting; next try in 1 s."
    assert online == [False] and library.count() == 0

    back = CrossrefServer(ServerState(), port=port).start()   # the network is back
    try:
        qtbot.waitUntil(lambda: online == [False, True] and not monitor.running and
                        pending(library) == [], timeout=10_000)
        assert messages[-1] == "Network is back: 2 pending DOI(s) added."
        ids = [library.find_by_doi(SREP), library.find_by_doi(CYRILLIC)]
        assert None not in ids
        assert sorted(i for batch in changed for i in batch) == sorted(ids)
        assert library.get(ids[1]).title.startswith("Математическое моделирование")
        assert back.state.hits[0].path == "/"               # the probe came first
        assert monitor.current_interval_ms == monitor.interval_ms
    finally:
        monitor.stop()
        runner.wait(10_000)
        back.stop()


def test_probes_back_off_while_offline(qtbot, library, client, runner, crossref_server,
                                       monitor) -> None:
    queue(library, SREP)
    crossref_server.stop()
    intervals: list[int] = []
    monitor.pending_changed.connect(lambda n: intervals.append(monitor.current_interval_ms))
    monitor.start()
    qtbot.waitUntil(lambda: len(intervals) >= 5, timeout=15_000)
    assert intervals[:5] == [100, 200, 400, 400, 400]
    assert pending(library) == [SREP]


def test_an_empty_queue_costs_no_request(qtbot, library, client, runner, crossref_server,
                                         monitor) -> None:
    counts: list[int] = []
    monitor.pending_changed.connect(counts.append)
    monitor.start()
    qtbot.waitUntil(lambda: len(counts) >= 3, timeout=5000)
    assert set(counts) == {0}
    assert crossref_server.state.hits == []


def test_failures_count_attempts_and_not_found_leaves_the_queue(
        qtbot, library, client, runner, crossref_server, monitor) -> None:
    queue(library, SREP, "10.1371/notarealdoi")
    crossref_server.state.add_fault(SREP, "500", "500", "500")
    done: list = []
    monitor.item_done.connect(done.append)
    messages: list[str] = []
    monitor.message.connect(messages.append)
    monitor.message.connect(lambda _: monitor.pause())   # one check only
    monitor.start()
    qtbot.waitUntil(lambda: len(messages) >= 1 and not monitor.running, timeout=10_000)
    assert monitor.next_check_ms == -1
    assert {u.key: u.state for u in done} == {SREP: ci.FAILED, "10.1371/notarealdoi":
                                              ci.NOT_FOUND}
    assert messages[0] == "Network is back: 0 pending DOI(s) added, 1 still waiting."
    assert pending(library) == [SREP]
    assert monitor.current_interval_ms == 100           # some still failing: back off


def test_pause_resume_and_stop(qtbot, library, client, runner, crossref_server,
                               monitor) -> None:
    queue(library, SREP, PLOS)
    crossref_server.state.latency_s = 0.3
    monitor.pause()
    monitor.start()
    qtbot.wait(200)
    assert monitor.paused and not monitor.running and crossref_server.state.hits == []
    monitor.resume()
    qtbot.waitUntil(lambda: monitor.running, timeout=2000)
    monitor.stop()                                      # window closing mid-check
    assert runner.wait(10_000)
    qtbot.wait(50)
    assert not monitor.running and monitor.next_check_ms == -1
    # Whatever was fetched before the stop is stored whole; the rest is still queued.
    stored = [d for d in (SREP, PLOS) if library.find_by_doi(d) is not None]
    assert sorted(stored + pending(library)) == sorted([SREP, PLOS])
    for doi in stored:
        with library.read() as s:
            assert crossref_cache.get(s, doi) is not None
    hits = len(crossref_server.state.hits)
    qtbot.wait(300)
    assert len(crossref_server.state.hits) == hits     # stopped: no more checks
