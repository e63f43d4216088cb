"""Fixtures shared by the whole suite: the shared/ data folder, a fresh library per test, and a
local Crossref replay server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared data folder not found at {SHARED} (it sits beside the repository)")
    return SHARED


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[object]:
    from db.library import Library

    lib = Library.open(library_path)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def crossref_server() -> Iterator[object]:
    """A local server replaying the recorded Crossref responses (see
    tests/support/crossref_server.py); `crossref_server.state` injects faults and counts hits."""
    from tests.support.crossref_server import CrossrefServer, ServerState

    server = CrossrefServer(ServerState()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def crossref_settings(crossref_server):  # type: ignore[no-untyped-def]
    """Settings pointing at the local server, with short timeouts for fault tests."""
    from core.settings import Settings

    return Settings.from_env(crossref_server.settings_env(), mailto="team@example.kz",
                             timeout_s=0.5, max_retries=2)
