"""Web of Science exports (read only): plain text (`FN` / `VR`, `PT ... ER`, `EF`) and
tab-delimited (UTF-8, or UTF-16 LE as WoS writes on Windows). Both carry the same two-letter
tags, so one table maps them; every tag without a model field is kept in `extra["wos"]`."""

from __future__ import annotations

import re
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError, ParseError
from core.formats.base import ParseResult
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn, split_identifiers
from core.language import normalize_language
from core.model import Creator, Issn, Reference, split_keywords

NAME = "wos"
LABEL = "Web of Science (plain text or tab-delimited)"
EXTENSIONS: tuple[str, ...] = (".txt", ".ciw", ".isi", ".tsv")
CAN_DUMP = False

# Tags whose plain-text continuation lines are separate values (one name, address or cited
# reference per line); the tab-delimited file separates them with "; ".
LIST_TAGS = frozenset({"AU", "AF", "BA", "BF", "BE", "CA", "GP", "CR", "C1", "C3", "EM", "RI",
                       "OI"})
TEXT_TAGS: dict[str, str] = {
    "TI": "title", "VL": "volume", "IS": "issue", "PU": "publisher", "PI": "publisher_place",
    "AB": "abstract", "CT": "event_title", "CL": "event_place", "SE": "collection_title",
    "PG": "number_of_pages", "JI": "container_title_short",
}
# WoS document type (DT) -> CSL type, when PT alone does not decide.
DOCUMENT_TYPES: dict[str, str] = {
    "article": "article-journal", "review": "article-journal",
    "proceedings paper": "paper-conference", "meeting abstract": "paper-conference",
    "book chapter": "chapter", "book": "book", "editorial material": "article-journal",
    "letter": "article-journal", "book review": "review-book", "correction": "article-journal",
    "data paper": "article-journal", "news item": "article-newspaper",
}
PUBLICATION_TYPES: dict[str, str] = {"J": "article-journal", "B": "book", "S": "book",
                                     "P": "patent", "C": "paper-conference"}
MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
                                      "SEP", "OCT", "NOV", "DEC"), start=1)}
_PLAIN_TAG = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$")
_SMALL_WORDS = frozenset({"of", "and", "the", "in", "for", "on", "at", "to", "a", "an", "de",
                          "la", "et", "und", "fur", "with", "by", "from"})


def sniff(text: str) -> str | None:
    """`plain` or `tab` when the text is a WoS export, else None."""
    head = text.lstrip("\ufeff")[:4096]
    first = head.split("\n", 1)[0].rstrip("\r")
    if first.startswith("FN ") or (first.startswith("PT ") and "\nER" in text[:1 << 20]):
        return "plain"
    cols = first.split("\t")
    if len(cols) > 10 and {"PT", "AU", "TI", "SO"} <= set(cols):
        return "tab"
    return None


def _plain_records(text: str, result: ParseResult) -> list[tuple[int, dict[str, list[str]]]]:
    out: list[tuple[int, dict[str, list[str]]]] = []
    current: dict[str, list[str]] | None = None
    start = 0
    tag = ""
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("   ") or line.startswith("\t"):
            if current is not None and tag:
                value = line.strip()
                if tag in LIST_TAGS:
                    current[tag].append(value)
                else:
                    current[tag][-1] += " " + value
            continue
        m = _PLAIN_TAG.match(line)
        if not m:
            if current is not None:
                result.problem(n, None, f"a line without a tag: {line[:40]!r}", skipped=False)
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag in ("FN", "VR"):
            continue
        if tag == "EF":
            break
        if tag == "ER":
            if current is not None:
                out.append((start, current))
            current = None
            continue
        if tag == "PT" or current is None:
            if current is not None:
                result.problem(start, None, "no ER line before the next PT: read to there",
                               skipped=False)
                out.append((start, current))
            current, start = {}, n
        current.setdefault(tag, []).append(value)
    if current is not None:
        result.problem(start, None, "the last record has no ER line: read to the end",
                       skipped=False)
        out.append((start, current))
    return out


def _tab_records(text: str, result: ParseResult) -> list[tuple[int, dict[str, list[str]]]]:
    lines = text.lstrip("\ufeff").splitlines()
    header = [h.strip() for h in lines[0].rstrip("\r").split("\t")]
    out: list[tuple[int, dict[str, list[str]]]] = []
    for n, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        values = raw.rstrip("\r").split("\t")
        if len(values) < len(header) - 1 or len(values) > len(header) + 1:
            result.problem(n, None, f"{len(values)} columns where the header has {len(header)}")
            continue
        rec: dict[str, list[str]] = {}
        for tag, value in zip(header, values, strict=False):
            value = value.strip()
            if not tag or not value:
                continue
            rec[tag] = [v.strip() for v in value.split("; ")] if tag in LIST_TAGS else [value]
        out.append((n, rec))
    return out


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    kind = sniff(text)
    if kind is None:
        raise ParseError("not a Web of Science export (no FN header and no tab-delimited header "
                         "of WoS tags)", file=file, line=1)
    result = ParseResult(format=NAME, encoding=encoding, file=file)
    result.notes.append("tab-delimited" if kind == "tab" else "plain text")
    recs = _tab_records(text, result) if kind == "tab" else _plain_records(text, result)
    for line, rec in recs:
        key = rec.get("UT", [None])[0]
        try:
            ref, warnings = to_reference(rec)
        except InvalidValueError as exc:
            result.problem(line, key, f"invalid {exc.field} {exc.value!r}: {exc.reason}")
            continue
        for w in warnings:
            result.problem(line, key, w, skipped=False)
        if not (ref.title or ref.creators):
            result.problem(line, key, "a record with neither title nor authors")
            continue
        result.add(ref, line)
    return result


def title_case(text: str) -> str:
    """WoS writes source titles in capitals (`ORGANIZATION SCIENCE`): title case them, small
    words lower case."""
    if not text or text != text.upper():
        return text
    words = text.lower().split(" ")
    return " ".join(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _person(text: str, role: str) -> Creator:
    family, _, given = text.partition(",")
    if not given.strip() and " " in family.strip():
        return Creator(role=role, literal=family.strip())
    return Creator(role=role, family=family.strip() or None, given=given.strip() or None)


def to_reference(rec: dict[str, list[str]]) -> tuple[Reference, list[str]]:
    def one(tag: str) -> str:
        values = rec.get(tag)
        return " ".join(values).strip() if values else ""

    warnings: list[str] = []
    dt = one("DT")
    pt = one("PT")
    csl_type = PUBLICATION_TYPES.get(pt, "article-journal")
    for part in [p.strip().lower() for p in dt.split(";")]:
        if part in DOCUMENT_TYPES and (pt != "J" or part not in ("book chapter", "book")):
            csl_type = DOCUMENT_TYPES[part]
            break
    if pt in ("B", "S") and one("BP") and csl_type == "book":
        csl_type = "chapter"
    ref = Reference(type=csl_type)
    extra: dict[str, Any] = {}
    if dt:
        extra["document-type"] = dt
    names = rec.get("AF") or rec.get("AU") or []
    ref.creators = [_person(n, "author") for n in names if n]
    for n in rec.get("CA", []) + rec.get("GP", []):
        ref.creators.append(Creator(role="author", literal=n))
    for n in rec.get("BE", []):
        ref.creators.append(_person(n, "editor"))
    for tag, attr in TEXT_TAGS.items():
        value = one(tag)
        if value:
            setattr(ref, attr, value)
    source = one("SO")
    if source:
        if csl_type == "chapter" and one("BS"):
            ref.collection_title = title_case(source)
        else:
            ref.container_title = title_case(source)
    if not ref.container_title_short and one("J9"):
        ref.container_title_short = one("J9")
    year = one("PY")
    if year:
        date = PartialDate.parse(year)
        pd = one("PD").upper().split()
        month = MONTHS.get(pd[0][:3]) if pd else None
        day = int(pd[1]) if month and len(pd) > 1 and pd[1].isdigit() and 1 <= int(pd[1]) <= 31 \
            else None
        ref.issued = PartialDate(date.year, month, day) if date.year and not date.literal \
            else date
    bp, ep, ar = one("BP"), one("EP"), one("AR")
    if bp:
        ref.page = f"{bp}-{ep}" if ep and ep != bp else bp
    if ar:
        extra["article-number"] = ar
        ref.page = ref.page or ar
    if one("DI"):
        ref.doi = normalize_doi(one("DI"))
    if one("LA"):
        ref.language = normalize_language(one("LA"))
    if one("DE"):
        ref.keywords = split_keywords(one("DE"))
    for tag, kind in (("SN", "print"), ("EI", "electronic")):
        for raw in split_identifiers(one(tag)):
            try:
                value = normalize_issn(raw)
            except InvalidValueError as exc:
                warnings.append(f"invalid ISSN {raw!r}: {exc.reason}: kept as written")
                extra.setdefault("invalid-ISSN", []).append(raw)
                continue
            if all(i.value != value for i in ref.issn):
                ref.issn.append(Issn(value, kind))
    for raw in split_identifiers(one("BN")):
        try:
            isbn = normalize_isbn(raw)
        except InvalidValueError as exc:
            warnings.append(f"invalid ISBN {raw!r}: {exc.reason}: kept as written")
            extra.setdefault("invalid-ISBN", []).append(raw)
            continue
        if isbn not in ref.isbn:
            ref.isbn.append(isbn)
    if one("UT"):
        extra["wos-id"] = one("UT")
    mapped = set(TEXT_TAGS) | {"PT", "DT", "AU", "AF", "CA", "GP", "BE", "SO", "PY", "PD", "BP",
                               "EP", "AR", "DI", "LA", "DE", "SN", "EI", "BN", "UT"}
    kept = {t: (v if t in LIST_TAGS else " ".join(v)) for t, v in rec.items() if t not in mapped}
    if kept:
        extra["wos"] = kept
    ref.extra = extra
    return ref, warnings
