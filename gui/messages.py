"""Errors reach the user here, in one place: Silteme's typed errors become short messages in the
interface language (with the file, line, DOI or status they carry); anything else is a bug and
goes to the crash dialog with the details to copy."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.errors import (
    BadResponseError,
    CancelledError,
    DamagedLibraryError,
    DoiNotFoundError,
    InvalidValueError,
    LibraryError,
    NetworkError,
    NetworkTimeoutError,
    NotFoundError,
    OfflineError,
    ParseError,
    RateLimitedError,
    RedirectRefusedError,
    SchemaTooNewError,
    ServerError,
    SiltemeError,
)


def user_message(exc: BaseException) -> tuple[str, str]:
    """(short message in the interface language, technical detail as raised). The detail keeps
    the original text so it can be quoted when asking for help."""
    detail = str(exc)
    if isinstance(exc, SchemaTooNewError):
        return QCoreApplication.translate(
            "Messages", "This library was written by a newer version of Silteme. Update "
            "Silteme to open it; the file was left untouched."), detail
    if isinstance(exc, DamagedLibraryError):
        if exc.backup:
            return QCoreApplication.translate(
                "Messages", "The library file is damaged. A good backup exists: {backup}"
            ).format(backup=exc.backup), detail
        return QCoreApplication.translate(
            "Messages", "The library file is damaged and no good backup was found."), detail
    if isinstance(exc, LibraryError):
        low = detail.lower()
        if "read-only" in low or "readonly" in low:
            return QCoreApplication.translate(
                "Messages", "The library is open read-only: nothing can be changed."), detail
        if "locked" in low or "another window" in low or "busy" in low:
            return QCoreApplication.translate(
                "Messages", "Another window or program is writing to the library. Try again "
                "in a moment; nothing was changed."), detail
        if "disk is full" in low or "cannot be written" in low:
            return QCoreApplication.translate(
                "Messages", "The disk is full or cannot be written. Nothing was changed."), detail
        return QCoreApplication.translate(
            "Messages", "The library cannot be used: {reason}").format(reason=detail), detail
    if isinstance(exc, DoiNotFoundError):
        return QCoreApplication.translate(
            "Messages", "DOI {doi} was not found.").format(doi=exc.doi or "?"), detail
    if isinstance(exc, RateLimitedError):
        return QCoreApplication.translate(
            "Messages", "Crossref asks to slow down (too many requests). Try again in a "
            "minute."), detail
    if isinstance(exc, OfflineError):
        return QCoreApplication.translate(
            "Messages", "No internet connection. Try again when the network is back."), detail
    if isinstance(exc, NetworkTimeoutError):
        return QCoreApplication.translate(
            "Messages", "The server did not answer in time. Try again later."), detail
    if isinstance(exc, ServerError):
        return QCoreApplication.translate(
            "Messages", "The server is having problems (HTTP {status}). Try again later."
        ).format(status=exc.status or "5xx"), detail
    if isinstance(exc, RedirectRefusedError):
        return QCoreApplication.translate(
            "Messages", "The DOI link led to an unexpected site; its answer was refused."), detail
    if isinstance(exc, BadResponseError):
        return QCoreApplication.translate(
            "Messages", "The server sent an answer Silteme cannot read."), detail
    if isinstance(exc, NetworkError):
        return QCoreApplication.translate(
            "Messages", "Network error: {reason}").format(reason=exc.message), detail
    if isinstance(exc, ParseError):
        if exc.file and exc.line:
            return QCoreApplication.translate("Messages", "{file}, line {line}: {reason}").format(
                file=exc.file, line=exc.line, reason=exc.message), detail
        if exc.file:
            return QCoreApplication.translate("Messages", "{file}: {reason}").format(
                file=exc.file, reason=exc.message), detail
        return QCoreApplication.translate(
            "Messages", "The input cannot be read: {reason}").format(reason=exc.message), detail
    if isinstance(exc, InvalidValueError):
        return QCoreApplication.translate(
            "Messages", "{field}: “{value}” is not valid: {reason}").format(
            field=exc.field, value=exc.value, reason=exc.reason), detail
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Messages", "Not found: {what}").format(
            what=detail), detail
    if isinstance(exc, CancelledError):
        return QCoreApplication.translate("Messages", "Cancelled."), detail
    return QCoreApplication.translate("Messages", "Error: {reason}").format(
        reason=detail), detail


_parentless: set[QWidget] = set()


def _keep_alive(widget: QWidget) -> QWidget:
    """A dialog without a parent window is owned by Python: hold it until it is closed."""
    if widget.parent() is None:
        _parentless.add(widget)
        widget.destroyed.connect(lambda *_: _parentless.discard(widget))
        widget.finished.connect(lambda *_: _parentless.discard(widget))  # type: ignore[attr-defined]
    return widget


def show_error(parent: QWidget | None, exc: BaseException,
               title: str | None = None) -> QMessageBox | None:
    """A short, translated message for an expected error (window-modal, not blocking). None for
    a cancelled task, which the user asked for."""
    if isinstance(exc, CancelledError):
        return None
    text, detail = user_message(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or "Silteme", text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    if detail and detail != text:
        box.setDetailedText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep_alive(box)
    box.open()
    return box


def report_failure(parent: QWidget | None, exc: BaseException, tb: str = "") -> QWidget | None:
    """What a failed background task shows: a message for Silteme's own errors, the crash dialog
    for anything else (a bug)."""
    if isinstance(exc, SiltemeError):
        return show_error(parent, exc)
    from gui.crash_dialog import CrashDialog

    dialog = CrashDialog(exc, tb or "".join(traceback.format_exception(exc)), parent)
    _keep_alive(dialog)
    dialog.open()
    return dialog


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    """Route uncaught exceptions on the GUI thread to `report_failure` (the data is safe: every
    write is a transaction, rolled back when it fails half-way). Returns the previous hook."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            previous(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        print(text, file=sys.stderr)
        try:
            report_failure(parent(), exc, text)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous
