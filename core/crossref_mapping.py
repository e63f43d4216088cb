"""Pure, table-driven mapping from a Crossref work (`message` of /works/{doi}) to a Reference.

Decisions (see docs/decisions/0003-crossref.md):
- `issued` is `published-print`, else `published-online`, else `issued`: the print (volume) year
  is what citations print. With none of them: `approved` (theses, standards), `posted`, the
  event's start; never `created`. When the online date differs it is kept in extra["published-online"].
- `page` is Crossref's page, else its article number; the article number is also kept in
  extra["article-number"] so styles can label it.
- `updated-by` (on the updated work) becomes `Reference.updated_by` = [{"type", "DOI", "date"}];
  `update-to` (on the notice itself) is kept in extra["update-to"] in the same shape: the notice
  is not retracted, it retracts another work.
- Cleaning (markup, entities, ALL-CAPS, homoglyphs) keeps the original text in
  extra["silteme-original"] and lists `field:change` codes in extra["silteme-cleaned"].
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.crossref_cleaning import clean_text, fix_homoglyphs, repair_name_caps
from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn
from core.language import detect_script_language, normalize_language
from core.model import CSL_TYPES, Creator, Issn, Reference, split_keywords

# Crossref work type -> CSL type. Anything not listed becomes "document".
TYPE_MAP: dict[str, str] = {
    "journal-article": "article-journal",
    "book": "book",
    "monograph": "book",
    "edited-book": "book",
    "reference-book": "book",
    "book-set": "book",
    "book-series": "book",
    "book-chapter": "chapter",
    "book-section": "chapter",
    "book-part": "chapter",
    "book-track": "chapter",
    "proceedings-article": "paper-conference",
    "proceedings": "book",
    "proceedings-series": "book",
    "report": "report",
    "report-component": "report",
    "report-series": "report",
    "dissertation": "thesis",
    "posted-content": "article",
    "dataset": "dataset",
    "database": "dataset",
    "reference-entry": "entry",
    "standard": "standard",
    "standard-series": "standard",
    "journal-issue": "periodical",
    "journal-volume": "periodical",
    "journal": "periodical",
    "peer-review": "review",
    "component": "document",
    "grant": "document",
    "other": "document",
}
# (Crossref type, subtype) refinements.
SUBTYPE_MAP: dict[tuple[str, str], str] = {
    ("posted-content", "blog"): "post-weblog",
    ("posted-content", "preprint"): "article",
    ("posted-content", "working_paper"): "report",
}
# Crossref contributor keys -> CSL roles.
ROLE_MAP: dict[str, str] = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "chair": "chair",
}
# Plain string fields copied after cleaning whitespace: Crossref key -> Reference attribute.
STRING_MAP: dict[str, str] = {
    "volume": "volume",
    "issue": "issue",
    "publisher": "publisher",
    "publisher-location": "publisher_place",
    "edition-number": "edition",
}
# Date preference for `issued`.
ISSUED_KEYS: tuple[str, ...] = ("published-print", "published-online", "issued")
ORCID_PREFIX = "https://orcid.org/"


def work_to_reference(message: Mapping[str, Any]) -> Reference:
    """Map one Crossref work to a Reference (no network, no clock, no randomness)."""
    if not isinstance(message, Mapping):
        raise InvalidValueError("message", type(message).__name__,
                                "a Crossref work must be an object")
    cr_type = str(message.get("type") or "")
    subtype = str(message.get("subtype") or "")
    ref = Reference(type=SUBTYPE_MAP.get((cr_type, subtype), TYPE_MAP.get(cr_type, "document")))
    extra: dict[str, Any] = {}
    original: dict[str, Any] = {}
    cleaned: list[str] = []

    def clean(field: str, value: str, **kw: Any) -> str:
        text, changes = clean_text(value, **kw)
        if changes:
            original.setdefault(field, value)
            cleaned.extend(f"{field}:{c}" for c in changes)
        return text

    if cr_type:
        extra["crossref-type"] = cr_type
    if isinstance(message.get("DOI"), str) and message["DOI"].strip():
        try:
            ref.doi = normalize_doi(str(message["DOI"]))
        except InvalidValueError:
            extra["invalid-DOI"] = [message["DOI"].strip()]

    _map_creators(message, ref, clean, cleaned, original)
    _map_titles(message, ref, clean, extra)
    _map_container(message, ref, clean, cr_type)

    for key, attr in STRING_MAP.items():
        value = _first(message.get(key))
        if value:
            setattr(ref, attr, clean(attr.replace("_", "-"), value))

    page = _first(message.get("page"))
    article_number = _first(message.get("article-number"))
    if page:
        ref.page = page.strip()
    elif article_number:
        ref.page = article_number.strip()
    if article_number:
        extra["article-number"] = article_number.strip()

    _map_dates(message, ref, extra)
    _map_identifiers(message, ref, extra)
    _map_institution(message, ref, cr_type, extra)

    event = message.get("event")
    if isinstance(event, Mapping):
        if event.get("name"):
            ref.event_title = clean("event-title", str(event["name"]))
        if event.get("location"):
            ref.event_place = clean("event-place", str(event["location"]))
        ref.event_date = _date(event.get("start"))
    body = message.get("standards-body")
    if isinstance(body, Mapping) and body.get("name"):
        ref.authority = clean("authority", str(body["name"]))

    if message.get("abstract"):
        ref.abstract = clean("abstract", str(message["abstract"]), paragraphs=True)
    subjects = [x for x in _items(message.get("subject")) if isinstance(x, str)]
    ref.keywords = split_keywords([k for x in subjects
                                   for k in (split_keywords(x) if ";" in x else [x])])

    resource = _mapping(message.get("resource"))
    url = _mapping(resource.get("primary")).get("URL") or message.get("URL")
    ref.url = url.strip() or None if isinstance(url, str) else None

    _map_language(message, ref, cleaned, extra)
    _map_license(message, extra)
    ref.updated_by = _updates(message.get("updated-by"))
    notices = _updates(message.get("update-to"))
    if notices:
        extra["update-to"] = notices

    if original:
        extra["silteme-original"] = original
    if cleaned:
        extra["silteme-cleaned"] = cleaned
    ref.extra = extra
    return ref


# Crossref's work schema: these fields are always arrays, these always objects.
_LIST_FIELDS = ("title", "subtitle", "short-title", "original-title", "container-title",
                "short-container-title", "author", "editor", "translator", "chair", "ISSN",
                "ISBN", "issn-type", "isbn-type", "subject", "license", "link", "update-to",
                "updated-by", "institution", "reference")
_OBJECT_FIELDS = ("issued", "published-print", "published-online", "posted", "event",
                  "resource", "standards-body")


def shape_problem(message: Mapping[str, Any]) -> str | None:
    """What makes a work answer break Crossref's schema (a number where an array belongs), or
    None. The mapping copes with any shape; the client refuses such an answer as a bad response
    instead of storing whatever could be read from it."""
    for key in _LIST_FIELDS:
        if key in message and not isinstance(message[key], list | None):
            return f"`{key}` is {type(message[key]).__name__}, not an array"
    for key in _OBJECT_FIELDS:
        if key in message and not isinstance(message[key], Mapping | None):
            return f"`{key}` is {type(message[key]).__name__}, not an object"
    if "DOI" in message and not isinstance(message["DOI"], str):
        return f"`DOI` is {type(message['DOI']).__name__}, not a string"
    return None


def message_of(body: Mapping[str, Any]) -> Mapping[str, Any]:
    """The work inside a /works/{doi} response, or the work itself (list items)."""
    message = body.get("message") if "message" in body and "status" in body else body
    if not isinstance(message, Mapping):
        raise InvalidValueError("message", type(message).__name__, "not a Crossref work")
    return message


# ---------------------------------------------------------------- parts
def _items(value: Any) -> list[Any]:
    """A list field as a list whatever was sent: a bare string or object counts as one item,
    anything else (a number, true) as none, so a malformed answer maps instead of crashing."""
    if isinstance(value, list):
        return value
    if isinstance(value, (str, Mapping)) and value:
        return [value]
    return []


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _join_subtitle(title: str, subtitle: str | None) -> str:
    if not subtitle or subtitle.casefold() in title.casefold():
        return title
    sep = " " if title[-1:] in ":?!." else ": "
    return f"{title}{sep}{subtitle}"


def _map_titles(message: Mapping[str, Any], ref: Reference, clean: Any,
                extra: dict[str, Any]) -> None:
    titles = [str(t) for t in _items(message.get("title")) if str(t).strip()]
    subtitles = [str(t) for t in _items(message.get("subtitle")) if str(t).strip()]
    if titles:
        title = clean("title", titles[0], caps=True)
        sub = clean("subtitle", subtitles[0], caps=True) if subtitles else None
        ref.title = _join_subtitle(title, sub)
        if len(titles) > 1:
            # Crossref lists the title in other languages after the first (a German article with
            # its English title): the second is the translated title.
            tr = clean("title-translated", titles[1], caps=True)
            tr_sub = clean("subtitle-translated", subtitles[1], caps=True) \
                if len(subtitles) > 1 else None
            ref.title_translated = _join_subtitle(tr, tr_sub)
    short = _first(message.get("short-title"))
    if short:
        ref.title_short = clean("title-short", short, caps=True)
    orig = _first(message.get("original-title"))
    if orig:
        extra["original-title"] = clean("original-title", orig)


def _map_container(message: Mapping[str, Any], ref: Reference, clean: Any, cr_type: str) -> None:
    containers = [str(t) for t in _items(message.get("container-title")) if str(t).strip()]
    short = _first(message.get("short-container-title"))
    if cr_type in ("book", "monograph", "edited-book", "reference-book", "proceedings",
                   "report", "dissertation", "standard"):
        # For a whole book the "container" is its series.
        if containers:
            ref.collection_title = clean("collection-title", containers[0])
        return
    if cr_type in ("book-chapter", "book-section", "book-part", "proceedings-article",
                   "reference-entry") and len(containers) > 1:
        # Springer and others list [series, book]; the book is the last one.
        ref.collection_title = clean("collection-title", containers[0])
        ref.container_title = clean("container-title", containers[-1])
    elif containers:
        ref.container_title = clean("container-title", containers[0])
    if short and ref.container_title:
        ref.container_title_short = clean("container-title-short", short)
    group = _first(message.get("group-title"))
    if group and not ref.container_title and ref.type == "post-weblog":
        ref.container_title = clean("container-title", group)


def _map_creators(message: Mapping[str, Any], ref: Reference, clean: Any, cleaned: list[str],
                  original: dict[str, Any]) -> None:
    for key, role in ROLE_MAP.items():
        for i, person in enumerate(_items(message.get(key))):
            if not isinstance(person, Mapping):
                continue
            creator = Creator(role=role)
            if person.get("family") or person.get("given"):
                family = _first(person.get("family"))
                given = _first(person.get("given"))
                creator.family = clean(f"{role}[{i}].family", family) if family else None
                creator.given = clean(f"{role}[{i}].given", given) if given else None
                creator.suffix = _first(person.get("suffix"))
                whole = f"{creator.family or ''} {creator.given or ''}"
                for part in ("family", "given"):
                    value = getattr(creator, part)
                    if not value:
                        continue
                    for code, fixed in (("homoglyphs", fix_homoglyphs(value, context=whole)),
                                        ("caps", None)):
                        fixed = fixed if fixed is not None else repair_name_caps(value)
                        if fixed != value:
                            original.setdefault(f"{role}[{i}].{part}", value)
                            cleaned.append(f"{role}[{i}].{part}:{code}")
                            value = fixed
                    setattr(creator, part, value)
            elif person.get("name"):
                creator.literal = clean(f"{role}[{i}].name", str(person["name"]))
            else:
                continue
            orcid = _first(person.get("ORCID"))
            if orcid:
                creator.orcid = ORCID_PREFIX + orcid.rstrip("/").rsplit("/", 1)[-1]
            ref.creators.append(creator)


def _date(value: Any) -> PartialDate | None:
    if not isinstance(value, Mapping):
        return None
    try:
        date = PartialDate.from_csl({"date-parts": value.get("date-parts")})
    except InvalidValueError:
        return None
    return date if date is not None and date.year is not None else None


def _map_dates(message: Mapping[str, Any], ref: Reference, extra: dict[str, Any]) -> None:
    for key in ISSUED_KEYS:
        date = _date(message.get(key))
        if date is not None:
            ref.issued = date
            extra["issued-from"] = key
            break
    online = _date(message.get("published-online"))
    if online is not None and ref.issued is not None and online != ref.issued:
        extra["published-online"] = online.to_csl()
    if ref.issued is None:
        # Dissertations and standards carry their date as `approved` (with `issued` [[null]]);
        # posted content as `posted`; proceedings as the event's start. Never the deposit date
        # (`created`): a wrong year is worse than "n.d." the user sees.
        event = _mapping(message.get("event"))
        for key, value in (("approved", message.get("approved")), ("posted", message.get("posted")),
                           ("event", event.get("start"))):
            date = _date(value)
            if date is not None:
                ref.issued = date
                extra["issued-from"] = key
                break


def _map_identifiers(message: Mapping[str, Any], ref: Reference, extra: dict[str, Any]) -> None:
    kinds: dict[str, str | None] = {}
    for entry in _items(message.get("issn-type")):
        if isinstance(entry, Mapping) and entry.get("value"):
            kinds.setdefault(str(entry["value"]), entry.get("type"))
    raw_issns = list(dict.fromkeys([*kinds, *(str(x) for x in _items(message.get("ISSN")))]))
    for raw in (r for r in raw_issns if r.strip()):
        try:
            value = normalize_issn(raw)
        except InvalidValueError:
            extra.setdefault("invalid-ISSN", []).append(raw.strip())
            continue
        if all(i.value != value for i in ref.issn):
            ref.issn.append(Issn(value, kinds.get(raw)))
    ref.issn.sort(key=lambda i: {"print": 0, "electronic": 1}.get(i.kind or "", 2))

    isbn_kinds: dict[str, str | None] = {}
    for entry in _items(message.get("isbn-type")):
        if isinstance(entry, Mapping) and entry.get("value"):
            isbn_kinds.setdefault(str(entry["value"]), entry.get("type"))
    typed: list[tuple[str, str | None]] = []
    for raw in dict.fromkeys([*isbn_kinds, *(str(x) for x in _items(message.get("ISBN")))]):
        if not raw.strip():
            continue
        try:
            value = normalize_isbn(raw)
        except InvalidValueError:
            extra.setdefault("invalid-ISBN", []).append(raw.strip())
            continue
        if all(v != value for v, _ in typed):
            typed.append((value, isbn_kinds.get(raw)))
    typed.sort(key=lambda t: {"print": 0, "electronic": 1}.get(t[1] or "", 2))
    ref.isbn = [v for v, _ in typed]
    if any(k for _, k in typed):
        extra["isbn-type"] = [{"value": v, "type": k} for v, k in typed]


def _map_institution(message: Mapping[str, Any], ref: Reference, cr_type: str,
                     extra: dict[str, Any]) -> None:
    institutions = [i for i in _items(message.get("institution")) if isinstance(i, Mapping)]
    if cr_type == "dissertation":
        if institutions and institutions[0].get("name"):
            if ref.publisher and ref.publisher != institutions[0]["name"]:
                extra["crossref-publisher"] = ref.publisher
            ref.publisher = str(institutions[0]["name"]).strip()
            place = _first(institutions[0].get("place"))
            if place:
                ref.publisher_place = place
        degree = _first(message.get("degree"))
        if degree:
            ref.genre = degree


# Languages the script tells apart (see core.language.detect_script_language, _cjk_language).
_CYRILLIC_DETECTED = frozenset({"ru", "kk", "uk", "be"})
_DETECTED = _CYRILLIC_DETECTED | {"zh", "ja"}


def _map_language(message: Mapping[str, Any], ref: Reference, cleaned: list[str],
                  extra: dict[str, Any]) -> None:
    given = normalize_language(_first(message.get("language")))
    sample = " ".join(filter(None, [ref.title, ref.container_title]))
    detected = _cjk_language(ref.title) or detect_script_language(sample)
    if given is None:
        ref.language = detected if detected in _DETECTED else (detected and "en")
        if ref.language:
            cleaned.append("language:detected")
    elif detected in ("zh", "ja") and given == "en":
        ref.language = detected
        extra["crossref-language"] = given
        cleaned.append("language:detected")
    elif detected in _CYRILLIC_DETECTED and given not in ("ru", "kk", "uk", "be", "bg", "sr",
                                                          "mk", "ky", "tg", "mn"):
        # Publishers often send "en" for every record; a Cyrillic title is not English.
        ref.language = detected
        extra["crossref-language"] = given
        cleaned.append("language:detected")
    else:
        ref.language = given


def _cjk_language(title: str | None) -> str | None:
    """`ja` for a title with kana, `zh` for one mostly of Han characters, else None."""
    if not title:
        return None
    letters = [ch for ch in title if ch.isalpha()]
    if not letters:
        return None
    kana = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff")
    han = sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff")
    if kana:
        return "ja"
    return "zh" if han * 2 > len(letters) else None


def _map_license(message: Mapping[str, Any], extra: dict[str, Any]) -> None:
    seen: list[dict[str, Any]] = []
    for lic in _items(message.get("license")):
        if not isinstance(lic, Mapping) or not lic.get("URL"):
            continue
        entry: dict[str, Any] = {"URL": str(lic["URL"])}
        if lic.get("content-version"):
            entry["content-version"] = lic["content-version"]
        start = _date(lic.get("start"))
        if start is not None:
            entry["start"] = start.iso()
        if entry not in seen:
            seen.append(entry)
    if seen:
        extra["license"] = seen


def _updates(value: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for upd in _items(value):
        if not isinstance(upd, Mapping) or not upd.get("DOI"):
            continue
        try:
            doi = normalize_doi(str(upd["DOI"]))
        except InvalidValueError:
            doi = str(upd["DOI"])
        entry: dict[str, Any] = {"type": str(upd.get("type") or "update").lower().replace("_", "-"),
                                 "DOI": doi}
        date = _date(upd.get("updated"))
        if date is not None:
            entry["date"] = date.iso()
        if upd.get("source"):
            entry["source"] = str(upd["source"])
        if all((e["type"], e["DOI"]) != (entry["type"], entry["DOI"]) for e in out):
            out.append(entry)
    return out


# Crossref/DataCite extras in content-negotiated CSL-JSON that a citation never needs.
_CSL_NOISE = ("reference", "link", "indexed", "deposited", "content-domain", "created",
              "reference-count", "references-count", "is-referenced-by-count", "score",
              "member", "prefix", "relation", "assertion", "funder", "resource", "source",
              "journal-issue", "update-policy", "alternative-id", "license")


_CSL_NAME_KEYS = frozenset({"family", "given", "suffix", "literal", "ORCID",
                            "non-dropping-particle", "dropping-particle"})


def csl_to_reference(item: Mapping[str, Any], *, agency: str | None = None) -> Reference:
    """A CSL-JSON item from DOI content negotiation (DataCite, mEDRA, JaLC or Crossref's own
    citeproc flavour) -> Reference: agency type words mapped to CSL, titles cleaned."""
    if not isinstance(item, Mapping):
        raise InvalidValueError("item", type(item).__name__, "CSL-JSON must be an object")
    data = {k: v for k, v in item.items()
            if k not in _CSL_NOISE and k not in ("published-print", "published-online", "published")
            and v not in ([], {}, "", None)}
    for role in ROLE_MAP.values():
        if isinstance(data.get(role), list):
            data[role] = [{k: v for k, v in n.items() if k in _CSL_NAME_KEYS}
                          if isinstance(n, Mapping) else n for n in data[role]]
    if isinstance(data.get("subject"), list) and "keyword" not in data:
        data["keyword"] = ", ".join(str(x) for x in data.pop("subject"))
    cr_type = str(data.get("type") or "")
    if cr_type and cr_type not in CSL_TYPES:
        data["type"] = TYPE_MAP.get(cr_type, "document")
    original: dict[str, Any] = {}
    cleaned: list[str] = []
    for key, kw in (("title", {"caps": True}), ("container-title", {}),
                    ("abstract", {"paragraphs": True})):
        value = data.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            text, changes = clean_text(value, **kw)
            data[key] = text
            if changes:
                original[key] = value
                cleaned.extend(f"{key}:{c}" for c in changes)
    ref = Reference.from_csl(data)
    ref.citation_key = None
    ref.extra.pop("id", None)
    if cr_type and cr_type not in CSL_TYPES:
        ref.extra["crossref-type"] = cr_type
    if agency:
        ref.extra["source-agency"] = agency
    if ref.language is None:
        ref.language = detect_script_language(" ".join(filter(None, [ref.title,
                                                                     ref.container_title])))
    if original:
        ref.extra["silteme-original"] = original
    if cleaned:
        ref.extra["silteme-cleaned"] = cleaned
    return ref
