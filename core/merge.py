"""Merging two records of the same work: filling a stored record's empty fields from another
record (the automatic merge of an exact duplicate on import), key by key in CSL-JSON terms so that
every field, creators and kept extra keys included, is treated alike."""

from __future__ import annotations

from typing import Any

from core.model import Reference, split_keywords

# Keys whose values are lists of words: the union is kept, in order, without repeats.
_UNION_KEYS = frozenset({"keyword"})


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def fill_empty(existing: Reference, incoming: Reference) -> tuple[Reference, list[str]]:
    """`existing` with every field it lacks taken from `incoming`, and keywords united. Nothing
    `existing` holds is overwritten; its library id and citation key stay. Returns the merged
    record and the CSL-JSON keys that were filled (sorted), so the caller can report them."""
    old = existing.to_csl(include_id=False)
    new = incoming.to_csl(include_id=False)
    filled: list[str] = []
    for key, value in new.items():
        if _empty(value) or key == "citation-key":
            continue
        if key in _UNION_KEYS and not _empty(old.get(key)):
            have = split_keywords(old[key])
            seen = {k.casefold() for k in have}
            more = [k for k in split_keywords(value) if k.casefold() not in seen]
            if more:
                old[key] = ", ".join(have + more)
                filled.append(key)
            continue
        if _empty(old.get(key)):
            old[key] = value
            filled.append(key)
    if not filled:
        return existing.copy(), []
    merged = Reference.from_csl(old)
    merged.id = existing.id
    merged.citation_key = existing.citation_key
    return merged, sorted(filled)
