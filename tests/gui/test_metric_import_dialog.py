"""The metric import dialog: a file's preview (detected header row, column mapping, first rows,
problems), the import off the GUI thread with a backup and a summary to copy, cancel leaving the
library unchanged, the WoS index chosen on import, the ministry list's columns mapped by hand, a
broken file reported."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from core.journals.templates import (  # noqa: E402
    CITESCORE_COLUMNS,
    citescore_row,
    write_citescore_xlsx,
    write_wos_csv,
)
from db import journals as repo  # noqa: E402
from db.library import Library  # noqa: E402
from gui.metric_import_dialog import MetricImportDialog  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from tests.support.journal_gui import (  # noqa: E402
    OFFSCREEN_SIZE_HINTS,
    SCIMAGO,
    generated_issn,
    type_text,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture()
def runner(qtbot, lib: Library) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(60000)


@pytest.fixture()
def dialog(qtbot, lib: Library, runner: TaskRunner) -> MetricImportDialog:  # type: ignore[no-untyped-def]
    d = MetricImportDialog(lib, runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _choose(qtbot, dialog: MetricImportDialog, path: Path) -> object:  # type: ignore[no-untyped-def]
    """Type the file's path as a person pastes it, and wait for the preview."""
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        dialog.file_edit.clear()
        type_text(dialog.file_edit, str(path))
    return blocker.args[0]


def _import(qtbot, dialog: MetricImportDialog) -> object:  # type: ignore[no-untyped-def]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.import_button.isEnabled()
    return blocker.args[0]


def _count(lib: Library, table: object) -> int:
    with lib.read() as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar() or 0)  # type: ignore[arg-type]


def _citescore_file(tmp_path: Path) -> Path:
    return write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                      "1741-8984", "17418992"),
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                      "1741-8984", "17418992"),
        citescore_row(5, "Lost Zero Journal", 3308, "Law", 34, 500, 750, 3, 280836, None),
        citescore_row(6, "Broken", 3308, "Law", "n/a", 1, 2, 1, None, None),  # type: ignore[arg-type]
    ]})


def test_preview_then_import_with_backup_and_summary(qtbot, dialog: MetricImportDialog,  # type: ignore[no-untyped-def]
                                                     lib: Library, tmp_path: Path) -> None:
    path = _citescore_file(tmp_path)
    result = _choose(qtbot, dialog, path)
    assert result is not None and dialog.kind() == "scopus-citescore"   # guessed from the name
    # The workbook's sheets: "About CiteScore" skipped, the data sheet shown.
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "About CiteScore", "CiteScore 2022", "ASJC Codes"]
    assert dialog.sheet_combo.currentText() == "CiteScore 2022"
    assert dialog.header_label.text() == "CiteScore 2022: header on row 1"
    mapping = {dialog.mapping_table.item(r, 0).text(): dialog.mapping_table.item(r, 1).text()
               for r in range(dialog.mapping_table.rowCount())}
    assert mapping["Percentile"] == "Percentile" and mapping["ISSN (print)"] == "Print ISSN"
    assert mapping["Year"] == "(not found)"
    assert dialog.rows_table.columnCount() == len(CITESCORE_COLUMNS)
    assert dialog.rows_table.rowCount() == 4
    assert dialog.rows_table.item(0, 1).text() == "Migration Letters"
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert problems == ["rejected: CiteScore 2022, row 5: Broken: percentile 'n/a': empty"]
    assert _count(lib, repo.JournalRow) == 0                # a preview imports nothing

    worker: list[int] = []
    dialog.imported.connect(lambda _o: worker.append(threading.get_ident()))
    outcome = _import(qtbot, dialog)
    summary = outcome.summary  # type: ignore[attr-defined]
    assert (summary.imported, summary.updated, summary.rejected, summary.new_journals) == (
        3, 0, 1, 2)
    assert outcome.backup.exists() and "before-journal-import" in outcome.backup.name  # type: ignore[attr-defined]
    text = dialog.summary_edit.toPlainText()
    assert text.splitlines()[:2] == [
        "CiteScore 2022.xlsx: CiteScore 2022",
        "Imported 3, updated 0, unchanged 0, rejected 1 rows; 2 new journals."]
    assert "rejected: CiteScore 2022, row 5: Broken: percentile 'n/a': empty" in text
    assert dialog.status_label.text() == "Import finished."
    assert _count(lib, repo.JournalRow) == 2 and _count(lib, repo.JournalMetricRow) == 3
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    # The same file again: nothing duplicated, and the summary says so.
    outcome = _import(qtbot, dialog)
    assert outcome.summary.reimport and outcome.summary.unchanged == 3  # type: ignore[attr-defined]
    assert "The same file was imported before: updated in place." in \
        dialog.summary_edit.toPlainText()
    assert _count(lib, repo.JournalMetricRow) == 3


def test_the_real_scimago_export(qtbot, dialog: MetricImportDialog, lib: Library) -> None:  # type: ignore[no-untyped-def]
    result = _choose(qtbot, dialog, SCIMAGO)
    assert dialog.kind() == "scimago" and result.year == 2002  # type: ignore[attr-defined]
    assert dialog.header_label.text() == "SCImago 2002: header on row 1"
    assert dialog.rows_table.item(0, 2).text() == "Annual Review of Immunology"
    outcome = _import(qtbot, dialog)
    assert outcome.summary.imported == 302 and outcome.summary.new_journals == 307  # type: ignore[attr-defined]
    # The sample's one ISSN repaired by the check digit is reported as a warning, not lost.
    assert "Problems (1):" in dialog.summary_edit.toPlainText()


def test_wos_list_needs_its_index(qtbot, dialog: MetricImportDialog, lib: Library,  # type: ignore[no-untyped-def]
                                  tmp_path: Path) -> None:
    path = write_wos_csv(tmp_path / "master list.csv", [
        ["MIGRATION LETTERS", "1741-8984", "1741-8992", "TPL", "London", "English",
         "Demography | Law"]])
    dialog.set_kind("wos")
    assert _choose(qtbot, dialog, path) is None
    assert dialog.preview_error.isVisible()
    assert "choose the Web of Science index of this file" in dialog.preview_error.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.index_combo.setCurrentIndex(dialog.index_combo.findData("AHCI"))
    assert not dialog.preview_error.isVisible() and dialog.import_button.isEnabled()
    assert dialog.header_label.text() == "WoS AHCI: header on row 1; index AHCI"
    outcome = _import(qtbot, dialog)
    assert outcome.summary.imported == 1  # type: ignore[attr-defined]
    with lib.read() as s:
        (jid,) = repo.find_journals(s, "1741-8992")
        assert [m.index for m in repo.load_profile(s, jid).indexes] == ["AHCI"]


def test_ministry_list_columns_mapped_by_hand(qtbot, dialog: MetricImportDialog, lib: Library,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    # A table a user prepared: the level column has a name the importer does not know.
    path = tmp_path / "перечень КОКСНВО 2025.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["№", "Наименование издания", "ISSN", "Категория", "Научное направление"])
        w.writerow(["1", "Вестник Торайгыров университета. Серия Юридическая", "2710-3994",
                    "Список 2", "Право"])
        w.writerow(["2", "Хабаршы. Құқық сериясы", "1563-0366", "3", "Право"])
    assert _choose(qtbot, dialog, path) is not None
    assert dialog.kind() == "koksnvo"
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert all("no level column and no level given" in p for p in problems) and len(problems) == 2
    row = next(r for r in range(dialog.mapping_table.rowCount())
               if dialog.mapping_table.item(r, 0).text() == "List level")
    combo = dialog.mapping_table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == ""     # "not used"
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        combo.setCurrentIndex(combo.findData("Категория"))
    assert [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())] \
        == ["none"]
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        type_text(dialog.order_edit, "V2500036221")
    outcome = _import(qtbot, dialog)
    assert outcome.summary.imported == 2 and outcome.summary.rejected == 0  # type: ignore[attr-defined]
    with lib.read() as s:
        (jid,) = repo.find_journals(s, "1563-0366")
        (entry,) = repo.load_profile(s, jid).lists
    assert (entry.level, entry.order_no, entry.directions) == ("3", "V2500036221", ["Право"])


def test_a_broken_file_is_reported(qtbot, dialog: MetricImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "CiteScore 2022.xlsx"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    assert _choose(qtbot, dialog, bad) is None
    assert dialog.preview_error.text().startswith("Cannot read the file: ")
    assert "not a valid .xlsx" in dialog.preview_error.text()
    assert not dialog.import_button.isEnabled()


def _big_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CITESCORE_COLUMNS)
        for n in range(rows):
            w.writerow(citescore_row(10_000 + n, f"Journal of Studies {n}", 3308, "Law", n % 100,
                                     1 + n % 700, 700, 1 + (99 - n % 100) // 25,
                                     generated_issn(1_000_000 + n)))
    return path


def test_cancel_leaves_the_library_unchanged(qtbot, dialog: MetricImportDialog, lib: Library,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    path = _big_csv(tmp_path / "CiteScore 2023.csv", 40_000)
    _choose(qtbot, dialog, path)
    read: list[int] = []
    dialog.runner.started.connect(lambda handle: handle.carrier.progressed.connect(
        lambda done, total, phase: read.append(done)))
    finished: list[str] = []
    dialog.imported.connect(lambda _o: finished.append("imported"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.cancel_button.isEnabled()
    assert not dialog.import_button.isEnabled() and dialog.progress.isVisible()
    # The window stays responsive: rows are counted while the file is read.
    qtbot.waitUntil(lambda: any(n >= 500 for n in read), timeout=30000)
    assert dialog.status_label.text().startswith("Reading rows: ")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert finished == []
    assert dialog.status_label.text() == "Import cancelled: the library was not changed."
    assert _count(lib, repo.JournalRow) == 0 and _count(lib, repo.JournalDatasetRow) == 0
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert max(read) < 40_000


def test_closing_during_an_import_cancels_it(qtbot, dialog: MetricImportDialog, lib: Library,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    path = _big_csv(tmp_path / "CiteScore 2023.csv", 20_000)
    _choose(qtbot, dialog, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()                       # it waits for the import to stop
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert _count(lib, repo.JournalRow) == 0
