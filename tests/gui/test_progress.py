"""The status bar's progress area: every running task shows with its label, a progress bar and a
cancel button that stops it; quick tasks never flash a row."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.progress import ProgressArea
from gui.tasks import TaskContext, TaskRunner


def test_a_running_task_shows_with_progress_and_cancel(qtbot: Any, window: MainWindow) -> None:
    area: ProgressArea = window.progress
    step = threading.Event()
    cancelled: list[bool] = []

    def long_import(ctx: TaskContext) -> None:
        ctx.progress(0, 4, "scopus.csv")
        step.wait(5)
        ctx.progress(3, 4, "scopus.csv")
        while not ctx.cancelled:
            ctx.cancel.wait(0.01)
        cancelled.append(True)
        ctx.check()

    handle = window.run_task(long_import, label="Importing")
    qtbot.waitUntil(lambda: len(area.visible_rows()) == 1, timeout=3000)
    assert area.isVisible()
    (row,) = area.visible_rows()
    assert row.label.text() == "Importing: scopus.csv"
    step.set()
    qtbot.waitUntil(lambda: row.bar.value() == 3, timeout=3000)
    assert row.bar.maximum() == 4
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert row.label.text() == "Importing: cancelling…"
    qtbot.waitUntil(lambda: not handle.running, timeout=3000)
    qtbot.waitUntil(lambda: not area.isVisible(), timeout=3000)
    assert cancelled == [True] and area.rows == {}


def test_quick_tasks_do_not_flash(qtbot: Any) -> None:
    runner = TaskRunner()
    area = ProgressArea(runner)
    qtbot.addWidget(area)
    area.show()
    shown: list[int] = []
    runner.started.connect(lambda h: shown.append(len(area.visible_rows())))
    for _ in range(5):
        runner.run(lambda ctx: 42, label="Quick")
    qtbot.waitUntil(lambda: not runner.active(), timeout=3000)
    qtbot.wait(400)
    assert area.visible_rows() == [] and area.rows == {} and shown == [0] * 5


def test_several_tasks_show_side_by_side(qtbot: Any) -> None:
    runner = TaskRunner()
    area = ProgressArea(runner)
    qtbot.addWidget(area)
    area.show()
    release = threading.Event()
    for label in ("Adding DOIs", "Exporting"):
        runner.run(lambda ctx: release.wait(5), label=label)
    qtbot.waitUntil(lambda: len(area.visible_rows()) == 2, timeout=3000)
    assert sorted(r.label.text() for r in area.visible_rows()) == ["Adding DOIs", "Exporting"]
    release.set()
    qtbot.waitUntil(lambda: area.rows == {}, timeout=3000)
