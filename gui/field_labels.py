"""The one vocabulary of the record for every window and dialog: field and section labels
(core/type_fields.py keys, and CSL-JSON keys through `csl_field_label`), item types, creator roles,
languages, transliteration schemes, correction notices, attachment kinds and the editor's problem
messages.

Each table is built on first use in the interface language installed then and kept until
`clear_cache()` (gui/i18n.py calls it when the language changes): the reference table asks for a
type's name for every cell it paints. Every string is a literal inside
`QCoreApplication.translate(context, ...)` so lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core import type_fields as tf
from core.model import CREATOR_ROLES

if TYPE_CHECKING:  # the checks (and python-stdnum) load with the editor, not at start-up
    from core.field_values import Problem


@cache
def field_labels() -> dict[str, str]:
    """Label key (core/type_fields.py) -> label text."""
    return {
        "about": QCoreApplication.translate("FieldLabels", "About"),
        "abstract": QCoreApplication.translate("FieldLabels", "Abstract"),
        "accessed": QCoreApplication.translate("FieldLabels", "Accessed"),
        "act": QCoreApplication.translate("FieldLabels", "The act"),
        "act_form": QCoreApplication.translate("FieldLabels", "Form of the act"),
        "archive": QCoreApplication.translate("FieldLabels", "Archive"),
        "archive_location": QCoreApplication.translate("FieldLabels", "Location in archive"),
        "article_number": QCoreApplication.translate("FieldLabels", "Article number"),
        "as_amended_on": QCoreApplication.translate("FieldLabels", "As amended on"),
        "authority": QCoreApplication.translate("FieldLabels", "Authority"),
        "autoreferat": QCoreApplication.translate("FieldLabels", "Author's abstract"),
        "blog": QCoreApplication.translate("FieldLabels", "Blog"),
        "book": QCoreApplication.translate("FieldLabels", "Book"),
        "book_title": QCoreApplication.translate("FieldLabels", "Book title"),
        "broadcast": QCoreApplication.translate("FieldLabels", "Broadcast"),
        "case_name": QCoreApplication.translate("FieldLabels", "Case name"),
        "case_number": QCoreApplication.translate("FieldLabels", "Case number"),
        "citation_key": QCoreApplication.translate("FieldLabels", "Citation key"),
        "committee": QCoreApplication.translate("FieldLabels", "Committee"),
        "communication": QCoreApplication.translate("FieldLabels", "Communication"),
        "company": QCoreApplication.translate("FieldLabels", "Company"),
        "conference": QCoreApplication.translate("FieldLabels", "Conference"),
        "container": QCoreApplication.translate("FieldLabels", "Published in"),
        "container_title": QCoreApplication.translate("FieldLabels", "Container title"),
        "container_title_short": QCoreApplication.translate("FieldLabels", "Short container title"),
        "container_title_translated": QCoreApplication.translate(
            "FieldLabels", "Container title (translated)"),
        "container_title_translit": QCoreApplication.translate(
            "FieldLabels", "Container title (transliterated)"),
        "court": QCoreApplication.translate("FieldLabels", "Court"),
        "creators": QCoreApplication.translate("FieldLabels", "Creators"),
        "dataset": QCoreApplication.translate("FieldLabels", "Dataset"),
        "dataset_type": QCoreApplication.translate("FieldLabels", "Type of data"),
        "date": QCoreApplication.translate("FieldLabels", "Date"),
        "date_filed": QCoreApplication.translate("FieldLabels", "Date filed"),
        "date_issued": QCoreApplication.translate("FieldLabels", "Date issued"),
        "date_of_adoption": QCoreApplication.translate("FieldLabels", "Date of adoption"),
        "date_of_decision": QCoreApplication.translate("FieldLabels", "Date of decision"),
        "date_of_signing": QCoreApplication.translate("FieldLabels", "Date of signing"),
        "decision": QCoreApplication.translate("FieldLabels", "Decision"),
        "decision_kind": QCoreApplication.translate("FieldLabels", "Kind of decision"),
        "degree": QCoreApplication.translate("FieldLabels", "Degree (as printed)"),
        "degree_level": QCoreApplication.translate("FieldLabels", "Degree"),
        "distributor": QCoreApplication.translate("FieldLabels", "Distributor"),
        "doi": QCoreApplication.translate("FieldLabels", "DOI"),
        "edition": QCoreApplication.translate("FieldLabels", "Edition"),
        "event": QCoreApplication.translate("FieldLabels", "Event"),
        "event_date": QCoreApplication.translate("FieldLabels", "Event date"),
        "event_place": QCoreApplication.translate("FieldLabels", "Event place"),
        "film": QCoreApplication.translate("FieldLabels", "Film"),
        "format": QCoreApplication.translate("FieldLabels", "Format"),
        "gazette": QCoreApplication.translate("FieldLabels", "Gazette"),
        "gazette_article": QCoreApplication.translate("FieldLabels", "Article in gazette"),
        "gazette_number": QCoreApplication.translate("FieldLabels", "Gazette number"),
        "gazette_title": QCoreApplication.translate("FieldLabels", "Gazette"),
        "gazette_year": QCoreApplication.translate("FieldLabels", "Gazette year"),
        "genre": QCoreApplication.translate("FieldLabels", "Genre"),
        "hearing": QCoreApplication.translate("FieldLabels", "Hearing"),
        "identifiers": QCoreApplication.translate("FieldLabels", "Identifiers and links"),
        "institution": QCoreApplication.translate("FieldLabels", "Institution"),
        "interview": QCoreApplication.translate("FieldLabels", "Interview"),
        "isbn": QCoreApplication.translate("FieldLabels", "ISBN"),
        "issn": QCoreApplication.translate("FieldLabels", "ISSN"),
        "issn_types": QCoreApplication.translate("FieldLabels", "ISSN types"),
        "issue": QCoreApplication.translate("FieldLabels", "Issue"),
        "issuer": QCoreApplication.translate("FieldLabels", "Issuer"),
        "issuing_body": QCoreApplication.translate("FieldLabels", "Issuing body"),
        "item_type": QCoreApplication.translate("FieldLabels", "Item type"),
        "journal": QCoreApplication.translate("FieldLabels", "Journal"),
        "journal_abbreviation": QCoreApplication.translate("FieldLabels", "Journal abbreviation"),
        "jurisdiction": QCoreApplication.translate("FieldLabels", "Jurisdiction"),
        "keywords": QCoreApplication.translate("FieldLabels", "Keywords"),
        "kind_of_work": QCoreApplication.translate("FieldLabels", "Kind of work"),
        "language": QCoreApplication.translate("FieldLabels", "Language"),
        "legislative_body": QCoreApplication.translate("FieldLabels", "Legislative body"),
        "licence": QCoreApplication.translate("FieldLabels", "Licence"),
        "magazine": QCoreApplication.translate("FieldLabels", "Magazine"),
        "manuscript": QCoreApplication.translate("FieldLabels", "Manuscript"),
        "medium": QCoreApplication.translate("FieldLabels", "Medium"),
        "network": QCoreApplication.translate("FieldLabels", "Network"),
        "newspaper": QCoreApplication.translate("FieldLabels", "Newspaper"),
        "note": QCoreApplication.translate("FieldLabels", "Note"),
        "number": QCoreApplication.translate("FieldLabels", "Number"),
        "number_in_series": QCoreApplication.translate("FieldLabels", "Number in series"),
        "number_of_pages": QCoreApplication.translate("FieldLabels", "Number of pages"),
        "number_of_volumes": QCoreApplication.translate("FieldLabels", "Number of volumes"),
        "official_publication": QCoreApplication.translate("FieldLabels", "Official publication"),
        "online": QCoreApplication.translate("FieldLabels", "Online"),
        "original_date": QCoreApplication.translate("FieldLabels", "Original date"),
        "other": QCoreApplication.translate("FieldLabels", "Other fields of this record"),
        "pages": QCoreApplication.translate("FieldLabels", "Pages"),
        "patent": QCoreApplication.translate("FieldLabels", "Patent"),
        "patent_number": QCoreApplication.translate("FieldLabels", "Patent number"),
        "place": QCoreApplication.translate("FieldLabels", "Place"),
        "place_of_signing": QCoreApplication.translate("FieldLabels", "Place of signing"),
        "platform": QCoreApplication.translate("FieldLabels", "Platform"),
        "proceedings": QCoreApplication.translate("FieldLabels", "Proceedings"),
        "proceedings_title": QCoreApplication.translate("FieldLabels", "Proceedings title"),
        "programme": QCoreApplication.translate("FieldLabels", "Programme"),
        "publication": QCoreApplication.translate("FieldLabels", "Publication"),
        "published_online": QCoreApplication.translate("FieldLabels", "Published online"),
        "published_print": QCoreApplication.translate("FieldLabels", "Published in print"),
        "publisher": QCoreApplication.translate("FieldLabels", "Publisher"),
        "reference_work": QCoreApplication.translate("FieldLabels", "Reference work"),
        "reference_work_title": QCoreApplication.translate("FieldLabels", "Encyclopedia or dictionary"),
        "report": QCoreApplication.translate("FieldLabels", "Report"),
        "report_number": QCoreApplication.translate("FieldLabels", "Report number"),
        "report_type": QCoreApplication.translate("FieldLabels", "Type of report"),
        "reported_in": QCoreApplication.translate("FieldLabels", "Reported in"),
        "reporter": QCoreApplication.translate("FieldLabels", "Law reports"),
        "repository": QCoreApplication.translate("FieldLabels", "Repository"),
        "science": QCoreApplication.translate("FieldLabels", "Branch of science"),
        "section": QCoreApplication.translate("FieldLabels", "Section"),
        "series": QCoreApplication.translate("FieldLabels", "Series"),
        "site_name": QCoreApplication.translate("FieldLabels", "Site name"),
        "site_owner": QCoreApplication.translate("FieldLabels", "Site owner"),
        "software": QCoreApplication.translate("FieldLabels", "Software"),
        "source": QCoreApplication.translate("FieldLabels", "Source"),
        "specialty_code": QCoreApplication.translate("FieldLabels", "Specialty code"),
        "standard": QCoreApplication.translate("FieldLabels", "Standard"),
        "standard_number": QCoreApplication.translate("FieldLabels", "Standard number"),
        "standard_type": QCoreApplication.translate("FieldLabels", "Type of standard"),
        "subjects": QCoreApplication.translate("FieldLabels", "Subjects"),
        "submitted": QCoreApplication.translate("FieldLabels", "Submitted"),
        "thesis": QCoreApplication.translate("FieldLabels", "Thesis"),
        "title": QCoreApplication.translate("FieldLabels", "Title"),
        "title_short": QCoreApplication.translate("FieldLabels", "Short title"),
        "title_translated": QCoreApplication.translate("FieldLabels", "Title (translated)"),
        "title_translit": QCoreApplication.translate("FieldLabels", "Title (transliterated)"),
        "titles": QCoreApplication.translate("FieldLabels", "Title"),
        "translated": QCoreApplication.translate("FieldLabels", "Translated"),
        "translit": QCoreApplication.translate("FieldLabels", "Transliterated"),
        "updated_by": QCoreApplication.translate("FieldLabels", "Corrections and retractions"),
        "treaty": QCoreApplication.translate("FieldLabels", "Treaty"),
        "treaty_form": QCoreApplication.translate("FieldLabels", "Form of the treaty"),
        "treaty_series": QCoreApplication.translate("FieldLabels", "Treaty series"),
        "url": QCoreApplication.translate("FieldLabels", "URL"),
        "version": QCoreApplication.translate("FieldLabels", "Version"),
        "version_date": QCoreApplication.translate("FieldLabels", "Version date"),
        "volume": QCoreApplication.translate("FieldLabels", "Volume"),
        "website": QCoreApplication.translate("FieldLabels", "Website"),
        "year": QCoreApplication.translate("FieldLabels", "Year"),
    }


@cache
def field_hints() -> dict[str, str]:
    """Placeholder text (an example of what to type) per label key, and per field kind under
    `kind:<kind>`."""
    hints = {
        "act_form": QCoreApplication.translate("FieldHints", "e.g. Закон Республики Казахстан"),
        "degree": QCoreApplication.translate(
            "FieldHints", "e.g. дис. ... канд. юрид. наук, PhD dissertation"),
        "decision_kind": QCoreApplication.translate("FieldHints", "e.g. Постановление, Решение"),
        "case_number": QCoreApplication.translate("FieldHints", "e.g. 6001-21-00-6ап/123"),
        "court": QCoreApplication.translate("FieldHints", "e.g. Верховный Суд Республики Казахстан"),
        "issuing_body": QCoreApplication.translate("FieldHints", "e.g. Парламент Республики Казахстан"),
        "gazette": QCoreApplication.translate("FieldHints", "e.g. Ведомости Парламента Республики Казахстан"),
        "specialty_code": QCoreApplication.translate("FieldHints", "e.g. 12.00.02, 8D04201"),
        "science": QCoreApplication.translate("FieldHints", "e.g. юрид."),
        "number": QCoreApplication.translate("FieldHints", "e.g. 477-IV"),
        "gazette_number": QCoreApplication.translate("FieldHints", "e.g. 16"),
        "gazette_article": QCoreApplication.translate("FieldHints", "e.g. 128"),
        "pages": QCoreApplication.translate("FieldHints", "e.g. 15-24"),
        "kind:date": QCoreApplication.translate("FieldHints", "YYYY, YYYY-MM-DD or DD.MM.YYYY"),
        "kind:isbn": QCoreApplication.translate(
            "FieldHints", "ISBN-13 or ISBN-10; several separated by commas"),
        "kind:issn": QCoreApplication.translate("FieldHints", "NNNN-NNNN; several separated by commas"),
        "kind:doi": QCoreApplication.translate("FieldHints", "10.NNNN/... or https://doi.org/10.NNNN/..."),
        "kind:url": QCoreApplication.translate("FieldHints", "https://..."),
        "kind:keywords": QCoreApplication.translate("FieldHints", "separated by semicolons"),
    }
    return hints


@cache
def type_labels() -> dict[str, str]:
    """CSL item type -> its name."""
    return {
        "article": QCoreApplication.translate("ItemTypes", "Article (other)"),
        "article-journal": QCoreApplication.translate("ItemTypes", "Journal article"),
        "article-magazine": QCoreApplication.translate("ItemTypes", "Magazine article"),
        "article-newspaper": QCoreApplication.translate("ItemTypes", "Newspaper article"),
        "bill": QCoreApplication.translate("ItemTypes", "Bill (draft law)"),
        "book": QCoreApplication.translate("ItemTypes", "Book"),
        "broadcast": QCoreApplication.translate("ItemTypes", "Broadcast"),
        "chapter": QCoreApplication.translate("ItemTypes", "Book chapter"),
        "classic": QCoreApplication.translate("ItemTypes", "Classic work"),
        "collection": QCoreApplication.translate("ItemTypes", "Collection"),
        "dataset": QCoreApplication.translate("ItemTypes", "Dataset"),
        "document": QCoreApplication.translate("ItemTypes", "Document"),
        "entry": QCoreApplication.translate("ItemTypes", "Entry"),
        "entry-dictionary": QCoreApplication.translate("ItemTypes", "Dictionary entry"),
        "entry-encyclopedia": QCoreApplication.translate("ItemTypes", "Encyclopedia entry"),
        "event": QCoreApplication.translate("ItemTypes", "Event"),
        "figure": QCoreApplication.translate("ItemTypes", "Figure"),
        "graphic": QCoreApplication.translate("ItemTypes", "Graphic"),
        "hearing": QCoreApplication.translate("ItemTypes", "Hearing"),
        "interview": QCoreApplication.translate("ItemTypes", "Interview"),
        "legal_case": QCoreApplication.translate("ItemTypes", "Court decision"),
        "legislation": QCoreApplication.translate("ItemTypes", "Law or code"),
        "manuscript": QCoreApplication.translate("ItemTypes", "Manuscript"),
        "map": QCoreApplication.translate("ItemTypes", "Map"),
        "motion_picture": QCoreApplication.translate("ItemTypes", "Film"),
        "musical_score": QCoreApplication.translate("ItemTypes", "Musical score"),
        "pamphlet": QCoreApplication.translate("ItemTypes", "Pamphlet"),
        "paper-conference": QCoreApplication.translate("ItemTypes", "Conference paper"),
        "patent": QCoreApplication.translate("ItemTypes", "Patent"),
        "performance": QCoreApplication.translate("ItemTypes", "Performance"),
        "periodical": QCoreApplication.translate("ItemTypes", "Periodical"),
        "personal_communication": QCoreApplication.translate("ItemTypes", "Personal communication"),
        "post": QCoreApplication.translate("ItemTypes", "Post"),
        "post-weblog": QCoreApplication.translate("ItemTypes", "Blog post"),
        "regulation": QCoreApplication.translate("ItemTypes", "Decree, order or regulation"),
        "report": QCoreApplication.translate("ItemTypes", "Report"),
        "review": QCoreApplication.translate("ItemTypes", "Review"),
        "review-book": QCoreApplication.translate("ItemTypes", "Book review"),
        "software": QCoreApplication.translate("ItemTypes", "Software"),
        "song": QCoreApplication.translate("ItemTypes", "Song"),
        "speech": QCoreApplication.translate("ItemTypes", "Speech or presentation"),
        "standard": QCoreApplication.translate("ItemTypes", "Standard"),
        "thesis": QCoreApplication.translate("ItemTypes", "Thesis or dissertation"),
        "treaty": QCoreApplication.translate("ItemTypes", "Treaty or convention"),
        "webpage": QCoreApplication.translate("ItemTypes", "Web page"),
    }


# The types the team types in most, offered first (the rest follow in alphabetical order).
COMMON_TYPES: tuple[str, ...] = (
    "article-journal", "book", "chapter", "paper-conference", "thesis", "report", "standard",
    "legislation", "regulation", "legal_case", "treaty", "article-newspaper", "webpage",
    "dataset",
)
LEGAL_CHOICES: tuple[str, ...] = ("legislation", "regulation", "legal_case", "treaty", "bill")
PUBLICATION_CHOICES: tuple[str, ...] = (
    "article-journal", "book", "chapter", "paper-conference", "thesis", "report", "standard",
    "article-newspaper", "webpage", "dataset")


@cache
def role_labels() -> dict[str, str]:
    """CSL creator role -> its name."""
    return {
        "author": QCoreApplication.translate("CreatorRoles", "Author"),
        "editor": QCoreApplication.translate("CreatorRoles", "Editor"),
        "translator": QCoreApplication.translate("CreatorRoles", "Translator"),
        "compiler": QCoreApplication.translate("CreatorRoles", "Compiler"),
        "container-author": QCoreApplication.translate("CreatorRoles", "Author of the book"),
        "collection-editor": QCoreApplication.translate("CreatorRoles", "Series editor"),
        "editorial-director": QCoreApplication.translate("CreatorRoles", "Editorial director"),
        "contributor": QCoreApplication.translate("CreatorRoles", "Contributor"),
        "chair": QCoreApplication.translate("CreatorRoles", "Chair"),
        "organizer": QCoreApplication.translate("CreatorRoles", "Organizer"),
        "reviewed-author": QCoreApplication.translate("CreatorRoles", "Reviewed author"),
        "original-author": QCoreApplication.translate("CreatorRoles", "Original author"),
        "recipient": QCoreApplication.translate("CreatorRoles", "Recipient"),
        "interviewer": QCoreApplication.translate("CreatorRoles", "Interviewer"),
        "director": QCoreApplication.translate("CreatorRoles", "Director"),
        "illustrator": QCoreApplication.translate("CreatorRoles", "Illustrator"),
        "curator": QCoreApplication.translate("CreatorRoles", "Curator"),
        "composer": QCoreApplication.translate("CreatorRoles", "Composer"),
        "executive-producer": QCoreApplication.translate("CreatorRoles", "Executive producer"),
        "guest": QCoreApplication.translate("CreatorRoles", "Guest"),
        "host": QCoreApplication.translate("CreatorRoles", "Host"),
        "narrator": QCoreApplication.translate("CreatorRoles", "Narrator"),
        "performer": QCoreApplication.translate("CreatorRoles", "Performer"),
        "producer": QCoreApplication.translate("CreatorRoles", "Producer"),
        "script-writer": QCoreApplication.translate("CreatorRoles", "Script writer"),
        "series-creator": QCoreApplication.translate("CreatorRoles", "Series creator"),
    }


@cache
def scheme_labels() -> dict[str, str]:
    """Transliteration scheme (core/translit.py SCHEMES) -> its name."""
    return {
        "bsi": QCoreApplication.translate("TranslitSchemes", "BSI (References lists)"),
        "bgn-pcgn": QCoreApplication.translate("TranslitSchemes", "BGN/PCGN"),
        "gost-7.79-b": QCoreApplication.translate("TranslitSchemes", "GOST 7.79-2000, system B"),
        "lc": QCoreApplication.translate("TranslitSchemes", "Library of Congress (ALA-LC)"),
        "kazakh-latin-2021": QCoreApplication.translate("TranslitSchemes", "Kazakh Latin alphabet (2021)"),
    }


@cache
def language_labels() -> dict[str, str]:
    """ISO 639-1 code -> language name, the team's three languages first."""
    return {
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "kk": QCoreApplication.translate("Languages", "Kazakh"),
        "en": QCoreApplication.translate("Languages", "English"),
        "de": QCoreApplication.translate("Languages", "German"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "uk": QCoreApplication.translate("Languages", "Ukrainian"),
        "uz": QCoreApplication.translate("Languages", "Uzbek"),
        "ky": QCoreApplication.translate("Languages", "Kyrgyz"),
        "tr": QCoreApplication.translate("Languages", "Turkish"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "be": QCoreApplication.translate("Languages", "Belarusian"),
        "tg": QCoreApplication.translate("Languages", "Tajik"),
        "pl": QCoreApplication.translate("Languages", "Polish"),
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "it": QCoreApplication.translate("Languages", "Italian"),
        "pt": QCoreApplication.translate("Languages", "Portuguese"),
        "ja": QCoreApplication.translate("Languages", "Japanese"),
        "ko": QCoreApplication.translate("Languages", "Korean"),
    }


@cache
def degree_labels() -> dict[str, str]:
    """Values of a thesis's `degree` (the GOST thesis statement reads them)."""
    return {
        "candidate": QCoreApplication.translate("FieldChoices", "Candidate of Sciences"),
        "doctor": QCoreApplication.translate("FieldChoices", "Doctor of Sciences"),
        "phd": QCoreApplication.translate("FieldChoices", "PhD"),
    }


@cache
def role_labels_plural() -> dict[str, str]:
    """The common roles, said of several people (the detail pane's "Authors")."""
    return {
        "author": QCoreApplication.translate("CreatorRole", "Authors"),
        "editor": QCoreApplication.translate("CreatorRole", "Editors"),
        "translator": QCoreApplication.translate("CreatorRole", "Translators"),
        "compiler": QCoreApplication.translate("CreatorRole", "Compilers"),
    }


@cache
def update_labels() -> dict[str, str]:
    """Crossref's update types: the notices that amend a work (retraction, correction...)."""
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


@cache
def attachment_kind_labels() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("AttachmentKind", "file"),
        "link": QCoreApplication.translate("AttachmentKind", "link"),
        "pdf": QCoreApplication.translate("AttachmentKind", "PDF"),
    }


CREATOR_ROLE_KEYS = frozenset(CREATOR_ROLES)
# Label keys that name a field only next to its original (`Transliterated` under the title): a
# list of fields (the detail pane, the refresh diff) uses the field's own label instead.
_RELATIVE_LABELS = frozenset({"translit", "translated"})
# CSL-JSON keys that no form field shows, and the label key they go by.
_CSL_ONLY: dict[str, str] = {
    "type": "item_type", "issn-type": "issn_types", "updated-by": "updated_by",
    "license": "licence", "subject": "subjects", "published-online": "published_online",
    "published-print": "published_print", "article-number": "article_number",
}


def item_type_label(csl_type: str | None) -> str:
    """A CSL item type's name (a type from another tool is shown as it is)."""
    return type_labels().get(csl_type or "", csl_type or "")


def role_label(role: str, count: int = 1) -> str:
    """A creator role's name; the common roles in the plural when `count` > 1."""
    if count > 1 and role in role_labels_plural():
        return role_labels_plural()[role]
    return role_labels().get(role, role)


def language_label(code: str | None) -> str:
    if not code:
        return ""
    return language_labels().get(code.lower(), code)


def update_label(kind: str | None) -> str:
    key = (kind or "update").lower().replace("_", "-")
    return update_labels().get(key, kind or "")


def attachment_kind_label(kind: str) -> str:
    return attachment_kind_labels().get(kind, kind)


def csl_field_label(key: str, item_type: str | None = None) -> str:
    """The label of a CSL-JSON key (`container-title`, `DOI`, `author`), as the editing form of
    `item_type` names that field (a law's `authority` is its "Issuing body", a court decision's
    its "Court"); an unknown key is shown as it is."""
    if key in CREATOR_ROLE_KEYS:
        return role_label(key, 2)
    labels = field_labels()
    if key in _CSL_ONLY:
        return labels.get(_CSL_ONLY[key], key)
    attr = tf.FIELD_OF_CSL.get(key)
    if attr is None:
        return key
    label = _form_label(item_type or "", attr) or tf.FIELDS[attr].label
    return labels.get(label, label)


@cache
def _form_labels(item_type: str) -> dict[str, str]:
    form = tf.form_for(item_type)
    out = {f.key: f.label for section in (tf.title_section(item_type), *form.sections)
           for f in section.fields if f.label not in _RELATIVE_LABELS}
    return out


def _form_label(item_type: str, attr: str) -> str | None:
    return _form_labels(item_type).get(attr) if item_type else None


_CACHED: tuple[Callable[[], object], ...] = (
    field_labels, field_hints, type_labels, role_labels, role_labels_plural, scheme_labels,
    language_labels, degree_labels, update_labels, attachment_kind_labels)


def clear_cache() -> None:
    """Forget the tables built in the previous interface language (gui/i18n.py calls it)."""
    for fn in _CACHED:
        fn.cache_clear()  # type: ignore[attr-defined]


def problem_message(problem: Problem) -> str:
    """The sentence shown next to a field for a problem found in it."""
    from core import field_values as fv

    code, value, detail = problem.code, problem.value, problem.detail
    if code == fv.DOI_FORMAT:
        return QCoreApplication.translate("FieldProblems", "Not a DOI: a DOI looks like 10.1234/abc")
    if code == fv.ISSN_CHECKSUM:
        return QCoreApplication.translate(
            "FieldProblems", "ISSN {value}: the check digit should be {digit}").format(
            value=value, digit=detail)
    if code == fv.ISSN_FORMAT:
        return QCoreApplication.translate(
            "FieldProblems", "ISSN {value}: an ISSN has eight characters, NNNN-NNNN"
                   ).format(value=value)
    if code == fv.ISBN_CHECKSUM:
        return QCoreApplication.translate(
            "FieldProblems", "ISBN {value}: the check digit should be {digit}").format(
            value=value, digit=detail)
    if code == fv.ISBN_FORMAT:
        return QCoreApplication.translate(
            "FieldProblems", "ISBN {value}: an ISBN has 10 or 13 digits").format(
            value=value)
    if code == fv.DATE_FORMAT:
        return QCoreApplication.translate(
            "FieldProblems", "Not a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY")
    if code == fv.DATE_IMPOSSIBLE:
        return QCoreApplication.translate(
            "FieldProblems", "There is no such date: {value}").format(value=value)
    if code == fv.URL_FORMAT:
        return QCoreApplication.translate(
            "FieldProblems", "This does not look like a web address (https://...)")
    if code == fv.LANGUAGE_UNKNOWN:
        return QCoreApplication.translate(
            "FieldProblems", "Unknown language: use a code such as ru, kk or en")
    if code == fv.KEPT_AS_IMPORTED:
        return QCoreApplication.translate(
            "FieldProblems", "Not valid, kept as imported: correct it or clear it")
    return QCoreApplication.translate("FieldProblems", "Not a valid value: {value}").format(value=value)
