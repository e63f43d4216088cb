"""Field-level comparison of a stored record with freshly fetched metadata, and a safe merge.

A field counts as edited by the user when the stored value differs from what the previous fetch
mapped to (the cached response); such fields are overwritten only when the user confirms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.model import Reference

# Bookkeeping keys that are not the user's data: they follow the new fetch silently.
_BOOKKEEPING = frozenset({"silteme-original", "silteme-cleaned", "issued-from", "crossref-type",
                          "source-agency", "crossref-language"})
BOOKKEEPING_KEYS = _BOOKKEEPING


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str            # CSL-JSON key
    old: Any            # stored value (None when absent)
    new: Any            # fetched value (None when absent)
    edited: bool        # the stored value is the user's edit, not the previous fetch

    def describe(self) -> str:
        mark = "  (edited by you)" if self.edited else ""
        return f"{self.key}: {_short(self.old)} -> {_short(self.new)}{mark}"


def _csl(ref: Reference) -> dict[str, Any]:
    return ref.to_csl(include_id=False)


def field_changes(stored: Reference, fetched: Reference,
                  previous: Reference | None) -> list[FieldChange]:
    """What a refresh would change, key by key, in a stable order. `previous` is the record the
    last fetch mapped to (None when unknown: then every differing field counts as edited)."""
    a, b = _csl(stored), _csl(fetched)
    p = _csl(previous) if previous is not None else None
    out = []
    for key in sorted(set(a) | set(b)):
        if key in _BOOKKEEPING or a.get(key) == b.get(key):
            continue
        edited = p is None or p.get(key) != a.get(key)
        out.append(FieldChange(key, a.get(key), b.get(key), edited))
    return out


def apply_changes(stored: Reference, fetched: Reference, changes: list[FieldChange], *,
                  overwrite_edited: bool) -> Reference:
    """The stored record with the fetched values of `changes` (edited ones only when
    `overwrite_edited`), bookkeeping keys from the fetch; id kept."""
    data = _csl(stored)
    new = _csl(fetched)
    for change in changes:
        if change.edited and not overwrite_edited:
            continue
        if change.key in new:
            data[change.key] = new[change.key]
        else:
            data.pop(change.key, None)
    for key in _BOOKKEEPING:
        if key in new:
            data[key] = new[key]
    merged = Reference.from_csl(data)
    merged.id = stored.id
    merged.citation_key = stored.citation_key
    return merged


def _short(value: Any, limit: int = 70) -> str:
    if value is None:
        return "(none)"
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return repr(text[: limit - 1] + "…") if len(text) > limit else repr(text)
