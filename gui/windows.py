"""Bringing a window the user asked for to the front (shown, raised, focused)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_to_front(widget: QWidget) -> None:
    """Show `widget` and put it above the others. The offscreen platform (tests, screenshots)
    has no stacking of windows and warns about raising one, so there it is only shown."""
    widget.show()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
    widget.activateWindow()
