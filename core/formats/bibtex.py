"""BibTeX and BibLaTeX, both ways (bibtexparser 2.x splits the file; the mapping is ours): entry
types and fields as data tables, LaTeX decoded only where a value needs it, `@string` macros,
`crossref` / `xdata` inheritance, months, names with `{Organisation Names}`, JabRef and Better
BibTeX fields; every field the record has no place for is kept in `Reference.extra` and written
back. Malformed entries become problems with their line; the others are read."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError, ParseError
from core.formats import latex
from core.formats.base import ParseResult, no_gc
from core.identifiers import (
    find_dois,
    normalize_doi,
    normalize_isbn,
    normalize_issn,
    split_identifiers,
)
from core.language import normalize_language
from core.model import CREATOR_ROLES, Creator, Issn, Reference, split_keywords

# bibtexparser logs each syntax error to stderr; we report them as problems with their line.
logging.getLogger("bibtexparser.splitter").setLevel(logging.ERROR)

NAME = "bibtex"
LABEL = "BibTeX / BibLaTeX"
EXTENSIONS: tuple[str, ...] = (".bib", ".bibtex", ".biblatex")
CAN_DUMP = True

# ------------------------------------------------------------------------------------ vocabulary
# Entry type -> (CSL type, genre implied by the type). BibTeX, BibLaTeX (incl. biblatex-software
# and the legal types), and what Mendeley, Zotero and JabRef write.
TYPES_IN: dict[str, tuple[str, str | None]] = {
    "article": ("article-journal", None),
    "book": ("book", None), "mvbook": ("book", None), "bookinbook": ("chapter", None),
    "inbook": ("chapter", None), "suppbook": ("chapter", None),
    "incollection": ("chapter", None), "suppcollection": ("chapter", None),
    "collection": ("book", None), "mvcollection": ("book", None),
    "proceedings": ("book", None), "mvproceedings": ("book", None),
    "inproceedings": ("paper-conference", None), "conference": ("paper-conference", None),
    "reference": ("book", None), "mvreference": ("book", None),
    "inreference": ("entry-encyclopedia", None),
    "periodical": ("periodical", None), "suppperiodical": ("article-journal", None),
    "phdthesis": ("thesis", "PhD thesis"), "mastersthesis": ("thesis", "Master's thesis"),
    "thesis": ("thesis", None),
    "techreport": ("report", None), "report": ("report", None), "manual": ("report", None),
    "booklet": ("pamphlet", None), "unpublished": ("manuscript", None),
    "misc": ("document", None), "generic": ("document", None),
    "online": ("webpage", None), "www": ("webpage", None), "electronic": ("webpage", None),
    "webpage": ("webpage", None),
    "patent": ("patent", None), "standard": ("standard", None), "dataset": ("dataset", None),
    "software": ("software", None), "softwareversion": ("software", None),
    "softwaremodule": ("software", None), "codefragment": ("software", None),
    "legislation": ("legislation", None), "legal": ("legislation", None),
    "jurisdiction": ("legal_case", None),
    "letter": ("personal_communication", None), "review": ("review", None),
    "video": ("motion_picture", None), "movie": ("motion_picture", None),
    "audio": ("song", None), "music": ("song", None), "image": ("graphic", None),
    "artwork": ("graphic", None), "performance": ("performance", None),
    "map": ("map", None), "interview": ("interview", None),
    # biblatex-apa's legal and other types.
    "constitution": ("legislation", None), "legmaterial": ("legislation", None),
    "legadminmaterial": ("regulation", None), "presentation": ("speech", None),
    # Mendeley's own spellings.
    "book_section": ("chapter", None), "web_page": ("webpage", None),
    "journal_article": ("article-journal", None),
    "conference_proceedings": ("paper-conference", None),
    "newspaper_article": ("article-newspaper", None),
    "magazine_article": ("article-magazine", None), "film": ("motion_picture", None),
    "working_paper": ("report", None), "computer_program": ("software", None),
    "encyclopedia_article": ("entry-encyclopedia", None), "statute": ("legislation", None),
    "bill": ("bill", None), "case": ("legal_case", None), "hearing": ("hearing", None),
}
# CSL type -> entry type written (the thesis type is chosen by genre, below).
TYPES_OUT: dict[str, str] = {
    "article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
    "article": "article", "book": "book", "chapter": "incollection",
    "paper-conference": "inproceedings", "entry-encyclopedia": "inreference",
    "entry-dictionary": "inreference", "entry": "inreference", "periodical": "periodical",
    "thesis": "phdthesis", "report": "techreport", "pamphlet": "booklet",
    "manuscript": "unpublished", "document": "misc", "webpage": "online", "post": "online",
    "post-weblog": "online", "patent": "patent", "standard": "standard", "dataset": "dataset",
    "software": "software", "legislation": "legislation", "regulation": "legislation",
    "bill": "legislation", "treaty": "legislation", "legal_case": "jurisdiction",
    "personal_communication": "letter", "review": "review", "review-book": "review",
    "motion_picture": "video", "song": "audio", "graphic": "image", "performance": "performance",
    "map": "map", "interview": "interview",
}
ARTICLE_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "article"})
_SUBTYPES = {"newspaper": "article-newspaper", "magazine": "article-magazine"}
_PHD = frozenset({"phd thesis", "phdthesis", "phd", "doctoral thesis", "dissertation",
                  "doctoral dissertation", "phd dissertation", "дис. … д-ра", "диссертация"})
_MASTERS = frozenset({"master's thesis", "masters thesis", "mastersthesis", "master thesis",
                      "ma thesis", "msc thesis"})
# Types whose `number` is a series number, and whose container field is `booktitle`.
_BOOKLIKE = frozenset({"book", "chapter", "paper-conference", "entry-encyclopedia",
                       "entry-dictionary", "entry"})
_IN_TYPES = frozenset({"inbook", "incollection", "inproceedings", "inreference", "bookinbook",
                       "suppbook", "suppcollection", "conference"})
# Fields of a @crossref parent a child does not inherit (biblatex's rules).
_NOT_INHERITED = frozenset({"ids", "crossref", "xref", "xdata", "entryset", "label",
                            "shorthand", "sortkey", "options", "related", "key"})

# Plain text fields -> model attribute (names written back are in FIELDS_OUT).
FIELDS_IN: dict[str, str] = {
    "title": "title", "shorttitle": "title_short", "series": "collection_title",
    "volume": "volume", "volumes": "number_of_volumes", "edition": "edition",
    "pagetotal": "number_of_pages", "address": "publisher_place",
    "location": "publisher_place", "abstract": "abstract", "note": "note",
    "eventtitle": "event_title", "venue": "event_place", "type": "genre",
    "shortjournal": "container_title_short", "issue": "issue",
    "journal": "container_title", "journaltitle": "container_title",
    "booktitle": "container_title",
    "publisher": "publisher", "school": "publisher", "institution": "publisher",
}
# Model attributes written under a fixed name (the others under their CSL-JSON key).
FIELDS_OUT: dict[str, str] = {
    "title": "title", "title_short": "shorttitle", "collection_title": "series",
    "volume": "volume", "number_of_volumes": "volumes", "edition": "edition",
    "number_of_pages": "pagetotal", "publisher_place": "address", "abstract": "abstract",
    "note": "note", "event_title": "eventtitle", "event_place": "venue", "genre": "type",
    "container_title_short": "shortjournal",
}
DATE_FIELDS: dict[str, str] = {"urldate": "accessed", "eventdate": "event_date",
                               "origdate": "original_date"}
NAME_FIELDS: dict[str, str] = {"author": "author", "editor": "editor",
                               "translator": "translator", "bookauthor": "container-author",
                               **{r: r for r in CREATOR_ROLES if r.isalpha()}}
NAME_FIELDS_OUT: dict[str, str] = {v: k for k, v in NAME_FIELDS.items()}
# Fields written verbatim (biblatex's verbatim fields and file links): never LaTeX-decoded.
VERBATIM = frozenset({"url", "doi", "file", "pdf", "eprint", "verba", "verbb", "verbc", "filename",
                      "urlraw", "bdsk-url-1", "bdsk-url-2", "bdsk-file-1", "local-url",
                      # lists of citation keys: `_` and `:` are part of the keys
                      "ids", "related", "xref", "entryset", "crossref", "xdata", "options"})
# Fields whose brace-protected words are kept as `<span class="nocase">` (titles, and the fields
# a container title is read from, so it reads back the same whichever name it is written under).
TITLE_FIELDS = frozenset({"title", "shorttitle", "subtitle", "titleaddon", "booktitle",
                          "maintitle", "origtitle", "journal", "journaltitle"})
# Field names seen as one another on a round trip (what `dump` writes for what it read).
FIELD_ALIASES: dict[str, str] = {
    "journaltitle": "journal", "location": "address", "annotation": "annote",
    "date": "year", "day": "year", "month": "year", "language": "langid",
    "booktitle": "journal", "school": "publisher", "institution": "publisher",
    "issue": "number", "isbn": "issn",
}
# A model field's second name, used when the record also keeps a field of the first name.
OUT_ALTERNATES: dict[str, str] = {
    "journal": "journaltitle", "booktitle": "journaltitle", "address": "location",
    "publisher": "organization", "school": "institution", "institution": "school",
    "langid": "hyphenation", "shorttitle": "shorthand", "series": "collection-title",
    "type": "genre", "note": "annote", "abstract": "annotation", "number": "issue",
}
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                   "oct", "nov", "dec"), start=1)},
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november",
                                   "december"), start=1)},
    "sept": 9, "janv": 1, "févr": 2, "avr": 4, "juin": 6, "juil": 7, "déc": 12,
    **{m: i for i, m in enumerate(("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                   "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
                                  start=1)},
}
MONTHS_OUT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Language code -> the babel name biblatex's `langid` takes.
LANGID_OUT: dict[str, str] = {
    "ru": "russian", "kk": "kazakh", "en": "english", "de": "ngerman", "fr": "french",
    "uk": "ukrainian", "es": "spanish", "it": "italian", "pt": "portuguese", "pl": "polish",
    "cs": "czech", "tr": "turkish", "zh": "chinese", "ja": "japanese", "be": "belarusian",
    "uz": "uzbek", "ky": "kyrgyz", "nl": "dutch", "sv": "swedish", "fi": "finnish",
    "hu": "magyar", "el": "greek", "la": "latin", "ar": "arabic", "he": "hebrew",
}

_FAILURES: tuple[tuple[str, str], ...] = (
    ("Unexpectedly reached end of file", "the entry is not closed: missing closing brace"),
    ("Unexpected block start", "missing closing brace: the next entry starts inside this one"),
    ("Expected comma after entry key", "no citation key: expected `@type{key,`"),
    ("Expected a `=` after entry key", "broken field: a field name without `= value`"),
    ("Expected either a `,`", "broken field: expected `,` between fields"),
    ("Expected equals sign", "broken @string: expected `name = value`"),
)
_ENTRY_HEAD = re.compile(r"@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s{}()=]*)(?=[ \t]*,)?")
_FIELD_NAME = re.compile(r"^[A-Za-z_][\w:+.\-]*$")
_NAME_SPLIT = re.compile(r"\s+and\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"\s*(?:--+|[–—‐‑])\s*|\s+-\s*|\s*-\s+")
_ESCAPED = re.compile(r"\\([_%&#$])")


# ------------------------------------------------------------------------------------- reading
def sniff(text: str) -> bool:
    """True when the text holds a BibTeX entry or @string / @preamble / @comment block."""
    return re.search(r"(?m)^[ \t\ufeff]*@\s*[A-Za-z]+\s*[{(]", text[: 1 << 16]) is not None


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    """Every entry of a BibTeX / BibLaTeX text as a record; problems with their line."""
    with no_gc():
        return _parse(text, file, encoding)


def _parse(text: str, file: str | None, encoding: str | None) -> ParseResult:
    from bibtexparser import model as bm
    from bibtexparser.entrypoint import parse_string

    result = ParseResult(format=NAME, encoding=encoding, file=file)
    try:
        # Only bibtexparser's splitter: macros, `#` concatenation and delimiters are resolved
        # below in the same pass that maps the fields (its middleware leaves `a # b` unresolved
        # and costs a second pass over every field).
        library = parse_string(text, parse_stack=[])
    except Exception as exc:  # the parser's own bugs (ParserStateException): one clear error
        raise ParseError(f"the BibTeX parser could not read the file: {exc}", file=file) from None

    # Blocks bibtexparser set aside (duplicate key or field) still hold a readable entry.
    entries: list[tuple[int, Any, str | None]] = []  # (order line, entry, warning)
    first_line: dict[str, int] = {}
    failed_entries: list[tuple[int, Any, str]] = []
    for block in library.blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, bm.Entry):
            entries.append((line, block, None))
            first_line.setdefault(block.key.lower(), line)
        elif isinstance(block, bm.DuplicateBlockKeyBlock):
            failed_entries.append((line, block.ignore_error_block,
                                   f"citation key {block.key} is used twice in this file "
                                   f"(first at line {{first}}): imported under a new key"))
        elif isinstance(block, bm.DuplicateFieldKeyBlock):
            failed_entries.append((line, block.ignore_error_block, "duplicate-field"))
        elif isinstance(block, bm.ParsingFailedBlock):
            m = _ENTRY_HEAD.search(block.raw or "")
            key = m.group(2) if m and m.group(2) else None
            if m and m.group(1).lower() in ("comment",):
                continue
            result.problem(line, key, _failure_message(block.error))
        elif isinstance(block, bm.Preamble):
            result.preambles.append(_token(block.value, {}, None))
        elif isinstance(block, bm.ExplicitComment):
            m = re.match(r"@\s*(comment[A-Za-z]\w*)", block.raw or "", re.IGNORECASE)
            if m:  # `@commentary{...}`: bibtexparser takes any @comment... block as a comment
                result.problem(line, None, f"unknown entry type @{m.group(1)}")
            elif block.comment.lstrip().startswith("jabref-meta:"):
                result.comments.append(block.comment.strip())
    for line, entry, message in failed_entries:
        if message != "duplicate-field":
            message = message.replace("{first}", str(first_line.get(entry.key.lower(), "?")))
        entries.append((line, entry, message))
    if failed_entries:
        entries.sort(key=lambda t: t[0])
    strings: dict[str, str] = {}
    for block in library.strings:
        strings[block.key.lower()] = _value(block.value, strings, None)
    undefined: set[str] = set()

    raw_fields: dict[str, dict[str, str]] = {}
    parsed = []
    for line, entry, warning in entries:
        undefined.clear()
        fields, duplicates = _fields_of(entry, strings, undefined)
        if undefined:
            result.problem(line, entry.key or None, "undefined @string "
                           + ", ".join(sorted(undefined)) + ": kept as text", skipped=False)
        raw_fields.setdefault(entry.key.lower(), fields)
        parsed.append((line, entry, warning, fields, duplicates))
    notes = {"set": 0}
    for line, entry, warning, fields, duplicates in parsed:
        etype = entry.entry_type.lower()
        key = entry.key.strip() or None
        if etype in ("xdata", "set"):
            if etype == "set":
                notes["set"] += 1
            continue  # not works: containers of fields and groups of other entries
        for name, value in duplicates:
            if value == "\x00bad-name":
                result.problem(line, key, f"{name!r} is not a field name (text outside the "
                                          "fields?): left out", skipped=False)
            else:
                result.problem(line, key, f"field {name} appears twice: kept the first value, "
                                          f"left out {_short(value)!r}", skipped=False)
        if warning and warning != "duplicate-field":
            result.problem(line, key, warning, skipped=False)
        if etype not in TYPES_IN:
            result.problem(line, key, f"unknown entry type @{entry.entry_type}")
            continue
        try:
            fields = _inherit(fields, etype, raw_fields, line, key, result)
            ref, warnings = to_reference(etype, key, fields)
        except InvalidValueError as exc:
            result.problem(line, key, _invalid_message(exc))
            continue
        for message in warnings:
            result.problem(line, key, message, skipped=False)
        result.add(ref, line)
    if notes["set"]:
        result.notes.append(f"{notes['set']} @set entries (groups of other entries) are not "
                            "references and were not imported")
    return result


def _failure_message(error: Exception | None) -> str:
    reason = getattr(error, "abort_reason", None) or str(error or "syntax error")
    for start, message in _FAILURES:
        if reason.startswith(start):
            return message
    return f"syntax error: {reason.strip()}"


def _invalid_message(exc: InvalidValueError) -> str:
    return f"invalid {exc.field} {exc.value!r}: {exc.reason}"


def _short(value: str, n: int = 80) -> str:
    value = _SPACES.sub(" ", value).strip()
    return value if len(value) <= n else value[: n - 1] + "…"


_MONTH_MACROS = frozenset(MONTHS_OUT)
# Field names as written -> lower case, and the names known to be valid (a file repeats a few
# dozen names tens of thousands of times).
_NAMES: dict[str, str] = {}
_GOOD_NAMES: set[str] = set()


def _token(tok: str, strings: dict[str, str], undefined: set[str] | None) -> str:
    """One operand of a value: `{...}`, `"..."`, a number or an @string macro."""
    if tok[:1] == "{" and tok[-1:] == "}":  # the common case, as bibtexparser hands it over
        return tok[1:-1]
    tok = tok.strip()
    if len(tok) >= 2 and ((tok[0] == "{" and tok[-1] == "}") or (tok[0] == '"' and tok[-1] == '"')):
        return tok[1:-1]
    if not tok or tok.isdigit():
        return tok
    found = strings.get(tok.lower())
    if found is not None:
        return found
    if undefined is not None and tok.lower() not in _MONTH_MACROS:
        undefined.add(tok)
    return tok  # months (`jan`) are read by the month mapping; other names kept as written


def _value(raw: str, strings: dict[str, str], undefined: set[str] | None) -> str:
    """A field value as written -> its text: delimiters removed, macros expanded, `#` joined."""
    if "#" not in raw:
        return _token(raw, strings, undefined)
    parts, depth, quoted, start = [], 0, False, 0
    escaped = False
    for i, ch in enumerate(raw):
        if escaped:  # `\}`, `\#`: a character, not syntax
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append(raw[start:i])
            start = i + 1
    parts.append(raw[start:])
    if len(parts) == 1:
        return _token(raw, strings, undefined)
    return "".join(_token(p, strings, undefined) for p in parts)


def _fields_of(entry: Any, strings: dict[str, str] | None = None,
               undefined: set[str] | None = None
               ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Field name (lower case) -> value (macros resolved, outer braces removed); the first of
    repeated fields wins, the others are returned for reporting (keywords are joined)."""
    out: dict[str, str] = {}
    dupes: list[tuple[str, str]] = []
    strings = strings if strings is not None else {}
    for f in entry.fields:
        name = _NAMES.get(f.key)
        if name is None:
            name = _NAMES[f.key] = f.key.lower().strip()
        if name not in _GOOD_NAMES:
            if not _FIELD_NAME.match(name):
                dupes.append((name, "\x00bad-name"))
                continue
            _GOOD_NAMES.add(name)
        value = _value(f.value if isinstance(f.value, str) else str(f.value), strings, undefined)
        if not value.strip():
            continue  # an empty field is no field (and a crossref parent may fill it)
        if name in out:
            if name in ("keywords", "groups", "mendeley-tags") and value:
                sep = "; " if ";" in out[name] + value else ", "
                out[name] = f"{out[name]}{sep}{value}" if out[name] else value
            elif value.strip() and value.strip() != out[name].strip():
                dupes.append((name, value))
            continue
        out[name] = value
    return out, dupes


def _inherit(fields: dict[str, str], etype: str, raw: dict[str, dict[str, str]], line: int,
             key: str | None, result: ParseResult,
             seen: frozenset[str] = frozenset()) -> dict[str, str]:
    """Fill an entry's missing fields from its `xdata` sources and its `crossref` parent (title
    -> booktitle for the in-types, as biblatex does), the parent's own inherited fields
    included; a cycle stops the inheritance with a problem."""
    if "crossref" not in fields and "xdata" not in fields:
        return fields
    out = dict(fields)
    seen = seen | {(key or "").lower()}
    for name in [x.strip() for x in out.get("xdata", "").split(",") if x.strip()]:
        source = raw.get(name.lower())
        if source is None:
            result.problem(line, key, f"xdata {name} is not in this file", skipped=False)
            continue
        if name.lower() in seen:
            result.problem(line, key, f"xdata cycle through {name}", skipped=False)
            continue
        source = _inherit(source, "xdata", raw, line, name, result, seen)
        for f, v in source.items():
            if f != "xdata":
                out.setdefault(f, v)
    parent_key = out.get("crossref", "").strip()
    if not parent_key:
        return out
    if parent_key.lower() in seen:
        result.problem(line, key, f"crossref cycle through {parent_key}: inheritance stopped",
                       skipped=False)
        return out
    parent = raw.get(parent_key.lower())
    if parent is None:
        result.problem(line, key, f"crossref {parent_key} is not in this file: nothing "
                                  "inherited from it", skipped=False)
        return out
    parent_type = ""
    parent = _inherit(parent, parent_type, raw, line, parent_key, _Quiet(), seen)
    for f, v in parent.items():
        if f in _NOT_INHERITED:
            continue
        if f == "title":
            if etype in _IN_TYPES:
                out.setdefault("booktitle", v)
            else:
                out.setdefault("title", v)
            continue
        if f == "subtitle" and etype in _IN_TYPES:
            out.setdefault("booksubtitle", v)
            continue
        if f == "author" and etype in ("inbook", "bookinbook", "suppbook"):
            out.setdefault("bookauthor", v)
            continue
        if (f == "date" and "year" in fields) or (f in _YEAR_PARTS and "date" in fields):
            continue  # the child's own date, however written, wins over the parent's
        out.setdefault(f, v)
    return out


_YEAR_PARTS = frozenset({"year", "month", "day"})
# Kept in `extra` as read but not written: what they pointed to was copied into the entry on
# import (the parent may not even be exported), so the written entry stands on its own.
_MATERIALISED = frozenset({"crossref", "xdata"})


class _Quiet(ParseResult):
    """Problems of a parent's own inheritance are reported on the parent, not on each child."""

    def problem(self, line: int | None, key: str | None, message: str, *,
                skipped: bool = True) -> None:
        return None


def _text(value: str, name: str) -> str:
    if name in VERBATIM:
        return _ESCAPED.sub(r"\1", value).strip()
    if latex.NEEDS_DECODING.search(value) is not None:
        value = latex.decode(value, title=name in TITLE_FIELDS)
    elif not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)  # as decoded values are: one spelling
    return _SPACES.sub(" ", value).strip() if "\n" in value or "  " in value else value.strip()


def to_reference(etype: str, key: str | None, fields: dict[str, str]) -> tuple[Reference, list[str]]:
    """One entry -> a record and the warnings met (values kept but not understood). Raises
    InvalidValueError for what makes the entry unusable (an invalid DOI)."""
    csl_type, genre = TYPES_IN[etype]
    subtype = fields.get("entrysubtype", "").strip().lower()
    if csl_type == "article-journal" and subtype in _SUBTYPES:
        csl_type = _SUBTYPES[subtype]
    ref = Reference(type=csl_type, citation_key=key or None, genre=genre)
    extra: dict[str, Any] = {}
    warnings: list[str] = []
    year = month = day = None
    for name, raw in fields.items():
        if not raw or raw.isspace():
            continue
        if name in NAME_FIELDS:
            ref.creators.extend(parse_names(raw, NAME_FIELDS[name]))
        elif name == "number":
            continue  # after the loop: its meaning depends on the type and the other fields
        elif name in FIELDS_IN:
            attr = FIELDS_IN[name]
            value = _text(raw, name)
            if attr == "publisher" and name != "publisher" and "publisher" in fields:
                extra[name] = value  # both a publisher and a school/institution: keep both
            elif attr == "container_title" and getattr(ref, attr):
                extra[name] = value
            elif attr == "genre" or not getattr(ref, attr):
                setattr(ref, attr, value)
            else:
                extra[name] = value
        elif name == "pages":
            ref.page = _DASHES.sub("-", _text(raw, name))
        elif name == "year":
            year = _text(raw, name)
        elif name == "month":
            month = _text(raw, name)
        elif name == "day":
            day = _text(raw, name)
        elif name == "date":
            date = _text(raw, name)
            if "/" in date:
                extra["date"] = date  # a range: the start is the date, the text is kept
                date = date.split("/", 1)[0]
            ref.issued = PartialDate.parse(date) if date else None
        elif name in DATE_FIELDS:
            setattr(ref, DATE_FIELDS[name], PartialDate.parse(_text(raw, name)))
        elif name == "doi":
            ref.doi = _doi(_text(raw, name))
        elif name == "url":
            ref.url = _text(raw, name)
        elif name == "isbn":
            for number, _kind, part in _identifiers(_text(raw, name)):
                try:
                    value = normalize_isbn(number)
                except InvalidValueError as exc:
                    issn = _as_issn(number)
                    if issn is not None:  # Zotero exports put a journal's ISSN in `isbn`
                        if all(i.value != issn for i in ref.issn):
                            ref.issn.append(Issn(issn))
                        warnings.append(f"isbn {part!r} is an ISSN: stored as the ISSN")
                        continue
                    extra.setdefault("invalid-ISBN", []).append(part)
                    warnings.append(f"{_invalid_message(exc)}: kept as written")
                    continue
                if value not in ref.isbn:
                    ref.isbn.append(value)
        elif name == "issn":
            for number, kind, part in _identifiers(_text(raw, name)):
                try:
                    value = normalize_issn(number)
                except InvalidValueError as exc:
                    extra.setdefault("invalid-ISSN", []).append(part)
                    warnings.append(f"{_invalid_message(exc)}: kept as written")
                    continue
                if all(i.value != value for i in ref.issn):
                    ref.issn.append(Issn(value, kind))
        elif name in ("langid", "language", "hyphenation"):
            # `langid` is the language of the work; `language` may list several
            lang = normalize_language(_text(raw, name))
            if name == "langid" or ref.language is None:
                if ref.language is not None and ref.language != lang:
                    extra.setdefault("language", fields.get("language", ""))
                ref.language = lang
            elif lang != ref.language:
                extra[name] = _text(raw, name)
        elif name == "keywords":
            for k in split_keywords(_text(raw, name)):
                k = " ".join(k.split())
                if k and k not in ref.keywords:
                    ref.keywords.append(k)
        elif name == "collection-number":
            ref.collection_number = _text(raw, name)
        elif name in _MODEL_KEYS:
            attr = _MODEL_KEYS[name]
            if attr in _DATE_ATTRS:
                setattr(ref, attr, PartialDate.parse(_text(raw, name)))
            else:
                setattr(ref, attr, _text(raw, name))
        elif name == "entrysubtype" and csl_type in ARTICLE_TYPES and subtype in _SUBTYPES:
            continue  # carried by the CSL type
        else:
            extra[name] = _text(raw, name)
    if "number" in fields and fields["number"].strip():
        number = _text(fields["number"], "number")
        if csl_type in ARTICLE_TYPES and not ref.issue:
            ref.issue = number
        elif csl_type in _BOOKLIKE and (ref.collection_title or "series" in fields):
            ref.collection_number = number
        else:
            ref.number = number
    if year or month or day:
        if ref.issued is None:
            ref.issued, problem = _date_of(year, month, day)
            if problem:
                warnings.append(problem)
                if month:
                    extra["month"] = month
        else:
            for n, v in (("year", year), ("month", month), ("day", day)):
                if v and not _agrees(ref.issued, n, v):
                    extra[n] = v
    if csl_type == "thesis" and ref.genre is None:
        ref.genre = genre
    if _type_out(ref) != etype:
        extra["bibtex-type"] = etype  # written back as read (@mvbook, @conference, @online...)
    ref.extra = extra
    return ref, warnings


_MODEL_KEYS: dict[str, str] = {}
_DATE_ATTRS = frozenset({"issued", "accessed", "original_date", "event_date", "submitted",
                         "adopted", "version_date"})


def _init_model_keys() -> None:
    """CSL keys as field names (`title-translit`, `gazette-number`...): what `dump` writes for
    model fields BibTeX has no name for, read back to the same attribute."""
    from core.model import _DATE_FIELDS, _STRING_FIELDS

    taken = set(FIELDS_IN) | set(FIELDS_OUT.values()) | {"pages", "url", "doi", "number"}
    for attr, key in {**_STRING_FIELDS, **_DATE_FIELDS}.items():
        name = key.lower()
        if attr in FIELDS_OUT or name in taken or attr in ("citation_key", "page", "url",
                                                            "issued", "accessed",
                                                            "original_date", "event_date",
                                                            "number", "issue", "publisher",
                                                            "container_title",
                                                            "collection_number"):
            continue
        _MODEL_KEYS[name] = attr


_init_model_keys()


def _doi(value: str) -> str:
    """A DOI as written, or inside a resolver URL other than doi.org (`http://doi.acm.org/10...`);
    anything else raises InvalidValueError."""
    try:
        return normalize_doi(value)
    except InvalidValueError:
        found = find_dois(value)
        if len(found) == 1 and re.match(r"(?i)^(?:https?://[^/\s]+/|doi:\s*)", value.strip()):
            return found[0]
        raise


_QUALIFIER = re.compile(r"\(([^)]*)\)")
_ISSN_KINDS = {"print": "print", "electronic": "electronic", "online": "electronic",
               "linking": "linking", "e": "electronic", "p": "print"}


def _qualified(value: str) -> tuple[str, str | None]:
    """`2689-6575 (Electronic)` -> (`2689-6575`, `electronic`); other notes in parentheses are
    dropped from the number."""
    kind = None
    for m in _QUALIFIER.finditer(value):
        kind = _ISSN_KINDS.get(m.group(1).strip().lower(), kind)
    return _QUALIFIER.sub(" ", value).strip(), kind


def _identifiers(text: str) -> list[tuple[str, str | None, str]]:
    """`2689-6575 (Electronic), 2689-6567 (Print)` -> (number, kind, as written) for each."""
    out = []
    for part in [p.strip() for p in re.split(r"[,;|]", text) if p.strip()]:
        number, kind = _qualified(part)
        numbers = split_identifiers(number) if number else []
        for n in numbers:
            out.append((n, kind, part if len(numbers) == 1 else n))
    return out


def _as_issn(value: str) -> str | None:
    try:
        return normalize_issn(value)
    except InvalidValueError:
        return None


def _agrees(date: PartialDate | None, part: str, value: str) -> bool:
    if date is None:
        return False
    if part == "year":
        return str(date.year) == value.strip()
    if part == "month":
        return _month(value) == date.month
    return value.strip().isdigit() and int(value) == date.day


def _month(value: str) -> int | None:
    text = value.strip().strip(".").lower()
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(text) or MONTHS.get(text[:3])


def _date_of(year: str | None, month: str | None, day: str | None
             ) -> tuple[PartialDate | None, str | None]:
    if not year:
        return (None, f"month {month!r} without a year: kept as written"
                if month else None)
    parsed = PartialDate.parse(year)
    if parsed.literal or parsed.year is None:
        return parsed, None
    m = _month(month) if month else None
    if month and m is None:
        return parsed, f"month {month!r} is not a month: kept as written"
    d = int(day) if day and day.strip().isdigit() and m and 1 <= int(day) <= 31 else None
    return PartialDate(parsed.year, m, d), None


# -------------------------------------------------------------------------------------- names
# Brace groups (three levels deep) and one-letter accents written with a space (`\\c c`): hidden
# behind placeholders while names are split, so `{Barnes and Noble}` stays one name.
_GROUP = re.compile(r"\{(?:\\.|[^{}\\]|\{(?:\\.|[^{}\\]|\{(?:\\.|[^{}\\])*\})*\})*\}"
                    r"|\\[A-Za-z](?=\s+[A-Za-z])\s+[A-Za-z]")
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
# `{\"O}`, `{\v S}`: BibTeX's special characters (one letter), not a braced organisation name.
_SPECIAL_GROUP = re.compile(r"^\{\\(?:[A-Za-z]+|['\"`^~=.])")


def parse_names(raw: str, role: str) -> list[Creator]:
    """`A and B and {Org Name} and others` -> creators. `others` (BibTeX's "et al.") is kept as a
    literal creator `others` and written back the same way."""
    return [c for c in _names(raw, role) if c.family or c.given or c.literal]


def _names(raw: str, role: str) -> list[Creator]:
    if "{" not in raw and "\\" not in raw:
        return [_simple_name(p, role) for p in _NAME_SPLIT.split(raw.strip()) if p.strip()]
    groups: list[str] = []

    def hide(m: re.Match[str]) -> str:
        groups.append(m.group(0))
        return f"\x00{len(groups) - 1}\x00"

    masked = _GROUP.sub(hide, raw.strip())
    out = []
    for name in _NAME_SPLIT.split(masked):
        name = name.strip()
        if not name:
            continue
        m = _PLACEHOLDER.fullmatch(name)
        if m:
            group = groups[int(m.group(1))]
            if group.startswith("{") and not _SPECIAL_GROUP.match(group):
                out.append(Creator(role=role, literal=_name_text(group[1:-1])))
                continue
        out.append(_simple_name(name, role, groups))
    return out


@lru_cache(maxsize=65536)
def _name_text(value: str) -> str:
    """A name part decoded; cached, since a library repeats its authors' names."""
    text = latex.decode(value) if latex.NEEDS_DECODING.search(value) \
        else unicodedata.normalize("NFC", value)
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _simple_name(name: str, role: str, groups: Sequence[str] = ()) -> Creator:
    """`Family, Given`, `von Family, Jr, Given`, `Given von Family` (BibTeX's three forms);
    placeholders of `groups` are put back and decoded per part."""
    name = _SPACES.sub(" ", name.replace("~", " ")).strip()
    if name.lower() == "others":
        return Creator(role=role, literal="others")

    def restore(text: str) -> str:
        if groups and "\x00" in text:
            text = _PLACEHOLDER.sub(lambda m: groups[int(m.group(1))], text)
        return _name_text(text) if groups or "\\" in text else text

    def lower(word: str) -> bool:
        if word.startswith("\x00") and groups:
            group = groups[int(_PLACEHOLDER.match(word).group(1))]  # type: ignore[union-attr]
            if not _SPECIAL_GROUP.match(group):
                return False  # a braced word is never a particle
            word = restore(word)
        return word[:1].islower()

    if "," in name:
        pieces = [p.strip() for p in name.split(",")]
        last, given = pieces[0], pieces[-1] if len(pieces) > 1 else ""
        suffix = ", ".join(pieces[1:-1]) if len(pieces) > 2 else ""
        words = last.split(" ")
        von = []
        while len(words) > 1 and lower(words[0]):
            von.append(words.pop(0))
        return Creator(role=role, family=restore(" ".join(words)) or None,
                       given=restore(given) or None, particle=restore(" ".join(von)) or None,
                       suffix=restore(suffix) or None)
    words = name.split(" ")
    if len(words) == 1:
        return Creator(role=role, family=restore(name))
    von_start = next((i for i, w in enumerate(words[:-1]) if i > 0 and lower(w)), None)
    if von_start is None:
        return Creator(role=role, family=restore(words[-1]),
                       given=restore(" ".join(words[:-1])))
    von_end = von_start
    while von_end < len(words) - 1 and lower(words[von_end]):
        von_end += 1
    return Creator(role=role, family=restore(" ".join(words[von_end:])),
                   given=restore(" ".join(words[:von_start])) or None,
                   particle=restore(" ".join(words[von_start:von_end])))


# -------------------------------------------------------------------------------------- writing
def _type_out(ref: Reference) -> str:
    hint = ref.extra.get("bibtex-type")
    if isinstance(hint, str) and hint in TYPES_IN and TYPES_IN[hint][0] == ref.type:
        return hint
    if ref.type == "thesis":
        genre = (ref.genre or "").strip().lower()
        if genre in _MASTERS:
            return "mastersthesis"
        if genre in _PHD or not genre:
            return "phdthesis"
        return "thesis"
    return TYPES_OUT.get(ref.type, "misc")


def _name_out(c: Creator, ascii_only: bool) -> str:
    if c.literal and not c.family:
        if c.literal == "others":
            return "others"
        enc = latex.encode(c.literal, ascii_only=ascii_only)
        # `{\cmd ...}` would read back as a special character: brace once more
        return "{{" + enc + "}}" if enc.startswith("\\") else "{" + enc + "}"

    def part(text: str | None) -> str:
        if not text:
            return ""
        out = latex.encode(text, ascii_only=ascii_only)
        if "," in text or re.search(r"\band\b", text, re.IGNORECASE):
            out = "{" + out + "}"
        return out

    family = part(c.family)
    words = c.family.split() if c.family else []
    if len(words) > 1 and any(w[:1].islower() for w in words) and not family.startswith("{"):
        family = "{" + family + "}"  # or BibTeX reads its small words as a particle
    if c.particle:
        family = f"{part(c.particle)} {family}"
    pieces = [family]
    if c.suffix:
        pieces.append(part(c.suffix))
    if c.given:
        pieces.append(part(c.given))
    elif c.suffix:
        pieces.append("")
    if len(pieces) == 1 and family.startswith("{"):
        return family + ","  # `{and},`: a person's family name, not an organisation
    return ", ".join(pieces)


def _names_out(creators: Sequence[Creator], ascii_only: bool) -> str:
    return " and ".join(_name_out(c, ascii_only) for c in creators
                        if (c.family or "").strip() or (c.given or "").strip()
                        or (c.literal or "").strip())


def entry_fields(ref: Reference, *, ascii_only: bool = False) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and (field, LaTeX value) pairs `dump` writes for a record."""
    etype = _type_out(ref)
    out: list[tuple[str, str]] = []
    extra = {k.lower() if isinstance(k, str) else k: v for k, v in ref.extra.items()}

    def text(name: str, value: str | None, model: bool = True) -> None:
        if value:
            if model and name in extra and name in OUT_ALTERNATES:
                # the record also keeps a field of this name as read: write the model field
                # under its other name, so both come back
                name = OUT_ALTERNATES[name]
            out.append((name, latex.encode(value, title=name in TITLE_FIELDS,
                                           ascii_only=ascii_only)))

    roles: dict[str, list[Creator]] = {}
    for c in ref.creators:
        roles.setdefault(c.role, []).append(c)
    for role, creators in roles.items():
        names = _names_out(creators, ascii_only)
        if names:
            out.append((NAME_FIELDS_OUT.get(role, role), names))
    text("title", ref.title)
    if ref.container_title:
        if ref.type in ARTICLE_TYPES or ref.type in ("legislation", "legal_case", "periodical"):
            text("journal", ref.container_title)
        else:
            text("booktitle", ref.container_title)
    for attr, name in FIELDS_OUT.items():
        if attr == "title":
            continue
        if attr == "genre":
            text(name, ref.genre)
            continue
        text(name, getattr(ref, attr))
    if ref.publisher:
        name = "school" if ref.type == "thesis" else "institution" if ref.type == "report" \
            else "publisher"
        text(name, ref.publisher)
    issued = ref.issued
    if issued is not None and "year" not in extra:
        if issued.literal:
            text("year", issued.literal)  # "2020a", "in press": as written
        elif issued.year is not None:
            out.append(("year", str(issued.year)))
        if issued.month and "month" not in extra:
            out.append(("month", MONTHS_OUT[issued.month - 1]))
        if issued.day and "date" not in extra:
            out.append(("date", issued.iso()))
    for name, attr in DATE_FIELDS.items():
        date = getattr(ref, attr)
        if date is not None and not date.is_empty:
            out.append((name, latex.escape(date.literal or date.iso())))
    if ref.type in ARTICLE_TYPES:
        if ref.number:
            text("number", ref.number)
            text("issue", ref.issue)
        else:
            text("number", ref.issue)
    else:
        text("issue", ref.issue)
        if ref.collection_number and not ref.number:
            text("number", ref.collection_number)
        else:
            text("number", ref.number)
            if ref.collection_number:
                text("collection-number", ref.collection_number)
    if ref.page:
        out.append(("pages", latex.encode(ref.page, ascii_only=ascii_only).replace("-", "--")))
    if ref.doi:
        out.append(("doi", latex.verbatim(ref.doi)))
    if ref.url:
        out.append(("url", latex.verbatim(ref.url)))
    isbns = list(ref.isbn) + [str(v) for v in _as_list(extra.pop("invalid-isbn", []))]
    if isbns:
        out.append(("isbn", latex.escape(", ".join(isbns))))
    issns = [f"{i.value} ({i.kind.capitalize()})" if i.kind else i.value for i in ref.issn] \
        + [str(v) for v in _as_list(extra.pop("invalid-issn", []))]
    if issns:
        out.append(("issn", latex.escape(", ".join(issns))))
    if ref.language:
        out.append(("langid", latex.escape(LANGID_OUT.get(ref.language, ref.language))))
    if ref.keywords:
        # "; " when a keyword holds a comma (MeSH "Axons, physiology"), so it reads back whole
        if any("," in k for k in ref.keywords):
            text("keywords", "; ".join(ref.keywords) + (";" if len(ref.keywords) == 1 else ""))
        else:
            text("keywords", ", ".join(ref.keywords))
    for name, attr in _MODEL_KEYS.items():
        value = getattr(ref, attr)
        if isinstance(value, PartialDate):
            if not value.is_empty:
                out.append((name, latex.escape(value.literal or value.iso())))
        else:
            text(name, value)
    if ref.type in ("article-newspaper", "article-magazine") and "entrysubtype" not in extra:
        out.append(("entrysubtype", "newspaper" if ref.type == "article-newspaper"
                    else "magazine"))
    written = {n for n, _ in out}
    for name, value in extra.items():
        if name in _MATERIALISED:
            continue
        if name == "bibtex-type" or not isinstance(name, str) or not _FIELD_NAME.match(name) \
                or name in written or name.startswith("invalid-"):
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            continue  # lists and objects from other formats have no BibTeX form
        if name in VERBATIM:
            out.append((name, latex.verbatim(value)))
        else:
            text(name, value, model=False)
    return etype, out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def dump(records: Iterable[Reference], *, ascii_only: bool = False,
         preambles: Sequence[str] = (), comments: Sequence[str] = ()) -> str:
    """Records as a UTF-8 BibTeX/BibLaTeX text. Records need a citation key (`core.citekeys`
    assigns them); one without gets `ref<id>`. `ascii_only` writes Latin diacritics as LaTeX
    accents (Cyrillic stays UTF-8). `preambles` and JabRef `comments` are written as given."""
    chunks: list[str] = []
    for p in preambles:
        chunks.append("@preamble{" + latex.verbatim(p) + "}\n")
    for n, ref in enumerate(records, start=1):
        etype, fields = entry_fields(ref, ascii_only=ascii_only)
        key = _key_out(ref.citation_key or f"ref{ref.id or n}")
        lines = [f"@{etype}{{{key},"]
        for name, value in fields:
            if name == "month" and value in MONTHS_OUT:
                lines.append(f"  {name} = {value},")
            else:
                lines.append(f"  {name} = {{{value}}},")
        lines.append("}")
        chunks.append("\n".join(lines) + "\n")
    for c in comments:
        chunks.append("@comment{" + latex.verbatim(c) + "}\n")
    return "\n".join(chunks)


def _key_out(key: str) -> str:
    """A citation key BibTeX can read back: no spaces, commas, braces, quotes, `#`, `%`, `\\`."""
    cleaned = re.sub(r"[\s,{}\"#%\\]", "", key)
    return cleaned or "ref"
