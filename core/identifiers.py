"""DOI, ISSN and ISBN: parse what users paste, store one canonical form, validate check digits."""

from __future__ import annotations

import re
from urllib.parse import unquote

from stdnum import isbn as _isbn
from stdnum import issn as _issn
from stdnum.exceptions import ValidationError

from core.errors import InvalidValueError

# A DOI is `10.` + registrant (digits, dotted) + `/` + suffix (any printable characters).
# In free text the suffix ends at whitespace; trailing punctuation is trimmed afterwards.
_DOI_IN_TEXT = re.compile(r"10\.\d{4,9}(?:\.\d+)*/[^\s\"]+", re.IGNORECASE)
_DOI_PREFIXES = re.compile(
    r"^(?:(?:https?://)?(?:dx\.)?doi\.org/|https?://(?:www\.)?doi\.org/|doi\s*[:=]?\s*|"
    r"info:doi/|urn:doi:)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"»”’>"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _trim_doi(doi: str) -> str:
    """Strip trailing punctuation that belongs to the sentence, keeping balanced brackets that are
    part of the DOI (10.1002/(SICI)1097-4636(199901)...)."""
    while doi and doi[-1] in _TRAILING:
        last = doi[-1]
        if last in _PAIRS and doi.count(_PAIRS[last]) >= doi.count(last):
            break
        doi = doi[:-1]
    return doi


def normalize_doi(value: str) -> str:
    """Return the canonical DOI (`10.xxxx/suffix`, lower-case) for any of the forms users paste:
    `https://doi.org/10...`, `doi:10...`, `DOI 10...`, URL-encoded, with trailing punctuation.
    DOIs are case-insensitive; we store lower case so comparisons are plain string equality."""
    if value is None:
        raise InvalidValueError("DOI", value, "empty")
    text = value.strip()
    if "%" in text:
        text = unquote(text)
    text = _DOI_PREFIXES.sub("", text).strip()
    m = _DOI_IN_TEXT.search(text)
    if not m or m.start() != 0:
        raise InvalidValueError("DOI", value, "not a DOI (expected 10.NNNN/...)")
    doi = _trim_doi(m.group(0))
    if "/" not in doi or doi.endswith("/"):
        raise InvalidValueError("DOI", value, "DOI has no suffix")
    return doi.lower()


def is_doi(value: str) -> bool:
    try:
        normalize_doi(value)
    except InvalidValueError:
        return False
    return True


# DOIs run together in a list cell ("10.1/a;10.2/b"): a `,` or `;` followed by another DOI
# ends the first one. (A DOI's own `;`, as in SICI's "...3.0.CO;2-A", is not followed by one.)
_NEXT_DOI = re.compile(r"[,;](?=10\.\d{4,9}(?:\.\d+)*/)")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def find_dois(text: str) -> list[str]:
    """Every distinct DOI in a block of text (a pasted reference list, an e-mail, a file), in order
    of first appearance, canonical form. Percent-encoded DOIs (links) are decoded."""
    if "%2F" in text or "%2f" in text:
        text = unquote(text)
    seen: dict[str, None] = {}
    for m in _DOI_IN_TEXT.finditer(text):
        for part in _NEXT_DOI.split(m.group(0)):
            if _PERCENT_ESCAPE.search(part):
                part = unquote(part)
            doi = _trim_doi(part).lower()
            if "/" in doi and not doi.endswith("/"):
                seen.setdefault(doi, None)
    return list(seen)


def doi_url(doi: str) -> str:
    return "https://doi.org/" + doi


def _issn_compact(value: str) -> str:
    text = re.sub(r"(?i)^\s*(e-?issn|p-?issn|issn)[\s:]*", "", str(value).strip())
    return re.sub(r"[\s\-‐‑–—]", "", text).upper()


def normalize_issn(value: str | int, *, repair_zeros: bool = False) -> str:
    """Return `NNNN-NNNC` after checking the check digit. With `repair_zeros`, a value that lost its
    leading zeros (a spreadsheet re-saved as numbers) is padded, but only if the padded value passes
    the check digit."""
    compact = _issn_compact(str(value))
    if repair_zeros and 4 <= len(compact) < 8 and compact[:-1].isdigit():
        padded = compact.rjust(8, "0")
        if _issn.is_valid(padded):
            compact = padded
    try:
        return str(_issn.format(_issn.validate(compact)))
    except ValidationError as exc:
        raise InvalidValueError("ISSN", value, _reason(exc)) from None


def issn_check_digit(value: str) -> str | None:
    """The check character (`0`-`9` or `X`) that an ISSN's first seven digits call for, so a form
    can say "the check digit should be 4"; None when the value does not start with 7 digits."""
    digits = _issn_compact(value)[:7]
    if len(digits) != 7 or not digits.isdigit():
        return None
    return str(_issn.calc_check_digit(digits))


def is_issn(value: str) -> bool:
    try:
        normalize_issn(value)
    except InvalidValueError:
        return False
    return True


def normalize_isbn(value: str) -> str:
    """Return the ISBN-13 with hyphens (`978-601-...`), after checking the check digit; ISBN-10 is
    converted. Hyphenation follows the registration-group ranges python-stdnum ships."""
    text = re.sub(r"(?i)^\s*isbn(-1[03])?[\s:]*", "", str(value).strip())
    try:
        compact = _isbn.validate(text)
        return str(_isbn.format(_isbn.to_isbn13(compact)))
    except ValidationError as exc:
        raise InvalidValueError("ISBN", value, _reason(exc)) from None


def isbn_compact(value: str) -> str:
    """ISBN-13 digits without hyphens (for comparison and lookups)."""
    return normalize_isbn(value).replace("-", "")


def is_isbn(value: str) -> bool:
    try:
        normalize_isbn(value)
    except InvalidValueError:
        return False
    return True


# ISBNs in free text: labelled ones ("ISBN 5-7555-0712-4", "ISBN-13: 978...") of either length,
# and unlabelled ISBN-13s (978/979...), never a bare ten-digit number (phone numbers, ids).
_ISBN_LABELLED = re.compile(r"\bISBN(?:-1[03])?\s*[:\s]\s*((?:\d[\s\-‐‑–]?){9}[\dXxХх])(?![\dXx])",
                            re.IGNORECASE)
_ISBN_BARE = re.compile(r"(?<![\d\-./])(97[89](?:[\-‐‑–\s]?\d){10})(?![\d\-‐‑–/]*\d)")


def find_isbns(text: str) -> list[str]:
    """Every distinct valid ISBN in a block of text, as ISBN-13 with hyphens, in order of first
    appearance. DOIs are blanked first: book DOIs embed ISBNs (10.1007/978-3-662-46370-3_13)
    and those name a chapter's DOI, not a book to add."""
    blanked = _DOI_IN_TEXT.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, str]] = []
    for pattern in (_ISBN_LABELLED, _ISBN_BARE):
        for m in pattern.finditer(blanked):
            # A Cyrillic Х typed for the check digit X is common in Russian catalogues.
            raw = m.group(1).replace("Х", "X").replace("х", "X")
            try:
                found.append((m.start(1), normalize_isbn(raw)))
            except InvalidValueError:
                continue
    seen: dict[str, None] = {}
    for _, isbn in sorted(found):
        seen.setdefault(isbn, None)
    return list(seen)


def split_identifiers(value: str) -> list[str]:
    """`"1234-5678, 2345-6789"`, `"978...; 978..."` or `"1234-5678 2345-6789"` -> separate values."""
    out: list[str] = []
    for part in re.split(r"[,;|]", value):
        tokens = part.split()
        if len(tokens) > 1 and all(len(_issn_compact(t)) >= 8 for t in tokens):
            out.extend(tokens)
        elif part.strip():
            out.append(part.strip())
    return out


def _reason(exc: ValidationError) -> str:
    name = type(exc).__name__
    return {
        "InvalidChecksum": "check digit does not match",
        "InvalidLength": "wrong number of digits",
        "InvalidFormat": "not a number of the right form",
        "InvalidComponent": "not a valid prefix",
    }.get(name, str(exc) or name)
