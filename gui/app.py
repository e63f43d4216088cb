"""Start the desktop application on a library."""

from __future__ import annotations

import sys

from core.settings import APP_NAME, Settings, default_db_path


def run_gui(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from core.errors import LibraryError
    from db.library import Library
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    path = settings.db_path or default_db_path()
    try:
        library = Library.open(path)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(library, settings)
    window.show()
    try:
        return int(app.exec())
    finally:
        library.close()
