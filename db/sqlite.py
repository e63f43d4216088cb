"""Everything SQLite-specific: connection pragmas, BEGIN modes, online backup, integrity check, and
the few SQL constructs other modules need in SQLite's dialect (insert-or-ignore, JSON values,
listing tables).

Kept in one module so a shared PostgreSQL library can later swap it out (FTS lives in db/fts.py;
tests/test_layers.py keeps SQLite-only SQL out of the other db modules)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, case, create_engine, event, func, inspect
from sqlalchemy.dialects.sqlite import insert as _sqlite_insert
from sqlalchemy.pool import QueuePool
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.elements import ColumnElement

from core.errors import LibraryError

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


def medium_read_only(path: Path) -> bool:
    """True when the library's folder (or the file) cannot be written: a read-only medium, a
    locked-down share. SQLite then cannot create its -wal/-shm files beside the library, so it
    is opened immutable (nobody can write it there either). `os.access` honours read-only
    mounts and immutable files even for root, where permission bits prove nothing."""
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:   # a folder still to be created
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        return True
    return path.exists() and not os.access(path, os.W_OK)


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """The `file:` URI of a library, percent-encoded: a folder named `Папка #2` or `a?b` must
    open that file, not whatever SQLite or a URL parser would cut the name down to."""
    posix = path.absolute().as_posix()
    if not posix.startswith("/"):   # a Windows drive path: file:/C:/...
        posix = "/" + posix
    uri = "file:" + quote(posix, safe="/:")
    if read_only:
        uri += "?mode=ro" + ("&immutable=1" if medium_read_only(path) else "")
    return uri


def connect(path: Path, *, read_only: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """A plain sqlite3 connection to the library file (read-only: never creates it)."""
    return sqlite3.connect(sqlite_uri(path, read_only=read_only), uri=True, timeout=timeout,
                           check_same_thread=False)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose connections have foreign keys on, WAL, a busy timeout, and emit BEGIN
    themselves (DEFERRED for reads, IMMEDIATE for writes: see `write_options`). Connections
    are made from the file's URI (see `sqlite_uri`), never from a URL SQLAlchemy would parse."""
    engine = create_engine(
        "sqlite://", poolclass=QueuePool,
        creator=lambda: connect(path, read_only=read_only, timeout=BUSY_TIMEOUT_MS / 1000))

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


def insert_ignoring_existing(table: Any) -> Insert:
    """INSERT that skips rows whose key is already there (link tables: tags, collections).
    PostgreSQL's dialect has the same `on_conflict_do_nothing`."""
    return _sqlite_insert(table).on_conflict_do_nothing()


def json_value(column: Any, key: str) -> ColumnElement[Any]:
    """One top-level key of a JSON text column (SQLite's json_extract)."""
    return func.json_extract(column, f'$."{key}"')


def json_value_if_present(column: Any, key: str) -> ColumnElement[Any]:
    """`json_value`, but the JSON is parsed only for rows whose text holds the key at all (a
    cheap substring test): for keys most rows lack, such as `updated-by` in table pages."""
    return case((func.instr(column, f'"{key}"') > 0, json_value(column, key)), else_=None)


def json_values(column: Any, keys: tuple[str, ...]) -> ColumnElement[Any]:
    """Several top-level keys of a JSON text column in one expression: a JSON array of their
    values, in order (SQLite's json_extract with several paths). Decode with json.loads."""
    return func.json_extract(column, *(f'$."{k}"' for k in keys))


def bulk_insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows through the DBAPI's own executemany (qmark parameters): SQLAlchemy's
    per-row parameter processing is a third of the insert time of a 10,000-entry import
    (bench/bench_import.py). Every row has the keys of the first."""
    cols = list(rows[0])
    sql = (f'INSERT INTO "{table.name}" ({", ".join(cols)}) '
           f'VALUES ({", ".join("?" for _ in cols)})')
    conn.exec_driver_sql(sql, [tuple(r.get(c) for c in cols) for r in rows])


def table_names(conn: Connection | Engine) -> list[str]:
    """The tables of the database (reading them also proves the file is a readable database)."""
    return list(inspect(conn).get_table_names())


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
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A process killed during a checkpoint leaves the new header (with the new page count)
        # in the file before the pages that extend it: the write-ahead log still holds them all,
        # and SQLite replays it on open. The size says nothing until then.
        return None
    if size % page_size:
        return f"the file is truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == change_counter and pages and size < pages * page_size:
        return f"the file is truncated ({size} bytes; its header counts {pages * page_size})"
    return None


def has_references(path: Path) -> bool:
    """True when the library holds at least one reference (plain sqlite3, read-only)."""
    conn = connect(path, read_only=True)
    try:
        return bool(conn.execute('SELECT EXISTS(SELECT 1 FROM "references")').fetchone()[0])
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def integrity_check(path: Path) -> list[str]:
    """`PRAGMA integrity_check` on the file; returns the problems (empty when the file is sound)."""
    try:
        conn = connect(path, read_only=True)
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
    src = connect(source, read_only=True)
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
    conn = connect(path, read_only=True)
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
