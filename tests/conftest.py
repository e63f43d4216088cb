"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.crossref_server import CrossrefServer, ServerState


@pytest.fixture
def crossref_server() -> Iterator[CrossrefServer]:
    """A local server replaying the recorded Crossref responses (see its module docstring);
    `crossref_server.state` injects faults and counts hits."""
    server = CrossrefServer(ServerState()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def crossref_settings(crossref_server: CrossrefServer):  # type: ignore[no-untyped-def]
    """Settings pointing at the local server, with short timeouts for fault tests."""
    from core.settings import Settings

    return Settings.from_env(crossref_server.settings_env(), mailto="team@example.kz",
                             timeout_s=0.5, max_retries=2)
