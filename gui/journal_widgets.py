"""Small pieces the journal views share: quartile and verdict colours, the verdict badge,
read-only tables that fit their rows, provenance text, and errors as short messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.errors import (
    CancelledError,
    InvalidValueError,
    LibraryError,
    NotFoundError,
    ParseError,
    SiltemeError,
)
from core.journals.rules import Result

# Quartile colours: strong for text and chart bands (tinted), green Q1 to red Q4, chosen to stay
# distinguishable for red-green colour blindness by lightness as well as hue.
QUARTILE_COLOURS = {1: QColor("#1a7f37"), 2: QColor("#7cb342"), 3: QColor("#f0a202"),
                    4: QColor("#d1495b")}
VERDICT_COLOURS = {Result.ELIGIBLE: QColor("#1a7f37"), Result.NOT_ELIGIBLE: QColor("#c62828"),
                   Result.UNKNOWN: QColor("#6e7781")}


def verdict_text(result: Result) -> str:
    if result is Result.ELIGIBLE:
        return QCoreApplication.translate("JournalWidgets", "eligible")
    if result is Result.NOT_ELIGIBLE:
        return QCoreApplication.translate("JournalWidgets", "not eligible")
    return QCoreApplication.translate("JournalWidgets", "unknown")


def quartile_text(quartile: int | None) -> str:
    return f"Q{quartile}" if quartile else "—"


def tint(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class VerdictBadge(QLabel):
    """A coloured pill with the verdict in words (colour is never the only signal)."""

    def __init__(self, result: Result, parent: QWidget | None = None) -> None:
        super().__init__(verdict_text(result), parent)
        self.result = result
        colour = VERDICT_COLOURS[result]
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"QLabel {{ background: {colour.name()}; color: white; "
                           "border-radius: 8px; padding: 2px 8px; font-weight: bold; }")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


def quartile_item(quartile: int | None) -> QTableWidgetItem:
    item = QTableWidgetItem(quartile_text(quartile))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if quartile in QUARTILE_COLOURS:
        item.setBackground(tint(QUARTILE_COLOURS[quartile], 70))
        item.setData(Qt.ItemDataRole.UserRole, quartile)
    return item


def text_item(value: object, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("—" if value is None or value == "" else str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows, for a page that scrolls as a whole."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *,
                 stretch: int | None = None) -> None:
        """`stretch`: the column that takes the room left (and elides); by default the last."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # file names keep their ends
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1 if stretch is None else stretch,
                                    QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
        self.setRowCount(len(rows))
        for r, items in enumerate(rows):
            for c, item in enumerate(items):
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        self.fit()

    def fit(self) -> None:
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalHeader().length() > self.viewport().width() + 1:
            # Narrower than its columns: room for the scroll bar, so no row is hidden under it.
            height += self.horizontalScrollBar().sizeHint().height()
        if height + 2 != self.height():
            self.setFixedHeight(height + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()


class FitScrollArea(QScrollArea):
    """A scroll area whose page is as tall as its word-wrapped text needs at the current width
    (QScrollArea sizes it by its minimum size, which Qt computes for some other width). Refits
    whenever its page's layout changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._timer.start()

    def refit(self) -> None:
        body = self.widget()
        if body is None or body.layout() is None:
            return
        body.layout().activate()
        if body.hasHeightForWidth():
            body.setMinimumHeight(body.heightForWidth(self.viewport().width()))
        else:
            body.setMinimumHeight(0)


def imported_at(recorded_at: dt.datetime | None) -> str:
    """When a dataset was imported (stored in UTC), in local time: `2025-03-01 14:05`."""
    if recorded_at is None:
        return "—"
    return recorded_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def provenance(source: str | None, recorded_at: dt.datetime | None) -> str:
    """`CiteScore 2023.xlsx [CiteScore 2023], imported 2025-03-01 14:05` or `typed by aigerim`."""
    if not source:
        return "—"
    if recorded_at is None:
        return source
    return QCoreApplication.translate("JournalWidgets", "{source}, imported {when}").format(
        source=source, when=imported_at(recorded_at))


def error_message(exc: BaseException) -> str:
    """An error as a short message for the user: what went wrong and where."""
    if isinstance(exc, ParseError):
        return QCoreApplication.translate("JournalWidgets", "Cannot read the file: {0}").format(
            str(exc))
    if isinstance(exc, InvalidValueError):
        return QCoreApplication.translate("JournalWidgets", "{field}: {value!r}: {reason}"
                                          ).format(field=exc.field, value=exc.value,
                                                   reason=exc.reason)
    if isinstance(exc, LibraryError):
        return QCoreApplication.translate("JournalWidgets", "The library cannot be used: {0}"
                                          ).format(str(exc))
    if isinstance(exc, CancelledError):
        return QCoreApplication.translate("JournalWidgets", "Cancelled.")
    if isinstance(exc, (NotFoundError, SiltemeError)):
        return str(exc)
    return QCoreApplication.translate("JournalWidgets", "Unexpected error: {0}: {1}").format(
        type(exc).__name__, str(exc))


def muted(label: QLabel) -> QLabel:
    """Secondary text: the text colour blended a third of the way towards the background, so
    it stays readable (the disabled colour is too faint for text the user needs)."""
    pal = label.palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    back = pal.color(QPalette.ColorRole.Window)
    mixed = QColor(int(text.red() * 0.62 + back.red() * 0.38),
                   int(text.green() * 0.62 + back.green() * 0.38),
                   int(text.blue() * 0.62 + back.blue() * 0.38))
    pal.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(pal)
    return label


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        lay.addWidget(self.check)
        lay.addWidget(self.edit)
        lay.addStretch(1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
