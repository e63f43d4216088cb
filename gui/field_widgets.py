"""One editable field of the reference form: the input widget for its kind (line, wrapping title,
paragraphs, date, language, choice, yes/no) and the problem shown right under it as the user types.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core import field_values as fv
from core import type_fields as tf
from core.dates import PartialDate
from core.errors import InvalidValueError
from gui.field_labels import degree_labels, field_hints, language_labels, problem_message

# Problems that only mean "not finished typing yet": shown after a pause or when the field is
# left, not at every keystroke.
_INCOMPLETE = frozenset({fv.ISSN_FORMAT, fv.ISBN_FORMAT, fv.DATE_FORMAT, fv.DOI_FORMAT,
                         fv.URL_FORMAT, fv.LANGUAGE_UNKNOWN})
PAUSE_MS = 700
_CODE_AT_END = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")


class WrappingLineEdit(QPlainTextEdit):
    """A one-paragraph text field that wraps long text (titles run to 200 characters) and grows
    up to `max_lines` lines. Return does not insert a line break; pasted line breaks become
    spaces."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 4) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog's default button, not a line break
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(" ".join(source.text().split()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_: object) -> None:
        lines = max(1, min(self.max_lines, round(self.document().size().height())))
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        height = (lines * metrics.lineSpacing() + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 2)
        if self.height() != int(height):
            self.setFixedHeight(int(height))


class _FocusWatcher(QObject):
    left = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self.left.emit()
        return False


class FieldEditor(QWidget):
    """The input of one field, its tool buttons and its problem line. `edited` fires when the
    user changes the text (not when `set_text` does)."""

    edited = Signal(str)  # the field key

    def __init__(self, field: tf.FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.key = field.key
        self.kind = field.kind
        self.stored_text: str | None = None
        self.problems: list[fv.Problem] = []
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        self.input = self._make_input()
        self.input.setObjectName(f"field:{self.key}")
        if self.input.maximumWidth() < 10000:  # a short field stays on the left
            self.row.addWidget(self.input, 0, Qt.AlignmentFlag.AlignLeft)
            self.row.addStretch(1)
        else:
            self.row.addWidget(self.input, 1)
        layout.addLayout(self.row)
        self.problem_box = QWidget(self)
        box = QHBoxLayout(self.problem_box)
        box.setContentsMargins(2, 0, 0, 0)
        box.setSpacing(4)
        self.problem_icon = QLabel(self.problem_box)
        self.problem_label = QLabel(self.problem_box)
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName(f"problem:{self.key}")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.problem_label, 1)
        self.problem_box.hide()
        layout.addWidget(self.problem_box)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName(f"hint:{self.key}")
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.validate)
        self._watcher = _FocusWatcher(self)
        self._watcher.left.connect(self.validate)
        self.input.installEventFilter(self._watcher)

    # ---------------------------------------------------------------- the input per kind
    def _make_input(self) -> QWidget:
        kind = self.kind
        hints = field_hints()
        hint = hints.get(self.field.label) or hints.get(f"kind:{kind}", "")
        if kind == tf.TITLE:
            title = WrappingLineEdit(self)
            title.setPlaceholderText(hint)
            title.textChanged.connect(self._changed)
            return title
        if kind == tf.LONG:
            long = QPlainTextEdit(self)
            long.setTabChangesFocus(True)
            lines = 7 if self.key == "abstract" else 3
            long.setFixedHeight(QFontMetrics(long.font()).lineSpacing() * lines + 12)
            long.textChanged.connect(self._changed)
            return long
        if kind == tf.LANGUAGE:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, name in language_labels().items():
                combo.addItem(self.tr("{language} ({code})").format(language=name, code=code),
                              code)
            combo.setCurrentIndex(-1)
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMaximumWidth(combo.sizeHint().width())
            combo.editTextChanged.connect(self._changed)
            return combo
        if kind == tf.CHOICE:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            labels = degree_labels() if self.key == "extra:degree" else {}
            combo.addItem("", "")
            for code in self.field.spec.choices:
                combo.addItem(labels.get(code, code), code)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(combo.sizeHint().width() + 20)
            combo.editTextChanged.connect(self._changed)
            return combo
        if kind == tf.FLAG:
            box = QCheckBox(self)
            box.setMaximumWidth(box.sizeHint().width())
            box.toggled.connect(self._changed)
            return box
        line = QLineEdit(self)
        line.setPlaceholderText(hint)
        line.textChanged.connect(self._changed)
        # Dates, numbers and codes are short: a narrow input reads better than a full-width one.
        if kind == tf.DATE:
            line.setFixedWidth(line.fontMetrics().horizontalAdvance(hint) + 24)
            line.setToolTip(self.tr("A year, a month or a day: YYYY, YYYY-MM, YYYY-MM-DD or "
                                    "DD.MM.YYYY"))
        elif self.key in _SHORT_FIELDS:
            line.setFixedWidth(line.fontMetrics().horizontalAdvance("0") * 22)
        return line

    # ---------------------------------------------------------------- text
    def text(self) -> str:
        w = self.input
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return "true" if w.isChecked() else ""
        if isinstance(w, QComboBox):
            typed = w.currentText().strip()
            for i in range(w.count()):
                if w.itemText(i) == typed:
                    return str(w.itemData(i) or "")
            m = _CODE_AT_END.search(typed)
            return m.group(1).lower() if m and self.kind == tf.LANGUAGE else typed
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_text(self, text: str, *, stored: bool = False) -> None:
        """Show `text`; with `stored`, it is the stored value (its problems are warnings)."""
        self._setting = True
        try:
            w = self.input
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(text)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(text) and text.lower() not in ("0", "false", "no"))
            elif isinstance(w, QComboBox):
                index = w.findData(text) if text else -1
                if index >= 0:
                    w.setCurrentIndex(index)
                else:
                    w.setCurrentIndex(-1)
                    w.setEditText(text)
            else:
                assert isinstance(w, QLineEdit)
                w.setText(text)
                w.setCursorPosition(0)
        finally:
            self._setting = False
        if stored:
            self.stored_text = text
        self.validate()

    def replace_text(self, text: str) -> None:
        """Replace the text as an edit the user can undo in the field (Ctrl+Z)."""
        w = self.input
        if isinstance(w, QPlainTextEdit):
            cursor = w.textCursor()
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        elif isinstance(w, QLineEdit):
            w.selectAll()
            w.insert(text)
        else:
            self.set_text(text)
            self._changed()

    def add_tool(self, widget: QWidget) -> None:
        self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def setFocus(self) -> None:  # type: ignore[override]
        self.input.setFocus()

    # ---------------------------------------------------------------- checking
    def _changed(self, *_: object) -> None:
        if self._setting:
            return
        problems = fv.problems_of(self.key, self.text(), stored_text=self.stored_text)
        if problems and all(p.code in _INCOMPLETE for p in problems) and self.input.hasFocus():
            # Perhaps still typing: wait for a pause (or for the field to be left).
            self._show([p for p in self.problems if p.code not in _INCOMPLETE])
            self._pause.start()
        else:
            self._pause.stop()
            self._show(problems)
        self.edited.emit(self.key)

    def validate(self) -> list[fv.Problem]:
        """Check the text now and show the result; returns the problems."""
        self._pause.stop()
        problems = fv.problems_of(self.key, self.text(), stored_text=self.stored_text)
        self._show(problems)
        return problems

    @property
    def has_error(self) -> bool:
        return any(p.blocks_save for p in
                   fv.problems_of(self.key, self.text(), stored_text=self.stored_text))

    def _show(self, problems: list[fv.Problem]) -> None:
        self.problems = problems
        if problems:
            error = any(p.blocks_save for p in problems)
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if error else \
                QStyle.StandardPixmap.SP_MessageBoxWarning
            size = self.problem_label.fontMetrics().height()
            self.problem_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.problem_label.setText("\n".join(dict.fromkeys(problem_message(p)
                                                                for p in problems)))
            self.problem_label.setStyleSheet("color: #b3261e;" if error else "color: #7a5900;")
            self.problem_box.show()
            self.input.setAccessibleDescription(self.problem_label.text())
        else:
            self.problem_box.hide()
            self.problem_label.clear()
            self.input.setAccessibleDescription("")
        self._show_hint(problems)

    def _show_hint(self, problems: list[fv.Problem]) -> None:
        """For dates, how the typed text was read (22.07.2011 -> 22 July 2011)."""
        text = self.text().strip()
        if self.kind != tf.DATE or not text or problems or text.isdigit():
            self.hint_label.hide()
            return
        try:
            date = PartialDate.from_user(text)
        except InvalidValueError:
            self.hint_label.hide()
            return
        locale = QLocale()
        if date.year and date.month and date.day:
            shown = locale.toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")
        elif date.year and date.month:
            shown = f"{locale.standaloneMonthName(date.month)} {date.year}"
        else:
            shown = str(date.year)
        self.hint_label.setText(self.tr("Read as: {date}").format(date=shown))
        self.hint_label.show()


# Fields whose values are short (numbers, years, codes): a narrow input reads better.
_SHORT_FIELDS = frozenset({
    "volume", "issue", "page", "number", "edition", "number_of_pages", "number_of_volumes",
    "collection_number", "gazette_year", "gazette_number", "gazette_article", "case_number",
    "extra:version", "extra:specialty", "extra:science", "extra:article-number"})
