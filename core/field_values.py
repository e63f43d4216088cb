"""A record's fields as the text an editing form shows, the check of typed text, and writing typed
text back into a record.

The editor shows `field_text(ref, key)`, checks what the user types with `check(kind, text)` (a
`Problem` with a code the GUI turns into a translated message, and the detail it needs, such as
the check digit an ISSN should end with) and saves with `apply_texts(ref, {key: text})`, given
only the fields the user changed: a field left alone keeps its stored value exactly (a literal
date, an ISSN's print/electronic type, an identifier that failed validation on import).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from stdnum import ean as _ean
from stdnum import isbn as _isbn
from stdnum import issn as _issn
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn, split_identifiers
from core.language import normalize_language
from core.model import Issn, Reference, split_keywords
from core.type_fields import (
    DATE,
    DOI,
    EXTRA_PREFIX,
    FIELDS,
    FLAG,
    INVALID_EXTRA,
    ISBN,
    ISSN,
    KEYWORDS,
    LANGUAGE,
    URL,
    FieldSpec,
)

ERROR = "error"      # the value cannot be saved
WARNING = "warning"  # saved, but probably not what the user meant

# Codes of problems (the GUI holds one translated message per code).
DOI_FORMAT = "doi.format"
ISSN_CHECKSUM = "issn.checksum"
ISSN_FORMAT = "issn.format"
ISBN_CHECKSUM = "isbn.checksum"
ISBN_FORMAT = "isbn.format"
DATE_FORMAT = "date.format"
DATE_IMPOSSIBLE = "date.impossible"
URL_FORMAT = "url.format"
LANGUAGE_UNKNOWN = "language.unknown"
KEPT_AS_IMPORTED = "kept.invalid"

_URL = re.compile(r"^(https?|ftp)://[^\s/?#]+\.[^\s]*$|^(https?|ftp)://localhost\b", re.I)
_CSL_ISO_LANG = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with a typed value. `value` is the part at fault (one ISSN of several),
    `detail` what the message needs (the expected check digit, the reason)."""

    code: str
    severity: str = ERROR
    value: str = ""
    detail: str = ""

    @property
    def blocks_save(self) -> bool:
        return self.severity == ERROR


def spec_of(key: str) -> FieldSpec:
    if key in FIELDS:
        return FIELDS[key]
    if key.startswith(EXTRA_PREFIX):
        return FieldSpec(key, "text", key[len(EXTRA_PREFIX):])
    raise KeyError(key)


# ------------------------------------------------------------------------------------ reading
def field_text(ref: Reference, key: str) -> str:
    """The field as the form shows it; a value that failed validation on import is shown as it
    came, so the user sees it and can fix it."""
    spec = spec_of(key)
    if spec.is_extra:
        value = ref.extra.get(spec.extra_key)
        if spec.kind == FLAG:
            return "true" if value else ""
        return "" if value is None or isinstance(value, bool) else str(value)
    invalid = _invalid_raw(ref, key)
    if spec.kind == DOI:
        return ref.doi or ", ".join(invalid)
    if spec.kind == ISBN:
        return ", ".join([*ref.isbn, *invalid])
    if spec.kind == ISSN:
        return ", ".join([*(i.value for i in ref.issn), *invalid])
    if spec.kind == KEYWORDS:
        return "; ".join(ref.keywords)
    value = getattr(ref, key)
    if spec.kind == DATE:
        if value is None or (value.is_empty and not value.season):
            return ", ".join(invalid)
        return date_text(value)
    return "" if value is None else str(value)


def date_text(date: PartialDate) -> str:
    """`2020`, `2020-05`, `2020-05-01`, or the literal for a date no parser understood."""
    if date.from_literal or date.year is None:
        return date.literal or date.season or ""
    return date.iso()


def _invalid_raw(ref: Reference, key: str) -> list[str]:
    out: list[str] = []
    for raw_key, target in INVALID_EXTRA.items():
        if target != key or raw_key not in ref.extra:
            continue
        raw = ref.extra[raw_key]
        items = raw if isinstance(raw, list) else [raw]
        for item in items:
            if isinstance(item, dict):  # an unreadable CSL date object
                item = item.get("raw") or item.get("literal") or ""
            if str(item).strip():
                out.append(str(item))
    return out


# ------------------------------------------------------------------------------------ checking
def check(kind: str, text: str) -> list[Problem]:
    """Problems with text typed into a field of this kind (empty text is always fine)."""
    text = text.strip()
    if not text:
        return []
    if kind == DOI:
        try:
            normalize_doi(text)
        except InvalidValueError as exc:
            return [Problem(DOI_FORMAT, ERROR, text, exc.reason)]
        return []
    if kind == ISSN:
        return [p for part in split_identifiers(text) if (p := _check_issn(part))]
    if kind == ISBN:
        return [p for part in split_identifiers(text) if (p := _check_isbn(part))]
    if kind == DATE:
        return _check_date(text)
    if kind == URL:
        return [] if _URL.match(text) else [Problem(URL_FORMAT, WARNING, text)]
    if kind == LANGUAGE:
        code = normalize_language(text) or ""
        return [] if _CSL_ISO_LANG.match(code) else [Problem(LANGUAGE_UNKNOWN, WARNING, text)]
    return []


def _check_issn(value: str) -> Problem | None:
    compact = re.sub(r"[\s\-‐‑–—]", "", re.sub(r"(?i)^\s*[ep]?-?issn[\s:]*", "", value)).upper()
    try:
        _issn.validate(compact)
    except InvalidChecksum:
        return Problem(ISSN_CHECKSUM, ERROR, value, _issn.calc_check_digit(compact[:7]))
    except ValidationError:
        return Problem(ISSN_FORMAT, ERROR, value)
    return None


def _check_isbn(value: str) -> Problem | None:
    text = re.sub(r"(?i)^\s*isbn(-1[03])?[\s:]*", "", value)
    try:
        _isbn.validate(text)
    except InvalidChecksum:
        compact = _isbn.compact(text)
        if len(compact) == 13:
            expected = _ean.calc_check_digit(compact[:12])
        else:
            check = sum((i + 1) * int(n) for i, n in enumerate(compact[:9])) % 11
            expected = "X" if check == 10 else str(check)
        return Problem(ISBN_CHECKSUM, ERROR, value, expected)
    except InvalidLength:
        return Problem(ISBN_FORMAT, ERROR, value, "length")
    except ValidationError:
        return Problem(ISBN_FORMAT, ERROR, value)
    return None


def _check_date(text: str) -> list[Problem]:
    try:
        date = PartialDate.from_user(text)
    except InvalidValueError:
        return [Problem(DATE_FORMAT, ERROR, text)]
    parsed = PartialDate.parse(text)
    if parsed.year is not None and parsed.month and parsed.day:
        try:
            _dt.date(parsed.year, parsed.month, parsed.day)
        except ValueError:
            return [Problem(DATE_IMPOSSIBLE, ERROR, text)]
    # PartialDate.parse drops a month or day out of range ("2020-13"): refuse instead of saving
    # less than was typed.
    given = len(re.findall(r"\d+", text))
    kept = sum(x is not None for x in (date.year, date.month, date.day))
    if kept < given:
        return [Problem(DATE_IMPOSSIBLE, ERROR, text)]
    return []


def problems_of(key: str, text: str, *, stored_text: str | None = None) -> list[Problem]:
    """Problems of a field's text. An unchanged value that failed validation on import is not an
    error (it is kept as it came) but a warning, so opening and saving a record never fails on
    data the user did not touch."""
    problems = check(spec_of(key).kind, text)
    if stored_text is not None and text == stored_text:
        return [Problem(KEPT_AS_IMPORTED, WARNING, p.value, p.code) if p.blocks_save else p
                for p in problems]
    return problems


# ------------------------------------------------------------------------------------ writing
def apply_texts(ref: Reference, texts: dict[str, str]) -> Reference:
    """A copy of `ref` with each field in `texts` set from its text. Raises InvalidValueError
    (naming the field key) for a value that cannot be stored; the record is then not changed."""
    out = ref.copy()
    for key, text in texts.items():
        _apply(out, key, text.strip())
    return out


def _apply(ref: Reference, key: str, text: str) -> None:
    spec = spec_of(key)
    if spec.is_extra:
        name = spec.extra_key
        if spec.kind == FLAG:
            if text and text.lower() not in ("0", "false", "no"):
                ref.extra[name] = True
            else:
                ref.extra.pop(name, None)
        elif text:
            ref.extra[name] = text
        else:
            ref.extra.pop(name, None)
        return
    for raw_key, target in INVALID_EXTRA.items():
        if target == key:  # the user has rewritten the field: the imported raw value goes
            ref.extra.pop(raw_key, None)
    blocking = [p for p in check(spec.kind, text) if p.blocks_save]
    if blocking:
        raise InvalidValueError(key, text, blocking[0].code)
    if spec.kind == DOI:
        ref.doi = normalize_doi(text) if text else None
    elif spec.kind == ISBN:
        ref.isbn = list(dict.fromkeys(normalize_isbn(p) for p in split_identifiers(text)))
    elif spec.kind == ISSN:
        kinds = {i.value: i.kind for i in ref.issn}
        values = list(dict.fromkeys(normalize_issn(p) for p in split_identifiers(text)))
        ref.issn = [Issn(v, kinds.get(v)) for v in values]
    elif spec.kind == DATE:
        setattr(ref, key, PartialDate.from_user(text) if text else None)
    elif spec.kind == LANGUAGE:
        ref.language = normalize_language(text)
    elif spec.kind == KEYWORDS:
        ref.keywords = split_keywords(text) if text else []
    else:
        setattr(ref, key, text or None)


def csl_equal(a: Reference, b: Reference) -> bool:
    """Two records carry the same data (their CSL-JSON without the library id)."""
    return a.to_csl(include_id=False) == b.to_csl(include_id=False)


def changed_csl_keys(old: Reference, new: Reference) -> list[str]:
    """CSL-JSON keys whose value differs between two versions of a record."""
    a, b = old.to_csl(include_id=False), new.to_csl(include_id=False)
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def replay_changes(current: Reference, before: Reference, after: Reference) -> Reference:
    """`current` with the keys that differ between `before` and `after` set as in `after`: the
    edit from `before` to `after` replayed on a record that may have changed meanwhile in other
    fields (a refresh from Crossref). When `current` equals `before` the result equals `after`."""
    data: dict[str, Any] = current.to_csl(include_id=False)
    target = after.to_csl(include_id=False)
    for key in changed_csl_keys(before, after):
        if key in target:
            data[key] = target[key]
        else:
            data.pop(key, None)
    out = Reference.from_csl(data)
    out.id = current.id
    return out
