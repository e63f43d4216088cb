"""The dialog for an unexpected error (a bug): what happened, that the library is safe, and the
details (traceback, versions, platform) to copy into a bug report."""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.secrets import redact
from core.settings import APP_NAME, VERSION


def environment_text() -> str:
    import PySide6

    return (f"{APP_NAME} {VERSION}; Python {sys.version.split()[0]}; PySide6 "
            f"{PySide6.__version__}; {platform.platform()}")


class CrashDialog(QDialog):
    def __init__(self, exc: BaseException, traceback_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.exc = exc
        # An exception's text may quote what it was handed (a request's headers): the API key
        # never reaches the dialog or the clipboard.
        self.details_text = redact(f"{traceback_text.rstrip()}\n\n{environment_text()}\n")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit(self.details_text)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(220)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDetails")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Silteme: unexpected error"))
        self.heading.setText("<b>" + self.tr("Something went wrong inside Silteme.") + "</b> "
                             + self.tr("This is a bug, not something you did."))
        self.explanation.setText(self.tr(
            "Your library is safe: every change is written in one transaction, and a change "
            "interrupted half-way is rolled back. You can keep working. Please copy the details "
            "below into a message to the developers."))
        self.copy_button.setText(self.tr("Copy details"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
