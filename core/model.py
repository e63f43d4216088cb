"""The reference record: CSL-JSON aligned, multilingual, with legal-source fields, lossless round trip.

CSL-JSON keys the CSL 1.0.2 schema does not define, and which Silteme writes (documented in
docs/ARCHITECTURE.md): `title-translit`, `title-translated`, `container-title-translit`,
`container-title-translated`, `adopted`, `version-date`, `gazette-title`, `gazette-year`,
`gazette-number`, `gazette-article`, `case-number`, `jurisdiction`, `issn-type`, `updated-by`.
Any other key an item carries is kept in `Reference.extra` and written back unchanged.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn, split_identifiers
from core.language import normalize_language

# CSL 1.0.2 item types, plus the legal ones Zotero adds through CSL-M mappings.
CSL_TYPES: tuple[str, ...] = (
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
    "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
    "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song",
    "speech", "standard", "thesis", "treaty", "webpage",
)
LEGAL_TYPES = frozenset({"legislation", "regulation", "legal_case", "treaty", "bill", "hearing"})

# CSL name variables: the roles a creator can have, in the order an editor offers them.
CREATOR_ROLES: tuple[str, ...] = (
    "author", "editor", "translator", "compiler", "container-author", "collection-editor",
    "editorial-director", "contributor", "chair", "organizer", "reviewed-author",
    "original-author", "recipient", "interviewer", "director", "illustrator", "curator",
    "composer", "executive-producer", "guest", "host", "narrator", "performer", "producer",
    "script-writer", "series-creator",
)

# Plain-string fields: model attribute -> CSL-JSON key.
_STRING_FIELDS: dict[str, str] = {
    "title": "title",
    "title_short": "title-short",
    "title_translit": "title-translit",
    "title_translated": "title-translated",
    "container_title": "container-title",
    "container_title_short": "container-title-short",
    "container_title_translit": "container-title-translit",
    "container_title_translated": "container-title-translated",
    "collection_title": "collection-title",
    "collection_number": "collection-number",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "number": "number",
    "edition": "edition",
    "number_of_pages": "number-of-pages",
    "number_of_volumes": "number-of-volumes",
    "publisher": "publisher",
    "publisher_place": "publisher-place",
    "event_title": "event-title",
    "event_place": "event-place",
    "url": "URL",
    "abstract": "abstract",
    "note": "note",
    "genre": "genre",
    "medium": "medium",
    "section": "section",
    "authority": "authority",
    "jurisdiction": "jurisdiction",
    "gazette_title": "gazette-title",
    "gazette_year": "gazette-year",
    "gazette_number": "gazette-number",
    "gazette_article": "gazette-article",
    "case_number": "case-number",
    "archive": "archive",
    "archive_location": "archive_location",
    "source": "source",
    "citation_key": "citation-key",
}
_DATE_FIELDS: dict[str, str] = {
    "issued": "issued",
    "accessed": "accessed",
    "original_date": "original-date",
    "event_date": "event-date",
    "submitted": "submitted",
    "adopted": "adopted",
    "version_date": "version-date",
}


def field_csl_keys() -> dict[str, str]:
    """Model attribute -> CSL-JSON key, for every plain-string and date field."""
    return {**_STRING_FIELDS, **_DATE_FIELDS}


# Old CSL spellings read on the way in.
_ALIASES_IN = {"event": "event-title", "container-title-abbreviation": "container-title-short",
               "shortTitle": "title-short", "journalAbbreviation": "container-title-short"}
_NAME_KEYS = {"family", "given", "non-dropping-particle", "dropping-particle", "suffix", "literal"}
_HANDLED = (set(_STRING_FIELDS.values()) | set(_DATE_FIELDS.values()) | set(CREATOR_ROLES)
            | {"type", "id", "DOI", "ISBN", "ISSN", "issn-type", "language", "keyword",
               "updated-by"})


@dataclass(slots=True)
class Creator:
    """A person (family, given, particles, suffix) or an organisation (`literal`), in a role."""

    role: str = "author"
    family: str | None = None
    given: str | None = None
    particle: str | None = None          # CSL non-dropping-particle: "van der" Meer
    dropping_particle: str | None = None  # CSL dropping-particle: Ludwig "van" Beethoven
    suffix: str | None = None
    literal: str | None = None
    orcid: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_organisation(self) -> bool:
        return bool(self.literal) and not self.family

    def display(self) -> str:
        """`Family, Given` for people, the name for organisations (for tables and logs)."""
        if self.is_organisation or not (self.family or self.given):
            return self.literal or ""
        family = " ".join(p for p in (self.particle, self.family) if p)
        given = " ".join(p for p in (self.given, self.dropping_particle) if p)
        text = f"{family}, {given}" if given else family
        return f"{text}, {self.suffix}" if self.suffix else text

    def to_csl(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in (("family", self.family), ("given", self.given),
                           ("non-dropping-particle", self.particle),
                           ("dropping-particle", self.dropping_particle),
                           ("suffix", self.suffix), ("literal", self.literal),
                           ("ORCID", self.orcid)):
            if value:
                out[key] = value
        out.update(self.extra)
        return out

    @classmethod
    def from_csl(cls, data: Any, role: str = "author") -> Creator:
        if isinstance(data, str):
            return cls.parse(data, role)
        if not isinstance(data, dict):
            raise InvalidValueError(role, data, "a name must be an object or a string")
        rest = {k: v for k, v in data.items() if k not in _NAME_KEYS and k not in ("ORCID",)}
        return cls(
            role=role,
            family=_text(data.get("family")),
            given=_text(data.get("given")),
            particle=_text(data.get("non-dropping-particle")),
            dropping_particle=_text(data.get("dropping-particle")),
            suffix=_text(data.get("suffix")),
            literal=_text(data.get("literal")),
            orcid=_text(data.get("ORCID")),
            extra=rest,
        )

    @classmethod
    def parse(cls, text: str, role: str = "author") -> Creator:
        """`Family, Given`, `Family, Jr., Given` or `Given Family`; `{Name}` or `=Name` is taken
        as an organisation as written."""
        text = " ".join(text.split())
        if (text.startswith("{") and text.endswith("}")) or text.startswith("="):
            return cls(role=role, literal=text.strip("{}=").strip())
        parts = [p.strip() for p in text.split(",")]
        if len(parts) == 2 and parts[0]:
            return cls(role=role, family=parts[0], given=parts[1] or None)
        if len(parts) >= 3 and parts[0]:
            return cls(role=role, family=parts[0], suffix=parts[1] or None,
                       given=", ".join(parts[2:]) or None)
        words = text.split(" ")
        if len(words) == 1:
            return cls(role=role, family=text) if text else cls(role=role)
        return cls(role=role, family=words[-1], given=" ".join(words[:-1]))


@dataclass(frozen=True, slots=True)
class Issn:
    """One ISSN with its kind as Crossref and Scopus give it: print, electronic, linking."""

    value: str
    kind: str | None = None


@dataclass(slots=True)
class Reference:
    """One bibliographic record. `id` is the library id (None until stored)."""

    type: str = "article-journal"
    id: int | None = None
    creators: list[Creator] = field(default_factory=list)
    title: str | None = None
    title_short: str | None = None
    title_translit: str | None = None
    title_translated: str | None = None
    container_title: str | None = None
    container_title_short: str | None = None
    container_title_translit: str | None = None
    container_title_translated: str | None = None
    collection_title: str | None = None
    collection_number: str | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    number: str | None = None
    edition: str | None = None
    number_of_pages: str | None = None
    number_of_volumes: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    event_title: str | None = None
    event_place: str | None = None
    issued: PartialDate | None = None
    accessed: PartialDate | None = None
    original_date: PartialDate | None = None
    event_date: PartialDate | None = None
    submitted: PartialDate | None = None
    doi: str | None = None
    isbn: list[str] = field(default_factory=list)
    issn: list[Issn] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    note: str | None = None
    genre: str | None = None
    medium: str | None = None
    section: str | None = None
    archive: str | None = None
    archive_location: str | None = None
    source: str | None = None
    # Legal sources: issuing body, jurisdiction, adoption, version cited, official publication.
    authority: str | None = None
    jurisdiction: str | None = None
    adopted: PartialDate | None = None
    version_date: PartialDate | None = None
    gazette_title: str | None = None
    gazette_year: str | None = None
    gazette_number: str | None = None
    gazette_article: str | None = None
    case_number: str | None = None
    citation_key: str | None = None
    # Corrections and retractions that update this work: [{"type", "DOI", "date"}].
    updated_by: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ derived views
    def creators_in(self, role: str) -> list[Creator]:
        return [c for c in self.creators if c.role == role]

    @property
    def authors(self) -> list[Creator]:
        return self.creators_in("author")

    @property
    def year(self) -> int | None:
        """The year citations print: issued, else (laws) the date of adoption."""
        for date in (self.issued, self.adopted):
            if date is not None and date.year is not None:
                return date.year
        return None

    @property
    def is_retracted(self) -> bool:
        return any(str(u.get("type", "")).lower() == "retraction" for u in self.updated_by)

    @property
    def update_labels(self) -> list[str]:
        """Short upper-case flags for lists (`RETRACTED`, `CORRECTION`, ...), one per notice
        type, in order."""
        words = {"retraction": "RETRACTED", "withdrawal": "WITHDRAWN"}
        labels = [words.get(t, t.upper()) for t in
                  (str(u.get("type") or "update").lower() for u in self.updated_by)]
        return list(dict.fromkeys(labels))

    @property
    def update_warnings(self) -> list[str]:
        """One short English line per correction notice; the GUI translates the type word."""
        return [f"{u.get('type', 'update')}: {u.get('DOI', '')}".strip(": ")
                for u in self.updated_by]

    def copy(self) -> Reference:
        return copy.deepcopy(self)

    def with_changes(self, **changes: Any) -> Reference:
        return replace(self.copy(), **changes)

    # ------------------------------------------------------------------ CSL-JSON
    def to_csl(self, *, include_id: bool = True) -> dict[str, Any]:
        """The item as CSL-JSON. `id` is the library id as a string when the item is stored, else
        its citation key."""
        out: dict[str, Any] = {}
        if include_id and self.id is not None:
            out["id"] = str(self.id)
        elif include_id and self.citation_key:
            out["id"] = self.citation_key
        out["type"] = self.type
        by_role: dict[str, list[dict[str, Any]]] = {}
        for c in self.creators:  # one pass: imports call this for every record
            by_role.setdefault(c.role, []).append(c.to_csl())
        for role in CREATOR_ROLES:
            if role in by_role:
                out[role] = by_role[role]
        for role in sorted(set(by_role) - set(CREATOR_ROLES)):
            out[role] = by_role[role]
        for attr, key in _STRING_FIELDS.items():
            value = getattr(self, attr)
            if value not in (None, ""):
                out[key] = value
        for attr, key in _DATE_FIELDS.items():
            value = getattr(self, attr)
            if value is not None and not (value.is_empty and not value.season):
                out[key] = value.to_csl()
        if self.doi:
            out["DOI"] = self.doi
        if self.isbn:
            out["ISBN"] = ", ".join(self.isbn)
        if self.issn:
            out["ISSN"] = ", ".join(i.value for i in self.issn)
            if any(i.kind for i in self.issn):
                out["issn-type"] = [{"value": i.value, "type": i.kind} for i in self.issn]
        if self.language:
            out["language"] = self.language
        if self.keywords:
            if any("," in k for k in self.keywords):
                # "Axons, physiology" (MeSH): "; " keeps it one keyword when read back
                out["keyword"] = "; ".join(self.keywords) + (";" if len(self.keywords) == 1
                                                             else "")
            else:
                out["keyword"] = ", ".join(self.keywords)
        if self.updated_by:
            out["updated-by"] = copy.deepcopy(self.updated_by)
        for key, value in self.extra.items():
            original = key[len("invalid-"):] if key.startswith("invalid-") else None
            if original and original not in out:
                # A value that failed validation on the way in goes back out as it came.
                out[original] = ", ".join(map(str, value)) if isinstance(value, list) \
                    and original in ("DOI", "ISBN", "ISSN") else copy.deepcopy(value)
            else:
                out.setdefault(key, copy.deepcopy(value))
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any], *, strict: bool = False) -> Reference:
        """Build a record from a CSL-JSON item. Identifiers are normalised; an invalid DOI, ISBN or
        ISSN raises InvalidValueError when `strict`, else it is kept as written in `extra`
        under `invalid-<KEY>` so nothing is lost and the user can fix it."""
        if not isinstance(item, dict):
            raise InvalidValueError("item", type(item).__name__, "a CSL-JSON item must be an object")
        data = {(_ALIASES_IN.get(k, k)): v for k, v in item.items()}
        ref = cls(type=str(data.get("type") or "document"))
        extra: dict[str, Any] = {}
        for role in [k for k in data if k in CREATOR_ROLES]:
            names = data[role]
            if isinstance(names, dict):
                names = [names]
            if not isinstance(names, list):
                raise InvalidValueError(role, names, "names must be a list")
            ref.creators.extend(Creator.from_csl(n, role) for n in names)
        for attr, key in _STRING_FIELDS.items():
            if key in data and data[key] not in (None, ""):
                value = data[key]
                if isinstance(value, list):  # some tools send container-title as a list
                    value = value[0] if value else None
                setattr(ref, attr, _text(value))
        for attr, key in _DATE_FIELDS.items():
            if key in data:
                try:
                    setattr(ref, attr, PartialDate.from_csl(data[key]))
                except InvalidValueError:
                    if strict:
                        raise
                    extra[f"invalid-{key}"] = data[key]
        if data.get("DOI"):
            ref.doi = _checked(normalize_doi, "DOI", data["DOI"], extra, strict)
        if data.get("ISBN"):
            for raw in split_identifiers(str(data["ISBN"])):
                value = _checked(normalize_isbn, "ISBN", raw, extra, strict)
                if value and value not in ref.isbn:
                    ref.isbn.append(value)
        kinds = {}
        issn_types = data.get("issn-type")
        for entry in issn_types if isinstance(issn_types, list) else []:
            if isinstance(entry, dict) and entry.get("value"):
                try:
                    kinds[normalize_issn(entry["value"])] = entry.get("type")
                except InvalidValueError:
                    continue
        raw_issns: list[Any] = []
        if data.get("ISSN"):
            raw_issns = data["ISSN"] if isinstance(data["ISSN"], list) else \
                split_identifiers(str(data["ISSN"]))
        elif kinds:
            raw_issns = list(kinds)  # only `issn-type` was given (Crossref-style items)
        for raw in raw_issns:
            value = _checked(normalize_issn, "ISSN", raw, extra, strict)
            if value and all(i.value != value for i in ref.issn):
                ref.issn.append(Issn(value, kinds.get(value)))
        ref.language = normalize_language(_text(data.get("language")))
        if data.get("keyword"):
            ref.keywords = split_keywords(data["keyword"])
        if isinstance(data.get("updated-by"), list):
            ref.updated_by = copy.deepcopy(data["updated-by"])
        raw_id = data.get("id")
        if not ref.citation_key and raw_id not in (None, ""):
            ref.citation_key = str(raw_id)
        for key, value in data.items():
            if key not in _HANDLED:
                extra[key] = copy.deepcopy(value)
        ref.extra = extra
        return ref


def split_keywords(value: Any) -> list[str]:
    """A CSL `keyword` string (`a, b` or `a; b`) or a list -> distinct keywords in order."""
    items = value if isinstance(value, list) else \
        re.split(r"\s*;\s*", str(value)) if ";" in str(value) else re.split(r"\s*,\s*", str(value))
    out: list[str] = []
    for k in items:
        k = str(k).strip()
        if k and k not in out:
            out.append(k)
    return out


def reference_field_names() -> list[str]:
    """Names of the record's fields (for editors and mappings)."""
    return [f.name for f in fields(Reference)]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _checked(fn: Any, key: str, raw: Any, extra: dict[str, Any], strict: bool) -> str | None:
    if raw is None or not str(raw).strip():
        return None   # an empty identifier is no identifier, not an invalid one
    try:
        return str(fn(str(raw)))
    except InvalidValueError:
        if strict:
            raise
        extra.setdefault(f"invalid-{key}", []).append(raw.strip() if isinstance(raw, str)
                                                      else raw)
        return None
