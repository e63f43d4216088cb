"""Scopus CSV export (read only): columns found by header name, since Scopus renamed and reordered
them over the years (2016: 41 columns, 2021: 45, 2024: 46); authors with their Scopus ids, the
document type and every other column kept in `extra`."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError, ParseError
from core.formats.base import ParseResult
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn, split_identifiers
from core.language import normalize_language
from core.model import Creator, Issn, Reference, split_keywords

NAME = "scopus-csv"
LABEL = "Scopus CSV"
EXTENSIONS: tuple[str, ...] = (".csv",)
CAN_DUMP = False

# Header (case-insensitive) -> what it holds. Columns not listed are kept in extra under their
# header, lower case with hyphens (`funding-details`).
COLUMNS: dict[str, str] = {
    "authors": "authors", "author full names": "full_names", "author(s) id": "author_ids",
    "title": "title", "year": "year", "source title": "container_title", "volume": "volume",
    "issue": "issue", "art. no.": "article_number", "page start": "page_start",
    "page end": "page_end", "page count": "number_of_pages", "doi": "doi", "link": "url",
    "abstract": "abstract", "author keywords": "keywords", "editors": "editors",
    "publisher": "publisher", "conference name": "event_title",
    "conference location": "event_place", "issn": "issn", "isbn": "isbn",
    "language of original document": "language",
    "abbreviated source title": "container_title_short", "document type": "document_type",
    "source": "source",
}
# Scopus document type -> CSL type.
DOCUMENT_TYPES: dict[str, str] = {
    "article": "article-journal", "review": "article-journal", "letter": "article-journal",
    "note": "article-journal", "editorial": "article-journal", "erratum": "article-journal",
    "short survey": "article-journal", "data paper": "article-journal",
    "article in press": "article-journal", "retracted": "article-journal",
    "conference paper": "paper-conference", "conference review": "paper-conference",
    "book chapter": "chapter", "book": "book", "report": "report", "abstract report": "report",
    "business article": "article-magazine", "undefined": "document",
}
_NO_ABSTRACT = re.compile(r"^\[No abstract available\]$", re.IGNORECASE)
_FULL_NAME = re.compile(r"^(.*?)\s*\((\d+)\)\s*$")
_INITIALS = re.compile(r"^(.*?)\s+((?:[A-ZÀ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-я]?\.-?\s*)+)$")


def sniff(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    return "source title" in first and ("authors" in first or "title" in first) \
        and ("eid" in first or "link" in first or "document type" in first)


def _name(text: str, role: str = "author") -> Creator:
    """`Wilson L.N.` (the Authors column) -> family and initials."""
    text = text.strip()
    m = _INITIALS.match(text)
    if m:
        return Creator(role=role, family=m.group(1).strip(), given=m.group(2).strip())
    if "," in text:
        family, _, given = text.partition(",")
        return Creator(role=role, family=family.strip(), given=given.strip() or None)
    return Creator(role=role, literal=text) if " " in text else Creator(role=role, family=text)


def _authors(row: dict[str, str]) -> list[Creator]:
    full = row.get("full_names", "").strip()
    ids = [i.strip() for i in row.get("author_ids", "").split(";") if i.strip()]
    if full:
        out = []
        for i, part in enumerate(p for p in full.split(";") if p.strip()):
            m = _FULL_NAME.match(part.strip())
            name, sid = (m.group(1), m.group(2)) if m else (part.strip(), None)
            family, _, given = name.partition(",")
            c = Creator(family=family.strip() or None, given=given.strip() or None)
            if not given.strip() and " " in family.strip():
                c = Creator(literal=family.strip())
            sid = sid or (ids[i] if i < len(ids) else None)
            if sid:
                c.extra["scopus-id"] = sid
            out.append(c)
        return out
    raw = row.get("authors", "").strip()
    if not raw or raw.lower() in ("[no author name available]", "[anonymous]"):
        return []
    # 2024 exports separate authors with ";", older ones with "," ("Surname I., Surname I.").
    parts = raw.split(";") if ";" in raw else re.split(r"(?<=\.),\s*", raw)
    out = [_name(p) for p in parts if p.strip()]
    for c, sid in zip(out, ids, strict=False):
        c.extra["scopus-id"] = sid
    return out


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    result = ParseResult(format=NAME, encoding=encoding, file=file)
    stream = io.StringIO(text.lstrip("\ufeff"), newline="")
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise ParseError("the file is empty", file=file) from None
    except csv.Error as exc:
        raise ParseError(f"malformed CSV header: {exc}", file=file, line=1) from None
    names = [re.sub(r"\s+", " ", h).strip().lower() for h in header]
    if "title" not in names:
        raise ParseError("not a Scopus CSV export: no Title column", file=file, line=1)
    line = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ParseError(f"malformed CSV: {exc}", file=file, line=line) from None
        start, line = line, reader.line_num + 1
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(names) and "funding text 1" in names:
            # Scopus names one "Funding Text 1" column in the header but writes one column per
            # funding text in the rows: fold the extra ones back into it.
            i, more = names.index("funding text 1"), len(values) - len(names)
            values = values[:i] + ["; ".join(v for v in values[i:i + more + 1] if v)] \
                + values[i + more + 1:]
        if len(values) != len(names):
            result.problem(start, None, f"{len(values)} columns where the header has "
                                        f"{len(names)}: the row is cut or shifted")
            continue
        row: dict[str, str] = {}
        extra: dict[str, Any] = {}
        for h, v in zip(names, values, strict=True):
            v = v.strip()
            if h in COLUMNS:
                row[COLUMNS[h]] = v
            elif v:
                extra[re.sub(r"[^a-z0-9]+", "-", h).strip("-")] = v
        key = row.get("title", "")[:40] or None
        try:
            ref, warnings = to_reference(row, extra)
        except InvalidValueError as exc:
            result.problem(start, None, f"invalid {exc.field} {exc.value!r}: {exc.reason}")
            continue
        for w in warnings:
            result.problem(start, None, w, skipped=False)
        if not (ref.title or ref.creators):
            result.problem(start, key, "a row with neither title nor authors")
            continue
        result.add(ref, start)
    return result


def to_reference(row: dict[str, str], extra: dict[str, Any]) -> tuple[Reference, list[str]]:
    warnings: list[str] = []
    doc_type = row.get("document_type", "")
    ref = Reference(type=DOCUMENT_TYPES.get(doc_type.lower(), "article-journal"))
    if doc_type:
        extra["document-type"] = doc_type
    ref.creators = _authors(row)
    for part in [p for p in row.get("editors", "").split(";") if p.strip()]:
        ref.creators.append(_name(part, "editor"))
    for attr in ("title", "container_title", "container_title_short", "volume", "issue",
                 "publisher", "event_title", "event_place", "url", "source"):
        if row.get(attr):
            setattr(ref, attr, row[attr])
    if row.get("year"):
        ref.issued = PartialDate.parse(row["year"])
    if row.get("number_of_pages"):
        ref.number_of_pages = row["number_of_pages"]
    start, end = row.get("page_start", ""), row.get("page_end", "")
    if start:
        ref.page = f"{start}-{end}" if end and end != start else start
    if row.get("article_number"):
        extra["article-number"] = row["article_number"]
        ref.page = ref.page or row["article_number"]
    if row.get("doi"):
        ref.doi = normalize_doi(row["doi"])
    abstract = row.get("abstract", "")
    if abstract and not _NO_ABSTRACT.match(abstract):
        # Scopus appends its copyright line to the abstract: it is not the author's text.
        ref.abstract = abstract
    if row.get("keywords"):
        ref.keywords = split_keywords(row["keywords"])
    if row.get("language"):
        ref.language = normalize_language(row["language"])
        if ";" in row["language"]:
            extra["languages"] = row["language"]
    for raw in split_identifiers(row.get("issn", "")):
        try:
            value = normalize_issn(raw, repair_zeros=True)
        except InvalidValueError as exc:
            warnings.append(f"invalid ISSN {raw!r}: {exc.reason}: kept as written")
            extra.setdefault("invalid-ISSN", []).append(raw)
            continue
        if all(i.value != value for i in ref.issn):
            ref.issn.append(Issn(value))
    for raw in split_identifiers(row.get("isbn", "")):
        try:
            isbn = normalize_isbn(raw)
        except InvalidValueError as exc:
            warnings.append(f"invalid ISBN {raw!r}: {exc.reason}: kept as written")
            extra.setdefault("invalid-ISBN", []).append(raw)
            continue
        if isbn not in ref.isbn:
            ref.isbn.append(isbn)
    ref.extra = extra
    return ref, warnings
