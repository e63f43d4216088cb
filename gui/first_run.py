"""The page shown instead of the table while the library is empty: what Silteme is for and the
three ways to begin (add by DOI, import a file, type in a source), each the same action the menus
use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.icons import app_icon


class ActionButton(QPushButton):
    """A button that mirrors an action: its text, tooltip and enabled state, and triggers it."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setMinimumHeight(40)
        self.setMinimumWidth(150)
        self.clicked.connect(action.trigger)
        action.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        self.setText(self.action.text().replace("&", "").removesuffix("…").removesuffix("..."))
        self.setToolTip(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())


class FirstRunPage(QWidget):
    def __init__(self, add_doi: QAction, import_file: QAction, new_reference: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.icon = QLabel(self)
        self.icon.setPixmap(app_icon().pixmap(QSize(96, 96)))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self)
        self.heading.setObjectName("firstRunHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_doi_button = ActionButton(add_doi, self)
        self.add_doi_button.setObjectName("firstRunAddDoi")
        self.add_doi_button.setDefault(True)
        self.import_button = ActionButton(import_file, self)
        self.import_button.setObjectName("firstRunImport")
        self.new_button = ActionButton(new_reference, self)
        self.new_button.setObjectName("firstRunNew")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.add_doi_button, self.import_button, self.new_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # One centred column of limited width: word-wrapped labels get their height from it.
        column = QWidget(self)
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.icon)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addSpacing(16)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your library is empty"))
        self.text.setText(self.tr(
            "Silteme keeps your sources (articles, books, laws, court decisions) in Russian, "
            "Kazakh and English, formats GOST and APA lists, and checks journals against the "
            "grant's rules. Start by adding a few references."))
        self.hint.setText(self.tr(
            "Paste one DOI or a whole list; import a Scopus, Web of Science, Zotero, BibTeX or "
            "RIS file (or drop it on the window); or type in a law or a book by hand."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
