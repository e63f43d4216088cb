"""A damaged library on open: the dialog offers the latest good backup (restored with the damaged
file kept aside) or another file; the app's open path goes through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from core.errors import DamagedLibraryError
from core.model import Reference
from db.library import Library
from gui.app import open_library
from gui.recovery_dialog import RecoveryDialog

TITLES = sorted(f"Көші-қон туралы мақала № {i}" for i in range(200))


def damaged_library(tmp_path: Path, *, with_backup: bool = True) -> tuple[Path, Path | None]:
    path = tmp_path / "кітапхана.sqlite"
    with Library.open(path) as lib:
        lib.add_many([Reference(title=t, abstract="ж" * 400, language="kk") for t in TITLES])
        backup = lib.backup("manual") if with_backup else None
    with path.open("r+b") as fh:  # a file cut in half, as by a failed copy or a full disk
        fh.truncate(path.stat().st_size // 2 + 100)
    return path, backup


def error_for(path: Path) -> DamagedLibraryError:
    with pytest.raises(DamagedLibraryError) as raised:
        Library.open(path)
    return raised.value


def titles_of(path: Path) -> list[str]:
    with Library.open(path, daily_backup=False) as lib:
        return sorted(r.title or "" for r in lib.list_references())


def shown_dialog() -> RecoveryDialog | None:
    # (QApplication.activeModalWidget() returning None leaks a reference to None in PySide6
    # 6.12; polling it crashes the interpreter.)
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, RecoveryDialog) and w.isVisible()]
    return found[0] if found else None


def test_restoring_the_latest_backup(qtbot: Any, tmp_path: Path) -> None:
    path, backup = damaged_library(tmp_path)
    dialog = RecoveryDialog(error_for(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "кітапхана.sqlite is damaged" in dialog.heading.text()
    assert str(backup) in dialog.body.text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_path == path
    assert dialog.kept_aside is not None and dialog.kept_aside.exists()  # nothing thrown away
    assert titles_of(path) == TITLES


def test_without_a_backup_only_another_file_or_quit(qtbot: Any, tmp_path: Path) -> None:
    path, _ = damaged_library(tmp_path, with_backup=False)
    dialog = RecoveryDialog(error_for(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert "No good backup" in dialog.body.text()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.chosen_path is None


def test_opening_a_damaged_library_offers_the_backup(qtbot: Any, tmp_path: Path) -> None:
    path, _ = damaged_library(tmp_path)
    seen: list[str] = []

    def answer() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.body.text())
        dialog.restore_button.click()

    QTimer.singleShot(50, answer)
    library = open_library(path)
    assert isinstance(library, Library)
    try:
        assert seen and "latest good backup" in seen[0]
        assert sorted(r.title or "" for r in library.list_references()) == TITLES
    finally:
        library.close()


def test_giving_up_returns_nothing(qtbot: Any, tmp_path: Path) -> None:
    path, _ = damaged_library(tmp_path)

    def answer() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        dialog.quit_button.click()

    QTimer.singleShot(50, answer)
    assert open_library(path) is None


def library_damaged_after_opening(tmp_path: Path, make_window: Any) -> tuple[Any, Path, Path]:
    """A sound library opened in a window, then damaged in the middle (as a failing disk
    would): the size and header still look right, the pages do not."""
    path = tmp_path / "кітапхана.sqlite"
    with Library.open(path) as lib:
        lib.add_many([Reference(title=t, abstract="ж" * 400, language="kk") for t in TITLES])
        backup = lib.backup("manual")
    window = make_window(Library.open(path, daily_backup=False))
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 3)
        fh.write(b"\xde\xad" * (size // 6))
    return window, path, backup


def test_damage_found_by_the_daily_backup_offers_the_backup_in_the_window(
        qtbot: Any, tmp_path: Path, make_window: Any) -> None:
    """The window opened a library whose damage shows only later (the daily backup's check):
    the same recovery dialog comes up, and the restored library replaces the damaged one in
    the window."""
    window, path, backup = library_damaged_after_opening(tmp_path, make_window)
    old = window.library
    seen: list[str] = []

    def answer() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.body.text())
        dialog.restore_button.click()

    QTimer.singleShot(50, answer)
    window.offer_recovery(DamagedLibraryError("damaged", path=path, backup=backup))
    assert seen and "latest good backup" in seen[0]
    assert window.library is not old and window.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(TITLES), timeout=10_000)


def test_giving_up_on_a_library_damaged_after_opening_closes_the_window(
        qtbot: Any, tmp_path: Path, make_window: Any) -> None:
    window, path, backup = library_damaged_after_opening(tmp_path, make_window)

    def give_up() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(50, give_up)
            return
        dialog.reject()

    QTimer.singleShot(50, give_up)
    window.offer_recovery(DamagedLibraryError("damaged", path=path, backup=backup))
    assert not window.isVisible()
