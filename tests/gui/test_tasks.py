"""The background helper: work runs off the GUI thread, results, errors and progress arrive on it,
cancel stops a task without calling it a failure."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("PySide6")

from core.errors import CancelledError  # noqa: E402
from gui.tasks import TaskContext, TaskRunner  # noqa: E402


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object]] = []

    def work(ctx: TaskContext) -> int:
        for i in range(3):
            ctx.progress(i + 1, 3, f"step {i + 1}")
        return threading.get_ident()

    handle = runner.run(work, label="work",
                        on_success=lambda worker: seen.append(("ok", worker)),
                        on_progress=lambda d, t, s: seen.append(("progress", threading.get_ident())))
    qtbot.waitUntil(lambda: not handle.running, timeout=5000)
    assert [k for k, _ in seen] == ["progress"] * 3 + ["ok"]
    assert all(v == gui_thread for k, v in seen if k == "progress")
    assert seen[-1][1] != gui_thread  # the function itself ran elsewhere
    assert runner.active() == []


def test_failure_is_delivered_with_its_traceback(qtbot):
    runner = TaskRunner()
    failures: list[tuple[BaseException, str]] = []

    def work(ctx: TaskContext) -> None:
        raise ValueError("broken file")

    handle = runner.run(work, on_failure=lambda exc, tb: failures.append((exc, tb)),
                        on_success=lambda _: pytest.fail("no success expected"))
    qtbot.waitUntil(lambda: not handle.running, timeout=5000)
    assert len(failures) == 1
    assert isinstance(failures[0][0], ValueError)
    assert "broken file" in failures[0][1]


def test_cancel_stops_the_task_and_calls_neither_callback(qtbot):
    runner = TaskRunner()
    calls: list[str] = []
    started = threading.Event()

    def work(ctx: TaskContext) -> None:
        started.set()
        while True:
            ctx.check()
            time.sleep(0.005)

    handle = runner.run(work, on_success=lambda _: calls.append("ok"),
                        on_failure=lambda exc, tb: calls.append("failed"))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: not handle.running, timeout=5000)
    assert handle.cancelled
    assert calls == []


def test_context_check_raises_only_after_cancel():
    ctx = TaskContext()
    ctx.check()
    ctx.cancel.set()
    with pytest.raises(CancelledError):
        ctx.check()


def test_items_are_delivered_in_order_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def work(ctx: TaskContext) -> str:
        for i in range(5):
            ctx.deliver({"n": i})
            ctx.progress(i + 1, 5)
        return "done"

    handle = runner.run(work, on_item=lambda item: seen.append(("item", item["n"],
                                                                threading.get_ident())),
                        on_progress=lambda d, t, s: seen.append(("progress", d,
                                                                 threading.get_ident())),
                        on_success=lambda r: seen.append(("ok", r, threading.get_ident())))
    qtbot.waitUntil(lambda: not handle.running, timeout=5000)
    runner.wait()
    assert [(k, v) for k, v, _ in seen] == [x for i in range(5)
                                            for x in (("item", i), ("progress", i + 1))] + \
        [("ok", "done")]
    assert {t for _, _, t in seen} == {gui_thread}

