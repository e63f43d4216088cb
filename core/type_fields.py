"""Which fields the editing form shows for each item type, in what order and under which label.

Data, not code paths: `FIELDS` describes every editable field once (its kind: plain text, date,
identifier...), `FORMS` lists per CSL type the sections of its form, each a sequence of field keys
with the label key that names the field for this type (the `publisher` of a thesis is its
"institution", the `authority` of a court decision is the "court"). Label keys are words, not text:
the GUI turns them into translated labels (`gui/field_labels.py`).

Every form shows the title (original, transliterated, translated), the creators and the "about"
fields (language, keywords, abstract, note, citation key); `visible_fields` adds, after the type's
own sections, every field the record holds a value in that the type does not list, so a form never
hides data. A key is a `Reference` attribute (`container_title`) or `extra:<CSL key>` for values kept
in `Reference.extra` that styles read (`extra:degree` of a thesis).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from core.dates import PartialDate
from core.model import CSL_TYPES, LEGAL_TYPES, Reference, field_csl_keys

# Kinds of field; the GUI picks a widget and a validator for each.
TEXT = "text"          # one line
TITLE = "title"        # one logical line that wraps (long titles)
LONG = "long"          # several paragraphs (abstract, note)
DATE = "date"          # PartialDate: YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY
DOI = "doi"
ISBN = "isbn"          # one or more, separated by commas
ISSN = "issn"          # one or more, separated by commas
URL = "url"
LANGUAGE = "language"  # ISO 639-1 code
KEYWORDS = "keywords"  # separated by semicolons
CHOICE = "choice"      # one of `choices`, or free text
FLAG = "flag"          # yes / no
KINDS = frozenset({TEXT, TITLE, LONG, DATE, DOI, ISBN, ISSN, URL, LANGUAGE, KEYWORDS, CHOICE,
                   FLAG})

EXTRA_PREFIX = "extra:"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field: `key` (attribute or `extra:<key>`), its kind, its default label key."""

    key: str
    kind: str = TEXT
    label: str = ""
    choices: tuple[str, ...] = ()

    @property
    def is_extra(self) -> bool:
        return self.key.startswith(EXTRA_PREFIX)

    @property
    def extra_key(self) -> str:
        return self.key[len(EXTRA_PREFIX):]


@dataclass(frozen=True, slots=True)
class FormField:
    """A field as one form shows it: the spec and the label key for this type."""

    spec: FieldSpec
    label: str

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of fields. `label` is a section label key."""

    label: str
    fields: tuple[FormField, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True, slots=True)
class TypeForm:
    """The form of one item type: its sections and the creator roles it offers first."""

    type: str
    sections: tuple[Section, ...]
    roles: tuple[str, ...]
    title_label: str = "title"

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k for s in self.sections for k in s.keys)


# --------------------------------------------------------------------------- the field registry
_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("title", TITLE),
    FieldSpec("title_translit", TITLE),
    FieldSpec("title_translated", TITLE),
    FieldSpec("title_short"),
    FieldSpec("container_title", TITLE),
    FieldSpec("container_title_translit", TITLE),
    FieldSpec("container_title_translated", TITLE),
    FieldSpec("container_title_short"),
    FieldSpec("collection_title", TITLE, "series"),
    FieldSpec("collection_number", TEXT, "number_in_series"),
    FieldSpec("volume"),
    FieldSpec("issue"),
    FieldSpec("page", TEXT, "pages"),
    FieldSpec("number"),
    FieldSpec("edition"),
    FieldSpec("number_of_pages"),
    FieldSpec("number_of_volumes"),
    FieldSpec("publisher"),
    FieldSpec("publisher_place", TEXT, "place"),
    FieldSpec("event_title", TITLE, "event"),
    FieldSpec("event_place"),
    FieldSpec("event_date", DATE),
    FieldSpec("issued", DATE, "date"),
    FieldSpec("accessed", DATE),
    FieldSpec("original_date", DATE),
    FieldSpec("submitted", DATE),
    FieldSpec("adopted", DATE, "date_of_adoption"),
    FieldSpec("version_date", DATE),
    FieldSpec("doi", DOI),
    FieldSpec("isbn", ISBN),
    FieldSpec("issn", ISSN),
    FieldSpec("url", URL),
    FieldSpec("genre"),
    FieldSpec("medium"),
    FieldSpec("section"),
    FieldSpec("authority"),
    FieldSpec("jurisdiction"),
    FieldSpec("gazette_title", TITLE),
    FieldSpec("gazette_year"),
    FieldSpec("gazette_number"),
    FieldSpec("gazette_article"),
    FieldSpec("case_number"),
    FieldSpec("archive"),
    FieldSpec("archive_location"),
    FieldSpec("source"),
    FieldSpec("language", LANGUAGE),
    FieldSpec("keywords", KEYWORDS),
    FieldSpec("abstract", LONG),
    FieldSpec("note", LONG),
    FieldSpec("citation_key"),
    # Values kept in `extra` that the styles read (core/styles/gost.py thesis statement).
    FieldSpec("extra:degree", CHOICE, "degree_level", ("candidate", "doctor", "phd")),
    FieldSpec("extra:science", TEXT, "science"),
    FieldSpec("extra:autoreferat", FLAG, "autoreferat"),
    FieldSpec("extra:specialty", TEXT, "specialty_code"),
    FieldSpec("extra:version", TEXT, "version"),
    FieldSpec("extra:article-number", TEXT, "article_number"),
)
FIELDS: dict[str, FieldSpec] = {
    s.key: FieldSpec(s.key, s.kind, s.label or s.key.removeprefix(EXTRA_PREFIX), s.choices)
    for s in _SPECS}

# CSL-JSON key -> the field that edits it (the refresh diff and the detail pane name CSL keys).
FIELD_OF_CSL: dict[str, str] = {
    **{csl: attr for attr, csl in field_csl_keys().items()},
    "DOI": "doi", "ISBN": "isbn", "ISSN": "issn", "keyword": "keywords", "language": "language",
    "degree": "extra:degree", "science": "extra:science", "autoreferat": "extra:autoreferat",
    "specialty": "extra:specialty", "version": "extra:version",
}

# The parts every form shows around the type's own sections.
TITLE_KEYS: tuple[str, ...] = ("title", "title_translit", "title_translated")
ABOUT_KEYS: tuple[str, ...] = ("language", "keywords", "abstract", "note", "citation_key")
# Extra keys that are bookkeeping of the importers (core/crossref_mapping.py, core/refresh.py):
# kept and written back unchanged, never offered for editing.
INTERNAL_EXTRA_KEYS: frozenset[str] = frozenset({
    "silteme-original", "silteme-cleaned", "issued-from", "crossref-type", "source-agency",
    "crossref-language"})
# Values that failed validation on import live in extra as `invalid-<CSL key>`: the field of
# that CSL key shows them so the user can fix them.
INVALID_EXTRA: dict[str, str] = {
    "invalid-DOI": "doi", "invalid-ISBN": "isbn", "invalid-ISSN": "issn",
    "invalid-issued": "issued", "invalid-accessed": "accessed", "invalid-adopted": "adopted",
    "invalid-version-date": "version_date", "invalid-event-date": "event_date",
    "invalid-original-date": "original_date", "invalid-submitted": "submitted"}


def _sec(label: str, *items: str | tuple[str, str]) -> Section:
    out = []
    for item in items:
        key, label_key = item if isinstance(item, tuple) else (item, "")
        spec = FIELDS[key]
        out.append(FormField(spec, label_key or spec.label))
    return Section(label, tuple(out))


def _online(*more: str | tuple[str, str]) -> Section:
    return _sec("identifiers", *more, "url", "accessed")


def _container(label: str) -> tuple[tuple[str, str], ...]:
    """The host's title with its transliterated and translated forms right below it."""
    return (("container_title", label), ("container_title_translit", "translit"),
            ("container_title_translated", "translated"))


# Roles offered first, per family of types (all of CREATOR_ROLES stay reachable).
_ROLES_WORK = ("author", "editor", "translator", "compiler")
_ROLES_PART = ("author", "editor", "container-author", "translator", "compiler")
_ROLES_LEGAL: tuple[str, ...] = ("author", "contributor")

_ARTICLE = (
    _sec("publication", *_container("journal"),
         ("container_title_short", "journal_abbreviation"),
         "volume", "issue", "page", ("number", "article_number"), ("issued", "date")),
    _online("issn", "doi"),
)
_BOOK = (
    _sec("publication", "edition", "publisher_place", "publisher", ("issued", "year"),
         "number_of_pages", "volume", "number_of_volumes", "collection_title",
         "collection_number"),
    _online("isbn", "doi"),
)
_CHAPTER = (
    _sec("book", *_container("book_title"), "edition", "volume", "page", "publisher_place",
         "publisher", ("issued", "year"), "collection_title", "collection_number"),
    _online("isbn", "doi"),
)
_ENTRY = (
    _sec("reference_work", *_container("reference_work_title"), "edition", "volume", "page",
         "publisher_place", "publisher", ("issued", "year")),
    _online("isbn", "doi"),
)
_LAW = (
    _sec("act", ("genre", "act_form"), "number", "adopted", ("authority", "issuing_body"),
         "jurisdiction", ("version_date", "as_amended_on")),
    _sec("official_publication", ("gazette_title", "gazette"), "gazette_year", "gazette_number",
         "gazette_article"),
    _sec("online", "url", "accessed"),
)
_GENERIC = (
    _sec("publication", *_container("container"), ("genre", "kind_of_work"), "number",
         "volume", "issue", "page", "publisher_place", "publisher", ("issued", "date"),
         "medium"),
    _online("isbn", "issn", "doi"),
)


def _form(type_: str, sections: tuple[Section, ...], roles: tuple[str, ...] = _ROLES_WORK,
          title_label: str = "title") -> TypeForm:
    return TypeForm(type_, sections, roles, title_label)


FORMS: dict[str, TypeForm] = {f.type: f for f in (
    _form("article-journal", _ARTICLE),
    _form("review", _ARTICLE, ("author", "reviewed-author", "translator")),
    _form("review-book", _ARTICLE, ("author", "reviewed-author", "translator")),
    _form("article-magazine", (
        _sec("publication", *_container("magazine"), "volume", "issue", "page", ("issued", "date")),
        _online("issn", "doi"))),
    _form("article-newspaper", (
        _sec("publication", *_container("newspaper"), ("issued", "date"), "issue", "section",
             "page", "publisher_place"),
        _online("issn"))),
    _form("periodical", (
        _sec("publication", "volume", "issue", "publisher_place", "publisher",
             ("issued", "date")),
        _online("issn", "doi"))),
    _form("book", _BOOK),
    _form("classic", _BOOK),
    _form("collection", _BOOK, ("editor", "compiler", "author", "translator")),
    _form("pamphlet", _BOOK),
    _form("chapter", _CHAPTER, _ROLES_PART),
    _form("entry", _ENTRY, _ROLES_PART),
    _form("entry-dictionary", _ENTRY, _ROLES_PART),
    _form("entry-encyclopedia", _ENTRY, _ROLES_PART),
    _form("paper-conference", (
        _sec("conference", "event_title", "event_place", "event_date"),
        _sec("proceedings", *_container("proceedings_title"), "volume", "page",
             "publisher_place", "publisher", ("issued", "year"), "collection_title"),
        _online("isbn", "issn", "doi")), ("author", "editor", "translator", "organizer")),
    _form("thesis", (
        _sec("thesis", ("genre", "degree"), "extra:degree", "extra:science",
             "extra:autoreferat", ("number", "specialty_code"), ("publisher", "institution"),
             "publisher_place", ("issued", "year"), "number_of_pages"),
        _online("doi")), ("author", "contributor")),
    _form("report", (
        _sec("report", ("genre", "report_type"), ("number", "report_number"),
             ("publisher", "institution"), "publisher_place", ("issued", "date"),
             "number_of_pages", "collection_title"),
        _online("isbn", "doi"))),
    _form("standard", (
        _sec("standard", ("number", "standard_number"), ("genre", "standard_type"),
             ("authority", "issuing_body"), "publisher", "publisher_place",
             ("issued", "year"), "number_of_pages"),
        _online("doi"))),
    _form("legislation", _LAW, _ROLES_LEGAL),
    _form("regulation", _LAW, _ROLES_LEGAL),
    _form("bill", (
        _sec("act", ("genre", "act_form"), "number", ("authority", "legislative_body"),
             "jurisdiction", ("issued", "date")),
        _sec("online", "url", "accessed")), _ROLES_LEGAL),
    _form("legal_case", (
        _sec("decision", ("authority", "court"), ("genre", "decision_kind"), "case_number",
             ("issued", "date_of_decision"), "jurisdiction"),
        _sec("reported_in", *_container("reporter"), "volume", "page"),
        _sec("online", "url", "accessed")), _ROLES_LEGAL, "case_name"),
    _form("treaty", (
        _sec("treaty", ("genre", "treaty_form"), ("adopted", "date_of_signing"),
             ("event_place", "place_of_signing"), "number", ("version_date", "as_amended_on")),
        _sec("official_publication", *_container("treaty_series"), "volume", "page"),
        _sec("online", "url", "accessed")), _ROLES_LEGAL),
    _form("hearing", (
        _sec("hearing", ("authority", "committee"), "number", ("issued", "date"),
             "jurisdiction"),
        _sec("online", "url", "accessed")), _ROLES_LEGAL),
    _form("patent", (
        _sec("patent", ("number", "patent_number"), ("authority", "issuer"), "jurisdiction",
             ("submitted", "date_filed"), ("issued", "date_issued")),
        _online("doi")), ("author", "contributor")),
    _form("webpage", (
        _sec("website", *_container("site_name"), ("publisher", "site_owner"), ("issued", "date")),
        _sec("online", "url", "accessed"))),
    _form("post", (
        _sec("website", *_container("site_name"), ("issued", "date")),
        _sec("online", "url", "accessed"))),
    _form("post-weblog", (
        _sec("blog", *_container("site_name"), ("issued", "date")),
        _sec("online", "url", "accessed"))),
    _form("dataset", (
        _sec("dataset", ("publisher", "repository"), "extra:version", ("genre", "dataset_type"),
             ("medium", "format"), ("issued", "date"), "number"),
        _online("doi"))),
    _form("software", (
        _sec("software", ("publisher", "company"), "extra:version", ("medium", "platform"),
             ("issued", "date")),
        _online("doi"))),
    _form("manuscript", (
        _sec("manuscript", ("genre", "kind_of_work"), "archive", "archive_location",
             "publisher_place", ("issued", "date"), "number_of_pages"),
        _sec("online", "url", "accessed"))),
    _form("personal_communication", (
        _sec("communication", ("genre", "kind_of_work"), ("issued", "date"), "medium"),),
        ("author", "recipient")),
    _form("interview", (
        _sec("interview", ("container_title", "programme"), "medium", "publisher",
             ("issued", "date")),
        _sec("online", "url", "accessed")), ("author", "interviewer", "recipient")),
    _form("speech", (
        _sec("event", "event_title", "event_place", ("issued", "date"), ("genre", "kind_of_work")),
        _sec("online", "url", "accessed"))),
    _form("event", (
        _sec("event", "event_place", ("issued", "date"), ("genre", "kind_of_work")),
        _sec("online", "url", "accessed")), ("organizer", "chair", "author")),
    _form("broadcast", (
        _sec("broadcast", ("container_title", "programme"), "number", ("publisher", "network"),
             "medium", ("issued", "date")),
        _sec("online", "url", "accessed")), ("director", "host", "guest", "author")),
    _form("motion_picture", (
        _sec("film", ("publisher", "distributor"), "publisher_place", "medium",
             ("issued", "date")),
        _sec("online", "url", "accessed")), ("director", "producer", "script-writer", "author")),
)}
GENERIC_FORM = TypeForm("", _GENERIC, _ROLES_WORK)


def form_for(type_: str) -> TypeForm:
    """The form of a type; unknown and rare types get the generic form (container, number,
    volume, pages, publisher, date, identifiers)."""
    form = FORMS.get(type_)
    if form is not None:
        return form
    return TypeForm(type_, GENERIC_FORM.sections, GENERIC_FORM.roles)


def is_legal(type_: str) -> bool:
    return type_ in LEGAL_TYPES


def has_value(ref: Reference, key: str) -> bool:
    """True when the record holds something in this field (including a value that failed
    validation on import)."""
    spec = FIELDS.get(key)
    if spec is not None and spec.is_extra:
        return _present(ref.extra.get(spec.extra_key))
    if key.startswith(EXTRA_PREFIX):
        return _present(ref.extra.get(key[len(EXTRA_PREFIX):]))
    if any(target == key and _present(ref.extra.get(raw)) for raw, target in INVALID_EXTRA.items()):
        return True
    value = getattr(ref, key, None)
    if isinstance(value, PartialDate):
        return not value.is_empty or bool(value.season)
    return _present(value)


def _present(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, (str, list, dict, tuple)):
        return bool(value) and (not isinstance(value, str) or bool(value.strip()))
    return True


def editable_extra_keys(ref: Reference) -> list[str]:
    """Extra keys with a plain value (text, number, yes/no) that no field above covers: offered as
    text fields under their CSL key. Bookkeeping, invalid-value and structured keys are not."""
    covered = {s.extra_key for s in FIELDS.values() if s.is_extra}
    out = []
    for key, value in ref.extra.items():
        if key in covered or key in INTERNAL_EXTRA_KEYS or key in INVALID_EXTRA:
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and _present(value):
            out.append(key)
    return out


def kept_extra_keys(ref: Reference) -> list[str]:
    """Extra keys the form does not edit (structured data such as funders, licences, bookkeeping):
    listed so the user knows they are there, and written back unchanged."""
    editable = set(editable_extra_keys(ref))
    covered = {s.extra_key for s in FIELDS.values() if s.is_extra}
    return [k for k in ref.extra if k not in editable and k not in covered
            and k not in INVALID_EXTRA]


def other_fields(type_: str, ref: Reference) -> list[FormField]:
    """Fields the record holds a value in that the type's form does not list, in registry order,
    then plain extra keys as text fields. Titles, creators and the about fields are always shown
    and so are never "other"."""
    present = [k for k in FIELDS if has_value(ref, k)]
    present += [EXTRA_PREFIX + k for k in editable_extra_keys(ref)]
    return other_fields_of(type_, present)


def other_fields_of(type_: str, present: Iterable[str]) -> list[FormField]:
    """`other_fields` for a form whose values are elsewhere (the editor's typed text): `present`
    names the keys holding a value."""
    shown = set(form_for(type_).keys) | set(TITLE_KEYS) | set(ABOUT_KEYS)
    keys = set(present) - shown
    out = [FormField(spec, spec.label) for key, spec in FIELDS.items() if key in keys]
    for key in present:
        if key in keys and key not in FIELDS and key.startswith(EXTRA_PREFIX):
            name = key[len(EXTRA_PREFIX):]
            out.append(FormField(FieldSpec(key, TEXT, name), name))
    return out


def title_section(type_: str) -> Section:
    """The title, then its transliterated and translated forms (every type)."""
    return _sec("titles", ("title", form_for(type_).title_label), ("title_translit", "translit"),
                ("title_translated", "translated"))


ABOUT = _sec("about", *ABOUT_KEYS)


def visible_sections(type_: str, ref: Reference) -> list[Section]:
    """The type's own sections, then an "other" section with every other field holding data, then
    the about section. (The title section and the creators come before these.)"""
    return sections_of(type_, other_fields(type_, ref))


def sections_of(type_: str, others: Sequence[FormField]) -> list[Section]:
    sections = list(form_for(type_).sections)
    if others:
        sections.append(Section("other", tuple(others)))
    sections.append(ABOUT)
    return sections


def label_keys() -> set[str]:
    """Every label key a form can show (fields and sections), for the GUI's label table; plain
    extra keys shown under their own name are not included."""
    keys = {s.label for s in FIELDS.values()}
    for form in [*FORMS.values(), GENERIC_FORM]:
        keys.add(form.title_label)
        for section in form.sections:
            keys.add(section.label)
            keys.update(f.label for f in section.fields)
    keys.update({"other", "about", "titles", "creators", "translit", "translated"})
    keys.update(f.label for f in ABOUT.fields)
    return keys


def known_types() -> tuple[str, ...]:
    return CSL_TYPES
