"""Languages as ISO 639-1 codes, normalised from names and tags other tools write; script detection."""

from __future__ import annotations

import re

# Names, ISO 639-2/3 codes and spellings seen in Zotero, Scopus, WoS, biblatex `langid`, MARC.
_ALIASES: dict[str, str] = {
    "russian": "ru", "rus": "ru", "русский": "ru", "русский язык": "ru", "рус": "ru",
    "kazakh": "kk", "kaz": "kk", "kazak": "kk", "qazaq": "kk", "казахский": "kk",
    "қазақ": "kk", "қазақша": "kk", "қазақ тілі": "kk", "каз": "kk",
    "english": "en", "eng": "en", "american": "en", "british": "en", "английский": "en",
    "usenglish": "en", "ukenglish": "en", "australian": "en", "canadian": "en", "newzealand": "en",
    "german": "de", "ger": "de", "deu": "de", "ngerman": "de", "deutsch": "de", "austrian": "de",
    "french": "fr", "fre": "fr", "fra": "fr", "francais": "fr", "français": "fr",
    "spanish": "es", "spa": "es", "español": "es", "italian": "it", "ita": "it",
    "portuguese": "pt", "por": "pt", "brazil": "pt", "brazilian": "pt",
    "ukrainian": "uk", "ukr": "uk", "украинский": "uk", "belarusian": "be", "bel": "be",
    "uzbek": "uz", "uzb": "uz", "kyrgyz": "ky", "kirghiz": "ky", "kir": "ky",
    "turkish": "tr", "tur": "tr", "chinese": "zh", "chi": "zh", "zho": "zh",
    "japanese": "ja", "jpn": "ja", "korean": "ko", "kor": "ko", "polish": "pl", "pol": "pl",
    "czech": "cs", "cze": "cs", "ces": "cs", "dutch": "nl", "dut": "nl", "nld": "nl",
    "arabic": "ar", "ara": "ar", "persian": "fa", "per": "fa", "fas": "fa",
    "latin": "la", "lat": "la", "greek": "el", "gre": "el", "ell": "el",
    "swedish": "sv", "swe": "sv", "norwegian": "no", "nor": "no", "danish": "da", "dan": "da",
    "finnish": "fi", "fin": "fi", "hungarian": "hu", "hun": "hu", "romanian": "ro", "rum": "ro",
    "ron": "ro", "bulgarian": "bg", "bul": "bg", "serbian": "sr", "srp": "sr",
    "croatian": "hr", "hrv": "hr", "slovak": "sk", "slo": "sk", "slk": "sk",
    "slovenian": "sl", "slv": "sl", "lithuanian": "lt", "lit": "lt", "latvian": "lv", "lav": "lv",
    "estonian": "et", "est": "et", "georgian": "ka", "geo": "ka", "kat": "ka",
    "armenian": "hy", "arm": "hy", "hye": "hy", "azerbaijani": "az", "aze": "az",
    "tajik": "tg", "tgk": "tg", "turkmen": "tk", "tuk": "tk", "mongolian": "mn", "mon": "mn",
    "hebrew": "he", "heb": "he", "hindi": "hi", "hin": "hi", "indonesian": "id", "ind": "id",
    "malay": "ms", "may": "ms", "msa": "ms", "vietnamese": "vi", "vie": "vi", "thai": "th",
}
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$")

# Letters of the Kazakh alphabet that Russian lacks (the transliteration tables key on these).
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# ...of which і is shared with Ukrainian and Belarusian: only these prove a text is Kazakh.
KAZAKH_ONLY_LETTERS = KAZAKH_LETTERS - frozenset("іІ")
_UKRAINIAN_ONLY = frozenset("їєґЇЄҐ")
_BELARUSIAN_ONLY = frozenset("ўЎ")
# Ukrainian has none of these; Kazakh and Belarusian have them beside і.
_NOT_UKRAINIAN = frozenset("ыэъёЫЭЪЁ")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def normalize_language(value: str | None) -> str | None:
    """`ru-RU`, `Russian`, `rus`, `русский` -> `ru`. Unknown values are returned trimmed, lower-case,
    so nothing a user typed is lost; empty -> None."""
    if value is None:
        return None
    text = value.strip(" \t\r\n.;,").lower()
    if not text:
        return None
    if text in _ALIASES:
        return _ALIASES[text]
    m = _TAG.match(text)
    if m:
        primary = m.group(1)
        if len(primary) == 2:
            return primary
        return _ALIASES.get(primary, text)
    # "Russian; English" (Scopus writes several): the first one is the item's language.
    for sep in (";", ",", "/"):
        if sep in text:
            return normalize_language(text.split(sep, 1)[0])
    return text


def detect_script_language(text: str | None) -> str | None:
    """Cyrillic with Kazakh-specific letters -> `kk` (Ukrainian and Belarusian ones -> `uk`, `be`),
    other Cyrillic -> `ru`, Latin -> `en`, else None. A guess for items that carry no language;
    never overrides a stored one."""
    if not text:
        return None
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr == 0 and lat == 0:
        return None
    if cyr >= lat:
        return _cyrillic_language(text)
    return "en"


# Belarusian endings and digraphs Kazakh does not write (Гісторыя, дзяржава, быць).
_BELARUSIAN_TRAITS = re.compile(r"(?:ыя|ая)\b|дз|ць", re.IGNORECASE)


def _cyrillic_language(text: str) -> str:
    """Kazakh-only letters -> kk; Ukrainian or Belarusian letters -> uk / be. `і` alone is shared
    by Kazakh, Ukrainian and Belarusian: with none of the letters Ukrainian lacks (ы э ё ъ) a text
    of four words or more is Ukrainian (`Становлення е-урядування в Республіці Болгарія`), a
    shorter one Kazakh (`Білім`); with them it is Belarusian when it has no и and Belarusian
    endings or digraphs (`Гісторыя Беларусі`), else Kazakh. Other Cyrillic -> ru."""
    letters = set(text)
    if letters & KAZAKH_ONLY_LETTERS:
        return "kk"
    if letters & _UKRAINIAN_ONLY:
        return "uk"
    if letters & _BELARUSIAN_ONLY:
        return "be"
    if letters & {"і", "І"}:
        if not letters & _NOT_UKRAINIAN:
            return "kk" if len(text.split()) < 4 else "uk"
        if not letters & {"и", "И"} and _BELARUSIAN_TRAITS.search(text):
            return "be"
        return "kk"
    return "ru"


def is_cyrillic(text: str | None) -> bool:
    """True when the text's letters are mostly Cyrillic."""
    lang = detect_script_language(text)
    return lang in ("ru", "kk", "uk", "be")
