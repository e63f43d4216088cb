"""Importing a PDF: read its DOI, fetch the work's metadata through the Crossref pipeline, store
the reference and attach the file, all in one transaction; without a DOI, offer title-search
candidates and write nothing (a guess is never attached silently).

    outcome = pdf_import.import_pdf(lib, path, client)          # GUI: off the GUI thread
    if outcome.status == pdf_import.CANDIDATES:                 # the user picks one...
        outcome = pdf_import.import_pdf(lib, path, client, doi=chosen.doi)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from core.crossref import Candidate, CrossrefClient, error_reason
from core.errors import DoiNotFoundError, InvalidValueError, NetworkError
from core.identifiers import normalize_doi
from core.model import Reference
from core.pdf import PdfInfo, read_pdf
from db import attachments, crossref_cache
from db import collections as colls
from db import references as refs_repo
from db.crossref_import import flag_updated_works
from db.library import Library

# Outcome statuses (the GUI translates these; the command line prints them in English).
ADDED = "added"                          # new reference from the DOI's metadata, file attached
ATTACHED = "attached"                    # the DOI was in the library: file attached to it
ALREADY_ATTACHED = "already-attached"    # ... and the file was attached already
CANDIDATES = "candidates"                # no DOI: title-search candidates, nothing written
NO_DOI = "no-doi"                        # no DOI and no title to search with
NOT_FOUND = "not-found"                  # a DOI nobody knows (nothing written; candidates kept)
FAILED = "failed"                        # offline, rate limited... nothing written


@dataclass(slots=True)
class PdfOutcome:
    path: Path
    status: str
    info: PdfInfo
    doi: str | None = None
    ref_id: int | None = None
    attachment_id: int | None = None
    agency: str | None = None
    cached: bool = False
    reason: str | None = None
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def written(self) -> bool:
        return self.status in (ADDED, ATTACHED)


def import_pdf(lib: Library, path: Path | str, client: CrossrefClient, *,
               doi: str | None = None, collection_id: int | None = None, rows: int = 5,
               cancel: threading.Event | None = None) -> PdfOutcome:
    """Import one PDF. `doi` overrides the DOI found in the file (the user's choice among
    candidates). The reference is put in `collection_id` when given. Raises PdfError /
    PdfEncryptedError for a file that cannot be read (nothing is written then)."""
    file = Path(path).expanduser()
    info = read_pdf(file)
    wanted = normalize_doi(doi) if doi else info.doi
    if wanted is None:
        return _search(info, client, rows)
    with lib.read() as s:
        existing = refs_repo.find_by_doi(s, wanted)
        cached = crossref_cache.get(s, wanted) if existing is None else None
    if existing is not None:
        return _attach_existing(lib, info, wanted, existing, collection_id)
    ref: Reference
    agency: str | None
    result = None
    if cached is not None:
        ref, agency = cached.reference(), cached.agency
    else:
        try:
            result = client.fetch(wanted, cancel=cancel)
        except DoiNotFoundError as exc:
            outcome = _search(info, client, rows) if info.title else \
                PdfOutcome(file, NOT_FOUND, info)
            outcome.status, outcome.doi = NOT_FOUND, wanted
            outcome.reason = f"DOI {wanted} not found ({error_reason(exc)})"
            return outcome
        except NetworkError as exc:
            return PdfOutcome(file, FAILED, info, doi=wanted, reason=error_reason(exc))
        ref, agency = result.reference, result.agency
    with lib.transaction() as s:
        ref_id = refs_repo.find_by_doi(s, wanted)  # added meanwhile by another window?
        if ref_id is None:
            if result is not None:
                ref_id, _ = crossref_cache.store_fetched(s, result)
            else:
                ref_id = refs_repo.insert(s, ref)
                crossref_cache.unqueue(s, wanted)
            flag_updated_works(s, ref)
        att = attachments.add(s, ref_id, file, attachments.base_dir(lib))
        if collection_id is not None:
            colls.add_references(s, collection_id, [ref_id])
    return PdfOutcome(file, ADDED, info, doi=wanted, ref_id=ref_id, attachment_id=att,
                      agency=agency, cached=result is None)


def _attach_existing(lib: Library, info: PdfInfo, doi: str, ref_id: int,
                     collection_id: int | None) -> PdfOutcome:
    with lib.transaction() as s:
        before = {a.id for a in attachments.of_reference(s, ref_id)}
        att = attachments.add(s, ref_id, info.path, attachments.base_dir(lib))
        if collection_id is not None:
            colls.add_references(s, collection_id, [ref_id])
    status = ALREADY_ATTACHED if att in before else ATTACHED
    return PdfOutcome(info.path, status, info, doi=doi, ref_id=ref_id, attachment_id=att)


def _search(info: PdfInfo, client: CrossrefClient, rows: int) -> PdfOutcome:
    """Title-search candidates for a PDF without a DOI; nothing is written."""
    if not info.title:
        return PdfOutcome(info.path, NO_DOI, info, reason="no DOI and no title found in the file")
    try:
        found = client.find_doi(Reference(title=info.title), rows=rows)
    except (NetworkError, InvalidValueError) as exc:
        reason = error_reason(exc) if isinstance(exc, NetworkError) else str(exc)
        return PdfOutcome(info.path, FAILED, info, reason=f"title search failed: {reason}")
    return PdfOutcome(info.path, CANDIDATES, info, candidates=found,
                      reason=None if found else "no candidates")
