"""Damaged, read-only, full-disk and shared libraries; backups and restore (issue 9, store part).

Tests run as root here, where file permissions prove nothing: read-only media are simulated with
SQLite's `mode=ro` URIs and a full disk with RLIMIT_FSIZE, as the issue asks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.errors import DamagedLibraryError, LibraryError
from core.model import Reference
from db.library import Library
from db.restore import restore_backup
from db.sqlite import integrity_check

REPO = Path(__file__).resolve().parents[2]


def _fill(path: Path, n: int = 300) -> None:
    with Library.open(path) as lib:
        lib.add_many([Reference(title=f"Статья номер {i} о миграции", abstract="x" * 500)
                      for i in range(n)])


def _titles(path: Path) -> list[str]:
    with Library.open(path, daily_backup=False) as lib:
        return sorted(r.title or "" for r in lib.list_references())


def test_truncated_library_is_refused_and_the_latest_good_backup_offered(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path)
    with Library.open(path) as lib:
        good = lib.backup("manual")
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2 + 100)
    with pytest.raises(DamagedLibraryError, match="truncated") as exc:
        Library.open(path)
    assert exc.value.backup == good
    assert str(good) in str(exc.value)


def test_overwritten_header_is_damaged_not_silently_recreated(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path)
    with Library.open(path) as lib:
        lib.backup("manual")
    with path.open("r+b") as fh:
        fh.write(os.urandom(100))
    before = path.read_bytes()
    with pytest.raises(DamagedLibraryError):
        Library.open(path)
    assert path.read_bytes() == before  # nothing written to a damaged file


def test_corrupted_pages_are_found_by_the_full_check_and_db_check(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 2000)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 3, size - 4096, 8192):
            fh.seek(offset)
            fh.write(b"\xff" * 64)
    assert integrity_check(path)
    done = subprocess.run([sys.executable, "main.py", "--db", str(path), "db", "check"],
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 1 and "problem" in done.stdout


def test_read_only_library_reads_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 5)
    with Library.open(path, read_only=True) as lib:
        assert lib.read_only
        assert len(lib.list_references()) == 5
        assert len(lib.search("миграц")) == 5
        with pytest.raises(LibraryError, match="read-only"):
            lib.add(Reference(title="x"))


def test_full_disk_during_a_write_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 50)
    before = _titles(path)
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from core.model import Reference
        from db.library import Library
        lib = Library.open({str(path)!r}, daily_backup=False)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        limit = {path.stat().st_size} + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            lib.add_many([Reference(title="Новая " + str(i), abstract="y" * 4000)
                          for i in range(2000)])
        except Exception as exc:
            print("FAILED:", type(exc).__name__, exc)
            sys.exit(3)
        sys.exit(0)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "LibraryError" in done.stdout and "disk is full" in done.stdout
    assert integrity_check(path) == []
    assert _titles(path) == before


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from core.model import Reference
        from db.library import Library
        from db import notes
        who = sys.argv[1]
        lib = Library.open({str(path)!r}, daily_backup=False)
        for i in range(60):
            ref_id = lib.add(Reference(title=f"{{who}} {{i}}"))
            with lib.transaction() as s:
                notes.add(s, ref_id, f"note {{who}} {{i}}")
            got = lib.get(ref_id)
            got.volume = str(i)
            lib.update(got)
        lib.close()
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, who], stderr=subprocess.PIPE,
                              text=True) for who in ("A", "B")]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert integrity_check(path) == []
    with Library.open(path) as lib:
        refs = lib.list_references()
        assert len(refs) == 120
        assert all(r.volume == r.title.split()[1] for r in refs)  # no lost update
        assert len(lib.search("note a")) == 60 and len(lib.search("note b")) == 60


def test_restore_checks_the_backup_and_keeps_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 3)
    with Library.open(path) as lib:
        backup = lib.backup("manual")
        lib.add(Reference(title="после резервной копии"))
    kept = restore_backup(backup, path)
    assert kept is not None and kept.exists()
    assert len(_titles(path)) == 3
    assert len(_titles(kept)) == 4
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(backup.read_bytes()[: len(backup.read_bytes()) // 2])
    with pytest.raises(LibraryError):
        restore_backup(damaged, path)
    assert len(_titles(path)) == 3


def test_daily_backup_on_open_only_when_the_last_is_older_than_a_day(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 2)
    backups = tmp_path / "backups"
    Library.open(path).close()
    first = sorted(backups.glob("*daily*"))
    assert len(first) == 1
    Library.open(path).close()
    assert sorted(backups.glob("*daily*")) == first
    old = time.time() - 2 * 86400
    os.utime(first[0], (old, old))
    Library.open(path).close()
    assert len(sorted(backups.glob("*daily*"))) == 2
