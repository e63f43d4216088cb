"""Property tests for the JSON mappings of the metadata services (issue 9, fuzzing): Crossref works
(`work_to_reference`, `message_of`, `shape_problem`), content-negotiated CSL-JSON
(`csl_to_reference`), Open Library books and Scopus Serial Title answers, fed arbitrary JSON
built from the keys those answers use (any value of any type anywhere). None crashes: each maps
or raises its typed error; a mapped record survives CSL-JSON unchanged (write -> read -> write)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.crossref_mapping import csl_to_reference, message_of, shape_problem, work_to_reference
from core.errors import InvalidValueError, SiltemeError
from core.journals.scopus_api import parse_serial_title
from core.model import Reference
from core.openlibrary import book_record, book_to_reference

EXAMPLES = 300
SETTINGS = settings(deadline=None, max_examples=EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CROSSREF_KEYS = [
    "DOI", "title", "subtitle", "short-title", "original-title", "author", "editor",
    "translator", "chair", "type", "subtype", "issued", "published-print", "published-online",
    "posted", "container-title", "short-container-title", "group-title", "ISSN", "issn-type",
    "ISBN", "isbn-type", "page", "article-number", "volume", "issue", "language", "license",
    "update-to", "updated-by", "event", "institution", "degree", "abstract", "subject",
    "publisher", "publisher-location", "URL", "resource", "primary", "standards-body",
    "edition-number", "message", "message-type", "status", "items", "given", "family", "name",
    "suffix", "ORCID", "literal", "date-parts", "value", "start", "end", "location", "content-version",
    "source", "updated", "id", "number", "genre", "keyword",
]
OPENLIBRARY_KEYS = ["ISBN:9786017280017", "title", "subtitle", "authors", "name", "publishers",
                    "publish_places", "publish_date", "number_of_pages", "identifiers",
                    "isbn_13", "isbn_10", "lccn", "oclc", "openlibrary", "url", "subjects"]
SCOPUS_KEYS = ["serial-metadata-response", "entry", "error", "prism:issn", "prism:eIssn",
               "dc:title", "dc:publisher", "link", "@href", "@ref", "source-id",
               "prism:aggregationType", "subject-area", "@code", "$", "citeScoreYearInfoList",
               "citeScoreYearInfo", "@year", "@status", "citeScoreInformationList",
               "citeScoreInfo", "docType", "citeScore", "citeScoreSubjectRank", "subjectCode",
               "percentile", "rank", "citeScoreCurrentMetric", "citeScoreCurrentMetricYear",
               "citeScoreTracker", "citeScoreTrackerYear"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(),
    st.text(max_size=12),
    st.sampled_from(["2020", "10.1000/abc", "journal-article", "book", "book-chapter",
                     "dissertation", "ru", "kk", "en", "2041-1723", "978-601-7280-01-7",
                     "9786017280017", "Әбілқасымова", "<i>Title</i>", "complete", "all", "3308",
                     "55.5", "homepage", "print", "electronic", "retraction", "March 5, 2004"]))


def json_like(keys: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    values = st.recursive(SCALARS, lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(keys) | st.text(max_size=4), inner, max_size=5)),
        max_leaves=25)
    return st.dictionaries(st.sampled_from(keys), values, max_size=12)


def _stable(ref: Reference) -> None:
    """CSL-JSON write -> read -> write gives the same item. An identifier that failed validation
    is kept as it came (`invalid-ISSN`...) for the user to fix, not normalised: it is left out
    of the comparison."""
    kept_as_written = {k[len("invalid-"):] for k in ref.extra if k.startswith("invalid-")}
    first = ref.to_csl(include_id=False)
    again = Reference.from_csl(first).to_csl(include_id=False)
    assert {k: v for k, v in again.items() if k not in kept_as_written} == \
        {k: v for k, v in first.items() if k not in kept_as_written}


@SETTINGS
@given(json_like(CROSSREF_KEYS))
def test_any_crossref_json_maps_or_is_refused(data: dict[str, Any]) -> None:
    shape_problem(data)
    for mapping in (work_to_reference, csl_to_reference,
                    lambda d: work_to_reference(message_of({"status": "ok", "message": d}))):
        try:
            ref = mapping(data)
        except InvalidValueError as exc:
            assert str(exc)
            continue
        _stable(ref)


@SETTINGS
@given(json_like(CROSSREF_KEYS))
def test_a_work_the_client_accepts_maps_whole(data: dict[str, Any]) -> None:
    """An answer without shape problems maps every title it carries."""
    if shape_problem(data) is not None:
        return
    ref = work_to_reference(data)
    titles = [t for t in data.get("title") or [] if str(t).strip()]
    assert bool(ref.title) == bool(titles)


@SETTINGS
@given(json_like(OPENLIBRARY_KEYS))
def test_any_open_library_answer_maps_or_is_refused(data: dict[str, Any]) -> None:
    record = book_record(data, "978-601-7280-01-7")
    for candidate in (record, data):
        try:
            ref = book_to_reference(candidate, "978-601-7280-01-7")  # type: ignore[arg-type]
        except InvalidValueError:
            continue
        assert ref.type == "book" and "978-601-7280-01-7" in ref.isbn
        _stable(ref)


@SETTINGS
@given(json_like(SCOPUS_KEYS))
def test_any_serial_title_answer_maps_or_is_refused(data: dict[str, Any]) -> None:
    for body in (data, {"serial-metadata-response": data},
                 {"serial-metadata-response": {"entry": [data]}}):
        try:
            records = parse_serial_title(body)
        except SiltemeError as exc:   # ScopusNotFound for an answer that says "error"
            assert str(exc)
            continue
        for rec in records:
            for m in rec.metrics:
                assert 1800 <= m.year <= 2200
                assert m.percentile is None or isinstance(m.percentile, int)
