"""The "convert to sentence case" editing tool for titles: acronyms, words with inner capitals,
known proper nouns and `<span class="nocase">` text are protected. Styles never call it; the
user applies it to a stored title and sees the result before saving."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Proper nouns the team's titles often carry (English, Russian, Kazakh forms); the caller adds more.
PROPER_NOUNS: frozenset[str] = frozenset(w.casefold() for w in (
    "Kazakhstan", "Kazakh", "Kazakhstani", "Russia", "Russian", "Soviet", "Eurasian", "Europe",
    "European", "Asia", "Asian", "Central", "Almaty", "Astana", "Nur-Sultan", "Shymkent",
    "Karaganda", "English", "America", "American", "China", "Chinese", "Uzbekistan", "Kyrgyzstan",
    "Tajikistan", "Turkmenistan", "Ukraine", "Belarus", "Turkey", "Union", "Nations", "UN",
    "Republic", "Scopus", "Crossref", "Internet", "Constitution", "Parliament", "Mazhilis",
    "Senate",
    "Казахстан", "Республика", "Республики", "Россия", "России", "Российской", "Федерации",
    "Алматы", "Астана", "Конституция", "Конституции", "Парламент", "Парламента",
    "Қазақстан", "Қазақстанның", "Республикасы", "Республикасының", "Ата", "Заңы",
))
# Stems of proper nouns that Russian and Kazakh inflect ("Республике", "Қазақстанның").
PROPER_STEMS: tuple[str, ...] = ("республик", "республикас", "казахстан", "қазақстан", "росси",
                                 "федерац", "конституц", "парламент", "алмат", "астан", "евраз",
                                 "kazakh", "russia", "eurasia")
_TAG = re.compile(r"(<span class=\"nocase\">.*?</span>|<[^>]+>)", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[:.?!]\s*$")


def _keep(word: str, protected: frozenset[str]) -> bool:
    """Acronyms (`NATO`, `ҚР`), inner capitals (`iPhone`, `McDonald`), digits (`COVID-19`) and
    proper nouns keep their case."""
    folded = word.casefold()
    if folded in protected or (word[:1].isupper() and folded.startswith(PROPER_STEMS)):
        return True
    letters = [ch for ch in word if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 1:
        return True
    return any(ch.isupper() for ch in word[1:])


def _lower_word(word: str, protected: frozenset[str]) -> str:
    # Each part of a hyphenated word on its own: "Self-Report" -> "self-report", but
    # "COVID-19" and "Nur-Sultan" stay.
    if word.casefold() in protected or (_keep(word, protected) and "-" not in word):
        return word
    return "-".join(p if _keep(p, protected) else p[:1].lower() + p[1:] for p in word.split("-"))


def to_sentence_case(title: str, proper_nouns: Iterable[str] = ()) -> str:
    """`The Role of NATO in Central Asia: A Review` -> `The role of NATO in Central Asia: A
    review`. The first word and the first word after a colon, full stop, question or exclamation
    mark are capitalised; markup tags and nocase spans are left untouched."""
    protected = PROPER_NOUNS | frozenset(w.casefold() for w in proper_nouns)
    out: list[str] = []
    start_of_sentence = True
    for piece in _TAG.split(title):
        if not piece:
            continue
        if _TAG.fullmatch(piece):
            out.append(piece)
            if piece.lower().startswith('<span class="nocase">'):
                start_of_sentence = False
            continue
        pos = 0
        chunk: list[str] = []
        for m in _WORD.finditer(piece):
            between = piece[pos:m.start()]
            chunk.append(between)
            if _SENTENCE_END.search(between):
                start_of_sentence = True
            word = m.group()
            if len(word) == 1 and piece[m.end():m.end() + 1] == ".":
                # An initial or abbreviation ("E. coli", "J. Smith"): as stored, and its full
                # stop does not start a sentence.
                chunk.append(word)
                start_of_sentence = False
                pos = m.end() + 1
                chunk.append(".")
                continue
            if start_of_sentence:
                chunk.append(word[:1].upper() + word[1:])
                start_of_sentence = False
            else:
                chunk.append(_lower_word(word, protected))
            pos = m.end()
        tail = piece[pos:]
        chunk.append(tail)
        if _SENTENCE_END.search(tail):
            start_of_sentence = True
        out.append("".join(chunk))
    return "".join(out)
