"""Pure mapping from Open Library's books API (`/api/books?jscmd=data`) to a Reference."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from core.crossref_cleaning import clean_text
from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_isbn
from core.language import detect_script_language
from core.model import Creator, Reference

_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.\s*)+$")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}


def books_url_path(isbn: str) -> tuple[str, dict[str, str]]:
    """The path and query of the books API for one ISBN (digits only, as the API keys them)."""
    return "/api/books", {"bibkeys": f"ISBN:{_digits(isbn)}", "format": "json", "jscmd": "data"}


def book_record(body: Mapping[str, Any], isbn: str) -> Mapping[str, Any] | None:
    """The record for `isbn` in a books API answer (`{"ISBN:...": {...}}`), or None (`{}`)."""
    key = f"ISBN:{_digits(isbn)}"
    record = body.get(key)
    if record is None and len(body) == 1:
        record = next(iter(body.values()))
    return record if isinstance(record, Mapping) else None


def split_person(name: str) -> Creator:
    """`Given Family`, `Family, Given` and the Russian `Иванов И. И.` (initials after)."""
    name = " ".join(name.split())
    if "," in name:
        return Creator.parse(name)
    words = name.split(" ")
    if len(words) >= 2 and _INITIALS.match(" ".join(words[1:])):
        return Creator(family=words[0], given=" ".join(words[1:]))
    return Creator.parse(name)


def book_to_reference(record: Mapping[str, Any], isbn: str) -> Reference:
    """Map one Open Library `jscmd=data` record to a book."""
    if not isinstance(record, Mapping):
        raise InvalidValueError("record", type(record).__name__, "not an Open Library record")
    ref = Reference(type="book")
    extra: dict[str, Any] = {"source-agency": "openlibrary"}
    title = str(record.get("title") or "").strip()
    subtitle = str(record.get("subtitle") or "").strip()
    if title:
        title, _ = clean_text(title, caps=True)
        ref.title = f"{title}: {subtitle}" if subtitle else title
    for author in _names(record.get("authors")):
        ref.creators.append(split_person(author))
    publishers = _names(record.get("publishers"))
    if publishers:
        ref.publisher = "; ".join(publishers)
    places = _names(record.get("publish_places"))
    if places:
        ref.publisher_place = "; ".join(places)
    ref.issued = _ol_date(record.get("publish_date"))
    pages = str(record.get("number_of_pages") or "").strip()
    if pages:
        ref.number_of_pages = pages
    identifiers = record.get("identifiers")
    identifiers = identifiers if isinstance(identifiers, Mapping) else {}
    raw_isbns = [isbn, *_items(identifiers.get("isbn_13")), *_items(identifiers.get("isbn_10"))]
    for raw in raw_isbns:
        try:
            value = normalize_isbn(str(raw))
        except InvalidValueError:
            continue
        if value not in ref.isbn:
            ref.isbn.append(value)
    for key in ("lccn", "oclc", "openlibrary"):
        if _items(identifiers.get(key)):
            extra[f"openlibrary-{key}"] = [str(v) for v in _items(identifiers[key])]
    url = record.get("url")
    ref.url = url.strip() or None if isinstance(url, str) else None
    ref.keywords = _names(record.get("subjects"))[:20]
    ref.language = detect_script_language(ref.title)
    ref.extra = extra
    return ref


def _names(value: Any) -> list[str]:
    """The `name` of each `{"name": ...}` object in a list, trimmed, blanks left out."""
    names = (" ".join(str(p.get("name") or "").split()) for p in _items(value)
             if isinstance(p, Mapping))
    return [n for n in names if n]


def _items(value: Any) -> list[Any]:
    """A list field as a list (anything else sent in its place counts as nothing)."""
    return value if isinstance(value, list) else []


def _ol_date(value: Any) -> PartialDate | None:
    """Open Library writes `2004`, `March 2004`, `March 5, 2004`, `2004-03-05`."""
    if not value:
        return None
    text = str(value).strip()
    m = re.match(r"^([A-Za-z]+)\s+(?:(\d{1,2}),\s*)?(\d{4})$", text)
    if m and m.group(1).lower() in _MONTHS:
        month = _MONTHS[m.group(1).lower()]
        day = int(m.group(2)) if m.group(2) else None
        return PartialDate(int(m.group(3)), month, day)
    return PartialDate.parse(text)


def _digits(isbn: str) -> str:
    try:
        return normalize_isbn(isbn).replace("-", "")
    except InvalidValueError:
        return re.sub(r"[^0-9Xx]", "", isbn)
