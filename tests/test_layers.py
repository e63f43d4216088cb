"""The layer rule: core imports neither Qt, SQLAlchemy, db nor gui; db never imports Qt or gui;
only gui imports PySide6. Checked on the source (ast), so a wrong import fails CI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "core": {"PySide6", "shiboken6", "sqlalchemy", "alembic", "db", "gui", "cli", "main"},
    "db": {"PySide6", "shiboken6", "gui", "cli", "main"},
    "cli": {"PySide6"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    files = sorted((REPO / layer).rglob("*.py"))
    assert files, f"no python files in {layer}/"
    bad = [f"{f.relative_to(REPO)}:{line} imports {mod}"
           for f in files for line, mod in _imports(f) if mod in FORBIDDEN[layer]]
    assert not bad, "layer rule broken:\n" + "\n".join(bad)


def test_only_gui_imports_qt() -> None:
    bad = []
    for f in REPO.rglob("*.py"):
        rel = f.relative_to(REPO)
        if rel.parts[0] in ("gui", "tests", "bench", "tools", "build", ".venv") or \
                rel.name == "main.py":
            continue
        bad += [f"{rel}:{line}" for line, mod in _imports(f) if mod == "PySide6"]
    assert not bad, "PySide6 imported outside gui/: " + ", ".join(bad)


def test_the_layer_check_catches_a_wrong_import(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("from PySide6.QtCore import Qt\nimport db.library\n", encoding="utf-8")
    assert {m for _, m in _imports(bad)} == {"PySide6", "db"}


def test_packages_are_ours_not_shadowed() -> None:
    import core
    import db

    assert Path(core.__file__).resolve().parent == REPO / "core"
    assert Path(db.__file__).resolve().parent == REPO / "db"


# SQLite-only SQL lives behind these modules, so a PostgreSQL backend can replace them (issue 2;
# docs/decisions/0002-storage-layout.md). Restoring a backup file is SQLite's by nature.
SQLITE_MODULES = {"db/sqlite.py", "db/fts.py", "db/restore.py"}
SQLITE_ONLY = ("dialects.sqlite", "json_extract", "sqlite_master", "PRAGMA", "exec_driver_sql",
               "INSERT OR ", "sqlite3.connect")


def test_sqlite_specific_sql_stays_in_its_modules() -> None:
    bad = []
    for f in sorted((REPO / "db").rglob("*.py")):
        rel = f.relative_to(REPO).as_posix()
        if rel in SQLITE_MODULES:
            continue
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            bad += [f"{rel}:{n}: {word}" for word in SQLITE_ONLY if word in line]
    assert not bad, "SQLite-specific SQL outside db/sqlite.py and db/fts.py:\n" + "\n".join(bad)
