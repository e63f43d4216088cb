"""Translated names of the record's vocabulary (item types, creator roles, languages, fields,
correction notices) for every window and dialog: one place, cached per interface language."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication


@cache
def item_types() -> dict[str, str]:
    """CSL item type -> its name in the interface language."""
    return {
        "article": QCoreApplication.translate("ItemType", "Article"),
        "article-journal": QCoreApplication.translate("ItemType", "Journal article"),
        "article-magazine": QCoreApplication.translate("ItemType", "Magazine article"),
        "article-newspaper": QCoreApplication.translate("ItemType", "Newspaper article"),
        "bill": QCoreApplication.translate("ItemType", "Bill"),
        "book": QCoreApplication.translate("ItemType", "Book"),
        "broadcast": QCoreApplication.translate("ItemType", "Broadcast"),
        "chapter": QCoreApplication.translate("ItemType", "Book chapter"),
        "classic": QCoreApplication.translate("ItemType", "Classic work"),
        "collection": QCoreApplication.translate("ItemType", "Collection"),
        "dataset": QCoreApplication.translate("ItemType", "Dataset"),
        "document": QCoreApplication.translate("ItemType", "Document"),
        "entry": QCoreApplication.translate("ItemType", "Entry"),
        "entry-dictionary": QCoreApplication.translate("ItemType", "Dictionary entry"),
        "entry-encyclopedia": QCoreApplication.translate("ItemType", "Encyclopedia entry"),
        "event": QCoreApplication.translate("ItemType", "Event"),
        "figure": QCoreApplication.translate("ItemType", "Figure"),
        "graphic": QCoreApplication.translate("ItemType", "Graphic"),
        "hearing": QCoreApplication.translate("ItemType", "Hearing"),
        "interview": QCoreApplication.translate("ItemType", "Interview"),
        "legal_case": QCoreApplication.translate("ItemType", "Court decision"),
        "legislation": QCoreApplication.translate("ItemType", "Law"),
        "manuscript": QCoreApplication.translate("ItemType", "Manuscript"),
        "map": QCoreApplication.translate("ItemType", "Map"),
        "motion_picture": QCoreApplication.translate("ItemType", "Film"),
        "musical_score": QCoreApplication.translate("ItemType", "Musical score"),
        "pamphlet": QCoreApplication.translate("ItemType", "Pamphlet"),
        "paper-conference": QCoreApplication.translate("ItemType", "Conference paper"),
        "patent": QCoreApplication.translate("ItemType", "Patent"),
        "performance": QCoreApplication.translate("ItemType", "Performance"),
        "periodical": QCoreApplication.translate("ItemType", "Periodical"),
        "personal_communication": QCoreApplication.translate("ItemType", "Personal communication"),
        "post": QCoreApplication.translate("ItemType", "Post"),
        "post-weblog": QCoreApplication.translate("ItemType", "Blog post"),
        "regulation": QCoreApplication.translate("ItemType", "Regulation"),
        "report": QCoreApplication.translate("ItemType", "Report"),
        "review": QCoreApplication.translate("ItemType", "Review"),
        "review-book": QCoreApplication.translate("ItemType", "Book review"),
        "software": QCoreApplication.translate("ItemType", "Software"),
        "song": QCoreApplication.translate("ItemType", "Song"),
        "speech": QCoreApplication.translate("ItemType", "Speech"),
        "standard": QCoreApplication.translate("ItemType", "Standard"),
        "thesis": QCoreApplication.translate("ItemType", "Thesis"),
        "treaty": QCoreApplication.translate("ItemType", "Treaty"),
        "webpage": QCoreApplication.translate("ItemType", "Web page"),
    }


def item_type(csl_type: str | None) -> str:
    return item_types().get(csl_type or "", csl_type or "")


@cache
def creator_roles() -> dict[str, str]:
    return {
        "author": QCoreApplication.translate("CreatorRole", "Author"),
        "editor": QCoreApplication.translate("CreatorRole", "Editor"),
        "translator": QCoreApplication.translate("CreatorRole", "Translator"),
        "compiler": QCoreApplication.translate("CreatorRole", "Compiler"),
        "container-author": QCoreApplication.translate("CreatorRole", "Author of the book"),
        "collection-editor": QCoreApplication.translate("CreatorRole", "Series editor"),
        "editorial-director": QCoreApplication.translate("CreatorRole", "Editor-in-chief"),
        "contributor": QCoreApplication.translate("CreatorRole", "Contributor"),
        "chair": QCoreApplication.translate("CreatorRole", "Chair"),
        "organizer": QCoreApplication.translate("CreatorRole", "Organiser"),
        "reviewed-author": QCoreApplication.translate("CreatorRole", "Reviewed author"),
        "original-author": QCoreApplication.translate("CreatorRole", "Original author"),
        "recipient": QCoreApplication.translate("CreatorRole", "Recipient"),
        "interviewer": QCoreApplication.translate("CreatorRole", "Interviewer"),
        "director": QCoreApplication.translate("CreatorRole", "Director"),
        "illustrator": QCoreApplication.translate("CreatorRole", "Illustrator"),
        "curator": QCoreApplication.translate("CreatorRole", "Curator"),
        "composer": QCoreApplication.translate("CreatorRole", "Composer"),
        "executive-producer": QCoreApplication.translate("CreatorRole", "Executive producer"),
        "guest": QCoreApplication.translate("CreatorRole", "Guest"),
        "host": QCoreApplication.translate("CreatorRole", "Host"),
        "narrator": QCoreApplication.translate("CreatorRole", "Narrator"),
        "performer": QCoreApplication.translate("CreatorRole", "Performer"),
        "producer": QCoreApplication.translate("CreatorRole", "Producer"),
        "script-writer": QCoreApplication.translate("CreatorRole", "Script writer"),
        "series-creator": QCoreApplication.translate("CreatorRole", "Series creator"),
    }


@cache
def creator_roles_plural() -> dict[str, str]:
    """The common roles, said of several people."""
    return {
        "author": QCoreApplication.translate("CreatorRole", "Authors"),
        "editor": QCoreApplication.translate("CreatorRole", "Editors"),
        "translator": QCoreApplication.translate("CreatorRole", "Translators"),
        "compiler": QCoreApplication.translate("CreatorRole", "Compilers"),
    }


def creator_role(role: str, count: int = 1) -> str:
    if count > 1 and role in creator_roles_plural():
        return creator_roles_plural()[role]
    return creator_roles().get(role, role)


@cache
def languages() -> dict[str, str]:
    """ISO 639-1 code -> language name, for the languages the team's sources come in."""
    return {
        "ru": QCoreApplication.translate("Language", "Russian"),
        "kk": QCoreApplication.translate("Language", "Kazakh"),
        "en": QCoreApplication.translate("Language", "English"),
        "de": QCoreApplication.translate("Language", "German"),
        "fr": QCoreApplication.translate("Language", "French"),
        "es": QCoreApplication.translate("Language", "Spanish"),
        "it": QCoreApplication.translate("Language", "Italian"),
        "uk": QCoreApplication.translate("Language", "Ukrainian"),
        "uz": QCoreApplication.translate("Language", "Uzbek"),
        "ky": QCoreApplication.translate("Language", "Kyrgyz"),
        "tg": QCoreApplication.translate("Language", "Tajik"),
        "tr": QCoreApplication.translate("Language", "Turkish"),
        "be": QCoreApplication.translate("Language", "Belarusian"),
        "pl": QCoreApplication.translate("Language", "Polish"),
        "zh": QCoreApplication.translate("Language", "Chinese"),
        "ja": QCoreApplication.translate("Language", "Japanese"),
        "ko": QCoreApplication.translate("Language", "Korean"),
        "ar": QCoreApplication.translate("Language", "Arabic"),
        "pt": QCoreApplication.translate("Language", "Portuguese"),
    }


def language(code: str | None) -> str:
    if not code:
        return ""
    return languages().get(code.lower(), code)


@cache
def update_types() -> dict[str, str]:
    """Crossref's update types (the notices that amend a work)."""
    return {
        "retraction": QCoreApplication.translate("UpdateType", "Retraction"),
        "partial-retraction": QCoreApplication.translate("UpdateType", "Partial retraction"),
        "correction": QCoreApplication.translate("UpdateType", "Correction"),
        "corrigendum": QCoreApplication.translate("UpdateType", "Corrigendum"),
        "erratum": QCoreApplication.translate("UpdateType", "Erratum"),
        "expression-of-concern": QCoreApplication.translate("UpdateType", "Expression of concern"),
        "withdrawal": QCoreApplication.translate("UpdateType", "Withdrawal"),
        "removal": QCoreApplication.translate("UpdateType", "Removal"),
        "addendum": QCoreApplication.translate("UpdateType", "Addendum"),
        "clarification": QCoreApplication.translate("UpdateType", "Clarification"),
        "new-version": QCoreApplication.translate("UpdateType", "New version"),
        "update": QCoreApplication.translate("UpdateType", "Update"),
    }


def update_type(kind: str | None) -> str:
    key = (kind or "update").lower().replace("_", "-")
    return update_types().get(key, kind or "")


@cache
def fields() -> dict[str, str]:
    """CSL-JSON key -> field label, for every field the detail pane shows."""
    return {
        "title": QCoreApplication.translate("Field", "Title"),
        "title-short": QCoreApplication.translate("Field", "Short title"),
        "title-translit": QCoreApplication.translate("Field", "Title (transliterated)"),
        "title-translated": QCoreApplication.translate("Field", "Title (translated)"),
        "container-title": QCoreApplication.translate("Field", "Published in"),
        "container-title-short": QCoreApplication.translate("Field", "Abbreviation"),
        "container-title-translit": QCoreApplication.translate("Field", "Published in (transliterated)"),
        "container-title-translated": QCoreApplication.translate("Field", "Published in (translated)"),
        "collection-title": QCoreApplication.translate("Field", "Series"),
        "collection-number": QCoreApplication.translate("Field", "Number in series"),
        "volume": QCoreApplication.translate("Field", "Volume"),
        "issue": QCoreApplication.translate("Field", "Issue"),
        "page": QCoreApplication.translate("Field", "Pages"),
        "number": QCoreApplication.translate("Field", "Number"),
        "edition": QCoreApplication.translate("Field", "Edition"),
        "number-of-pages": QCoreApplication.translate("Field", "Number of pages"),
        "number-of-volumes": QCoreApplication.translate("Field", "Number of volumes"),
        "publisher": QCoreApplication.translate("Field", "Publisher"),
        "publisher-place": QCoreApplication.translate("Field", "Place"),
        "event-title": QCoreApplication.translate("Field", "Event"),
        "event-place": QCoreApplication.translate("Field", "Event place"),
        "event-date": QCoreApplication.translate("Field", "Event date"),
        "issued": QCoreApplication.translate("Field", "Date"),
        "accessed": QCoreApplication.translate("Field", "Accessed"),
        "original-date": QCoreApplication.translate("Field", "Original date"),
        "submitted": QCoreApplication.translate("Field", "Submitted"),
        "adopted": QCoreApplication.translate("Field", "Adopted"),
        "version-date": QCoreApplication.translate("Field", "As amended on"),
        "authority": QCoreApplication.translate("Field", "Issuing body"),
        "jurisdiction": QCoreApplication.translate("Field", "Jurisdiction"),
        "gazette-title": QCoreApplication.translate("Field", "Official publication"),
        "gazette-year": QCoreApplication.translate("Field", "Gazette year"),
        "gazette-number": QCoreApplication.translate("Field", "Gazette number"),
        "gazette-article": QCoreApplication.translate("Field", "Gazette article"),
        "case-number": QCoreApplication.translate("Field", "Case number"),
        "genre": QCoreApplication.translate("Field", "Genre"),
        "medium": QCoreApplication.translate("Field", "Medium"),
        "section": QCoreApplication.translate("Field", "Section"),
        "archive": QCoreApplication.translate("Field", "Archive"),
        "archive_location": QCoreApplication.translate("Field", "Location in archive"),
        "source": QCoreApplication.translate("Field", "Catalogue"),
        "citation-key": QCoreApplication.translate("Field", "Citation key"),
        "DOI": QCoreApplication.translate("Field", "DOI"),
        "ISBN": QCoreApplication.translate("Field", "ISBN"),
        "ISSN": QCoreApplication.translate("Field", "ISSN"),
        "URL": QCoreApplication.translate("Field", "URL"),
        "language": QCoreApplication.translate("Field", "Language"),
        "note": QCoreApplication.translate("Field", "Extra"),
        "keyword": QCoreApplication.translate("Field", "Keywords"),
        "abstract": QCoreApplication.translate("Field", "Abstract"),
    }


def field(key: str) -> str:
    return fields().get(key, key)


@cache
def attachment_kinds() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("AttachmentKind", "file"),
        "link": QCoreApplication.translate("AttachmentKind", "link"),
        "pdf": QCoreApplication.translate("AttachmentKind", "PDF"),
    }


def attachment_kind(kind: str) -> str:
    return attachment_kinds().get(kind, kind)


_CACHED: tuple[Callable[[], object], ...] = (item_types, creator_roles, creator_roles_plural,
                                             languages, update_types, fields, attachment_kinds)


def clear_cache() -> None:
    """Forget the names built for the previous language (called when the language changes)."""
    for fn in _CACHED:
        fn.cache_clear()  # type: ignore[attr-defined]
