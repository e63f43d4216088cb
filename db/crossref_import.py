"""Adding works by DOI to a library: what needs fetching, and storing each outcome in one
transaction. Shared by the command line and the window (which runs `CrossrefClient.fetch_many`
off the GUI thread and calls `record` on the database thread for each finished item).

    plan = crossref_import.plan(lib, dois, refresh=False, pending=False)
    outcomes = plan.done                       # already in the library / added from the cache
    for item in client.fetch_many(plan.to_fetch, ...):
        outcomes.append(crossref_import.record(lib, item, refresh=False, overwrite_edited=False,
                                               pending=False))

Books by ISBN take the same two steps: `plan_isbn` (library, then cache) and `record_isbn`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from core.crossref import BatchItem, FetchResult, error_reason
from core.errors import DoiNotFoundError, InvalidValueError, OfflineError, SiltemeError
from core.identifiers import normalize_doi
from core.model import Reference
from core.refresh import FieldChange, apply_changes, field_changes
from db import crossref_cache
from db import references as refs_repo
from db.library import Library

# Outcome statuses (the GUI translates these; the CLI prints them in English).
ADDED, ADDED_FROM_CACHE, ALREADY = "added", "added-from-cache", "already-in-library"
REFRESHED, UP_TO_DATE = "refreshed", "up-to-date"
NOT_FOUND, FAILED, QUEUED = "not-found", "failed", "queued-offline"


@dataclass(slots=True)
class Outcome:
    doi: str
    status: str
    ref_id: int | None = None
    agency: str | None = None
    reason: str | None = None
    fetched_at: str | None = None
    changes: list[FieldChange] = field(default_factory=list)
    overwrite_edited: bool = False

    @property
    def failed(self) -> bool:
        return self.status in (NOT_FOUND, FAILED)

    @property
    def kept(self) -> int:
        return 0 if self.overwrite_edited else sum(1 for c in self.changes if c.edited)


@dataclass(slots=True)
class Plan:
    done: list[Outcome]
    to_fetch: list[str]
    in_library: dict[str, int]


def plan(lib: Library, dois: list[str], *, refresh: bool, pending: bool) -> Plan:
    """Answer what the library and the cache can (no request); list the DOIs to fetch."""
    with lib.read() as s:
        ids = refs_repo.find_many_by_doi(s, dois)
        responses = crossref_cache.get_many(s, [d for d in dois if normalize_doi(d) not in ids])
    known = {doi: (ids.get(normalize_doi(doi)), responses.get(doi)) for doi in dois}
    done: list[Outcome] = []
    to_fetch: list[str] = []
    for doi in dois:
        ref_id, cached = known[doi]
        if ref_id is not None and not refresh:
            done.append(Outcome(doi, ALREADY, ref_id))
            if pending:
                with lib.transaction() as s:
                    crossref_cache.unqueue(s, doi)
        elif ref_id is None and cached is not None and not refresh:
            # Fetched before (then deleted): the cache answers, no request.
            ref = cached.reference()
            with lib.transaction() as s:
                new_id = refs_repo.insert(s, ref)
                crossref_cache.unqueue(s, doi)
                flag_updated_works(s, ref)
            done.append(Outcome(doi, ADDED_FROM_CACHE, new_id, cached.agency,
                                fetched_at=f"{cached.fetched_at:%Y-%m-%d}"))
        else:
            to_fetch.append(doi)
    in_library = {doi: ref_id for doi, (ref_id, _) in known.items() if ref_id is not None}
    return Plan(done, to_fetch, in_library)


def record(lib: Library, item: BatchItem, *, refresh: bool, overwrite_edited: bool,
           pending: bool) -> Outcome:
    """Store one fetched item (record + cached response + queue, one transaction), or record
    its failure (offline -> queued; while working the queue, attempts are counted)."""
    doi = item.doi
    if item.result is not None:
        return _store(lib, item, refresh=refresh, overwrite_edited=overwrite_edited)
    error = item.error
    reason = error_reason(error) if error is not None else "unknown error"
    with lib.read() as s:
        in_library = refs_repo.find_by_doi(s, doi) is not None
    if isinstance(error, OfflineError) and not in_library:
        with lib.transaction() as s:
            crossref_cache.queue(s, doi, reason)
        return Outcome(doi, QUEUED, reason=reason)
    if pending:
        with lib.transaction() as s:
            if isinstance(error, DoiNotFoundError):
                crossref_cache.unqueue(s, doi)  # a definite answer: stop asking
            else:
                crossref_cache.note_attempt(s, doi, reason)
    if isinstance(error, DoiNotFoundError):
        return Outcome(doi, NOT_FOUND, reason=reason)
    return Outcome(doi, FAILED, reason=reason)


def plan_isbn(lib: Library, isbn: str) -> Outcome | None:
    """A book the library or the cache can answer without a request (`isbn` normalised, with
    hyphens): already in library, or added from the cached answer. None: fetch it."""
    key = crossref_cache.isbn_key(isbn)
    with lib.read() as s:
        existing = refs_repo.find_by_isbn(s, isbn)
        cached = crossref_cache.get(s, key) if existing is None else None
    if existing is not None:
        return Outcome(isbn, ALREADY, existing)
    if cached is None:
        return None
    with lib.transaction() as s:
        new_id = refs_repo.insert(s, cached.reference())
    return Outcome(isbn, ADDED_FROM_CACHE, new_id, cached.agency,
                   fetched_at=f"{cached.fetched_at:%Y-%m-%d}")


def record_isbn(lib: Library, isbn: str, result: FetchResult | None,
                error: SiltemeError | None = None) -> Outcome:
    """Store a fetched book with its cached answer (one transaction), or report its failure.
    ISBNs are not queued while offline: the queue holds DOIs."""
    if result is None:
        reason = error_reason(error) if error is not None else "unknown error"
        status = NOT_FOUND if isinstance(error, DoiNotFoundError) else FAILED
        return Outcome(isbn, status, reason=reason)
    with lib.transaction() as s:
        ref_id, added = crossref_cache.store_fetched(s, result,
                                                     key=crossref_cache.isbn_key(isbn))
    return Outcome(isbn, ADDED if added else ALREADY, ref_id, result.agency)


def flag_updated_works(session: Session, notice: Reference) -> list[int]:
    """A retraction or correction notice names the works it updates (`update-to`): mark those
    already in the library with `updated-by` (in the caller's transaction). Returns their ids."""
    flagged = []
    for entry in notice.extra.get("update-to") or []:
        if not isinstance(entry, dict) or not entry.get("DOI") or not notice.doi:
            continue
        try:
            target_id = refs_repo.find_by_doi(session, str(entry["DOI"]))
        except InvalidValueError:
            continue
        if target_id is None:
            continue
        target = refs_repo.get(session, target_id)
        mark = {"type": entry.get("type", "update"), "DOI": notice.doi}
        if entry.get("date"):
            mark["date"] = entry["date"]
        if any((u.get("type"), u.get("DOI")) == (mark["type"], mark["DOI"])
               for u in target.updated_by):
            continue
        target.updated_by.append(mark)
        refs_repo.update_reference(session, target)
        flagged.append(target_id)
    return flagged


def _store(lib: Library, item: BatchItem, *, refresh: bool, overwrite_edited: bool) -> Outcome:
    result = item.result
    assert result is not None
    with lib.transaction() as s:
        ref_id = refs_repo.find_by_doi(s, result.doi)
        if ref_id is None:
            new_id, _ = crossref_cache.store_fetched(s, result)
            flag_updated_works(s, result.reference)
            return Outcome(result.doi, ADDED, new_id, result.agency)
        if not refresh:
            crossref_cache.put(s, result)
            crossref_cache.unqueue(s, result.doi)
            return Outcome(result.doi, ALREADY, ref_id, result.agency)
        stored = refs_repo.get(s, ref_id)
        cached = crossref_cache.get(s, result.doi)
        previous = cached.reference() if cached is not None else None
        changes = field_changes(stored, result.reference, previous)
        merged = apply_changes(stored, result.reference, changes,
                               overwrite_edited=overwrite_edited)
        refs_repo.update_reference(s, merged)
        crossref_cache.put(s, result)
        status = REFRESHED if changes else UP_TO_DATE
        return Outcome(result.doi, status, ref_id, result.agency, changes=changes,
                       overwrite_edited=overwrite_edited)
