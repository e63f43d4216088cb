"""Crash safety: a child process imports batches of thousands of references and is killed with
SIGKILL at random moments, many times. Afterwards the file passes PRAGMA integrity_check and every
batch is wholly present or wholly absent (an import is one transaction)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db.library import Library
from db.sqlite import integrity_check

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SILTEME_CRASH_KILLS", "50"))
BATCH = 2000

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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_during_imports_never_leaves_a_partial_import(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    rng = random.Random(20261125)
    completed: set[str] = set()
    started: set[str] = set()
    mid_write_kills = 0
    for run in range(KILLS):
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
    print(f"\n{KILLS} kills, {mid_write_kills} inside an import; {len(completed)} imports "
          f"completed, {len(started) - len(completed)} cut off and absent")
    assert mid_write_kills >= KILLS // 4, "too few kills landed inside an import to prove much"
    with Library.open(path, daily_backup=False) as lib:
        assert lib.count() == BATCH * len(_batch_counts(path))
