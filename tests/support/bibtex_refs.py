"""Records from the real BibTeX fixtures for tests that need a real library (the formats module
lives on another branch): bibtexparser's bare parse, a plain field mapping, no LaTeX decoding."""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn
from core.model import Creator, Issn, Reference

TYPES = {"article": "article-journal", "book": "book", "mvbook": "book", "collection": "book",
         "incollection": "chapter", "inbook": "chapter", "inproceedings": "paper-conference",
         "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
         "techreport": "report", "report": "report", "patent": "patent", "online": "webpage",
         "misc": "document", "proceedings": "book", "manual": "report"}


def _fields(entry: bibtexparser.model.Entry) -> dict[str, str]:
    return {k.lower(): str(f.value) for k, f in entry.fields_dict.items()}


def to_reference(entry: bibtexparser.model.Entry) -> Reference:
    f = _fields(entry)
    ref = Reference(type=TYPES.get(entry.entry_type.lower(), "document"), citation_key=entry.key)
    ref.title = " ".join(f["title"].split()) if f.get("title") else None
    for name in re.split(r"\s+and\s+", f.get("author", "")):
        if name.strip():
            ref.creators.append(Creator.parse(name.strip()))
    year = re.search(r"\d{4}", f.get("year", "") or f.get("date", ""))
    if year:
        ref.issued = PartialDate(int(year.group()))
    if f.get("doi"):
        try:
            ref.doi = normalize_doi(f["doi"])
        except InvalidValueError:
            pass
    for raw in re.split(r"[,;]", f.get("isbn", "")):
        try:
            ref.isbn.append(normalize_isbn(raw))
        except InvalidValueError:
            pass
    for raw in re.split(r"[,;]", f.get("issn", "")):
        try:
            ref.issn.append(Issn(normalize_issn(raw)))
        except InvalidValueError:
            pass
    ref.container_title = f.get("journal") or f.get("journaltitle") or f.get("booktitle")
    ref.volume, ref.page = f.get("volume"), f.get("pages")
    ref.number = f.get("number") if ref.type in ("report", "patent") else None
    if f.get("chapter") and not f["chapter"].strip().isdigit():
        # @inbook{title = the book, chapter = the chapter's title}: a chapter in CSL terms.
        ref.type, ref.container_title, ref.title = "chapter", ref.title, f["chapter"]
    return ref


def load(path: Path) -> dict[str, Reference]:
    """Citation key -> record, for every entry bibtexparser reads (duplicate keys: the first)."""
    library = bibtexparser.parse_file(str(path))
    out: dict[str, Reference] = {}
    for entry in library.entries:
        out.setdefault(entry.key, to_reference(entry))
    return out
