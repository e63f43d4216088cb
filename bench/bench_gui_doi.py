"""Add-by-DOI dialog benchmark: 300 DOIs pasted into the dialog against a local server that
enforces the polite pool (10 requests/s, 3 concurrent, 100 ms latency; over the limit -> 429).
Prints the total time as a ratio to the ideal 300 / 10 = 30 s, how long the GUI thread was ever
kept from its event loop (a 10 ms QTimer's worst late tick), how many `library_changed` signals
the table would reload on, and whether every DOI was stored.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_gui_doi.py [--n 300] [--latency 0.1]"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_crossref import synthetic_works  # noqa: E402
from tests.support.crossref_server import CrossrefServer, ServerState  # noqa: E402


def run(n: int, rate: int, concurrency: int, latency: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from core.crossref import CrossrefClient
    from core.settings import Settings
    from db.library import Library
    from gui.add_doi_dialog import AddDoiDialog

    app = QApplication.instance() or QApplication(sys.argv)
    state = ServerState(rate_limit=rate, rate_interval_s=1.0, concurrency_limit=concurrency,
                        enforce=True, latency_s=latency, retry_after="1")
    state.synthetic = synthetic_works(n)
    server = CrossrefServer(state).start()
    gaps: list[float] = []
    where: list[float] = []
    signals: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.sqlite")
        client = CrossrefClient(Settings.from_env(server.settings_env(),
                                                  mailto="bench@example.kz"))
        try:
            dialog = AddDoiDialog(lib, client)
            dialog.library_changed.connect(lambda ids: signals.append(len(ids)))
            dialog.show()
            dialog.set_text("\n".join(f"{i + 1}. Правовое регулирование миграции. DOI: {d}"
                                      for i, d in enumerate(state.synthetic)))
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                where.append(now - start)
                last[0] = now

            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(tick)
            timer.start()
            start = time.perf_counter()
            dialog.start()
            while dialog.running:
                app.processEvents()
                time.sleep(0.001)
            elapsed = time.perf_counter() - start
            timer.stop()
            app.processEvents()
            stored = lib.count()
            counts = dict(dialog.model.counts())
            dialog.close()
        finally:
            client.close()
            lib.close()
            server.stop()
    ideal = n / rate
    worst = max(gaps) if gaps else 0.0
    worst_at = where[gaps.index(worst)] if gaps else 0.0
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    print(f"DOIs: {n}; limits: {rate} req/s, {concurrency} concurrent, {latency * 1000:.0f} ms "
          "latency")
    print(f"total time: {elapsed:.2f} s; ideal: {ideal:.1f} s; ratio: {elapsed / ideal:.3f}")
    print(f"GUI thread: {len(gaps)} ticks of a 10 ms timer; worst gap {worst * 1000:.0f} ms, "
          f"99th percentile {p99 * 1000:.0f} ms; the worst ended {worst_at:.2f} s after Add")
    print(f"library_changed signals: {len(signals)} (ids: {sum(signals)}); outcomes: {counts}")
    print(f"requests: {len(state.hits)}; 429 sent by server: {state.rejected_429}; "
          f"stored in library: {stored}")
    return 0 if stored == n else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rate", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.1)
    args = parser.parse_args()
    sys.exit(run(args.n, args.rate, args.concurrency, args.latency))
