"""A small chart of a journal's CiteScore percentile over the years, drawn with QPainter: one line
per subject, the quartile bands shaded, the axis 0-99, years along the bottom, Tracker (in
progress) values as hollow points on a dashed segment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.journals.model import MetricObservation, quartile_for_percentile
from gui.journal_widgets import QUARTILE_COLOURS, tint

# Line colours for subjects: dark enough to read over any band, none of them a band colour.
SERIES_COLOURS = (QColor("#1f4e99"), QColor("#8e24aa"), QColor("#00838f"), QColor("#5d4037"),
                  QColor("#37474f"), QColor("#ad1457"))
BAND_ALPHA = 46
POINT_RADIUS = 3.5


@dataclass(frozen=True, slots=True)
class Point:
    year: int
    percentile: int
    complete: bool = True


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    points: tuple[Point, ...]


def series_from_metrics(metrics: Sequence[MetricObservation]) -> list[Series]:
    """One series per subject, from CiteScore observations with a percentile (SCImago SJR is a
    different metric and never drawn here). A year with both a final value and a Tracker keeps
    the final one."""
    by_subject: dict[str, dict[int, Point]] = {}
    for m in metrics:
        if m.provider == "scimago" or m.percentile is None:
            continue
        label = m.subject_name or (f"ASJC {m.subject_code}" if m.subject_code else "—")
        if m.subject_name and m.subject_code:
            label = f"{m.subject_name} ({m.subject_code})"
        points = by_subject.setdefault(label, {})
        old = points.get(m.year)
        if old is None or (not old.complete and m.status == "complete"):
            points[m.year] = Point(m.year, m.percentile, m.status == "complete")
    out = [Series(label, tuple(sorted(points.values(), key=lambda p: p.year)))
           for label, points in by_subject.items()]
    # Best subject first, so the first colour goes to the line the eye looks for.
    out.sort(key=lambda s: (-max(p.percentile for p in s.points), s.label))
    return out


class PercentileChart(QWidget):
    """Call `set_metrics` (or `set_series`); an empty history shows a "no data" text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[Series] = []
        self._hits: list[tuple[QPointF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(280, 170)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setToolTip("")   # tooltips come from event(): the nearest point

    # ------------------------------------------------------------------ data
    def set_metrics(self, metrics: Sequence[MetricObservation]) -> None:
        self.set_series(series_from_metrics(metrics))

    def set_series(self, series: Sequence[Series]) -> None:
        self._series = [s for s in series if s.points]
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def colour_of(self, label: str) -> QColor:
        for n, s in enumerate(self._series):
            if s.label == label:
                return SERIES_COLOURS[n % len(SERIES_COLOURS)]
        raise KeyError(label)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 210)

    def no_data_text(self) -> str:
        return self.tr("No CiteScore percentiles yet")

    # ------------------------------------------------------------------ geometry
    def _legend_height(self, fm: QFontMetrics) -> int:
        return fm.height() + 6 if self._series else 0

    def plot_rect(self) -> QRectF:
        fm = QFontMetrics(self._small_font())
        left = fm.horizontalAdvance("99") + 10
        top = 6 + self._legend_height(fm)
        bottom = fm.height() + 8
        right = fm.horizontalAdvance("Q1") + 10
        return QRectF(left, top, max(10.0, self.width() - left - right),
                      max(10.0, self.height() - top - bottom))

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(7.0, size - 1))
        return font

    def _years(self) -> list[int]:
        years = sorted({p.year for s in self._series for p in s.points})
        if not years:
            return []
        return list(range(years[0], years[-1] + 1))

    def _x(self, plot: QRectF, year: int, years: list[int]) -> float:
        if len(years) == 1:
            return plot.center().x()
        pad = min(18.0, plot.width() / (2 * len(years)))
        span = plot.width() - 2 * pad
        return plot.left() + pad + span * (year - years[0]) / (years[-1] - years[0])

    @staticmethod
    def _y(plot: QRectF, percentile: float) -> float:
        return plot.bottom() - plot.height() * min(max(percentile, 0), 99) / 99

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        font = self._small_font()
        p.setFont(font)
        fm = QFontMetrics(font)
        plot = self.plot_rect()
        text_colour = pal.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        # Quartile bands: Q1 = 75-99, Q2 = 50-74, Q3 = 25-49, Q4 = 0-24.
        for q, (lo, hi) in ((1, (75, 99)), (2, (50, 75)), (3, (25, 50)), (4, (0, 25))):
            band = QRectF(plot.left(), self._y(plot, hi), plot.width(),
                          self._y(plot, lo) - self._y(plot, hi))
            p.fillRect(band, tint(QUARTILE_COLOURS[q], BAND_ALPHA))
            p.setPen(QUARTILE_COLOURS[q].darker(135))
            p.drawText(QRectF(plot.right() + 3, band.top(), fm.horizontalAdvance("Q1") + 6,
                              band.height()), Qt.AlignmentFlag.AlignVCenter, f"Q{q}")
        # Axis: 0, 25, 50, 75, 99 with light grid lines at the band edges.
        grid = QPen(tint(text_colour, 40), 1, Qt.PenStyle.DotLine)
        for value in (0, 25, 50, 75, 99):
            y = self._y(plot, value)
            if 0 < value < 99:
                p.setPen(grid)
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 5, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.setPen(QPen(tint(text_colour, 120), 1))
        p.drawRect(plot)
        self._hits = []
        years = self._years()
        if not years:
            bold = QFont(font)
            bold.setBold(True)
            p.setFont(bold)
            bfm = QFontMetrics(bold)
            text = bfm.elidedText(self.no_data_text(), Qt.TextElideMode.ElideRight,
                                  int(plot.width()) - 12)
            box = QRectF(0, 0, bfm.horizontalAdvance(text) + 16, bfm.height() + 8)
            box.moveCenter(plot.center())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pal.base())
            p.drawRoundedRect(box, 4, 4)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(muted)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            return
        # Year labels, thinned out when they would overlap.
        label_w = fm.horizontalAdvance("2099") + 8
        step = 1
        while len(years) > 1 and step < len(years) and (
                self._x(plot, years[0] + step, years) - self._x(plot, years[0], years)) < label_w:
            step += 1
        p.setPen(muted)
        for n, year in enumerate(years):
            x = self._x(plot, year, years)
            if n % step == 0 or year == years[-1] and (years[-1] - years[0]) % step == 0:
                p.drawText(QRectF(x - label_w / 2, plot.bottom() + 3, label_w, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(year))
        # One line per subject; a gap in the years breaks the line.
        for n, s in enumerate(self._series):
            colour = SERIES_COLOURS[n % len(SERIES_COLOURS)]
            pts = [(QPointF(self._x(plot, pt.year, years), self._y(plot, pt.percentile)), pt)
                   for pt in s.points]
            for (a, pa), (b, pb) in zip(pts, pts[1:], strict=False):
                if pb.year - pa.year != 1:
                    continue
                style = Qt.PenStyle.SolidLine if pa.complete and pb.complete \
                    else Qt.PenStyle.DashLine
                p.setPen(QPen(colour, 2.2, style, Qt.PenCapStyle.RoundCap))
                p.drawLine(a, b)
            for at, pt in pts:
                p.setPen(QPen(colour, 1.8))
                p.setBrush(colour if pt.complete else pal.base().color())
                p.drawEllipse(at, POINT_RADIUS, POINT_RADIUS)
                status = "" if pt.complete else self.tr(" (Tracker, in progress)")
                self._hits.append((at, self.tr("{subject}, {year}: percentile {percentile}, "
                                               "Q{quartile}{status}").format(
                    subject=s.label, year=pt.year, percentile=pt.percentile,
                    quartile=quartile_for_percentile(pt.percentile), status=status)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_legend(p, fm, plot)

    def _paint_legend(self, p: QPainter, fm: QFontMetrics, plot: QRectF) -> None:
        x = plot.left()
        y = 4.0
        right = float(self.width() - 4)
        for n, s in enumerate(self._series):
            colour = SERIES_COLOURS[n % len(SERIES_COLOURS)]
            room = right - x - 22
            if room < 30:
                break
            text = fm.elidedText(s.label, Qt.TextElideMode.ElideRight,
                                 int(min(room, max(60.0, (right - plot.left()) /
                                                   len(self._series) - 26))))
            p.setPen(QPen(colour, 2.4))
            mid = y + fm.height() / 2
            p.drawLine(QPointF(x, mid), QPointF(x + 14, mid))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(x + 18, y + fm.ascent()), text)
            x += 18 + fm.horizontalAdvance(text) + 14

    # ------------------------------------------------------------------ tooltips
    def tooltip_at(self, pos: QPointF) -> str | None:
        """The text for the point drawn nearest `pos` (within a few pixels), if any."""
        near = [(abs(at.x() - pos.x()) + abs(at.y() - pos.y()), text) for at, text in self._hits]
        near = [n for n in near if n[0] <= 12]
        return min(near)[1] if near else None

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            text = self.tooltip_at(QPointF(e.pos()))
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)
