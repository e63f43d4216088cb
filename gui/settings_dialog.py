"""The settings dialog: Crossref e-mail, the library file (open or create another), interface
language, default citation style (built-in or an added CSL file), citation-key pattern. It edits a
copy: `result_settings()` is a new frozen `Settings`; the window applies and stores it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.settings import Settings
from gui.i18n import NATIVE_NAMES, UI_LANGUAGES, normalise

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CITEKEY_TOKEN = re.compile(r"\[[A-Za-z]+\d*(?::[A-Za-z0-9_]+)*\]")
LIBRARY_FILTER = "Silteme library (*.sqlite *.db);;All files (*)"
STYLE_NAMES = {
    "gost-r-7.0.100": "ГОСТ Р 7.0.100–2018",
    "gost-7.1": "ГОСТ 7.1–2003",
    "gost-r-7.0.5": "ГОСТ Р 7.0.5–2008",
    "apa": "APA 7",
}


def builtin_styles() -> list[str]:
    from core.styles.base import style_names

    return style_names()


def citekey_problem(pattern: str) -> str | None:
    """Why a citation-key pattern cannot be used (None when it can): brackets must pair and hold
    a field name such as [auth], [year], [shorttitle] or [auth:lower]."""
    if not pattern.strip():
        return "empty"
    rest = CITEKEY_TOKEN.sub("", pattern)
    if "[" in rest or "]" in rest:
        return "brackets"
    if not CITEKEY_TOKEN.search(pattern):
        return "no field"
    if re.search(r"\s", pattern):
        return "spaces"
    return None


def csl_title(path: Path) -> str | None:
    """The title of a CSL style file, or None when the file is not a CSL style."""
    from defusedxml import ElementTree

    try:
        root = ElementTree.parse(str(path)).getroot()
    except Exception:  # noqa: BLE001 - any unreadable file is simply "not a style"
        return None
    ns = "{http://purl.org/net/xbiblio/csl}"
    if root.tag != f"{ns}style":
        return None
    title = root.find(f"{ns}info/{ns}title")
    return (title.text or path.stem).strip() if title is not None else path.stem


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, csl_files: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.csl_files = list(csl_files or [])
        self.library_path: Path | None = settings.db_path
        self.mailto = QLineEdit(settings.mailto or "", self)
        self.mailto.setObjectName("mailto")
        self.mailto_hint = QLabel(self)
        self.mailto_hint.setWordWrap(True)
        self.library = QLineEdit(str(settings.db_path or ""), self)
        self.library.setObjectName("libraryPath")
        self.library.setReadOnly(True)
        self.open_library_button = QPushButton(self)
        self.open_library_button.setObjectName("openLibrary")
        self.new_library_button = QPushButton(self)
        self.new_library_button.setObjectName("newLibrary")
        library_row = QHBoxLayout()
        library_row.addWidget(self.library, 1)
        library_row.addWidget(self.open_library_button)
        library_row.addWidget(self.new_library_button)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in UI_LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(UI_LANGUAGES.index(normalise(settings.ui_language)))
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("defaultStyle")
        self.add_csl_button = QPushButton(self)
        self.add_csl_button.setObjectName("addCsl")
        self.remove_csl_button = QPushButton(self)
        self.remove_csl_button.setObjectName("removeCsl")
        style_row = QHBoxLayout()
        style_row.addWidget(self.style_combo, 1)
        style_row.addWidget(self.add_csl_button)
        style_row.addWidget(self.remove_csl_button)
        self.citekey = QLineEdit(settings.citekey_pattern, self)
        self.citekey.setObjectName("citekeyPattern")
        self.citekey_hint = QLabel(self)
        self.citekey_hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("settingsProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.field_labels = [QLabel(self) for _ in range(5)]
        for hint in (self.mailto_hint, self.citekey_hint):
            hint.setStyleSheet("color: palette(placeholder-text);")
            # As wide as the fields, so the wrapped text takes its full height.
            hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            hint.setMinimumWidth(380)
        self.form.addRow(self.field_labels[0], self.mailto)
        self.form.addRow(QLabel(self), self.mailto_hint)
        self.form.addRow(self.field_labels[1], library_row)
        self.form.addRow(self.field_labels[2], self.language)
        self.form.addRow(self.field_labels[3], style_row)
        self.form.addRow(self.field_labels[4], self.citekey)
        self.form.addRow(QLabel(self), self.citekey_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_library_button.clicked.connect(self.choose_library)
        self.new_library_button.clicked.connect(self.create_library)
        self.add_csl_button.clicked.connect(self.choose_csl)
        self.remove_csl_button.clicked.connect(self.remove_csl)
        self.style_combo.currentIndexChanged.connect(self._update_remove)
        self.mailto.textChanged.connect(self.validate)
        self.citekey.textChanged.connect(self.validate)
        self.setMinimumWidth(620)
        self._fill_styles(settings.default_style)
        self.retranslate()
        self.validate()

    # ------------------------------------------------------------------ result
    def result_settings(self) -> Settings:
        return self.settings.with_changes(
            mailto=self.mailto.text().strip() or None,
            db_path=self.library_path,
            ui_language=self.language.currentData(),
            default_style=self.style_combo.currentData() or self.settings.default_style,
            citekey_pattern=self.citekey.text().strip(),
        )

    def problems(self) -> list[str]:
        out = []
        mail = self.mailto.text().strip()
        if mail and not EMAIL.match(mail):
            out.append(self.tr("The e-mail address does not look right."))
        problem = citekey_problem(self.citekey.text().strip())
        if problem == "empty":
            out.append(self.tr("The citation-key pattern is empty."))
        elif problem == "brackets":
            out.append(self.tr("The citation-key pattern has an unpaired bracket or an unknown "
                               "field (fields look like [auth], [year], [shorttitle])."))
        elif problem == "no field":
            out.append(self.tr("The citation-key pattern needs at least one field such as "
                               "[auth] or [year]."))
        elif problem == "spaces":
            out.append(self.tr("A citation key cannot contain spaces."))
        return out

    def validate(self) -> bool:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if self.validate():
            super().accept()

    # ------------------------------------------------------------------ library
    def choose_library(self) -> None:
        start = str(self.library_path.parent) if self.library_path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a library"), start,
                                              LIBRARY_FILTER)
        if name:
            self.set_library_path(Path(name))

    def create_library(self) -> None:
        start = str(self.library_path.parent) if self.library_path else ""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Create a library"), start,
                                              LIBRARY_FILTER)
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".sqlite")
            self.set_library_path(path)

    def set_library_path(self, path: Path) -> None:
        self.library_path = path
        self.library.setText(str(path))

    # ------------------------------------------------------------------ styles
    def _fill_styles(self, chosen: str) -> None:
        self.style_combo.blockSignals(True)
        self.style_combo.clear()
        for name in builtin_styles():
            self.style_combo.addItem(STYLE_NAMES.get(name, name), name)
        for path in self.csl_files:
            title = csl_title(Path(path)) or Path(path).stem
            self.style_combo.addItem(f"{title} (CSL)", path)
            self.style_combo.setItemData(self.style_combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        index = self.style_combo.findData(chosen)
        if index < 0 and chosen:
            self.style_combo.addItem(chosen, chosen)
            index = self.style_combo.count() - 1
        self.style_combo.setCurrentIndex(max(index, 0))
        self.style_combo.blockSignals(False)
        self._update_remove()

    def choose_csl(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a CSL style"), "",
                                              self.tr("CSL styles (*.csl);;All files (*)"))
        if name:
            self.add_csl(Path(name))

    def add_csl(self, path: Path) -> bool:
        if csl_title(path) is None:
            self.problem.setText(self.tr("{file} is not a CSL style.").format(file=path.name))
            self.problem.setVisible(True)
            return False
        if str(path) not in self.csl_files:
            self.csl_files.append(str(path))
        self._fill_styles(str(path))
        self.validate()
        return True

    def remove_csl(self) -> None:
        current = self.style_combo.currentData()
        if current in self.csl_files:
            self.csl_files.remove(current)
            self._fill_styles(self.settings.default_style
                              if self.settings.default_style != current else "gost-r-7.0.100")

    def _update_remove(self) -> None:
        self.remove_csl_button.setEnabled(self.style_combo.currentData() in self.csl_files)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("Crossref e-mail:"), self.tr("Library file:"),
                 self.tr("Interface language:"), self.tr("Default style:"),
                 self.tr("Citation-key pattern:"))
        for label, text in zip(self.field_labels, texts, strict=True):
            label.setText(text)
        self.mailto.setPlaceholderText(self.tr("you@university.kz"))
        self.mailto_hint.setText(self.tr(
            "Sent with every Crossref request (its “polite pool”): faster, more reliable "
            "answers, and Crossref can reach you if something goes wrong."))
        self.open_library_button.setText(self.tr("Open…"))
        self.new_library_button.setText(self.tr("New…"))
        self.add_csl_button.setText(self.tr("Add CSL file…"))
        self.remove_csl_button.setText(self.tr("Remove"))
        self.citekey_hint.setText(self.tr(
            "Fields in brackets, as in JabRef: [auth], [authors2], [year], [shorttitle], "
            "[veryshorttitle], [auth:lower]. Example: [auth][year] gives Abaev2019."))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
