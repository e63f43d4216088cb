"""Every network request leaves through two modules (issue 9, secrets and network): the Crossref /
DOI / Open Library transport (`core/crossref.py`) and the Scopus API transport
(`core/journals/scopus_api.py`). No other module imports an HTTP or socket library, so no
other code can send a request, to any host, over any scheme."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NETWORK_MODULES = ("requests", "urllib.request", "urllib3", "http.client", "socket", "httpx",
                   "aiohttp", "ftplib", "smtplib", "PySide6.QtNetwork", "habanero")
ALLOWED = {"core/crossref.py", "core/journals/scopus_api.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _sources() -> list[Path]:
    files = [REPO / "main.py"]
    for package in ("core", "db", "gui", "cli"):
        files.extend(sorted((REPO / package).rglob("*.py")))
    return files


def test_only_the_two_transports_import_network_libraries() -> None:
    offenders = {}
    for path in _sources():
        rel = path.relative_to(REPO).as_posix()
        hits = {m for m in _imports(path)
                if any(m == n or m.startswith(n + ".") for n in NETWORK_MODULES)}
        if hits and rel not in ALLOWED:
            offenders[rel] = sorted(hits)
    assert offenders == {}


def test_the_transports_do_import_them() -> None:
    # The check above would pass vacuously if the walk found nothing.
    assert "requests" in _imports(REPO / "core" / "crossref.py")
    assert "requests" in _imports(REPO / "core" / "journals" / "scopus_api.py")
    assert len(_sources()) > 100
