"""Fixtures and helpers shared by the add-by-DOI, find-DOI, refresh and pending-monitor GUI
tests: a Crossref client on the local replay server, a task runner that is drained after each
test (no thread outlives it), and a library spy that records which threads open sessions."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

SREP = "10.1038/srep16696"
PLOS = "10.1371/journal.pone.0033693"            # corrected (Crossref `updated-by`)
CYRILLIC = "10.7868/s0040357115030100"           # Паршин Д. А. ... (Russian)
REPORT_RU = "10.31812/123456789/5682"            # Теплякова А. (Russian report)
JOR = "10.1002/jor.1100150407"
IJO = "10.3892/ijo_00000353"
UNKNOWN = "10.1371/notarealdoi"


@pytest.fixture
def client(crossref_settings):  # type: ignore[no-untyped-def]
    from core.crossref import CrossrefClient

    c = CrossrefClient(crossref_settings, backoff_s=0.01)
    yield c
    c.close()


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    from gui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.cancel_all()
    assert r.wait(20_000), "a background task did not finish"
    qtbot.wait(20)  # deliver what the last tasks queued for the GUI thread


class SessionSpy:
    """Wraps Library.read/transaction to record the thread of every session."""

    def __init__(self, library: Any) -> None:
        self.threads: list[tuple[str, int]] = []
        self._lock = threading.Lock()
        read, transaction = library.read, library.transaction

        @contextmanager
        def spy_read() -> Iterator[Any]:
            self._note("read")
            with read() as s:
                yield s

        @contextmanager
        def spy_transaction() -> Iterator[Any]:
            self._note("write")
            with transaction() as s:
                yield s

        library.read = spy_read
        library.transaction = spy_transaction

    def _note(self, kind: str) -> None:
        with self._lock:
            self.threads.append((kind, threading.get_ident()))

    def on(self, thread_id: int) -> list[str]:
        return [k for k, t in self.threads if t == thread_id]
