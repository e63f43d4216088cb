"""Restore a library from a backup: the backup is checked first and the current file kept aside."""

from __future__ import annotations

from pathlib import Path

from core.errors import LibraryError
from db import migrate
from db.sqlite import (
    backup_name,
    connect,
    integrity_check,
    looks_like_sqlite,
    online_backup,
    read_alembic_version,
)


def restore_backup(backup: Path, library: Path) -> Path | None:
    """Copy `backup` over `library` with the online backup API (safe with WAL and with other
    connections waiting). Returns where the previous library was kept (None if there was none)."""
    if not backup.is_file():
        raise LibraryError(f"no backup file {backup}")
    if not looks_like_sqlite(backup) or backup.stat().st_size == 0:
        raise LibraryError(f"{backup} is not an SQLite file")
    problems = integrity_check(backup)
    if problems:
        raise LibraryError(f"{backup} is damaged, not restoring: {problems[0]}")
    if read_alembic_version(backup) is None:
        # Sound SQLite, but another program's database (or an empty file): restoring it would
        # put something that is not a library in the library's place.
        raise LibraryError(f"{backup} is not a Silteme library backup, not restoring")
    migrate.needs_upgrade(backup)  # raises SchemaTooNewError for a backup from a newer version
    kept: Path | None = None
    if library.exists() and library.stat().st_size > 0:
        kept = library.parent / "backups" / backup_name(library, "before-restore")
        if integrity_check(library):
            # A damaged current file cannot go through the backup API: move it aside instead.
            kept = kept.with_suffix(".damaged")
            kept.parent.mkdir(parents=True, exist_ok=True)
            library.replace(kept)
            for suffix in ("-wal", "-shm"):
                Path(str(library) + suffix).unlink(missing_ok=True)
        else:
            online_backup(library, kept)
    src = connect(backup, read_only=True)
    try:
        dst = connect(library)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return kept
