"""Russian case forms of family names for GOST responsibility statements (`под редакцией Петрова`).

Names are stored in the nominative. petrovich's rules decline them; this module decides the
grammatical gender (it changes the ending: Петров -> Петрова, Петрова -> Петровой, Ковальчук ->
Ковальчука for a man but Ковальчук for a woman), keeps indeclinable names as they are, and honours
per-name overrides for names the rules get wrong. pymorphy3 was tried for the same job and
rejected: it declines female surnames as male (Жакупова -> жакупова, Жакуповым) and does not know
most Kazakh surnames (Бексултанов, Садыков: no surname parse). It still tells the gender of a full
first name (Анна, Ирина) when a record has one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

from core.errors import InvalidValueError
from core.styles.names import initials

CaseName = Literal["nominative", "genitive", "dative", "accusative", "instrumental",
                   "prepositional"]
Gender = Literal["m", "f"]
CASES: tuple[str, ...] = ("nominative", "genitive", "dative", "accusative", "instrumental",
                          "prepositional")

# Korean and Chinese surnames of Kazakhstan's families are printed undeclined in Kazakh
# editorial practice (a project decision recorded in the issue: "Ким, Ли ... stay as they are").
INDECLINABLE: frozenset[str] = frozenset({
    "ким", "ли", "пак", "тен", "цой", "югай", "хегай", "шин", "цхай", "ан", "о", "ни", "лим",
    "хван", "чой", "ван", "чжан", "лю", "чен", "ян", "ву", "мин", "нам",
})
# Kazakh patronymic-style surnames (-ұлы "son of", -қызы "daughter of") do not decline in Russian.
_KAZAKH_PATRONYMIC = re.compile(r"(?:ұлы|улы|уly|қызы|кызы)$", re.IGNORECASE)
# Vowel-final names that are not Russian -а/-я nouns (Шевченко, Гёте, Бегалы, Дурново, Кикабидзе).
_VOWEL_FINAL = re.compile(r"[оеёэиыуюіүұөә]$", re.IGNORECASE)
# Female and male surname endings (Russian and russified Kazakh forms).
_FEMALE_END = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая|яя)$", re.IGNORECASE)
_MALE_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ий|ый|ой)$", re.IGNORECASE)
_FEMALE_PATRONYMIC = re.compile(r"(?:вна|чна|шна|қызы|кызы)$", re.IGNORECASE)
_MALE_PATRONYMIC = re.compile(r"(?:вич|ич|ұлы|улы)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _petrovich() -> Any:
    """petrovich with its rules read as UTF-8. Its own constructor opens the rules file in the
    locale's encoding, which on a Russian or Kazakh Windows (cp1251) would garble every rule."""
    import json

    from petrovich.main import DEFAULT_RULES_PATH, Petrovich

    instance = Petrovich.__new__(Petrovich)
    with open(DEFAULT_RULES_PATH, encoding="utf-8") as fp:
        instance.data = json.load(fp)
    return instance


def _petrovich_case(case: str) -> int:
    from petrovich.enums import Case

    cases: dict[str, int] = {
        "genitive": Case.GENITIVE, "dative": Case.DATIVE, "accusative": Case.ACCUSATIVE,
        "instrumental": Case.INSTRUMENTAL, "prepositional": Case.PREPOSITIONAL}
    return cases[case]


def guess_gender(family: str | None, given: str | None = None) -> Gender | None:
    """Gender from a patronymic (-вна / -вич, -қызы / -ұлы), a known first name, or the family
    name's ending (-ова / -ов); None when nothing tells (Ковальчук with initials only)."""
    words = [w for w in re.split(r"[\s.]+", given or "") if len(w) > 1]
    if len(words) >= 2:
        if _FEMALE_PATRONYMIC.search(words[-1]):
            return "f"
        if _MALE_PATRONYMIC.search(words[-1]):
            return "m"
    if words:
        first = _first_name_gender(words[0])
        if first:
            return first
    fam = (family or "").split("-")[-1].strip()
    if _FEMALE_END.search(fam):
        return "f"
    if _MALE_END.search(fam):
        return "m"
    return None


def _first_name_gender(name: str) -> Gender | None:
    for parse in _morph().parse(name):
        if "Name" in parse.tag:
            if "femn" in parse.tag:
                return "f"
            if "masc" in parse.tag:
                return "m"
    return None


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_indeclinable(family: str) -> bool:
    """Names printed unchanged in every case: Ким, Ли, Жұмабекұлы, Шевченко, Гёте, Бегалы."""
    plain = family.strip().lower()
    last = plain.split("-")[-1]
    return (plain in INDECLINABLE or last in INDECLINABLE
            or bool(_KAZAKH_PATRONYMIC.search(plain)) or bool(_VOWEL_FINAL.search(last)))


def decline_family(family: str, case: str, *, gender: str | None = None,
                   given: str | None = None,
                   overrides: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The family name in `case` (one of CASES). `overrides` maps a nominative name to its forms
    by case name ({"Чайка": {"genitive": "Чайки"}}) and wins over every rule. A name whose gender
    cannot be told (a consonant-final name with initials only) is left in the nominative rather
    than guessed: a wrong ending is worse than an undeclined name."""
    if case not in CASES:
        raise InvalidValueError("case", case, f"one of {', '.join(CASES)}")
    name = family.strip()
    if not name or case == "nominative":
        return name
    if overrides:
        forms = overrides.get(name)
        if forms and case in forms:
            return forms[case]
    if is_indeclinable(name):
        return name
    g = gender if gender in ("m", "f") else guess_gender(name, given)
    if g is None:
        return name
    from petrovich.enums import Gender as PGender

    pg = PGender.FEMALE if g == "f" else PGender.MALE
    return str(_petrovich().lastname(name, _petrovich_case(case), pg))


def declined_name(family: str, given: str | None, case: str, *, gender: str | None = None,
                  overrides: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """`А. В. Петрова` for (Петров, Андрей Викторович, genitive)."""
    fam = decline_family(family, case, gender=gender, given=given, overrides=overrides)
    ini = initials(given)
    return f"{ini} {fam}" if ini else fam
