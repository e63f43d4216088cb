"""Cached metadata responses (with fetch time) and the queue of DOIs waiting for the network.

Everything here takes a Session, so a caller stores a work, its cached response and the pending
queue change in ONE transaction (see `store_fetched`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.crossref import FetchResult
from core.crossref_mapping import csl_to_reference, message_of, work_to_reference
from core.errors import BadResponseError, InvalidValueError
from core.model import Reference
from core.openlibrary import book_record, book_to_reference
from db import references as refs_repo
from db.schema import CrossrefCacheRow, PendingDoiRow


@dataclass(frozen=True, slots=True)
class Cached:
    key: str
    agency: str | None
    url: str | None
    status: int
    fetched_at: datetime
    body: str

    def reference(self) -> Reference:
        """Map the cached body again (the mapping may have improved since it was fetched)."""
        return reference_from_body(self.key, self.agency, self.body)


def isbn_key(isbn: str) -> str:
    return "isbn:" + isbn.replace("-", "")


def reference_from_body(key: str, agency: str | None, body: str) -> Reference:
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise BadResponseError("cached response is not JSON", doi=key) from exc
    try:
        if agency == "openlibrary":
            record = book_record(data, key.removeprefix("isbn:"))
            if record is None:
                raise BadResponseError("cached Open Library answer has no record", doi=key)
            return book_to_reference(record, key.removeprefix("isbn:"))
        if agency == "crossref" and isinstance(data, dict) and (
                "message" in data or "DOI" in data and "title" in data and "type" in data
                and isinstance(data.get("title"), list)):
            ref = work_to_reference(message_of(data))
            ref.extra.setdefault("source-agency", "crossref")
            return ref
        return csl_to_reference(data, agency=agency)
    except InvalidValueError as exc:
        raise BadResponseError(f"cached response cannot be mapped: {exc}", doi=key) from exc


def get(session: Session, key: str) -> Cached | None:
    row = session.get(CrossrefCacheRow, key)
    if row is None:
        return None
    return Cached(row.doi, row.agency, row.url, row.status, row.fetched_at, row.body)


def get_many(session: Session, keys: list[str]) -> dict[str, Cached]:
    """The cached responses among `keys`, in a few queries."""
    out: dict[str, Cached] = {}
    for start in range(0, len(keys), 500):
        rows = session.execute(select(CrossrefCacheRow)
                               .where(CrossrefCacheRow.doi.in_(keys[start:start + 500])))
        for row in rows.scalars():
            out[row.doi] = Cached(row.doi, row.agency, row.url, row.status, row.fetched_at,
                                  row.body)
    return out


def put(session: Session, result: FetchResult, *, key: str | None = None) -> None:
    """Insert or replace the cached response for a DOI (or `isbn:` key)."""
    session.merge(CrossrefCacheRow(doi=key or result.doi, agency=result.agency, url=result.url,
                                   status=result.status,
                                   fetched_at=result.fetched_at.replace(tzinfo=None),
                                   body=result.body))


def queue(session: Session, doi: str, error: str | None = None) -> None:
    row = session.get(PendingDoiRow, doi)
    if row is None:
        session.add(PendingDoiRow(doi=doi, queued_at=_now(), attempts=0, last_error=error))
    else:
        row.last_error = error


def note_attempt(session: Session, doi: str, error: str) -> None:
    row = session.get(PendingDoiRow, doi)
    if row is not None:
        row.attempts = (row.attempts or 0) + 1
        row.last_error = error


def unqueue(session: Session, doi: str) -> None:
    session.execute(delete(PendingDoiRow).where(PendingDoiRow.doi == doi))


def pending(session: Session) -> list[str]:
    return list(session.execute(select(PendingDoiRow.doi)
                                .order_by(PendingDoiRow.queued_at, PendingDoiRow.doi)).scalars())


def store_fetched(session: Session, result: FetchResult, *, key: str | None = None
                  ) -> tuple[int, bool]:
    """Store a fetched work with its cached response and take it off the pending queue, inside
    the caller's transaction. Returns (id, added); an existing record is not touched."""
    doi = result.reference.doi
    existing = refs_repo.find_by_doi(session, doi) if doi else None
    if existing is None and result.reference.isbn:
        existing = refs_repo.find_by_isbn(session, result.reference.isbn[0]) \
            if key and key.startswith("isbn:") else None
    ref_id = existing if existing is not None else refs_repo.insert(session, result.reference)
    put(session, result, key=key)
    unqueue(session, result.doi)
    return ref_id, existing is None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
