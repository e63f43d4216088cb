"""Shared setup for the journal window tests: files in the documented layouts (built with
core.journals.templates), the real SCImago export and real Scopus Serial Title API responses,
imported into a library the way the import dialog does it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.journals import importers
from core.journals.importers.base import ImportResult
from core.journals.scopus_api import HttpResponse, SerialTitleClient
from core.journals.templates import write_wos_csv
from db import journals as repo
from db.journals import ImportSummary
from db.library import Library
from tests.support.paths import SHARED_FIXTURES

SCIMAGO = SHARED_FIXTURES / "scimago" / "scimagojr_journal_2002_sample.csv"
SCOPUS = SHARED_FIXTURES / "scopus"


def import_file(lib: Library, kind: str, path: Path, *, partial: bool = False,
                **options: Any) -> ImportSummary:
    result = importers.parse(kind, path, **options)
    with lib.transaction() as s:
        return repo.import_dataset(s, result, partial=partial,
                                   index_name=options.get("index") or result.wos_index())


def import_result(lib: Library, result: ImportResult, *, partial: bool = True) -> ImportSummary:
    with lib.transaction() as s:
        return repo.import_dataset(s, result, partial=partial)


def serial_title_result(*issns: str) -> ImportResult:
    """The Scopus client fed the real recorded responses (`serial_title_<issn>.json`) instead of
    the network: the same mapping and import path as `journal fetch`."""

    def transport(url: str, headers: dict[str, str], timeout: float) -> HttpResponse:
        compact = url.split("/issn/", 1)[1].split("?", 1)[0]
        path = SCOPUS / f"serial_title_{compact}.json"
        if not path.exists():
            return HttpResponse(404, {}, b"{}")
        return HttpResponse(200, {}, path.read_bytes())

    client = SerialTitleClient("test-key", transport=transport, sleep=lambda s: None)
    return client.journals(list(issns))


def generated_issn(n: int) -> str:
    """A valid ISSN made from a counter (the check digit computed by stdnum)."""
    from stdnum import issn

    body = f"{n:07d}"
    return f"{body[:4]}-{body[4:]}{issn.calc_check_digit(body)}"


def whole_wos_list(path: Path, journals: Sequence[tuple[str, str]], filler: int = 500) -> Path:
    """A Master Journal List with the given (title, ISSN) rows plus enough other journals to be
    taken as the whole list, so a journal absent from it is "not in the index"."""
    rows = [[title, issn, "", "Publisher", "", "English", "Law"] for title, issn in journals]
    rows += [[f"JOURNAL OF FILLER STUDIES {n}", generated_issn(2_000_000 + n), "", "Publisher",
              "", "English", "Law"] for n in range(filler)]
    return write_wos_csv(path, rows)


# The offscreen platform cannot pass a shown window's size limits to a window system and says
# so each time a layout changes them. That is the test platform talking, not the code under
# test; every other Qt warning still fails a test.
OFFSCREEN_SIZE_HINTS = r"^This plugin does not support propagateSizeHints\(\)$"


def type_text(widget: Any, text: str) -> None:
    """Type `text` into a widget key by key, Cyrillic and Kazakh letters included (QTest's
    keyClicks knows Latin-1 only): each character is a key press carrying its text, as a
    keyboard layout delivers it; a newline is the Return key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))
