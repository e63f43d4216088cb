"""Merging two records of the same work, key by key in CSL-JSON terms so that every field,
creators and kept extra keys included, is treated alike: filling a stored record's empty fields
(the automatic merge of an exact duplicate on import), and the user's field-by-field merge of two
duplicates (which value wins per field, creators as a whole from one side, keywords united)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.model import CREATOR_ROLES, Creator, Reference, split_keywords
from core.refresh import BOOKKEEPING_KEYS

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


# ---------------------------------------------------------------------------------- user merge
KEEP, OTHER, UNION = "keep", "other", "union"
CHOICES = (KEEP, OTHER, UNION)
# The creators (every role) move as one list, from one side.
CREATORS = "creators"
# Lists whose union is the default (a retraction mark or an identifier is never dropped).
UNION_BY_DEFAULT = frozenset({"keyword", "updated-by", "ISBN", "ISSN"})
# Keys that follow another one: the ISSN kinds go with the ISSNs.
_FOLLOWERS = {"issn-type": "ISSN"}
# Names users type for keys: model attributes and case variants.
_KEY_ALIASES = {"doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "url": "URL", "keywords": "keyword",
                "authors": CREATORS, "author": CREATORS, "names": CREATORS,
                "container": "container-title", "journal": "container-title",
                "year": "issued", "date": "issued", "key": "citation-key"}


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field where two records differ, for the side-by-side view: CSL-JSON values (None when
    a side lacks the field; for `creators` a `{role: [names]}` mapping) and what `merge_records`
    takes when the user makes no choice."""

    key: str
    keep: Any
    other: Any
    default: str


def field_key(name: str) -> str:
    """The CSL-JSON key for a field name as a user types it (`container_title`, `doi`,
    `authors`)."""
    text = name.strip()
    if text in _KEY_ALIASES:
        return _KEY_ALIASES[text]
    low = text.lower()
    if low in _KEY_ALIASES:
        return _KEY_ALIASES[low]
    from core.model import _DATE_FIELDS, _STRING_FIELDS

    if text in _STRING_FIELDS:
        return _STRING_FIELDS[text]
    if text in _DATE_FIELDS:
        return _DATE_FIELDS[text]
    return text.replace("_", "-") if text.replace("_", "-") in _known_keys() else text


def _known_keys() -> frozenset[str]:
    from core.model import _DATE_FIELDS, _STRING_FIELDS

    return frozenset(_STRING_FIELDS.values()) | frozenset(_DATE_FIELDS.values()) | \
        {"type", "DOI", "ISBN", "ISSN", "language", "keyword", "updated-by"}


def _split(ref: Reference) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """(fields without creators, {role: [CSL names]})."""
    data = ref.to_csl(include_id=False)
    roles = set(CREATOR_ROLES) | {c.role for c in ref.creators}
    names: dict[str, list[dict[str, Any]]] = {}
    for role in [k for k in data if k in roles]:
        names[role] = data.pop(role)
    return data, names


def _default(key: str, a: dict[str, Any], b: dict[str, Any]) -> str:
    if key in UNION_BY_DEFAULT and not _empty(a.get(key)) and not _empty(b.get(key)):
        return UNION
    return KEEP if not _empty(a.get(key)) else OTHER


def comparable_fields(ref: Reference) -> dict[str, Any]:
    """A record's fields as the side-by-side view compares them: CSL-JSON keys (creators as one
    `creators` field, a `{role: [names]}` mapping, first), without bookkeeping keys and keys
    that follow another (`issn-type` goes with `ISSN`). The keys `field_differences` reports
    and `merge_records` accepts choices for are among these."""
    data, names = _split(ref)
    out: dict[str, Any] = {CREATORS: names} if names else {}
    out.update((k, v) for k, v in data.items()
               if k not in BOOKKEEPING_KEYS and k not in _FOLLOWERS and not _empty(v))
    return out


def unitable(key: str) -> bool:
    """Whether both records' values of a field can be kept together (`union`)."""
    return key in UNION_BY_DEFAULT


def field_differences(keep: Reference, other: Reference) -> list[FieldDifference]:
    """The fields where the two records differ (creators as one field, first), in key order;
    bookkeeping keys (where a value came from) are left out."""
    a, names_a = _split(keep)
    b, names_b = _split(other)
    out: list[FieldDifference] = []
    if names_a != names_b:
        out.append(FieldDifference(CREATORS, names_a or None, names_b or None,
                                   KEEP if names_a else OTHER))
    for key in sorted(set(a) | set(b)):
        if key in BOOKKEEPING_KEYS or key in _FOLLOWERS or a.get(key) == b.get(key):
            continue
        out.append(FieldDifference(key, a.get(key), b.get(key), _default(key, a, b)))
    return out


def merge_records(keep: Reference, other: Reference,
                  choices: Mapping[str, str] | None = None) -> tuple[Reference, list[str]]:
    """The record that results from merging `other` into `keep`, field by field.

    `choices` maps a field (CSL-JSON key, or `creators` for the whole list of names) to `keep`,
    `other` or, for list fields (keywords, ISBN, ISSN, updated-by), `union`. A field without a
    choice keeps `keep`'s value, or takes `other`'s when `keep` has none; keywords, ISBNs, ISSNs
    and correction notices are united. The result has `keep`'s id (and citation key unless
    chosen otherwise). Returns it with the keys whose value differs from `keep`'s (sorted).
    Raises InvalidValueError for a field neither record has or a choice that does not apply."""
    a, names_a = _split(keep)
    b, names_b = _split(other)
    wanted = _checked_choices(choices or {}, a, b, bool(names_a or names_b))
    result: dict[str, Any] = {}
    for key in list(dict.fromkeys([*a, *b])):
        if key in _FOLLOWERS:
            continue
        choice = wanted.get(key) or _default(key, a, b)
        value = _united(key, a.get(key), b.get(key)) if choice == UNION else \
            (a if choice == KEEP else b).get(key)
        if not _empty(value):
            result[key] = value
        for follower, leader in _FOLLOWERS.items():
            if leader == key:
                fv = _united(follower, a.get(follower), b.get(follower)) if choice == UNION \
                    else (a if choice == KEEP else b).get(follower)
                if not _empty(fv):
                    result[follower] = fv
    names_choice = wanted.get(CREATORS) or (KEEP if names_a else OTHER)
    result.update(names_a if names_choice == KEEP else names_b)
    merged = Reference.from_csl(result)
    merged.id = keep.id
    if "citation-key" not in wanted and keep.citation_key:
        merged.citation_key = keep.citation_key
    before = keep.to_csl(include_id=False)
    after = merged.to_csl(include_id=False)
    changed = sorted(k for k in set(before) | set(after)
                     if before.get(k) != after.get(k) and k not in _FOLLOWERS)
    if names_choice == OTHER and names_a != names_b:
        roles = set(names_a) | set(names_b)
        changed = sorted({k for k in changed if k not in roles} | {CREATORS})
    return merged, changed


def _checked_choices(choices: Mapping[str, str], a: dict[str, Any], b: dict[str, Any],
                     has_names: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    fields = set(a) | set(b) | ({CREATORS} if has_names else set())
    for name, choice in choices.items():
        key = field_key(name)
        value = str(choice).strip().lower()
        if value not in CHOICES:
            raise InvalidValueError(name, choice, f"choose one of {', '.join(CHOICES)}")
        if key not in fields:
            raise InvalidValueError(name, choice, "neither record has this field; fields: "
                                    + ", ".join(sorted(fields - set(_FOLLOWERS))))
        if value == UNION and key not in UNION_BY_DEFAULT:
            raise InvalidValueError(name, choice, "only keyword, ISBN, ISSN and updated-by "
                                    "can be united")
        out[key] = value
    return out


def _united(key: str, x: Any, y: Any) -> Any:
    if _empty(x):
        return y
    if _empty(y):
        return x
    if key == "keyword":
        have = split_keywords(x)
        seen = {k.casefold() for k in have}
        return ", ".join(have + [k for k in split_keywords(y) if k.casefold() not in seen])
    if key in ("ISBN", "ISSN"):
        parts = [p.strip() for p in f"{x}, {y}".split(",") if p.strip()]
        return ", ".join(dict.fromkeys(parts))
    if isinstance(x, list) and isinstance(y, list):
        out = list(x)
        for item in y:
            if item not in out:
                out.append(item)
        return out
    return x


def parse_choices(specs: Iterable[str]) -> dict[str, str]:
    """`["title=other", "creators=other", "keyword=keep"]` (the command line's `--take`) ->
    {key: choice}."""
    out: dict[str, str] = {}
    for spec in specs:
        name, sep, choice = spec.partition("=")
        if not sep or not name.strip():
            raise InvalidValueError("--take", spec, "expected FIELD=keep|other|union")
        out[field_key(name)] = choice.strip().lower()
    return out


def describe_value(key: str, value: Any) -> str:
    """A short plain-text rendering of a field value (names, dates, lists) for lists and logs."""
    if _empty(value):
        return ""
    if key == CREATORS and isinstance(value, dict):
        parts = []
        for role, names in value.items():
            shown = "; ".join(Creator.from_csl(n, role).display() for n in names)
            parts.append(shown if role == "author" else f"{role}: {shown}")
        return " | ".join(parts)
    if isinstance(value, dict) and ("date-parts" in value or "literal" in value):
        date = PartialDate.from_csl(value)
        return date.iso() if date else ""
    if isinstance(value, list):
        return ", ".join(str(v.get("DOI", v)) if isinstance(v, dict) else str(v) for v in value)
    return str(value)
