"""The export dialog on a real library: BibTeX, RIS and CSL-JSON of the selection, a collection
(with or without its sub-collections) and the whole library, read back; Kazakh and Russian file
names; the name follows the scope and the format; a cancel or a missing folder leaves no file."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.errors import CancelledError
from core.formats import read_file
from db import exporter
from db.library import Library
from gui.export_dialog import ExportDialog, write_export
from gui.tasks import TaskContext, TaskRunner
from tests.gui.conftest import TYPED

WAIT = 15_000


@pytest.fixture
def runner(qtbot: Any) -> Any:
    r = TaskRunner()
    yield r
    r.cancel_all()
    assert r.wait(20_000)
    qtbot.wait(20)


def open_dialog(qtbot: Any, library: Library, runner: TaskRunner, selected: list[int],
                tmp_path: Path, **kw: Any) -> ExportDialog:
    dialog = ExportDialog(library, runner, selected, start_dir=tmp_path, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_now(qtbot: Any, dialog: ExportDialog) -> Path:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert dialog.written is not None
    return dialog.written


def test_the_selection_as_ris_with_a_russian_file_name(qtbot: Any, library: Library,
                                                       filled: dict[str, Any], runner: TaskRunner,
                                                       tmp_path: Path) -> None:
    chosen = [filled["ru_law"], filled["kz_refugees"]]
    dialog = open_dialog(qtbot, library, runner, chosen, tmp_path)
    assert dialog.selection_radio.text() == "Selected references (2)"
    assert dialog.path() == tmp_path / "references.bib"
    qtbot.mouseClick(dialog.format_buttons["ris"], Qt.MouseButton.LeftButton)
    assert dialog.path() == tmp_path / "references.ris"  # the name follows the format
    target = tmp_path / "Список источников.ris"
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, "x")  # the user edits the name...
    dialog.set_path(target)
    written = export_now(qtbot, dialog)
    assert written == target
    records = read_file(target).records
    assert sorted(r.title for r in records) == sorted(["О миграции населения",
                                                       "Ұлттық заңнамадағы босқындар мәртебесі"])
    assert not list(tmp_path.glob(".*.part"))  # the temporary file is gone


def test_a_collection_with_and_without_its_sub_collections(qtbot: Any, library: Library,
                                                           filled: dict[str, Any],
                                                           runner: TaskRunner,
                                                           tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, library, runner, [], tmp_path,
                         collection_id=filled["monograph"])
    assert not dialog.selection_radio.isEnabled()
    assert dialog.scope() == "collection"
    assert dialog.collection.currentData() == filled["monograph"]
    assert dialog.path() == tmp_path / "Монография.bib"
    qtbot.mouseClick(dialog.format_buttons["csl-json"], Qt.MouseButton.LeftButton)
    written = export_now(qtbot, dialog)
    assert written.name == "Монография.json"
    items = json.loads(written.read_text(encoding="utf-8"))
    # the monograph's book and, through § 1.1, the Kazakh article and the law
    assert sorted(i["title"] for i in items) == sorted([
        TYPED["ru_book"].title, TYPED["kz_article"].title, TYPED["ru_law"].title])
    dialog.subcollections.setChecked(False)
    dialog.set_path(tmp_path / "only the monograph.json")
    dialog.written = None
    written = export_now(qtbot, dialog)
    assert [i["title"] for i in json.loads(written.read_text(encoding="utf-8"))] == \
        [TYPED["ru_book"].title]


def test_the_whole_library_as_bibtex(qtbot: Any, library: Library, filled: dict[str, Any],
                                     runner: TaskRunner, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, library, runner, [], tmp_path)
    assert dialog.scope() == "library"
    total = library.count()
    assert dialog.library_radio.text() == f"Whole library ({total})"
    dialog.set_path(tmp_path / "Кітапхана.bib")
    export_now(qtbot, dialog)
    result = read_file(tmp_path / "Кітапхана.bib")
    assert len(result.records) == total
    assert all(r.citation_key for r in result.records)  # keys made and kept for LaTeX
    assert dialog.result.text() == f"Exported {total} reference(s) to {tmp_path / 'Кітапхана.bib'}."


def test_a_missing_folder_is_said_and_nothing_runs(qtbot: Any, library: Library,
                                                   filled: dict[str, Any], runner: TaskRunner,
                                                   tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, library, runner, [filled["ru_law"]], tmp_path)
    dialog.set_path(tmp_path / "жоқ папка" / "out.bib")
    assert dialog.start() is None
    assert dialog.result.text().startswith("The folder ") and "does not exist" in \
        dialog.result.text()
    assert not runner.active()


def test_cancel_writes_no_file(qtbot: Any, library: Library, filled: dict[str, Any],
                               runner: TaskRunner, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    library.add_many([TYPED["ru_article"].copy() for _ in range(200)])
    monkeypatch.setattr(exporter, "PAGE", 5)
    slow = exporter.refs_repo.get_many

    def get_many(session: Any, ids: Any) -> Any:
        time.sleep(0.02)
        return slow(session, ids)

    monkeypatch.setattr(exporter.refs_repo, "get_many", get_many)
    dialog = open_dialog(qtbot, library, runner, [], tmp_path)
    target = tmp_path / "big.bib"
    dialog.set_path(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 0 and dialog.progress.value() > 0,
                    timeout=WAIT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    assert dialog.result.text() == "Cancelled: no file was written."
    assert not target.exists() and not list(tmp_path.glob(".*.part"))


def test_write_export_cancelled_before_it_starts_leaves_nothing(library: Library,
                                                                filled: dict[str, Any],
                                                                tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    ctx = TaskContext()
    ctx.cancel.set()
    with pytest.raises(CancelledError):
        write_export(ctx, library, "bibtex", out / "x.bib", None, "[auth]")
    assert list(out.iterdir()) == []
