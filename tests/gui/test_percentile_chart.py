"""The percentile chart draws: each subject's line in its colour inside the plot, in the band of
its quartile; Tracker points hollow; SJR never drawn; "no data" for an empty history; tooltips
name the point under the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402

from core.journals import importers  # noqa: E402
from core.journals.model import MetricObservation  # noqa: E402
from core.journals.templates import citescore_row, write_citescore_xlsx  # noqa: E402
from gui.percentile_chart import PercentileChart, Point, Series  # noqa: E402
from tests.support.journal_gui import SCIMAGO  # noqa: E402

SIZE = (400, 200)   # the size it must stay readable at


def _metrics_from_files(tmp_path: Path) -> list[MetricObservation]:
    """CiteScore 2019-2022 in two subjects (Law Q1, Multidisciplinary Q4), plus a 2023 Tracker,
    read by the real importer from files in the documented layout."""
    rows = {year: [citescore_row(7, "Two Subjects Review", 3308, "Law", law, 50, 800, 1,
                                 "1741-8984"),
                   citescore_row(7, "Two Subjects Review", 1000, "Multidisciplinary", multi, 120,
                                 136, 4, "1741-8984")]
            for year, law, multi in ((2019, 78, 10), (2020, 81, 14), (2021, 85, 18),
                                     (2022, 88, 21))}
    final = write_citescore_xlsx(tmp_path / "CiteScore 2019-2022.xlsx", rows)
    tracker = write_citescore_xlsx(tmp_path / "CiteScore Tracker 2023.xlsx", {2023: [
        citescore_row(7, "Two Subjects Review", 3308, "Law", 91, 40, 800, 1, "1741-8984")]})
    return [m for path in (final, tracker)
            for rec in importers.parse("scopus-citescore", path).records for m in rec.metrics]


def _grab(qtbot, chart: PercentileChart) -> QImage:  # type: ignore[no-untyped-def]
    qtbot.addWidget(chart)
    chart.resize(*SIZE)
    return chart.grab().toImage()


def _pixels_near(image: QImage, colour: QColor, rect: tuple[int, int, int, int],
                 tolerance: int = 40) -> list[tuple[int, int]]:
    x0, y0, x1, y1 = rect
    found = []
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(
                    c.blue() - colour.blue()) <= tolerance:
                found.append((x, y))
    return found


def test_each_subject_is_a_line_in_its_quartile_band(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = PercentileChart()
    chart.set_metrics(_metrics_from_files(tmp_path))
    image = _grab(qtbot, chart)
    assert [s.label for s in chart.series()] == ["Law (3308)", "Multidisciplinary (1000)"]
    law, multi = chart.series()
    assert [(p.year, p.percentile, p.complete) for p in law.points] == [
        (2019, 78, True), (2020, 81, True), (2021, 85, True), (2022, 88, True),
        (2023, 91, False)]
    plot = chart.plot_rect()
    area = (int(plot.left()) + 1, int(plot.top()) + 1, int(plot.right()), int(plot.bottom()))
    y75 = chart._y(plot, 75)    # the Q1 band's lower edge
    y25 = chart._y(plot, 25)    # the Q4 band's upper edge
    law_px = _pixels_near(image, chart.colour_of("Law (3308)"), area)
    multi_px = _pixels_near(image, chart.colour_of("Multidisciplinary (1000)"), area)
    assert len(law_px) > 200 and len(multi_px) > 150
    assert all(y < y75 for _, y in law_px)          # Law stays in Q1 (75-99)
    assert all(y > y25 for _, y in multi_px)        # Multidisciplinary stays in Q4 (0-24)
    # The line spans the years: pixels from near the left edge to near the right edge.
    xs = sorted(x for x, _ in law_px)
    assert xs[0] < plot.left() + 30 and xs[-1] > plot.right() - 30
    # The 2023 Tracker point is hollow: the page colour inside its ring.
    at = QPointF(chart._x(plot, 2023, list(range(2019, 2024))), chart._y(plot, 91))
    inside = image.pixelColor(int(at.x()), int(at.y()))
    assert inside == chart.palette().base().color()
    solid = QPointF(chart._x(plot, 2022, list(range(2019, 2024))), chart._y(plot, 88))
    assert _pixels_near(image, chart.colour_of("Law (3308)"),
                        (int(solid.x()) - 1, int(solid.y()) - 1, int(solid.x()) + 2,
                         int(solid.y()) + 2), tolerance=30)


def _dark_pixels(image: QImage, rect: tuple[int, int, int, int]) -> int:
    x0, y0, x1, y1 = rect
    return sum(1 for y in range(y0, y1) for x in range(x0, x1)
               if image.pixelColor(x, y).lightness() < 140)


def test_an_empty_history_says_no_data(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The real SCImago export: SJR values only, which are not CiteScore percentiles.
    sjr_only = [m for rec in importers.parse("scimago", SCIMAGO).records[:3] for m in rec.metrics]
    assert sjr_only and all(m.provider == "scimago" for m in sjr_only)
    empty = PercentileChart()
    empty.set_metrics(sjr_only)
    assert empty.series() == []
    assert empty.no_data_text() == "No CiteScore percentiles yet"
    image = _grab(qtbot, empty)
    plot = empty.plot_rect()
    middle = (int(plot.center().x()) - 80, int(plot.center().y()) - 10,
              int(plot.center().x()) + 80, int(plot.center().y()) + 10)
    assert _dark_pixels(image, middle) > 40          # the words are drawn there
    full = PercentileChart()
    full.set_series([Series("Law", (Point(2020, 40), Point(2021, 45)))])
    assert _dark_pixels(_grab(qtbot, full), middle) < 10   # and not when there is data
    for m in sjr_only:
        assert m.sjr is not None


def test_one_year_only_and_a_gap_in_the_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = PercentileChart()
    chart.set_series([Series("Law", (Point(2022, 60),))])
    image = _grab(qtbot, chart)
    plot = chart.plot_rect()
    x, y = int(plot.center().x()), int(chart._y(plot, 60))
    assert _pixels_near(image, chart.colour_of("Law"), (x - 2, y - 2, x + 3, y + 3), 30)
    gap = PercentileChart()
    gap.set_series([Series("Law", (Point(2018, 50), Point(2019, 50), Point(2021, 50)))])
    image = _grab(qtbot, gap)
    plot = gap.plot_rect()
    years = list(range(2018, 2022))
    y = int(gap._y(plot, 50))
    between_2018_2019 = int((gap._x(plot, 2018, years) + gap._x(plot, 2019, years)) / 2)
    between_2019_2021 = int((gap._x(plot, 2019, years) + gap._x(plot, 2021, years)) / 2)
    colour = gap.colour_of("Law")
    assert _pixels_near(image, colour, (between_2018_2019, y - 2, between_2018_2019 + 1, y + 3))
    assert not _pixels_near(image, colour, (between_2019_2021, y - 2, between_2019_2021 + 1,
                                            y + 3))   # no line across a missing year


def test_tooltip_names_the_point(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = PercentileChart()
    chart.set_series([Series("Law (3308)", (Point(2021, 70), Point(2022, 88, False)))])
    _grab(qtbot, chart)
    plot = chart.plot_rect()
    at = QPointF(chart._x(plot, 2022, [2021, 2022]), chart._y(plot, 88))
    assert chart.tooltip_at(at + QPointF(3, -2)) == (
        "Law (3308), 2022: percentile 88, Q1 (Tracker, in progress)")
    assert chart.tooltip_at(QPointF(chart._x(plot, 2021, [2021, 2022]), chart._y(plot, 70))) \
        == "Law (3308), 2021: percentile 70, Q2"
    assert chart.tooltip_at(QPointF(plot.left() + 2, plot.bottom() - 2)) is None
