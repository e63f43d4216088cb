"""The window's Crossref side: one client shared by the DOI dialogs, the pending monitor and the PDF
import, the "Add by DOI" dialog (kept and shown again), "Find DOI" and "Refresh from Crossref" for
a reference, and the order things stop in when the window closes.

Everything is made on first use: the client (and `requests` with it) is not imported before the
window has painted. When the settings change (the Crossref e-mail of the polite pool, the server),
the next request goes through a new client; the old one is closed when the window closes, since a
batch may still be using it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from core.settings import Settings
from db.library import Library
from gui.tasks import TaskRunner
from gui.windows import bring_to_front

if TYPE_CHECKING:
    from core.crossref import CrossrefClient
    from gui.add_doi_dialog import AddDoiDialog
    from gui.find_doi_dialog import FindDoiDialog
    from gui.pending_monitor import PendingMonitor
    from gui.refresh_dialog import RefreshDialog

# What a client is built from: a change of any of these needs a new client.
CLIENT_FIELDS = ("mailto", "crossref_url", "doi_url", "openlibrary_url", "agency_hosts",
                 "timeout_s", "max_retries", "concurrency")


def client_settings(settings: Settings) -> tuple[object, ...]:
    return tuple(getattr(settings, name) for name in CLIENT_FIELDS)


class CrossrefHub(QObject):
    """Signals: `message(str)` for the status bar (the pending monitor's news),
    `library_changed(list[int])` after a dialog or the monitor stored works,
    `reference_selected(int)` when a dialog asks to show a reference, `task_failed(exc, tb)`
    for an unexpected error (the crash dialog)."""

    message = Signal(str)
    library_changed = Signal(list)
    reference_selected = Signal(int)
    task_failed = Signal(object, str)

    def __init__(self, library: Library, settings: Settings, runner: TaskRunner,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.library = library
        self.settings = settings
        self.runner = runner
        self._client: CrossrefClient | None = None
        self._retired: list[CrossrefClient] = []
        self.monitor: PendingMonitor | None = None
        self.add_dialog: AddDoiDialog | None = None
        self.dialogs: list[QWidget] = []  # find-DOI and refresh dialogs still open
        self._stopped = False

    # ------------------------------------------------------------------ the client
    @property
    def client(self) -> CrossrefClient:
        if self._client is None:
            from core.crossref import CrossrefClient

            self._client = CrossrefClient(self.settings)
        return self._client

    def set_settings(self, settings: Settings) -> None:
        """Use new settings; a new client from the next request on when they concern it."""
        old = self.settings
        self.settings = settings
        if client_settings(old) == client_settings(settings) or self._client is None:
            return
        self._retired.append(self._client)
        self._client = None
        client = self.client
        if self.monitor is not None:
            self.monitor.client = client
        if self.add_dialog is not None:
            self.add_dialog.client = client  # read when the next batch starts

    # ------------------------------------------------------------------ pending DOIs
    def start_monitor(self) -> PendingMonitor | None:
        """Fetch the DOIs queued while offline, now and whenever the network comes back."""
        if self.library.read_only or self._stopped:
            return None  # (a window closed before its first check was due)
        if self.monitor is None:
            from gui.pending_monitor import PendingMonitor

            self.monitor = PendingMonitor(self.library, self.client, self.runner, self)
            self.monitor.message.connect(self.message)
            self.monitor.library_changed.connect(self.library_changed)
        self.monitor.start()
        return self.monitor

    # ------------------------------------------------------------------ dialogs
    def open_add_doi(self, text: str | None = None) -> AddDoiDialog:
        """The one "Add by DOI" dialog, made the first time and shown again after."""
        if self.add_dialog is None:
            from gui.add_doi_dialog import AddDoiDialog

            dialog = AddDoiDialog(self.library, self.client, runner=self.runner,
                                  parent=self.window)
            dialog.library_changed.connect(self.library_changed)
            dialog.reference_selected.connect(self.reference_selected)
            dialog.task_failed.connect(self.task_failed)
            self.add_dialog = dialog
        dialog = self.add_dialog
        if text:
            dialog.set_text(text)
        bring_to_front(dialog)
        return dialog

    def open_find_doi(self, ref_id: int) -> FindDoiDialog:
        from gui.find_doi_dialog import FindDoiDialog

        dialog = FindDoiDialog(self.library, self.client, ref_id, self.runner, self.window)
        dialog.library_changed.connect(self.library_changed)
        dialog.reference_selected.connect(self.reference_selected)
        self._keep(dialog)
        return dialog

    def open_refresh(self, ref_id: int) -> RefreshDialog:
        from gui.refresh_dialog import RefreshDialog

        dialog = RefreshDialog(self.library, self.client, ref_id, self.runner, self.window)
        dialog.library_changed.connect(self.library_changed)
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        dialog.show()

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    # ------------------------------------------------------------------ library and shutdown
    def set_library(self, library: Library) -> None:
        """Another library: the dialogs of the old one close, the monitor starts over."""
        self.stop()
        for dialog in [*self.dialogs, *([self.add_dialog] if self.add_dialog else [])]:
            dialog.close()
            dialog.deleteLater()
        self.dialogs.clear()
        self.add_dialog = None
        if self.monitor is not None:
            self.monitor.deleteLater()
            self.monitor = None
        self.library = library
        self._stopped = False

    def stop(self) -> None:
        """No more pending checks; a running one is cancelled (the runner is waited for by the
        window before the clients close)."""
        self._stopped = True
        if self.monitor is not None:
            self.monitor.stop()

    def close_clients(self) -> None:
        """After every task has finished: close the HTTP sessions."""
        for client in [*self._retired, *([self._client] if self._client else [])]:
            client.close()
        self._retired.clear()
        self._client = None
