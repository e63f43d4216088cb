"""Crash safety: real imports are killed with SIGKILL at random moments, many times.

Three pipelines, each in a child process killed at a random moment, again and again:
- `python main.py import A.bib B.ris --collection C`: generated files of Russian, Kazakh and
  English entries through `db.importer.import_file` (what the command line and the window run);
- `python main.py add --file DOIS` and `add --pending` against the local Crossref replay server
  (latency, so kills land in the middle of a batch);
- `Library.add_many` batches (the store's own bulk insert).
After every kill: `PRAGMA integrity_check` passes, and each import is wholly present or wholly
absent: its references, creators, search-index rows, import-log row and collection memberships
all or none; each stored DOI is complete (record, creators, index row and cached response), and
no DOI of the offline queue is lost or left queued once stored.

`SILTEME_CRASH_KILLS` sets the kills per pipeline for the file import (default 50); the DOI
batch gets half of it and `add_many` 2/5. Each test prints its figures (run with `-s`)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from db.library import Library
from db.sqlite import integrity_check
from tests.support.crash import Run, bibtex_file, ris_file, run_and_kill, start_main, synthetic_works
from tests.support.crossref_server import CrossrefServer, ServerState, unused_port_url

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SILTEME_CRASH_KILLS", "50"))
DOI_KILLS = max(1, KILLS // 2)
ADD_MANY_KILLS = max(1, KILLS * 2 // 5)
ENTRIES = 1200            # per file; two files per child
FILES_PER_LIBRARY = 10    # a fresh library every ten children keeps each check quick
DOIS_PER_RUN = 30
BATCH = 2000

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _killed(args: list[str], env: dict[str, str] | None, rng: random.Random, *, writes: int,
            window: tuple[float, float], delay: float) -> Run:
    """Run a child and SIGKILL it at a random moment: half the time a uniformly random moment
    of its life (`window`), half the time a random moment shortly after one of its write
    transactions began (so many kills land inside a write, whose share of the time is small)."""
    if rng.random() < 0.5:
        run = run_and_kill(args, env, after=rng.uniform(*window))
    else:
        run = run_and_kill(args, env, in_write=(rng.randint(1, writes), rng.uniform(0, delay)))
    if run.returncode not in (0, -signal.SIGKILL):
        pytest.fail(f"child failed ({run.returncode}): {run.stderr[-2000:]}")
    return run


# ---------------------------------------------------------------------- file imports
def _import_state(path: Path) -> dict[str, Counter[str] | dict[str, int]]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    tag = "substr(r.citation_key, 1, instr(r.citation_key, 'e') - 1)"
    try:
        state: dict[str, Counter[str] | dict[str, int]] = {
            "refs": Counter(dict(conn.execute(
                f'SELECT {tag}, count(*) FROM "references" r GROUP BY 1'))),
            "creators": Counter(dict(conn.execute(
                f'SELECT {tag}, count(*) FROM creators c JOIN "references" r '
                "ON r.id = c.reference_id GROUP BY 1"))),
            "fts": Counter(dict(conn.execute(
                f'SELECT {tag}, count(*) FROM reference_fts f JOIN "references" r '
                "ON r.id = f.rowid GROUP BY 1"))),
            "log": Counter(),
            "logged_added": dict(conn.execute("SELECT file_name, added FROM import_log")),
            "in_collection": Counter(dict(conn.execute(
                f"SELECT c.name || '|' || {tag}, count(*) FROM collections c "
                "JOIN reference_collections rc ON rc.collection_id = c.id "
                'JOIN "references" r ON r.id = rc.reference_id GROUP BY 1'))),
            "collections": Counter(name for (name,) in conn.execute(
                "SELECT name FROM collections")),
        }
        state["log"].update(name for (name,) in conn.execute("SELECT file_name FROM import_log"))
        orphans = conn.execute(
            'SELECT (SELECT count(*) FROM reference_fts WHERE rowid NOT IN '
            '(SELECT id FROM "references")) + (SELECT count(*) FROM creators WHERE '
            'reference_id NOT IN (SELECT id FROM "references"))').fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0, "index rows or creators without their reference"
    return state


def test_sigkill_during_real_file_imports_never_leaves_a_partial_import(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    kills = mid_write = runs = 0
    present_files = absent_files = 0
    outcomes: Counter[str] = Counter()
    started = time.monotonic()
    lib = tmp_path / "lib0.sqlite"
    while kills < KILLS and runs < 3 * KILLS:
        if runs % FILES_PER_LIBRARY == 0:
            lib = tmp_path / f"lib{runs}.sqlite"
            Library.open(lib).close()
        tag = f"r{runs:03d}"
        files = [bibtex_file(tmp_path / f"{tag}a Көші-қон.bib", f"{tag}a", ENTRIES, runs),
                 ris_file(tmp_path / f"{tag}b Құқық.ris", f"{tag}b", ENTRIES, 10_000 + runs)]
        collection = f"Көші-қон {tag}"
        run = _killed(["--db", str(lib), "import", *(str(f.path) for f in files),
                       "--collection", collection], None, rng, writes=2, window=(0.4, 2.4),
                      delay=0.3)
        out = run.stdout
        runs += 1
        kills += run.killed
        mid_write += run.inside_write
        assert integrity_check(lib) == [], f"integrity check failed after run {tag}"
        state = _import_state(lib)
        present = []
        for f in files:
            n = state["refs"][f.tag]
            reported = any(line.startswith(str(f.path)) and f"{ENTRIES} added" in line
                           for line in out.splitlines())
            if n == 0:
                assert not reported, f"{f.path.name} was reported imported but is absent"
                assert state["creators"][f.tag] == state["fts"][f.tag] == 0
                assert state["log"][f.path.name] == 0
                absent_files += 1
                present.append(False)
                continue
            assert n == f.entries, f"partial import of {f.path.name}: {n} of {f.entries}"
            assert state["creators"][f.tag] == f.creators
            assert state["fts"][f.tag] == f.entries
            assert state["log"][f.path.name] == 1
            assert state["logged_added"][f.path.name] == f.entries
            assert state["in_collection"][f"{collection}|{f.tag}"] == f.entries
            present_files += 1
            present.append(True)
        assert state["collections"][collection] == (1 if present[0] else 0)
        assert present[0] or not present[1], "the second file landed without the first"
        outcomes["none" if not present[0] else "first" if not present[1] else "both"] += 1
    elapsed = time.monotonic() - started
    print(f"\nfile imports: {runs} children, {kills} SIGKILLs, {mid_write} inside a write "
          f"transaction; files wholly present {present_files}, wholly absent {absent_files}, "
          f"partial 0; integrity_check passed {runs} times; children ended with "
          f"{dict(outcomes)} of their two files; {elapsed:.0f} s")
    assert kills >= KILLS
    assert mid_write >= KILLS // 4, "too few kills landed inside an import to prove much"


# ---------------------------------------------------------------------- DOI batches
def _doi_state(path: Path) -> tuple[dict[str, tuple[str, int, int]], set[str], set[str]]:
    """(doi -> (title, creators, index rows) of stored works, cached DOIs, pending DOIs)."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        stored: dict[str, tuple[str, int, int]] = {}
        for doi, title, n_creators, n_fts in conn.execute(
                'SELECT r.doi, r.title, (SELECT count(*) FROM creators c WHERE c.reference_id '
                '= r.id), (SELECT count(*) FROM reference_fts f WHERE f.rowid = r.id) '
                'FROM "references" r WHERE r.doi IS NOT NULL'):
            assert doi not in stored, f"{doi} stored twice"
            stored[doi] = (title, n_creators, n_fts)
        cached = {doi for (doi,) in conn.execute("SELECT doi FROM crossref_cache")}
        pending = {doi for (doi,) in conn.execute("SELECT doi FROM pending_dois")}
    finally:
        conn.close()
    return stored, cached, pending


def test_sigkill_during_doi_batches_never_leaves_a_half_written_work(tmp_path: Path) -> None:
    rng = random.Random(20261126)
    state = ServerState(latency_s=0.03)
    server = CrossrefServer(state).start()
    lib = tmp_path / "lib.sqlite"
    Library.open(lib).close()
    env = {**server.settings_env(), "SILTEME_MAILTO": "crash@example.kz"}
    offline = {**env, "SILTEME_CROSSREF_URL": unused_port_url()}
    template_creators = None
    given: set[str] = set()
    queued: set[str] = set()
    kills = mid_write = mid_batch = runs = pending_runs = 0
    started = time.monotonic()
    try:
        while kills < DOI_KILLS and runs < 3 * DOI_KILLS:
            tag = f"crash.r{runs:03d}"
            works = synthetic_works(tag, DOIS_PER_RUN)
            state.synthetic.update(works)
            doi_file = tmp_path / f"{tag}.txt"
            doi_file.write_text("DOIs to add:\n" + "\n".join(f"https://doi.org/{d}"
                                                              for d in works), encoding="utf-8")
            given |= set(works)
            if runs % 3 == 2:
                # Offline first (not killed): the DOIs are queued; then the queue is worked.
                done = start_main(["--db", str(lib), "add", "--file", str(doi_file)], offline)
                out, err = done.communicate(timeout=120)
                assert "queued (offline)" in out, err
                queued |= set(works)
                args = ["--db", str(lib), "add", "--pending"]
                pending_runs += 1
            else:
                args = ["--db", str(lib), "add", "--file", str(doi_file)]
            run = _killed(args, env, rng, writes=DOIS_PER_RUN, window=(0.5, 2.0), delay=0.02)
            runs += 1
            kills += run.killed
            mid_write += run.inside_write
            assert integrity_check(lib) == [], f"integrity check failed after run {tag}"
            stored, cached, pending = _doi_state(lib)
            mine = [d for d in works if d in stored]
            mid_batch += run.killed and 0 < len(mine) < len(works)
            for doi in stored:
                assert doi in given, f"a DOI nobody asked for: {doi}"
                title, n_creators, n_fts = stored[doi]
                template_creators = template_creators or n_creators
                assert title == state.synthetic[doi]["title"][0], f"{doi}: wrong record"
                assert n_creators == template_creators and n_creators > 0, f"{doi}: creators"
                assert n_fts == 1, f"{doi}: not in the search index"
                assert doi in cached, f"{doi}: stored without its cached response"
            assert cached <= set(stored), "a cached response without its record"
            assert not pending & set(stored), "a stored DOI still waits in the queue"
            assert queued <= pending | set(stored), "a queued DOI was lost"
            assert pending <= queued
    finally:
        server.stop()
    elapsed = time.monotonic() - started
    print(f"\nDOI batches: {runs} children ({pending_runs} working the offline queue), "
          f"{kills} SIGKILLs, {mid_batch} in the middle of a batch, {mid_write} inside a write "
          f"transaction; {len(stored)} of {len(given)} DOIs stored, all complete; "
          f"{len(pending)} still queued, none lost; {elapsed:.0f} s")
    assert kills >= DOI_KILLS
    assert mid_batch >= DOI_KILLS // 3, "too few kills landed inside a batch to prove much"


# ---------------------------------------------------------------------- Library.add_many
CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from core.model import Creator, Reference
    from db.library import Library
    lib = Library.open(sys.argv[1], daily_backup=False)
    run = sys.argv[3]
    for k in range(1000):
        refs = [Reference(title=f"{run}-{k} Қазақстандағы көші-қон {i}",
                          creators=[Creator(family="Әбілқасымова", given="Ә. С.")],
                          abstract="миграция " * 40) for i in range(int(sys.argv[4]))]
        print("start", k, flush=True)
        lib.add_many(refs)
        print("done", k, flush=True)
""")


def _batch_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT substr(title, 1, instr(title, ' ') - 1), count(*) FROM \"references\" "
            "GROUP BY 1").fetchall()
        fts = conn.execute("SELECT count(*) FROM reference_fts").fetchone()[0]
        refs = conn.execute('SELECT count(*) FROM "references"').fetchone()[0]
        creators = conn.execute("SELECT count(*) FROM creators").fetchone()[0]
    finally:
        conn.close()
    assert fts == refs == creators, "index, references and creators out of step"
    return dict(rows)


def test_sigkill_during_add_many_never_leaves_a_partial_batch(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    rng = random.Random(20261125)
    completed: set[str] = set()
    started: set[str] = set()
    mid_write_kills = 0
    for run in range(ADD_MANY_KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(REPO), f"r{run}",
                                  str(BATCH)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        time.sleep(rng.uniform(0.3, 1.6))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        lines = out.split("\n")
        for line in lines:
            if line.startswith("start"):
                started.add(f"r{run}-{line.split()[1]}")
            elif line.startswith("done"):
                completed.add(f"r{run}-{line.split()[1]}")
        last = [ln for ln in lines if ln]
        if last and last[-1].startswith("start"):
            mid_write_kills += 1
        assert integrity_check(path) == [], f"integrity failed after kill {run}"
        counts = _batch_counts(path)
        partial = {b: n for b, n in counts.items() if n != BATCH}
        assert not partial, f"partial imports after kill {run}: {partial}"
        assert completed <= set(counts), "a finished import went missing"
    print(f"\nadd_many: {ADD_MANY_KILLS} kills, {mid_write_kills} inside an import; "
          f"{len(completed)} batches completed, {len(started) - len(completed)} cut off and "
          "absent")
    assert mid_write_kills >= ADD_MANY_KILLS // 4, "too few kills landed inside an import"
    with Library.open(path, daily_backup=False) as lib:
        assert lib.count() == BATCH * len(_batch_counts(path))
