"""The desktop application (PySide6): windows, dialogs, table models, background tasks."""

from gui.pyside_workarounds import protect_none

# Before any window is built: PySide6 6.12.0 on Python 3.11 otherwise aborts the process after a
# few thousand widget calls (gui/pyside_workarounds.py).
protect_none()
