"""A realistic library for the bibliography builder's screenshots and tests: the 40 mixed GOST
sources of tests/fixtures/gost (laws, Russian, Kazakh and English works of the team's migration
law project), a Kazakh article by Kazakh authors, and an English article as Crossref sent it
(a recorded response from ../shared/fixtures/crossref), in a monograph's collections."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SOURCES_40 = REPO / "tests" / "fixtures" / "gost" / "sources_40.json"
CROSSREF_WORK = REPO.parent / "shared" / "fixtures" / "crossref" / "works_10.1038_srep16696.json"

# A Kazakh article by Kazakh authors (names in Kazakh letters, stored in the nominative).
KAZAKH_ARTICLE: dict[str, Any] = {
    "id": "abilkasymova", "type": "article-journal", "language": "kk",
    "title": "Көші-қон саласындағы құқық бұзушылықтардың алдын алу",
    "author": [{"family": "Әбілқасымова", "given": "Әлия Сейтқалиқызы"},
               {"family": "Құдайбергенова", "given": "Үміт Ерланқызы"}],
    "container-title": "ҚазҰУ Хабаршысы. Заң сериясы", "issued": "2023", "volume": "105",
    "issue": "1", "page": "34-45",
}

# Chapters of the collective monograph: which sources each one cites (ids of the items above).
CHAPTERS: dict[str, list[str]] = {
    "Глава 1. Правовые основы": ["const", "migr", "migr-kk", "koap", "refugees", "ivanov",
                                 "collective", "article-ru", "diss"],
    "Глава 2. Практика": ["court", "decree", "abilkasymova", "article-kk", "musa", "khamzin",
                          "castles", "web-en"],
}
MONOGRAPH = "Монография"


def sample_items() -> list[dict[str, Any]]:
    """The CSL-JSON items, each with its `id` (citation key)."""
    items = json.loads(SOURCES_40.read_text(encoding="utf-8"))
    return [*items, dict(KAZAKH_ARTICLE)]


def crossref_reference() -> Any:
    """The English article with a DOI, mapped from the recorded Crossref response."""
    from core.crossref_mapping import message_of, work_to_reference

    return work_to_reference(message_of(json.loads(CROSSREF_WORK.read_text(encoding="utf-8"))))


def fill_library(library: Any) -> dict[str, int]:
    """Add the items and the Crossref article to `library` (a db.library.Library) and file them
    in the monograph's collections. Returns the library id of each item by its key (the Crossref
    article under `crossref`)."""
    from core.model import Reference
    from db import collections

    items = sample_items()
    refs = []
    for item in items:
        ref = Reference.from_csl(item)
        ref.citation_key = str(item["id"])
        refs.append(ref)
    refs.append(crossref_reference())
    ids = library.add_many(refs)
    by_key = {str(item["id"]): ref_id for item, ref_id in zip(items, ids, strict=False)}
    by_key["crossref"] = ids[-1]
    with library.transaction() as s:
        parent = collections.create(s, MONOGRAPH)
        for name, keys in CHAPTERS.items():
            child = collections.create(s, name, parent)
            collections.add_references(s, child, [by_key[k] for k in keys])
        collections.add_references(s, parent, [by_key["crossref"]])
    return by_key
