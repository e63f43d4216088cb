"""Crossref batch benchmark: `add` of 300 DOIs against a local server that enforces the polite
pool's limits (10 requests/s, 3 concurrent, announced in x-rate-limit-* / x-concurrency-limit;
over the limit -> 429 Retry-After: 1) with 100 ms latency. Prints the total time as a ratio to
the ideal 300 / 10 = 30 s, the 429s the server sent, and whether every DOI was stored.

Run: python bench/bench_crossref.py [--n 300] [--rate 10] [--concurrency 3] [--latency 0.1]
Target (issue 3): ratio < 1.15, every DOI stored, no 429 left unhandled."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from main import main  # noqa: E402
from tests.support.crossref_server import CrossrefServer, ServerState  # noqa: E402
from tests.support.paths import CROSSREF_FIXTURES  # noqa: E402


def synthetic_works(n: int) -> dict[str, dict[str, object]]:
    """n distinct works built from a recorded one (a Cyrillic article), DOI and title varied."""
    template = json.loads((CROSSREF_FIXTURES / "items" /
                           "item_10.7868_s0040357115030100.json").read_text(encoding="utf-8"))
    works = {}
    for i in range(n):
        doi = f"10.99999/bench.{i:05d}"
        work = dict(template, DOI=doi, title=[f"Правовое регулирование миграции, часть {i}"])
        works[doi] = work
    return works


def run(n: int, rate: int, concurrency: int, latency: float) -> int:
    state = ServerState(rate_limit=rate, rate_interval_s=1.0, concurrency_limit=concurrency,
                        enforce=True, latency_s=latency, retry_after="1")
    state.synthetic = synthetic_works(n)
    server = CrossrefServer(state).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            doi_file = Path(tmp) / "dois.txt"
            doi_file.write_text("\n".join(state.synthetic), encoding="utf-8")
            db = Path(tmp) / "bench.sqlite"
            env = {**server.settings_env(), "SILTEME_MAILTO": "bench@example.kz"}
            old = {k: os.environ.get(k) for k in env}
            os.environ.update(env)
            out = io.StringIO()
            try:
                start = time.perf_counter()
                with contextlib.redirect_stdout(out):
                    code = main(["--db", str(db), "add", "--file", str(doi_file)])
                elapsed = time.perf_counter() - start
            finally:
                for k, v in old.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
            lines = out.getvalue().splitlines()
            added = sum(1 for line in lines if ": added (" in line)
            failed = [line for line in lines if "failed" in line or "not found" in line]
            from db.library import Library

            with Library.open(db) as lib:
                stored = lib.count()
    finally:
        server.stop()
    ideal = n / rate
    ratio = elapsed / ideal
    requests_made = len(state.hits)
    span = state.hits[-1].at - state.hits[0].at if state.hits else 0.0
    print(f"DOIs: {n}; limits: {rate} req/s, {concurrency} concurrent, {latency * 1000:.0f} ms "
          "latency")
    print(f"total time: {elapsed:.2f} s; ideal: {ideal:.1f} s; ratio: {ratio:.3f} "
          f"(target < 1.15)")
    print(f"first to last request: {span:.2f} s (ideal {(n - 1) / rate:.1f} s); the rest is "
          "start-up (imports, creating the library) and storing the last works")
    print(f"requests: {requests_made}; 429 sent by server: {state.rejected_429}; "
          f"added: {added}; stored in library: {stored}; failed: {len(failed)}; exit code: {code}")
    for line in failed[:5]:
        print("  " + line)
    ok = ratio < 1.15 and stored == n and not failed and code == 0
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rate", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.1)
    args = parser.parse_args()
    sys.exit(run(args.n, args.rate, args.concurrency, args.latency))
