"""Fixtures shared by the whole suite: the shared/ data folder and a fresh library per test."""

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
