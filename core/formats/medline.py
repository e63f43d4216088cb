"""PubMed MEDLINE / .nbib (read only): `PMID- ` records of four-letter tags with six-space
continuation lines. Not RIS, though PubMed and some tools name it .ris or .txt."""

from __future__ import annotations

import re
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.formats.base import ParseResult
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn
from core.language import normalize_language
from core.model import Creator, Issn, Reference, split_keywords

NAME = "medline"
LABEL = "PubMed MEDLINE (.nbib)"
EXTENSIONS: tuple[str, ...] = (".nbib", ".medline")
CAN_DUMP = False

_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*- (.*)$")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec"), start=1)}
# Publication type -> CSL type (the first that matches wins).
PUBLICATION_TYPES: dict[str, str] = {
    "book": "book", "book chapter": "chapter", "congress": "paper-conference",
    "dataset": "dataset", "preprint": "article", "journal article": "article-journal",
}
_MAPPED = {"PMID", "TI", "AB", "FAU", "AU", "CN", "LA", "PT", "DP", "JT", "TA", "VI", "IP", "PG",
           "LID", "AID", "IS", "OT", "PL", "PB", "ISBN", "BTI", "ED", "FED"}


def sniff(text: str) -> bool:
    return re.search(r"(?m)^PMID- ?\d", text[: 1 << 16]) is not None


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    result = ParseResult(format=NAME, encoding=encoding, file=file)
    records: list[tuple[int, list[tuple[str, str]]]] = []
    current: list[tuple[str, str]] | None = None
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.rstrip("\r")
        if line.startswith("      ") and current:
            tag, value = current[-1]
            current[-1] = (tag, f"{value} {line.strip()}".strip())
            continue
        m = _TAG.match(line)
        if not m:
            continue
        tag, value = m.group(1), m.group(2).strip()
        if tag == "PMID":
            current = []
            records.append((n, current))
        if current is not None:
            current.append((tag, value))
    for start, tags in records:
        pmid = next((v for t, v in tags if t == "PMID"), None)
        try:
            ref = to_reference(tags)
        except InvalidValueError as exc:
            result.problem(start, pmid, f"invalid {exc.field} {exc.value!r}: {exc.reason}")
            continue
        result.add(ref, start)
    return result


def to_reference(tags: list[tuple[str, str]]) -> Reference:
    values: dict[str, list[str]] = {}
    for tag, value in tags:
        if value:   # an empty tag (`OT  - `) holds nothing to keep
            values.setdefault(tag, []).append(value)

    def one(tag: str) -> str:
        return values.get(tag, [""])[0]

    pts = [p.lower() for p in values.get("PT", [])]
    csl_type = next((PUBLICATION_TYPES[p] for p in pts if p in PUBLICATION_TYPES),
                    "article-journal")
    ref = Reference(type=csl_type, title=one("TI") or one("BTI") or None,
                    container_title=one("JT") or None, container_title_short=one("TA") or None,
                    volume=one("VI") or None, issue=one("IP") or None,
                    abstract=one("AB") or None, publisher=one("PB") or None)
    names = values.get("FAU") or values.get("AU") or []
    for name in names:
        family, _, given = name.partition(",")
        ref.creators.append(Creator(family=family.strip(), given=given.strip() or None))
    for name in values.get("CN", []):
        ref.creators.append(Creator(literal=name))
    for name in values.get("FED") or values.get("ED") or []:
        family, _, given = name.partition(",")
        ref.creators.append(Creator(role="editor", family=family.strip(),
                                    given=given.strip() or None))
    if one("PG"):
        ref.page = one("PG")
    dp = one("DP").split()
    if dp and dp[0][:4].isdigit():
        month = MONTHS.get(dp[1][:3].lower()) if len(dp) > 1 else None
        day = int(dp[2]) if month and len(dp) > 2 and dp[2].isdigit() else None
        ref.issued = PartialDate(int(dp[0][:4]), month, day)
    for v in values.get("LID", []) + values.get("AID", []):
        if v.endswith("[doi]") and ref.doi is None:
            ref.doi = normalize_doi(v[: -len("[doi]")].strip())
    for v in values.get("IS", []):
        number = re.sub(r"\s*\(.*\)", "", v).strip()
        kind = "electronic" if "electronic" in v.lower() else "print" if "print" in v.lower() \
            else "linking" if "linking" in v.lower() else None
        try:
            issn = normalize_issn(number)
        except InvalidValueError:
            continue
        if all(i.value != issn for i in ref.issn):
            ref.issn.append(Issn(issn, kind))
    for v in values.get("ISBN", []):
        try:
            ref.isbn.append(normalize_isbn(v))
        except InvalidValueError:
            continue
    if values.get("LA"):
        ref.language = normalize_language(one("LA"))
    # One keyword per OT line ("Axons, physiology" stays whole); a `;` inside one cannot be
    # told apart from a list in CSL-JSON, so such a line is split there.
    ref.keywords = split_keywords([k for v in values.get("OT", [])
                                   for k in (split_keywords(v) if ";" in v else [v])])
    extra: dict[str, Any] = {"PMID": one("PMID")}
    if one("PL"):
        ref.publisher_place = one("PL")
    kept = {t: v for t, v in values.items() if t not in _MAPPED}
    if kept:
        extra["medline"] = kept
    if pts:
        extra["document-type"] = "; ".join(values["PT"])
    ref.extra = extra
    return ref
