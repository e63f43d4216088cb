"""Personal names for citation styles: initials (Kazakh letters and hyphenated names included),
particles and suffixes, inverted and natural order; organisations are never inverted."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from core.model import Creator
from core.text import collation_key

NameOrder = Literal["family-first", "given-first"]

# Lower-case words in a given name that are particles, kept whole rather than made initials.
PARTICLES = frozenset({
    "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van",
    "von", "ten", "ter", "zu", "bin", "ibn", "al", "el", "y", "e",
})
# A token of the given name: letters (with combining marks) up to a full stop or a space.
_TOKEN = re.compile(r"[^\s.]+\.?")
_INITIALS_ONLY = re.compile(r"^[^\W\d_]{1,3}$")


def _first_letter(text: str) -> str:
    """The first letter with any combining marks that follow it (NFC text keeps Ә, Қ, Ү, Ё as
    one code point; decomposed input still yields the whole letter)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            j = i + 1
            while j < len(text) and unicodedata.combining(text[j]):
                j += 1
            return text[i:j]
    return ""


def _initial_of_word(word: str, period: str) -> str:
    """`Жан-Поль` -> `Ж.-П.`; `Sh.` stays `Sh.`; `A` -> `A.`."""
    if word.endswith("."):
        return word[:-1] + period  # already an abbreviation as stored: "Sh.", "Yu.", "Ә."
    if "-" in word:
        pieces = [p for p in word.split("-") if p]
        return "-".join(_initial_of_word(p, period) for p in pieces)
    letter = _first_letter(word)
    if not letter:
        return word
    return letter.upper() + period


def initials(given: str | None, *, period: str = ".", space: str = " ") -> str:
    """Initials of every given name: `Әлия Сейтқалиқызы` -> `Ә. С.`; `Жан-Поль` -> `Ж.-П.`;
    stored initials stay as they are (`A. Sh.`, `A.Sh.` -> `A. Sh.`); an all-capitals run of up to
    three letters without stops, as PubMed writes (`AS`), is read as initials; lower-case
    particles (`de`, `van`) are kept whole."""
    if not given:
        return ""
    text = unicodedata.normalize("NFC", " ".join(given.split()))
    out: list[str] = []
    for word in _TOKEN.findall(text):
        if word[0] == "-" and out and len(word) > 1:
            # stored hyphenated initials, `J.-P.`: the second part stays joined to the first
            out[-1] += "-" + _initial_of_word(word[1:], period)
            continue
        bare = word.rstrip(".")
        if not bare:
            continue
        if bare in PARTICLES and not word.endswith("."):
            out.append(bare)
        elif (not word.endswith(".") and len(bare) > 1 and bare.isupper()
              and _INITIALS_ONLY.match(bare) and "-" not in bare):
            out.extend(ch + period for ch in bare)
        else:
            out.append(_initial_of_word(word, period))
    return space.join(out)


def family_with_particle(c: Creator) -> str:
    """`van der Meer` (non-dropping particle kept in front), or the organisation's name."""
    if c.is_organisation:
        return c.literal or ""
    return " ".join(p for p in (c.particle, c.family) if p) or (c.literal or "")


def is_person(c: Creator) -> bool:
    """A person with a family name; organisations and empty names are not."""
    return not c.is_organisation and bool(c.family)


def format_name(c: Creator, *, order: NameOrder = "family-first", initialize: bool = True,
                period: str = ".", initial_space: str = " ", sort_separator: str = ", ",
                suffix_separator: str | None = None) -> str:
    """One name as styles print it.

    family-first: `van der Meer, J. K., Jr.`, `Beethoven, L. van`, `Әбілқасымова, Ә. С.`
    given-first: `J. K. van der Meer Jr.` (the suffix separator defaults to ", " family-first and
    " " given-first, as APA 7 writes them)
    Organisations (`literal`) and names with only a family name are printed as stored.
    """
    if c.is_organisation or not c.family:
        return c.literal or c.family or c.given or ""
    given = initials(c.given, period=period, space=initial_space) if initialize else (c.given or "")
    family = family_with_particle(c)
    if order == "family-first":
        given_part = " ".join(p for p in (given, c.dropping_particle) if p)
        text = f"{family}{sort_separator}{given_part}" if given_part else family
        sep = ", " if suffix_separator is None else suffix_separator
        return f"{text}{sep}{c.suffix}" if c.suffix else text
    parts = [p for p in (given, c.dropping_particle, family) if p]
    text = " ".join(parts)
    if c.suffix:
        text = f"{text}{' ' if suffix_separator is None else suffix_separator}{c.suffix}"
    return text


def name_sort_key(c: Creator) -> tuple[tuple[int, str], tuple[int, str]]:
    """Sort by family name (particle included, as APA alphabetises `van der Meer` under V) then
    given names; Cyrillic before Latin, Kazakh alphabet order."""
    if c.is_organisation or not c.family:
        return (collation_key(c.literal or c.family or c.given), (3, ""))
    return (collation_key(family_with_particle(c)), collation_key(c.given))
