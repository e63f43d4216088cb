"""The bibliography builder's "in-text citation" panel: APA parenthetical / narrative, ГОСТ Р 7.0.5
in-text `[1, с. 15]` and footnotes (with `Там же` when continuing a sequence), or the list style's
own citation, for the references selected in the list, with an optional pinpoint; copied to the
clipboard as rich text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.model import Reference
from core.styles.base import CiteContext, CiteItem
from core.styles.richtext import Rich, clipboard_pair
from gui.bibliography_render import CiteRequest, cite
from gui.tasks import TaskContext, TaskHandle, TaskRunner

LOCATOR_LABELS: tuple[str, ...] = ("page", "article", "paragraph", "subparagraph", "part")


class CitationPanel(QGroupBox):
    """Citations of the selected references. The builder calls `set_sources()` whenever the
    selection or the list changes; the citation is recomputed off the GUI thread (an APA citation
    is read against the whole list, which can be thousands of works) and `ready` fires."""

    ready = Signal()
    copied = Signal(str)  # the plain text put on the clipboard

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("In-text citation"))
        self.runner = runner
        self._cited: list[Reference] = []
        self._list_refs: list[Reference] = []
        self._numbers: dict[str, int] = {}
        self._list_style = "apa"
        self._list_settings: dict[str, Any] = {}
        self._history: list[list[CiteItem]] = []
        self._result: tuple[Rich, list[list[CiteItem]]] | None = None
        self._generation = 0
        self._handle: TaskHandle | None = None
        self._pending_copy = False

        self.form = QComboBox(self)
        self.form.setObjectName("citation_form")
        for combo in (self.form,):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        for text, key in (
            (self.tr("APA, parenthetical: (Author, 2023, p. 15)"), "apa-parenthetical"),
            (self.tr("APA, narrative: Author (2023, p. 15)"), "apa-narrative"),
            (self.tr("GOST R 7.0.5, in-text: [1, с. 15]"), "gost-in-text"),
            (self.tr("GOST R 7.0.5, footnote"), "gost-footnote"),
            (self.tr("The list's style"), "list-style"),
        ):
            self.form.addItem(text, key)
        self.label = QComboBox(self)
        self.label.setObjectName("locator_label")
        self.label.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setMinimumContentsLength(13)
        for text, key in (
            (self.tr("page (с., б., p.)"), "page"),
            (self.tr("article (ст.)"), "article"),
            (self.tr("paragraph (п.)"), "paragraph"),
            (self.tr("subparagraph (пп.)"), "subparagraph"),
            (self.tr("part (ч.)"), "part"),
        ):
            self.label.addItem(text, key)
        self.locator = QLineEdit(self)
        self.locator.setObjectName("locator")
        self.locator.setPlaceholderText(self.tr("e.g. 15 or 12–14"))
        self.locator.setToolTip(self.tr("The pinpoint of the last selected reference: a page, or "
                                        "an article and paragraph such as «ст. 15, п. 2»."))
        self.sequence = QCheckBox(self.tr("Continue the sequence (Там же)"), self)
        self.sequence.setObjectName("footnote_sequence")
        self.sequence.setToolTip(self.tr("Each copied footnote is remembered: citing the same work "
                                         "again gives «Там же» or the short form."))
        self.restart = QPushButton(self.tr("Start over"), self)
        self.restart.setObjectName("footnote_restart")
        self.result = QLabel(self)
        self.result.setObjectName("citation_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumHeight(48)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setStyleSheet("QLabel { background: palette(base); padding: 4px; }")
        self.copy_button = QPushButton(self.tr("Copy citation"), self)
        self.copy_button.setObjectName("copy_citation")

        form = QFormLayout()
        form.addRow(self.tr("Form"), self.form)
        pin = QHBoxLayout()
        pin.addWidget(self.label)
        pin.addWidget(self.locator, 1)
        form.addRow(self.tr("Pinpoint"), pin)
        seq = QHBoxLayout()
        seq.addWidget(self.sequence, 1)
        seq.addWidget(self.restart)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(seq)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._start)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.label.currentIndexChanged.connect(self.refresh)
        self.locator.textChanged.connect(self.refresh)
        self.sequence.toggled.connect(self.refresh)
        self.restart.clicked.connect(self.start_over)
        self.copy_button.clicked.connect(self.copy)
        self._form_changed()

    # ------------------------------------------------------------------ inputs
    def set_sources(self, cited: Sequence[Reference], list_refs: Sequence[Reference],
                    numbers: Mapping[str, int], list_style: str,
                    list_settings: Mapping[str, Any]) -> None:
        """The selected references (in list order), every reference of the list, the list's
        numbers by record key, and the list style with its settings."""
        self._cited = list(cited)
        self._list_refs = list(list_refs)
        self._numbers = dict(numbers)
        self._list_style = list_style
        self._list_settings = dict(list_settings)
        self.refresh()

    def set_form(self, key: str) -> None:
        index = self.form.findData(key)
        if index >= 0:
            self.form.setCurrentIndex(index)

    def request(self) -> CiteRequest:
        return CiteRequest(form=str(self.form.currentData()), locator=self.locator.text() or None,
                           label=str(self.label.currentData()), list_style=self._list_style,
                           list_settings=self._list_settings)

    def start_over(self) -> None:
        """Forget the copied footnotes: the next one is a first citation again."""
        self._history = []
        self.refresh()

    def _form_changed(self) -> None:
        footnote = self.form.currentData() == "gost-footnote"
        self.sequence.setEnabled(footnote)
        self.restart.setEnabled(footnote)
        self.refresh()

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        self._result = None
        self.copy_button.setEnabled(bool(self._cited))
        if not self._cited:
            self._timer.stop()
            self._generation += 1
            self.result.setText("<i>{}</i>".format(
                _escape(self.tr("Select references in the list to cite them."))))
            self.ready.emit()
            return
        self._timer.start()

    def is_current(self) -> bool:
        return self._result is not None

    def _start(self) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        self._generation += 1
        generation = self._generation
        request = self.request()
        cited = list(self._cited)
        pool = list(self._list_refs)
        numbers = dict(self._numbers)
        history = list(self._history) if self.sequence.isChecked() else []

        def work(ctx: TaskContext) -> tuple[Rich, list[list[CiteItem]]]:
            context = CiteContext(refs=pool or cited, history=list(history))
            rich = cite(request, cited, list_refs=pool, numbers=numbers, history=context)
            ctx.check()
            return rich, context.history

        self._handle = self.runner.run(
            work, label=self.tr("Formatting the citation"),
            on_success=lambda result: self._done(generation, result),
            on_failure=lambda exc, _tb: self._failed(generation, exc))

    def _done(self, generation: int, result: tuple[Rich, list[list[CiteItem]]]) -> None:
        if generation != self._generation:
            return
        self._result = result
        rich = result[0]
        self.result.setText(rich.to_html() or "<i>{}</i>".format(_escape(self.tr("(empty)"))))
        self.ready.emit()
        if self._pending_copy:
            self._pending_copy = False
            self._put_on_clipboard()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending_copy = False
        self.result.setText("<span style='color:#b00020'>{}</span>".format(
            _escape(self.tr("Cannot cite: {error}").format(error=exc))))
        self.ready.emit()

    # ------------------------------------------------------------------ copying
    def copy(self) -> None:
        """Put the citation on the clipboard (HTML + plain text); with a citation still being
        formatted, as soon as it is ready."""
        if not self._cited:
            return
        if self._result is None:
            self._pending_copy = True
            if not self._timer.isActive() and not (self._handle and self._handle.running):
                self._start()
            return
        self._put_on_clipboard()

    def _put_on_clipboard(self) -> None:
        assert self._result is not None
        rich, history = self._result
        html_doc, text = clipboard_pair([rich])
        mime = QMimeData()
        mime.setHtml(html_doc)
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        if self.sequence.isChecked() and self.form.currentData() == "gost-footnote":
            # The copied footnote is now part of the text: the next one continues after it.
            self._history = history
            self.refresh()
        self.copied.emit(text)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
