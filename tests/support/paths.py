"""Where the shared third-party fixtures live: `../shared/fixtures` beside the repository."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_FIXTURES = REPO / ".." / "shared" / "fixtures"
CROSSREF_FIXTURES = SHARED_FIXTURES / "crossref"
GOLDEN = REPO / "tests" / "golden"
