"""RIS, both ways, as Scopus, Web of Science, Zotero, EndNote, Mendeley, RefWorks, Citavi and the
Ovid/EBSCO databases write it: types and tags as tables, legacy tags (T1, A1, Y1, JF, N2) read,
repeated tags kept, unknown tags kept in `extra["ris"]` and written back. Our own reader rather
than rispy: it keeps each record's line for problems, reads stray carriage returns (IEEE Xplore)
and EndNote's unindented keyword lines, and never drops a tag it does not know."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.formats.base import ParseResult
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn, split_identifiers
from core.language import normalize_language
from core.model import Creator, Issn, Reference

NAME = "ris"
LABEL = "RIS"
EXTENSIONS: tuple[str, ...] = (".ris", ".txt", ".nbib")
CAN_DUMP = True

# RIS type -> CSL type (the RIS 2011 list, EndNote's and Zotero's additions, and the spelled-out
# names some tools write: "TY  - Journal Article").
TYPES_IN: dict[str, str] = {
    "JOUR": "article-journal", "JFULL": "article-journal", "EJOUR": "article-journal",
    "ABST": "article-journal", "INPR": "article-journal", "MGZN": "article-magazine",
    "NEWS": "article-newspaper", "BOOK": "book", "EBOOK": "book", "EDBOOK": "book",
    "SER": "book", "CLSWK": "book", "CHAP": "chapter", "ECHAP": "chapter",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "THES": "thesis",
    "RPRT": "report", "GOVDOC": "report", "GEN": "document", "ELEC": "webpage",
    "WEB": "webpage", "BLOG": "post-weblog", "PAT": "patent", "STAT": "legislation",
    "LEGAL": "legislation", "BILL": "bill", "UNBILL": "bill", "CASE": "legal_case",
    "HEAR": "hearing", "UNPB": "manuscript", "MANSCPT": "manuscript", "DATA": "dataset",
    "DBASE": "dataset", "COMP": "software", "MAP": "map", "PCOMM": "personal_communication",
    "ICOMM": "personal_communication", "SOUND": "song", "MUSIC": "musical_score",
    "VIDEO": "motion_picture", "MPCT": "motion_picture", "ADVS": "motion_picture",
    "ART": "graphic", "FIGURE": "figure", "CHART": "figure", "EQUA": "figure",
    "STAND": "standard", "DICT": "entry-dictionary", "ENCYC": "entry-encyclopedia",
    "PAMP": "pamphlet", "AGGR": "dataset", "CTLG": "book", "MULTI": "document",
    "SLIDE": "speech", "GRANT": "document", "ANCIENT": "manuscript",
    "JOURNAL ARTICLE": "article-journal", "BOOK SECTION": "chapter",
    "CONFERENCE PAPER": "paper-conference", "CONFERENCE PROCEEDINGS": "paper-conference",
    "THESIS": "thesis", "REPORT": "report", "WEB PAGE": "webpage", "GENERIC": "document",
}
TYPES_OUT: dict[str, str] = {
    "article-journal": "JOUR", "article": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "book": "BOOK", "chapter": "CHAP",
    "paper-conference": "CPAPER", "thesis": "THES", "report": "RPRT", "document": "GEN",
    "webpage": "ELEC", "post": "BLOG", "post-weblog": "BLOG", "patent": "PAT",
    "legislation": "STAT", "regulation": "STAT", "treaty": "STAT", "bill": "BILL",
    "legal_case": "CASE", "hearing": "HEAR", "manuscript": "UNPB", "dataset": "DATA",
    "software": "COMP", "map": "MAP", "personal_communication": "PCOMM", "song": "SOUND",
    "musical_score": "MUSIC", "motion_picture": "VIDEO", "graphic": "ART", "figure": "FIGURE",
    "standard": "STAND", "entry-dictionary": "DICT", "entry-encyclopedia": "ENCYC",
    "entry": "ENCYC", "pamphlet": "PAMP", "speech": "SLIDE", "periodical": "JFULL",
    "interview": "PCOMM", "review": "JOUR", "review-book": "JOUR", "broadcast": "VIDEO",
}
# Tags holding names -> CSL role.
NAME_TAGS: dict[str, str] = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor",
                             "A3": "collection-editor", "A4": "translator"}
# Tags holding plain text -> model attribute (the first tag of a group that is present wins; the
# others are kept in extra["ris"]).
TEXT_TAGS: dict[str, str] = {
    "TI": "title", "T1": "title", "CT": "title", "TT": "title_translated",
    "ST": "title_short", "T2": "container_title", "JF": "container_title",
    "JO": "container_title", "BT": "container_title", "J2": "container_title_short",
    "JA": "container_title_short", "J1": "container_title_short", "JI": "container_title_short",
    "J9": "container_title_short", "T3": "collection_title", "VL": "volume", "VO": "volume",
    "IS": "issue", "CP": "issue", "ET": "edition", "NV": "number_of_volumes",
    "PB": "publisher", "PU": "publisher", "CY": "publisher_place", "PI": "publisher_place",
    "AB": "abstract", "N2": "abstract", "N1": "note", "UR": "url", "DB": "source",
    "DP": "source", "SE": "section", "CN": "archive_location", "AN": "archive_location",
    "M3": "genre", "RI": "number",
}
# Written back under these tags.
TAGS_OUT: dict[str, str] = {
    "title": "TI", "title_translated": "TT", "title_short": "ST", "container_title": "T2",
    "container_title_short": "J2", "collection_title": "T3", "volume": "VL", "issue": "IS",
    "edition": "ET", "number_of_volumes": "NV", "publisher": "PB", "publisher_place": "CY",
    "abstract": "AB", "note": "N1", "url": "UR", "source": "DB", "section": "SE",
    "archive_location": "AN", "genre": "M3",
}
ROLES_OUT: dict[str, str] = {"author": "AU", "editor": "A2", "collection-editor": "A3",
                             "translator": "A4"}
DATE_TAGS = ("PY", "Y1", "DA")
# Tags seen as one another on a round trip (what `dump` writes for what it read).
TAG_ALIASES: dict[str, str] = {
    "T1": "TI", "CT": "TI", "A1": "AU", "ED": "A2", "Y1": "PY", "DA": "PY", "N2": "AB",
    "JF": "T2", "JO": "T2", "BT": "T2", "JA": "J2", "J1": "J2", "JI": "J2", "J9": "J2",
    "VO": "VL", "CP": "IS", "PU": "PB", "PI": "CY", "DP": "DB", "CN": "AN", "C7": "SP",
}
_ARTICLES = frozenset({"article-journal", "article-magazine", "article-newspaper"})
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|\s*)$")
_TAG_VALUE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}- ?")
_MULTI_LINE_TAGS = frozenset({"AB", "N2", "N1", "N3", "RN"})
_LIST_CONTINUATION = frozenset({"KW", "SN", "DB", "AU", "A1", "A2", "ED"})


def sniff(text: str) -> bool:
    return re.search(r"(?m)^[ \t\r\ufeff]*TY {1,2}-[ \t]*\S", text[: 1 << 16]) is not None


class _Record:
    def __init__(self, line: int, ris_type: str) -> None:
        self.line = line
        self.type = ris_type
        self.tags: list[tuple[str, str]] = []
        self.types_seen: list[str] = [ris_type]


def records(text: str, result: ParseResult) -> list[_Record]:
    """The tag lines of each record, continuation lines joined; problems for records without a
    TY or an ER line."""
    out: list[_Record] = []
    current: _Record | None = None
    orphan_line: int | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip("\r\ufeff").rstrip()
        stripped = line.lstrip()
        m = _TAG_LINE.match(stripped)
        if m:
            tag, value = m.group(1), (m.group(2) or "").strip()
            if tag == "TY":
                if current is not None:
                    if not current.tags:
                        current.type = value.upper()
                        current.types_seen.append(value.upper())
                        continue
                    result.problem(current.line, None, "no ER line before the next TY: read to "
                                                       "there", skipped=False)
                    out.append(current)
                current = _Record(n, value.upper())
                orphan_line = None
                continue
            if tag == "ER":
                if current is not None:
                    out.append(current)
                    current = None
                elif orphan_line is not None:
                    result.problem(orphan_line, None, "a record without a TY (type) line")
                    orphan_line = None
                continue
            if current is None:
                if orphan_line is None:
                    orphan_line = n
                continue
            current.tags.append((tag, value))
            continue
        if current is None or not stripped:
            continue
        # A line without a tag continues the previous one (EndNote writes one keyword per line).
        if current.tags:
            tag, value = current.tags[-1]
            if tag in _LIST_CONTINUATION and not raw[:1].isspace():
                current.tags.append((tag, stripped))
            else:
                sep = "\n" if tag in _MULTI_LINE_TAGS else " "
                current.tags[-1] = (tag, f"{value}{sep}{stripped}" if value else stripped)
    if current is not None:
        result.problem(current.line, None, "the last record has no ER line: read to the end",
                       skipped=False)
        out.append(current)
    return out


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    result = ParseResult(format=NAME, encoding=encoding, file=file)
    for rec in records(text, result):
        if len(set(rec.types_seen)) > 1:
            result.problem(rec.line, None, f"several TY lines ({', '.join(rec.types_seen)}): "
                                           f"the last, {rec.type}, is used", skipped=False)
        csl_type = TYPES_IN.get(rec.type)
        if csl_type is None:
            result.problem(rec.line, None, f"unknown RIS type {rec.type!r}")
            continue
        try:
            ref, warnings = to_reference(rec.type, csl_type, rec.tags)
        except InvalidValueError as exc:
            result.problem(rec.line, None, f"invalid {exc.field} {exc.value!r}: {exc.reason}")
            continue
        for w in warnings:
            result.problem(rec.line, None, w, skipped=False)
        result.add(ref, rec.line)
    return result


def ris_date(value: str) -> PartialDate | None:
    """`2020`, `2020/05/12`, `2020/05//`, `2020///`, `2020-05-12`, `1 Jan.-Feb. 2019`."""
    text = value.strip()
    if not text or text.strip("/") == "":
        return None
    m = re.match(r"^(\d{4})(?:[/-](\d{0,2})(?:[/-](\d{0,2}))?)?(?:/.*)?$", text)
    if m:
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
        day = int(m.group(3)) if month and m.group(3) and 1 <= int(m.group(3)) <= 31 else None
        return PartialDate(year, month, day)
    return PartialDate.parse(text)


_MONTH_NAMES = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                            "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}


def _parts(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a RIS date, including Web of Science's `SEP 22` and `DEC`."""
    date = ris_date(value)
    if date is not None and date.year is not None:
        return date.year, date.month, date.day
    words = value.strip().upper().replace(".", "").split()
    month = _MONTH_NAMES.get(words[0][:3]) if words else None
    day = int(words[1]) if month and len(words) > 1 and words[1].isdigit() \
        and 1 <= int(words[1]) <= 31 else None
    return None, month, day


def _issued(dates: dict[str, str], extra: dict[str, Any]) -> PartialDate | None:
    """One date from DA, PY and Y1: the year they give, the month and day of the fullest; a
    tag whose year disagrees is kept in extra."""
    if not dates:
        return None
    parts = {tag: _parts(v) for tag, v in dates.items()}
    year = next((parts[t][0] for t in ("PY", "DA", "Y1") if t in parts and parts[t][0]), None)
    if year is None:
        first = next(iter(dates.values()))
        return PartialDate.parse(first) if first.strip("/ ") else None
    month = day = None
    for tag in ("DA", "Y1", "PY"):
        y, m, d = parts.get(tag, (None, None, None))
        if m and y in (None, year):
            month, day = m, d
            break
    for tag, (y, _m, _d) in parts.items():
        if y is not None and y != year:
            _add_extra(extra, tag, dates[tag])
    return PartialDate(year, month, day)


def _add_extra(extra: dict[str, Any], tag: str, value: str) -> None:
    ris = extra.setdefault("ris", {})
    ris.setdefault(tag, []).append(value)


def to_reference(ris_type: str, csl_type: str, tags: list[tuple[str, str]]
                 ) -> tuple[Reference, list[str]]:
    ref = Reference(type=csl_type)
    extra: dict[str, Any] = {}
    warnings: list[str] = []
    start = end = None
    dates: dict[str, str] = {}
    book = csl_type in ("book", "chapter")
    for tag, value in tags:
        if not value:
            continue
        if tag in NAME_TAGS:
            creator = parse_name(value, NAME_TAGS[tag])
            if creator.family or creator.given or creator.literal:
                ref.creators.append(creator)
        elif tag == "KW":
            for k in re.split(r"\s*;\s*", value) if ";" in value else [value]:
                if k and k not in ref.keywords:
                    ref.keywords.append(k)
        elif tag == "SP":
            if start is None:
                start = value
            else:
                _add_extra(extra, tag, value)
        elif tag == "EP":
            if end is None:
                end = value
            else:
                _add_extra(extra, tag, value)
        elif tag in DATE_TAGS:
            if tag in dates:
                _add_extra(extra, tag, value)
            else:
                dates[tag] = value
        elif tag == "Y2":
            if ref.accessed is None:
                ref.accessed = ris_date(value)
            else:
                _add_extra(extra, tag, value)
        elif tag == "DO":
            if ref.doi is None:
                ref.doi = normalize_doi(value)
            else:
                _add_extra(extra, tag, value)
        elif tag == "SN":
            for part in split_identifiers(value.strip("[]")):
                number = re.sub(r"\s*\(.*?\)\s*", " ", part).strip().strip("\"'")
                if not number:
                    continue
                kind = "electronic" if re.search(r"(?i)electronic|online|\be-?issn", part) \
                    else "print" if re.search(r"(?i)print|\bp-?issn", part) else None
                done = False
                for norm, is_issn in ((normalize_isbn, False), (normalize_issn, True)) if book \
                        else ((normalize_issn, True), (normalize_isbn, False)):
                    try:
                        v = norm(number)
                    except InvalidValueError:
                        continue
                    if is_issn:
                        if all(i.value != v for i in ref.issn):
                            ref.issn.append(Issn(v, kind))
                    elif v not in ref.isbn:
                        ref.isbn.append(v)
                    done = True
                    break
                if not done:
                    extra.setdefault("invalid-ISSN", []).append(part)
                    warnings.append(f"SN {part!r} is neither an ISSN nor an ISBN: kept as written")
        elif tag == "LA":
            if ref.language is None:
                ref.language = normalize_language(value)
            else:
                _add_extra(extra, tag, value)
        elif tag == "ID" and ref.citation_key is None and re.fullmatch(
                r"[A-Za-z][\w:.\-+]*", value):
            ref.citation_key = value  # a citation key (ours, BibDesk); EndNote's numbers stay
        elif tag == "C7" and "article-number" not in extra:
            extra["article-number"] = value
        elif tag == "M3" and csl_type in _ARTICLES and "document-type" not in extra:
            # Scopus and Embase put the document type ("Article", "Review") here, which is
            # not a genre to print; theses and reports use M3 for their type.
            extra["document-type"] = value
        elif tag in TEXT_TAGS:
            attr = TEXT_TAGS[tag]
            if attr == "container_title" and tag == "BT" and not book:
                attr = "title"
            if getattr(ref, attr) in (None, ""):
                setattr(ref, attr, value)
            else:
                _add_extra(extra, tag, value)
        else:
            _add_extra(extra, tag, value)
    if start:
        if re.search(r"\d\s*[-–]\s*\d", start) and not end:
            ref.page = re.sub(r"\s*[-–]+\s*", "-", start)
        else:
            ref.page = f"{start}-{end}" if end and end != start else start
    elif end:
        ref.page = end
    if not ref.page and extra.get("article-number"):
        ref.page = str(extra["article-number"])
    ref.issued = _issued(dates, extra)
    if TYPES_OUT.get(csl_type) != ris_type:
        extra["ris-type"] = ris_type
    ref.extra = extra
    return ref, warnings


# -------------------------------------------------------------------------------------- writing
def _line(tag: str, value: str) -> list[str]:
    lines = str(value).replace("\r", "").split("\n")
    out = [f"{tag}  - {lines[0].strip()}"]
    for more in lines[1:]:
        more = more.strip()
        if more:
            # A continuation line that looks like a tag would start a new field: indent it.
            out.append(" " + more if _TAG_VALUE.match(more) else more)
    return out


def record_lines(ref: Reference) -> list[str]:
    hint = ref.extra.get("ris-type")
    ris_type = hint if isinstance(hint, str) and TYPES_IN.get(hint) == ref.type \
        else TYPES_OUT.get(ref.type, "GEN")
    lines = [f"TY  - {ris_type}"]
    ris_extra = ref.extra.get("ris")
    if ref.citation_key and not (isinstance(ris_extra, dict) and ris_extra.get("ID")):
        lines += _line("ID", ref.citation_key)
    for c in ref.creators:
        tag = ROLES_OUT.get(c.role)
        name = _name(c)
        if tag and name.strip(" ,"):
            lines += _line(tag, name)
    for attr, tag in TAGS_OUT.items():
        value = getattr(ref, attr)
        if value:
            lines += _line(tag, value)
    if ref.issued is not None and ref.issued.year is not None:
        lines += _line("PY", str(ref.issued.year))
        if ref.issued.month:
            d = ref.issued
            lines += _line("DA", f"{d.year:04d}/{d.month:02d}/" + (f"{d.day:02d}" if d.day else ""))
    elif ref.issued is not None and ref.issued.literal:
        lines += _line("PY", ref.issued.literal)
    if ref.accessed is not None and ref.accessed.year:
        a = ref.accessed
        lines += _line("Y2", "/".join(f"{p:02d}" for p in (a.year, a.month, a.day) if p))
    article_number = ref.extra.get("article-number")
    if ref.page and ref.page != article_number:
        first, _, last = ref.page.partition("-")
        lines += _line("SP", first)
        if last:
            lines += _line("EP", last)
    if article_number:
        lines += _line("C7", str(article_number))
    doc_type = ref.extra.get("document-type")
    if doc_type and not ref.genre:
        lines += _line("M3", str(doc_type))
    if ref.doi:
        lines += _line("DO", ref.doi)
    for isbn in ref.isbn:
        lines += _line("SN", isbn)
    for issn in ref.issn:
        lines += _line("SN", issn.value)
    for bad in ref.extra.get("invalid-ISSN", []) + ref.extra.get("invalid-ISBN", []):
        lines += _line("SN", str(bad))
    if ref.language:
        lines += _line("LA", ref.language)
    for k in ref.keywords:
        lines += _line("KW", k)
    ris = ref.extra.get("ris")
    if isinstance(ris, dict):
        for tag, values in ris.items():
            if not (isinstance(tag, str) and re.fullmatch(r"[A-Z][A-Z0-9]", tag)) \
                    or tag in ("TY", "ER"):
                continue
            for value in values if isinstance(values, list) else [values]:
                lines += _line(tag, str(value))
    lines.append("ER  - ")
    return lines


def parse_name(value: str, role: str) -> Creator:
    """RIS names: `Last, First, Suffix`; without a comma `Smith J.A.` (Scopus), else the name of
    an organisation as Zotero writes one."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 1:
        words = parts[0].split()
        if len(words) >= 2 and re.fullmatch(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.-?)+", words[-1]):
            return Creator(role=role, family=" ".join(words[:-1]), given=words[-1])
        if len(words) >= 2:  # RIS names are "Last, First": without a comma, an organisation
            return Creator(role=role, literal=parts[0])
        return Creator(role=role, family=parts[0] or None)
    return Creator(role=role, family=parts[0] or None, given=parts[1] or None,
                   suffix=", ".join(parts[2:]) or None)


def _name(c: Creator) -> str:
    if c.literal and not c.family:
        return c.literal
    family = " ".join(p for p in (c.particle, c.family) if p)
    parts = [family, c.given or ""]
    if c.suffix:
        parts.append(c.suffix)
    text = ", ".join(parts).rstrip(", ")
    # "Abu Zeid," : a person with no given name (without the comma, an organisation)
    return text + "," if "," not in text and " " in text else text


def dump(records: Iterable[Reference]) -> str:
    """Records as RIS (UTF-8, CRLF-free; every tool reads LF)."""
    chunks = ["\n".join(record_lines(ref)) + "\n" for ref in records]
    return "\n".join(chunks)
