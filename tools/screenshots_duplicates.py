"""Render the duplicates view to a PNG, offscreen: a real library with duplicates
(tools/duplicates_sample.py), scanned, the Russian article and its transliterated Scopus copy
side by side with one value chosen from the copy. `render(path)` is for the main screenshot
script; run alone: `python tools/screenshots_duplicates.py [PNG] [en|ru|kk]`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_OUTPUT = ROOT / "docs" / "screenshots" / "duplicates.png"
SIZE = (1400, 960)


def render(path: Path | str = DEFAULT_OUTPUT, language: str = "en") -> Path:
    """Render the duplicates view to `path` (PNG) and return it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from db.library import Library
    from gui import i18n
    from gui.duplicates_view import DuplicatesView
    from gui.tasks import TaskRunner
    from tools.duplicates_sample import fill

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.set_language(language)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "library.sqlite")
        ids = fill(lib, Path(tmp))
        runner = TaskRunner()
        view = DuplicatesView(lib, runner)
        try:
            view.resize(*SIZE)
            view.show()
            loop = QEventLoop()
            view.scanned.connect(loop.quit)
            QTimer.singleShot(60000, loop.quit)
            view.scan()
            loop.exec()
            if not view.select_pair(ids["ru"], ids["ru_copy"]):
                raise RuntimeError(f"the pair was not found: {view.status.text()}")
            view.panel.choose_by_id("page", ids["ru_copy"])  # the en dash of the copy
            app.processEvents()
            if not view.grab().save(str(out)):
                raise OSError(f"cannot write {out}")
        finally:
            runner.wait(20000)
            view.close()
            view.deleteLater()
            app.processEvents()
            lib.close()
            i18n.set_language("en")
    return out


if __name__ == "__main__":
    print(render(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT,
                 sys.argv[2] if len(sys.argv) > 2 else "en"))
