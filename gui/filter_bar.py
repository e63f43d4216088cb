"""The bar above the table: search-as-you-type over the full-text index (debounced) and the quick
filters (item type, year range, language, has a DOI, eligible for the grant)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from core.text import collation_key
from db.references import Facets, ListFilter
from gui.field_labels import item_type_label, language_label

SEARCH_DELAY_MS = 200
NO_LANGUAGE = "-"   # the language combo's entry for references without a language


@dataclass(frozen=True, slots=True)
class QuickFilters:
    query: str = ""
    types: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    languages: tuple[str | None, ...] = ()
    has_doi: bool | None = None
    eligible: bool = False

    @property
    def active(self) -> bool:
        return self != QuickFilters()

    def apply(self, base: ListFilter) -> ListFilter:
        """The scope's listing narrowed by these filters (eligibility is applied by the window,
        which computes it in the background)."""
        return base.with_changes(query=self.query.strip() or None, types=self.types,
                                 year_from=self.year_from, year_to=self.year_to,
                                 languages=self.languages, has_doi=self.has_doi)

    def with_changes(self, **changes: Any) -> QuickFilters:
        return replace(self, **changes)


class SearchField(QLineEdit):
    """Escape clears the search."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class ShrinkingComboBox(QComboBox):
    """A combo box as wide as its minimum contents when there is room, narrower (eliding) when
    the table gives room to the docked editor."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().horizontalAdvance("M" * 4) + 36
        return QSize(min(hint.width(), narrow), hint.height())


class FilterBar(QWidget):
    """`changed(QuickFilters)`: after typing pauses for 200 ms, or at once for the other
    filters and for Enter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.search = SearchField(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(110)  # room for the docked editor on a 1280 px screen
        self.type_combo = ShrinkingComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(11)
        self.year_from = QLineEdit(self)
        self.year_from.setObjectName("yearFrom")
        self.year_to = QLineEdit(self)
        self.year_to.setObjectName("yearTo")
        self.year_dash = QLabel("–", self)
        for edit in (self.year_from, self.year_to):
            edit.setValidator(QIntValidator(0, 2999, edit))
            edit.setMaxLength(4)
            edit.setFixedWidth(self.fontMetrics().horizontalAdvance("00000") + 14)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_combo = ShrinkingComboBox(self)
        self.language_combo.setObjectName("languageFilter")
        self.language_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(9)
        self.doi_check = QCheckBox(self)
        self.doi_check.setObjectName("hasDoi")
        self.eligible_check = QCheckBox(self)
        self.eligible_check.setObjectName("eligible")
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.year_from)
        layout.addWidget(self.year_dash)
        layout.addWidget(self.year_to)
        layout.addWidget(self.language_combo)
        layout.addWidget(self.doi_check)
        layout.addWidget(self.eligible_check)
        layout.addWidget(self.reset_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        for edit in (self.year_from, self.year_to):
            edit.textChanged.connect(lambda _: self._timer.start())
            edit.returnPressed.connect(self._emit_now)
        self.type_combo.currentIndexChanged.connect(self._emit_now)
        self.language_combo.currentIndexChanged.connect(self._emit_now)
        self.doi_check.toggled.connect(self._emit_now)
        self.eligible_check.toggled.connect(self._emit_now)
        self.reset_button.clicked.connect(self.reset)
        self._facets = Facets([], [], None, None)
        self._last = QuickFilters()
        self.retranslate()
        self._update_reset()

    # ------------------------------------------------------------------ state
    def filters(self) -> QuickFilters:
        types = self.type_combo.currentData()
        language = self.language_combo.currentData()
        return QuickFilters(
            query=self.search.text(),
            types=(types,) if types else (),
            year_from=_year(self.year_from.text()),
            year_to=_year(self.year_to.text()),
            languages=((None if language == NO_LANGUAGE else language),) if language else (),
            has_doi=True if self.doi_check.isChecked() else None,
            eligible=self.eligible_check.isChecked(),
        )

    def reset(self) -> None:
        """Clear the search and every quick filter (one `changed`)."""
        widgets = (self.search, self.year_from, self.year_to, self.type_combo,
                   self.language_combo, self.doi_check, self.eligible_check)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.year_from.clear()
        self.year_to.clear()
        self.type_combo.setCurrentIndex(0)
        self.language_combo.setCurrentIndex(0)
        self.doi_check.setChecked(False)
        self.eligible_check.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_facets(self, facets: Facets) -> None:
        """Offer the item types and languages the library holds (with counts)."""
        self._facets = facets
        self._fill_combos()

    def _fill_combos(self) -> None:
        chosen_type = self.type_combo.currentData()
        chosen_language = self.language_combo.currentData()
        for combo in (self.type_combo, self.language_combo):
            combo.blockSignals(True)
            combo.clear()
        self.type_combo.addItem(self.tr("All types"), None)
        for csl_type, n in sorted(self._facets.types,
                                  key=lambda t: collation_key(item_type_label(t[0]))):
            self.type_combo.addItem(f"{item_type_label(csl_type)} ({n})", csl_type)
        self.language_combo.addItem(self.tr("All languages"), None)
        for code, n in self._facets.languages:
            name = language_label(code) if code else self.tr("No language given")
            self.language_combo.addItem(f"{name} ({n})", code or NO_LANGUAGE)
        for combo, chosen in ((self.type_combo, chosen_type),
                              (self.language_combo, chosen_language)):
            index = combo.findData(chosen) if chosen is not None else 0
            if index < 0:
                # A filter the library no longer has anything for stays chosen, shown empty.
                combo.addItem(f"{chosen} (0)", chosen)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _emit_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        current = self.filters()
        self._update_reset()
        if current != self._last:
            self._last = current
            self.changed.emit(current)

    def _update_reset(self) -> None:
        self.reset_button.setVisible(self.filters().active)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(
            self.tr("Search titles, authors, journals, abstracts, notes ({shortcut})").format(
                shortcut=shortcut))
        self.search.setToolTip(self.tr("Every word matches as the start of a word, in any case; "
                                       "е finds ё. Esc clears."))
        self.year_from.setPlaceholderText(self.tr("from"))
        self.year_to.setPlaceholderText(self.tr("to"))
        self.year_from.setToolTip(self.tr("Published in or after this year"))
        self.year_to.setToolTip(self.tr("Published in or before this year"))
        self.doi_check.setText(self.tr("Has DOI"))
        self.eligible_check.setText(self.tr("Eligible"))
        self.eligible_check.setToolTip(self.tr(
            "Only references that count toward the team grant (rule set “team-grant”)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Clear the search and the filters"))
        self._fill_combos()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _year(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) == 4 else None
