"""Every feature reached from the main window, driven as a person would: add by DOI against the
local Crossref replay server and see the row; the pending DOIs fetched when the network is back,
said in the status bar; files dropped on the window imported with a summary (a `line N` problem,
the rows), a PDF with a DOI added with its file, a PDF without one matched by the user, a PDF
dropped on a row attached and opened, a metric list sent to the metric import; the bibliography
builder on the selection and the clipboard's HTML; copy citation in the default style; export
with a Kazakh file name read back; the journals and grant views; the menus in Kazakh; the
settings reaching the Crossref client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from core.formats import read_file
from core.journals.importers import scimago
from core.journals.templates import citescore_row, write_citescore_xlsx
from core.settings import Settings
from db import attachments, crossref_cache
from db import journals as journals_repo
from db.library import Library
from gui.main_window import MainWindow
from gui.reference_model import COLUMN_KEYS
from gui.sidebar import JOURNALS, Scope
from tests.gui.conftest import ids_shown, wait_idle
from tests.support.doi_gui import PLOS, SREP
from tests.support.paths import SHARED_FIXTURES
from tests.support.pdfs import article_pages, write_pdf

BIB = SHARED_FIXTURES / "bibtex" / "bbt_1350_german_titles_duplicate_key.bib"
RIS = SHARED_FIXTURES / "ris" / "rispy_cyrillic_utf8.ris"
WAIT = 15_000


@pytest.fixture
def crossref_window(make_window: Any, library: Library, filled: dict[str, Any],
                    crossref_settings: Settings) -> MainWindow:
    window: MainWindow = make_window(library, crossref_settings.with_changes(
        db_path=library.path))
    return window


def drop_files(target: QWidget, paths: list[Path], pos: QPoint | None = None) -> bool:
    """Files dragged from the file manager and dropped on `target`, as Qt delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = pos or QPoint(40, 40)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def visible(window: MainWindow, kind: type, name: str) -> Any:
    found = window.findChild(kind, name)
    return found if found is not None and found.isVisible() else None


def import_dialog(qtbot: Any, window: MainWindow) -> Any:
    qtbot.waitUntil(lambda: visible(window, QDialog, "importDialog") is not None, timeout=3000)
    return visible(window, QDialog, "importDialog")


def summary_dialog(qtbot: Any, window: MainWindow) -> Any:
    qtbot.waitUntil(lambda: visible(window, QDialog, "importSummary") is not None,
                    timeout=WAIT)
    return visible(window, QDialog, "importSummary")


def wait_clipboard_html(qtbot: Any, needle: str) -> str:
    def has() -> bool:
        mime = QApplication.clipboard().mimeData()
        return mime is not None and mime.hasHtml() and needle in mime.html()

    qtbot.waitUntil(has, timeout=WAIT)
    return QApplication.clipboard().mimeData().html()


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp: Any) -> None:
    QApplication.clipboard().clear()


# ------------------------------------------------------------------------------ Crossref
def test_add_by_doi_adds_the_row_and_shows_it(qtbot: Any, crossref_window: MainWindow) -> None:
    window = crossref_window
    before = window.model.rowCount()
    window.commands.add_doi.trigger()
    dialog = window.crossref.add_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.runner is window.tasks and dialog.client is window.crossref.client
    dialog.set_text(f"Tosatto L. et al. Sci Rep. 2015;5:16696. doi:{SREP}")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=WAIT)
    new = window.library.find_by_doi(SREP)
    assert new in ids_shown(window)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    # a double click on the result shows the reference in the window
    view = dialog.view
    rect = view.visualRect(dialog.model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_ids() == [new]
    assert "Single-molecule" in window.detail.toPlainText() or \
        window.library.get(new).title in window.detail.toPlainText()
    # the dialog is kept and shown again with what it held
    dialog.close()
    window.open_add_doi()
    assert window.crossref.add_dialog is dialog and dialog.model.rowCount() == 1


def test_the_pending_monitor_speaks_in_the_status_bar(qtbot: Any, make_window: Any,
                                                      library: Library,
                                                      crossref_settings: Settings) -> None:
    with library.transaction() as s:
        crossref_cache.queue(s, SREP, "offline")  # queued while the network was down
    window = make_window(library, crossref_settings.with_changes(db_path=library.path))
    # Every message the status bar shows (a later one may replace it before a poll sees it).
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    qtbot.waitUntil(lambda: any("Network is back" in m for m in shown), timeout=WAIT)
    assert "Network is back: 1 pending DOI(s) added." in shown
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    assert window.library.find_by_doi(SREP) in ids_shown(window)
    window.close()
    assert window.crossref.monitor is not None and not window.crossref.monitor.running


def test_find_doi_and_refresh_open_for_the_selected_reference(
        qtbot: Any, crossref_window: MainWindow, filled: dict[str, Any]) -> None:
    window = crossref_window
    window.table.select_ids([filled["ru_book"]])
    finder = window.open_find_doi(window.selected_ids())
    assert finder is not None and finder.isVisible() and finder.ref_id == filled["ru_book"]
    assert finder.client is window.crossref.client
    qtbot.waitUntil(lambda: not finder.busy_now, timeout=WAIT)
    finder.close()
    window.table.select_ids([filled["en_article"]])
    window.commands.crossref_refresh.trigger()
    refresh = [d for d in window.crossref.dialogs if d.isVisible()]
    assert len(refresh) == 1 and refresh[0].ref_id == filled["en_article"]
    refresh[0].close()
    wait_idle(qtbot, window)


def test_the_crossref_e_mail_of_the_settings_reaches_the_client(
        qtbot: Any, crossref_window: MainWindow) -> None:
    window = crossref_window
    dialog = window.open_add_doi()
    old = window.crossref.client
    window.apply_settings(window.settings.with_changes(mailto="aigerim@kaznu.kz"))
    client = window.crossref.client
    assert client is not old and client.settings.mailto == "aigerim@kaznu.kz"
    assert "mailto:aigerim@kaznu.kz" in client.user_agent
    assert dialog is not None and window.crossref.add_dialog.client is client
    # settings that do not concern Crossref keep the client
    window.apply_settings(window.settings.with_changes(citekey_pattern="[auth][year]"))
    assert window.crossref.client is client


# ------------------------------------------------------------------------------ importing
def test_files_dropped_on_the_window_are_imported_with_a_summary(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    chapter = Scope("collection", filled["chapter"], "Глава 1. Көші-қон")
    window.sidebar.setCurrentItem(window.sidebar.item_for(chapter))
    before = window.library.count()
    assert drop_files(window, [BIB, RIS])
    dialog = import_dialog(qtbot, window)
    assert dialog.paths() == [BIB, RIS]
    assert dialog.collection_id() == filled["chapter"]  # the sidebar's collection
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    text = summary.report_text()
    assert "bbt_1350_german_titles_duplicate_key.bib (BibTeX, utf-8)" in text
    assert "bbt_1350_german_titles_duplicate_key.bib, line 36, entry schiffer2005a: citation " \
           "key schiffer2005a is used twice" in text
    assert "rispy_cyrillic_utf8.ris (RIS" in text
    assert "Possible duplicates" in text
    added = summary.run.added_ids
    assert window.library.count() == before + len(added) and len(added) >= 5
    # the rows are in the table (the chapter lists what was imported into it)
    qtbot.waitUntil(lambda: set(added) <= set(ids_shown(window)), timeout=WAIT)
    # the report is copyable as text
    qtbot.mouseClick(summary.copy_button, Qt.MouseButton.LeftButton)
    assert "line 36" in QApplication.clipboard().text()
    qtbot.mouseClick(summary.show_button, Qt.MouseButton.LeftButton)
    assert sorted(window.selected_ids()) == sorted(added)
    # the possible duplicates can be reviewed at once: the duplicates view opens and scans
    assert summary.duplicates_button.isEnabled()
    qtbot.mouseClick(summary.duplicates_button, Qt.MouseButton.LeftButton)
    view = window.duplicates
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: not view.scanning and view.model.total() > 0, timeout=WAIT)
    summary.close()


def test_an_import_is_cancelled_from_the_status_bar_and_writes_nothing(
        qtbot: Any, window: MainWindow) -> None:
    big = SHARED_FIXTURES / "bibtex" / "bbt_1436-3_real_library_7166_entries.bib"
    before = window.library.count()
    assert drop_files(window, [big, BIB])
    qtbot.mouseClick(import_dialog(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.progress.visible_rows()), timeout=WAIT)
    row = window.progress.visible_rows()[0]
    assert row.handle.label == "Importing 2 file(s)"
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    text = summary.report_text()
    assert "Cancelled: nothing from this file was imported." in text
    assert "The import was cancelled." in summary.headline.text()
    assert window.library.count() == before  # the big file rolled back, the next not started
    summary.close()


def test_ctrl_i_chooses_several_files(qtbot: Any, window: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def choose(parent: Any, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(BIB), str(RIS)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = import_dialog(qtbot, window)
    assert dialog.paths() == [BIB, RIS]
    assert "*.bib" in asked[0] and "*.ris" in asked[0] and "*.pdf" in asked[0]
    assert dialog.collection_id() is None
    dialog.reject()


def test_an_unreadable_file_is_reported_and_loses_nothing(qtbot: Any, window: MainWindow,
                                                          tmp_path: Path) -> None:
    bad = tmp_path / "notes.bib"
    bad.write_bytes(b"\x00\x01\x02 not a bibliography")
    before = window.library.count()
    assert drop_files(window, [bad])
    qtbot.mouseClick(import_dialog(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    assert "Not imported:" in summary.report_text()
    assert "1 file(s) could not be read." in summary.headline.text()
    assert window.library.count() == before
    summary.close()


def test_a_pdf_with_a_doi_dropped_adds_the_work_and_its_file(
        qtbot: Any, crossref_window: MainWindow, tmp_path: Path) -> None:
    window = crossref_window
    pdf = write_pdf(tmp_path / "Метилфенидат.pdf", article_pages(PLOS))
    assert drop_files(window, [pdf])
    qtbot.mouseClick(import_dialog(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    assert "with the PDF attached" in summary.report_text()
    ref_id = window.library.find_by_doi(PLOS)
    assert ref_id is not None
    with window.library.read() as s:
        assert [a.name for a in attachments.of_reference(s, ref_id)] == ["Метилфенидат.pdf"]
    summary.close()
    window.show_reference(ref_id)
    assert "Метилфенидат.pdf" in window.detail.toPlainText()


def test_a_pdf_without_a_doi_asks_which_work_it_is(qtbot: Any, crossref_window: MainWindow,
                                                    tmp_path: Path) -> None:
    window = crossref_window
    pdf = write_pdf(tmp_path / "scan.pdf", article_pages(None))
    before = window.library.count()
    assert drop_files(window, [pdf])
    qtbot.mouseClick(import_dialog(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(window, QDialog, "pdfMatch") is not None, timeout=WAIT)
    match = visible(window, QDialog, "pdfMatch")
    assert match.table.rowCount() == 2
    assert match.table.item(0, match.table.TITLE).text()
    # the user skips it: nothing is written and the summary says why
    qtbot.mouseClick(match.skip_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    assert "no work was chosen" in summary.report_text()
    assert window.library.count() == before
    summary.close()


def test_the_work_picked_for_a_pdf_is_looked_up(qtbot: Any, crossref_window: MainWindow,
                                               crossref_server: Any, tmp_path: Path) -> None:
    window = crossref_window
    pdf = write_pdf(tmp_path / "scan.pdf", article_pages(None))
    assert drop_files(window, [pdf])
    qtbot.mouseClick(import_dialog(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(window, QDialog, "pdfMatch") is not None, timeout=WAIT)
    match = visible(window, QDialog, "pdfMatch")
    first = match.candidates[0]
    assert match.selected() is first and first.score < 0.6
    assert match.note.text().startswith("A weak match")
    qtbot.mouseClick(match.use_button, Qt.MouseButton.LeftButton)
    summary = summary_dialog(qtbot, window)
    # the replay server does not know that work: nothing is written, and the summary says so
    assert crossref_server.state.work_hits(first.doi)
    assert f"Not imported: DOI {first.doi} not found" in summary.report_text()
    summary.close()


def test_a_pdf_dropped_on_a_row_is_attached_and_opens(qtbot: Any, window: MainWindow,
                                                      filled: dict[str, Any],
                                                      tmp_path: Path) -> None:
    law = filled["ru_law"]
    pdf = write_pdf(tmp_path / "Закон о миграции (ред. 2024).pdf", article_pages(None))
    row = window.model.rows_of([law])[law]
    rect = window.table.visualRect(window.model.index(row, COLUMN_KEYS.index("title")))
    assert drop_files(window.table.viewport(), [pdf], rect.center())
    wait_idle(qtbot, window)
    with window.library.read() as s:
        names = [a.name for a in attachments.of_reference(s, law)]
    assert "Закон о миграции (ред. 2024).pdf" in names
    assert visible(window, QDialog, "importDialog") is None  # attached, not imported
    window.table.select_ids([law])
    assert "Закон о миграции (ред. 2024).pdf" in window.detail.toPlainText()
    # clicking the attachment opens it in the system's viewer...
    opened: list[str] = []

    class Viewer(QWidget):
        @Slot(QUrl)
        def show_file(self, url: QUrl) -> None:
            opened.append(url.toLocalFile())

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show_file")
    try:
        with window.library.read() as s:
            attachment = next(a for a in attachments.of_reference(s, law)
                              if a.name.startswith("Закон"))
        window.detail.anchorClicked.emit(QUrl(f"silteme-attachment:{attachment.id}"))
        assert opened == [str(pdf)]
        # ...and a file that was moved away is said to be missing
        pdf.unlink()
        window.detail.anchorClicked.emit(QUrl(f"silteme-attachment:{attachment.id}"))
        box = visible(window, QMessageBox, "attachmentMissing")
        assert box is not None and str(pdf) in box.text()
        assert opened == [str(pdf)]
        box.close()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_attach_file_from_the_menu(qtbot: Any, window: MainWindow, filled: dict[str, Any],
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = tmp_path / "Сканер.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kw: ([str(scan)], ""))
    window.table.select_ids([filled["kz_article"]])
    window.commands.attach_file.trigger()
    wait_idle(qtbot, window)
    with window.library.read() as s:
        assert [a.name for a in attachments.of_reference(s, filled["kz_article"])] == \
            ["Сканер.jpg"]
    assert "Сканер.jpg" in window.detail.toPlainText()


def test_a_metric_list_dropped_opens_the_metric_import(qtbot: Any, window: MainWindow,
                                                       tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                      "1741-8984", "17418992")]})
    assert drop_files(window, [path])
    qtbot.waitUntil(lambda: visible(window, QDialog, "") is not None or any(
        type(w).__name__ == "MetricImportDialog" and w.isVisible()
        for w in QApplication.topLevelWidgets()), timeout=3000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "MetricImportDialog" and w.isVisible())
    assert dialog.path() == path and dialog.kind() == "scopus-citescore"
    assert visible(window, QDialog, "importDialog") is None
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=WAIT)
    dialog.close()
    wait_idle(qtbot, window)


# ------------------------------------------------------------------------------ bibliography
def test_the_builder_opens_on_the_selection_and_copies_html(
        qtbot: Any, window: MainWindow, filled: dict[str, Any]) -> None:
    chosen = [filled["ru_law"], filled["kz_article"], filled["ru_book"]]
    window.table.select_ids(chosen)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    builder = window.builder
    assert builder is not None and builder.isVisible()
    assert builder.runner is window.tasks
    qtbot.waitUntil(lambda: sorted(builder.reference_ids()) == sorted(chosen), timeout=WAIT)
    assert builder.style_key() == "gost-r-7.0.100"  # the default style of the settings
    qtbot.waitUntil(builder.is_current, timeout=WAIT)
    builder.copy_list()
    html = wait_clipboard_html(qtbot, "О миграции населения")
    assert "Қазақстандағы көші-қон саясатының құқықтық негіздері" in html
    assert "<!--StartFragment-->" in html
    # a row dragged from the table into the builder joins its list (one drag format)
    mime = window.model.mimeData([window.model.index(
        window.model.rows_of([filled["en_article"]])[filled["en_article"]], 0)])
    viewport = builder.list.viewport()
    assert drop_files.__doc__  # (files are not ids: the builder takes ids only)
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: filled["en_article"] in builder.reference_ids(), timeout=WAIT)
    # Ctrl+B again adds the new selection to the same window
    window.table.select_ids([filled["ru_article"]])
    window.open_bibliography(window.selected_ids())
    assert window.builder is builder
    qtbot.waitUntil(lambda: filled["ru_article"] in builder.reference_ids(), timeout=WAIT)
    # an edit in the window reaches the builder's list
    window.table.select_ids([filled["ru_book"]])
    builder.close()


def test_copy_citation_uses_the_default_style(qtbot: Any, window: MainWindow,
                                              filled: dict[str, Any]) -> None:
    window.table.select_ids([filled["ru_book"]])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    html = wait_clipboard_html(qtbot, "Миграционное право Республики Казахстан")
    text = QApplication.clipboard().text().replace("\u00a0", " ")
    # GOST R 7.0.100: headed by the first author, one entry (not a numbered list)
    assert text == ("Абаев, М. Е. Миграционное право Республики Казахстан / М. Е. Абаев, "
                    "П. И. Ёлкин. – Алматы : Юрист, 2019. – Текст : непосредственный.")
    assert window.statusBar().currentMessage() == "Copied 1 reference(s) in ГОСТ Р 7.0.100–2018."
    assert "<!--StartFragment-->" in html
    # the default style chosen in the settings is the next copy's (and the builder's)
    window.open_bibliography([filled["ru_book"]])
    window.apply_settings(window.settings.with_changes(default_style="apa"))
    assert window.builder is not None and window.builder.style_key() == "apa"
    QApplication.clipboard().clear()
    window.commands.copy_citation.trigger()
    html = wait_clipboard_html(qtbot, "Миграционное право Республики Казахстан")
    text = QApplication.clipboard().text().replace("\u00a0", " ")
    assert text.startswith("Абаев, М. Е., & Ёлкин, П. И. (2019).")  # APA 7
    assert "<i>Миграционное право Республики Казахстан</i>" in html
    window.builder.close()


# ------------------------------------------------------------------------------ export
def test_export_the_selection_to_bibtex_with_a_kazakh_file_name(
        qtbot: Any, window: MainWindow, filled: dict[str, Any], tmp_path: Path) -> None:
    chosen = [filled["kz_article"], filled["ru_law"]]
    window.table.select_ids(chosen)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(window, QDialog, "exportDialog")
    assert dialog is not None and dialog.scope() == "selection"
    target = tmp_path / "Әдебиеттер тізімі — көші-қон.bib"
    dialog.set_path(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written == target, timeout=WAIT)
    assert dialog.result.text() == f"Exported 2 reference(s) to {target}."
    result = read_file(target)
    titles = sorted(r.title for r in result.records)
    assert titles == sorted(["Қазақстандағы көші-қон саясатының құқықтық негіздері",
                             "О миграции населения"])
    assert not result.problems
    assert str(target) in window.statusBar().currentMessage()
    dialog.close()


# ------------------------------------------------------------------------------ journals
def test_the_journals_entry_shows_the_journal_list(qtbot: Any, window: MainWindow) -> None:
    with window.library.transaction() as s:
        journals_repo.import_dataset(s, scimago.parse(
            SHARED_FIXTURES / "scimago" / "scimagojr_journal_2002_sample.csv", year=2002))
    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item_for(JOURNALS))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.journals_view
    assert view is not None and window.views.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.total() > 300, timeout=WAIT)
    assert view.model.rowCount() == view.model.total()
    view.select_journal(view.model.journal_at(0).id)
    qtbot.waitUntil(lambda: view.page.details is not None, timeout=WAIT)
    # Ctrl+F searches the journals while they are shown
    window.commands.find.trigger()
    assert view.search.hasFocus()
    # the grant's progress, then back to the references with Ctrl+J's neighbour entries
    window.commands.grant_progress.trigger()
    assert window.views.currentWidget() is window.grant_view
    qtbot.waitUntil(lambda: window.grant_view.snapshot is not None, timeout=WAIT)
    window.open_journals()
    assert window.views.currentWidget() is view
    sidebar.select_view("references")
    assert window.views.currentWidget() is window.references_view
    # metric import from the Tools menu
    window.commands.import_metrics.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "MetricImportDialog" and w.isVisible())
    dialog.close()
    wait_idle(qtbot, window)


# ------------------------------------------------------------------------------ language
def test_the_menus_speak_kazakh(qtbot: Any, window: MainWindow) -> None:
    window.set_language("kk")
    try:
        menus = window.commands.menus
        qtbot.waitUntil(lambda: menus["file"].title() != "&File", timeout=3000)
        assert [menus[k].title() for k in ("file", "edit", "view", "tools", "help")] == \
            ["&Файл", "&Түзету", "&Көрініс", "&Құралдар", "&Анықтама"]
        tools = [a.text() for a in menus["tools"].actions() if not a.isSeparator()]
        assert "&Әдебиеттер тізімі…" in tools and "&Журналдар және грант…" in tools
        assert all(any(ch in text for ch in "әғқңөұүһі") or not text.isascii()
                   for text in tools), tools
        edit = [a.text() for a in menus["edit"].actions() if not a.isSeparator()]
        assert not any(text.isascii() for text in edit), edit
        assert window.detail_area.tabText(1) != "Edit"
    finally:
        window.set_language("en")
