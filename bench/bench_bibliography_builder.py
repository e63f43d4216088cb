"""Bibliography builder benchmark: what the window does with a long list, step by step, on a real
library file. Prints the time from a settings change to the updated preview (debounce included),
how much of it the GUI thread spends (the rest runs on a worker), the GUI thread's longest
blocking moment, and an export to DOCX through the builder.

The GUI thread's own work per step (the builder's callbacks) is a few ms to ~60 ms; the longest
stall is mostly the worker holding Python's lock in long C-level steps of the style engine
(sorting thousands of keys, parsing a piece of HTML), which grows when the machine's cores are
busy with other processes: compare with an idle machine before reading much into it.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_bibliography_builder.py [--n 5000]"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_spec = importlib.util.spec_from_file_location("corpus", REPO / "tests" / "support" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from core.model import Reference
    from db.library import Library
    from gui.bibliography_builder import BibliographyBuilder

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(Path(tmp) / "library.sqlite")
        ids = library.add_many([Reference.from_csl(i) for i in
                                corpus.make_items(args.n, seed=2026, varied=True)])
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)

        # The GUI thread's longest stall: a 5 ms timer that records how late it fires.
        worst = [0.0]
        tick = QElapsedTimer()
        tick.start()

        def beat() -> None:
            worst[0] = max(worst[0], tick.restart() - 5)

        heart = QTimer()
        heart.timeout.connect(beat)
        heart.start(5)

        def run_until(condition: object, label: str) -> None:
            worst[0] = 0.0
            tick.restart()
            start = time.perf_counter()
            while not condition():  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.001)
            print(f"{label:<52} {time.perf_counter() - start:7.2f} s   "
                  f"longest GUI stall {worst[0]:5.0f} ms")

        builder = BibliographyBuilder(library, ids, settings=settings)
        builder.show()
        run_until(builder.is_current, f"open on {args.n} references (load + GOST R 7.0.100)")
        builder.set_style("apa")
        run_until(builder.is_current, "switch to APA (150 ms debounce included)")
        builder.settings_form.widget("script_order").setCurrentIndex(1)  # type: ignore[union-attr]
        run_until(builder.is_current, "APA setting changed")
        builder.set_style("gost-7.1")
        builder.settings_form.widget("sections").setChecked(True)  # type: ignore[union-attr]
        run_until(builder.is_current, "GOST 7.1 with sections")
        done: list[str] = []
        builder.exported.connect(done.append)
        builder.export_to(Path(tmp) / "список.docx")
        run_until(lambda: bool(done), "export to DOCX (format + write)")
        builder.close()
        builder.runner.wait(30000)
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
