"""Schema migrations: Alembic upgrades applied on open, after an online backup; newer files refused.

The revision chain is read from the migration files themselves (cheap), so opening an up-to-date
library never imports Alembic."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine

from core.errors import LibraryError, SchemaTooNewError
from db.sqlite import backup_name, online_backup, read_alembic_version, table_names

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_REV = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.M)


@cache
def revision_chain() -> tuple[str, ...]:
    """All known revisions, oldest first (a single linear chain)."""
    parents: dict[str, str | None] = {}
    for file in VERSIONS_DIR.glob("[0-9]*.py"):
        source = file.read_text(encoding="utf-8")
        rev, down = _REV.search(source), _DOWN.search(source)
        if rev is None or down is None:
            raise RuntimeError(f"migration {file.name} has no revision/down_revision")
        parents[rev.group(1)] = down.group(1)
    chain: list[str] = []
    current: str | None = None
    children = {v: k for k, v in parents.items()}
    while current in children:
        current = children[current]
        chain.append(current)
    if len(chain) != len(parents):
        raise RuntimeError("migrations do not form one linear chain")
    return tuple(chain)


def head() -> str:
    return revision_chain()[-1]


def needs_upgrade(path: Path) -> bool:
    """True when the file is new or older than this version's schema; raises when it is newer."""
    current = read_alembic_version(path)
    if current == head():
        return False
    if current is not None and current not in revision_chain():
        raise SchemaTooNewError(
            f"{path} was written by a newer version of Silteme (schema {current}); this version "
            f"knows schemas up to {head()}. Update Silteme to open it.")
    return True


def upgrade(engine: Engine, path: Path, backups_dir: Path) -> Path | None:
    """Bring the file to the head revision. An existing library is backed up first (online
    backup API); returns the backup's path (None for a new, empty library)."""
    current = read_alembic_version(path)
    backup: Path | None = None
    if current is not None:
        backup = online_backup(path, backups_dir / backup_name(path, f"before-{head()}"))
    elif path.exists() and path.stat().st_size > 0 and _has_tables(engine):
        raise LibraryError(f"{path} is an SQLite file but not a Silteme library")
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(VERSIONS_DIR.parent))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _has_tables(engine: Engine) -> bool:
    return bool(table_names(engine))
