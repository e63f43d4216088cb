"""APA 7th edition: reference list entries for every item type (Kazakh legal sources included) and
parenthetical / narrative in-text citations with the manual's disambiguation rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from core.dates import PartialDate
from core.identifiers import doi_url
from core.model import Creator, Reference
from core.styles.base import (
    CiteContext,
    CiteItem,
    CiteMode,
    Entry,
    ListOptions,
    Style,
    ref_key,
    same_record,
)
from core.styles.names import family_with_particle, format_name, initials
from core.styles.richtext import Rich
from core.text import collation_key, strip_markup

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Item types whose title is part of a periodical: roman title, italic periodical and volume.
PERIODICAL_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "review",
                              "review-book", "post-weblog", "periodical"})
# Item types that are part of an edited work: roman title, "In Editor (Ed.), *Book* (pp.)".
PART_TYPES = frozenset({"chapter", "entry", "entry-dictionary", "entry-encyclopedia"})
# Types whose `number` is a report or standard number printed after the title.
NUMBERED_TYPES = frozenset({"report", "standard", "document", "pamphlet", "patent"})
LEGISLATIVE_TYPES = frozenset({"legislation", "regulation", "bill", "hearing"})
# The description APA wants in brackets when the record stores none.
DEFAULT_DESCRIPTIONS = {"dataset": "Data set", "software": "Computer software"}
# Types whose APA date shows month and day.
FULL_DATE_TYPES = frozenset({"article-magazine", "article-newspaper", "broadcast", "event",
                             "motion_picture", "pamphlet", "performance", "personal_communication",
                             "post", "post-weblog", "song", "speech", "webpage", "interview"})
# Locator labels in in-text citations: label -> (singular, plural).
LOCATOR_LABELS: dict[str, tuple[str, str]] = {
    "page": ("p.", "pp."), "chapter": ("Chapter", "Chapters"), "section": ("Section", "Sections"),
    "paragraph": ("para.", "paras."), "article": ("Art.", "Arts."), "part": ("Part", "Parts"),
    "clause": ("cl.", "cls."), "volume": ("Vol.", "Vols."), "figure": ("Figure", "Figures"),
    "line": ("line", "lines"), "note": ("n.", "nn."), "table": ("Table", "Tables"),
    "verse": ("verse", "verses"), "book": ("Book", "Books"), "folio": ("fol.", "fols."),
    "issue": ("No.", "Nos."), "sub-verbo": ("s.v.", "s.vv."), "timestamp": ("", ""),
    "subparagraph": ("subpara.", "subparas."),
}
UNTITLED = "[Untitled]"
# The settings a GUI offers for APA (`ListOptions.settings`): key -> (allowed values, the first
# being the default; what it does), the same shape as core.styles.gost.SETTINGS.
SETTINGS: dict[str, tuple[tuple[Any, ...], str]] = {
    "script_order": (("latin-first", "cyrillic-first"),
                     "Latin-script works before Cyrillic ones (APA's alphabet) or after them"),
}
_ARTICLE_WORDS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_RANGE = re.compile(r"^\s*([A-Za-z]*)(\d+)\s*[-‐‑‒–—]+\s*([A-Za-z]*)(\d+)\s*$")
_PLURAL_LOCATOR = re.compile(r"[-–—,&]|\band\b")
_NUMERIC = re.compile(r"^\d+$")


@dataclass(slots=True)
class _Item:
    """A record with the keys the list and the citations need, computed once."""

    index: int
    ref: Reference
    names: list[Creator]          # the names in the author position (authors, else editors)
    names_are_editors: bool
    sort_key: tuple[Any, ...]
    names_key: tuple[str, ...]    # identity of the author list, for 2023a/2023b
    year: int | None
    formatted: list[str]          # the names as the reference list prints them
    suffix: str = ""


def _names_in_author_position(ref: Reference) -> tuple[list[Creator], bool]:
    authors = ref.creators_in("author")
    if authors:
        return authors, False
    if ref.type not in PART_TYPES:
        editors = ref.creators_in("editor") or ref.creators_in("compiler")
        if editors:
            return editors, True
    return [], False


# Names and keys repeat across a library: computed once per distinct value.
_collation = lru_cache(maxsize=65536)(collation_key)
_initials = lru_cache(maxsize=65536)(initials)
_LEGAL_ENTRY_TYPES = frozenset({"legislation", "regulation", "bill", "hearing", "legal_case",
                                "treaty"})


@lru_cache(maxsize=65536)
def _inverted_parts(family: str | None, given: str | None, particle: str | None,
                    dropping: str | None, suffix: str | None, literal: str | None) -> str:
    return format_name(Creator(family=family, given=given, particle=particle,
                               dropping_particle=dropping, suffix=suffix, literal=literal))


def _inverted(c: Creator) -> str:
    """`Family, G. G.` (cached)."""
    return _inverted_parts(c.family, c.given, c.particle, c.dropping_particle, c.suffix, c.literal)


def _apa_collation(text: str | None, latin_first: bool) -> tuple[int, str]:
    group, key = _collation(text)
    if latin_first and group in (0, 1):
        group = 1 - group
    return group, key


class ApaStyle(Style):
    """APA Style, 7th edition (Publication Manual, 2020)."""

    name = "apa"
    title = "APA 7th edition"
    numbered = False
    hanging_indent = True

    # ------------------------------------------------------------------ preparation
    def _prepare(self, refs: Sequence[Reference], options: ListOptions | None) -> list[_Item]:
        latin_first = (options.settings.get("script_order", "latin-first") != "cyrillic-first"
                       if options is not None else True)
        items: list[_Item] = []
        for i, ref in enumerate(refs):
            names, editors = _names_in_author_position(ref)
            formatted: list[str] = []
            if names:
                formatted = [_inverted(c) for c in names]
                # Surname, then initials (APA 9.46): the same person stored once with full
                # given names and once with initials sorts as one, so a one-author work stays
                # before the multi-author works she leads (APA 9.45).
                names_sort: tuple[Any, ...] = tuple(
                    (_apa_collation(family_with_particle(c), latin_first),
                     _collation(_initials(c.given))) for c in names)
                names_key = tuple(f.casefold() for f in formatted)
            else:
                # What the entry starts with: the title, or for an untitled legal source the
                # description printed in its place.
                lead = ref.title or (ref.genre if ref.type in _LEGAL_ENTRY_TYPES else "")
                title = _ARTICLE_WORDS.sub("", strip_markup(lead or ""))
                names_sort = ((_apa_collation(title, latin_first), (3, "")),)
                names_key = ("\x00title:" + title.casefold(),)
            date = ref.issued or self._legal_date(ref)
            year = date.year if date else None
            date_key = (year if year is not None else -1, (date.month or 0) if date else 0,
                        (date.day or 0) if date else 0)
            # Same names and date: by title (APA 9.47), in the list's script order too.
            title_key = _apa_collation(_ARTICLE_WORDS.sub("", strip_markup(ref.title or "")),
                                       latin_first)
            sort_key = (names_sort, date_key, title_key, ref.volume or "")
            items.append(_Item(i, ref, names, editors, sort_key, names_key, year, formatted))
        # Same author list, same year: letters in reference-list order (APA 9.47).
        groups: dict[tuple[Any, ...], list[_Item]] = {}
        for it in sorted(items, key=lambda x: x.sort_key):
            if it.ref.type in ("personal_communication",):
                continue
            groups.setdefault((it.names_key, it.year), []).append(it)
        for group in groups.values():
            if len(group) > 1:
                for n, it in enumerate(group):
                    it.suffix = _letters(n)
        return items

    # ------------------------------------------------------------------ reference list
    def bibliography(self, refs: Sequence[Reference],
                     options: ListOptions | None = None) -> list[Entry]:
        items = self._prepare(refs, options)
        sort = options.sort if options is not None else "style"
        if sort == "style":
            order = [it.index for it in sorted(items, key=lambda x: x.sort_key)]
        else:
            order = self.order(refs, options, None)
        numbered = self.is_numbered(options)
        translit = bool(options.settings.get("transliterated")) if options is not None else False
        out: list[Entry] = []
        for n, i in enumerate(order, 1):
            rich = self._entry(items[i], translit)
            out.append(Entry(ref_key(refs[i], i), refs[i], rich, number=n if numbered else None))
        return out

    def _entry(self, it: _Item, translit: bool) -> Rich:
        ref = it.ref
        if ref.type in ("legislation", "regulation", "bill", "hearing", "legal_case", "treaty"):
            return self._legal_entry(ref, translit)
        title = self._title_element(ref, translit)
        elements: list[Rich] = []
        author = self._author_element(it)
        if author:
            elements.append(author)
            elements.append(self._date_element(ref, it.suffix))
            elements.append(title)
        else:
            elements.append(title)
            elements.append(self._date_element(ref, it.suffix))
        elements.append(self._source_element(ref, it, translit))
        rich = Rich()
        for el in elements:
            if el:
                if rich:
                    rich.add_punct(" ")
                rich.extend(el.strip())
                rich.end_with(".")
        return self._finish(rich, ref)

    def _finish(self, rich: Rich, ref: Reference) -> Rich:
        link = self._link_element(ref)
        if link:
            rich.add_punct(" ")
            rich.extend(link)
        if ref.original_date and ref.original_date.year:
            rich.add_punct(" ")
            rich.append(f"(Original work published {ref.original_date.year})")
        return rich

    # ------------------------------------------------------------------ elements
    def _author_element(self, it: _Item) -> Rich:
        if not it.names:
            return Rich()
        text = Rich(_name_list(it.formatted))
        if it.names_are_editors:
            text.add_punct(" ")
            text.append("(Eds.)" if len(it.names) > 1 else "(Ed.)")
            if it.ref.creators_in("editor") == [] and it.ref.creators_in("compiler"):
                text.runs[-1:] = Rich("(Comps.)" if len(it.names) > 1 else "(Comp.)").runs
        return text

    def _date_element(self, ref: Reference, suffix: str) -> Rich:
        # An unpublished presentation is dated to the day, a published paper to the year.
        full = ref.type in FULL_DATE_TYPES or (ref.type == "paper-conference"
                                               and not ref.container_title)
        return Rich(f"({_date_text(ref.issued, ref.type if not full else 'webpage', suffix)})")

    def _title_element(self, ref: Reference, translit: bool) -> Rich:
        raw = (ref.title_translit if translit and ref.title_translit else ref.title)
        title = Rich.from_markup(raw)
        standalone = ref.type not in PERIODICAL_TYPES and ref.type not in PART_TYPES and not (
            ref.type == "paper-conference" and ref.container_title)
        if standalone and title:
            title = title.italic()
        description = self._description(ref)
        if not title and not description:
            title = Rich(UNTITLED)  # APA 9.22: a work without a title is described in brackets
        out = title
        if ref.title_translated and ref.title_translated != ref.title:
            out = Rich.join([out, Rich("[") + Rich.from_markup(ref.title_translated) + "]"], " ")
        if standalone:
            paren = self._book_details(ref, pages=None)
            if paren:
                out = Rich.join([out, f"({paren})"], " ")
        if description:
            out = Rich.join([out, f"[{description}]"], " ")
        return out

    def _description(self, ref: Reference) -> str:
        genre = ref.genre or DEFAULT_DESCRIPTIONS.get(ref.type)
        if ref.type == "thesis":
            genre = genre or _thesis_description(ref) or "Thesis"
            if ref.publisher and (ref.archive or ref.doi or ref.url):
                return f"{_cap_first(genre)}, {ref.publisher}"
        if ref.type == "paper-conference" and ref.container_title:
            return _cap_first(ref.genre) if ref.genre else ""
        if ref.genre and ref.number and ref.type in NUMBERED_TYPES:
            return ""  # the genre labels the number: "(Policy brief No. 12)"
        if ref.medium and not genre:
            genre = ref.medium
        return _cap_first(genre) if genre else ""

    def _book_details(self, ref: Reference, pages: str | None) -> str:
        """`2nd ed., Vol. 3, pp. 1–10`, `Report No. 12`, `Version 2`, translator."""
        parts: list[str] = []
        translators = ref.creators_in("translator")
        if translators and ref.type not in PART_TYPES:
            parts.append(f"{_natural_list(translators)}, Trans.")
        if ref.edition:
            parts.append(_edition(ref.edition))
        if ref.volume and ref.type not in PERIODICAL_TYPES:
            parts.append(f"Vol. {ref.volume}")
        version = ref.extra.get("version")
        if version:
            parts.append(f"Version {version}")
        if ref.number and ref.type in NUMBERED_TYPES:
            parts.append(_numbered(ref.number, ref.type, ref.genre))
        if pages:
            parts.append(f"{'pp.' if _is_range(pages) else 'p.'} {_page_range(pages)}")
        # "(H. Weaver, Trans.; 2nd ed.)" (APA 10.2, apa.csl): the translator first, the rest
        # after a semicolon.
        if translators and ref.type not in PART_TYPES and len(parts) > 1:
            return "; ".join([parts[0], ", ".join(parts[1:])])
        return ", ".join(parts)

    def _source_element(self, ref: Reference, it: _Item, translit: bool) -> Rich:
        container_raw = (ref.container_title_translit if translit and ref.container_title_translit
                         else ref.container_title)
        container = Rich.from_markup(container_raw)
        if ref.type in PERIODICAL_TYPES:
            out = container.italic() if container else Rich()
            if ref.volume:
                out.add_punct(", ")
                out.extend(Rich.text(ref.volume, italic=True))
                if ref.issue:
                    out.append(f"({ref.issue})")
            elif ref.issue:
                out.add_punct(", ")
                out.append(f"({ref.issue})")
            if ref.page:
                out.add_punct(", ")
                out.append(_page_range(ref.page))
            elif ref.number:
                out.add_punct(", ")
                out.append(f"Article {ref.number}")
            return out
        if ref.type in PART_TYPES or (ref.type == "paper-conference" and ref.container_title):
            editors = ref.creators_in("editor") or ref.creators_in("container-author")
            book = container.italic()
            details = self._book_details(ref, ref.page)
            if details:
                book = Rich.join([book, f"({details})"], " ")
            head = Rich()
            if editors:
                label = "(Eds.)" if len(editors) > 1 else "(Ed.)"
                head = Rich(f"{_natural_list(editors)} {label}, ")
            out = Rich("In ") + head + book if book else Rich()
            if ref.collection_title:
                out = Rich.join([out, ref.collection_title], ". ")
            publisher = self._publisher(ref, it)
            return Rich.join([out, publisher], ". ")
        if ref.type == "paper-conference" or ref.type in ("speech", "event", "performance"):
            return Rich.join([ref.event_title, ref.event_place], ", ")
        if ref.type == "thesis":
            desc_has_publisher = bool(ref.publisher and (ref.archive or ref.doi or ref.url))
            return Rich(ref.archive if desc_has_publisher else (ref.publisher or ref.archive))
        if ref.type in ("webpage", "post"):
            site = container_raw or ref.publisher
            if site and not _same_as_author(site, it.names):
                return Rich.from_markup(site)
            return Rich()
        parts: list[Rich | str | None] = []
        if ref.type == "article" and ref.container_title:  # a preprint: repository, roman
            parts.append(container)
        elif ref.container_title and ref.type not in ("book", "report", "dataset", "standard"):
            parts.append(container.italic())
        if ref.collection_title and ref.type != "article":
            parts.append(ref.collection_title)
        publisher = self._publisher(ref, it)
        parts.append(publisher)
        return Rich.join(parts, ". ")

    def _publisher(self, ref: Reference, it: _Item) -> Rich:
        """The publisher, left out when it is the group author (APA 9.29)."""
        if not ref.publisher or _same_as_author(ref.publisher, it.names):
            return Rich()
        return Rich(ref.publisher.replace(" ; ", "; "))

    def _link_element(self, ref: Reference) -> Rich:
        if ref.doi:
            url = doi_url(ref.doi)
            return Rich.text(url, link=url)
        if ref.url:
            link = Rich.text(ref.url, link=ref.url)
            # APA 9.16: a retrieval date only for an undated work that may change (a law's
            # date is its adoption date, so an Adilet link gets none).
            dated = ref.issued is not None or (ref.type in _LEGAL_ENTRY_TYPES and
                                               self._legal_date(ref) is not None)
            if not dated and ref.accessed is not None and ref.accessed.year:
                return Rich(f"Retrieved {_long_date(ref.accessed)}, from ") + link
            return link
        return Rich()

    # ------------------------------------------------------------------ legal material
    @staticmethod
    def _legal_date(ref: Reference) -> PartialDate | None:
        if ref.type in LEGISLATIVE_TYPES | {"treaty"}:
            return ref.adopted or ref.issued
        return ref.issued or ref.adopted

    def _legal_entry(self, ref: Reference, translit: bool) -> Rich:
        """APA 11 (Bluebook forms): laws and codes `Title [Translation], Genre No. N, Gazette,
        No. 16, Art. 128 (2011, as amended through 2024)`; cases `Title, No. N (Court, date)`;
        treaties `Title, Parties, Month Day, Year`."""
        raw = ref.title_translit if translit and ref.title_translit else ref.title
        title = Rich.from_markup(raw) if raw else Rich(_cap_first(ref.genre) or UNTITLED)
        if ref.title_translated and ref.title_translated != ref.title:
            title = Rich.join([title, Rich("[") + Rich.from_markup(ref.title_translated) + "]"],
                              " ")
        date = self._legal_date(ref)
        parts: list[Rich | str | None] = [title]
        if ref.type == "treaty":
            parties = [format_name(c) for c in ref.authors]
            parts.append("–".join(p for p in parties if p))
            parts.append(_long_date(date) if date else None)
            parts.append(self._legal_source(ref))
            rich = Rich.join(parts, ", ")
        elif ref.type == "legal_case":
            number = ref.case_number or ref.number
            source = self._legal_source(ref) if ref.container_title else (
                f"No. {number}" if number else None)
            rich = Rich.join([title, source], ", ")
            court_date = [ref.authority,
                          (str(date.year) if ref.container_title else _long_date(date))
                          if date else None]
            paren = ", ".join(p for p in court_date if p)
            if paren:
                rich.add_punct(" ")
                rich.append(f"({paren})")
        else:
            identifier = None
            if ref.number:
                identifier = f"{ref.genre} No. {ref.number}" if ref.genre and raw else \
                    f"No. {ref.number}"
            elif ref.genre and raw:
                identifier = ref.genre
            rich = Rich.join([title, identifier, self._legal_source(ref)], ", ")
            years: list[str] = []
            if date and date.year:
                years.append(str(date.year))
            if ref.version_date and ref.version_date.year:
                years.append(f"as amended through {_long_date(ref.version_date)}")
            if years:
                rich.add_punct(" ")
                rich.append(f"({', '.join(years)})")
        rich.end_with(".")
        return self._finish(rich, ref)

    def _legal_source(self, ref: Reference) -> Rich:
        """The official publication: `Ведомости Парламента Республики Казахстан, No. 16, Art. 128`
        (a gazette), else `volume Reporter page` (a reporter or code)."""
        if ref.gazette_title:
            bits = [ref.gazette_title]
            date = self._legal_date(ref)
            if ref.gazette_year and not (date and str(date.year) == ref.gazette_year.strip()):
                bits.append(ref.gazette_year)  # the year in parentheses says it already
            if ref.gazette_number:
                bits.append(f"No. {ref.gazette_number}")
            if ref.gazette_article:
                bits.append(f"Art. {ref.gazette_article}")
            return Rich(", ".join(bits))
        if ref.container_title:
            text = " ".join(p for p in (ref.volume, ref.container_title,
                                        _page_first(ref.page) if ref.page else None) if p)
            return Rich(text)
        return Rich()

    # ------------------------------------------------------------------ in-text citations
    def cite(self, items: Sequence[CiteItem], *, mode: CiteMode = "parenthetical",
             context: CiteContext | None = None,
             options: ListOptions | None = None) -> Rich:
        """`(Smith & Lee, 2020, p. 4; Әбілқасымова et al., 2023a)` or `Smith and Lee (2020)`."""
        if not items:
            return Rich()
        pool = list(context.refs) if context is not None and context.refs else []
        extra = [ci.ref for ci in items if not any(same_record(r, ci.ref) for r in pool)]
        order = options.settings.get("script_order") if options is not None else None
        cache_key = f"apa:{order}"
        cached = context.cache.get(cache_key) if context is not None and not extra else None
        if cached is None:
            prepared = self._prepare(pool + extra, options)
            cached = (prepared, _disambiguated_names(prepared))
            if context is not None and not extra:
                context.cache[cache_key] = cached
        prepared, shorts = cached
        cited = [next(it for it in prepared if same_record(it.ref, ci.ref)) for ci in items]
        if context is not None:
            context.history.append(list(items))
        pairs = list(zip(items, cited, strict=True))
        if mode == "parenthetical":
            pairs.sort(key=lambda p: p[1].sort_key)
        pieces: list[Rich] = []
        i = 0
        while i < len(pairs):
            ci, it = pairs[i]
            author = Rich() if ci.suppress_author else self._cite_author(
                it, shorts[it.index], narrative=mode == "narrative")
            dates = [self._cite_date(ci, it)]
            # Same author, several works: (Smith, 2019, 2020a) (APA 8.12).
            j = i + 1
            while (mode == "parenthetical" and j < len(pairs) and author and
                   not pairs[j][0].suppress_author and
                   self._cite_author(pairs[j][1], shorts[pairs[j][1].index], False).plain()
                   == author.plain() and not pairs[j][0].prefix and not ci.suffix):
                dates.append(self._cite_date(pairs[j][0], pairs[j][1]))
                j += 1
            last = pairs[j - 1][0]
            if mode == "narrative":
                piece = Rich(author)
                piece.add_punct(" ")
                piece.append("(")
                piece.extend(Rich.join(dates, ", "))
                if last.suffix:
                    piece.add_punct(", ")
                    piece.append(last.suffix)
                piece.append(")")
                if not author:
                    piece = piece.strip()
            else:
                piece = Rich.join([author, Rich.join(dates, ", ")], ", ")
                if ci.prefix:
                    piece = Rich.join([ci.prefix, piece], " ")
                if last.suffix:
                    piece = Rich.join([piece, last.suffix], ", ")
            pieces.append(piece)
            i = j
        if mode == "narrative":
            return Rich.join(pieces, "; ")
        return Rich("(") + Rich.join(pieces, "; ") + ")"

    def _cite_date(self, ci: CiteItem, it: _Item) -> Rich:
        date = it.ref.issued if it.ref.type not in LEGISLATIVE_TYPES | {"treaty"} \
            else self._legal_date(it.ref)
        text = Rich(str(date.year) + it.suffix if date and date.year else
                    (date.literal if date and date.literal else "n.d." +
                     (f"-{it.suffix}" if it.suffix else "")))
        if ci.locator:
            text = Rich.join([text, _locator(ci.locator, ci.label)], ", ")
        return text

    def _cite_author(self, it: _Item, short: Rich, narrative: bool) -> Rich:
        if not narrative or not short:
            return short
        # Narrative citations spell out "and" (APA 8.17).
        return short.map_text(lambda t: t.replace(" & ", " and "))

    # ------------------------------------------------------------------ helpers exposed
    def sort_key(self, ref: Reference) -> tuple[Any, ...]:
        return self._prepare([ref], None)[0].sort_key


# ---------------------------------------------------------------------- in-text names
def _disambiguated_names(items: list[_Item]) -> dict[int, Rich]:
    """Short author forms for in-text citations: `Smith`, `Smith & Lee`, `Smith et al.`; more
    names where two works would look alike (APA 8.18), initials where different first authors
    share a family name (APA 8.20)."""
    # Initials for first authors whose family names collide with a different person's.
    by_family: dict[str, set[str]] = {}
    for it in items:
        if it.names and not it.names[0].is_organisation and it.names[0].family:
            c = it.names[0]
            by_family.setdefault(family_with_particle(c).casefold(), set()).add(
                initials(c.given).casefold())
    need_initials = {fam for fam, inits in by_family.items() if len(inits) > 1}

    def name_at(c: Creator, k: int) -> str:
        short = _short_name(c)
        if k == 0 and not c.is_organisation and c.given and \
                family_with_particle(c).casefold() in need_initials:
            short = f"{initials(c.given)} {short}"
        return short

    def form(it: _Item, shown: int) -> tuple[str, ...]:
        # As printed: a first author's initials (APA 8.20) already tell `A. Kim et al.` from
        # `B. Kim et al.`, so neither needs more names (APA 8.18).
        names = it.names
        return tuple(name_at(c, k) for k, c in enumerate(names[:shown])) + (
            ("et al.",) if shown < len(names) else ())

    shown: dict[int, int] = {}
    for it in items:
        n = len(it.names)
        shown[it.index] = n if n <= 2 else 1
    # Expand et-al. lists that would collide with another work of the same year.
    for _ in range(20):
        seen: dict[tuple[Any, ...], list[_Item]] = {}
        for it in items:
            if it.names:
                seen.setdefault((form(it, shown[it.index]), it.year, it.suffix), []).append(it)
        changed = False
        for group in seen.values():
            distinct = {it.names_key for it in group}
            if len(distinct) < 2:
                continue
            for it in group:
                if shown[it.index] < len(it.names):
                    shown[it.index] += 1
                    if shown[it.index] == len(it.names) - 1:
                        shown[it.index] = len(it.names)  # "A, B, & C", never "A, B, et al."
                    changed = True
        if not changed:
            break
    out: dict[int, Rich] = {}
    for it in items:
        if not it.names:
            out[it.index] = _title_short(it.ref)
            continue
        names = [name_at(c, k) for k, c in enumerate(it.names[: shown[it.index]])]
        if shown[it.index] < len(it.names):
            text = ", ".join(names) + (", et al." if len(names) > 1 else " et al.")
        elif len(names) == 1:
            text = names[0]
        elif len(names) == 2:
            text = f"{names[0]} & {names[1]}"
        else:
            text = ", ".join(names[:-1]) + f", & {names[-1]}"
        out[it.index] = Rich(text)
    return out


def _short_name(c: Creator) -> str:
    return family_with_particle(c) if not c.is_organisation else (c.literal or "")


def _title_short(ref: Reference) -> Rich:
    """In-text title for works without author: italic for works standing alone (and court
    cases), in double quotes for parts of a larger work, plain for laws and treaties."""
    raw = ref.title_short or ref.title
    if not raw:
        return Rich(ref.genre or "")
    title = Rich.from_markup(raw)
    if ref.type in ("legislation", "regulation", "bill", "hearing", "treaty"):
        return title
    if ref.type == "legal_case":
        return title.italic()
    if ref.type in PERIODICAL_TYPES or ref.type in PART_TYPES or ref.type == "paper-conference":
        # The comma that follows goes inside the closing quotation mark (APA 6.10).
        return Rich("\u201c") + title + "\u201d"
    return title.italic()


# ---------------------------------------------------------------------- small formatters
def _name_list(formatted: list[str]) -> str:
    """APA 9.8: up to 20 names `A, B, & C`; 21 or more: the first 19, an ellipsis, the last."""
    if len(formatted) == 1:
        return formatted[0]
    if len(formatted) <= 20:
        return ", ".join(formatted[:-1]) + ", & " + formatted[-1]
    return ", ".join(formatted[:19]) + ", . . . " + formatted[-1]


def _natural_list(names: list[Creator]) -> str:
    """Editors and translators in natural order: `A. Smith & B. Lee`, `A, B, & C`."""
    formatted = [format_name(c, order="given-first") for c in names]
    if len(formatted) == 1:
        return formatted[0]
    if len(formatted) == 2:
        return f"{formatted[0]} & {formatted[1]}"
    if len(formatted) <= 20:
        return ", ".join(formatted[:-1]) + ", & " + formatted[-1]
    return ", ".join(formatted[:19]) + ", . . . " + formatted[-1]


def _letters(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (as citeproc does)."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def _date_text(date: PartialDate | None, item_type: str, suffix: str) -> str:
    if date is None or (date.year is None and not date.literal):
        return "n.d." + (f"-{suffix}" if suffix else "")
    if date.year is None:
        return (date.literal or "") + suffix
    text = f"{date.year}{suffix}"
    if item_type in FULL_DATE_TYPES:
        if date.month:
            text += f", {MONTHS[date.month - 1]}"
            if date.day:
                text += f" {date.day}"
        elif date.season:
            text += f", {_cap_first(_season(date.season))}"
    return text


def _season(season: str) -> str:
    return {"1": "spring", "2": "summer", "3": "autumn", "4": "winter"}.get(season, season)


def _long_date(date: PartialDate | None) -> str:
    """`May 5, 2020`, `May 2020`, `2020`."""
    if date is None:
        return ""
    if date.year is None:
        return date.literal or ""
    if date.month and date.day:
        return f"{MONTHS[date.month - 1]} {date.day}, {date.year}"
    if date.month:
        return f"{MONTHS[date.month - 1]} {date.year}"
    return str(date.year)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _edition(edition: str) -> str:
    """`2` -> `2nd ed.`; `2nd` -> `2nd ed.`; anything else as stored (`Rev. ed.`, `2-е изд.`)."""
    text = edition.strip()
    m = re.match(r"^(\d+)(?:st|nd|rd|th)?\.?(?:\s*(?:ed\.?|edition))?$", text, re.IGNORECASE)
    if m:
        return f"{_ordinal(int(m.group(1)))} ed."
    return text


# A thesis's description when the record stores no genre, from the `degree` the GOST styles read
# (APA 10.6: "[Doctoral dissertation, University]" when published in a database or archive,
# "[Unpublished doctoral dissertation]. University" otherwise).
_DEGREE_DESCRIPTIONS = {"phd": "doctoral dissertation", "doctor": "doctoral dissertation",
                        "candidate": "candidate's dissertation", "master": "master's thesis"}


def _thesis_description(ref: Reference) -> str:
    kind = _DEGREE_DESCRIPTIONS.get(str(ref.extra.get("degree", "")).strip().lower())
    if not kind:
        return ""
    if ref.extra.get("autoreferat"):
        return f"Abstract of {kind}"  # an автореферат is printed and distributed
    if ref.archive or ref.doi or ref.url:
        return kind
    return f"Unpublished {kind}"


def _numbered(number: str, item_type: str, genre: str | None) -> str:
    """`Report No. 12`, `Policy brief No. 12` (the genre labels the number); other numbers and
    designations stay as stored (`ISO 690:2021`, `ГОСТ Р 7.0.100-2018`), after the genre when
    there is one (`National standard ГОСТ Р 7.0.100-2018`, not `No. ГОСТ Р ...`)."""
    number = number.strip()
    if genre:
        if number[:1].isalpha():
            return f"{_cap_first(genre)} {number}"
        return f"{_cap_first(genre)} No. {number}"
    if item_type == "report" and _NUMERIC.match(number):
        return f"Report No. {number}"
    return number


def _is_range(pages: str) -> bool:
    return bool(_PLURAL_LOCATOR.search(pages))


def _expand_range(m: re.Match[str]) -> str:
    pre1, a, pre2, b = m.groups()
    if len(b) < len(a) and not pre2:
        b = a[: len(a) - len(b)] + b  # 321-28 -> 321-328 (page-range-format="expanded")
    return f"{pre1}{a}\u2013{pre2}{b}"


def _page_range(pages: str) -> str:
    """Ranges with an en dash, abbreviated ends expanded; several ranges kept apart by commas."""
    parts = [p.strip() for p in pages.split(",")]
    out = []
    for part in parts:
        m = _RANGE.match(part)
        out.append(_expand_range(m) if m else part.replace("--", "\u2013"))
    return ", ".join(p for p in out if p)


def _page_first(pages: str) -> str:
    return re.split(r"[-–—,]", pages, maxsplit=1)[0].strip()


def _locator(locator: str, label: str) -> str:
    singular, plural = LOCATOR_LABELS.get(label, (label, label))
    if label == "page":
        value = _page_range(locator)
    else:
        value = locator.replace("-", "\u2013")
    word = plural if _is_range(locator) else singular
    return f"{word} {value}".strip()


def _cap_first(text: str | None) -> str:
    if not text:
        return ""
    return text[0].upper() + text[1:]


def _same_as_author(text: str, names: list[Creator]) -> bool:
    folded = text.strip().casefold()
    return any(c.is_organisation and (c.literal or "").strip().casefold() == folded
               for c in names)

