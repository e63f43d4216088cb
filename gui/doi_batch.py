"""The add-by-DOI batch the window runs through gui/tasks.py: plan, fetch, store, item by item.

Where the database work runs (the house rule: network without a session, database work in short
sessions on one thread; docs/decisions/0010-gui-doi-threads.md). The batch is ONE background task
(`run_batch`, started with `TaskRunner.run`). Its own thread is the batch's database thread: it
answers what the library and the cache already know (`crossref_import.plan`), then consumes
`CrossrefClient.iter_many`, whose worker threads only do HTTP and hold no session, and stores each
work the moment it arrives with `crossref_import.record` (one short transaction per work), then
reads back the few fields the row shows. The GUI thread opens no session during a batch: a write
waits for SQLite's lock (up to the 10 s busy timeout while an import is writing), and the window
must not wait with it. Each outcome reaches the GUI thread as an `ItemUpdate` through
`ctx.deliver`; ORM objects never leave this thread.

Cancel (`ctx.cancel`, the same Event the client takes) stops the requests not yet made; the ones in
flight finish (at most the client's timeout) and what they fetched is stored whole, so the library
holds complete records and nothing half-written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

from core.crossref import BatchItem, CrossrefClient, error_reason
from core.errors import (
    BadResponseError,
    CancelledError,
    DoiNotFoundError,
    LibraryError,
    NetworkTimeoutError,
    OfflineError,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
    SiltemeError,
)
from core.identifiers import find_dois, find_isbns
from core.model import Reference
from db import crossref_import as ci
from db import references as refs_repo
from db.library import Library

# Row states besides the outcome statuses of db.crossref_import.
WAITING, FETCHING, CANCELLED = "waiting", "fetching", "cancelled"
DOI, ISBN = "doi", "isbn"


class BatchContext(Protocol):
    """What `run_batch` needs of gui.tasks.TaskContext (tests may pass their own)."""

    @property
    def cancel(self) -> Any: ...

    def progress(self, done: int, total: int = 0, text: str = "") -> None: ...

    def deliver(self, item: object) -> None: ...


@dataclass(frozen=True, slots=True)
class Entry:
    """One identifier to add: a DOI (canonical, lower case) or an ISBN-13 with hyphens."""

    key: str
    kind: str = DOI


def entries_in(text: str) -> list[Entry]:
    """Every DOI, then every ISBN of a book, in a block of pasted text (any text: a reference
    list, an e-mail, doi.org links), each once, in order of first appearance."""
    return [Entry(d, DOI) for d in find_dois(text)] + [Entry(i, ISBN) for i in find_isbns(text)]


@dataclass(frozen=True, slots=True)
class ItemUpdate:
    """What one row shows: plain data for the GUI thread."""

    key: str
    kind: str
    state: str                       # WAITING, FETCHING, CANCELLED or a crossref_import status
    ref_id: int | None = None
    agency: str | None = None        # crossref, datacite, medra, jalc, openlibrary, or a host
    reason: str | None = None        # English, for logs and the copied report
    failure: str | None = None       # see `failure_of`
    http_status: int | None = None
    detail: str | None = None
    fetched_at: str | None = None
    title: str | None = None
    authors: str | None = None
    year: int | None = None
    container: str | None = None
    # Notices that update this work: ((type, notice DOI), ...): "retraction", "correction", ...
    notices: tuple[tuple[str, str], ...] = ()
    # This work IS a notice: the works it updates ((type, DOI), ...), and those in the library.
    updates: tuple[tuple[str, str], ...] = ()
    flagged_ids: tuple[int, ...] = ()

    @property
    def done(self) -> bool:
        return self.state not in (WAITING, FETCHING)

    @property
    def changed_ids(self) -> list[int]:
        """Library ids this outcome wrote to (the new record, works a notice flagged)."""
        ids = [self.ref_id] if self.ref_id is not None and self.state in (
            ci.ADDED, ci.ADDED_FROM_CACHE) else []
        return ids + list(self.flagged_ids)


@dataclass(slots=True)
class BatchSummary:
    counts: Counter[str] = field(default_factory=Counter)
    changed_ids: list[int] = field(default_factory=list)
    cancelled: bool = False


def failure_of(error: BaseException | None) -> tuple[str, int | None, str | None]:
    """(code, HTTP status, detail) of a typed error, for a translated message. Codes: timeout,
    offline, rate-limited, server-error, redirect-refused, bad-response, not-found, cancelled,
    library, other."""
    if error is None:
        return "other", None, None
    status = getattr(error, "status", None)
    message = getattr(error, "message", None) or str(error)
    if isinstance(error, DoiNotFoundError):
        return "not-found", status, None
    if isinstance(error, RateLimitedError):
        return "rate-limited", status or 429, None
    if isinstance(error, NetworkTimeoutError):
        return "timeout", None, message
    if isinstance(error, OfflineError):
        return "offline", None, message
    if isinstance(error, RedirectRefusedError):
        host = urlsplit(error.url or "").netloc or error.url
        return "redirect-refused", status, host
    if isinstance(error, ServerError):
        return "server-error", status, None
    if isinstance(error, BadResponseError):
        return "bad-response", status, message
    if isinstance(error, CancelledError):
        return "cancelled", None, None
    if isinstance(error, LibraryError):
        return "library", None, str(error)
    return "other", status, message


def _work_fields(ref: Reference) -> dict[str, Any]:
    notices = tuple((str(u.get("type", "update")).lower(), str(u.get("DOI", "")))
                    for u in ref.updated_by)
    updates = tuple((str(u.get("type", "update")).lower(), str(u.get("DOI", "")))
                    for u in ref.extra.get("update-to") or [] if isinstance(u, dict))
    return {"title": ref.title, "authors": refs_repo.authors_display(ref.creators) or None,
            "year": ref.year, "container": ref.container_title, "notices": notices,
            "updates": updates}


def describe(lib: Library, outcome: ci.Outcome, kind: str, *,
             error: BaseException | None = None) -> ItemUpdate:
    """The row for an outcome: status, failure and the stored work's fields (one short read)."""
    update = ItemUpdate(outcome.doi, kind, outcome.status, outcome.ref_id, outcome.agency,
                        outcome.reason, fetched_at=outcome.fetched_at)
    if outcome.status in (ci.NOT_FOUND, ci.FAILED, ci.QUEUED):
        code, status, detail = failure_of(error)
        update = replace(update, failure=code, http_status=status, detail=detail)
    if outcome.ref_id is None:
        return update
    with lib.read() as s:
        ref = refs_repo.get(s, outcome.ref_id)
        fields = _work_fields(ref)
        flagged: list[int] = []
        if outcome.status in (ci.ADDED, ci.ADDED_FROM_CACHE):
            for _, doi in fields["updates"]:
                target = refs_repo.find_by_doi(s, doi) if doi else None
                if target is not None and target != outcome.ref_id:
                    flagged.append(target)
    return replace(update, flagged_ids=tuple(flagged), **fields)


def _failed(key: str, kind: str, exc: SiltemeError) -> ItemUpdate:
    code, status, detail = failure_of(exc)
    return ItemUpdate(key, kind, ci.FAILED, reason=error_reason(exc), failure=code,
                      http_status=status, detail=detail)


def run_batch(ctx: BatchContext, lib: Library, client: CrossrefClient, entries: list[Entry], *,
              pending: bool = False) -> BatchSummary:
    """Add every entry; deliver an `ItemUpdate` per state change (fetching, then the outcome)
    and report progress (done, total). Runs on the task's thread (see the module docstring).
    With `pending`, failures count as attempts on the offline queue (like `add --pending`)."""
    summary = BatchSummary()
    total = len(entries)
    done = 0

    def finish(update: ItemUpdate) -> None:
        nonlocal done
        done += 1
        summary.counts[update.state] += 1
        summary.changed_ids.extend(i for i in update.changed_ids if i not in summary.changed_ids)
        ctx.deliver(update)
        ctx.progress(done, total, update.key)

    dois = [e.key for e in entries if e.kind == DOI]
    isbns = [e.key for e in entries if e.kind == ISBN]
    if dois:
        plan = ci.plan(lib, dois, refresh=False, pending=pending)
        for outcome in plan.done:
            finish(describe(lib, outcome, DOI))
        fetched: set[str] = set()
        stream = client.iter_many(plan.to_fetch, cancel=ctx.cancel,
                                  started=lambda doi: ctx.deliver(ItemUpdate(doi, DOI, FETCHING)))
        try:
            for item in stream:
                fetched.add(item.doi)
                finish(_store(lib, item, pending=pending))
        finally:
            stream.close()
        for doi in plan.to_fetch:  # iter_many yields every DOI; this only guards the count
            if doi not in fetched:
                finish(ItemUpdate(doi, DOI, CANCELLED))
    for isbn in isbns:
        finish(_add_isbn(ctx, lib, client, isbn))
    summary.cancelled = bool(ctx.cancel.is_set())
    return summary


def _store(lib: Library, item: BatchItem, *, pending: bool) -> ItemUpdate:
    if isinstance(item.error, CancelledError):
        return ItemUpdate(item.doi, DOI, CANCELLED)
    try:
        outcome = ci.record(lib, item, refresh=False, overwrite_edited=False, pending=pending)
    except LibraryError as exc:  # disk full, locked: this work is not stored, the others go on
        return _failed(item.doi, DOI, exc)
    return describe(lib, outcome, DOI, error=item.error)


def _add_isbn(ctx: BatchContext, lib: Library, client: CrossrefClient, isbn: str) -> ItemUpdate:
    if ctx.cancel.is_set():
        return ItemUpdate(isbn, ISBN, CANCELLED)
    try:
        known = ci.plan_isbn(lib, isbn)
        if known is not None:
            return describe(lib, known, ISBN)
        ctx.deliver(ItemUpdate(isbn, ISBN, FETCHING))
        try:
            result = client.fetch_isbn(isbn, cancel=ctx.cancel)
        except CancelledError:
            return ItemUpdate(isbn, ISBN, CANCELLED)
        except SiltemeError as exc:
            return describe(lib, ci.record_isbn(lib, isbn, None, exc), ISBN, error=exc)
        return describe(lib, ci.record_isbn(lib, isbn, result), ISBN)
    except LibraryError as exc:
        return _failed(isbn, ISBN, exc)


def pending_entries(lib: Library) -> list[Entry]:
    """The DOIs queued while offline (short read)."""
    from db import crossref_cache

    with lib.read() as s:
        return [Entry(d, DOI) for d in crossref_cache.pending(s)]
