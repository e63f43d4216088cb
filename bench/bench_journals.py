"""Benchmark: import a 40,000-row Scopus CiteScore spreadsheet (target < 30 s), then `journal show`
latency (target < 100 ms). Prints the figures; run `python bench/bench_journals.py [ROWS]`."""

from __future__ import annotations

import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.identifiers import normalize_issn  # noqa: E402
from core.journals.templates import citescore_row, write_citescore_xlsx  # noqa: E402

SUBJECTS = [(3308, "Law"), (3317, "Demography"), (3312, "Sociology and Political Science"),
            (1000, "Multidisciplinary"), (2002, "Economics and Econometrics")]


def issn_for(n: int) -> str:
    """A valid ISSN built from a counter (the check digit computed by stdnum)."""
    from stdnum import issn

    body = f"{n:07d}"
    return normalize_issn(body + issn.calc_check_digit(body))


def make_rows(n_rows: int) -> list[list[object]]:
    rnd = random.Random(42)
    rows: list[list[object]] = []
    journal = 0
    while len(rows) < n_rows:
        journal += 1
        title = f"Journal of Studies {journal}" if journal % 7 else f"Вестник науки {journal}"
        p_issn = issn_for(1_000_000 + journal)
        e_issn = issn_for(3_000_000 + journal)
        # Some print ISSNs lost their leading zeros or hyphens, as in re-saved files.
        p_cell: object = p_issn.replace("-", "") if journal % 3 else p_issn
        for code, name in rnd.sample(SUBJECTS, k=rnd.choice((1, 2, 2, 3))):
            pct = rnd.randint(0, 99)
            q = 1 if pct >= 75 else 2 if pct >= 50 else 3 if pct >= 25 else 4
            rows.append(citescore_row(10_000 + journal, title, code, name, pct,
                                      rnd.randint(1, 900), 900, q, p_cell, e_issn,
                                      citescore=round(rnd.random() * 20, 1)))
            if len(rows) >= n_rows:
                break
    return rows


def main() -> int:
    n_rows = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        t0 = time.perf_counter()
        xlsx = write_citescore_xlsx(tmpdir / "CiteScore 2023.xlsx", {2023: make_rows(n_rows)})
        print(f"generated {n_rows:,} rows ({xlsx.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - t0:.1f} s")
        db = tmpdir / "bench.sqlite"
        from cli.app import run

        def timed(args: list[str]) -> tuple[float, str]:
            buf = io.StringIO()
            t = time.perf_counter()
            with redirect_stdout(buf):
                code = run(["--db", str(db), *args])
            elapsed = time.perf_counter() - t
            if code != 0:
                raise SystemExit(f"command failed: {args}")
            return elapsed, buf.getvalue()

        run(["--db", str(db), "team", "list"])  # create and migrate the library first
        from core.journals.importers import citescore

        t = time.perf_counter()
        result = citescore.parse(xlsx)
        parse_s = time.perf_counter() - t
        print(f"parse only: {parse_s:.2f} s ({result.rows_ok:,} rows ok, {result.rows_bad} bad)")

        elapsed, out = timed(["journal", "import", str(xlsx), "--source", "scopus-citescore"])
        print(f"journal import (parse + store), first time: {elapsed:.2f} s  (target < 30 s)")
        print("   " + out.splitlines()[1])
        elapsed, out = timed(["journal", "import", str(xlsx), "--source", "scopus-citescore"])
        print(f"journal import, same file again (idempotent): {elapsed:.2f} s")
        print("   " + out.splitlines()[1])

        queries = [issn_for(1_000_000 + j) for j in (1, 500, 9_999, 15_000)] + [
            "Journal of Studies 12345", "Вестник науки 7"]
        timed(["journal", "show", queries[0], "--json"])  # warm imports
        times = []
        for _ in range(5):
            for q in queries:
                times.append(timed(["journal", "show", q, "--year", "2024", "--json"])[0])
        print(f"journal show (in process, library opened per call): median "
              f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
              f"over {len(times)} calls  (target < 100 ms)")

        walls = []
        for q in queries[:3]:
            t = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "journal",
                            "show", q, "--json"], check=True, capture_output=True)
            walls.append(time.perf_counter() - t)
        print(f"journal show as a new process (incl. Python start-up and imports): median "
              f"{statistics.median(walls) * 1000:.0f} ms")
        bench_window_reads(db)
    return 0


def bench_window_reads(db: Path) -> None:
    """What the journal window reads, off the GUI thread: the whole list (with 2,000 references
    to count), a search as you type, one journal's page."""
    from core.model import Issn, Reference
    from db import journals as repo
    from db.journal_queries import journal_details, journal_summaries
    from db.library import Library

    lib = Library.open(db)
    try:
        lib.add_many([Reference(type="article-journal", title=f"Article {n}",
                                container_title=f"Journal of Studies {n}",
                                issn=[Issn(issn_for(3_000_000 + n))]) for n in range(1, 2001)])
        t = time.perf_counter()
        with lib.read() as s:
            rows = journal_summaries(s)
        print(f"journal list for the window: {len(rows):,} journals in "
              f"{(time.perf_counter() - t) * 1000:.0f} ms "
              f"({sum(r.references for r in rows):,} references counted)")
        times = []
        for q in ("studies 12", "вестник", "1000-0", "journal of studies 1999"):
            t = time.perf_counter()
            with lib.read() as s:
                found = repo.find_journals(s, q, limit=None, as_you_type=True)
            times.append((q, len(found), time.perf_counter() - t))
        print("search as you type: " + ", ".join(f"{q!r} {n:,} hits {dt * 1000:.0f} ms"
                                                 for q, n, dt in times))
        t = time.perf_counter()
        with lib.read() as s:
            details = journal_details(s, rows[0].id)
        details.verdicts(2024)
        print(f"journal page (details and verdicts): {(time.perf_counter() - t) * 1000:.1f} ms")
    finally:
        lib.close()


if __name__ == "__main__":
    sys.exit(main())
