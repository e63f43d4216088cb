"""The window's attachments: open an attached file in the system's viewer (saying so when it was
moved or deleted), link files to a reference (Attach file…, or PDFs dropped on its row)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.errors import AttachmentMissingError, SiltemeError
from gui.changes import Changes
from gui.tasks import TaskHandle

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class AttachmentActions(QObject):
    """One per window; reads and writes through the window (its library, `write`, status bar)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open(self, attachment_id: int) -> bool:
        """Open an attached file in the system's viewer; a file that is gone is said so."""
        from db import attachments

        window = self.window
        try:
            path = attachments.open_attachment(window.library, attachment_id)
        except AttachmentMissingError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File not found"),
                              self.tr("The attached file is no longer there:\n{path}\n\nIt was "
                                      "moved, renamed or deleted. Attach it again from where it "
                                      "is now.").format(path=exc.path),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("attachmentMissing")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        except (SiltemeError, SQLAlchemyError) as exc:
            window._model_failed(exc)
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            window.statusBar().showMessage(self.tr("No program opens {path}").format(path=path),
                                           8000)
            return False
        return True

    def choose(self) -> None:
        """Attach file…: files chosen for the one selected reference."""
        window = self.window
        ids = window.selected_ids()
        if len(ids) != 1 or window._refuse_read_only():
            return
        names, _ = QFileDialog.getOpenFileNames(window, self.tr("Attach files"),
                                                str(window._last_dir("attach")))
        if names:
            window.preferences.set_value("dirs/attach", str(Path(names[0]).parent))
            self.attach(ids[0], [Path(n) for n in names])

    def attach(self, ref_id: int, paths: list[Path]) -> TaskHandle | None:
        """Link files to a reference (one transaction); the detail pane lists them."""
        from db import attachments

        window = self.window
        base = attachments.base_dir(window.library)

        def attach(s: Session) -> int:
            for path in paths:
                attachments.add(s, ref_id, path, base)
            return len(paths)

        return window.write(attach, Changes.of([ref_id]), label=self.tr("Attaching files"),
                            done=lambda n: window.statusBar().showMessage(
                                self.tr("%n file(s) attached.", "", n), 6000))
