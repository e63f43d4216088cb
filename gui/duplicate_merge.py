"""The duplicates view's side-by-side comparison: every field either record has, field by field,
differing ones highlighted (words that differ marked), a choice per field of which value wins
(click the value; "Both" for keywords, ISBN, ISSN and corrections), which record is kept, and a
live preview of the merged record (its column, and what the merge will change and move)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.dates import PartialDate
from core.errors import NotFoundError
from core.merge import (
    CREATORS,
    KEEP,
    OTHER,
    UNION,
    comparable_fields,
    describe_value,
    field_differences,
    merge_records,
    unitable,
)
from core.model import Creator, Reference
from db import attachments, collections, notes, tags
from db import references as refs_repo
from db.library import Library
from gui.field_labels import (
    csl_field_label,
    item_type_label,
    language_label,
    role_label,
    update_label,
)

# The order fields are shown in: as a record reads (who, what, where, when, identifiers, the
# rest); keys not listed (kept extra keys) follow in alphabetical order.
FIELD_ORDER = (
    CREATORS, "type", "title", "title-short", "title-translit", "title-translated",
    "container-title", "container-title-short", "container-title-translit",
    "container-title-translated", "collection-title", "collection-number", "volume", "issue",
    "page", "number", "edition", "number-of-pages", "number-of-volumes", "publisher",
    "publisher-place", "event-title", "event-place", "event-date", "issued", "original-date",
    "submitted", "accessed", "authority", "jurisdiction", "adopted", "version-date",
    "gazette-title", "gazette-year", "gazette-number", "gazette-article", "case-number", "genre",
    "medium", "section", "DOI", "ISBN", "ISSN", "URL", "language", "keyword", "abstract", "note",
    "updated-by", "archive", "archive_location", "source", "citation-key",
)
_RANK = {key: n for n, key in enumerate(FIELD_ORDER)}
LONG_TEXT = 1500        # characters of a value shown in a cell (the tooltip has all of it)
DIFF_LIMIT = 4000       # longer values are not compared word by word
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_WORD = re.compile(r"\w+")
# Words are marked only when at least this share of them is common to both values.
MARK_WORDS_FROM = 0.5
FIRST, SECOND = 0, 1    # the two columns; a choice names the column whose value wins
_BOTH = 2
EMPTY = '<span style="color:#9aa0a6;">—</span>'


def field_label(key: str) -> str:
    own = {CREATORS: QCoreApplication.translate("DuplicateMerge", "Creators"),
           "type": QCoreApplication.translate("DuplicateMerge", "Item type"),
           "updated-by": QCoreApplication.translate("DuplicateMerge",
                                                    "Corrections and retractions")}
    return own.get(key) or csl_field_label(key)


def ordered_keys(keys: set[str]) -> list[str]:
    return sorted(keys, key=lambda k: (_RANK.get(k, len(_RANK)), k))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def value_text(key: str, value: Any) -> str:
    """A field value as the user reads it (names with roles, dates, lists), plain text."""
    if _empty(value):
        return ""
    if key == CREATORS and isinstance(value, dict):
        lines = []
        for role, names in value.items():
            shown = "; ".join(Creator.from_csl(n, role).display() for n in names)
            lines.append(shown if role == "author" else
                         f"{role_label(role, len(names))}: {shown}")
        return "\n".join(lines)
    if key == "type":
        return item_type_label(str(value))
    if key == "language":
        name = language_label(str(value))
        return name if name == value else f"{name} ({value})"
    if key == "updated-by" and isinstance(value, list):
        return "\n".join(f"{update_label(str(u.get('type') or ''))}: {u.get('DOI', '')}"
                         if isinstance(u, dict) else str(u) for u in value)
    if isinstance(value, dict) and ("date-parts" in value or "literal" in value or
                                    "raw" in value):
        date = PartialDate.from_csl(value)
        return date.iso() if date else str(value.get("literal") or value.get("raw") or "")
    return describe_value(key, value)


def _cut(text: str) -> str:
    return text if len(text) <= LONG_TEXT else text[:LONG_TEXT - 1] + "…"


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def diff_html(text: str, against: str) -> str:
    """`text` as HTML with the words `against` lacks marked. Two values with little in common
    (a Cyrillic title and its transliteration) are not marked word by word: everything would be."""
    shown = _cut(text)
    if not against or len(text) > DIFF_LIMIT or len(against) > DIFF_LIMIT:
        return _html(shown)
    a, b = _TOKEN.findall(shown), _TOKEN.findall(against)
    words_a = [w.casefold() for w in a if _WORD.fullmatch(w)]
    words_b = [w.casefold() for w in b if _WORD.fullmatch(w)]
    if SequenceMatcher(None, words_a, words_b, autojunk=False).ratio() < MARK_WORDS_FROM:
        return _html(shown)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    out = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        segment = _html("".join(a[i1:i2]))
        if tag != "equal" and segment.strip():
            out.append(f'<span style="background-color:#ffd966;">{segment}</span>')
        else:
            out.append(segment)
    return "".join(out)


# ---------------------------------------------------------------------------------- the pair
@dataclass(slots=True)
class RecordInfo:
    """One record of the pair and what is attached to it (what the merge moves)."""

    ref: Reference
    added: str
    attachments: int
    notes: int
    tags: int
    collections: int


def load_pair(lib: Library, first: int, second: int) -> tuple[RecordInfo, RecordInfo]:
    """Both records of a pair, read in one short session (two records by key: milliseconds).
    NotFoundError when one is gone or in the trash."""
    out = []
    with lib.read() as s:
        states = refs_repo.deleted_states(s, [first, second])
        rows = {int(r["id"]): r for r in refs_repo.list_rows(s, [first, second])}
        for ref_id in (first, second):
            if states.get(ref_id, True):
                raise NotFoundError(f"reference {ref_id} is no longer in the library")
            added = rows[ref_id].get("added_at")
            out.append(RecordInfo(
                refs_repo.get(s, ref_id), added.date().isoformat() if added else "",
                len(attachments.of_reference(s, ref_id)), len(notes.of_reference(s, ref_id)),
                len(tags.of_reference(s, ref_id)), len(collections.of_reference(s, ref_id))))
    return out[0], out[1]


# ---------------------------------------------------------------------------------- widgets
class ValueCell(QFrame):
    """One record's value of a field: click anywhere on it to let it win."""

    def __init__(self, html_text: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.radio = QRadioButton(self)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setText(html_text or EMPTY)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(60)
        if tooltip:
            self.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)
        self.set_state("open")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the release picks the value

    def set_state(self, state: str) -> None:
        """`chosen` (this value wins), `rejected`, `open` (not a choice: the same in both)."""
        if self.property("state") == state:
            return
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class _RecordHeader(QWidget):
    """A column's head: the record's id (a link that shows it in the library), whether it is
    kept or goes to the trash, what is attached to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_radio = QRadioButton(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse |
                                           Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setObjectName("recordDetails")
        self.role = QLabel(self)
        self.role.setObjectName("recordRole")
        self.role.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.keep_radio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.role)
        layout.addWidget(self.details)


class MergePanel(QWidget):
    """Shows one pair. `choices_changed()`: a value or the kept record was chosen (the preview
    follows); `open_requested(id)`: the user clicked a record's id."""

    choices_changed = Signal()
    open_requested = Signal(int)

    FIELD, VALUE_A, VALUE_B, MERGED = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePanel")
        self.infos: tuple[RecordInfo, RecordInfo] | None = None
        self.keep_column = FIRST
        self.fields: dict[int, dict[str, Any]] = {}
        self.differing: list[str] = []
        self.same: list[str] = []
        self._explicit: dict[str, int] = {}
        self._defaults: dict[str, int] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._cells: dict[tuple[str, int], ValueCell] = {}
        self._unions: dict[str, QRadioButton] = {}
        self._merged_labels: dict[str, QLabel] = {}
        self._same_rows: list[list[QWidget]] = []
        self._merged: Reference | None = None
        self._changed: list[str] = []

        self.count_label = QLabel(self)
        self.count_label.setObjectName("differingCount")
        self.only_differing = QCheckBox(self)
        self.only_differing.setObjectName("onlyDiffering")
        self.only_differing.toggled.connect(self._show_same_rows)
        self.swap_button = QPushButton(self)
        self.swap_button.setObjectName("swapButton")
        self.swap_button.clicked.connect(self.swap)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetChoices")
        self.reset_button.clicked.connect(self.reset_choices)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.only_differing)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.swap_button)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("mergeFields")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid_host: QWidget | None = None

        self.preview = QLabel(self)
        self.preview.setObjectName("mergePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.preview)
        self.setStyleSheet(
            'ValueCell[state="chosen"] { background-color: #e4f3e6; border: 1px solid #3f9a54;'
            ' border-radius: 4px; }'
            'ValueCell[state="rejected"] { background-color: palette(base);'
            ' border: 1px solid #d5d5d5; border-radius: 4px; }'
            'ValueCell[state="rejected"] QLabel { color: #777777; }'
            'ValueCell[state="open"] { border: 1px solid transparent; }'
            'QLabel#mergedValue[from="other"] { color: #1d5fa8; }'
            'QLabel#mergedValue[from="both"] { color: #6a3fa0; }'
            'QLabel#recordRole[kept="true"] { color: #1a7f37; font-weight: bold; }'
            'QLabel#recordRole[kept="false"] { color: #a0522d; }'
            'QLabel#mergePreview { background-color: #f4f6f9; border: 1px solid #d9dee5;'
            ' border-radius: 4px; padding: 6px; }')
        self.retranslate()

    # ------------------------------------------------------------------ the pair
    @property
    def ids(self) -> tuple[int, int] | None:
        if self.infos is None:
            return None
        return (self._id(FIRST), self._id(SECOND))

    def _id(self, column: int) -> int:
        assert self.infos is not None
        ref_id = self.infos[column].ref.id
        assert ref_id is not None
        return ref_id

    @property
    def keep_id(self) -> int | None:
        return None if self.infos is None else self._id(self.keep_column)

    @property
    def other_id(self) -> int | None:
        return None if self.infos is None else self._id(1 - self.keep_column)

    def set_pair(self, first: RecordInfo, second: RecordInfo, keep_id: int | None = None) -> None:
        """Show a pair; `keep_id` kept (default: the record added first, as Zotero does)."""
        self.infos = (first, second)
        self.keep_column = SECOND if keep_id is not None and keep_id == second.ref.id else FIRST
        self.fields = {FIRST: comparable_fields(first.ref), SECOND: comparable_fields(second.ref)}
        self._explicit.clear()
        self._compute_defaults()
        self._build()
        self._refresh()

    def clear(self) -> None:
        self.infos = None
        self._merged = None
        self._clear_grid()
        self.preview.clear()
        self.count_label.clear()

    def _compute_defaults(self) -> None:
        """What merge_records takes for each differing field when the user chooses nothing,
        for the current kept record, as a column."""
        assert self.infos is not None
        keep, other = self.infos[self.keep_column].ref, self.infos[1 - self.keep_column].ref
        self._defaults = {}
        for d in field_differences(keep, other):
            self._defaults[d.key] = _BOTH if d.default == UNION else \
                self.keep_column if d.default == KEEP else 1 - self.keep_column
        keys = set(self.fields[FIRST]) | set(self.fields[SECOND])
        self.differing = ordered_keys({k for k in keys if self.fields[FIRST].get(k) !=
                                       self.fields[SECOND].get(k)})
        self.same = ordered_keys(keys - set(self.differing))

    def column_of_choice(self, key: str) -> int:
        """The column whose value wins for `key` (or `_BOTH`)."""
        if key in self._explicit:
            return self._explicit[key]
        if key in self._defaults:
            return self._defaults[key]
        # A field the diff does not report (bookkeeping): merge_records keeps the kept value.
        return self.keep_column if not _empty(self.fields[self.keep_column].get(key)) \
            else 1 - self.keep_column

    def choices(self) -> dict[str, str]:
        """The choice of every differing field, as db.duplicates.merge takes it."""
        out = {}
        for key in self.differing:
            column = self.column_of_choice(key)
            out[key] = UNION if column == _BOTH else KEEP if column == self.keep_column \
                else OTHER
        return out

    def choose(self, key: str, column: int) -> None:
        """Let a column's value win for `key` (FIRST, SECOND, or 2 for both)."""
        if key not in self.differing:
            raise KeyError(key)
        if column == _BOTH and not self._can_unite(key):
            raise ValueError(f"{key} cannot be united")
        self._explicit[key] = column
        self._refresh()
        self.choices_changed.emit()

    def choose_by_id(self, key: str, ref_id: int) -> None:
        ids = self.ids
        if ids is None or ref_id not in ids:
            raise KeyError(ref_id)
        self.choose(key, ids.index(ref_id))

    def reset_choices(self) -> None:
        if self.infos is None or not self._explicit:
            return
        self._explicit.clear()
        self._refresh()
        self.choices_changed.emit()

    def swap(self) -> None:
        """Keep the other record instead; the values chosen by hand stay chosen."""
        if self.infos is None:
            return
        self.set_keep_column(1 - self.keep_column)

    def set_keep_column(self, column: int) -> None:
        if self.infos is None or column == self.keep_column:
            return
        self.keep_column = column
        self._compute_defaults()
        self._refresh()
        self.choices_changed.emit()

    def merged(self) -> Reference | None:
        return self._merged

    def changed_fields(self) -> list[str]:
        return list(self._changed)

    def _can_unite(self, key: str) -> bool:
        return unitable(key) and all(not _empty(self.fields[c].get(key)) for c in (0, 1))

    # ------------------------------------------------------------------ for tests and keys
    def cell(self, key: str, ref_id: int) -> ValueCell | None:
        ids = self.ids
        if ids is None or ref_id not in ids:
            return None
        return self._cells.get((key, ids.index(ref_id)))

    def union_button(self, key: str) -> QRadioButton | None:
        return self._unions.get(key)

    def merged_label(self, key: str) -> QLabel | None:
        return self._merged_labels.get(key)

    def header(self, column: int) -> _RecordHeader:
        return self._headers[column]

    # ------------------------------------------------------------------ building
    def _clear_grid(self) -> None:
        self._groups.clear()
        self._cells.clear()
        self._unions.clear()
        self._merged_labels.clear()
        self._same_rows.clear()
        if self.grid_host is not None:
            old = self.scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            self.grid_host = None

    def _build(self) -> None:
        assert self.infos is not None
        self._clear_grid()
        host = QWidget()
        host.setObjectName("mergeGrid")
        grid = QGridLayout(host)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(self.FIELD, 0)
        for column in (self.VALUE_A, self.VALUE_B, self.MERGED):
            grid.setColumnStretch(column, 1)
        grid.setColumnMinimumWidth(self.FIELD, 130)

        field_head = QLabel(self.tr("Field"), host)
        merged_head = QLabel(self.tr("Merged record"), host)
        for head in (field_head, merged_head):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
        # (tr() outside the f-string: lupdate does not read calls inside f-strings)
        from_other = html.escape(self.tr("from the other record"))
        from_both = html.escape(self.tr("from both records"))
        legend = QLabel(f'<span style="color:#1d5fa8;">■ {from_other}</span>&nbsp;&nbsp; '
                        f'<span style="color:#6a3fa0;">■ {from_both}</span>', host)
        legend.setObjectName("mergedLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #5f6368;")
        merged_box = QWidget(host)
        merged_layout = QVBoxLayout(merged_box)
        merged_layout.setContentsMargins(6, 4, 6, 4)
        merged_layout.setSpacing(2)
        merged_layout.addStretch(1)
        merged_layout.addWidget(merged_head)
        merged_layout.addWidget(legend)
        self._headers = (_RecordHeader(host), _RecordHeader(host))
        keep_group = QButtonGroup(host)
        for column, head in enumerate(self._headers):
            keep_group.addButton(head.keep_radio, column)
            head.title.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        keep_group.idClicked.connect(self.set_keep_column)
        self._keep_group = keep_group
        grid.addWidget(field_head, 0, self.FIELD, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self._headers[FIRST], 0, self.VALUE_A)
        grid.addWidget(self._headers[SECOND], 0, self.VALUE_B)
        grid.addWidget(merged_box, 0, self.MERGED)
        line = QFrame(host)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 4)

        row = 2
        for key in ordered_keys(set(self.differing) | set(self.same)):
            row = self._add_row(grid, host, row, key)
        grid.setRowStretch(row, 1)
        self.grid_host = host
        self.scroll.setWidget(host)
        self._show_same_rows(self.only_differing.isChecked())

    def _add_row(self, grid: QGridLayout, host: QWidget, row: int, key: str) -> int:
        differs = key in self.differing
        values = [value_text(key, self.fields[c].get(key)) for c in (FIRST, SECOND)]
        name = QLabel(field_label(key), host)
        name.setWordWrap(True)
        name.setObjectName(f"field-{key}")
        name_box = QWidget(host)
        box = QVBoxLayout(name_box)
        box.setContentsMargins(0, 4, 0, 4)
        box.setSpacing(2)
        box.addWidget(name)
        merged = QLabel(host)
        merged.setObjectName("mergedValue")
        merged.setWordWrap(True)
        merged.setTextFormat(Qt.TextFormat.RichText)
        merged.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        merged.setContentsMargins(6, 4, 6, 4)
        self._merged_labels[key] = merged
        if not differs:
            same = QLabel(_html(_cut(values[0])), host)
            same.setWordWrap(True)
            same.setTextFormat(Qt.TextFormat.RichText)
            same.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            same.setContentsMargins(6, 4, 6, 4)
            same.setToolTip(self.tr("The same in both records"))
            same.setObjectName("sameValue")
            for label in (name, same, merged):
                label.setStyleSheet("color: #5f6368;")
            grid.addWidget(name_box, row, self.FIELD, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(same, row, self.VALUE_A, 1, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(merged, row, self.MERGED, Qt.AlignmentFlag.AlignTop)
            self._same_rows.append([name_box, same, merged])
            return row + 1
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        group = QButtonGroup(host)
        group.setExclusive(True)
        for column in (FIRST, SECOND):
            cell = ValueCell(diff_html(values[column], values[1 - column]),
                             values[column] if len(values[column]) > LONG_TEXT else "", host)
            cell.setObjectName(f"cell-{key}-{column}")
            cell.radio.setObjectName(f"choice-{key}-{column}")
            group.addButton(cell.radio, column)
            self._cells[(key, column)] = cell
            grid.addWidget(cell, row, self.VALUE_A + column)
        if self._can_unite(key):
            both = QRadioButton(self.tr("Both"), name_box)
            both.setObjectName(f"union-{key}")
            both.setToolTip(self.tr("Keep the values of both records"))
            group.addButton(both, _BOTH)
            box.addWidget(both, 0, Qt.AlignmentFlag.AlignLeft)
            self._unions[key] = both
        group.idClicked.connect(lambda column, key=key: self._clicked(key, column))
        group.idToggled.connect(lambda column, on, key=key: self._toggled(key, column, on))
        self._groups[key] = group
        grid.addWidget(name_box, row, self.FIELD, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(merged, row, self.MERGED, Qt.AlignmentFlag.AlignTop)
        return row + 1

    def _clicked(self, key: str, column: int) -> None:
        if self._explicit.get(key) != column:
            self.choose(key, column)

    def _toggled(self, key: str, column: int, on: bool) -> None:
        # A cell clicked (ValueCell checks its radio) toggles without a click signal.
        if on and self.column_of_choice(key) != column:
            self.choose(key, column)

    def _show_same_rows(self, only_differing: bool) -> None:
        for widgets in self._same_rows:
            for w in widgets:
                w.setVisible(not only_differing)

    # ------------------------------------------------------------------ state -> widgets
    def _refresh(self) -> None:
        assert self.infos is not None
        for column, head in enumerate(self._headers):
            self._fill_header(column, head)
        for key, group in self._groups.items():
            chosen = self.column_of_choice(key)
            button = group.button(chosen)
            if button is not None and not button.isChecked():
                group.blockSignals(True)
                button.setChecked(True)
                group.blockSignals(False)
            for column in (FIRST, SECOND):
                self._cells[(key, column)].set_state(
                    "chosen" if chosen in (column, _BOTH) else "rejected")
        keep, other = self.infos[self.keep_column].ref, self.infos[1 - self.keep_column].ref
        self._merged, self._changed = merge_records(keep, other, self.choices())
        merged_fields = comparable_fields(self._merged)
        kept_fields = self.fields[self.keep_column]
        for key, label in self._merged_labels.items():
            value = merged_fields.get(key)
            text = value_text(key, value)
            label.setText(_html(_cut(text)) if text else EMPTY)
            origin = ""
            if key in self.differing and value != kept_fields.get(key):
                origin = "both" if self.column_of_choice(key) == _BOTH else "other"
            label.setProperty("from", origin)
            label.setToolTip({"other": self.tr("Taken from #{id}").format(id=self.other_id),
                              "both": self.tr("The values of both records")}.get(origin, ""))
            label.style().unpolish(label)
            label.style().polish(label)
        self.count_label.setText(self.tr("Fields that differ: {n} of {total}").format(
            n=len(self.differing), total=len(self.differing) + len(self.same)))
        self.preview.setText(self._preview_text())

    def _fill_header(self, column: int, head: _RecordHeader) -> None:
        assert self.infos is not None
        info = self.infos[column]
        kept = column == self.keep_column
        link = f'<a href="{info.ref.id}">#{info.ref.id}</a>'
        head.title.setText(self.tr("{record} · added {date}").format(
            record=link, date=html.escape(info.added or "—")))
        head.title.setToolTip(self.tr("Show this reference in the library"))
        head.keep_radio.setText(self.tr("Keep"))
        head.keep_radio.setToolTip(self.tr("Keep this record; the other goes to the trash"))
        self._keep_group.blockSignals(True)
        head.keep_radio.setChecked(kept)
        self._keep_group.blockSignals(False)
        head.role.setText(self.tr("Kept, with the chosen values") if kept else
                          self.tr("Goes to the trash after the merge"))
        head.role.setProperty("kept", "true" if kept else "false")
        head.role.style().unpolish(head.role)
        head.role.style().polish(head.role)
        head.details.setText(self._attached_text(info))

    def _attached_text(self, info: RecordInfo) -> str:
        parts = [p for n, p in (
            (info.attachments, self.tr("attachments: %n", "", info.attachments)),
            (info.notes, self.tr("notes: %n", "", info.notes)),
            (info.tags, self.tr("tags: %n", "", info.tags)),
            (info.collections, self.tr("collections: %n", "", info.collections))) if n]
        return " · ".join(parts) if parts else self.tr("nothing attached")

    def _preview_text(self) -> str:
        assert self.infos is not None
        keep_id, other_id = self.keep_id, self.other_id
        other = self.infos[1 - self.keep_column]
        if self._changed:
            changed = ", ".join(field_label(k) for k in ordered_keys(set(self._changed)))
            first = self.tr("Merging changes #{keep}: {fields}.").format(keep=keep_id,
                                                                         fields=changed)
        else:
            first = self.tr("Merging leaves the fields of #{keep} as they are.").format(
                keep=keep_id)
        moved = self.tr("#{other} goes to the trash (it can be restored); its attachments and "
                        "notes move to #{keep}, its tags and collections are added to "
                        "#{keep}.").format(other=other_id, keep=keep_id)
        attached = self._attached_text(other)
        return f"{html.escape(first)}<br>{html.escape(moved)} " \
               f"<span style='color:#5f6368'>(#{other_id}: {html.escape(attached)})</span>"

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.only_differing.setText(self.tr("Only fields that differ"))
        self.swap_button.setText(self.tr("⇄ Swap kept record"))
        self.swap_button.setToolTip(self.tr("Keep the other record instead"))
        self.reset_button.setText(self.tr("Reset choices"))
        self.reset_button.setToolTip(self.tr("Back to the suggested value of every field"))
        if self.infos is not None:
            self._build()
            self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def keep_first(first: RecordInfo, second: RecordInfo) -> int:
    """The record kept unless the user swaps: the one added first (Zotero's rule: the older
    record is the one already cited, filed and tagged)."""
    a, b = first.ref.id or 0, second.ref.id or 0
    return a if (first.added, a) <= (second.added, b) else b

