"""Duplicates view benchmark: on bench_duplicates.py's generated library (50,000 references with
planted duplicates by default), the view's scan from click to a listed, shown pair, beside a bare
`db.duplicates.scan` in the same run; the longest stall of the GUI thread's event loop meanwhile
(the window must never freeze); the GUI-thread cost of selecting a pair (read both records, build
the side-by-side grid); a merge (backup, one transaction, the kept record's candidates again);
and the pair list model with 20,000 pairs (fill, filter by kind and by words, sort, remove).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_duplicates_view.py [--n 50000] [--pairs 20000]
Figures only; nothing is asserted (speed is measured, not asserted)."""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_duplicates import make_reference, plant  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db import duplicates  # noqa: E402
from db import references as repo  # noqa: E402
from db.library import Library  # noqa: E402
from gui.duplicate_pairs import ACROSS_SCRIPTS, PairModel, PairRow, RecordSummary  # noqa: E402
from gui.duplicates_view import DuplicatesView  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402


def _wait(signal: object, timeout_ms: int = 600_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class StallMeter:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks is the longest time the
    window could not repaint or answer a click."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def bench_view(n: int, seed: int) -> None:
    rng = random.Random(seed)
    base_n = n - 1_250 if n > 5_000 else n
    refs = [make_reference(rng, i) for i in range(base_n)]
    plant(rng, refs)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.sqlite")
        runner = TaskRunner()
        view = DuplicatesView(lib, runner)
        try:
            with lib.transaction() as s:
                repo.insert_many(s, refs)
            count = len(refs)
            refs.clear()  # the window does not hold the library's records
            view.resize(1400, 960)
            view.show()
            QApplication.processEvents()

            t = time.perf_counter()
            bare = duplicates.scan(lib)
            bare_s = time.perf_counter() - t

            meter = StallMeter()
            meter.start()
            t = time.perf_counter()
            view.scan()
            _wait(view.scanned)
            view_s = time.perf_counter() - t
            stall = meter.stop()
            print(f"library: {count} references; pairs listed: {view.model.total()}")
            print(f"view scan, click to first pair shown: {view_s:.2f} s; bare db scan: "
                  f"{bare_s:.2f} s (ratio {view_s / bare_s:.2f}); {len(bare)} pairs")
            print(f"longest GUI-thread stall during the scan: {stall} ms")

            rows = [view.model.pair_at(r).pair for r in range(min(40, view.model.rowCount()))]
            t = time.perf_counter()
            for pair in rows:
                view.select_pair(*pair)
                QApplication.processEvents()
            per = (time.perf_counter() - t) / max(len(rows), 1)
            print(f"selecting a pair (read both records, build the grid, paint): "
                  f"{per * 1000:.0f} ms each ({len(rows)} pairs)")

            meter.start()
            t = time.perf_counter()
            view.merge_current()
            _wait(view.merged)
            merge_s = time.perf_counter() - t
            stall = meter.stop()
            print(f"merge (backup, one transaction, the kept record's candidates again): "
                  f"{merge_s:.2f} s; longest GUI-thread stall {stall} ms")
        finally:
            runner.wait(600_000)
            view.close()
            lib.close()


def bench_model(count: int) -> None:
    rng = random.Random(3)
    rows = []
    records = {}
    for n in range(count):
        a, b = 2 * n + 1, 2 * n + 2
        across = rng.random() < 0.2
        reason = "similar title 0.9{} ({}) + same year + same first author".format(
            rng.randint(0, 9), "transliterated" if across else "without subtitle")
        rows.append(PairRow(a, b, round(rng.uniform(0.77, 1.0), 3), (reason,),
                            frozenset({"title", ACROSS_SCRIPTS if across else "subtitle"})))
        for i in (a, b):
            records[i] = RecordSummary(i, "article-journal", f"Хамзин А. Ш.; Author {i}",
                                       2000 + i % 25, f"Правовое регулирование миграции {i}",
                                       "Вестник КазНУ", f"10.1000/{i}")
    model = PairModel()

    def timed(label: str, fn: object) -> None:
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        print(f"  {label}: {(time.perf_counter() - t) * 1000:.1f} ms")

    print(f"pair list model, {count} pairs:")
    timed("fill", lambda: model.set_pairs(rows, records))
    timed("filter by reason kind", lambda: model.set_filter(0.0, ACROSS_SCRIPTS))
    timed("filter by words (first time: folds every record)",
          lambda: model.set_filter(0.0, None, "хамзин миграции 1234"))
    timed("filter by words again", lambda: model.set_filter(0.0, None, "хамзин 77"))
    timed("clear the filters", lambda: model.set_filter(0.0, None))
    timed("sort by first record (collation keys)", lambda: model.sort(PairModel.FIRST))
    timed("sort by score", lambda: model.sort(PairModel.SCORE))
    timed("remove a merged pair", lambda: model.remove_involving([rows[count // 2].a]))
    timed("text of a screenful (30 rows x 4 columns)", lambda: [
        model.index(r, c).data() for r in range(30) for c in range(4)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pairs", type=int, default=20_000)
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    bench_model(args.pairs)
    bench_view(args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
