"""The status bar's progress area: one row per running background task (its label, a progress bar,
a cancel button), appearing a moment after the task starts so quick tasks do not flicker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from gui.tasks import TaskHandle, TaskRunner

SHOW_AFTER_MS = 300


class TaskRow(QWidget):
    """One task: label, bar (busy until the task reports a total), cancel."""

    def __init__(self, handle: TaskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskRow")
        self.handle = handle
        self.label = QLabel(handle.label, self)
        self.label.setObjectName("taskLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskProgress")
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setRange(0, 0)  # busy until a total is known
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.setText("✕")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        handle.carrier.progressed.connect(self.update_progress)
        self.retranslate()

    def update_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text:
            self.label.setText(f"{self.handle.label}: {text}" if self.handle.label else text)
        self.bar.setToolTip(f"{done} / {total}" if total else "")

    def cancel(self) -> None:
        self.handle.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{task}: cancelling…").format(task=self.handle.label))

    def retranslate(self) -> None:
        self.cancel_button.setToolTip(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ProgressArea(QWidget):
    """Watches a TaskRunner: every task it runs gets a row while it runs."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressArea")
        self.runner = runner
        self.rows: dict[int, TaskRow] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        runner.started.connect(self._started)
        runner.finished.connect(self._finished)
        self.setVisible(False)

    def _started(self, handle: TaskHandle) -> None:
        row = TaskRow(handle, self)
        row.setVisible(False)
        self.rows[id(handle)] = row
        self._layout.addWidget(row)
        QTimer.singleShot(SHOW_AFTER_MS, self, lambda: self._reveal(handle))

    def _reveal(self, handle: TaskHandle) -> None:
        row = self.rows.get(id(handle))
        if row is not None and handle.running:
            row.setVisible(True)
            self.setVisible(True)

    def _finished(self, handle: TaskHandle) -> None:
        row = self.rows.pop(id(handle), None)
        if row is not None:
            self._layout.removeWidget(row)
            row.deleteLater()
        if not self.rows:
            self.setVisible(False)

    def visible_rows(self) -> list[TaskRow]:
        return [r for r in self.rows.values() if r.isVisible()]
