"""`python main.py` with no subcommand opens the main window on the real library, in the stored
interface language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core.model import Reference
from db.library import Library
from gui.main_window import MainWindow


def test_main_opens_the_window_on_the_library(qtbot: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SILTEME_DB", raising=False)
    monkeypatch.delenv("SILTEME_LANG", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.add(Reference(type="legislation", title="О миграции населения", language="ru"))
    seen: dict[str, Any] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        seen.update(path=window.library.path, rows=window.model.rowCount(),
                    title=window.windowTitle(), menu=window.commands.menus["file"].title())
        window.close()  # the last window: the application's event loop ends

    QTimer.singleShot(50, look)
    assert main.main(["--db", str(path)]) == 0
    assert seen == {"path": path, "rows": 1, "title": "Silteme — library.sqlite",
                    "menu": "&Файл"}  # Russian is the default interface language
    assert (tmp_path / "config" / "silteme" / "silteme.ini").exists()  # the layout was kept


def test_only_a_bare_command_line_opens_the_window() -> None:
    from cli.app import window_request

    assert window_request([]) == (True, None)
    assert window_request(["--db", "Кітапхана.sqlite"]) == (True, Path("Кітапхана.sqlite"))
    assert window_request(["--db=lib.sqlite"]) == (True, Path("lib.sqlite"))
    for other in (["--help"], ["--version"], ["list"], ["--db"], ["--db", "x", "list"]):
        assert window_request(other) == (False, None), other
