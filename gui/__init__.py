"""The desktop application (PySide6): windows, dialogs, table models, background tasks."""
