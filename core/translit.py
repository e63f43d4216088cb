"""Romanisation of Russian and Kazakh Cyrillic by the schemes journals name, and ASCII slugs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from core.errors import InvalidValueError
from core.language import KAZAKH_LETTERS

# Each scheme is a table of lower-case letters. Russian letters come first; Kazakh letters and the
# Kazakh values of shared letters (И is ī in some Kazakh tables) live in a second table used when
# the text is Kazakh. Upper case is derived (Щ -> Shch in a word, SHCH in an all-caps word) unless
# a scheme lists an explicit upper-case form (the dotted İ of the 2021 Kazakh alphabet).
#
# Sources (tables as published; where a choice was made it is said here):
# - bgn-pcgn: BGN/PCGN 1947 for Russian (е/ё -> ye/yë at the start of a word, after a vowel, й, ъ
#   or ь; ъ -> ”, ь -> ’); BGN/PCGN 1979 for Kazakh (ғ gh, қ q, ң ng, ө ö, ұ ū, ү ü, һ h, і i,
#   и ī). The optional middle dot for ambiguous pairs (т·с) is not written.
# - bsi: the "BSI" table Russian and Kazakh journals prescribe for References lists (the one the
#   common on-line transliterators offer under that name: й i, ё e, э e, ю yu, я ya, ъ '', ь ').
#   It has no Kazakh letters: those get the plain ASCII values of Kazakh passports (ә a, ғ g, қ k,
#   ң n, ө o, ұ u, ү u, һ h, і i), which is what those journals accept.
# - gost-7.79-b: ГОСТ 7.79-2000 system B (ц -> c before и е ы й, else cz; х x; щ shh; ы y`;
#   э e`; ъ ``; ь `). Kazakh letters by the standard's table for non-Slavic languages
#   (ә a`, ғ g`, қ k`, ң n`, ө o`, ү u`, ұ u``, һ h`, і i`).
# - lc: ALA-LC as Russian journals apply it without ligature ties and diacritics (й i, ё e, э e,
#   ю iu, я ia, ъ ", ь '). Kazakh letters by the ALA-LC non-Slavic table (ә ä, ғ gh, қ q, ң ng,
#   ө ö, ұ ū, ү u̇, һ ḣ, і i, Kazakh и ī).
# - kazakh-latin-2021: the Kazakh Latin alphabet presented in January 2021 (31 letters, no C, no
#   Ç): ә ä, ғ ğ, қ q, ң ñ, ө ö, ұ ū, ү ü, ш ş, ж j, ы y, і ı (I), и and й i (İ), х and һ h, у u.
#   Letters found only in Russian loans: ц ts, ч ch, щ şş, ё io, ю iu, я ia, э e; ъ and ь dropped.

_VOWELS = frozenset("аеёиоуыэюяәөұүі")

_RU_BASE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_KK_ASCII: dict[str, str] = {
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}


class _Scheme:
    def __init__(self, ru: Mapping[str, str], kk: Mapping[str, str],
                 upper: Mapping[str, str] | None = None) -> None:
        self.ru = dict(ru)
        self.kk = {**self.ru, **kk}
        self.upper = dict(upper or {})


_SCHEMES: dict[str, _Scheme] = {
    "bgn-pcgn": _Scheme(
        {**_RU_BASE, "ё": "ë", "ъ": "”", "ь": "’"},
        {"ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h",
         "і": "i", "и": "ī", "ё": "yo"},
    ),
    "bsi": _Scheme(
        {**_RU_BASE, "й": "i", "ъ": "''", "ь": "'"},
        _KK_ASCII,
    ),
    "gost-7.79-b": _Scheme(
        {**_RU_BASE, "ё": "yo", "й": "j", "х": "x", "ц": "cz", "щ": "shh", "ъ": "``",
         "ы": "y`", "ь": "`", "э": "e`"},
        {"ә": "a`", "ғ": "g`", "қ": "k`", "ң": "n`", "ө": "o`", "ү": "u`", "ұ": "u``",
         "һ": "h`", "і": "i`"},
    ),
    "lc": _Scheme(
        {**_RU_BASE, "й": "i", "ю": "iu", "я": "ia", "ъ": '"', "ь": "'"},
        {"ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "u̇", "һ": "ḣ",
         "і": "i", "и": "ī"},
    ),
    "kazakh-latin-2021": _Scheme(
        {**_RU_BASE, "ж": "j", "й": "i", "х": "h", "ш": "ş", "щ": "şş", "ё": "io", "ю": "iu",
         "я": "ia"},
        {"ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h",
         "і": "ı"},
        upper={"и": "İ", "й": "İ", "і": "I", "ё": "İo", "ю": "İu", "я": "İa"},
    ),
}

SCHEMES: tuple[str, ...] = tuple(_SCHEMES)


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


# Cyrillic letters that look like Latin ones. Typed into a Latin word (the Roman numeral "ХV" of
# a conference name with a Cyrillic Х, "Cоnference" with a Cyrillic о) they are the Latin letter.
_HOMOGLYPHS = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M",
               "О": "O", "Р": "P", "Т": "T", "Х": "X", "а": "a", "с": "c", "е": "e", "і": "i",
               "о": "o", "р": "p", "х": "x", "у": "y"}


def _in_latin_word(text: str, i: int) -> bool:
    """True when the letters around position i are Latin and none is Cyrillic."""
    left = text[i - 1] if i > 0 else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    neighbours = [c for c in (left, right) if c.isalpha()]
    return bool(neighbours) and all(c.isascii() for c in neighbours)


def text_language(text: str) -> str:
    """`kk` when the text carries a Kazakh-only letter, else `ru` (the table chooser)."""
    return "kk" if any(ch in KAZAKH_LETTERS for ch in text) else "ru"


def transliterate(text: str | None, scheme: str, lang: str | None = None) -> str:
    """Romanise the Cyrillic letters of `text` by `scheme` (one of SCHEMES); other characters are
    kept. `lang` ("ru" / "kk") picks the table for letters both languages share; by default a text
    with a Kazakh-only letter is read as Kazakh."""
    if scheme not in _SCHEMES:
        raise InvalidValueError("scheme", scheme, f"unknown transliteration scheme; one of "
                                f"{', '.join(SCHEMES)}")
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    sch = _SCHEMES[scheme]
    language = lang if lang in ("ru", "kk") else text_language(text)
    table = sch.kk if language == "kk" else sch.ru
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        low = ch.lower()
        if not _is_cyrillic(ch) or low not in table:
            out.append(ch)
            continue
        if ch in _HOMOGLYPHS and _in_latin_word(text, i):
            out.append(_HOMOGLYPHS[ch])
            continue
        value = _contextual(scheme, language, text, i, low, table[low])
        if ch != low:  # upper case
            caps = _all_caps_word(text, i, n)
            if low in sch.upper:
                value = sch.upper[low].upper() if caps else sch.upper[low]
            elif caps:
                value = value.upper()
            else:
                value = value[:1].upper() + value[1:]
        out.append(value)
    return unicodedata.normalize("NFC", "".join(out))


def _all_caps_word(text: str, i: int, n: int) -> bool:
    """True when a neighbouring letter of the same word is upper case too (ЩУКА -> SHCHUKA), so
    a multi-letter value is written in capitals rather than title case."""
    for j in (i + 1, i - 1):
        if 0 <= j < n and text[j].isalpha():
            return text[j].isupper()
    return False


def _contextual(scheme: str, lang: str, text: str, i: int, low: str, value: str) -> str:
    prev = text[i - 1].lower() if i > 0 else ""
    nxt = text[i + 1].lower() if i + 1 < len(text) else ""
    if scheme == "bgn-pcgn" and lang == "ru" and low in ("е", "ё"):
        if not prev.isalpha() or prev in _VOWELS or prev in "йъь":
            return "y" + value
    if scheme == "gost-7.79-b" and low == "ц" and nxt in ("и", "е", "ы", "й", "і"):
        return "c"
    return value


# --- ASCII slugs ---------------------------------------------------------------------------------

_SLUG_TABLE: dict[str, str] = {**_RU_BASE, **_KK_ASCII}
_LATIN_EXTRA: dict[str, str] = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "ŋ": "ng", "Ŋ": "Ng", "ə": "a", "Ə": "A",
}
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")


def _ascii_letter(ch: str) -> str:
    low = ch.lower()
    if _is_cyrillic(ch) and low in _SLUG_TABLE:
        value = _SLUG_TABLE[low]
        return value[:1].upper() + value[1:] if ch != low else value
    if ch in _LATIN_EXTRA:
        return _LATIN_EXTRA[ch]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if base.isascii():
        return base
    if ch.isalpha() or ch.isdigit():
        # A letter no table covers (Chinese, Georgian...): its code point keeps the slug non-empty
        # and distinct, instead of silently dropping the letter.
        return f"u{ord(ch):04x}"
    return " "


def slug_ascii(text: str | None, sep: str = " ") -> str:
    """Plain ASCII for citation keys and file names: Cyrillic and Kazakh letters transliterated
    (passport-style, ъ/ь dropped), diacritics stripped, every run of other characters turned into
    `sep`. Never empty when the text has a letter or digit."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    raw = "".join(_ascii_letter(ch) for ch in text)
    parts = [p for p in _NON_WORD.split(raw) if p]
    if not parts:
        parts = [f"u{ord(ch):04x}" for ch in text if ch.isalnum()]
    return sep.join(parts)


# --- fast lower-case romanisations (duplicate detection) -----------------------------------------

_LOWER_TABLES: dict[tuple[str, str], dict[int, str]] = {}
# One pass for е and ё, so the look-behind sees the Cyrillic letter before it (`её` is `yeyë`;
# rewriting е first left `ye` + ё, whose Latin e no longer counted as a vowel).
_BGN_YE_YO_START = re.compile(r"(?:(?<![^\W\d_])|(?<=[аеёиоуыэюяәөұүійъь]))[её]")
_GOST_C = re.compile(r"ц(?=[иеыйі])")


def _lower_table(scheme: str, lang: str) -> dict[int, str]:
    table = _LOWER_TABLES.get((scheme, lang))
    if table is None:
        sch = _SCHEMES[scheme]
        table = {ord(k): v for k, v in (sch.kk if lang == "kk" else sch.ru).items()}
        _LOWER_TABLES[(scheme, lang)] = table
    return table


def lower_romanizations(text: str | None) -> dict[str, str]:
    """The lower-case romanisation of `text` by every scheme, in C-speed translate calls: what
    `transliterate(text.lower(), scheme)` gives for Cyrillic text, without the per-letter upper-case
    and look-alike handling (callers compare folded text). Used to match a Cyrillic title with a
    version transliterated by any of the usual schemes."""
    if not text:
        return {}
    low = unicodedata.normalize("NFC", text).lower()
    lang = text_language(low)
    out: dict[str, str] = {}
    for scheme in SCHEMES:
        src = low
        if scheme == "bgn-pcgn" and lang == "ru":
            # BGN/PCGN writes е/ё as ye/yë at the start of a word and after a vowel or й ъ ь.
            src = _BGN_YE_YO_START.sub(lambda m: "ye" if m.group() == "е" else "yë", src)
        elif scheme == "gost-7.79-b":
            src = _GOST_C.sub("c", src)
        out[scheme] = src.translate(_lower_table(scheme, lang))
    return out
