"""The transliterated "References" list Scopus-indexed Kazakh and Russian journals ask for.

The same records as the GOST list, in the journal's international style (APA by default), with
every Cyrillic element (names, titles, journal, publisher, place, legal gazette) in Latin script by
the scheme the journal names, the English title in [brackets] when the record has one, and
`[in Russian]` / `[in Kazakh]` at the end (gost-rules.md §4; sources 8–10 there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.model import Creator, Reference
from core.styles.base import Entry, ListOptions, get_style
from core.styles.gost_terms import item_language
from core.translit import SCHEMES, transliterate

LANGUAGE_NOTES: dict[str, str] = {
    "ru": "[in Russian]", "kk": "[in Kazakh]", "uk": "[in Ukrainian]", "be": "[in Belarusian]",
    "ky": "[in Kyrgyz]", "uz": "[in Uzbek]", "tg": "[in Tajik]", "bg": "[in Bulgarian]",
}
# Text fields romanised in place; `title` and `container_title` prefer a stored romanisation.
# The translated titles too: meant to be English, but a Russian translation of a Kazakh title
# is common, and a References list must hold no Cyrillic at all.
_TEXT_FIELDS = ("title", "container_title", "title_translated", "container_title_translated",
                "collection_title", "publisher", "publisher_place",
                "event_title", "event_place", "genre", "authority", "gazette_title", "edition",
                "medium", "archive", "number", "issue", "volume", "gazette_number",
                "case_number")


def _has_cyrillic(text: str | None) -> bool:
    return bool(text) and any("\u0400" <= ch <= "\u04ff" for ch in text or "")


def romanize_reference(ref: Reference, scheme: str, kk_scheme: str | None = None) -> Reference:
    """A copy of the record with its Cyrillic text in Latin script. Kazakh records (and Kazakh
    text in any record) use `kk_scheme` when given (journals often want Kazakh in the official
    Latin alphabet and Russian by BSI)."""
    lang = item_language(ref.language, ref.title, ref.container_title)

    def rom(text: str | None) -> str | None:
        if not text or not _has_cyrillic(text):
            return text
        chosen = kk_scheme if kk_scheme and (lang == "kk" or any(
            ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for ch in text)) else scheme
        return transliterate(text, chosen)

    changes: dict[str, object] = {}
    for name in _TEXT_FIELDS:
        changes[name] = rom(getattr(ref, name))
    if ref.title_translit:
        changes["title"] = ref.title_translit
    if ref.container_title_translit:
        changes["container_title"] = ref.container_title_translit
    changes["creators"] = [replace(c, family=rom(c.family), given=rom(c.given),
                                   literal=rom(c.literal)) if isinstance(c, Creator) else c
                           for c in ref.creators]
    changes["title_translit"] = None
    changes["container_title_translit"] = None
    return replace(ref.copy(), **changes)  # type: ignore[arg-type]


def language_note(ref: Reference) -> str | None:
    """`[in Russian]` for a Russian record, `[in Kazakh]` for a Kazakh one, None for Latin-script
    records."""
    lang = item_language(ref.language, ref.title, ref.container_title)
    if lang in LANGUAGE_NOTES and (_has_cyrillic(ref.title) or _has_cyrillic(
            ref.container_title) or any(_has_cyrillic(c.family) for c in ref.creators)):
        return LANGUAGE_NOTES[lang]
    return None


def references_list(refs: Sequence[Reference], scheme: str, *, kk_scheme: str | None = None,
                    style: str = "apa", options: ListOptions | None = None) -> list[Entry]:
    """The References list: romanised copies of the records formatted by `style` (APA unless the
    journal wants another), each Cyrillic record marked with its language. Entries keep the
    original record in `Entry.ref` so the GUI can still open it."""
    for s in (scheme, kk_scheme):
        if s is not None and s not in SCHEMES:
            from core.errors import InvalidValueError

            raise InvalidValueError("translit", s, f"one of {', '.join(SCHEMES)}")
    romanized = [romanize_reference(r, scheme, kk_scheme) for r in refs]
    by_id = {id(rom): orig for rom, orig in zip(romanized, refs, strict=True)}
    entries = get_style(style).bibliography(romanized, options)
    out: list[Entry] = []
    for e in entries:
        original = by_id.get(id(e.ref), e.ref)
        note = language_note(original)
        rich = e.rich.copy()
        if note:
            rich.add_punct(" ")
            rich.append(note)
        out.append(Entry(e.key, original, rich, number=e.number, section=e.section))
    return out
