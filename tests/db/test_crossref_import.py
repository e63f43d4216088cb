"""The add-by-DOI steps the CLI and the window share: plan (no request) and record (one
transaction per work), against a real library file and fetch results built in memory."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from core.crossref import BatchItem, FetchResult
from core.crossref_mapping import message_of, work_to_reference
from core.errors import DoiNotFoundError, OfflineError, ServerError
from db import crossref_cache, crossref_import
from tests.support.paths import CROSSREF_FIXTURES

SREP = "10.1038/srep16696"


def _result(doi: str = SREP, name: str = "works_10.1038_srep16696.json") -> FetchResult:
    body = (CROSSREF_FIXTURES / name).read_text(encoding="utf-8")
    ref = work_to_reference(message_of(json.loads(body)))
    return FetchResult(doi, ref, body, "crossref", "http://x/works/" + doi, 200,
                       datetime(2026, 11, 25, 8, 0, tzinfo=UTC))


def test_record_then_plan_answers_without_fetching(library) -> None:
    out = crossref_import.record(library, BatchItem(SREP, _result()), refresh=False,
                                 overwrite_edited=False, pending=False)
    assert out.status == crossref_import.ADDED and out.ref_id == 1
    with library.read() as s:
        cached = crossref_cache.get(s, SREP)
    assert cached is not None and cached.fetched_at == datetime(2026, 11, 25, 8, 0)
    assert cached.reference().page == "16696"
    plan = crossref_import.plan(library, [SREP, "10.1234/x"], refresh=False, pending=False)
    assert [o.status for o in plan.done] == [crossref_import.ALREADY]
    assert plan.to_fetch == ["10.1234/x"]
    library.delete(1)
    plan = crossref_import.plan(library, [SREP], refresh=False, pending=False)
    assert [o.status for o in plan.done] == [crossref_import.ADDED_FROM_CACHE]
    assert library.find_by_doi(SREP) == 2


def test_failures_queue_offline_and_count_attempts(library) -> None:
    offline = BatchItem(SREP, error=OfflineError("cannot connect", doi=SREP))
    out = crossref_import.record(library, offline, refresh=False, overwrite_edited=False,
                                 pending=False)
    assert out.status == crossref_import.QUEUED
    server = BatchItem(SREP, error=ServerError("server error", doi=SREP, status=503))
    out = crossref_import.record(library, server, refresh=False, overwrite_edited=False,
                                 pending=True)
    assert out.failed and out.reason == "server error HTTP 503"
    with library.read() as s:
        assert crossref_cache.pending(s) == [SREP]
    gone = BatchItem(SREP, error=DoiNotFoundError("nope", doi=SREP, status=404))
    out = crossref_import.record(library, gone, refresh=False, overwrite_edited=False,
                                 pending=True)
    assert out.status == crossref_import.NOT_FOUND
    with library.read() as s:
        assert crossref_cache.pending(s) == []
    assert library.count() == 0


def test_retraction_notice_flags_the_work_in_the_library(library) -> None:
    crossref_import.record(library, BatchItem(SREP, _result()), refresh=False,
                           overwrite_edited=False, pending=False)
    notice = {"type": "journal-article", "DOI": "10.1038/srep99999",
              "title": ["Retraction Note: Single-molecule FRET studies"],
              "update-to": [{"DOI": SREP, "type": "retraction", "label": "Retraction",
                             "updated": {"date-parts": [[2024, 2, 1]]}}]}
    body = json.dumps({"status": "ok", "message-type": "work", "message": notice})
    result = FetchResult("10.1038/srep99999", work_to_reference(notice), body, "crossref",
                         "http://x", 200, datetime(2026, 11, 25, tzinfo=UTC))
    for _ in range(2):  # a second time changes nothing
        crossref_import.record(library, BatchItem(result.doi, result), refresh=False,
                               overwrite_edited=False, pending=False)
    original = library.get(1)
    assert original.is_retracted
    assert original.updated_by == [{"type": "retraction", "DOI": "10.1038/srep99999",
                                    "date": "2024-02-01"}]
    assert not library.get(2).is_retracted


def test_isbn_plan_and_record(library) -> None:
    from core.model import Reference

    isbn = "978-601-00-0000-1"
    assert crossref_import.plan_isbn(library, isbn) is None
    book = Reference(type="book", title="Гражданское право", isbn=[isbn])
    result = FetchResult(isbn, book, '{"ISBN:9786010000001": {}}', "openlibrary", "http://x", 200,
                         datetime(2026, 11, 25, tzinfo=UTC))
    out = crossref_import.record_isbn(library, isbn, result)
    assert out.status == crossref_import.ADDED and out.ref_id == 1 and out.agency == "openlibrary"
    assert crossref_import.plan_isbn(library, isbn).status == crossref_import.ALREADY
    failed = crossref_import.record_isbn(library, "978-0-306-40615-7", None,
                                         OfflineError("cannot connect"))
    assert failed.status == crossref_import.FAILED and failed.reason == "offline"
    with library.read() as s:
        assert crossref_cache.pending(s) == []      # books are not queued


def test_plan_of_many_dois_looks_them_up_in_bulk(library) -> None:
    from core.model import Reference
    from db import references as refs_repo

    crossref_import.record(library, BatchItem(SREP, _result()), refresh=False,
                           overwrite_edited=False, pending=False)
    trashed = library.add(Reference(title="В корзине", doi="10.1234/trashed"))
    library.delete(trashed)
    live = library.add(Reference(title="Живая запись", doi="10.1234/live.0599"))
    dois = [f"10.1234/live.{i:04d}" for i in range(600)] + [SREP, "10.1234/trashed"]
    with library.read() as s:
        found = refs_repo.find_many_by_doi(s, dois)
    assert found == {"10.1234/live.0599": live, SREP: 1}      # past the first chunk of 500
    library.delete(1)                                          # SREP now only in the cache
    plan = crossref_import.plan(library, dois, refresh=False, pending=False)
    assert [(o.doi, o.status) for o in plan.done] == [
        ("10.1234/live.0599", crossref_import.ALREADY), (SREP, crossref_import.ADDED_FROM_CACHE)]
    assert len(plan.to_fetch) == 600
