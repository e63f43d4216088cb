"""Migrations: an old-schema library is upgraded on open (after a backup); a newer one is refused."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from core.errors import SchemaTooNewError
from db import migrate
from db.library import Library
from db.sqlite import make_engine, read_alembic_version


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.VERSIONS_DIR.parent))
    return cfg


def _make_old_library(path: Path, revision: str) -> None:
    engine = make_engine(path)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_revision_chain_matches_alembic() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert migrate.head() == script.get_current_head()
    assert set(migrate.revision_chain()) == {s.revision for s in script.walk_revisions()}


def test_old_schema_is_upgraded_with_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_old_library(path, "0001")
    now = datetime(2020, 1, 1).isoformat(sep=" ")
    conn = sqlite3.connect(path)
    conn.execute('INSERT INTO "references" (id, type, title, sort_author, sort_title, data, '
                 "added_at, modified_at) VALUES (1, 'book', 'Қазақстан тарихы', '', '', ?, ?, ?)",
                 (json.dumps({"type": "book", "title": "Қазақстан тарихы"}), now, now))
    conn.execute("INSERT INTO creators (reference_id, position, role, family) "
                 "VALUES (1, 0, 'author', 'Әуезов')")
    conn.commit()
    conn.close()
    assert read_alembic_version(path) == "0001"

    with Library.open(path) as lib:
        assert read_alembic_version(path) == migrate.head()
        assert lib.migration_backup is not None and lib.migration_backup.exists()
        assert read_alembic_version(lib.migration_backup) == "0001"
        assert [r.title for r in lib.search("қазақ")] == ["Қазақстан тарихы"]
        assert [r.title for r in lib.search("әуез")] == ["Қазақстан тарихы"]


def test_current_library_opens_without_migrating_or_backing_up(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    with Library.open(path) as lib:
        assert lib.migration_backup is None
    assert not (tmp_path / "backups").exists()


def test_library_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        Library.open(path)
    assert path.read_bytes() == before
