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


# ---------------------------------------------------------------------- issue 9, second pass
def _corrupt_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 3, size - 4096, 8192):
            fh.seek(offset)
            fh.write(b"\xff" * 64)


def test_a_folder_named_like_a_uri_opens_that_very_file(tmp_path: Path) -> None:
    folder = tmp_path / "Папка #2 ?mode=memory&x=%20"
    path = folder / "кітапхана.sqlite"
    _fill(path, 7)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]   # nothing beside it
    with Library.open(path, read_only=True) as lib:
        assert lib.count() == 7
    assert integrity_check(path) == []
    with Library.open(path) as lib:
        assert lib.backup("manual").parent == folder / "backups"


def _immutable(*paths: Path, on: bool) -> bool:
    done = subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)],
                          capture_output=True)
    return done.returncode == 0


def test_a_read_only_medium_opens_read_only_and_refuses_writes(tmp_path: Path) -> None:
    """The folder and file made immutable (chattr +i: read-only even for root, like a
    write-protected medium, where SQLite cannot create its -wal/-shm files)."""
    folder = tmp_path / "media"
    path = folder / "lib.sqlite"
    _fill(path, 12)
    Library.open(path).close()   # the daily backup is made while writable
    if not _immutable(path, folder, on=True):
        pytest.skip("chattr +i is not permitted here")
    try:
        with Library.open(path) as lib:
            assert lib.read_only
            assert lib.count() == 12 and len(lib.search("миграц")) == 12
            with pytest.raises(LibraryError, match="read-only"):
                lib.add(Reference(title="x"))
        with pytest.raises(LibraryError, match="cannot be written"):
            Library.open(folder / "new.sqlite")
    finally:
        _immutable(path, folder, on=False)
    assert integrity_check(path) == []


def test_an_unwritable_folder_is_taken_for_a_read_only_medium(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """The same decision without chattr: the folder reported unwritable (as os.access does on a
    read-only mount) opens the library read-only, immutable, and writes nothing."""
    import db.sqlite

    path = tmp_path / "lib.sqlite"
    _fill(path, 3)
    real = os.access
    monkeypatch.setattr(db.sqlite.os, "access", lambda p, mode: False if mode == os.W_OK
                        else real(p, mode))
    assert "immutable=1" in db.sqlite.sqlite_uri(path, read_only=True)
    before = path.read_bytes()
    with Library.open(path) as lib:
        assert lib.read_only and lib.count() == 3
        with pytest.raises(LibraryError, match="read-only"):
            lib.empty_trash()
    assert path.read_bytes() == before


def test_backups_rotate_keeping_the_newest_and_never_another_librarys(tmp_path: Path) -> None:
    from db.library import BACKUPS_KEPT, backups_of

    path = tmp_path / "lib.sqlite"
    other = tmp_path / "lib-2.sqlite"
    _fill(path, 2)
    _fill(other, 1)
    with Library.open(other) as lib:
        theirs = [lib.backup(f"mine{i}") for i in range(3)]
    with Library.open(path) as lib:
        made = [lib.backup(f"n{i:02d}") for i in range(BACKUPS_KEPT + 5)]
        kept = backups_of(lib.backups_dir, path)
        assert kept == made[-BACKUPS_KEPT:]            # the newest ten, oldest ones gone
        assert lib.latest_backup() == made[-1]
    assert all(p.exists() for p in theirs)             # lib-2's backups untouched
    assert backups_of(tmp_path / "backups", other)[-3:] == theirs
    assert not list((tmp_path / "backups").glob("*-wal")) \
        and not list((tmp_path / "backups").glob("*-shm"))   # each backup one file


def test_a_backup_taken_during_a_write_holds_only_committed_data(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "lib.sqlite"
    _fill(path, 10)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM \"references\"")      # uncommitted when the backup runs
    try:
        with Library.open(path, daily_backup=False) as lib:
            backup = lib.backup("during-write")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert integrity_check(backup) == []
    assert len(_titles(backup)) == 10


def test_the_daily_backup_finds_damage_inside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 2000)
    with Library.open(path) as lib:
        good = lib.backup("manual")
    daily = sorted((tmp_path / "backups").glob("*daily*"))
    old = time.time() - 2 * 86400
    for p in [*daily, good]:
        os.utime(p, (old, old))
    _corrupt_middle(path)
    with pytest.raises(DamagedLibraryError) as exc:
        Library.open(path)            # the header is sound; the daily copy reads every page
    assert exc.value.backup in (good, *daily)
    assert len(list((tmp_path / "backups").glob("*daily*"))) == len(daily)   # bad copy dropped


def test_a_damaged_page_met_while_reading_names_the_latest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 2000)
    with Library.open(path) as lib:
        good = lib.backup("manual")
    _corrupt_middle(path)
    with Library.open(path, daily_backup=False) as lib:
        with pytest.raises(DamagedLibraryError) as exc:
            for offset in range(0, 2000, 100):
                lib.list_references(offset=offset, limit=100)
                lib.search("статья")
        assert exc.value.backup == good
        with pytest.raises(DamagedLibraryError):
            with lib.transaction() as s:
                from db import references as repo

                repo.move_to_trash(s, list(range(1, 2001)))


def test_restore_refuses_a_database_that_is_not_a_library(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "lib.sqlite"
    _fill(path, 4)
    foreign = tmp_path / "zotero.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE items (itemID INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not a Silteme library backup"):
        restore_backup(foreign, path)
    assert len(_titles(path)) == 4


def test_db_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _fill(path, 5)

    def main(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", "--db", str(path), *args], cwd=REPO,
                              capture_output=True, text=True)

    out = tmp_path / "copy.sqlite"
    done = main("db", "backup", "-o", str(out))
    assert done.returncode == 0 and str(out) in done.stdout
    assert main("add-manual", "--title", "после копии").returncode == 0
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    done = main("db", "restore", str(damaged))
    assert done.returncode == 1 and "damaged, not restoring" in done.stderr
    assert len(_titles(path)) == 6
    done = main("db", "restore", str(out))
    assert done.returncode == 0, done.stderr
    kept = Path(done.stdout.split("previous library kept as ")[1].strip())
    assert len(_titles(path)) == 5 and len(_titles(kept)) == 6
    assert main("db", "check").returncode == 0


@pytest.mark.parametrize("command", ["import", "journal import"])
def test_full_disk_during_an_import_leaves_the_library_as_it_was(tmp_path: Path,
                                                                 command: str) -> None:
    """A file import and a journal metric import as the command line runs them, in a process
    whose files may not grow past the library's size plus 64 KB (RLIMIT_FSIZE)."""
    from core.journals.templates import CITESCORE_COLUMNS, citescore_row
    from tests.support.crash import bibtex_file, table_digest
    from tests.support.hostile_files import write_xlsx

    path = tmp_path / "lib.sqlite"
    _fill(path, 50)
    Library.open(path).close()   # the daily backup, before the limit
    if command == "import":
        args = ["import", str(bibtex_file(tmp_path / "big.bib", "big", 3000, 1).path)]
    else:
        rows = [citescore_row(i, f"Journal {i}", 3308, "Law", 50, 1, 2, 2)
                for i in range(1, 4000)]
        xlsx = write_xlsx(tmp_path / "CiteScore 2023.xlsx",
                          {"CiteScore 2023": [list(CITESCORE_COLUMNS), *rows]})
        args = ["journal", "import", str(xlsx), "--source", "scopus-citescore"]
    before = table_digest(path)
    limit = path.stat().st_size + 64 * 1024
    script = textwrap.dedent(f"""
        import resource, runpy, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        sys.argv = ["main.py", *sys.argv[1:]]
        runpy.run_path("main.py", run_name="__main__")
    """)
    done = subprocess.run([sys.executable, "-c", script, "--db", str(path), *args], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "disk is full" in done.stderr and "Nothing was changed" in done.stderr, done.stderr
    assert integrity_check(path) == []
    assert table_digest(path) == before


def test_a_command_line_import_while_another_window_edits_and_a_third_reads(
        tmp_path: Path) -> None:
    """Three real processes on one library: `python main.py import` of three files of 1,500
    entries (one transaction each); a window editing (update a record, add a note, tag it, add
    a record: 80 times, each its own short transaction); a window refreshing its listing. Nothing
    is lost, no process fails on a lock, and the reading window only ever sees whole imports and
    sees every change on its next refresh."""
    from tests.support.crash import bibtex_file

    path = tmp_path / "lib.sqlite"
    _fill(path, 100)
    files = [bibtex_file(tmp_path / f"f{i}.bib", f"f{i}", 1500, i) for i in range(3)]
    stop = tmp_path / "stop"
    editor = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from db.library import Library
        from db import notes, tags
        from core.model import Reference
        lib = Library.open({str(path)!r}, daily_backup=False)
        for i in range(1, 81):
            ref = lib.get(i)
            ref.volume = str(i)
            lib.update(ref)
            with lib.transaction() as s:
                notes.add(s, i, f"правка B {{i}}")
            with lib.transaction() as s:
                tags.tag(s, [i], "проверено")
            lib.add(Reference(title=f"Окно B {{i}}"))
        lib.close()
    """)
    reader = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(REPO)!r})
        from db.library import Library
        from db import references as repo
        lib = Library.open({str(path)!r}, daily_backup=False)
        where = repo.ListFilter()
        while True:
            done = os.path.exists({str(stop)!r})
            with lib.read() as s:
                n = repo.count(s, where=where)
                repo.list_ids(s, where=where, sort="title", limit=50)
            print(n, flush=True)
            if done:
                break
            time.sleep(0.02)
        lib.close()
    """)
    procs = {
        "import": subprocess.Popen([sys.executable, "main.py", "--db", str(path), "import",
                                    *(str(f.path) for f in files)], cwd=REPO,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        "editor": subprocess.Popen([sys.executable, "-c", editor], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True),
        "reader": subprocess.Popen([sys.executable, "-c", reader], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True),
    }
    results = {}
    for name in ("import", "editor"):
        results[name] = procs[name].communicate(timeout=300)
    stop.touch()
    results["reader"] = procs["reader"].communicate(timeout=300)
    for name, proc in procs.items():
        assert proc.returncode == 0, f"{name}: {results[name][1][-2000:]}"
    assert "locked" not in "".join(err for _, err in results.values())
    assert integrity_check(path) == []
    with Library.open(path, daily_backup=False) as lib:
        assert lib.count() == 100 + 3 * 1500 + 80
        edited = lib.get_many(list(range(1, 81)))
        assert [r.volume for r in edited] == [str(i) for i in range(1, 81)]   # no lost edit
        assert len(lib.search("правка")) == 80 and len(lib.search("окно")) == 80
        from db import tags

        with lib.read() as s:
            assert tags.all_tags(s)[0][1:] == ("проверено", 80)
    seen = [int(line) for line in results["reader"][0].split()]
    assert seen == sorted(seen), "the reading window saw references disappear"
    assert all((n - 100) % 1500 <= 80 for n in seen), "a partial import was visible"
    assert seen[-1] == 100 + 3 * 1500 + 80          # the refresh after the others finished
    assert len(set(seen)) >= 3                      # it saw the library change while it ran
    print(f"\nreader refreshed {len(seen)} times, saw {len(set(seen))} states: "
          f"{sorted(set(seen))[:6]} ...")


def test_a_process_killed_during_a_checkpoint_leaves_a_library_that_opens_whole(
        tmp_path: Path) -> None:
    """Found by the crash test: a SIGKILL while SQLite copies the write-ahead log into the file
    (a checkpoint) can leave the new first page, whose header counts the new size, before the
    pages that extend the file. The log still holds every page; opening must replay it, not
    call the library truncated and offer an older backup."""
    path = tmp_path / "lib.sqlite"
    _fill(path, 10)
    size_before = path.stat().st_size
    child = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from sqlalchemy import event
        from core.model import Reference
        from db.library import Library
        lib = Library.open({str(path)!r}, daily_backup=False)

        @event.listens_for(lib.engine, "connect")
        def _no_checkpoint(dbapi_conn, _record):
            dbapi_conn.execute("PRAGMA wal_autocheckpoint = 0")

        lib.engine.dispose()   # new connections from here on never checkpoint
        lib.add_many([Reference(title="Жаңа " + str(i), abstract="ж" * 2000)
                      for i in range(400)])
        os._exit(0)   # killed: no checkpoint, the log stays
    """)
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wal = Path(str(path) + "-wal")
    data = wal.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    frame = 24 + page_size
    first_pages = [data[32 + i * frame + 24: 32 + (i + 1) * frame]
                   for i in range((len(data) - 32) // frame)
                   if int.from_bytes(data[32 + i * frame: 32 + i * frame + 4], "big") == 1]
    assert first_pages and path.stat().st_size == size_before
    with path.open("r+b") as fh:   # the checkpoint got as far as the first page
        fh.write(first_pages[-1])
    pages = int.from_bytes(first_pages[-1][28:32], "big")
    assert pages * page_size > path.stat().st_size   # the header counts pages not there yet
    with Library.open(path) as lib:
        assert lib.count() == 410
    assert integrity_check(path) == []
