"""GUI start-up benchmark: time from process start to the first painted main window, with an empty
library and with a 100,000-reference library, each as a ratio to a bare PySide6 window holding a
QTableWidget started the same way in the same run; and the memory (peak RSS) of the app with
100,000 references, at first paint and after scrolling and sorting.

Every measurement is a fresh child process timed by the parent from just before it is started to
the moment it reports its first paint on stdout. The app starts as `python main.py --db PATH`
does (command line, stored settings, translator, library, window), with an event filter that
reports the first Paint event of the main window. Runs are interleaved so a busy machine affects
all three alike; medians are reported.

Run: python bench/bench_gui.py [--n 100000] [--runs 5] [--keep DIR]
Targets (issue 8): ratio under 5 with 100,000 references; under 400 MB."""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CHILD = r'''
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

kind, db = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class FirstPaint(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted
        self.done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and \
                type(obj).__name__ == self.wanted:
            self.done = True
            print(json.dumps({{"painted": time.time(), "rss_mb": rss_mb()}}), flush=True)
            QTimer.singleShot(0, lambda: after_paint(obj))
        return False

def after_paint(window):
    if kind == "app" and os.environ.get("BENCH_SCROLL"):
        # Use the window as a person would for a minute: scroll through the table, sort by
        # title, scroll again; then report the peak memory.
        table = window.table
        model = window.model
        bar = table.verticalScrollBar()
        for i in range(0, 41):
            bar.setValue(bar.maximum() * i // 40)
            app.processEvents()
        table.sortByColumn(2, table.horizontalHeader().sortIndicatorOrder())
        for i in range(0, 21):
            bar.setValue(bar.maximum() * i // 20)
            app.processEvents()
        model.wait_for_badges(10000)
        app.processEvents()
        print(json.dumps({{"scrolled_rss_mb": rss_mb(), "rows": model.rowCount(),
                          "loaded_rows": model.loaded_rows()}}), flush=True)
    os._exit(0)

if kind == "bare":
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem
    watcher = FirstPaint("QMainWindow")
    app.installEventFilter(watcher)
    window = QMainWindow()
    table = QTableWidget(50, 5)
    for r in range(50):
        for c in range(5):
            table.setItem(r, c, QTableWidgetItem(f"{{r}}:{{c}}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
else:
    watcher = FirstPaint("MainWindow")
    app.installEventFilter(watcher)
    import main
    sys.exit(main.main(["--db", db]))
'''


def build(path: Path, n: int) -> None:
    from bench_store import make_reference  # the store benchmark's generator

    from db import references as repo
    from db.library import Library

    rng = random.Random(7)
    lib = Library.open(path)
    chunk = 5_000
    for start in range(0, n, chunk):
        refs = [make_reference(rng, i) for i in range(start, min(n, start + chunk))]
        with lib.transaction() as s:
            repo.insert_many(s, refs)
    lib.close()


def run_child(kind: str, db: Path, env: dict[str, str], scroll: bool = False
              ) -> dict[str, float]:
    child_env = dict(env)
    if scroll:
        child_env["BENCH_SCROLL"] = "1"
    start = time.time()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT)), kind, str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env,
                            text=True)
    assert proc.stdout is not None
    first = json.loads(proc.stdout.readline())
    elapsed = time.perf_counter() - t0
    result = {"seconds": elapsed, "child_clock": first["painted"] - start,
              "rss_mb": first["rss_mb"]}
    if scroll:
        result.update(json.loads(proc.stdout.readline()))
    proc.wait(timeout=120)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder for the libraries (reused if present)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.sqlite"
    big = folder / f"library-{args.n}.sqlite"
    if not big.exists():
        t = time.perf_counter()
        build(big, args.n)
        print(f"built {args.n:,} references in {time.perf_counter() - t:.1f} s")
    from db.library import Library

    for path in (empty, big):  # migrated and backed up once, as on any day after the first
        Library.open(path).close()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(folder / "config"), SILTEME_LANG="ru")
    env.pop("SILTEME_DB", None)
    # An installed app has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module in every child and time the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kinds = {"bare": empty, "empty library": empty, f"{args.n:,} references": big}
    times: dict[str, list[float]] = {k: [] for k in kinds}
    rss: dict[str, list[float]] = {k: [] for k in kinds}
    # Warm-up, not timed: the first process pays for the disk cache and writes the bytecode.
    run_child("bare", empty, env)
    run_child("app", empty, env)
    run_child("app", big, env)
    for _ in range(args.runs):
        for name, db in kinds.items():
            got = run_child("bare" if name == "bare" else "app", db, env)
            times[name].append(got["seconds"])
            rss[name].append(got["rss_mb"])
    bare = statistics.median(times["bare"])
    print(f"time to first painted window, median of {args.runs} (min):")
    for name in kinds:
        med = statistics.median(times[name])
        ratio = "" if name == "bare" else f"  ratio {med / bare:.2f}"
        print(f"  {name:<20} {med:6.3f} s ({min(times[name]):.3f}){ratio}")
    target = f"{args.n:,} references"
    print(f"ratio with {target}: {statistics.median(times[target]) / bare:.2f}  target < 5")
    scrolled = run_child("app", big, env, scroll=True)
    print(f"memory with {target}: peak RSS {statistics.median(rss[target]):.0f} MB at first "
          f"paint; {scrolled['scrolled_rss_mb']:.0f} MB after scrolling the whole table, "
          f"sorting by title and scrolling again ({scrolled['loaded_rows']:,.0f} of "
          f"{scrolled['rows']:,.0f} rows held)  target < 400 MB")
    print(f"  (bare window: {statistics.median(rss['bare']):.0f} MB; empty library: "
          f"{statistics.median(rss['empty library']):.0f} MB)")
    tmp.cleanup()


if __name__ == "__main__":
    main()
