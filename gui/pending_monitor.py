"""Fetches the DOIs queued while offline once the network is back, while the window is open.

A QObject on the GUI thread with a single-shot QTimer. Each check: count the queue (a short read;
nothing to do when it is empty, and no request is made), else one background task probes the
configured Crossref URL (`CrossrefClient.is_reachable`, one cheap request, no session) and, when
an answer comes back, works the queue like `add --pending` (gui/doi_batch.py: the task's thread
stores each work in its own transaction). While the network stays down the pause between probes
doubles up to `max_interval_ms`; it returns to `interval_ms` when the queue has been worked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from core.crossref import CrossrefClient
from db import crossref_cache
from db import crossref_import as ci
from db.library import Library
from gui.doi_batch import BatchSummary, ItemUpdate, pending_entries, run_batch
from gui.tasks import TaskContext, TaskHandle, TaskRunner

INTERVAL_MS = 60_000
MAX_INTERVAL_MS = 15 * 60_000


@dataclass(slots=True)
class PendingRun:
    """What one check did: the network state, and the queue's outcomes when it was worked."""

    online: bool
    summary: BatchSummary | None = None
    updates: list[ItemUpdate] = field(default_factory=list)
    remaining: int = 0


class PendingMonitor(QObject):
    """Signals:

    - `message(str)`: a short translated status line for the status bar;
    - `library_changed(list[int])`: ids added from the queue (and works a notice flagged);
    - `pending_changed(int)`: the queue's length after each check;
    - `online_changed(bool)`: the probe's answer when it differs from the last one;
    - `item_done(object)`: each DOI's `gui.doi_batch.ItemUpdate`.
    """

    message = Signal(str)
    library_changed = Signal(list)
    pending_changed = Signal(int)
    online_changed = Signal(bool)
    item_done = Signal(object)

    def __init__(self, library: Library, client: CrossrefClient, runner: TaskRunner | None = None,
                 parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS,
                 max_interval_ms: int = MAX_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.library = library
        self.client = client
        self.runner = runner or TaskRunner(self)
        self.interval_ms = interval_ms
        self.max_interval_ms = max(interval_ms, max_interval_ms)
        self.current_interval_ms = interval_ms
        self.online: bool | None = None
        self._paused = False
        self._stopped = False
        self._handle: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self.runner.finished.connect(self._task_finished)

    # ---------------------------------------------------------------- control
    def start(self) -> None:
        """Begin checking (the first check runs at once)."""
        self._stopped = False
        self._schedule(0)

    def stop(self) -> None:
        """Stop for good (window closing): no more checks; a running check is cancelled. Call
        `runner.wait()` afterwards to let it finish before the library closes."""
        self._stopped = True
        self._timer.stop()
        if self._handle is not None and self._handle.running:
            self._handle.cancel()

    def set_paused(self, paused: bool) -> None:
        """Paused: no checks (a running one finishes). Resuming checks at once."""
        self._paused = paused
        if paused:
            self._timer.stop()
        elif not self._stopped:
            self._schedule(0)

    def pause(self) -> None:
        self.set_paused(True)

    def resume(self) -> None:
        self.set_paused(False)

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def running(self) -> bool:
        return self._handle is not None and self._handle.running

    @property
    def next_check_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    # ---------------------------------------------------------------- checks
    @Slot()
    def check_now(self) -> bool:
        """Check at once (also the timer's slot). False when paused, stopped or busy."""
        if self._paused or self._stopped or self.running:
            return False
        with self.library.read() as s:
            waiting = len(crossref_cache.pending(s))
        if not waiting:
            self.pending_changed.emit(0)
            self.current_interval_ms = self.interval_ms
            self._schedule(self.interval_ms)
            return True
        lib, client = self.library, self.client

        def work(ctx: TaskContext) -> PendingRun:
            if not client.is_reachable(cancel=ctx.cancel):
                return PendingRun(False, remaining=waiting)
            ctx.progress(0, 0, "online")
            entries = pending_entries(lib)
            summary = run_batch(ctx, lib, client, entries, pending=True)
            return PendingRun(True, summary, remaining=len(pending_entries(lib)))

        self._handle = self.runner.run(work, label=self.tr("Fetching pending DOIs"),
                                       on_progress=self._progress, on_item=self._item,
                                       on_success=self._checked, on_failure=self._failed)
        return True

    def _progress(self, done: int, total: int, text: str) -> None:
        if text == "online":
            self._set_online(True)

    @Slot(object)
    def _item(self, update: ItemUpdate) -> None:
        if update.done:
            self.item_done.emit(update)

    @Slot(object)
    def _checked(self, run: PendingRun) -> None:
        self._set_online(run.online)
        if not run.online or run.remaining:
            # Offline, or online with DOIs still failing (server errors): wait longer each time.
            self.current_interval_ms = min(self.current_interval_ms * 2, self.max_interval_ms)
        else:
            self.current_interval_ms = self.interval_ms
        self.pending_changed.emit(run.remaining)
        if not run.online:
            seconds = round(self.current_interval_ms / 1000)
            if seconds < 120:
                text = self.tr("Offline: %n DOI(s) waiting; next try in %1 s.", "",
                               run.remaining).replace("%1", str(max(1, seconds)))
            else:
                text = self.tr("Offline: %n DOI(s) waiting; next try in %1 min.", "",
                               run.remaining).replace("%1", str(round(seconds / 60)))
            self.message.emit(text)
            return
        summary = run.summary or BatchSummary()
        if summary.changed_ids:
            self.library_changed.emit(list(summary.changed_ids))
        added = summary.counts[ci.ADDED] + summary.counts[ci.ADDED_FROM_CACHE]
        if run.remaining:
            self.message.emit(self.tr("Network is back: %1 pending DOI(s) added, %2 still "
                                      "waiting.").replace("%1", str(added))
                              .replace("%2", str(run.remaining)))
        else:
            self.message.emit(self.tr("Network is back: %n pending DOI(s) added.", "", added))

    def _failed(self, exc: BaseException, details: str) -> None:
        self.current_interval_ms = min(self.current_interval_ms * 2, self.max_interval_ms)
        self.message.emit(self.tr("Pending DOIs: %1").replace("%1", str(exc)))

    @Slot(object)
    def _task_finished(self, handle: TaskHandle) -> None:
        if handle is not self._handle:
            return
        if not self._stopped and not self._paused:
            self._schedule(self.current_interval_ms)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _schedule(self, msecs: int) -> None:
        if self._stopped or self._paused:
            return
        self._timer.start(max(0, msecs))
