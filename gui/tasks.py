"""The one background helper: runs a plain function off the GUI thread, with progress and cancel,
and delivers its result or its error back on the GUI thread.

The function receives a `TaskContext` and never touches widgets. It reports progress with
`ctx.progress(done, total, text)`, hands over partial results (one finished item of a batch) with
`ctx.deliver(obj)`, and checks `ctx.cancel` (a `threading.Event`, the same kind the Crossref client
takes) or calls `ctx.check()`, which raises `CancelledError` once cancel was asked.
Network work runs without a database session; database work opens its own short session.

    handle = runner.run(fetch_all, label=self.tr("Adding DOIs"),
                        on_success=self.show_result, on_failure=self.show_error,
                        on_progress=bar.update, on_item=self.show_row)
    handle.cancel()
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import CancelledError


@dataclass(slots=True)
class TaskContext:
    """What a background function may use: progress reports and the cancel flag."""

    cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] | None = None
    _deliver: Callable[[object], None] | None = None

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        if self._report is not None:
            self._report(done, total, text)

    def deliver(self, item: object) -> None:
        """Hand one partial result to the GUI thread (`on_item`), in order with progress. Pass
        plain data (dataclasses, records), never ORM objects."""
        if self._deliver is not None:
            self._deliver(item)

    def check(self) -> None:
        """Raise `CancelledError` if the user asked to cancel."""
        if self.cancel.is_set():
            raise CancelledError("cancelled")

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits through it so slots run on the GUI thread."""

    progressed = Signal(int, int, str)
    delivered = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, its formatted traceback
    finished = Signal()


class TaskHandle(QObject):
    """One running task: cancel it, ask whether it is still running."""

    def __init__(self, label: str, ctx: TaskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.ctx = ctx
        self.running = True
        self.carrier = _Carrier(self)
        self.carrier.finished.connect(self._done)

    def cancel(self) -> None:
        self.ctx.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self.ctx.cancel.is_set()

    @Slot()
    def _done(self) -> None:
        self.running = False


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        carrier = self.handle.carrier
        try:
            result = self.fn(self.handle.ctx)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            carrier.failed.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            carrier.succeeded.emit(result)
        finally:
            carrier.finished.emit()


class TaskRunner(QObject):
    """Runs background functions on a thread pool. `started`/`finished` let a progress area show
    every running task; `active()` lists them."""

    started = Signal(object)   # TaskHandle
    finished = Signal(object)  # TaskHandle

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._active: list[TaskHandle] = []

    def run(self, fn: Callable[[TaskContext], Any], *, label: str = "",
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException, str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            on_item: Callable[[Any], None] | None = None) -> TaskHandle:
        """Start `fn(ctx)` off the GUI thread. Callbacks run on the GUI thread. A task that ends
        with `CancelledError` calls neither `on_success` nor `on_failure`: the user asked for it
        (items delivered before the cancel still arrive through `on_item`)."""
        ctx = TaskContext()
        handle = TaskHandle(label, ctx, self)
        carrier = handle.carrier
        ctx._report = carrier.progressed.emit
        ctx._deliver = carrier.delivered.emit
        if on_progress is not None:
            carrier.progressed.connect(on_progress)
        if on_item is not None:
            carrier.delivered.connect(on_item)
        if on_success is not None:
            carrier.succeeded.connect(on_success)
        if on_failure is not None:
            def failed(exc: object, tb: str) -> None:
                if not isinstance(exc, CancelledError):
                    on_failure(exc, tb)  # type: ignore[arg-type]
            carrier.failed.connect(failed)
        carrier.finished.connect(lambda: self._finish(handle))
        self._active.append(handle)
        self.started.emit(handle)
        self.pool.start(_Job(fn, handle))
        return handle

    def _finish(self, handle: TaskHandle) -> None:
        if handle in self._active:
            self._active.remove(handle)
        self.finished.emit(handle)

    def active(self) -> list[TaskHandle]:
        return list(self._active)

    def cancel_all(self) -> None:
        for handle in self._active:
            handle.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (for shutdown and tests); signals still queued for
        the GUI thread are delivered by the next event-loop turn."""
        return bool(self.pool.waitForDone(msecs))
