"""A style's settings as widgets, generated from the style's SETTINGS table (core.styles.gost,
core.styles.apa): a check box for an on/off setting, a drop-down list for a choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from core.styles.base import Style


def settings_table(style: Style) -> dict[str, tuple[tuple[Any, ...], str]]:
    """The SETTINGS table of a built-in style family; empty for styles without settings (CSL)."""
    from core.styles.apa import ApaStyle
    from core.styles.gost import GostStyle

    if isinstance(style, GostStyle):
        from core.styles.gost import SETTINGS as GOST_SETTINGS

        return dict(GOST_SETTINGS)
    if isinstance(style, ApaStyle):
        from core.styles.apa import SETTINGS as APA_SETTINGS

        return dict(APA_SETTINGS)
    return {}


def style_defaults(style: Style) -> dict[str, Any]:
    """What each setting is when the user has not touched it: a GOST edition's own profile
    (`gmd` on for 7.1, `content_type` on for 7.0.100), else the first value of the table."""
    table = settings_table(style)
    profile = getattr(style, "profile", None)
    return {key: getattr(profile, key, values[0]) if profile is not None else values[0]
            for key, (values, _doc) in table.items()}


class StyleSettingsForm(QWidget):
    """The settings of the chosen style. `changed` fires on every edit; `values()` are the
    current settings, `overrides()` only those that differ from the style's defaults."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._widgets: dict[str, QCheckBox | QComboBox] = {}
        self._defaults: dict[str, Any] = {}
        self._empty = QLabel(self.tr("This style has no settings."), self)
        self._empty.setWordWrap(True)
        self._layout.addRow(self._empty)
        # Labels for the known keys; a key added to a table later still gets a widget (with its
        # name as the label) so a new setting is never unreachable.
        self._labels = {
            "sections": self.tr("Sections with headings"),
            "legal_within": self.tr("Legal acts of equal force"),
            "content_type": self.tr("Content type «Текст : …»"),
            "gmd": self.tr("«[Электронный ресурс]» after the title"),
            "et_al": self.tr("Four or more authors"),
            "abbreviate": self.tr("Abbreviations (под ред., М., дис.)"),
            "url_label": self.tr("Before the URL"),
            "doi": self.tr("DOI"),
            "isbn": self.tr("ISBN of books"),
            "area_dash": self.tr("Dash between areas «. – »"),
            "nbsp": self.tr("No-break spaces"),
            "list_language": self.tr("Language of headings and list words"),
            "script_order": self.tr("Scripts"),
        }
        self._value_labels: dict[tuple[str, Any], str] = {
            ("legal_within", "date"): self.tr("by date of adoption"),
            ("legal_within", "title"): self.tr("by title"),
            ("et_al", "standard"): self.tr("all 4; 5 or more: 3 [и др.]"),
            ("et_al", "short"): self.tr("the first [и др.]"),
            ("et_al", "all"): self.tr("all names"),
            ("list_language", "ru"): self.tr("Russian"),
            ("list_language", "kk"): self.tr("Kazakh"),
            ("list_language", "en"): self.tr("English"),
            ("script_order", "latin-first"): self.tr("Latin script first (APA)"),
            ("script_order", "cyrillic-first"): self.tr("Cyrillic first"),
        }
        self._tooltips = {
            "sections": self.tr("Legal acts by legal force (Constitution, treaties, codes, laws, "
                                "decrees, resolutions), then literature, foreign-language "
                                "sources and electronic resources. Only when the list is "
                                "sorted as the style sorts."),
            "area_dash": self.tr("Off: a plain full stop between areas, as GOST R 7.0.5 "
                                 "allows."),
            "nbsp": self.tr("Russian typography: no line starts with a dash, and «№» or «С.» "
                            "never ends a line."),
            "content_type": self.tr("«– Текст : непосредственный» or «– Текст : электронный» "
                                    "(GOST R 7.0.100); many Kazakh journals drop it."),
            "abbreviate": self.tr("«под ред.», «М.», «дис. … канд.» instead of the full words "
                                  "(GOST 7.1)."),
        }
        # Boolean settings whose check box needs a longer explanation than its label.
        self._check_texts = {
            "doi": self.tr("Print the DOI"),
            "isbn": self.tr("Print the ISBN of books"),
        }

    # ------------------------------------------------------------------ building
    def show_settings(self, table: Mapping[str, tuple[tuple[Any, ...], str]],
                      defaults: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        """Rebuild the form for a style: one widget per table row, showing `values` where given,
        else the defaults."""
        while self._layout.rowCount() > 1:
            self._layout.removeRow(1)
        self._widgets.clear()
        self._defaults = dict(defaults)
        self._empty.setVisible(not table)
        for key, (allowed, doc) in table.items():
            current = values.get(key, defaults.get(key, allowed[0]))
            widget: QCheckBox | QComboBox
            if all(isinstance(v, bool) for v in allowed):
                widget = QCheckBox(self._check_texts.get(key) or self._labels.get(key, key), self)
                widget.setChecked(bool(current))
                widget.toggled.connect(self.changed)
                self._layout.addRow(widget)
            else:
                widget = QComboBox(self)
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(8)
                for value in allowed:
                    widget.addItem(self._value_labels.get((key, value), str(value)), value)
                index = widget.findData(current)
                widget.setCurrentIndex(max(index, 0))
                widget.currentIndexChanged.connect(self.changed)
                label = QLabel(self._labels.get(key, key), self)
                label.setWordWrap(True)
                label.setBuddy(widget)
                self._layout.addRow(label, widget)
            widget.setObjectName(f"setting_{key}")
            if key in self._tooltips:
                widget.setToolTip(self._tooltips[key])
            elif key not in self._labels:
                widget.setToolTip(doc)
            self._widgets[key] = widget

    # ------------------------------------------------------------------ reading
    def keys(self) -> list[str]:
        return list(self._widgets)

    def widget(self, key: str) -> QCheckBox | QComboBox | None:
        return self._widgets.get(key)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self._widgets.items():
            out[key] = widget.isChecked() if isinstance(widget, QCheckBox) else widget.currentData()
        return out

    def overrides(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self._defaults.get(k) != v}

    def set_key_enabled(self, key: str, enabled: bool) -> None:
        widget = self._widgets.get(key)
        if widget is None:
            return
        widget.setEnabled(enabled)
        label = self._layout.labelForField(widget)
        if label is not None:
            label.setEnabled(enabled)
