"""Errors reach the user in one place: Silteme's typed errors as short translated messages, a bug
(an uncaught exception, a failed background task) as the crash dialog with the traceback."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import (
    DamagedLibraryError,
    DoiNotFoundError,
    InvalidValueError,
    LibraryError,
    OfflineError,
    ParseError,
    RateLimitedError,
    SchemaTooNewError,
    ServerError,
)
from gui import i18n
from gui.crash_dialog import CrashDialog
from gui.main_window import MainWindow
from gui.messages import install_excepthook, report_failure, user_message


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()]


def test_the_crash_dialog_shows_the_traceback_to_copy(qtbot: Any) -> None:
    try:
        {}["missing key"]
    except KeyError as exc:
        import traceback

        dialog = CrashDialog(exc, "".join(traceback.format_exception(exc)))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.details.toPlainText()
    assert "KeyError: 'missing key'" in text and "test_crash_dialog.py" in text
    assert "Silteme 0.1.0; Python" in text
    assert "library is safe" in dialog.explanation.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details_text
    assert dialog.copy_button.text() == "Copied"


def test_an_uncaught_exception_opens_the_crash_dialog(qtbot: Any) -> None:
    previous = install_excepthook()
    try:
        try:
            raise ZeroDivisionError("division by zero in a slot")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=3000)
        (dialog,) = crash_dialogs()
        assert "ZeroDivisionError: division by zero in a slot" in dialog.details.toPlainText()
        dialog.close()
        # an expected error is a message, not a crash
        sys.excepthook(LibraryError, LibraryError("cannot open x: disk I/O error"), None)
        box = qtbot.waitUntil(lambda: _message_boxes() != [], timeout=3000) or _message_boxes()[0]
        assert "cannot be used" in box.text()
        box.close()
        assert crash_dialogs() == []
    finally:
        sys.excepthook = previous


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_failed_background_task_is_reported(qtbot: Any, window: MainWindow) -> None:
    def broken(ctx: Any) -> None:
        raise RuntimeError("a bug in a worker")

    window.run_task(broken, label="Broken")
    qtbot.waitUntil(lambda: window.findChild(CrashDialog) is not None, timeout=5000)
    dialog = window.findChild(CrashDialog)
    assert "RuntimeError: a bug in a worker" in dialog.details.toPlainText()
    assert "def broken" in dialog.details.toPlainText() or "broken" in dialog.details.toPlainText()
    dialog.close()

    def offline(ctx: Any) -> None:
        raise OfflineError("connection refused", doi="10.1038/srep16696")

    window.run_task(offline, label="Offline")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorMessage") is not None,
                    timeout=5000)
    box = window.findChild(QMessageBox, "errorMessage")
    assert box.text() == "No internet connection. Try again when the network is back."
    assert "10.1038/srep16696" in box.detailedText()


@pytest.mark.parametrize(("error", "english", "russian"), [
    (ParseError("unexpected end of entry", file="scopus.bib", line=42),
     "scopus.bib, line 42: unexpected end of entry",
     "scopus.bib, строка 42: unexpected end of entry"),
    (DoiNotFoundError("not found", doi="10.1000/none", status=404),
     "DOI 10.1000/none was not found.", "DOI 10.1000/none не найден."),
    (RateLimitedError("429", retry_after=3.0),
     "Crossref asks to slow down (too many requests). Try again in a minute.",
     "Crossref просит снизить частоту запросов. Повторите через минуту."),
    (ServerError("bad gateway", status=502),
     "The server is having problems (HTTP 502). Try again later.",
     "На сервере неполадки (HTTP 502). Повторите позже."),
    (InvalidValueError("ISSN", "1234-5678", "check digit does not match"),
     "ISSN: “1234-5678” is not valid: check digit does not match",
     "ISSN: значение «1234-5678» неверно: check digit does not match"),
    (SchemaTooNewError("newer"),
     "This library was written by a newer version of Silteme. Update Silteme to open it; "
     "the file was left untouched.",
     "Эта библиотека создана более новой версией Silteme. Обновите Silteme, чтобы открыть её; "
     "файл не изменён."),
    (DamagedLibraryError("x is damaged", path="x", backup="/b/x-1.sqlite"),
     "The library file is damaged. A good backup exists: /b/x-1.sqlite",
     "Файл библиотеки повреждён. Есть исправная резервная копия: /b/x-1.sqlite"),
    (LibraryError("could not write to x: the disk is full or cannot be written. Nothing was "
                  "changed."),
     "The disk is full or cannot be written. Nothing was changed.",
     "Диск заполнен или недоступен для записи. Ничего не изменено."),
])
def test_typed_errors_become_short_messages_in_the_user_s_language(
        qapp: Any, error: Exception, english: str, russian: str) -> None:
    assert user_message(error)[0] == english
    assert user_message(error)[1] == str(error)
    i18n.set_language("ru")
    try:
        assert user_message(error)[0] == russian
    finally:
        i18n.set_language("en")


def test_a_cancelled_task_shows_nothing(qtbot: Any) -> None:
    from core.errors import CancelledError

    assert report_failure(None, CancelledError("cancelled")) is None


def test_the_crash_details_never_hold_the_api_key(qtbot: Any) -> None:
    """An exception quoting what it was handed (a request's headers) reaches the dialog and the
    clipboard with the API key the process holds replaced (issue 9, secrets)."""
    from core import secrets
    from core.journals.scopus_api import SerialTitleClient

    key = "7e1d0c9b8a7f6e5d4c3b2a1908f7e6d5"
    SerialTitleClient(key)                        # the key is now in memory
    try:
        try:
            raise ConnectionError(f"request failed: headers {{'X-ELS-APIKey': '{key}'}}")
        except ConnectionError as exc:
            import traceback

            dialog = CrashDialog(exc, "".join(traceback.format_exception(exc)))
        qtbot.addWidget(dialog)
        dialog.show()
        text = dialog.details.toPlainText()
        assert key not in text and "'X-ELS-APIKey': '[secret]'" in text
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert key not in QGuiApplication.clipboard().text()
    finally:
        secrets.forget(key)
