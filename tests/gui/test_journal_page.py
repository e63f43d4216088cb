"""The journal page: the numbers it shows (percentile, quartile, rank, status, provenance), SJR
kept apart from CiteScore, index and list memberships, the verdicts for a chosen year at the
34/35/36 boundary, real Scopus API and SCImago data, and editing from the page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from core.journals.rules import Result  # noqa: E402
from core.journals.templates import (  # noqa: E402
    citescore_row,
    write_citescore_xlsx,
    write_koksnvo_template,
)
from db import journals as repo  # noqa: E402
from db.library import Library  # noqa: E402
from gui.journal_page import JournalPage  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from tests.support.journal_gui import (  # noqa: E402
    OFFSCREEN_SIZE_HINTS,
    SCIMAGO,
    import_file,
    import_result,
    serial_title_result,
    whole_wos_list,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)

# A rule of the PhD kind ("a CiteScore percentile of at least 35 in at least one subject"),
# added to the library as a user's rule set: its verdict depends on the percentile alone.
PHD_RULES = {"id": "phd-35", "name": "PhD: CiteScore percentile >= 35",
             "year_policy": "publication_year_or_previous",
             "requirements": [{"id": "scopus35", "rule": {"scopus_percentile_gte": 35}}]}


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture()
def runner(qtbot, lib: Library) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(20000)


@pytest.fixture()
def page(qtbot, lib: Library, runner: TaskRunner) -> JournalPage:  # type: ignore[no-untyped-def]
    widget = JournalPage(lib, runner, user="tester")
    qtbot.addWidget(widget)
    widget.resize(900, 1400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _boundary_library(lib: Library, tmp_path: Path) -> dict[str, int]:
    cs = write_citescore_xlsx(tmp_path / "CiteScore 2021-2022.xlsx", {
        2021: [citescore_row(101, "Two Subjects Review", 3308, "Law", 80, 40, 800, 1,
                             "1741-8984", "17418992"),
               citescore_row(101, "Two Subjects Review", 1000, "Multidisciplinary", 12, 120,
                             136, 4, "1741-8984", "17418992")],
        2022: [citescore_row(34, "Journal Thirty-Four", 3308, "Law", 34, 529, 800, 3,
                             "0028-0836"),
               citescore_row(35, "Journal Thirty-Five", 3308, "Law", 35, 521, 800, 3,
                             "0091-679X"),
               citescore_row(36, "Journal Thirty-Six", 3308, "Law", 36, 513, 800, 3,
                             "2049-3630"),
               citescore_row(101, "Two Subjects Review", 3308, "Law", 88, 97, 800, 1,
                             "1741-8984", "17418992", citescore=4.2),
               citescore_row(101, "Two Subjects Review", 1000, "Multidisciplinary", 20, 109,
                             136, 4, "1741-8984", "17418992", citescore=4.2)]})
    import_file(lib, "scopus-citescore", cs)
    # Whole SSCI and AHCI lists (none of the boundary journals in them): the WoS half of the
    # grant's "international" requirement is then a definite "no", not "unknown".
    import_file(lib, "wos", whole_wos_list(tmp_path / "wos-core_SSCI 2023-February-22.csv",
                                           [("TWO SUBJECTS REVIEW", "1741-8984")]), index="SSCI")
    import_file(lib, "wos", whole_wos_list(tmp_path / "wos-core_AHCI 2023-February-22.csv", []),
                index="AHCI")
    k = write_koksnvo_template(tmp_path / "koksnvo.csv", [
        ["Two Subjects Review", "1741-8984", "", "", "2", "Право; Социология", "52",
         "28.01.2021", "2021-01-28", "2026-06-30"]])
    import_file(lib, "koksnvo", k)
    with lib.transaction() as s:
        repo.save_rule_set(s, PHD_RULES)
        return {name: repo.find_journals(s, issn)[0] for name, issn in (
            ("34", "0028-0836"), ("35", "0091-679X"), ("36", "2049-3630"),
            ("two", "1741-8992"))}


def _show(qtbot, page: JournalPage, journal_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_journal(journal_id)


def _set_year(qtbot, page: JournalPage, year: int) -> None:  # type: ignore[no-untyped-def]
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, str(year))
    assert page.year_spin.value() == year


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_boundary_percentiles_and_their_verdicts(qtbot, lib: Library, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 page: JournalPage) -> None:
    ids = _boundary_library(lib, tmp_path)
    assert page.year_spin.value() == dt.date.today().year     # the default: this year
    expected = {"34": (Result.NOT_ELIGIBLE, "does not meet"), "35": (Result.ELIGIBLE, "meets"),
                "36": (Result.ELIGIBLE, "meets")}
    for name, (result, verb) in expected.items():
        _show(qtbot, page, ids[name])
        _set_year(qtbot, page, 2023)
        row = _cells(page.metrics_table, 0)
        assert row[:5] == ["2022", "Law (3308)", "1.0", name, "Q3"]
        assert row[5] == {"34": "529 / 800", "35": "521 / 800", "36": "513 / 800"}[name]
        assert row[6] == "complete"
        shown = page.verdict_widgets()
        badge, evidence = shown[("phd-35", "scopus35")]
        assert badge.result is result and badge.text() == {
            Result.ELIGIBLE: "eligible", Result.NOT_ELIGIBLE: "not eligible"}[result]
        title = page.title.text()
        # The publication year 2023 has no CiteScore yet: the rule looks at 2022.
        assert evidence.text() == (f"no complete CiteScore 2023; using 2022; {title}, CiteScore "
                                   f"2022, Law: percentile {name}, Q3 -> {verb} "
                                   "'percentile >= 35'")
        intl_badge, intl_text = shown[("team-grant", "international")]
        assert intl_badge.result is result
        if result is Result.NOT_ELIGIBLE:
            assert "not in the imported WoS SSCI/AHCI list(s)" in intl_text.text()
    # The default year (this year) has no data two years back either: unknown, never "no".
    _set_year(qtbot, page, 2030)
    badge, evidence = page.verdict_widgets()[("phd-35", "scopus35")]
    assert badge.result is Result.UNKNOWN and badge.text() == "unknown"
    assert "no complete CiteScore 2029 data" in evidence.text()


def test_q1_in_one_subject_q4_in_another(qtbot, lib: Library, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         page: JournalPage) -> None:
    ids = _boundary_library(lib, tmp_path)
    _show(qtbot, page, ids["two"])
    assert page.title.text() == "Two Subjects Review"
    assert page.issn_label.text() == "1741-8984 (print), 1741-8992 (electronic)"
    rows = [_cells(page.metrics_table, r) for r in range(page.metrics_table.rowCount())]
    assert [r[:5] for r in rows] == [
        ["2022", "Law (3308)", "4.2", "88", "Q1"],
        ["2022", "Multidisciplinary (1000)", "4.2", "20", "Q4"],
        ["2021", "Law (3308)", "1.0", "80", "Q1"],
        ["2021", "Multidisciplinary (1000)", "1.0", "12", "Q4"]]
    # Provenance: the file and sheet, and when it was imported (local time).
    assert rows[0][7] == "CiteScore 2021-2022.xlsx [CiteScore 2022]"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0][8])
    assert page.metrics_table.item(0, 8).toolTip() == f"{rows[0][7]}, imported {rows[0][8]}"
    assert [s.label for s in page.chart.series()] == ["Law (3308)", "Multidisciplinary (1000)"]
    assert page.metrics_table.item(0, 4).data(Qt.ItemDataRole.UserRole) == 1
    assert page.metrics_table.item(1, 4).data(Qt.ItemDataRole.UserRole) == 4
    index_rows = [_cells(page.index_table, r) for r in range(page.index_table.rowCount())]
    assert index_rows == [["Web of Science SSCI", "2023-02-22", "—", "—", "—",
                           "WoS SSCI 2023-02-22", rows[0][8]]]
    lists = _cells(page.list_table, 0)
    assert lists[:6] == ["List 2", "Право; Социология", "52", "2021-01-28", "2021-01-28",
                         "2026-06-30"]
    _set_year(qtbot, page, 2023)
    shown = page.verdict_widgets()
    badge, evidence = shown[("team-grant", "international")]
    assert badge.result is Result.ELIGIBLE and "in WoS SSCI" in evidence.text()
    badge, evidence = shown[("phd-35", "scopus35")]
    # The best subject decides: Law, percentile 88, Q1.
    assert "Law: percentile 88, Q1 -> meets 'percentile >= 35'" in evidence.text()
    badge, evidence = shown[("team-grant", "koksnvo")]
    assert badge.result is Result.ELIGIBLE and "KOKSNVO list 2, order 52" in evidence.text()
    badge, _ = shown[("team-grant", "monograph")]
    assert badge.result is Result.NOT_ELIGIBLE    # an article is not a monograph
    # After its List 2 entry ended (June 2026) the journal still counts, now as an SSCI journal
    # that List 1 includes since the 2024 order: the evidence says so.
    _set_year(qtbot, page, 2027)
    badge, evidence = page.verdict_widgets()[("team-grant", "koksnvo")]
    assert badge.result is Result.ELIGIBLE
    assert "in SSCI; List 1 includes indexed journals since 2024-06-14 (derived)" in \
        evidence.text()


def test_real_scopus_api_response_without_percentiles(qtbot, lib: Library,  # type: ignore[no-untyped-def]
                                                      page: JournalPage) -> None:
    import_result(lib, serial_title_result("0308-8146"))
    with lib.read() as s:
        jid = repo.find_journals(s, "0308-8146")[0]
    _show(qtbot, page, jid)
    assert page.title.text() == "Food Chemistry"
    assert page.publisher_label.text() == "Elsevier Ltd."
    assert "sciencedirect.com/science/journal/03088146" in page.homepage_label.text()
    rows = [_cells(page.metrics_table, r) for r in range(page.metrics_table.rowCount())]
    # The STANDARD view gives the CiteScore value but no percentile: shown as such, never
    # guessed; the 2023 Tracker value is marked as in progress.
    assert [r[:7] for r in rows] == [
        ["2023", "all subjects", "12.6", "—", "—", "—", "in progress (Tracker)"],
        ["2022", "all subjects", "14.9", "—", "—", "—", "complete"]]
    assert rows[0][7] == "Scopus Serial Title API" and rows[0][8] != "—"
    assert page.chart.series() == []                 # nothing to draw: "no data"
    _set_year(qtbot, page, 2023)
    badge, evidence = page.verdict_widgets()[("team-grant", "international")]
    assert badge.result is Result.UNKNOWN


def test_real_scimago_sjr_is_shown_apart_from_citescore(qtbot, lib: Library,  # type: ignore[no-untyped-def]
                                                        page: JournalPage) -> None:
    import_file(lib, "scimago", SCIMAGO)
    with lib.read() as s:
        jid = repo.find_journals(s, "0732-0582")[0]
    _show(qtbot, page, jid)
    assert page.title.text() == "Annual Review of Immunology"
    assert page.sjr_box.isVisibleTo(page) and page.sjr_table.rowCount() == 1
    assert _cells(page.sjr_table, 0)[:3] == ["2002", "37.525", "Q1"]
    assert _cells(page.sjr_table, 0)[3] == "scimagojr_journal_2002_sample.csv"
    # An SJR Q1 is not a CiteScore value: no CiteScore row, no line, no CiteScore verdict.
    assert page.metrics_table.rowCount() == 0 and page.metrics_empty.isVisibleTo(page)
    assert page.chart.series() == []
    _set_year(qtbot, page, 2003)
    badge, evidence = page.verdict_widgets()[("team-grant", "international")]
    assert badge.result is Result.UNKNOWN and "no complete CiteScore" in evidence.text()


def test_edit_from_the_page(qtbot, lib: Library, tmp_path: Path,  # type: ignore[no-untyped-def]
                            page: JournalPage) -> None:
    ids = _boundary_library(lib, tmp_path)
    _show(qtbot, page, ids["34"])
    changed: list[bool] = []
    page.library_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.title_edit.text() == "Journal Thirty-Four"
    editor.publisher_edit.clear()
    qtbot.keyClicks(editor.publisher_edit, "Nature Portfolio")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert changed == [True]
    assert page.publisher_label.text() == "Nature Portfolio"
    assert page.metrics_table.item(0, 3).text() == "34"    # the imported values are kept


def test_unknown_journal_shows_a_message(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.load_failed, timeout=10000) as blocker:
        page.show_journal(4242)
    assert "no journal with id 4242" in blocker.args[0]
    assert page.message.text() == blocker.args[0] and not page.content.isVisibleTo(page)


def test_the_screenshot_script_renders_the_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from tools.screenshots_journal import PAGE_SIZE, render

    out = render(tmp_path / "journal-page.png")
    image = QImage(str(out))
    assert image.width() == PAGE_SIZE[0] and 900 < image.height() < 3000
