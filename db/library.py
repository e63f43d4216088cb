"""A library file opened for use: migrations on open, short transactions, the common operations."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from core.errors import DamagedLibraryError, LibraryError
from core.model import Reference
from db import fts, migrate
from db import references as repo
from db.sqlite import (
    WRITE_OPTIONS,
    backup_name,
    has_references,
    header_problem,
    integrity_check,
    looks_like_sqlite,
    make_engine,
    medium_read_only,
    online_backup,
    table_names,
)

BACKUPS_KEPT = 10


class Library:
    """Open with `Library.open(path)`. Reads and writes go through `read()` and `transaction()`;
    the convenience methods below each run in one short transaction of their own."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False,
                 migration_backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.migration_backup = migration_backup

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             daily_backup: bool = True) -> Library:
        """Open (creating it if needed) and migrate the library.

        Raises DamagedLibraryError for a truncated or corrupt file (naming the latest backup),
        LibraryError for a file that is not a library, SchemaTooNewError for one written by a newer
        Silteme. A file that cannot be written (read-only medium) opens read-only: check
        `read_only`. With `daily_backup`, a library whose newest backup is older than a day is
        backed up first."""
        path = Path(path).expanduser()
        if not looks_like_sqlite(path):
            backup = cls._latest_backup_of(path)
            if backup is not None:  # it was a library once: its first bytes are damaged
                raise DamagedLibraryError(f"{path} is damaged: not a readable SQLite file.",
                                          path=path, backup=backup)
            raise LibraryError(f"{path} is not a Silteme library (not an SQLite file)")
        cls._check_not_damaged(path)
        if read_only or medium_read_only(path):
            if not path.exists():
                raise LibraryError(f"{path}: the folder cannot be written (a read-only medium?); "
                                   "a new library cannot be created there")
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            upgrade = migrate.needs_upgrade(path)
            if not upgrade and daily_backup and has_references(path):
                cls._daily_backup(path)
        except (sqlite3.DatabaseError, OSError) as exc:
            if _is_read_only_error(exc):
                return cls._open_read_only(path)
            raise cls._damaged(path, exc) from exc
        engine = make_engine(path)
        backup = None
        try:
            if upgrade:
                backup = migrate.upgrade(engine, path, cls.backups_dir_for(path))
            else:
                with engine.connect() as conn:  # touches the schema: fails fast on a bad file
                    table_names(conn)
        except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            if _is_read_only_error(exc) and not upgrade:
                return cls._open_read_only(path)
            raise cls._damaged(path, exc) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, migration_backup=backup)

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        if migrate.needs_upgrade(path):
            raise LibraryError(f"{path} is read-only and needs an upgrade: copy it somewhere "
                               "writable to open it")
        return cls(path, make_engine(path, read_only=True), read_only=True)

    @classmethod
    def _check_not_damaged(cls, path: Path) -> None:
        if path.exists():
            problem = header_problem(path)
            if problem:
                raise DamagedLibraryError(f"{path} is damaged: {problem}.", path=path,
                                          backup=cls._latest_backup_of(path))

    @classmethod
    def _damaged(cls, path: Path, exc: BaseException) -> LibraryError:
        text = str(getattr(exc, "orig", None) or exc)
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return DamagedLibraryError(f"{path} is damaged: {text}.", path=path,
                                       backup=cls._latest_backup_of(path))
        return LibraryError(f"cannot open {path}: {text}")

    @classmethod
    def _latest_backup_of(cls, path: Path) -> Path | None:
        """The newest backup that passes the integrity check."""
        for candidate in reversed(backups_of(cls.backups_dir_for(path), path)):
            if not integrity_check(candidate):
                return candidate
        return None

    @classmethod
    def _daily_backup(cls, path: Path) -> Path | None:
        """The daily backup, checked: the copy has read every page of the library, so a full
        integrity check of the copy finds damage inside the file the header check on open
        cannot see. A damaged copy is deleted (it must never push a good backup out of the
        rotation) and the library reported damaged."""
        backups = backups_of(cls.backups_dir_for(path), path)
        if backups and datetime.fromtimestamp(backups[-1].stat().st_mtime) > \
                datetime.now() - timedelta(days=1):
            return None
        made = online_backup(path, cls.backups_dir_for(path) / backup_name(path, "daily"))
        problems = integrity_check(made)
        if problems:
            made.unlink(missing_ok=True)
            raise DamagedLibraryError(f"{path} is damaged: {problems[0]}.", path=path,
                                      backup=cls._latest_backup_of(path))
        _rotate(cls.backups_dir_for(path), path)
        return made

    def backup_if_due(self) -> Path | None:
        """The daily backup, when the newest backup is more than a day old and the library holds
        references (the window opens with `daily_backup=False` and runs this in the background,
        so a large library's backup never delays the first paint). The path made, or None."""
        if self.read_only or not has_references(self.path):
            return None
        return self._daily_backup(self.path)

    @staticmethod
    def backups_dir_for(path: Path) -> Path:
        return path.parent / "backups"

    @property
    def backups_dir(self) -> Path:
        return self.backups_dir_for(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sessions
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, rolled back entirely on
        any exception, so a failure half-way leaves the library exactly as it was."""
        if self.read_only:
            raise LibraryError(f"{self.path} is open read-only")
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                session.connection(execution_options=WRITE_OPTIONS)
                yield session
                session.commit()
            except (DatabaseError, MemoryError) as exc:
                _quiet_rollback(session)
                damaged = self._damage_behind(exc)
                if damaged is not None:
                    raise damaged from exc
                if isinstance(exc, OperationalError):   # disk full, locked, read-only
                    raise self._environment_error(exc) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def _environment_error(self, exc: OperationalError) -> LibraryError:
        """Environment failures (full disk, I/O error, lock, read-only) as a message for the
        user; the transaction has been rolled back, so nothing was changed."""
        text = str(exc.orig).lower()
        if "full" in text or "i/o" in text:
            reason = "the disk is full or cannot be written"
        elif "locked" in text or "busy" in text:
            reason = "another window or program is writing to it; try again"
        elif _is_read_only_error(exc):
            reason = "it is read-only"
        else:
            reason = str(exc.orig)
        return LibraryError(f"could not write to {self.path}: {reason}. Nothing was changed.")

    def _damage_behind(self, exc: BaseException) -> DamagedLibraryError | None:
        """The DamagedLibraryError (naming the latest good backup) when `exc` comes from a
        damaged file: SQLite says so ("malformed", "corrupt"), or runs out of memory on a
        damaged page of the search index (SQLITE_NOMEM, a MemoryError in Python), which the
        integrity check then confirms. None for any other failure."""
        if isinstance(exc, MemoryError):
            try:
                problems = integrity_check(self.path)
            except MemoryError:
                problems = ["the integrity check ran out of memory"]
            if not problems:
                return None
            return DamagedLibraryError(f"{self.path} is damaged: {problems[0]}.", path=self.path,
                                       backup=self._latest_backup_of(self.path))
        damaged = self._damaged(self.path, exc)
        return damaged if isinstance(damaged, DamagedLibraryError) else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read session. A page found damaged while reading raises DamagedLibraryError
        (naming the latest good backup) instead of an SQLite error."""
        with Session(self.engine) as session:
            try:
                yield session
            except (DatabaseError, MemoryError) as exc:
                damaged = self._damage_behind(exc)
                if damaged is not None:
                    raise damaged from exc
                raise
            finally:
                _quiet_rollback(session)

    # ------------------------------------------------------------------ references
    def add(self, ref: Reference) -> int:
        with self.transaction() as s:
            return repo.insert(s, ref)

    def add_many(self, refs: Sequence[Reference]) -> list[int]:
        with self.transaction() as s:
            return repo.insert_many(s, refs)

    def get(self, ref_id: int) -> Reference:
        with self.read() as s:
            return repo.get(s, ref_id)

    def get_many(self, ids: Sequence[int]) -> list[Reference]:
        with self.read() as s:
            return repo.get_many(s, ids)

    def update(self, ref: Reference) -> None:
        with self.transaction() as s:
            repo.update_reference(s, ref)

    def delete(self, ref_id: int) -> None:
        """Move to the trash (restorable)."""
        with self.transaction() as s:
            repo.move_to_trash(s, [ref_id])

    def restore(self, ref_id: int) -> None:
        with self.transaction() as s:
            repo.restore(s, [ref_id])

    def empty_trash(self) -> int:
        self.backup("before-empty-trash")
        with self.transaction() as s:
            return len(repo.empty_trash(s))

    def find_by_doi(self, doi: str) -> int | None:
        with self.read() as s:
            return repo.find_by_doi(s, doi)

    def find_by_isbn(self, isbn: str) -> int | None:
        with self.read() as s:
            return repo.find_by_isbn(s, isbn)

    def search(self, query: str, limit: int | None = None) -> list[Reference]:
        with self.read() as s:
            return repo.get_many(s, fts.search_ids(s, query, limit))

    def list_references(self, offset: int = 0, limit: int | None = None, sort: str = "added",
                        descending: bool = False, *, deleted: bool = False,
                        collection_id: int | None = None,
                        tag_id: int | None = None) -> list[Reference]:
        with self.read() as s:
            ids = repo.list_ids(s, offset=offset, limit=limit, sort=sort, descending=descending,
                                deleted=deleted, collection_id=collection_id, tag_id=tag_id)
            return repo.get_many(s, ids)

    def count(self, *, deleted: bool = False) -> int:
        with self.read() as s:
            return repo.count(s, deleted=deleted)

    # ------------------------------------------------------------------ safety
    def backup(self, reason: str = "manual", dest: Path | None = None) -> Path:
        """An online backup (safe while the library is in use); keeps the newest backups."""
        target = dest or self.backups_dir / backup_name(self.path, reason)
        made = online_backup(self.path, target)
        if dest is None:
            _rotate(self.backups_dir, self.path)
        return made

    def latest_backup(self) -> Path | None:
        backups = backups_of(self.backups_dir, self.path)
        return backups[-1] if backups else None

    def verify(self) -> list[str]:
        """The full integrity check (about a second per 100,000 references: run it off the GUI
        thread). Empty when the file is sound."""
        return integrity_check(self.path)


def backups_of(backups_dir: Path, library: Path) -> list[Path]:
    """This library's backups, oldest first. Matched on the whole name pattern, so the backups
    of `lib-2.sqlite` are never taken for those of `lib.sqlite` in the same folder."""
    pattern = re.compile(re.escape(library.stem) + r"-\d{8}-\d{6}-\d{6}-[\w.-]+\.sqlite")
    return sorted(p for p in backups_dir.glob("*.sqlite") if pattern.fullmatch(p.name))


def _rotate(backups_dir: Path, library: Path) -> None:
    for old in backups_of(backups_dir, library)[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


def _quiet_rollback(session: Session) -> None:
    """Roll back without masking the error being raised (a damaged file may fail this too)."""
    try:
        session.rollback()
    except (DatabaseError, MemoryError, sqlite3.DatabaseError):
        pass


def _is_read_only_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "readonly" in text or "read-only" in text or "read only" in text
