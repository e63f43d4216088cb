"""The import summary on real imports of third-party files: what was added, merged (with where
the entry was), skipped and imported with problems, each with `file, line N`; the possible
duplicates; PDFs; an unreadable file; the report copied as text; its buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.library import Library
from gui import i18n
from gui.import_run import PDF_ERROR, PDF_SKIPPED, ImportRun, PdfReport, run_imports
from gui.import_summary_dialog import ImportSummaryDialog
from gui.tasks import TaskContext
from tests.support.paths import SHARED_FIXTURES

SCOPUS_RIS = SHARED_FIXTURES / "ris" / "scopus_asreview_10_refs.ris"
NO_TYPE_RIS = SHARED_FIXTURES / "ris" / "jabref_corrupted_no_TY.ris"
DUPLICATE_KEY_BIB = SHARED_FIXTURES / "bibtex" / "bbt_1350_german_titles_duplicate_key.bib"
UNKNOWN_TYPE_BIB = SHARED_FIXTURES / "bibtex" / "bibtexparser_unknown_type.bib"


def imported(library: Library, *paths: Path) -> ImportRun:
    return run_imports(TaskContext(), library, list(paths), collection_id=None,
                       pattern="[auth:lower][year]", client=None)


def show(qtbot: Any, run: ImportRun, **kw: Any) -> ImportSummaryDialog:
    dialog = ImportSummaryDialog(run, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def run(library: Library, tmp_path: Path) -> ImportRun:
    imported(library, SCOPUS_RIS)  # already in the library before this import
    broken = tmp_path / "Әдебиет.bib"
    broken.write_bytes(b"")
    return imported(library, SCOPUS_RIS, DUPLICATE_KEY_BIB, UNKNOWN_TYPE_BIB, NO_TYPE_RIS,
                    broken)


def test_each_file_says_what_happened_and_where(qtbot: Any, run: ImportRun) -> None:
    dialog = show(qtbot, run)
    text = dialog.report_text()
    # merged: the Scopus export was imported before; each entry says where it was
    assert "scopus_asreview_10_refs.ris (RIS, utf-8)" in text
    assert "10 entry(ies) matched a reference already in the library (same DOI or ISBN):" in text
    assert "scopus_asreview_10_refs.ris, line 76: already in the library as “" in text
    # imported with a problem, with file, line and entry
    assert "bbt_1350_german_titles_duplicate_key.bib, line 36, entry schiffer2005a: citation " \
           "key schiffer2005a is used twice in this file (first at line 1)" in text
    # skipped, with the reason
    assert "bibtexparser_unknown_type.bib, line 3, entry foo: unknown entry type @wrong" in text
    assert "jabref_corrupted_no_TY.ris, line 2: a record without a TY (type) line" in text
    # a file that cannot be read at all, named in Kazakh
    assert "Әдебиет.bib\n  Not imported: " in text
    assert "Possible duplicates" in text and "pair(s) look like the same work" in text
    headline = dialog.headline.text()
    added = len(run.added_ids)
    assert headline.startswith(f"Added: {added}. Merged into existing references: 10. "
                               "Skipped: 2. Imported with problems: 1.")
    assert "1 file(s) could not be read." in headline
    html = dialog.browser.toHtml()
    assert "#b3261e" in html.lower()  # what was lost is in red


def test_the_report_is_copied_as_text(qtbot: Any, run: ImportRun) -> None:
    dialog = show(qtbot, run)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.report_text()
    assert dialog.copy_button.text() == "Copied"
    # and the text can be selected in the dialog itself
    assert dialog.browser.isReadOnly() and "line 36" in dialog.browser.toPlainText()


def test_buttons_show_the_references_and_the_duplicates(qtbot: Any, run: ImportRun) -> None:
    dialog = show(qtbot, run)
    shown: list[list[int]] = []
    asked: list[bool] = []
    dialog.show_references.connect(shown.append)
    dialog.duplicates_requested.connect(lambda: asked.append(True))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert shown == [run.touched_ids] and len(run.touched_ids) > 10
    assert dialog.duplicates_button.isVisible() and dialog.duplicates_button.isEnabled()
    qtbot.mouseClick(dialog.duplicates_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_nothing_to_review_hides_the_duplicates_button(qtbot: Any, library: Library) -> None:
    dialog = show(qtbot, imported(library, NO_TYPE_RIS))
    assert not dialog.duplicates_button.isVisible()
    assert not dialog.show_button.isEnabled()  # nothing was added
    assert "0 reference(s) added." in dialog.report_text()


def test_pdf_outcomes_and_a_cancel(qtbot: Any, library: Library, tmp_path: Path) -> None:
    ctx = TaskContext()
    ctx.cancel.set()  # cancelled before the first file: nothing is read
    cancelled = run_imports(ctx, library, [SCOPUS_RIS], collection_id=None,
                            pattern="[auth]", client=None)
    cancelled.files += [
        PdfReport(tmp_path / "scan.pdf", PDF_SKIPPED, found_title="Labour migration"),
        PdfReport(tmp_path / "locked.pdf", PDF_ERROR, reason="the PDF is protected by a "
                                                             "password"),
    ]
    dialog = show(qtbot, cancelled)
    text = dialog.report_text()
    assert "scopus_asreview_10_refs.ris\n  Cancelled: nothing from this file was imported." in text
    assert "scan.pdf (PDF)\n  Not imported: the PDF holds no DOI, and no work was chosen among " \
           "Crossref's matches for “Labour migration”." in text
    assert "locked.pdf (PDF)\n  Not imported: the PDF is protected by a password" in text
    assert "The import was cancelled." in dialog.headline.text()
    assert library.count() == 0


def test_the_summary_in_kazakh(qtbot: Any, run: ImportRun) -> None:
    i18n.set_language("kk")
    try:
        dialog = show(qtbot, run)
        assert dialog.windowTitle() != "Import summary"
        assert "line 36" not in dialog.report_text()   # "36-жол"
        assert "36" in dialog.report_text() and "schiffer2005a" in dialog.report_text()
        assert any(ch in dialog.headline.text() for ch in "әғқңөұүһі")
    finally:
        i18n.set_language("en")
