"""When a library cannot be opened because its file is damaged: offer to restore the latest good
backup (the damaged file is kept aside), to open or create another library, or to quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DamagedLibraryError, LibraryError
from db.restore import restore_backup
from gui.messages import show_error

LIBRARY_FILTER = "Silteme library (*.sqlite *.db);;All files (*)"


class RecoveryDialog(QDialog):
    """Accepted with `chosen_path` set: the library to open now (the restored file, or another
    one the user picked). Rejected: quit."""

    def __init__(self, error: DamagedLibraryError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.error = error
        self.path = Path(str(error.path)) if error.path else None
        self.backup = Path(str(error.backup)) if error.backup else None
        self.chosen_path: Path | None = None
        self.kept_aside: Path | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.setDefault(self.backup is not None)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openOther")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quit")
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.open_other)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Silteme: the library is damaged"))
        self.heading.setText("<b>" + self.tr("The library file {file} is damaged.").format(
            file=self.path.name if self.path else "?") + "</b>")
        if self.backup is not None:
            text = self.tr(
                "The latest good backup is {backup}. Restoring it brings the library back as it "
                "was then; the damaged file is kept aside in the backups folder, nothing is "
                "deleted.").format(backup=self.backup)
        else:
            text = self.tr("No good backup of it was found. Open another library, or create a "
                           "new one; the damaged file is left as it is.")
        self.body.setText(text + "\n\n" + str(self.error))
        self.restore_button.setText(self.tr("Restore the latest backup"))
        self.open_button.setText(self.tr("Open another library…"))
        self.quit_button.setText(self.tr("Quit"))

    def restore(self) -> None:
        if self.backup is None or self.path is None:
            return
        # Before any window exists: a wait cursor while the backup is checked and copied.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.kept_aside = restore_backup(self.backup, self.path)
        except LibraryError as exc:
            show_error(self, exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.chosen_path = self.path
        self.accept()

    def open_other(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a library"), start, LIBRARY_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.chosen_path = Path(name)
            self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
