"""Copy citation (Ctrl+Shift+C in the main window): the selected references formatted in the
default style of the settings, put on the clipboard as rich text and plain text (the pair the
bibliography builder copies), so they paste formatted into Word and LibreOffice. The formatting
runs off the GUI thread: a GOST entry of a law reads declension tables, and a selection can be
thousands of references."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from db.library import Library
from gui.bibliography_render import ListRequest, format_list, list_clipboard
from gui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def style_name(style: str) -> str:
    """A style as the user knows it (a CSL file by its file name)."""
    from gui.settings_dialog import STYLE_NAMES

    return STYLE_NAMES.get(style) or Path(style).stem


def format_references(ctx: TaskContext, lib: Library, ids: list[int],
                      style: str) -> tuple[str, str, int]:
    """(HTML, plain text, entries) of these references in the table's order, unnumbered (they
    go into the user's own list)."""
    from db import references as repo

    with lib.read() as s:
        by_id = {r.id: r for r in repo.get_many(s, ids)}
    ctx.check()
    refs = [by_id[i] for i in ids if i in by_id]
    rendered = format_list(refs, ListRequest(style=style, sort="none", numbered=False))
    html_doc, text = list_clipboard(rendered)
    return html_doc, text, len(rendered.entries)


def put_on_clipboard(html_doc: str, text: str) -> None:
    mime = QMimeData()
    mime.setHtml(html_doc)
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def copy_references(window: MainWindow, ids: list[int], style: str) -> TaskHandle:
    """Format in the background, then copy and say so in the status bar."""
    library = window.library

    def done(result: tuple[str, str, int]) -> None:
        html_doc, text, count = result
        put_on_clipboard(html_doc, text)
        window.statusBar().showMessage(QCoreApplication.translate(
            "QuickCopy", "Copied %n reference(s) in {style}.", "", count).format(
                style=style_name(style)), 6000)

    return window.run_task(lambda ctx: format_references(ctx, library, list(ids), style),
                           label=QCoreApplication.translate("QuickCopy", "Formatting citations"),
                           on_success=done)
