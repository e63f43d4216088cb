"""Sections and order of a law thesis's reference list: legal acts by legal force, then the rest."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from core.model import Reference
from core.styles.gost_terms import item_language
from core.styles.names import initials
from core.text import collation_key

LEGAL = "legal"
LITERATURE = "literature"
FOREIGN = "foreign"
ELECTRONIC = "electronic"
SECTIONS: tuple[str, ...] = (LEGAL, LITERATURE, FOREIGN, ELECTRONIC)

SECTION_HEADINGS: dict[str, dict[str, str]] = {
    "ru": {LEGAL: "Нормативные правовые акты", LITERATURE: "Специальная литература",
           FOREIGN: "Литература на иностранных языках", ELECTRONIC: "Электронные ресурсы"},
    "kk": {LEGAL: "Нормативтік құқықтық актілер", LITERATURE: "Арнайы әдебиеттер",
           FOREIGN: "Шетел тіліндегі әдебиеттер", ELECTRONIC: "Электрондық ресурстар"},
    "en": {LEGAL: "Legal acts", LITERATURE: "Literature",
           FOREIGN: "Foreign-language sources", ELECTRONIC: "Electronic resources"},
}

# Ranks by legal force (gost-rules.md §5 [practice]; the hierarchy of the Law of the Republic of
# Kazakhstan "On legal acts", art. 10: Constitution, constitutional laws, codes, laws, decrees,
# resolutions, ministerial orders; ratified treaties prevail over laws, Constitution art. 4).
RANK_CONSTITUTION = 0
RANK_TREATY = 1
RANK_CONSTITUTIONAL_LAW = 2
RANK_CODE = 3
RANK_LAW = 4
RANK_DECREE = 5
RANK_RESOLUTION = 6
RANK_ORDER = 7
RANK_OTHER_ACT = 8
RANK_COURT = 9

RANK_NAMES: dict[int, str] = {
    RANK_CONSTITUTION: "constitution", RANK_TREATY: "treaty",
    RANK_CONSTITUTIONAL_LAW: "constitutional-law", RANK_CODE: "code", RANK_LAW: "law",
    RANK_DECREE: "decree", RANK_RESOLUTION: "resolution", RANK_ORDER: "order",
    RANK_OTHER_ACT: "other-act", RANK_COURT: "court-decision",
}

# Word stems (Russian, Kazakh, English) that name the form of an act, first match wins; checked in
# the genre ("Закон Республики Казахстан"), then the title, then the issuing authority.
_RANK_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (rank, re.compile(pattern, re.IGNORECASE)) for rank, pattern in (
        (RANK_CONSTITUTIONAL_LAW, r"конституционн\w* закон|конституциялық заң|constitutional law"),
        (RANK_CONSTITUTION, r"^\s*конституци|конституциясы\b|^\s*constitution\b"),
        (RANK_CODE, r"кодекс|\bcode\b"),
        (RANK_TREATY, r"конвенци|пакт\b|международн\w* договор|халықаралық шарт|соглашени"
                      r"|келісім|хартия|декларация|convention|covenant|treaty|agreement"
                      r"|charter|declaration|protocol"),
        (RANK_LAW, r"\bзакон\b|\bзакона\b|заңы\b|\bзаң\b|\blaw\b|\bact\b"),
        (RANK_DECREE, r"\bуказ\b|жарлығ|\bdecree\b"),
        (RANK_RESOLUTION, r"постановлени|қаулы|resolution"),
        (RANK_ORDER, r"\bприказ|бұйрығ|\border\b"),
    )
)
_LEGAL_TYPES = frozenset({"legislation", "regulation", "treaty", "bill", "legal_case", "hearing"})
_initials = lru_cache(maxsize=65536)(initials)  # names repeat across a list
_ELECTRONIC_TYPES = frozenset({"webpage", "post", "post-weblog", "software", "dataset"})
_CYRILLIC_LANGS = frozenset({"ru", "kk", "uk", "be", "bg", "ky", "tg", "mn", "sr", "mk", "tt"})


def legal_rank(ref: Reference) -> int | None:
    """Rank of a legal source by legal force (RANK_*), None for anything that is not one."""
    if ref.type == "legal_case":
        return RANK_COURT
    if ref.type == "treaty":
        return RANK_TREATY
    if ref.type not in _LEGAL_TYPES:
        return None
    for text in (ref.genre, ref.title, ref.authority):
        if not text:
            continue
        for rank, pattern in _RANK_PATTERNS:
            if pattern.search(text):
                return rank
    return RANK_OTHER_ACT


def section_of(ref: Reference) -> str:
    """LEGAL for legal sources, ELECTRONIC for web-only resources, FOREIGN for works in a
    non-Cyrillic language, LITERATURE for the rest."""
    if legal_rank(ref) is not None:
        return LEGAL
    if ref.type in _ELECTRONIC_TYPES:
        return ELECTRONIC
    lang = item_language(ref.language, ref.title, ref.container_title)
    return LITERATURE if lang in _CYRILLIC_LANGS else FOREIGN


def default_sort_text(ref: Reference) -> str:
    """What an alphabetical list sorts by: the heading (first author's family name and given
    names) for 1-3 personal authors, otherwise the title, as the record starts (gost-rules.md §1
    and §5: organisations go after ` / `)."""
    authors = ref.authors
    if 1 <= len(authors) <= 3 and not authors[0].is_organisation:
        a = authors[0]
        # The heading as printed, `Мусабекова, Н. М.`: with full given names in one record and
        # initials in another, the same heading would otherwise not keep its titles in order.
        name = " ".join(p for p in (a.particle, a.family, _initials(a.given)) if p)
        return f"{name} {ref.title or ''}"
    return ref.title or ""


@dataclass(frozen=True, slots=True)
class Section:
    """One section of an ordered list: its key (SECTIONS, or "" for an unsectioned list) and its
    references in order."""

    key: str
    references: tuple[Reference, ...]

    def heading(self, lang: str = "ru") -> str:
        return SECTION_HEADINGS.get(lang, SECTION_HEADINGS["ru"]).get(self.key, "")


def _date_key(ref: Reference) -> tuple[int, int, int]:
    d = ref.adopted or ref.issued
    if d is None or d.year is None:
        return (9999, 99, 99)
    return (d.year, d.month or 0, d.day or 0)


def legal_sort_key(ref: Reference, within: str = "date",
                   sort_text: Callable[[Reference], str] = default_sort_text,
                   ) -> tuple[int, tuple[int, int, int], tuple[int, str]]:
    """Legal force first; then adoption date (default) or title."""
    rank = legal_rank(ref)
    date = _date_key(ref) if within == "date" else (0, 0, 0)
    return (RANK_COURT + 1 if rank is None else rank, date, collation_key(sort_text(ref)))


def order_references(refs: Iterable[Reference], *, sectioned: bool = True,
                     legal_within: str = "date",
                     sort_text: Callable[[Reference], str] = default_sort_text,
                     ) -> list[Section]:
    """The references in list order. Sectioned: legal acts by legal force (then by date or title),
    then literature, foreign-language works and electronic resources, each alphabetical with
    Cyrillic before Latin and Kazakh letters in the Kazakh alphabet order. Unsectioned: one
    alphabetical sequence (Cyrillic first). Empty sections are left out."""
    items = list(refs)
    if not sectioned:
        return [Section("", tuple(sorted(items, key=lambda r: collation_key(sort_text(r)))))]
    buckets: dict[str, list[Reference]] = {key: [] for key in SECTIONS}
    for ref in items:
        buckets[section_of(ref)].append(ref)
    out: list[Section] = []
    for key in SECTIONS:
        bucket = buckets[key]
        if not bucket:
            continue
        if key == LEGAL:
            bucket.sort(key=lambda r: legal_sort_key(r, legal_within, sort_text))
        else:
            bucket.sort(key=lambda r: collation_key(sort_text(r)))
        out.append(Section(key, tuple(bucket)))
    return out


def flatten(sections: Sequence[Section]) -> list[Reference]:
    """The references of ordered sections in one sequence (for numbering across sections)."""
    return [ref for section in sections for ref in section.references]
