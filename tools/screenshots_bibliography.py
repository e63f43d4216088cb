"""The bibliography builder's screenshot for the README (`docs/screenshots/bibliography-builder.png`),
rendered offscreen on a real library of the team's sources. The main screenshot script calls
`render(path)`; run alone: `QT_QPA_PLATFORM=offscreen python tools/screenshots_bibliography.py`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATH = REPO / "docs" / "screenshots" / "bibliography-builder.png"


def _wait(app: object, condition: object, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the bibliography builder did not finish formatting")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def render(path: Path | str = DEFAULT_PATH) -> Path:
    """Open the builder on a monograph's collection (GOST R 7.0.100, sections, a heading, a
    selected reference and its in-text citation), grab the window and save it as PNG at
    `path`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.library import Library
    from gui.bibliography_builder import BibliographyBuilder
    from tools.bibliography_sample import MONOGRAPH, fill_library

    app = QApplication.instance() or QApplication([])
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="silteme-shot-") as tmp:
        library = Library.open(Path(tmp) / "library.sqlite")
        try:
            fill_library(library)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            builder = BibliographyBuilder(library, settings=settings)
            builder.resize(1400, 860)
            builder.show()
            # the monograph and its chapters, as the team builds the book's list
            builder.collection.setCurrentIndex(builder.collection.findText(MONOGRAPH))
            builder.add_chosen_collection()
            _wait(app, lambda: builder.list.count() > 0 and builder.is_current())
            builder.title_edit.setText("Список использованных источников")
            sections = builder.settings_form.widget("sections")
            assert sections is not None
            sections.setChecked(True)  # type: ignore[union-attr]
            builder.list.select_rows([5])
            builder.citations.set_form("gost-in-text")
            builder.citations.locator.setText("45")
            _wait(app, builder.is_current)
            _wait(app, builder.citations.is_current)
            app.processEvents()
            builder.grab().save(str(out), "PNG")
            builder.close()
            builder.deleteLater()
            builder.runner.wait(10000)
            app.processEvents()
        finally:
            library.close()
    return out


if __name__ == "__main__":
    print(render(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH))
