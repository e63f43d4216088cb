"""Golden CSL-JSON for every recorded Crossref work: build, compare, and regenerate.

Regenerate after a deliberate mapping change with
`python -m tests.support.crossref_golden` (or `SILTEME_UPDATE_GOLDEN=1 pytest tests/core`), then
review the diff by eye before committing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.crossref_mapping import message_of, work_to_reference
from tests.support.paths import CROSSREF_FIXTURES, GOLDEN

GOLDEN_DIR = GOLDEN / "crossref"
_WORK_TYPES = {"work", "work-list"}


def work_fixtures() -> list[Path]:
    """Every works_*.json response and every items/*.json work, sorted."""
    files = sorted(CROSSREF_FIXTURES.glob("works_*.json")) + \
        sorted((CROSSREF_FIXTURES / "items").glob("*.json"))
    out = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "message-type" in data and data["message-type"] not in _WORK_TYPES:
            continue  # e.g. /works/{doi}/agency
        out.append(path)
    return out


def mapped(path: Path) -> Any:
    """The CSL-JSON of one fixture: one item for a work, a list for a work-list."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("message-type") == "work-list":
        return [work_to_reference(item).to_csl() for item in data["message"]["items"]]
    return work_to_reference(message_of(data)).to_csl()


def golden_path(path: Path) -> Path:
    return GOLDEN_DIR / path.relative_to(CROSSREF_FIXTURES.resolve()
                                         if path.is_absolute() and
                                         not str(path).startswith(str(CROSSREF_FIXTURES))
                                         else CROSSREF_FIXTURES)


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def update_all() -> int:
    count = 0
    for path in work_fixtures():
        target = golden_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump(mapped(path)), encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    print(f"wrote {update_all()} golden files to {GOLDEN_DIR}")
