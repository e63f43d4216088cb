"""Cleaning publisher text: JATS/HTML to CSL rich text, entities, spaces, ALL-CAPS, homoglyphs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# JATS/HTML inline tags kept as the CSL rich-text tags styles can render; everything else is
# dropped (its text kept). Block tags become paragraph breaks.
_INLINE: dict[str, str] = {
    "i": "i", "em": "i", "italic": "i", "jats:italic": "i", "mml:mi": "",
    "b": "b", "strong": "b", "bold": "b", "jats:bold": "b",
    "sub": "sub", "inf": "sub", "jats:sub": "sub",
    "sup": "sup", "jats:sup": "sup",
}
_BLOCK = frozenset({
    "p", "jats:p", "div", "br", "jats:sec", "sec", "jats:list-item", "list-item", "li",
    "jats:title", "title", "h1", "h2", "h3", "h4", "jats:list", "ul", "ol",
})
_HEADINGS = frozenset({"jats:title", "title", "h1", "h2", "h3", "h4"})
# A leading heading that only says "Abstract" (in the languages we meet) is noise.
_ABSTRACT_WORDS = frozenset({"abstract", "summary", "аннотация", "резюме", "андатпа", "аңдатпа",
                             "анотація", "zusammenfassung", "résumé", "resumen", "resumo"})
_BREAK = "\x00"  # a paragraph break
_JOIN = "\x01"   # a section heading joined to the paragraph that follows it
# Newlines and indentation that pretty-printed XML puts around punctuation are not spaces:
# "(\n   <i>KRAS</i>\n   )" is "(<i>KRAS</i>)".
_LAYOUT_BEFORE = re.compile(r"[ \t]*\n\s*(?=[/),.;:\]])")
_LAYOUT_AFTER = re.compile(r"(?<=[/(\[])\s*\n\s*")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")


class _RichText(HTMLParser):
    """Walks JATS/HTML, writing text with <i>/<b>/<sub>/<sup> and newlines between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[str] = []
        self.heading: list[str] | None = None
        self.tags_seen = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags_seen = True
        mapped = _INLINE.get(tag)
        if mapped:
            self._emit(f"<{mapped}>")
            self.open.append(mapped)
        elif tag in _HEADINGS:
            self.parts.append(_BREAK)
            self.heading = []
        elif tag in _BLOCK:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        mapped = _INLINE.get(tag)
        if mapped and mapped in self.open:
            # close in order so the markup stays well-formed
            while self.open:
                top = self.open.pop()
                self._emit(f"</{top}>")
                if top == mapped:
                    break
        elif tag in _HEADINGS and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            self.heading = None
            if text and not (text.casefold().strip(":. ") in _ABSTRACT_WORDS
                             and not "".join(self.parts).strip(_BREAK + " \t\n")):
                self.parts.append(_BREAK)
                self.parts.append((text if text[-1] in ".:?!" else text + ":") + _JOIN)
        elif tag in _BLOCK:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags_seen = True
        if tag in _BLOCK:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        self._emit(data.replace("\n", " "))

    def _emit(self, text: str) -> None:
        if self.heading is not None:
            self.heading.append(text)
        else:
            self.parts.append(text)

    def result(self) -> str:
        while self.open:
            self.parts.append(f"</{self.open.pop()}>")
        return "".join(self.parts)


def to_rich_text(text: str, *, paragraphs: bool = False) -> str:
    """JATS/HTML -> CSL rich text: <i>, <b>, <sub>, <sup> kept, other tags dropped, entities
    decoded, whitespace collapsed. With `paragraphs`, blocks are separated by newlines (abstracts);
    otherwise everything is one line (titles)."""
    text = _LAYOUT_AFTER.sub("", _LAYOUT_BEFORE.sub("", text))
    parser = _RichText()
    parser.feed(text)
    parser.close()
    raw = re.sub(_JOIN + r"[\s" + _BREAK + r"]*", " ", parser.result())
    # empty tag pairs left by dropped content
    raw = re.sub(r"<(i|b|sub|sup)>(\s*)</\1>", r"\2", raw)
    lines = [_WS.sub(" ", line).strip() for line in raw.replace("\n", " ").split(_BREAK)]
    lines = [line for line in lines if line]
    if paragraphs:
        return "\n".join(lines)
    return " ".join(lines)


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- ALL-CAPS titles
_VOWELS = frozenset("AEIOUYАЕЁИОУЫЭЮЯӘӨҰҮІ")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# Acronyms that have vowels, and so cannot be told from words by shape.
ACRONYMS = frozenset({
    "USA", "UK", "EU", "UN", "UNESCO", "NATO", "OECD", "WHO", "AIDS", "COVID", "SARS", "MERS",
    "IEEE", "ACM", "NASA", "ISO", "GOST", "IT", "AI", "ICT", "GDP", "CIS", "USSR", "NGO",
    "OSCE", "WTO", "IMF", "OPEC", "EAEU", "ASEAN", "BRICS", "SCO", "UAE", "PRC", "ECHR", "ICJ",
    "DNA", "RNA", "MRI", "HIV", "ATP", "PDB", "UV", "IR", "NMR", "LED", "API", "SQL", "GIS",
    "СССР", "США", "ООН", "ЕС", "СНГ", "РФ", "РК", "ЕАЭС", "ЕАЭО", "ВТО", "ОДКБ", "ШОС", "ОБСЕ",
    "НАТО", "ЮНЕСКО", "ВВП", "МВФ", "ИТ", "ИИ", "ВИЧ", "СПИД", "ДНК", "РНК", "АО", "ТОО", "ООО",
    "ГК", "УК", "УПК", "ГПК", "КоАП", "НК", "ТК", "ЖК", "МГУ", "КазНУ", "ЕНУ", "АН", "РАН", "НАН",
    "ҚР", "БҰҰ", "ТМД", "АҚШ",
})
# Words that stay capitalised after the title is put in sentence case (proper names a legal
# research team meets in titles). Folded form -> written form.
PROPER_NAMES: dict[str, str] = {w.casefold(): w for w in (
    "Kazakhstan", "Kazakh", "Russia", "Russian", "Soviet", "Europe", "European", "Asia",
    "Central", "America", "American", "English", "China", "Chinese", "Eurasian", "Astana",
    "Almaty", "Moscow", "Ukraine", "Ukrainian", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
    "Turkmenistan", "Germany", "German", "France", "French", "Britain", "British", "Australia",
    "Australian", "Japan", "Japanese", "Latin", "Islamic", "Christian", "Internet",
    "Казахстан", "Казахстана", "Казахстане", "Казахстаном", "Казахстану", "Республика",
    "Республики", "Республике", "Россия", "России", "Российской", "Российская", "Федерации",
    "Федерация", "Москва", "Москвы", "Астана", "Астаны", "Алматы", "Европа", "Европы",
    "Европейского", "Евразийского", "Евразийский", "Союза", "Азии", "Центральной", "Украины",
    "Узбекистана", "Кыргызстана", "Казақстан", "Қазақстан", "Қазақстан", "Қазақстанның",
    "Қазақстандағы", "Республикасы", "Республикасының", "Ресей", "Ресейдің",
)}
# Mixed-case acronyms as written (КоАП, КазНУ), found by their capitals.
_ACRONYM_FORMS = {a.upper(): a for a in ACRONYMS}
# Kazakh case forms of the state's names keep their capital: Қазақстан + -да/-дағы/-ның...,
# Республикасы + -ның/-нда/-ндағы... (an adjective in -дық/-лық is written in lower case).
_KK_CASE = ("(?:ның|нің|дың|дің|тың|тің|на|не|ға|ге|қа|ке|а|е|ны|ні|ды|ді|ты|ті|н|нда|нде|да|де|"
            "та|те|ндағы|ндегі|дағы|дегі|тағы|тегі|нан|нен|дан|ден|тан|тен|мен|бен|пен)?")
_KK_PROPER = re.compile(r"^(қазақстан|ресей|астана|алматы|республикасы)" + _KK_CASE + "$")
# A number with a case ending (1920-е, 90-х, 2-й) or an English ordinal (21st): the letters are
# part of the word, not an acronym.
_NUMBER_ENDING = re.compile(r"^(\d+)(-[^\W\d_]+|st|nd|rd|th)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\w\-]*", re.UNICODE)


def is_all_caps(text: str) -> bool:
    """True when nearly every cased letter is upper case and there are at least two words
    (one-word titles are often acronyms or names)."""
    plain = re.sub(r"<[^>]+>", "", text)
    cased = [ch for ch in plain if ch.isalpha() and (ch.isupper() or ch.islower())]
    if len(cased) < 6 or len(re.findall(r"[^\W\d_]{2,}", plain)) < 2:
        return False
    upper = sum(1 for ch in cased if ch.isupper())
    return upper / len(cased) >= 0.9


def _keep_as_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return True
    if any(ch.isdigit() for ch in word):
        return True
    if word in ACRONYMS or word.upper() in ACRONYMS:
        return True
    if _ROMAN.match(word) and len(word) > 1:
        return True
    # Short vowel-less words are acronyms (PCR, ДТП, NMR); single letters are not.
    return 1 < len(letters) <= 4 and not any(ch.upper() in _VOWELS for ch in letters)


def sentence_case_caps(text: str) -> str:
    """Sentence case for an ALL-CAPS title, keeping acronyms, roman numerals, words with digits
    and known proper names; the first word and the first word after `:`, `.`, `?`, `!` get a
    capital (after `:` only in Latin-script titles). Markup tags are left alone."""
    out: list[str] = []
    pos = 0
    capitalise_next = True
    latin = len(_LAT.findall(text)) >= len(_CYR.findall(text))
    for m in re.finditer(r"<[^>]+>|" + _WORD.pattern, text):
        between = text[pos:m.start()]
        out.append(between)
        if re.search(r"[.?!]\s+[«\"(]?$", between) or (
                latin and re.search(r":\s+[«\"(]?$", between)):
            # Russian and Kazakh subtitles after a colon start in lower case; English ones not.
            capitalise_next = True
        token = m.group(0)
        pos = m.end()
        if token.startswith("<"):
            out.append(token)
            continue
        ending = _NUMBER_ENDING.match(token)
        if ending and (ending.group(2).startswith("-") and _CYR.search(ending.group(2))
                       or not ending.group(2).startswith("-")):
            out.append(token.lower())
        elif token.upper() in _ACRONYM_FORMS:
            out.append(_ACRONYM_FORMS[token.upper()])
        elif _keep_as_acronym(token):
            out.append(token)
        else:
            out.append(_proper_or_lower(token, capitalise_next))
        capitalise_next = False
    out.append(text[pos:])
    return "".join(out)


def _proper_or_lower(token: str, capitalise: bool) -> str:
    """A word of a shouted title in sentence case: a known proper name (also with a possessive
    `'s`, or in a Kazakh case form) keeps its capital; other words are lower case, the first one
    capitalised."""
    low = token.lower()
    base, apostrophe, rest = low.partition("'") if "'" in low else low.partition("’")
    proper = PROPER_NAMES.get(base.casefold())
    if proper:
        return proper + apostrophe + rest
    if _KK_PROPER.match(low):
        return low[:1].upper() + low[1:]
    return low[:1].upper() + low[1:] if capitalise else low


def repair_name_caps(name: str) -> str:
    """`ИВАНОВ` -> `Иванов`, `SMITH-JONES` -> `Smith-Jones`; mixed-case names are left alone."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters if ch.isupper() or ch.islower()):
        return name
    if not any(ch.isupper() for ch in letters):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), name)


# ---------------------------------------------------------------- homoglyphs
_CYR_TO_LAT = dict(zip("АВЕКМНОРСТХУаеорсухіјѕІЈЅ", "ABEKMHOPCTXYaeopcyxijsIJS", strict=True))
_LAT_TO_CYR = {v: k for k, v in _CYR_TO_LAT.items() if k not in "ЈЅјѕ"}
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")


def fix_homoglyphs(text: str, context: str | None = None) -> str:
    """Replace look-alike letters of the other script: a Cyrillic `С` in `С10` inside an English
    title, a Latin `o` inside a Russian word, a Cyrillic initial `О.` in a Latin name. A word is
    changed only when every letter can be mapped; words that are all-Cyrillic in a mostly Latin
    text (`context`, default the text itself) are changed only when they hold a digit or are one
    letter (an initial)."""
    whole = text if context is None else context
    cyr_total = len(_CYR.findall(whole))
    lat_total = len(_LAT.findall(whole))

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        cyr = _CYR.findall(word)
        lat = _LAT.findall(word)
        if cyr and lat:
            target = "lat" if len(lat) >= len(cyr) else "cyr"
        elif cyr and lat_total >= 4 * cyr_total and (
                any(ch.isdigit() for ch in word) or len(cyr) == 1):
            target = "lat"
        else:
            return word
        table = _CYR_TO_LAT if target == "lat" else _LAT_TO_CYR
        foreign = cyr if target == "lat" else lat
        if not all(ch in table for ch in foreign):
            return word
        return "".join(table.get(ch, ch) if ch in foreign else ch for ch in word)

    return re.sub(r"\w+", fix, text)


# ---------------------------------------------------------------- one field
def clean_text(value: str, *, paragraphs: bool = False,
               caps: bool = False) -> tuple[str, list[str]]:
    """Clean one field; returns the text and what was done (`markup`, `whitespace`, `caps`,
    `homoglyphs`)."""
    changes: list[str] = []
    text = value
    if "<" in text or "&" in text:
        rich = to_rich_text(text, paragraphs=paragraphs)
        if rich != text:
            changes.append("whitespace" if rich == collapse_whitespace(text) else "markup")
        text = rich
    else:
        collapsed = "\n".join(collapse_whitespace(p) for p in text.split("\n") if p.strip()) \
            if paragraphs else collapse_whitespace(text)
        if collapsed != text:
            changes.append("whitespace")
        text = collapsed
    fixed = fix_homoglyphs(text)
    if fixed != text:
        changes.append("homoglyphs")
        text = fixed
    if caps and is_all_caps(text):
        repaired = sentence_case_caps(text)
        if repaired != text:
            changes.append("caps")
            text = repaired
    return text, changes
