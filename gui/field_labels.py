"""Translated names for what core names with keys: field and section labels (core/type_fields.py),
item types, creator roles, transliteration schemes, languages and the editor's problem messages.

Each table is built when asked, so it follows the interface language installed at that moment.
Every string is a literal inside `QCoreApplication.translate(context, ...)` so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core import field_values as fv

_tr = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """Label key (core/type_fields.py) -> label text."""
    return {
        "about": _tr("FieldLabels", "About"),
        "abstract": _tr("FieldLabels", "Abstract"),
        "accessed": _tr("FieldLabels", "Accessed"),
        "act": _tr("FieldLabels", "The act"),
        "act_form": _tr("FieldLabels", "Form of the act"),
        "archive": _tr("FieldLabels", "Archive"),
        "archive_location": _tr("FieldLabels", "Location in archive"),
        "article_number": _tr("FieldLabels", "Article number"),
        "as_amended_on": _tr("FieldLabels", "As amended on"),
        "authority": _tr("FieldLabels", "Authority"),
        "autoreferat": _tr("FieldLabels", "Author's abstract"),
        "blog": _tr("FieldLabels", "Blog"),
        "book": _tr("FieldLabels", "Book"),
        "book_title": _tr("FieldLabels", "Book title"),
        "broadcast": _tr("FieldLabels", "Broadcast"),
        "case_name": _tr("FieldLabels", "Case name"),
        "case_number": _tr("FieldLabels", "Case number"),
        "citation_key": _tr("FieldLabels", "Citation key"),
        "committee": _tr("FieldLabels", "Committee"),
        "communication": _tr("FieldLabels", "Communication"),
        "company": _tr("FieldLabels", "Company"),
        "conference": _tr("FieldLabels", "Conference"),
        "container": _tr("FieldLabels", "Published in"),
        "container_title": _tr("FieldLabels", "Container title"),
        "container_title_short": _tr("FieldLabels", "Short container title"),
        "container_title_translated": _tr("FieldLabels", "Container title (translated)"),
        "container_title_translit": _tr("FieldLabels", "Container title (transliterated)"),
        "court": _tr("FieldLabels", "Court"),
        "creators": _tr("FieldLabels", "Creators"),
        "dataset": _tr("FieldLabels", "Dataset"),
        "dataset_type": _tr("FieldLabels", "Type of data"),
        "date": _tr("FieldLabels", "Date"),
        "date_filed": _tr("FieldLabels", "Date filed"),
        "date_issued": _tr("FieldLabels", "Date issued"),
        "date_of_adoption": _tr("FieldLabels", "Date of adoption"),
        "date_of_decision": _tr("FieldLabels", "Date of decision"),
        "date_of_signing": _tr("FieldLabels", "Date of signing"),
        "decision": _tr("FieldLabels", "Decision"),
        "decision_kind": _tr("FieldLabels", "Kind of decision"),
        "degree": _tr("FieldLabels", "Degree (as printed)"),
        "degree_level": _tr("FieldLabels", "Degree"),
        "distributor": _tr("FieldLabels", "Distributor"),
        "doi": _tr("FieldLabels", "DOI"),
        "edition": _tr("FieldLabels", "Edition"),
        "event": _tr("FieldLabels", "Event"),
        "event_date": _tr("FieldLabels", "Event date"),
        "event_place": _tr("FieldLabels", "Event place"),
        "film": _tr("FieldLabels", "Film"),
        "format": _tr("FieldLabels", "Format"),
        "gazette": _tr("FieldLabels", "Gazette"),
        "gazette_article": _tr("FieldLabels", "Article in gazette"),
        "gazette_number": _tr("FieldLabels", "Gazette number"),
        "gazette_title": _tr("FieldLabels", "Gazette"),
        "gazette_year": _tr("FieldLabels", "Gazette year"),
        "genre": _tr("FieldLabels", "Genre"),
        "hearing": _tr("FieldLabels", "Hearing"),
        "identifiers": _tr("FieldLabels", "Identifiers and links"),
        "institution": _tr("FieldLabels", "Institution"),
        "interview": _tr("FieldLabels", "Interview"),
        "isbn": _tr("FieldLabels", "ISBN"),
        "issn": _tr("FieldLabels", "ISSN"),
        "issue": _tr("FieldLabels", "Issue"),
        "issuer": _tr("FieldLabels", "Issuer"),
        "issuing_body": _tr("FieldLabels", "Issuing body"),
        "journal": _tr("FieldLabels", "Journal"),
        "journal_abbreviation": _tr("FieldLabels", "Journal abbreviation"),
        "jurisdiction": _tr("FieldLabels", "Jurisdiction"),
        "keywords": _tr("FieldLabels", "Keywords"),
        "kind_of_work": _tr("FieldLabels", "Kind of work"),
        "language": _tr("FieldLabels", "Language"),
        "legislative_body": _tr("FieldLabels", "Legislative body"),
        "magazine": _tr("FieldLabels", "Magazine"),
        "manuscript": _tr("FieldLabels", "Manuscript"),
        "medium": _tr("FieldLabels", "Medium"),
        "network": _tr("FieldLabels", "Network"),
        "newspaper": _tr("FieldLabels", "Newspaper"),
        "note": _tr("FieldLabels", "Note"),
        "number": _tr("FieldLabels", "Number"),
        "number_in_series": _tr("FieldLabels", "Number in series"),
        "number_of_pages": _tr("FieldLabels", "Number of pages"),
        "number_of_volumes": _tr("FieldLabels", "Number of volumes"),
        "official_publication": _tr("FieldLabels", "Official publication"),
        "online": _tr("FieldLabels", "Online"),
        "original_date": _tr("FieldLabels", "Original date"),
        "other": _tr("FieldLabels", "Other fields of this record"),
        "pages": _tr("FieldLabels", "Pages"),
        "patent": _tr("FieldLabels", "Patent"),
        "patent_number": _tr("FieldLabels", "Patent number"),
        "place": _tr("FieldLabels", "Place"),
        "place_of_signing": _tr("FieldLabels", "Place of signing"),
        "platform": _tr("FieldLabels", "Platform"),
        "proceedings": _tr("FieldLabels", "Proceedings"),
        "proceedings_title": _tr("FieldLabels", "Proceedings title"),
        "programme": _tr("FieldLabels", "Programme"),
        "publication": _tr("FieldLabels", "Publication"),
        "publisher": _tr("FieldLabels", "Publisher"),
        "reference_work": _tr("FieldLabels", "Reference work"),
        "reference_work_title": _tr("FieldLabels", "Encyclopedia or dictionary"),
        "report": _tr("FieldLabels", "Report"),
        "report_number": _tr("FieldLabels", "Report number"),
        "report_type": _tr("FieldLabels", "Type of report"),
        "reported_in": _tr("FieldLabels", "Reported in"),
        "reporter": _tr("FieldLabels", "Law reports"),
        "repository": _tr("FieldLabels", "Repository"),
        "science": _tr("FieldLabels", "Branch of science"),
        "section": _tr("FieldLabels", "Section"),
        "series": _tr("FieldLabels", "Series"),
        "site_name": _tr("FieldLabels", "Site name"),
        "site_owner": _tr("FieldLabels", "Site owner"),
        "software": _tr("FieldLabels", "Software"),
        "source": _tr("FieldLabels", "Source"),
        "specialty_code": _tr("FieldLabels", "Specialty code"),
        "standard": _tr("FieldLabels", "Standard"),
        "standard_number": _tr("FieldLabels", "Standard number"),
        "standard_type": _tr("FieldLabels", "Type of standard"),
        "submitted": _tr("FieldLabels", "Submitted"),
        "thesis": _tr("FieldLabels", "Thesis"),
        "title": _tr("FieldLabels", "Title"),
        "title_short": _tr("FieldLabels", "Short title"),
        "title_translated": _tr("FieldLabels", "Title (translated)"),
        "title_translit": _tr("FieldLabels", "Title (transliterated)"),
        "titles": _tr("FieldLabels", "Title"),
        "translated": _tr("FieldLabels", "Translated"),
        "translit": _tr("FieldLabels", "Transliterated"),
        "treaty": _tr("FieldLabels", "Treaty"),
        "treaty_form": _tr("FieldLabels", "Form of the treaty"),
        "treaty_series": _tr("FieldLabels", "Treaty series"),
        "url": _tr("FieldLabels", "URL"),
        "version": _tr("FieldLabels", "Version"),
        "version_date": _tr("FieldLabels", "Version date"),
        "volume": _tr("FieldLabels", "Volume"),
        "website": _tr("FieldLabels", "Website"),
        "year": _tr("FieldLabels", "Year"),
    }


def field_hints() -> dict[str, str]:
    """Placeholder text (an example of what to type) per label key, and per field kind under
    `kind:<kind>`."""
    hints = {
        "act_form": _tr("FieldHints", "e.g. Закон Республики Казахстан"),
        "degree": _tr("FieldHints", "e.g. дис. ... канд. юрид. наук, PhD dissertation"),
        "decision_kind": _tr("FieldHints", "e.g. Постановление, Решение"),
        "case_number": _tr("FieldHints", "e.g. 6001-21-00-6ап/123"),
        "court": _tr("FieldHints", "e.g. Верховный Суд Республики Казахстан"),
        "issuing_body": _tr("FieldHints", "e.g. Парламент Республики Казахстан"),
        "gazette": _tr("FieldHints", "e.g. Ведомости Парламента Республики Казахстан"),
        "specialty_code": _tr("FieldHints", "e.g. 12.00.02, 8D04201"),
        "science": _tr("FieldHints", "e.g. юрид."),
        "number": _tr("FieldHints", "e.g. 477-IV"),
        "gazette_number": _tr("FieldHints", "e.g. 16"),
        "gazette_article": _tr("FieldHints", "e.g. 128"),
        "pages": _tr("FieldHints", "e.g. 15-24"),
        "kind:date": _tr("FieldHints", "YYYY, YYYY-MM-DD or DD.MM.YYYY"),
        "kind:isbn": _tr("FieldHints", "ISBN-13 or ISBN-10; several separated by commas"),
        "kind:issn": _tr("FieldHints", "NNNN-NNNN; several separated by commas"),
        "kind:doi": _tr("FieldHints", "10.NNNN/... or https://doi.org/10.NNNN/..."),
        "kind:url": _tr("FieldHints", "https://..."),
        "kind:keywords": _tr("FieldHints", "separated by semicolons"),
    }
    return hints


def type_labels() -> dict[str, str]:
    """CSL item type -> its name."""
    return {
        "article": _tr("ItemTypes", "Article (other)"),
        "article-journal": _tr("ItemTypes", "Journal article"),
        "article-magazine": _tr("ItemTypes", "Magazine article"),
        "article-newspaper": _tr("ItemTypes", "Newspaper article"),
        "bill": _tr("ItemTypes", "Bill (draft law)"),
        "book": _tr("ItemTypes", "Book"),
        "broadcast": _tr("ItemTypes", "Broadcast"),
        "chapter": _tr("ItemTypes", "Book chapter"),
        "classic": _tr("ItemTypes", "Classic work"),
        "collection": _tr("ItemTypes", "Collection"),
        "dataset": _tr("ItemTypes", "Dataset"),
        "document": _tr("ItemTypes", "Document"),
        "entry": _tr("ItemTypes", "Entry"),
        "entry-dictionary": _tr("ItemTypes", "Dictionary entry"),
        "entry-encyclopedia": _tr("ItemTypes", "Encyclopedia entry"),
        "event": _tr("ItemTypes", "Event"),
        "figure": _tr("ItemTypes", "Figure"),
        "graphic": _tr("ItemTypes", "Graphic"),
        "hearing": _tr("ItemTypes", "Hearing"),
        "interview": _tr("ItemTypes", "Interview"),
        "legal_case": _tr("ItemTypes", "Court decision"),
        "legislation": _tr("ItemTypes", "Law or code"),
        "manuscript": _tr("ItemTypes", "Manuscript"),
        "map": _tr("ItemTypes", "Map"),
        "motion_picture": _tr("ItemTypes", "Film"),
        "musical_score": _tr("ItemTypes", "Musical score"),
        "pamphlet": _tr("ItemTypes", "Pamphlet"),
        "paper-conference": _tr("ItemTypes", "Conference paper"),
        "patent": _tr("ItemTypes", "Patent"),
        "performance": _tr("ItemTypes", "Performance"),
        "periodical": _tr("ItemTypes", "Periodical"),
        "personal_communication": _tr("ItemTypes", "Personal communication"),
        "post": _tr("ItemTypes", "Post"),
        "post-weblog": _tr("ItemTypes", "Blog post"),
        "regulation": _tr("ItemTypes", "Decree, order or regulation"),
        "report": _tr("ItemTypes", "Report"),
        "review": _tr("ItemTypes", "Review"),
        "review-book": _tr("ItemTypes", "Book review"),
        "software": _tr("ItemTypes", "Software"),
        "song": _tr("ItemTypes", "Song"),
        "speech": _tr("ItemTypes", "Speech or presentation"),
        "standard": _tr("ItemTypes", "Standard"),
        "thesis": _tr("ItemTypes", "Thesis or dissertation"),
        "treaty": _tr("ItemTypes", "Treaty or convention"),
        "webpage": _tr("ItemTypes", "Web page"),
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


def role_labels() -> dict[str, str]:
    """CSL creator role -> its name."""
    return {
        "author": _tr("CreatorRoles", "Author"),
        "editor": _tr("CreatorRoles", "Editor"),
        "translator": _tr("CreatorRoles", "Translator"),
        "compiler": _tr("CreatorRoles", "Compiler"),
        "container-author": _tr("CreatorRoles", "Author of the book"),
        "collection-editor": _tr("CreatorRoles", "Series editor"),
        "editorial-director": _tr("CreatorRoles", "Editorial director"),
        "contributor": _tr("CreatorRoles", "Contributor"),
        "chair": _tr("CreatorRoles", "Chair"),
        "organizer": _tr("CreatorRoles", "Organizer"),
        "reviewed-author": _tr("CreatorRoles", "Reviewed author"),
        "original-author": _tr("CreatorRoles", "Original author"),
        "recipient": _tr("CreatorRoles", "Recipient"),
        "interviewer": _tr("CreatorRoles", "Interviewer"),
        "director": _tr("CreatorRoles", "Director"),
        "illustrator": _tr("CreatorRoles", "Illustrator"),
        "curator": _tr("CreatorRoles", "Curator"),
        "composer": _tr("CreatorRoles", "Composer"),
        "executive-producer": _tr("CreatorRoles", "Executive producer"),
        "guest": _tr("CreatorRoles", "Guest"),
        "host": _tr("CreatorRoles", "Host"),
        "narrator": _tr("CreatorRoles", "Narrator"),
        "performer": _tr("CreatorRoles", "Performer"),
        "producer": _tr("CreatorRoles", "Producer"),
        "script-writer": _tr("CreatorRoles", "Script writer"),
        "series-creator": _tr("CreatorRoles", "Series creator"),
    }


def scheme_labels() -> dict[str, str]:
    """Transliteration scheme (core/translit.py SCHEMES) -> its name."""
    return {
        "bsi": _tr("TranslitSchemes", "BSI (References lists)"),
        "bgn-pcgn": _tr("TranslitSchemes", "BGN/PCGN"),
        "gost-7.79-b": _tr("TranslitSchemes", "GOST 7.79-2000, system B"),
        "lc": _tr("TranslitSchemes", "Library of Congress (ALA-LC)"),
        "kazakh-latin-2021": _tr("TranslitSchemes", "Kazakh Latin alphabet (2021)"),
    }


def language_labels() -> dict[str, str]:
    """ISO 639-1 code -> language name, the team's three languages first."""
    return {
        "ru": _tr("Languages", "Russian"),
        "kk": _tr("Languages", "Kazakh"),
        "en": _tr("Languages", "English"),
        "de": _tr("Languages", "German"),
        "fr": _tr("Languages", "French"),
        "uk": _tr("Languages", "Ukrainian"),
        "uz": _tr("Languages", "Uzbek"),
        "ky": _tr("Languages", "Kyrgyz"),
        "tr": _tr("Languages", "Turkish"),
        "zh": _tr("Languages", "Chinese"),
        "es": _tr("Languages", "Spanish"),
        "be": _tr("Languages", "Belarusian"),
        "tg": _tr("Languages", "Tajik"),
        "pl": _tr("Languages", "Polish"),
        "ar": _tr("Languages", "Arabic"),
    }


def degree_labels() -> dict[str, str]:
    """Values of a thesis's `degree` (the GOST thesis statement reads them)."""
    return {
        "candidate": _tr("FieldChoices", "Candidate of Sciences"),
        "doctor": _tr("FieldChoices", "Doctor of Sciences"),
        "phd": _tr("FieldChoices", "PhD"),
    }


def problem_message(problem: fv.Problem) -> str:
    """The sentence shown next to a field for a problem found in it."""
    code, value, detail = problem.code, problem.value, problem.detail
    if code == fv.DOI_FORMAT:
        return _tr("FieldProblems", "Not a DOI: a DOI looks like 10.1234/abc")
    if code == fv.ISSN_CHECKSUM:
        return _tr("FieldProblems", "ISSN {value}: the check digit should be {digit}").format(
            value=value, digit=detail)
    if code == fv.ISSN_FORMAT:
        return _tr("FieldProblems", "ISSN {value}: an ISSN has eight characters, NNNN-NNNN"
                   ).format(value=value)
    if code == fv.ISBN_CHECKSUM:
        return _tr("FieldProblems", "ISBN {value}: the check digit should be {digit}").format(
            value=value, digit=detail)
    if code == fv.ISBN_FORMAT:
        return _tr("FieldProblems", "ISBN {value}: an ISBN has 10 or 13 digits").format(
            value=value)
    if code == fv.DATE_FORMAT:
        return _tr("FieldProblems", "Not a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY")
    if code == fv.DATE_IMPOSSIBLE:
        return _tr("FieldProblems", "There is no such date: {value}").format(value=value)
    if code == fv.URL_FORMAT:
        return _tr("FieldProblems", "This does not look like a web address (https://...)")
    if code == fv.LANGUAGE_UNKNOWN:
        return _tr("FieldProblems", "Unknown language: use a code such as ru, kk or en")
    if code == fv.KEPT_AS_IMPORTED:
        return _tr("FieldProblems", "Not valid, kept as imported: correct it or clear it")
    return _tr("FieldProblems", "Not a valid value: {value}").format(value=value)
