"""Typing any text into a widget as key presses: QTest.keyClicks only knows Latin-1 characters and
aborts on Cyrillic and Kazakh letters, so those go as key events carrying their text (what a
keyboard with a Russian or Kazakh layout sends)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
