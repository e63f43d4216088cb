"""GOST list styles: `gost-7.1` (ГОСТ 7.1-2003) and `gost-r-7.0.100` (ГОСТ Р 7.0.100-2018).

Rules and their sources are collected in shared/reference/gost-rules.md; section numbers in the
comments below (§1, §2, ...) point there. Each record is written in the language of its item
(§4): Russian, Kazakh or English prescribed words, chosen per record, not per list. The
"content type" area and the access-date words follow the list language (Russian by default).

Settings (`ListOptions.settings`):
- `content_type` (bool): `– Текст : непосредственный / электронный` (7.0.100 default on; 7.1 off)
- `gmd` (bool): `[Электронный ресурс]` after the title (7.1 default on)
- `et_al`: "standard" (4 names all; 5+: first three + [и др.]), "short" (first name + [и др.]),
  "all" (every name)
- `abbreviate` (bool): `под ред.`, `М.`, `дис. ... канд.` (7.1 default) instead of full words
- `url_label`: "URL:" (7.0.100) or "Режим доступа:" (7.1)
- `doi` (bool, default on), `isbn` (bool, default off)
- `sections` (bool): group the list under legal-dissertation headings (legal_order)
- `legal_within`: "date" or "title" for acts of equal legal force
- `list_language`: "ru" / "kk" / "en" (headings, content type, access-date words)
- `declension`: {"Nominative": {"genitive": "...", "instrumental": "..."}} per-name overrides
- `area_dash` (bool, default on): `. – ` between areas; off gives the plain `. ` 7.0.5 allows
- `nbsp` (bool, default on): no-break spaces where Russian typography forbids a line break (after
  `№`, `Т.`, `С.`, between initials and before the family name, before the area dash, in
  `312 с.`), so a Word document never starts a line with `– ` or leaves `№` at a line end
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar

from core.dates import PartialDate
from core.declension import decline_family
from core.model import Creator, Reference
from core.styles.base import (
    CiteContext,
    CiteItem,
    CiteMode,
    Entry,
    ListOptions,
    Style,
    StyleError,
    ref_key,
)
from core.styles.gost_terms import GostTerms, item_language, terms_for
from core.styles.legal_order import SECTION_HEADINGS, order_references
from core.styles.names import format_name, initials
from core.styles.richtext import Rich, has_markup
from core.text import collation_key

DASH = "–"
AREA = f". {DASH} "

MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан")
# Kazakh locative-attributive forms for "of <month>" in act dates: 2011 жылғы 22 шілдедегі.
MONTHS_KK_LOC = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы",
                 "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы",
                 "қарашадағы", "желтоқсандағы")
# Kazakh names of the sciences in degree titles (заң ғылымдарының кандидаты).
_SCIENCE_KK = {"юрид.": "заң ғылымдарының", "экон.": "экономика ғылымдарының",
               "ист.": "тарих ғылымдарының", "филол.": "филология ғылымдарының",
               "пед.": "педагогика ғылымдарының", "полит.": "саяси ғылымдарының",
               "филос.": "философия ғылымдарының", "социол.": "әлеуметтану ғылымдарының"}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

# 7.1-2003 abbreviates the two capitals (ГОСТ Р 7.0.12 / 7.1 examples: М., СПб.).
_PLACE_ABBREV = {"Москва": "М.", "Санкт-Петербург": "СПб.", "Ленинград": "Л.",
                 "Ростов-на-Дону": "Ростов н/Д"}

# Types whose description is a component of a host item (`// host`).
_COMPONENT_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper",
                              "chapter", "paper-conference", "entry", "entry-dictionary",
                              "entry-encyclopedia", "review", "review-book", "post",
                              "post-weblog"})
_LEGAL_TYPES = frozenset({"legislation", "regulation", "bill", "treaty", "legal_case",
                          "hearing"})
_ELECTRONIC_TYPES = frozenset({"webpage", "post", "post-weblog", "software", "dataset"})

_LIST_WORDS: dict[str, dict[str, str]] = {
    "ru": {"print": "Текст : непосредственный", "online": "Текст : электронный",
           "gmd": "[Электронный ресурс]", "accessed": "дата обращения", "site": "[сайт]"},
    "kk": {"print": "Мәтін : тікелей", "online": "Мәтін : электрондық",
           "gmd": "[Электрондық ресурс]", "accessed": "қаралған күні", "site": "[сайт]"},
    "en": {"print": "Text : unmediated", "online": "Text : electronic",
           "gmd": "[Electronic resource]", "accessed": "accessed", "site": "[site]"},
}


@dataclass(frozen=True, slots=True)
class Profile:
    """The switches that tell the GOST editions apart (gost-rules.md §6)."""

    name: str
    heading_comma: bool = True          # `Иванов, И. П.` (7.1, 7.0.100) / `Иванов И. П.` (7.0.5)
    heading_max: int = 1                # names in the heading (7.0.5 allows three)
    repeat_responsibility: bool = True  # repeat the heading's authors after ` / `
    content_type: bool = False          # 7.0.100 `– Текст : ...`
    gmd: bool = False                   # 7.1 `[Электронный ресурс]`
    url_label: str = "URL:"
    abbreviate: bool = False
    et_al: str = "standard"
    doi: bool = True
    isbn: bool = False
    list_language: str = "ru"
    nbsp: bool = True
    area_dash: bool = True              # `. – ` between areas; 7.0.5 also allows plain `. `


GOST_7_1 = Profile("gost-7.1", gmd=True, url_label="Режим доступа:", abbreviate=True)
GOST_R_7_0_100 = Profile("gost-r-7.0.100", content_type=True)
GOST_R_7_0_5 = Profile("gost-r-7.0.5", heading_comma=False, heading_max=3,
                       repeat_responsibility=False, abbreviate=True)

# The settings a GUI offers for the GOST styles: key -> (allowed values, what it does). English
# descriptions are for the developer; the GUI shows its own translated labels.
SETTINGS: dict[str, tuple[tuple[Any, ...], str]] = {
    "sections": ((False, True), "group under legal-dissertation headings"),
    "legal_within": (("date", "title"), "order of legal acts of equal force"),
    "content_type": ((True, False), "7.0.100 `– Текст : непосредственный / электронный`"),
    "gmd": ((True, False), "7.1 `[Электронный ресурс]` after the title"),
    "et_al": (("standard", "short", "all"), "4 names / 5+: three + [и др.]; first + [и др.]; all"),
    "abbreviate": ((True, False), "`под ред.`, `М.`, `дис. ... канд.`"),
    "url_label": (("URL:", "Режим доступа:"), "label before the URL"),
    "doi": ((True, False), "print `– DOI 10...`"),
    "isbn": ((False, True), "print `– ISBN ...` for books"),
    "area_dash": ((True, False), "`. – ` between areas, or a plain `. `"),
    "nbsp": ((True, False), "no-break spaces of Russian typography"),
    "list_language": (("ru", "kk", "en"), "headings, content type and access-date words"),
}

_SETTING_KEYS = {"content_type", "gmd", "url_label", "abbreviate", "et_al", "doi", "isbn",
                 "list_language", "sections", "legal_within", "declension", "nbsp",
                 "area_dash"}


def profile_with(base: Profile, settings: Mapping[str, Any] | None,
                 locale: str | None = None) -> Profile:
    """The profile with the user's settings applied; unknown settings are a StyleError (a typo
    must not silently give a different list)."""
    settings = dict(settings or {})
    unknown = set(settings) - _SETTING_KEYS
    if unknown:
        raise StyleError(f"{base.name}: unknown setting(s) {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(sorted(_SETTING_KEYS))}")
    if settings.get("et_al", base.et_al) not in ("standard", "short", "all"):
        raise StyleError(f"{base.name}: et_al must be standard, short or all")
    changes = {k: settings[k] for k in ("content_type", "gmd", "url_label", "abbreviate", "et_al",
                                        "doi", "isbn", "list_language", "nbsp", "area_dash")
               if k in settings}
    if locale and "list_language" not in changes:
        changes["list_language"] = locale.split("-")[0].lower()
    return replace(base, **changes)


_UNTITLED = {"ru": "[Без названия]", "kk": "[Атауы жоқ]", "en": "[Untitled]"}

# ---------------------------------------------------------------------- small formatting helpers
NBSP = "\u00a0"
_NBSP_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r" – ", NBSP + "– "),                                             # dash ends the line
        (r" (:|;|//?) ", NBSP + r"\1 "),                                   # so do : ; / //
        (r"(DOI|№|No\.|Vol\.|Т\.|С\.|Б\.|P\.|Ст\.|ст\.|с\.|б\.|p\.|Art\.) (?=\d)", r"\1" + NBSP),
        (r"(?<=\d) (?=(?:с|б|p)\.)", NBSP),                                # 312 с.
        (r"(?<![\w.])([^\W\d_][a-zа-яё]?\.) (?=[^\W\d_])", r"\1" + NBSP),  # И. П. Иванов
    )
)


def typographic_spaces(text: str) -> str:
    """No-break spaces of Russian typography (see the `nbsp` setting)."""
    for pattern, repl in _NBSP_RULES:
        text = pattern.sub(repl, text)
    return text


# A dash between two numbers (a range) becomes an en dash; `13-I` (a number with a part) stays.
_DIGIT_RANGE = re.compile(r"(?<=\d)\s*[-‐‑‒—―–]\s*(?=\d)")

def normalize_range(pages: str | None) -> str:
    """`12-22`, `12—22`, `pp. 12 - 22` -> `12–22` (en dash, no spaces)."""
    if not pages:
        return ""
    text = re.sub(r"^\s*(?:pp?\.|с\.|c\.|б\.|С\.|Б\.|P\.)\s*", "", pages.strip())
    return _DIGIT_RANGE.sub(DASH, text)


def normalize_issue(issue: str | None) -> str:
    """`2(65)` -> `2 (65)`: an issue number with a whole number keeps it in parentheses (§2)."""
    if not issue:
        return ""
    text = re.sub(r"^\s*(?:№|No\.?|no\.?|Iss\.?)\s*", "", issue.strip())
    text = re.sub(r"\s*\(\s*", " (", text)
    text = _DIGIT_RANGE.sub(DASH, text)
    return text.replace(" )", ")")


def gost_title(title: str | None) -> str:
    """A stored `Title: subtitle` is printed `Title : subtitle` (§2); trailing stops dropped."""
    if not title:
        return ""
    text = re.sub(r"\s*:\s+", " : ", " ".join(title.split()))
    return text.rstrip(" .")


def long_date(d: PartialDate | None, lang: str, *, suffix_year: bool = True) -> str:
    """`22 июля 2011 года`, `22 July 2011`; a partial date prints what it has."""
    if d is None or d.year is None:
        return d.literal or "" if d else ""
    if not (d.month and d.day):
        return str(d.year) + (" года" if lang == "ru" and suffix_year and d.month is None else "")
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {MONTHS_KK_LOC[d.month - 1]}"
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_RU[d.month - 1]} {d.year}" + (" года" if suffix_year else "")


# The grammatical gender of a treaty's name, told by its first word: the ending of a participle
# agreeing with it ("" masculine, "а" feminine, "о" neuter); feminine when unknown (конвенция).
_RU_MASCULINE_TREATY = re.compile(r"^(договор|пакт|протокол|меморандум|статут|устав|кодекс)",
                                  re.IGNORECASE)
_RU_NEUTER_TREATY = re.compile(r"^соглашени", re.IGNORECASE)


def _ru_gender_ending(title: str | None) -> str:
    text = (title or "").strip().lstrip("«\"")
    if _RU_MASCULINE_TREATY.match(text):
        return ""
    if _RU_NEUTER_TREATY.match(text):
        return "о"
    return "а"


def event_date(d: PartialDate | None, lang: str) -> str:
    """The date of a conference in its parentheses: `12 мая 2023 г.` (7.0.100 and 7.1 examples
    write `г.` after the year), `2023 жылғы 12 мамыр`, `22 May 2024`."""
    if d is None or d.year is None:
        return d.literal or "" if d else ""
    if lang == "kk":
        if d.month and d.day:
            return f"{d.year} жылғы {d.day} {MONTHS_KK[d.month - 1]}"
        return f"{d.year} ж."
    if lang == "en":
        return long_date(d, lang)
    return long_date(d, lang, suffix_year=False) + " г."


def day_month(d: PartialDate | None, lang: str) -> str:
    """`15 марта` / `15 наурыз` / `15 March` for newspapers and dated web pages."""
    if d is None or not (d.month and d.day):
        return ""
    months = MONTHS_KK if lang == "kk" else MONTHS_EN if lang == "en" else MONTHS_RU
    return f"{d.day} {months[d.month - 1]}"


def edition_statement(edition: str | None, t: GostTerms) -> str:
    """`2` -> `2-е изд.` / `2-бас.` / `2nd ed.`; text as stored otherwise."""
    if not edition:
        return ""
    text = edition.strip()
    if not text.isdigit():
        return text
    if t.lang == "en":
        n = int(text)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} ed."
    if t.lang == "kk":
        return f"{text}-бас."
    return f"{text}-е изд."


def page_count(value: str | None, t: GostTerms) -> str:
    """`312` -> `312 с.` / `356 б.` / `412 p.`; a stored `312 с.` stays."""
    if not value:
        return ""
    text = value.strip()
    return f"{text} {t.pages_total}" if text.isdigit() else text


@dataclass(frozen=True, slots=True)
class Pinpoint:
    """What a footnote or an in-text reference points at: `45` under `page`, `15, п. 2` under
    `article`."""

    locator: str
    label: str = "page"

    def text(self, t: GostTerms, *, capital: bool) -> str:
        loc = normalize_range(self.locator) if self.label == "page" else self.locator.strip()
        if re.match(r"^[^\W\d_]", loc):  # already has its word: "ст. 15, п. 2"
            word_text = loc
        else:
            word_text = t.format_pinpoint(self.label, loc)
        return word_text[:1].upper() + word_text[1:] if capital else word_text


def _then(text: str, area: str, dash: bool = True) -> str:
    """`text. – area` without doubling a full stop the text already ends with."""
    if not area:
        return text
    stop = "" if text.endswith(".") else "."
    return f"{text}{stop} {DASH} {area}" if dash else f"{text}{stop} {area}"


_DOI_LINK = re.compile(r"^\s*https?://(?:dx\.)?doi\.org/", re.IGNORECASE)


# Titles may carry CSL in-title markup (`<i>E. coli</i>`, `H<sub>2</sub>O`). The builder joins
# plain strings, so for a record with such a title the titles are rewritten with balanced tags
# (an unclosed `<b>` cannot run into the next element) and every other `<` is held as _LT until
# the finished record has been parsed: only the titles' tags become formatting.
_TITLE_FIELDS = ("title", "container_title", "collection_title", "event_title")
_LT = "\ue000"
_TAGS = (("italic", "i"), ("bold", "b"), ("small_caps", "sc"))


def _has_title_markup(ref: Reference) -> bool:
    title, host, series, event = ref.title, ref.container_title, ref.collection_title, \
        ref.event_title
    if not ((title and "<" in title) or (host and "<" in host) or (series and "<" in series)
            or (event and "<" in event)):
        return False  # the common case, checked without a regular expression
    return any(has_markup(t) for t in (title, host, series, event))


def _balanced(title: str) -> str:
    out = []
    for run in Rich.from_markup(title).runs:
        piece = run.text.replace("<", _LT)
        if run.vertical:
            piece = f"<{run.vertical}>{piece}</{run.vertical}>"
        for attr, tag in _TAGS:
            if getattr(run, attr):
                piece = f"<{tag}>{piece}</{tag}>"
        if run.nocase:
            piece = f'<span class="nocase">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _markup_safe(ref: Reference) -> Reference:
    changes: dict[str, Any] = {}
    for f in fields(ref):
        value = getattr(ref, f.name)
        if f.name in _TITLE_FIELDS:
            if value:
                changes[f.name] = _balanced(value)
        elif f.name != "url" and isinstance(value, str) and "<" in value:
            changes[f.name] = value.replace("<", _LT)
    creators = []
    for c in ref.creators:
        names: dict[str, Any] = {k: v.replace("<", _LT) for k in (
            "family", "given", "literal", "particle", "suffix", "dropping_particle")
            if isinstance(v := getattr(c, k), str) and "<" in v}
        creators.append(replace(c, **names) if names else c)
    changes["creators"] = creators
    return replace(ref, **changes)


def _rich(text: str, markup: bool) -> Rich:
    if not markup:
        return Rich(text)
    return Rich([r.with_text(r.text.replace(_LT, "<")) for r in Rich.from_markup(text).runs])


def is_electronic(ref: Reference, *, url_given: bool | None = None) -> bool:
    """Consulted on-line (gost-rules.md §3): web types, an on-line medium, or a record that gives
    its electronic address (`url_given`; by default: it has a URL). A resource read at a URL is
    `Текст : электронный` / `[Электронный ресурс]` whether or not the access date was recorded;
    a missing date is for the consistency check to report, not a reason to call it print."""
    if ref.type in _ELECTRONIC_TYPES:
        return True
    medium = (ref.medium or "").lower()
    if any(w in medium for w in ("электрон", "online", "on-line", "онлайн", "электрондық")):
        return True
    return bool(ref.url) if url_given is None else url_given


# ---------------------------------------------------------------------- the record builder
class GostBuilder:
    """Builds one GOST record (list entry, full footnote, short footnote) for a profile."""

    def __init__(self, profile: Profile,
                 declension: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.p = profile
        self.declension = dict(declension or {})
        lang = profile.list_language if profile.list_language in _LIST_WORDS else "ru"
        self.words = _LIST_WORDS[lang]

    # -------------------------------------------------------------- names
    def heading_name(self, c: Creator) -> str:
        if c.is_organisation or not c.family:
            return c.literal or c.family or ""
        return format_name(c, order="family-first",
                           sort_separator=", " if self.p.heading_comma else " ")

    def natural_name(self, c: Creator) -> str:
        return format_name(c, order="given-first")

    def declined(self, c: Creator, case: str, t: GostTerms) -> str:
        if t.lang != "ru" or c.is_organisation or not c.family:
            return self.natural_name(c)
        forms = c.extra.get("declension") if isinstance(c.extra.get("declension"), dict) else None
        overrides = dict(self.declension)
        if forms:
            overrides[c.family] = forms
        gender = c.extra.get("gender") if isinstance(c.extra.get("gender"), str) else None
        family = decline_family(c.family, case, gender=gender, given=c.given,
                                overrides=overrides)
        ini = initials(c.given)
        return f"{ini} {family}".strip() if ini else family

    def _persons(self, ref: Reference) -> list[Creator]:
        return [c for c in ref.authors if c.family or c.literal]

    def uses_heading(self, ref: Reference) -> bool:
        """1–3 personal authors: the record starts with the first one (§1). Organisations as
        authors go after ` / ` in 7.0.100 (and in this implementation, in every edition)."""
        authors = self._persons(ref)
        return 1 <= len(authors) <= 3 and not authors[0].is_organisation

    def heading(self, ref: Reference) -> str:
        authors = self._persons(ref)
        names = authors[: self.p.heading_max]
        return ", ".join(self.heading_name(c) for c in names)

    def author_statement(self, ref: Reference, t: GostTerms) -> str:
        authors = self._persons(ref)
        if not authors:
            return ""
        names = [self.natural_name(c) for c in authors]
        if len(names) >= 4:
            if self.p.et_al == "short":
                return f"{names[0]} {t.et_al}"
            if self.p.et_al == "standard" and len(names) >= 5:
                return f"{', '.join(names[:3])} {t.et_al}"
        return ", ".join(names)

    def other_groups(self, ref: Reference, t: GostTerms, *, container: bool = False) -> list[str]:
        """Editors, compilers, translators after ` ; ` (§1). Editors of a chapter's or paper's
        book (`container=True`) belong to the host description instead."""
        groups: list[str] = []
        editors = ref.creators_in("editor") + ref.creators_in("collection-editor")
        directors = ref.creators_in("editorial-director")
        if editors and (container == (ref.type in _COMPONENT_TYPES)):
            if t.lang == "ru":
                word = t.edited_by_short if self.p.abbreviate else t.edited_by
                names = ", ".join(self.declined(c, "genitive", t) for c in editors)
                groups.append(f"{word} {names}")
            elif t.lang == "kk":
                names = ", ".join(self.natural_name(c) for c in editors)
                groups.append(f"{t.edited_by} {names}")
            else:
                word = t.edited_by_short if self.p.abbreviate else t.edited_by
                names = ", ".join(self.natural_name(c) for c in editors)
                groups.append(f"{word} {names}")
        if directors and not container:
            names = ", ".join(self.natural_name(c) for c in directors)
            groups.append(f"{t.executive_editor} {names}")
        compilers = ref.creators_in("compiler")
        if compilers and not container:
            word = t.compiled_by if t.lang != "ru" else ("сост." if self.p.abbreviate
                                                         else "составитель" if len(compilers) == 1
                                                         else "составители")
            sep = " " if word.endswith(".") else " : " if t.lang == "ru" else " "
            groups.append(f"{word}{sep}{', '.join(self.natural_name(c) for c in compilers)}")
        translators = ref.creators_in("translator")
        if translators and not container:
            word = ("пер." if self.p.abbreviate else t.translated_by) if t.lang == "ru" \
                else t.translated_by
            # `перевод А. В. Петрова`: the translator in the genitive, like an editor (§1)
            names = ", ".join(self.declined(c, "genitive", t) for c in translators)
            groups.append(f"{word} {names}")
        return groups

    def responsibility(self, ref: Reference, t: GostTerms, *, heading_used: bool) -> str:
        """The text after ` / `: authors (repeated or not), organisation authors, then the other
        groups after ` ; `."""
        parts: list[str] = []
        if not heading_used or self.p.repeat_responsibility:
            statement = self.author_statement(ref, t)
            if statement:
                parts.append(statement)
        parts.extend(self.other_groups(ref, t))
        return " ; ".join(parts)

    # -------------------------------------------------------------- areas
    def place_publisher_year(self, ref: Reference, t: GostTerms, *, publisher: bool = True,
                             year: str | None = None) -> str:
        place = (ref.publisher_place or "").strip()
        if place and self.p.abbreviate and t.lang == "ru":
            place = _PLACE_ABBREV.get(place, place)
        pub = (ref.publisher or "").strip() if publisher else ""
        yr = year if year is not None else (str(ref.year) if ref.year else "")
        if not place and not pub and not yr:
            return ""
        if not place and (pub or yr):
            place = "[S. l.]" if t.lang == "en" else "[Б. м.]"
        text = place
        if pub:
            text += f" : {pub}"
        elif publisher and ref.type in ("book", "report", "standard") and yr:
            text += " : [s. n.]" if t.lang == "en" else " : [б. и.]"
        if yr:
            text += f", {yr}"
        return text

    def printed_url(self, ref: Reference) -> str | None:
        """The URL the record gives as the resource's electronic address, or None. With the DOI
        printed, a DOI link (`https://doi.org/<doi>`) only repeats it, and a URL without an
        access date is the landing page metadata brings along (every Crossref record has one),
        not an address the author consulted: the DOI is the address then (gost-rules.md §3)."""
        if not ref.url:
            return None
        url = ref.url.strip()
        if self.p.doi and ref.doi:
            if _DOI_LINK.match(url) and url.lower().rstrip("/").endswith(ref.doi.lower()):
                return None
            if not (ref.accessed and ref.accessed.year):
                return None
        return url

    def url_area(self, ref: Reference) -> str:
        url = self.printed_url(ref)
        if not url:
            return ""
        text = f"{self.p.url_label} {url}"
        if ref.accessed and ref.accessed.year:
            text += f" ({self.words['accessed']}: {ref.accessed.dmy()})"
        return text

    def identifier_areas(self, ref: Reference) -> list[str]:
        out = []
        if self.p.isbn and ref.isbn:
            out.append("ISBN " + ", ".join(ref.isbn))
        if self.p.doi and ref.doi:
            out.append(f"DOI {ref.doi}")
        return out

    def content_type(self, ref: Reference) -> str:
        if not self.p.content_type:
            return ""
        return self.words["online"] if self.electronic(ref) else self.words["print"]

    def electronic(self, ref: Reference) -> bool:
        return is_electronic(ref, url_given=self.printed_url(ref) is not None)

    def gmd(self, ref: Reference) -> str:
        return self.words["gmd"] if self.p.gmd and self.electronic(ref) else ""

    # -------------------------------------------------------------- title area
    def title_block(self, ref: Reference, t: GostTerms, info: Sequence[str] = ()) -> str:
        title = gost_title(ref.title) or _UNTITLED.get(t.lang, _UNTITLED["ru"])
        gmd = self.gmd(ref)
        if gmd:
            # the GMD goes right after the title proper, before other title information (7.1)
            head, sep, rest = title.partition(" : ")
            title = f"{head} {gmd}" + (f" : {rest}" if sep else "")
        for extra in info:
            if extra:
                title += f" : {extra}"
        return title

    def first_area(self, ref: Reference, t: GostTerms, info: Sequence[str] = (),
                   *, responsibility_extra: Sequence[str] = ()) -> str:
        """Heading, title, other title information and statement of responsibility."""
        heading_used = self.uses_heading(ref)
        text = ""
        if heading_used:
            head = self.heading(ref)
            text = head + (" " if head.endswith(".") else ". ")
        text += self.title_block(ref, t, info)
        resp = self.responsibility(ref, t, heading_used=heading_used)
        extra = " ; ".join(x for x in responsibility_extra if x)
        resp = " ; ".join(x for x in (resp, extra) if x)
        if resp:
            text += f" / {resp}"
        return text

    # -------------------------------------------------------------- records
    def record(self, ref: Reference, pinpoint: Pinpoint | None = None, *,
               final_stop: bool = True) -> Rich:
        """The full record; with a pinpoint (footnotes) the cited page replaces the page count or
        page range. `final_stop=False` leaves off the closing full stop (an abbreviation's own
        stop stays), for a record followed by ` ; ` in a complex reference."""
        t = terms_for(item_language(ref.language, ref.title, ref.container_title))
        markup = _has_title_markup(ref)
        if markup:
            ref = _markup_safe(ref)
        if ref.type in _LEGAL_TYPES:
            areas = self.legal_areas(ref, t, pinpoint)
        elif ref.type == "thesis":
            areas = self.thesis_areas(ref, t, pinpoint)
        elif ref.type in _COMPONENT_TYPES or (ref.type == "webpage" and ref.container_title):
            areas = self.component_areas(ref, t, pinpoint)
        else:
            areas = self.whole_areas(ref, t, pinpoint)
        return self._finish(areas, ref, final_stop=final_stop, markup=markup)

    def _finish(self, areas: Sequence[str], ref: Reference, *, final_stop: bool = True,
                markup: bool = False) -> Rich:
        rich = Rich()
        url = self.printed_url(ref)
        for i, area in enumerate(a for a in areas if a):
            if i:
                rich.add_punct(AREA if self.p.area_dash else ". ")
            if url and url in area:
                before, _, after = area.partition(url)
                if markup:
                    rich.extend(_rich(before, markup))
                else:
                    rich.append(before)
                rich.append(url, link=url)
                if markup:
                    rich.extend(_rich(after, markup))
                else:
                    rich.append(after)
            elif markup:
                rich.extend(_rich(area, markup))
            else:
                rich.append(area)
        if final_stop:
            rich = rich.end_with(".")
        return rich.map_text(typographic_spaces) if self.p.nbsp else rich

    def whole_areas(self, ref: Reference, t: GostTerms, pinpoint: Pinpoint | None) -> list[str]:
        """Books, monographs, collective works, reports, standards, web sites (§1–§3)."""
        info = [ref.genre or ""]
        title_ref = ref
        if ref.type == "standard" and ref.number and ref.number not in (ref.title or ""):
            title_ref = replace(ref, title=f"{ref.number}. {gost_title(ref.title)}")
        if ref.type == "webpage" and not ref.genre:
            info = [self.words["site"]]
        if ref.type == "report" and ref.number and not ref.genre:
            info = [f"{t.number} {ref.number}"]
        if ref.type == "book" and (ref.number_of_volumes or ref.volume):
            # a volume of a multi-volume work: `Title : учебник : в 3 томах. Том 2` (7.0.100),
            # `в 3 т. Т. 2` (7.1)
            info = [*info, self.volumes_statement(ref, t)]
        areas = [self.first_area(title_ref, t, info)]
        areas.append(edition_statement(ref.edition, t))
        publishing = ref
        if ref.type == "article" and ref.container_title and not ref.publisher:
            # a preprint: the repository (SSRN, arXiv, PsyArXiv) is what publishes it
            publishing = replace(ref, publisher=gost_title(ref.container_title))
        areas.append(self.place_publisher_year(publishing, t))
        if pinpoint:
            areas.append(pinpoint.text(t, capital=True))
        else:
            areas.append(page_count(ref.number_of_pages, t))
            if ref.collection_title:
                series = gost_title(ref.collection_title)
                if ref.collection_number:
                    series += f" ; {t.number} {ref.collection_number}"
                areas.append(f"({series})")
        areas.extend(self.identifier_areas(ref))
        areas.append(self.url_area(ref))
        areas.append(self.content_type(ref))
        return areas

    def volumes_statement(self, ref: Reference, t: GostTerms) -> str:
        n = (ref.number_of_volumes or "").strip()
        vol = (ref.volume or "").strip()
        if t.lang == "en":
            total = f"in {n} vols." if n else ""
            one = f"Vol. {vol}" if vol else ""
        elif t.lang == "kk":
            total = f"{n} томдық" if n else ""
            one = f"{vol}-т." if vol else ""
        else:
            total = (f"в {n} т." if self.p.abbreviate else f"в {n} томах") if n else ""
            one = (f"Т. {vol}" if self.p.abbreviate else f"Том {vol}") if vol else ""
        if total and one:
            return f"{total}{' ' if total.endswith('.') else '. '}{one}"
        return total or one

    def host_areas(self, ref: Reference, t: GostTerms, pinpoint: Pinpoint | None) -> list[str]:
        """The host item after ` // `: journal, newspaper, book, proceedings, web site."""
        host = gost_title(ref.container_title or ref.event_title) or "[Б. и.]"
        out: list[str] = []
        if ref.type == "paper-conference":
            if ref.event_title and ref.container_title and \
                    collation_key(ref.event_title) != collation_key(ref.container_title) and \
                    ref.event_title not in ref.container_title:
                host += f" : {gost_title(ref.event_title)}"
            where = ", ".join(x for x in (ref.event_place, event_date(ref.event_date, t.lang))
                              if x)
            if where:
                host += f" ({where})"
        if ref.type in ("chapter", "paper-conference", "entry", "entry-dictionary",
                        "entry-encyclopedia"):
            book_authors = ref.creators_in("container-author")
            groups = [", ".join(self.natural_name(c) for c in book_authors)] if book_authors \
                else []
            groups += self.other_groups(ref, t, container=True)
            groups = [g for g in groups if g]
            if groups:
                host += " / " + " ; ".join(groups)
            out.append(host)
            out.append(edition_statement(ref.edition, t))
            out.append(self.place_publisher_year(ref, t))
            if ref.volume:
                out.append(f"{t.volume} {ref.volume}")
            out.append(self._pages_or_pinpoint(ref, t, pinpoint))
            return out
        out.append(host)
        year = str(ref.year) if ref.year else ""
        if ref.type == "article-newspaper":
            out.append(year)
            date = day_month(ref.issued, t.lang)
            issue = normalize_issue(ref.issue)
            if date and issue:
                out.append(f"{date} ({t.number} {issue})")
            elif date or issue:
                out.append(date or f"{t.number} {issue}")
            out.append(self._pages_or_pinpoint(ref, t, pinpoint))
            return out
        if ref.type in ("webpage", "post", "post-weblog"):
            out.append(year)
            out.append(day_month(ref.issued, t.lang))
            return out
        out.append(year)
        vol_issue = ", ".join(x for x in (
            f"{t.volume} {ref.volume}" if ref.volume else "",
            f"{t.number} {normalize_issue(ref.issue)}" if ref.issue else "") if x)
        out.append(vol_issue)
        if ref.number and not ref.page and ref.type in ("article-journal", "article-magazine"):
            out.append(f"{t.article_number} {ref.number.strip()}")  # an e-journal's article no.
        out.append(self._pages_or_pinpoint(ref, t, pinpoint))
        return out

    def _pages_or_pinpoint(self, ref: Reference, t: GostTerms, pinpoint: Pinpoint | None) -> str:
        if pinpoint:
            return pinpoint.text(t, capital=True)
        pages = normalize_range(ref.page)
        return f"{t.pages_part} {pages}" if pages else ""

    def component_areas(self, ref: Reference, t: GostTerms,
                        pinpoint: Pinpoint | None) -> list[str]:
        """Articles, chapters, conference papers, newspaper articles, pages of a site (§2–§3):
        `Title / resp. – Текст : непосредственный // Host. – 2022. – Т. 12, № 3. – С. 1–2.`"""
        first = self.first_area(ref, t, [ref.genre or ""] if ref.type != "article-journal"
                                else [])
        host = self.host_areas(ref, t, pinpoint)
        content = self.content_type(ref)
        areas = [_then(first, content, self.p.area_dash) + f" // {host[0]}"]
        areas.extend(host[1:])
        areas.extend(self.identifier_areas(ref))
        areas.append(self.url_area(ref))
        return areas

    # -------------------------------------------------------------- dissertations
    def thesis_statement(self, ref: Reference, t: GostTerms) -> str:
        """`дис. ... канд. юрид. наук` (7.1) / `диссертация на соискание ученой степени кандидата
        юридических наук` (7.0.100), built from extra `degree` (candidate, doctor, phd) and
        `science` (юрид.), `autoreferat` (true for an автореферат), unless the record's genre
        says it."""
        if ref.genre:
            return ref.genre.strip()
        degree = str(ref.extra.get("degree", "")).lower()
        abstract = bool(ref.extra.get("autoreferat"))
        science = str(ref.extra.get("science", "юрид."))
        full_science = {"юрид.": "юридических", "экон.": "экономических", "ист.": "исторических",
                        "филол.": "филологических", "пед.": "педагогических",
                        "полит.": "политических", "социол.": "социологических",
                        "филос.": "философских"}.get(science, science)
        if t.lang == "en":
            kind = {"candidate": "Candidate of Sciences thesis",
                    "doctor": "Doctor of Sciences thesis"}.get(degree, "PhD thesis")
            return f"Abstract of {kind}" if abstract else kind
        if t.lang == "kk":
            if degree in ("phd", ""):
                kind = "диссертациясының авторефераты" if abstract else "диссертация"
                return f"философия докторы (PhD) дәрежесін алу үшін дайындалған {kind}"
            level = "кандидаты" if degree == "candidate" else "докторы"
            kind = "диссертациясының авторефераты" if abstract else "диссертация"
            field = _SCIENCE_KK.get(science, "ғылым")
            return f"{field} {level} ғылыми дәрежесін алу үшін дайындалған {kind}"
        if self.p.abbreviate:
            head = "автореф. дис. ..." if abstract else "дис. ..."
            if degree in ("phd", ""):
                return f"{head} д-ра философии (PhD)"
            level = "канд." if degree == "candidate" else "д-ра"
            return f"{head} {level} {science} наук"
        head = "автореферат диссертации" if abstract else "диссертация"
        if degree in ("phd", ""):
            return f"{head} на соискание степени доктора философии (PhD)"
        level = "кандидата" if degree == "candidate" else "доктора"
        return f"{head} на соискание ученой степени {level} {full_science} наук"

    def thesis_areas(self, ref: Reference, t: GostTerms, pinpoint: Pinpoint | None) -> list[str]:
        """`Иванов, И. И. Title : дис. ... канд. юрид. наук : 12.00.02 / Иванов Иван Иванович ;
        University. – Алматы, 2010. – 180 с.` (the author in full after ` / `, the specialty code
        as other title information)."""
        specialty = str(ref.extra.get("specialty") or ref.number or "")
        info = [self.thesis_statement(ref, t), specialty]
        authors = self._persons(ref)
        # Russian and Kazakh theses name the author in full, family name first (Иванов Иван
        # Иванович); English ones in natural order.
        full = ", ".join(
            (c.literal or "") if c.is_organisation
            else " ".join(x for x in ((c.given, c.family) if t.lang == "en"
                                      else (c.family, c.given)) if x)
            for c in authors)
        heading_used = self.uses_heading(ref)
        text = ""
        if heading_used:
            head = self.heading(ref)
            text = head + (" " if head.endswith(".") else ". ")
        text += self.title_block(ref, t, info)
        groups = [full] if full else []
        if ref.publisher:
            groups.append(ref.publisher.strip())
        groups += self.other_groups(ref, t)
        if groups:
            text += " / " + " ; ".join(groups)
        areas = [text, self.place_publisher_year(ref, t, publisher=False)]
        if pinpoint:
            areas.append(pinpoint.text(t, capital=True))
        else:
            areas.append(page_count(ref.number_of_pages, t))
        areas.extend(self.identifier_areas(ref))
        areas.append(self.url_area(ref))
        areas.append(self.content_type(ref))
        return areas

    # -------------------------------------------------------------- legal sources
    def act_phrase(self, ref: Reference, t: GostTerms) -> str:
        """`Закон Республики Казахстан от 22 июля 2011 года № 477-IV` / `Қазақстан Республикасының
        2011 жылғы 22 шілдедегі № 477-IV Заңы` / `Law ... of 22 July 2011 No. 477-IV`."""
        genre = (ref.genre or "").strip()
        date = long_date(ref.adopted or ref.issued, t.lang)
        number = (ref.number or "").strip()
        num = f"{t.number} {number}" if number else ""
        if genre and date and str((ref.adopted or ref.issued or PartialDate()).year) in genre:
            date = ""  # the genre already says when ("принята ... 30 августа 1995 года")
        if t.lang == "kk":
            words = genre.split()
            middle = " ".join(x for x in (date, num) if x)
            if len(words) >= 2 and middle:
                return " ".join([*words[:-1], middle, words[-1]])
            return " ".join(x for x in (middle, genre) if x)
        if t.lang == "en":
            return " ".join(x for x in (genre, f"of {date}" if date else "", num) if x)
        return " ".join(x for x in (genre, f"от {date}" if date else "", num) if x)

    def version_phrase(self, ref: Reference, t: GostTerms) -> str:
        if not ref.version_date:
            return ""
        d = ref.version_date.dmy()
        if t.lang == "kk":
            return f"({d} берілген өзгерістер мен толықтыруларымен)"
        if t.lang == "en":
            return f"(as amended on {d})"
        return f"(с изменениями и дополнениями по состоянию на {d})"

    def decision_phrase(self, ref: Reference, t: GostTerms) -> str:
        """Court decisions: `Решение <court> от 12 марта 2021 года по делу № 2-123/2021`."""
        genre = (ref.genre or ("Решение" if t.lang == "ru" else "шешімі" if t.lang == "kk"
                               else "Decision")).strip()
        court = (ref.authority or "").strip()
        date = long_date(ref.issued or ref.adopted, t.lang)
        case = (ref.case_number or ref.number or "").strip()
        if t.lang == "kk":
            return " ".join(x for x in (court, date, f"№ {case} іс бойынша" if case else "",
                                        genre) if x)
        if t.lang == "en":
            return " ".join(x for x in (genre, f"of the {court}" if court else "",
                                        f"of {date}" if date else "",
                                        f"in case No. {case}" if case else "") if x)
        return " ".join(x for x in (genre, court, f"от {date}" if date else "",
                                    f"по делу № {case}" if case else "") if x)

    def treaty_phrase(self, ref: Reference, t: GostTerms) -> str:
        if ref.genre:
            return ref.genre.strip()
        date = long_date(ref.adopted or ref.issued, t.lang, suffix_year=False)
        place = (ref.event_place or "").strip()
        if not date:
            return ""
        if t.lang == "kk":
            d = ref.adopted or ref.issued
            if d is not None and d.year and d.month and d.day:
                # locative of the month: шілдедегі -> шілдеде, қыркүйектегі -> қыркүйекте
                month = MONTHS_KK_LOC[d.month - 1][:-2]
                return f"[{d.year} жылғы {d.day} {month} қабылданған]"
            return f"[{date} жылы қабылданған]" if date.isdigit() else f"[{date} қабылданған]"
        if t.lang == "en":
            return f"[adopted {'in ' + place + ' ' if place else ''}on {date}]"
        # The participle agrees with the treaty's name: конвенция заключена, договор заключен,
        # соглашение заключено.
        ending = _ru_gender_ending(ref.title)
        if place:
            return f"[заключен{ending} в г. {place} {date} г.]"
        return f"[принят{ending} {date} г.]"

    def legal_title(self, ref: Reference, t: GostTerms) -> str:
        """Title and the act's form, date and number (the other title information of a legal
        source), without the version phrase."""
        title = gost_title(ref.title)
        gmd = self.gmd(ref)
        if ref.type == "legal_case":
            phrase = self.decision_phrase(ref, t)
            text = f"{title} : {phrase}" if title and phrase else title or phrase
        elif ref.type == "treaty":
            phrase = self.treaty_phrase(ref, t)
            text = f"{title} : {phrase}" if title and phrase else title or phrase
        else:
            phrase = self.act_phrase(ref, t)
            if ref.genre and title:
                text = f"{title} : {phrase}" if phrase else title
            else:
                text = f"{title} {phrase}".strip()  # "Кодекс ... от 5 июля 2014 года № 235-V"
        if not text:
            text = _UNTITLED.get(t.lang, _UNTITLED["ru"])
        if gmd:
            # 7.1: the GMD follows the title proper; an act's date and number written straight
            # after its title (`Уголовный кодекс ... от 3 июля 2014 года № 226-V`) belong to it.
            head, sep, rest = text.partition(" : ")
            text = f"{head} {gmd}" + (f" : {rest}" if sep else "")
        return text

    def legal_areas(self, ref: Reference, t: GostTerms, pinpoint: Pinpoint | None) -> list[str]:
        """Laws, codes, decrees, resolutions, treaties, court decisions (issue #5 legal rules):
        `О миграции населения : Закон Республики Казахстан от 22 июля 2011 года № 477-IV
        (с изменениями и дополнениями по состоянию на 01.01.2024) // Ведомости Парламента
        Республики Казахстан. – 2011. – № 16. – Ст. 128.` or the Adilet URL with access date."""
        first = self.legal_title(ref, t)
        version = self.version_phrase(ref, t)
        if version:
            first += f" {version}"
        resp = " ; ".join(self.other_groups(ref, t))
        if resp:
            first += f" / {resp}"
        areas: list[str] = []
        gazette = (ref.gazette_title or "").strip()
        if gazette or ref.container_title:
            # One content type for the description: the gazette alone is print; with the URL the
            # act was read on-line (gost-rules.md §3).
            content = self.content_type(ref)
            host = gost_title(gazette or ref.container_title)
            areas.append(_then(first, content, self.p.area_dash) + f" // {host}")
            if gazette:
                areas.append(str(ref.gazette_year or (ref.adopted or ref.issued or
                                                      PartialDate()).year or ""))
                if ref.gazette_number:
                    areas.append(f"{t.number} {normalize_issue(ref.gazette_number)}")
                if ref.gazette_article:
                    art = ref.gazette_article.strip()
                    areas.append(f"{art}-құжат" if t.lang == "kk"
                                 else f"{t.issue_of_gazette} {art}")
            else:
                areas.append(str(ref.year or ""))
                date = day_month(ref.issued, t.lang)
                issue = normalize_issue(ref.issue)
                areas.append(f"{date} ({t.number} {issue})" if date and issue
                             else date or (f"{t.number} {issue}" if issue else ""))
                areas.append(self._pages_or_pinpoint(ref, t, None) if ref.page else "")
            if pinpoint:
                areas.append(pinpoint.text(t, capital=True))
            areas.append(self.url_area(ref))
            return areas
        areas.append(first)
        if pinpoint:
            areas.append(pinpoint.text(t, capital=True))
        areas.append(self.url_area(ref))
        areas.append(self.content_type(ref))
        return areas

    # -------------------------------------------------------------- short forms (footnotes)
    def short(self, ref: Reference, pinpoint: Pinpoint | None, *,
              final_stop: bool = True) -> Rich:
        """The shortened repeat of an earlier full footnote (ГОСТ Р 7.0.5-2008 repeat reference):
        heading and title proper (the legal act's title alone), then the pinpoint."""
        t = terms_for(item_language(ref.language, ref.title, ref.container_title))
        markup = _has_title_markup(ref)
        if markup:
            ref = _markup_safe(ref)
        title = gost_title(ref.title).partition(" : ")[0] or _UNTITLED.get(t.lang, _UNTITLED["ru"])
        if self.uses_heading(ref):
            head = self.heading(ref)
            text = head + (" " if head.endswith(".") else ". ") + title
        else:
            text = title
        rich = _rich(text, markup)
        if pinpoint:
            rich.add_punct(". ")
            rich.append(pinpoint.text(t, capital=True))
        if final_stop:
            rich = rich.end_with(".")
        return rich.map_text(typographic_spaces) if self.p.nbsp else rich


# ---------------------------------------------------------------------- the styles
class GostStyle(Style):
    """GOST reference lists (numbered), in-text `[1, с. 45]` and full-record notes."""

    profile: ClassVar[Profile] = GOST_R_7_0_100
    numbered = True
    hanging_indent = False
    modes: ClassVar[tuple[CiteMode, ...]] = ("parenthetical", "note")

    def builder(self, options: ListOptions | None) -> GostBuilder:
        settings = options.settings if options is not None else {}
        locale = options.locale if options is not None else None
        prof = profile_with(self.profile, settings, locale)
        decl = settings.get("declension") if isinstance(settings.get("declension"), Mapping) \
            else None
        return GostBuilder(prof, decl)

    def bibliography(self, refs: Sequence[Reference],
                     options: ListOptions | None = None) -> list[Entry]:
        b = self.builder(options)
        settings = options.settings if options is not None else {}
        sort = options.sort if options is not None else "style"
        sectioned = bool(settings.get("sections", False))
        lang = b.p.list_language if b.p.list_language in SECTION_HEADINGS else "ru"
        index_of = {id(r): i for i, r in enumerate(refs)}
        ordered: list[tuple[Reference, str | None]]
        if sort == "style":
            sections = order_references(refs, sectioned=sectioned,
                                        legal_within=str(settings.get("legal_within", "date")))
            ordered = [(r, s.heading(lang) if sectioned else None)
                       for s in sections for r in s.references]
        else:
            ordered = [(refs[i], None) for i in self.order(refs, options, None)]
        numbered = self.is_numbered(options)
        return [Entry(key=ref_key(r, index_of.get(id(r))), ref=r, rich=b.record(r),
                      number=n if numbered else None, section=section)
                for n, (r, section) in enumerate(ordered, start=1)]

    def cite(self, items: Sequence[CiteItem], *, mode: CiteMode = "parenthetical",
             context: CiteContext | None = None,
             options: ListOptions | None = None) -> Rich:
        """`[1, с. 45; 3, ст. 15]` in order of first citation (numbers kept in the context), or
        the full record with its pinpoint as a note."""
        ctx = context if context is not None else CiteContext()
        b = self.builder(options)
        if mode == "note":
            parts = [b.record(i.ref, _pinpoint(i), final_stop=len(items) == 1) for i in items]
            ctx.history.append(list(items))
            return complex_reference(parts, nbsp=b.p.nbsp)
        return in_text(items, ctx, nbsp=b.p.nbsp)


def complex_reference(parts: Sequence[Rich], *, nbsp: bool = True) -> Rich:
    """Several references in one footnote (ГОСТ Р 7.0.5-2008, комплексная библиографическая
    ссылка): separated by a semicolon with a space on both sides, ` ; `, each without its closing
    full stop (a stop that ends an abbreviation, `312 с.`, stays); the whole note ends with one.
    The parts are built with `final_stop=False`."""
    sep = NBSP + "; " if nbsp else " ; "
    out = Rich()
    for part in parts:
        if not part:
            continue
        if out:
            out.append(sep)
        out.extend(part)
    return out.end_with(".")


def _pinpoint(item: CiteItem) -> Pinpoint | None:
    return Pinpoint(item.locator, item.label or "page") if item.locator else None


def in_text(items: Sequence[CiteItem], ctx: CiteContext, *, nbsp: bool = True) -> Rich:
    """`[1, с. 45]`: the number of the work in order of first citation and the pinpoint in the
    work's own language (`[2, б. 45]`, `[4, p. 45]`, `[3, ст. 15, п. 2]`)."""
    parts = []
    for item in items:
        key = ref_key(item.ref)
        if key not in ctx.numbers:
            ctx.numbers[key] = len(ctx.numbers) + 1
        text = str(ctx.numbers[key])
        pin = _pinpoint(item)
        if pin:
            t = terms_for(item_language(item.ref.language, item.ref.title,
                                        item.ref.container_title))
            text += ", " + pin.text(t, capital=False)
        parts.append(text)
    ctx.history.append(list(items))
    text = "[" + "; ".join(parts) + "]"
    return Rich(typographic_spaces(text) if nbsp else text)


class Gost71Style(GostStyle):
    name = "gost-7.1"
    title = "ГОСТ 7.1-2003"
    profile = GOST_7_1


class GostR70100Style(GostStyle):
    name = "gost-r-7.0.100"
    title = "ГОСТ Р 7.0.100-2018"
    profile = GOST_R_7_0_100
