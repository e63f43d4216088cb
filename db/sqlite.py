"""Everything SQLite-specific: connection pragmas, BEGIN modes, online backup, integrity check.

Kept in one module so a shared PostgreSQL library can later swap it out (FTS lives in db/fts.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from core.errors import LibraryError

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose connections have foreign keys on, WAL, a busy timeout, and emit BEGIN
    themselves (DEFERRED for reads, IMMEDIATE for writes: see `write_options`)."""
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                              "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling is bypassed; SQLAlchemy's begin event emits BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; never OFF
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


WRITE_OPTIONS = {"sqlite_begin": "IMMEDIATE"}


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty/new file or one with the SQLite header (a quick check before opening)."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def header_problem(path: Path) -> str | None:
    """A cheap structural check of the file header: catches truncated and overwritten files
    without reading the whole database (PRAGMA quick_check takes ~1 s on 100,000 references, so
    the full check runs in the background and in `db check`). None when the header is sound."""
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or header[:16] != SQLITE_HEADER:
        return "the file header is damaged or truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"the header's page size ({page_size}) is invalid"
    if size % page_size:
        return f"the file is truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == change_counter and pages and size < pages * page_size:
        return f"the file is truncated ({size} bytes; its header counts {pages * page_size})"
    return None


def has_references(path: Path) -> bool:
    """True when the library holds at least one reference (plain sqlite3, read-only)."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return bool(conn.execute('SELECT EXISTS(SELECT 1 FROM "references")').fetchone()[0])
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def integrity_check(path: Path) -> list[str]:
    """`PRAGMA integrity_check` on the file; returns the problems (empty when the file is sound)."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows]
    return [] if problems == ["ok"] else problems


def online_backup(source: Path, dest: Path) -> Path:
    """Copy a (possibly open) library with SQLite's online backup API, never a file copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            # The copy keeps the library's WAL flag; a backup is one self-contained file, so
            # reading it later (integrity check, restore) leaves no -wal/-shm beside it.
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise LibraryError(f"backup of {source} failed: {exc}") from exc
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def backup_name(library: Path, reason: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return f"{library.stem}-{stamp}-{reason}.sqlite"


def read_alembic_version(path: Path) -> str | None:
    """The schema revision stored in the file, read with plain sqlite3 (no Alembic import on the
    hot start-up path). None for a new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(found[0]) if found else None
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} is not a readable Silteme library: {exc}") from exc
    finally:
        conn.close()
