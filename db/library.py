"""A library file opened for use: migrations on open, short transactions, the common operations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from core.errors import LibraryError
from core.model import Reference
from db import fts, migrate
from db import references as repo
from db.sqlite import WRITE_OPTIONS, integrity_check, looks_like_sqlite, make_engine, online_backup

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
    def open(cls, path: Path | str, *, read_only: bool = False) -> Library:
        """Open (creating it if needed) and migrate the library. Raises LibraryError for a file
        that is not a library, is damaged, or was written by a newer Silteme."""
        path = Path(path).expanduser()
        if not looks_like_sqlite(path):
            raise LibraryError(f"{path} is not a Silteme library (not an SQLite file)")
        if read_only:
            if migrate.needs_upgrade(path):
                raise LibraryError(f"{path} needs an upgrade and cannot be opened read-only")
            return cls(path, make_engine(path, read_only=True), read_only=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        backup = None
        try:
            upgrade = migrate.needs_upgrade(path)
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{path} is damaged: {exc}") from exc
        engine = make_engine(path)
        try:
            if upgrade:
                backup = migrate.upgrade(engine, path, cls.backups_dir_for(path))
        except (OperationalError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            raise LibraryError(f"cannot open {path}: {exc}") from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, migration_backup=backup)

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
            session.connection(execution_options=WRITE_OPTIONS)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            try:
                yield session
            finally:
                session.rollback()

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
    def check(self) -> list[str]:
        """Integrity problems of the file (empty when sound)."""
        return integrity_check(self.path)

    def backup(self, reason: str = "manual", dest: Path | None = None) -> Path:
        """An online backup (safe while the library is in use); keeps the newest backups."""
        from db.sqlite import backup_name

        target = dest or self.backups_dir / backup_name(self.path, reason)
        made = online_backup(self.path, target)
        if dest is None:
            self._rotate()
        return made

    def latest_backup(self) -> Path | None:
        backups = sorted(self.backups_dir.glob(f"{self.path.stem}-*.sqlite"))
        return backups[-1] if backups else None

    def backup_if_older_than(self, age: timedelta = timedelta(days=1)) -> Path | None:
        latest = self.latest_backup()
        if latest and datetime.fromtimestamp(latest.stat().st_mtime) > datetime.now() - age:
            return None
        return self.backup("daily")

    def _rotate(self) -> None:
        backups = sorted(self.backups_dir.glob(f"{self.path.stem}-*.sqlite"))
        for old in backups[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
