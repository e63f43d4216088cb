"""Start the desktop application: the user's stored settings, the interface language, the crash
handler, the library (with recovery when its file is damaged), the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core.settings import APP_NAME, VERSION, Settings, default_db_path

if TYPE_CHECKING:  # Qt and the store are imported when the window starts, not with the CLI
    from PySide6.QtWidgets import QWidget

    from db.library import Library


def open_library(path: Path, parent: QWidget | None = None) -> Library | None:
    """Open a library for the window, asking the user when it cannot be: a damaged file offers
    its latest good backup or another file; any other refusal (too new, not a library) offers
    another file. None when the user gives up."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from core.errors import DamagedLibraryError, LibraryError
    from db.library import Library
    from gui.messages import user_message
    from gui.recovery_dialog import LIBRARY_FILTER, RecoveryDialog

    while True:
        try:
            # The daily backup runs in the background once the window is up.
            return Library.open(path, daily_backup=False)
        except DamagedLibraryError as exc:
            dialog = RecoveryDialog(exc, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_path is None:
                return None
            path = dialog.chosen_path
        except LibraryError as exc:
            text, detail = user_message(exc)
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text,
                              QMessageBox.StandardButton.Cancel, parent)
            box.setDetailedText(detail)
            other = box.addButton(QCoreApplication.translate("App", "Open another library…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            name, _ = QFileDialog.getSaveFileName(
                parent, QCoreApplication.translate("App", "Open or create a library"),
                str(path.parent),
                LIBRARY_FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return None
            path = Path(name)


def run_gui(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication

    from gui import i18n
    from gui.icons import app_icon
    from gui.main_window import MainWindow
    from gui.messages import install_excepthook
    from gui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(VERSION)
    QApplication.setWindowIcon(app_icon())
    preferences = Preferences()
    settings = preferences.apply(settings)
    i18n.set_language(settings.ui_language)
    windows: list[MainWindow] = []
    install_excepthook(lambda: windows[0] if windows else None)
    library = open_library(Path(settings.db_path or default_db_path()))
    if library is None:
        return 1
    window = MainWindow(library, settings.with_changes(db_path=library.path), preferences)
    windows.append(window)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.library.close()
