"""Duplicate candidates among references: blocking keys so a large library is scanned without
comparing every pair, rapidfuzz within blocks, titles compared across scripts.

Rules (each candidate pair carries a score 0..1 and the reasons that fired):
- the same DOI (case-insensitive): `same DOI`;
- the same ISBN (ISBN-10 = ISBN-13) on two whole books, not chapters: `same ISBN`;
- an ISSN in common + the same volume + the same first page: `same ISSN + volume + first page`;
- a similar title + year within one + the same first author's family name:
  `similar title 0.93 + same year + same first author`. Titles are compared in their own script
  and, for Cyrillic ones, through every romanisation scheme of core.translit, so a Russian or
  Kazakh original matches a version transliterated by any of them; `title-translit` and
  `title-translated` take part too.
Never a candidate: two records with different DOIs; a retraction or correction notice and a work
(the notice is a different publication); two laws or reports with different numbers, two
editions, titles whose numbers differ (Part 1 / Part 2).

Blocking: exact keys for DOI, ISBN and ISSN+volume+page; for titles, a phonetic skeleton of the
first significant title words, and of the first author's family name, each grouped by year with a
one-year window. A skeleton folds the differences between romanisation schemes (kh/h/x, ts/cz/c,
ya/ia, doubled letters, vowels), so a Cyrillic title and its transliteration share a key.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from core.formats.base import no_gc
from core.model import LEGAL_TYPES, Reference
from core.text import fold, strip_markup
from core.translit import lower_romanizations

# Whole books and other works an ISBN identifies by itself (a chapter shares its book's ISBN).
BOOK_TYPES = frozenset({"book", "collection", "report", "thesis", "manuscript", "pamphlet",
                        "standard", "periodical", "classic", "document"})
# Families of types: a work of one is never the same publication as a work of the other (a
# thesis and the article drawn from it, a book and a chapter of it). Other types (document,
# dataset...) go with any.
_PERIODICAL_TYPES = frozenset({"article", "article-journal", "article-magazine",
                               "article-newspaper", "paper-conference", "review", "review-book",
                               "chapter", "entry", "entry-dictionary", "entry-encyclopedia",
                               "post", "post-weblog", "webpage"})
_BOOK_TYPES = BOOK_TYPES - {"document"}
# A title similarity this high (0..1) makes a candidate when year and first author agree...
TITLE_THRESHOLD = 0.85
# ...and this high when one side has no author or no year.
TITLE_THRESHOLD_WEAK = 0.92
# Below this, two titles are of different works (a shared DOI or ISBN is then a data error).
TITLES_DISAGREE = 0.6
# Blocks larger than this are split further or scanned with a bounded window.
MAX_BLOCK = 250
WINDOW = 60

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What duplicate detection reads of a reference (lighter than a `Reference`: the library
    builds it from stored columns without decoding the whole record). Identifiers canonical:
    DOI lower case, ISBN-13 digits, ISSN `NNNN-NNNN`."""

    id: int
    type: str = "article-journal"
    title: str | None = None
    title_translit: str | None = None
    title_translated: str | None = None
    year: int | None = None
    doi: str | None = None
    isbns: tuple[str, ...] = ()
    issns: tuple[str, ...] = ()
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    number: str | None = None
    edition: str | None = None
    case_number: str | None = None
    author: str | None = None       # first author's family name (or an organisation's name)
    updates: tuple[str, ...] = ()   # DOIs this record is a notice for (Crossref `update-to`)
    updated_by: tuple[str, ...] = ()  # DOIs of notices that update this record


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A pair that may be the same work (`a` < `b`), with a score and the rules that fired."""

    a: int
    b: int
    score: float
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    @property
    def pair(self) -> tuple[int, int]:
        return (self.a, self.b)


# ---------------------------------------------------------------------------------- fingerprints
def fingerprint(ref_id: int, ref: Reference) -> Fingerprint:
    """The fingerprint of a record (identifiers are already canonical in a `Reference`)."""
    first = next((c for c in ref.creators if c.role == "author"), None) or \
        (ref.creators[0] if ref.creators else None)
    return Fingerprint(
        id=ref_id, type=ref.type, title=ref.title, title_translit=ref.title_translit,
        title_translated=ref.title_translated, year=ref.year,
        doi=ref.doi.lower() if ref.doi else None,
        isbns=tuple(i.replace("-", "") for i in ref.isbn), issns=tuple(i.value for i in ref.issn),
        container=ref.container_title, volume=ref.volume, issue=ref.issue, page=ref.page,
        number=ref.number, edition=ref.edition, case_number=ref.case_number,
        author=(first.family or first.literal) if first else None,
        updates=_dois_of(ref.extra.get("update-to")), updated_by=_dois_of(ref.updated_by))


def fingerprint_from_csl(ref_id: int, csl: dict[str, Any], year: int | None,
                         author: str | None) -> Fingerprint:
    """The fingerprint of a stored record from its CSL-JSON (as the library keeps it: identifiers
    canonical), its year and its first creator's family name."""
    def text(key: str) -> str | None:
        value = csl.get(key)
        return str(value) if value not in (None, "") else None

    isbn = text("ISBN")
    issn = text("ISSN")
    return Fingerprint(
        id=ref_id, type=str(csl.get("type") or "document"), title=text("title"),
        title_translit=text("title-translit"), title_translated=text("title-translated"),
        year=year, doi=(text("DOI") or "").lower() or None,
        isbns=tuple(i.strip().replace("-", "") for i in isbn.split(",")) if isbn else (),
        issns=tuple(i.strip() for i in issn.split(",")) if issn else (),
        container=text("container-title"), volume=text("volume"), issue=text("issue"),
        page=text("page"), number=text("number"), edition=text("edition"),
        case_number=text("case-number"), author=author,
        updates=_dois_of(csl.get("update-to")), updated_by=_dois_of(csl.get("updated-by")))


def _dois_of(entries: Any) -> tuple[str, ...]:
    if not isinstance(entries, list):
        return ()
    return tuple(str(e["DOI"]).lower() for e in entries if isinstance(e, dict) and e.get("DOI"))


Item = Fingerprint | tuple[int, Reference]


def _as_fingerprint(item: Item) -> Fingerprint:
    if isinstance(item, Fingerprint):
        return item
    ref_id, ref = item
    return fingerprint(ref_id, ref)


# ---------------------------------------------------------------------------------- text forms
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Marks that transliteration schemes use for ъ, ь and other letters: dropped, not word breaks.
_MARKS = "'`’‘ʼʹʺ´\"”“″′"
_FOLD_MAP: dict[int, str | None] = {
    **dict.fromkeys(map(ord, _MARKS)), **{ord(k): v for k, v in {
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ə": "a", "ħ": "h"}.items()}}
_LATIN_FOLD = str.maketrans(_FOLD_MAP)
_CYR_FOLD = str.maketrans(dict.fromkeys(map(ord, _MARKS), None))
# The original of a retracted or withdrawn work is often re-titled with this prefix.
_MARKED = re.compile(r"^\s*(?:retracted(?:\s+article)?|withdrawn|отозвана|отозванная статья)"
                     r"\s*[:.\-–—]\s*", re.IGNORECASE)
# Notices that update another work: a different publication, never its duplicate.
_NOTICE = re.compile(
    r"^\s*(?:retraction\s*(?:note|notice|statement)?\s*(?:to|of|for)?\s*[:.\-–—]|"
    r"retraction\s+(?:note|notice|statement|of)\b|notice\s+of\s+retraction|"
    r"expression\s+of\s+concern|errat(?:um|a)\b|corrigend(?:um|a)\b|"
    r"correction\s*(?:to\b|[:\-–—])|addendum\s*(?:to\b|[:\-–—])|withdrawal\s+notice|"
    r"ретракция|опровержение|исправлени[ея]\s+к\s+стать|список\s+опечаток|"
    r"уведомление\s+об\s+отзыве|отзыв\s+статьи)",
    re.IGNORECASE)
# A subtitle starts after a colon, a spaced dash, a question or an exclamation mark (not after a
# full stop: in Russian titles it often joins two works, «Я и Оно. По ту сторону...»).
_SUBTITLE = re.compile(r"\s*(?::|\s[-–—]\s|\?\s|!\s)")
_ROMAN_TOKEN = re.compile(r"\b(?:(?:part|vol(?:ume)?|book|chapter|часть|том|выпуск|глава|книга|"
                          r"бөлім|кітап)\.?\s+)?([IVXLC]{2,}|(?<=\s)[IVX](?=\s|$|[.,:;]))\b")
_DIGITS = re.compile(r"\d+")
# Ordinal words (English, Russian, Kazakh stems) -> the number they stand for.
_ORDINAL_STEMS = (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5),
                  ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10),
                  ("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4), ("четвёрт", 4),
                  ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9),
                  ("десят", 10), ("бірінші", 1), ("екінші", 2), ("үшінші", 3), ("төртінші", 4),
                  ("бесінші", 5))
_ORDINAL = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|перв(?:ый|ая|ое|ой|ого)|втор(?:ой|ая|ое|ого)|трет(?:ий|ья|ье|ьего)|"
                      r"четв[её]рт(?:ый|ая|ое|ого)|пят(?:ый|ая|ое|ого)|шест(?:ой|ая|ое|ого)|"
                      r"седьм(?:ой|ая|ое|ого)|восьм(?:ой|ая|ое|ого)|девят(?:ый|ая|ое|ого)|"
                      r"десят(?:ый|ая|ое|ого)|бірінші|екінші|үшінші|төртінші|бесінші)\b")
_PAGE = re.compile(r"\s*([A-Za-z]*\d+[A-Za-z]*)")
_STOP = frozenset({"the", "a", "an", "of", "on", "in", "and", "for", "to", "at", "by", "with",
                   "o", "ob", "obo", "v", "vo", "na", "po", "i", "k", "ko", "s", "so", "za", "ot",
                   "iz", "pri", "dlya", "dlia", "u", "le", "la", "les", "der", "die", "das",
                   "zhane", "jane", "men", "ben", "pen", "turaly"})
_SKEL_SEQ = (("shch", "s"), ("shh", "s"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("kh", "h"),
             ("ch", "c"), ("ts", "c"), ("cz", "c"), ("gh", "g"), ("ng", "n"), ("ph", "f"))
_SKEL_ASCII = {"e": "a", "i": "a", "o": "a", "u": "a", "y": "a", "j": "a", "q": "k", "w": "v",
               "x": "kh"}
# Cyrillic letters spelled as most schemes spell them (the differences between schemes then fold
# away in the digraph and vowel steps, like those of a romanised title).
_SKEL_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "gh",
    "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i", "ї": "i", "є": "ye",
    "ў": "u"}
_SKEL_LATIN = {"ë": "e", "ä": "a", "ö": "o", "ü": "u", "ū": "u", "ī": "i", "ı": "i", "ğ": "g",
               "ş": "sh", "ñ": "n", "ḣ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o",
               "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ə": "a", "ħ": "h"}
_SKEL_MAP: dict[int, str | None] = {
    **dict.fromkeys(map(ord, _MARKS)), **dict.fromkeys(range(0x300, 0x370)),
    **{ord(k): "".join(_SKEL_ASCII.get(c, c) for c in v)
       for k, v in {**_SKEL_ASCII, **_SKEL_CYRILLIC, **_SKEL_LATIN}.items()}}
_SKEL_TABLE = str.maketrans(_SKEL_MAP)
_DOUBLES = tuple(c + c for c in "bcdfghklmnprstvz")


def _latin_form(text: str) -> str:
    """Lower-case ASCII-ish words: diacritics and transliteration marks dropped, punctuation a
    space (letters of other scripts kept)."""
    s = unicodedata.normalize("NFKD", text.casefold()).translate(_LATIN_FOLD)
    return _NON_WORD.sub(" ", _COMBINING.sub("", s)).strip()


def _cyrillic_form(text: str) -> str:
    return _NON_WORD.sub(" ", fold(text).translate(_CYR_FOLD)).strip()


def _skeleton(text: str) -> str:
    """A phonetic skeleton of a title or name in any script: Cyrillic and its romanisation by
    any scheme give the same skeleton, since the spelling differences between schemes and habits
    (kh/h/x, ts/cz/c, ya/ia/yu/iu, й as j/i/y, q/k, diacritics, doubled letters) fold away and
    vowels become `a`. Only string methods that run in C: this runs for every title."""
    s = text.casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
    s = _NON_WORD.sub(" ", s.translate(_SKEL_TABLE))
    for a, b in _SKEL_SEQ:
        if a in s:
            s = s.replace(a, b)
    if "aa" in s:
        s = s.replace("aaa", "a").replace("aa", "a")
    for double in _DOUBLES:
        if double in s:
            s = s.replace(double, double[0])
    return s.strip()


def _spellings(text: str) -> list[str]:
    """The text, and for a Cyrillic text with ж the Kazakh Latin alphabet of 2021's reading of
    it, which writes ж as j (a letter the other schemes give to й). Same length: positions in
    the text stay valid."""
    if "ж" in text or "Ж" in text:
        return [text, text.replace("ж", "j").replace("Ж", "j")]
    return [text]


def _skeletons(text: str) -> set[str]:
    out = {_skeleton(t) for t in _spellings(text)}
    out.discard("")
    return out


_STOP_SKELETONS = frozenset(_skeleton(w) for w in _STOP)


def _title_keys(skeleton: str) -> list[str]:
    """The first three and the last three significant words of a title's skeleton (a typo must
    hit both to split a pair)."""
    words = [w for w in skeleton.split()
             if w not in _STOP_SKELETONS and (len(w) > 1 or w.isdigit())]
    if not words:
        return []
    head = " ".join(words[:3])
    tail = "~" + " ".join(words[-3:])
    return [head, tail] if len(words) > 3 else [head]
def _numbers(text: str) -> frozenset[str]:
    """Numbers a title carries (digits, Roman numerals of parts and volumes, ordinal words): two
    works whose titles differ there are different works (Part 1 / Part 2, the third / fourth
    quarterly report, a 2019 / 2020 report)."""
    found = set(_DIGITS.findall(text))
    for m in _ROMAN_TOKEN.finditer(text):
        value = _roman(m.group(1))
        if value:
            found.add(str(value))
    for m in _ORDINAL.finditer(text):
        word = m.group(0).lower()
        found.update(str(n) for stem, n in _ORDINAL_STEMS if word.startswith(stem))
    return frozenset(n.lstrip("0") or "0" for n in found)


def _small(numbers: frozenset[str]) -> frozenset[str]:
    """Part, volume and ordinal numbers (1-12): a title that has one the other lacks is another
    part of a work, while a year or a count may well be missing from one version's subtitle."""
    return frozenset(n for n in numbers if len(n) <= 2 and int(n) <= 12)


def _roman(token: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(token):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def _first_page(page: str | None) -> str | None:
    if not page:
        return None
    m = _PAGE.match(page)
    if not m:
        return None
    return m.group(1).lower().lstrip("0") or None


# ---------------------------------------------------------------------------------- prepared
# Form kinds: a title in Cyrillic, one in Latin letters, and a romanisation of a Cyrillic title.
_CYR, _LAT, _VAR = 0, 1, 2
# Sources: the title itself, its transliteration field, its translation field.
_TITLE, _TRANSLIT, _TRANSLATED = 0, 1, 2


@dataclass(slots=True)
class _Form:
    text: str
    kind: int
    source: int
    main: bool          # the title without its subtitle
    has_sub: bool       # (full forms) the title has a subtitle


@dataclass(slots=True)
class _Prep:
    """A record ready for comparison. Blocking keys are computed for every record; the forms
    compared with rapidfuzz, the numbers and the venue only for records that meet another one
    in a block (most never do)."""

    fp: Fingerprint
    index: int
    title: str                      # without markup and "RETRACTED:" prefixes
    notice: bool
    legal: bool
    bookish: bool
    first_page: str | None
    volume: str | None
    issue: str | None
    number: str | None
    edition: str | None
    case_number: str | None
    skels: set[str] = field(default_factory=set)
    title_keys: set[str] = field(default_factory=set)
    author_keys: set[str] = field(default_factory=set)
    _forms: list[_Form] | None = None
    _numbers: frozenset[str] | None = None
    _author_forms: tuple[str, ...] | None = None
    _container: str | None = None

    @property
    def forms(self) -> list[_Form]:
        if self._forms is None:
            self._forms = []
            for source, raw in self._titles():
                _add_forms(self._forms, raw, source)
        return self._forms

    @property
    def numbers(self) -> frozenset[str]:
        if self._numbers is None:
            self._numbers = _numbers(self.title) if self.title else frozenset()
        return self._numbers

    @property
    def author_forms(self) -> tuple[str, ...]:
        if self._author_forms is None:
            name = self.fp.author
            forms: set[str] = set()
            if name and _CYRILLIC.search(name):
                forms.update(_latin_form(r) for r in lower_romanizations(name).values())
            elif name:
                forms.add(_latin_form(name))
            forms.discard("")
            self._author_forms = tuple(sorted(forms))
        return self._author_forms

    @property
    def container(self) -> str | None:
        if self._container is None and self.fp.container:
            self._container = _latin_form(self.fp.container)
        return self._container or None

    def _titles(self) -> list[tuple[int, str]]:
        out = [(_TITLE, self.title)] if self.title else []
        for source, raw in ((_TRANSLIT, self.fp.title_translit),
                            (_TRANSLATED, self.fp.title_translated)):
            if raw:
                out.append((source, strip_markup(raw)))
        return out


def _small_text(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.casefold().split()) or None


def _prepare(fp: Fingerprint, index: int, *, keys: bool = True) -> _Prep:
    """Everything the comparisons need of one record. Without `keys` the record gets no title
    or author blocking keys and meets others only by DOI, ISBN or ISSN + volume + page: right
    when every record has a DOI, since two different DOIs never make a pair."""
    title = strip_markup(fp.title) if fp.title else ""
    if title[:12].lower().startswith(("retracted", "withdrawn", "отозван")):
        title = _MARKED.sub("", title)
    notice = bool(fp.updates) or bool(title and _NOTICE.match(title))
    p = _Prep(fp=fp, index=index, title=title, notice=notice, legal=fp.type in LEGAL_TYPES,
              bookish=fp.type in BOOK_TYPES, first_page=_first_page(fp.page),
              volume=_small_text(fp.volume), issue=_small_text(fp.issue),
              number=_small_text(fp.number), edition=_small_text(fp.edition),
              case_number=_small_text(fp.case_number))
    if keys:
        for _source, raw in p._titles():
            _add_keys(p, raw)
        if fp.author:
            p.author_keys = _skeletons(fp.author)
    return p


def _need_keys(fps: Sequence[Fingerprint]) -> bool:
    """Title and author blocking can only find a pair when some record has no DOI."""
    return any(not fp.doi for fp in fps)


def _split_subtitle(raw: str) -> tuple[str, str | None]:
    """(main title, the rest) when a subtitle follows a main title of two words or more."""
    m = _SUBTITLE.search(raw)
    if m and m.start() >= 12 and " " in raw[:m.start()].strip():
        return raw[:m.start()], raw[m.start():]
    return raw, None


def _add_keys(p: _Prep, raw: str) -> None:
    """Blocking keys of one title: its skeletons, whole and without the subtitle."""
    main, rest = _split_subtitle(raw)
    cut = len(main)
    for text in _spellings(raw):
        main_skel = _skeleton(text[:cut])
        # Skeletons are word-local: main and rest apart make the whole.
        full = f"{main_skel} {_skeleton(text[cut:])}".strip() if rest else main_skel
        if full:
            p.skels.add(full)
            p.title_keys.update(_title_keys(full))
        if rest and main_skel:
            p.skels.add(main_skel)
            p.title_keys.update(_title_keys(main_skel))


def _add_forms(forms: list[_Form], raw: str, source: int) -> None:
    main, rest = _split_subtitle(raw)
    main_raw = main if rest else None
    for text, is_main in ((raw, False), (main_raw, True)):
        if not text:
            continue
        has_sub = main_raw is not None and not is_main
        if _CYRILLIC.search(text):
            native = _cyrillic_form(text)
            if native:
                forms.append(_Form(native, _CYR, source, is_main, has_sub))
            seen: set[str] = set()
            for roman in lower_romanizations(text).values():
                form = _latin_form(roman)
                if form and form not in seen:
                    seen.add(form)
                    forms.append(_Form(form, _VAR, source, is_main, has_sub))
        else:
            form = _latin_form(text)
            if form:
                forms.append(_Form(form, _LAT, source, is_main, has_sub))


# ---------------------------------------------------------------------------------- comparing
def _title_similarity(a: _Prep, b: _Prep) -> tuple[float, str]:
    """The best similarity (0..1) of any comparable pair of title forms, and how it was reached
    (`""`, `transliterated`, `translated`, `without subtitle`)."""
    best, how = 0.0, ""
    for x in a.forms:
        for y in b.forms:
            if x.main and y.main:
                continue
            if x.main and y.has_sub or y.main and x.has_sub:
                continue  # a main title is compared only with a title that has no subtitle
            if x.kind == _CYR:
                if y.kind != _CYR:
                    continue
            elif y.kind == _CYR or (x.kind == _VAR and y.kind == _VAR):
                continue
            factor = 0.95 if (x.main or y.main) else 1.0
            cutoff = max(best / factor, 0.5) * 100
            score = fuzz.ratio(x.text, y.text, score_cutoff=cutoff) / 100 * factor
            if score > best:
                best = score
                if x.main or y.main:
                    how = "without subtitle"
                elif _TRANSLATED in (x.source, y.source):
                    how = "translated"
                elif _VAR in (x.kind, y.kind) or _TRANSLIT in (x.source, y.source):
                    how = "transliterated"
                else:
                    how = ""
                if best >= 1.0:
                    return 1.0, how
    return best, how


def _author_match(a: _Prep, b: _Prep) -> bool | None:
    """True / False when both have a first author, None when one or both lack it."""
    if not a.author_forms or not b.author_forms:
        return None
    if a.author_keys & b.author_keys:
        return True
    return any(fuzz.ratio(x, y, score_cutoff=85) > 0 for x in a.author_forms
               for y in b.author_forms)


def _differ(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x != y


def _families_differ(x: str, y: str) -> bool:
    return (x in _PERIODICAL_TYPES and y in _BOOK_TYPES) or \
        (x in _BOOK_TYPES and y in _PERIODICAL_TYPES)


def _numbers_differ(a: _Prep, b: _Prep) -> bool:
    """Titles that differ in a part, volume or ordinal number, or carry different numbers."""
    x, y = a.numbers, b.numbers
    return _small(x) != _small(y) or bool(x and y and x != y)


def _never(a: _Prep, b: _Prep) -> bool:
    """The pairs that are never duplicates, whatever else agrees."""
    fa, fb = a.fp, b.fp
    if fa.doi and fb.doi and fa.doi != fb.doi:
        return True
    if a.notice != b.notice:
        return True  # a retraction / correction notice is not the work it updates
    if fa.doi and (fa.doi in fb.updates or fa.doi in fb.updated_by):
        return True
    return bool(fb.doi and (fb.doi in fa.updates or fb.doi in fa.updated_by))


def _evaluate(a: _Prep, b: _Prep) -> DuplicateCandidate | None:
    if _never(a, b):
        return None
    fa, fb = a.fp, b.fp
    reasons: list[str] = []
    score = 0.0
    sim: float | None = None
    how = ""
    titled = bool(a.forms and b.forms)
    if fa.doi and fa.doi == fb.doi:
        sim, how = _title_similarity(a, b)
        if titled and sim < TITLES_DISAGREE:
            # Chapters given their book's DOI, a DOI pasted into the wrong record: the user
            # must look (one DOI is wrong), but it is no sure duplicate.
            reasons.append("same DOI, but the titles differ")
            score = 0.6
        else:
            reasons.append("same DOI")
            score = 1.0
    parts_differ = _numbers_differ(a, b)
    if a.bookish and b.bookish and set(fa.isbns) & set(fb.isbns) and not parts_differ and \
            not _differ(a.volume, b.volume) and not _differ(a.edition, b.edition):
        if sim is None:
            sim, how = _title_similarity(a, b)
        if not titled or sim >= TITLES_DISAGREE:  # else: volumes of a set, chapters as books
            reasons.append("same ISBN")
            score = max(score, 0.95)
    shared_issn = bool(set(fa.issns) & set(fb.issns))
    if shared_issn and a.volume and a.volume == b.volume and a.first_page and \
            a.first_page == b.first_page and not _differ(a.issue, b.issue) and not parts_differ:
        if sim is None:
            sim, how = _title_similarity(a, b)
        reasons.append("same ISSN + volume + first page")
        score = max(score, 0.9 if not titled or sim >= 0.8 else 0.75)
    title = _title_rule(a, b, sim, how, shared_issn)
    if title is not None:
        reasons.append(title[1])
        score = max(score, title[0])
    if not reasons:
        return None
    lo, hi = sorted((fa.id, fb.id))
    return DuplicateCandidate(lo, hi, round(score, 3), tuple(reasons))


def _title_rule(a: _Prep, b: _Prep, sim: float | None, how: str,
                shared_issn: bool) -> tuple[float, str] | None:
    fa, fb = a.fp, b.fp
    if not a.forms or not b.forms or a.legal != b.legal or _families_differ(a.fp.type, b.fp.type):
        return None
    if _differ(a.number, b.number) or _differ(a.edition, b.edition) or \
            _differ(a.case_number, b.case_number):
        return None
    if _numbers_differ(a, b):
        return None
    if a.volume and b.volume and a.first_page and b.first_page and \
            a.volume != b.volume and a.first_page != b.first_page:
        return None  # another volume and another page: another article, whatever the journal
    same_venue = shared_issn or (a.container is not None and a.container == b.container)
    if same_venue and (_differ(a.volume, b.volume) or
                       (not _differ(a.volume, b.volume) and _differ(a.first_page, b.first_page))):
        return None  # the same journal: another volume or another page is another article
    if fa.year is not None and fb.year is not None:
        gap = abs(fa.year - fb.year)
        if gap > 1:
            return None
        year_text, year_factor = ("same year", 1.0) if gap == 0 else ("year ±1", 0.97)
    else:
        year_text, year_factor = "year missing", 0.95
    author = _author_match(a, b)
    if author is False:
        return None
    author_text, author_factor = ("same first author", 1.0) if author else \
        ("first author missing", 0.95)
    weak = author is None or year_factor < 0.96
    threshold = TITLE_THRESHOLD_WEAK if weak else TITLE_THRESHOLD
    if sim is None:
        sim, how = _title_similarity(a, b)
    if sim < threshold:
        return None
    title_text = "same title" if sim >= 0.995 else f"similar title {sim:.2f}"
    if how:
        title_text += f" ({how})"
    return (sim * year_factor * author_factor, f"{title_text} + {year_text} + {author_text}")


# ---------------------------------------------------------------------------------- blocking
def _similar_pairs(members: Sequence[_Prep], cutoff: float,
                   is_new: Callable[[_Prep], bool] | None) -> Iterator[tuple[_Prep, _Prep]]:
    """Pairs of a title or author block whose years are within one and whose title skeletons
    are alike (rapidfuzz compares one record with its year window in one C call, so only the
    pairs worth a full comparison reach Python). A record without a year meets the whole block
    when the block is small. A block too large is scanned with a bounded window, so the cost
    stays linear. With `is_new`, only pairs with a new record are produced."""
    # Within a year, alike titles sit together (the sorted-neighbourhood order), so the bounded
    # window of a large block still meets the likely pairs.
    dated = sorted((m for m in members if m.fp.year is not None),
                   key=lambda m: (m.fp.year or 0, min(m.skels, default=""), m.fp.id))
    undated = sorted((m for m in members if m.fp.year is None),
                     key=lambda m: (min(m.skels, default=""), m.fp.id))
    order = dated + undated
    n, n_dated = len(order), len(dated)
    years = [m.fp.year or 0 for m in dated]
    texts: list[str] = []
    owners: list[int] = []
    starts: list[int] = []
    for k, m in enumerate(order):
        starts.append(len(texts))
        for skel in m.skels:
            texts.append(skel)
            owners.append(k)
    starts.append(len(texts))
    big = n > MAX_BLOCK
    for i, m in enumerate(order):
        if not m.skels or (is_new is not None and not is_new(m)):
            continue
        if i < n_dated:
            year = years[i]
            if is_new is None:  # each pair once: look forward only
                lo = i + 1
            else:
                lo = bisect_left(years, year - 1, 0, i)
                lo = max(lo, i - WINDOW) if big else lo
            hi = bisect_right(years, year + 1, i + 1, n_dated)
            hi = min(hi, i + 1 + WINDOW) if big else hi
            ranges = [(lo, i), (i + 1, hi)] if lo < i else [(i + 1, hi)]
            if not big:
                ranges.append((n_dated, n))
        elif not big:
            ranges = [(0, n_dated), (i + 1, n)] if is_new is None else [(0, i), (i + 1, n)]
        else:
            ranges = [(i + 1, min(n, i + 1 + WINDOW))]
            if is_new is not None:
                ranges.append((max(n_dated, i - WINDOW), i))
        hits: set[int] = set()
        for lo, hi in ranges:
            if lo >= hi:
                continue
            a, b = starts[lo], starts[hi]
            if a >= b:
                continue
            choices = texts[a:b]
            for query in m.skels:
                for _choice, _score, index in process.extract(
                        query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
                    hits.add(owners[a + index])
        for k in sorted(hits):
            yield m, order[k]


def _all_pairs(members: Sequence[_Prep]) -> Iterator[tuple[_Prep, _Prep]]:
    """Every pair of an exact-key block (same DOI, ISBN, ISSN+volume+page), whatever the years;
    an absurdly large one (a placeholder ISBN on hundreds of records) gets a bounded window."""
    order = sorted(members, key=lambda m: m.fp.id)
    width = len(order) if len(order) <= MAX_BLOCK else WINDOW
    for i, x in enumerate(order):
        for y in order[i + 1:i + 1 + width]:
            yield x, y


def _blocks(preps: Sequence[_Prep]) -> Iterator[tuple[list[_Prep], bool]]:
    """Groups of records that share a key. Large title or author groups are split by the other
    key (title key within an author, author within a title key) before falling back to a
    window."""
    exact: dict[tuple[str, str], list[_Prep]] = defaultdict(list)
    by_title: dict[str, list[_Prep]] = defaultdict(list)
    by_author: dict[str, list[_Prep]] = defaultdict(list)
    for p in preps:
        fp = p.fp
        if fp.doi:
            exact[("doi", fp.doi)].append(p)
        if p.bookish:
            for isbn in fp.isbns:
                exact[("isbn", isbn)].append(p)
        if p.volume and p.first_page:
            for issn in fp.issns:
                exact[("issn", f"{issn}|{p.volume}|{p.first_page}")].append(p)
        for key in p.title_keys:
            by_title[key].append(p)
        for key in p.author_keys:
            by_author[key].append(p)
    for members in exact.values():
        if len(members) > 1:
            yield members, True
    for groups, sub in ((by_title, "author_keys"), (by_author, "title_keys")):
        for members in groups.values():
            if len(members) < 2:
                continue
            if len(members) <= MAX_BLOCK:
                yield members, False
                continue
            split: dict[str, list[_Prep]] = defaultdict(list)
            for p in members:
                keys = getattr(p, sub) or {""}
                for k in keys:
                    split[k].append(p)
            for part in split.values():
                if len(part) > 1:
                    yield part, False


def _candidates(preps: Sequence[_Prep], *, is_new: Callable[[_Prep], bool] | None,
                exclude: Collection[tuple[int, int]], progress: ProgressFn | None,
                cancel: Callable[[], bool] | None) -> list[DuplicateCandidate]:
    seen: set[tuple[int, int]] = set()
    out: list[DuplicateCandidate] = []
    quick_cutoff = 80.0
    blocks = list(_blocks(preps))
    total = len(blocks)
    for done, (block, exact) in enumerate(blocks, 1):
        if cancel is not None and done % 256 == 0 and cancel():
            from core.errors import CancelledError

            raise CancelledError("cancelled")
        if progress is not None and (done % 1024 == 0 or done == total):
            progress(done, total)
        pairs = _all_pairs(block) if exact else _similar_pairs(block, quick_cutoff, is_new)
        for x, y in pairs:
            if x.index == y.index:
                continue
            fx, fy = x.fp, y.fp
            pair = (fx.id, fy.id) if fx.id < fy.id else (fy.id, fx.id)
            if pair in seen:
                continue
            seen.add(pair)
            if pair in exclude or pair[0] == pair[1]:
                continue
            if is_new is not None and not (is_new(x) or is_new(y)):
                continue
            if fx.doi and fy.doi and fx.doi != fy.doi:
                continue
            found = _evaluate(x, y)
            if found is not None:
                out.append(found)
    out.sort(key=lambda c: (-c.score, c.a, c.b))
    return out


# ---------------------------------------------------------------------------------- public API
def find_duplicates(items: Iterable[Item], *, exclude: Collection[tuple[int, int]] = (),
                    progress: ProgressFn | None = None,
                    cancel: Callable[[], bool] | None = None) -> list[DuplicateCandidate]:
    """Every candidate pair among `items` ((id, Reference) pairs or `Fingerprint`s; ids must be
    distinct), best first. `exclude` holds pairs (lower id first) the user said are not
    duplicates. `progress(done, total)` counts blocks; `cancel()` returning True stops the scan
    with CancelledError."""
    # The comparison makes hundreds of thousands of small objects and no reference cycles: the
    # cyclic collector would only pause it (a quarter of a second at a time for 50,000 records,
    # holding the GIL, so the window's thread would stall too).
    with no_gc():
        fps = [_as_fingerprint(item) for item in items]
        keys = _need_keys(fps)
        preps = [_prepare(fp, i, keys=keys) for i, fp in enumerate(fps)]
        return _candidates(preps, is_new=None, exclude=set(exclude), progress=progress,
                           cancel=cancel)


def find_duplicates_of(new: Iterable[Item], existing: Iterable[Item], *,
                       among_new: bool = True, exclude: Collection[tuple[int, int]] = (),
                       progress: ProgressFn | None = None,
                       cancel: Callable[[], bool] | None = None) -> list[DuplicateCandidate]:
    """Candidates between new records and an existing library (on import), and among the new
    records themselves unless `among_new` is False. Pairs of two existing records are not
    reported. Records not stored yet may use any ids distinct from the library's (negative
    ones, say)."""
    with no_gc():  # as in find_duplicates
        new_fps = [_as_fingerprint(item) for item in new]
        new_ids = {fp.id for fp in new_fps}
        old_fps = [fp for fp in map(_as_fingerprint, existing) if fp.id not in new_ids]
        keys = _need_keys(new_fps) or (_need_keys(old_fps) if new_fps else False)
        start = len(new_fps)
        preps = [_prepare(fp, i, keys=keys) for i, fp in enumerate(new_fps)]
        preps += [_prepare(fp, start + i, keys=keys) for i, fp in enumerate(old_fps)]

        def is_new(p: _Prep) -> bool:
            return p.index < start

        found = _candidates(preps, is_new=is_new, exclude=set(exclude), progress=progress,
                            cancel=cancel)
    if not among_new:
        found = [c for c in found if not (c.a in new_ids and c.b in new_ids)]
    return found


def compare(a: Item, b: Item) -> DuplicateCandidate | None:
    """The verdict on one pair (for a view that explains why two records look alike)."""
    pa, pb = _prepare(_as_fingerprint(a), 0), _prepare(_as_fingerprint(b), 1)
    if pa.fp.id == pb.fp.id:
        return None
    return _evaluate(pa, pb)


def is_exact_duplicate(a: Item, b: Item) -> bool:
    """True when two records may be merged without asking (the import's automatic merge): the
    same DOI, or for whole books without a conflicting DOI the same ISBN, and titles that do not
    disagree. A DOI shared by unrelated titles (a chapter given its book's DOI) is no exact
    duplicate: it is left to the user."""
    found = compare(a, b)
    return found is not None and any(r in ("same DOI", "same ISBN") for r in found.reasons)
