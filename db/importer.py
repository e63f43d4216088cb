"""Importing reference files into a library: read and parse (core.formats), then store all of one
file's records in ONE transaction, in batches so tens of thousands of entries stay in bounded
memory; exact duplicates (same DOI, for books the same ISBN) are merged into the stored record
with `core.merge.fill_empty`; citation keys are made unique in the library; the import log is
written. A cancel or an error rolls the whole file back.

    summary = import_file(lib, Path("refs.bib"), collection="Монография",
                          progress=lambda done, total, stage: ..., cancel=threading.Event())

The GUI runs this off the GUI thread (gui/tasks.py); `progress` is called from that thread.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import citekeys
from core.duplicates import DuplicateCandidate, is_exact_duplicate
from core.errors import CancelledError, InvalidValueError, NotFoundError, ParseError
from core.formats import ParseResult, Problem, read_path
from core.formats.base import no_gc
from core.formats.encoding import sha256_file
from core.identifiers import isbn_compact
from core.merge import fill_empty
from core.model import Reference
from db import collections as coll_repo
from db import references as refs_repo
from db.library import Library
from db.schema import ImportLogRow, ReferenceRow

BATCH = 500
# progress(done, total, stage): stage is "read" (parsing, total unknown: 0), "store", then
# "duplicates" (comparing the added references with the library).
ProgressCallback = Callable[[int, int, str], None]
# Outcomes written to the import log.
OK, PARTIAL = "ok", "partial"


@dataclass(frozen=True, slots=True)
class Merged:
    """An incoming entry merged into a stored record as an exact duplicate: the record's id, the
    CSL-JSON keys that were empty and got filled (none when the stored record had everything),
    and where the entry was in the file."""

    ref_id: int
    fields: tuple[str, ...]
    line: int | None = None
    key: str | None = None
    doi: str | None = None


@dataclass(slots=True)
class ImportSummary:
    """What importing one file did. `skipped` are entries not imported (with the reason);
    `problems` are entries imported with something left out or changed; `error` is set when the
    file could not be read at all (then nothing was written). `possible_duplicates` are the
    candidates the duplicates finder (core/duplicates.py) flags between the added references and
    the library: never merged, left for the user (`duplicates`, the window's duplicates view)."""

    file: str
    format: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    added: list[int] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    possible_duplicates: list[DuplicateCandidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    cancelled: bool = False
    log_id: int | None = None
    collection_id: int | None = None
    kind: str = "references"  # or "pdf": the file is a PDF, for the PDF import

    @property
    def read_ok(self) -> bool:
        """True when the file was read (entries may still have been skipped)."""
        return self.error is None and not self.cancelled

    @property
    def outcome(self) -> str:
        return OK if not (self.skipped or self.problems) else PARTIAL


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("cancelled")


def used_keys(session: Session) -> set[str]:
    """Every citation key in the library (the trash too: a restored record keeps its key), lower
    case."""
    return {k.lower() for k in session.execute(
        select(ReferenceRow.citation_key).where(ReferenceRow.citation_key.is_not(None))).scalars()
        if k}


def resolve_collection(session: Session, spec: str | int | None, notes: list[str]) -> int | None:
    """A collection by id, name or path (`Монография/Глава 1`), created when it does not exist."""
    if spec is None or spec == "":
        return None
    if isinstance(spec, int):
        coll_repo.add_references(session, spec, [])  # raises NotFoundError for a bad id
        return spec
    try:
        return coll_repo.resolve(session, spec)
    except NotFoundError:
        parent: int | None = None
        for part in [p.strip() for p in spec.split("/") if p.strip()]:
            found = coll_repo.find(session, part, parent)
            parent = found if found is not None else coll_repo.create(session, part, parent)
        notes.append(f"collection {spec!r} created")
        return parent


def import_file(lib: Library, path: Path | str, *, collection: str | int | None = None,
                fmt: str | None = None, pattern: str = citekeys.DEFAULT_PATTERN,
                progress: ProgressCallback | None = None,
                cancel: threading.Event | None = None, batch_size: int = BATCH,
                flag_duplicates: bool = True) -> ImportSummary:
    """Read one file and import its records (see the module doc). A file that cannot be read
    returns a summary with `error` set and writes nothing; a PDF returns `kind == "pdf"`.
    With `flag_duplicates`, the added references are then compared with the library and the
    candidates listed in `possible_duplicates` (read only; nothing is merged)."""
    path = Path(path)
    summary = ImportSummary(file=str(path))
    if progress is not None:
        progress(0, 0, "read")
    try:
        _detection, parsed = read_path(path, fmt=fmt)
        if parsed is None:
            summary.kind = "pdf"
            summary.format = "pdf"
            return summary
        result = parsed
        summary.sha256 = sha256_file(path)
    except ParseError as exc:
        summary.error = str(exc)
        return summary
    except OSError as exc:
        summary.error = f"{path}: cannot read the file: {exc.strerror or exc}"
        return summary
    if cancel is not None and cancel.is_set():
        summary.cancelled = True
        return summary
    return import_result(lib, result, summary=summary, collection=collection, pattern=pattern,
                         progress=progress, cancel=cancel, batch_size=batch_size,
                         flag_duplicates=flag_duplicates)


def import_result(lib: Library, result: ParseResult, *, summary: ImportSummary | None = None,
                  collection: str | int | None = None, pattern: str = citekeys.DEFAULT_PATTERN,
                  progress: ProgressCallback | None = None,
                  cancel: threading.Event | None = None,
                  batch_size: int = BATCH, flag_duplicates: bool = True) -> ImportSummary:
    """Store parsed records (one transaction; see the module doc), then flag duplicate
    candidates of the added references (see `import_file`)."""
    summary = summary or ImportSummary(file=result.file or "")
    summary.format = result.format
    summary.encoding = result.encoding
    summary.skipped = list(result.skipped)
    summary.problems = list(result.warnings)
    summary.notes.extend(result.notes)
    started = datetime.now()
    total = len(result.records)
    try:
        with lib.transaction() as s, no_gc():
            _store(s, result, summary, collection, pattern, progress, cancel, batch_size, total)
            log = ImportLogRow(
                file_name=Path(summary.file).name, sha256=summary.sha256, format=summary.format,
                started_at=started, finished_at=datetime.now(), outcome=summary.outcome,
                added=len(summary.added), merged=len(summary.merged),
                skipped=len(summary.skipped),
                problems_json=json.dumps(
                    [{"line": p.line, "key": p.key, "message": p.message, "skipped": p.skipped}
                     for p in summary.skipped + summary.problems], ensure_ascii=False) or None)
            s.add(log)
            s.flush()
            summary.log_id = log.id
    except CancelledError:
        # The transaction was rolled back: nothing of this file is in the library.
        summary.cancelled = True
        summary.added, summary.merged, summary.log_id = [], [], None
        return summary
    if flag_duplicates and summary.added:
        from db.duplicates import candidates_for

        if progress is not None:
            progress(total, total, "duplicates")
        summary.possible_duplicates = candidates_for(
            lib, summary.added, cancel=cancel.is_set if cancel is not None else None)
    return summary


def _store(s: Session, result: ParseResult, summary: ImportSummary,
           collection: str | int | None, pattern: str, progress: ProgressCallback | None,
           cancel: threading.Event | None, batch_size: int, total: int) -> None:
    summary.collection_id = resolve_collection(s, collection, summary.notes)
    taken = used_keys(s)
    # Records of this file by DOI / ISBN, so a second entry of the same work merges into the
    # first: value = stored id, or the pending record not inserted yet.
    by_doi: dict[str, int | Reference] = {}
    by_isbn: dict[str, int | Reference] = {}
    pending: list[tuple[Reference, int | None]] = []
    pending_merges: list[tuple[Reference, list[str], int | None, str | None]] = []
    entries = list(result.entries())
    for start in range(0, len(entries), batch_size):
        _check_cancel(cancel)
        chunk = entries[start:start + batch_size]
        stored_doi, stored_isbn = _lookup(s, [ref for _, ref in chunk])
        for line, ref in chunk:
            target = _target(ref, by_doi, by_isbn, stored_doi, stored_isbn)
            existing = refs_repo.get(s, target) if isinstance(target, int) else None
            other = existing if isinstance(target, int) else target
            if other is not None and not is_exact_duplicate((-1, other), (-2, ref)):
                # The same DOI on another work (a chapter given its book's DOI): added, and
                # flagged as a candidate afterwards, never merged silently.
                target = None
            if target is None:
                pending.append((ref, line))
                if ref.doi:
                    by_doi[ref.doi] = ref
                for isbn in _isbns(ref):
                    by_isbn.setdefault(isbn, ref)
                continue
            if isinstance(target, Reference):  # the same work earlier in this file
                merged, filled = fill_empty(target, ref)
                _replace(target, merged)
                pending_merges.append((target, filled, line, ref.citation_key))
                continue
            assert existing is not None
            merged, filled = fill_empty(existing, ref)
            if filled:
                refs_repo.update_reference(s, merged)
            if summary.collection_id is not None:
                coll_repo.add_references(s, summary.collection_id, [target])
            summary.merged.append(Merged(target, tuple(filled), line, ref.citation_key,
                                         ref.doi))
        _flush(s, pending, taken, pattern, summary, by_doi, by_isbn)
        pending = []
        done = min(start + batch_size, total)
        if progress is not None:
            progress(done, total, "store")
        _check_cancel(cancel)
    if pending:
        _flush(s, pending, taken, pattern, summary, by_doi, by_isbn)
    for target, filled, line, key in pending_merges:
        assert target.id is not None
        summary.merged.append(Merged(target.id, tuple(filled), line, key, target.doi))


def _replace(target: Reference, merged: Reference) -> None:
    """Update a pending record in place (the dictionaries of this file point at it)."""
    for name in target.__slots__:
        if name != "id":
            setattr(target, name, getattr(merged, name))


def _isbns(ref: Reference) -> list[str]:
    if ref.type != "book" or ref.doi:
        return []
    out = []
    for isbn in ref.isbn:
        try:
            out.append(isbn_compact(isbn))
        except InvalidValueError:  # an ISBN that no longer validates is simply not a key
            continue
    return out


def _target(ref: Reference, by_doi: dict[str, int | Reference],
            by_isbn: dict[str, int | Reference], stored_doi: dict[str, int],
            stored_isbn: dict[str, tuple[int, str | None]]) -> int | Reference | None:
    """The stored id (or pending record) this entry is an exact duplicate of, if any: the same
    DOI, or for a book without a DOI the same ISBN of a book without another DOI."""
    if ref.doi:
        return stored_doi.get(ref.doi) or by_doi.get(ref.doi)
    for isbn in _isbns(ref):
        hit = stored_isbn.get(isbn)
        if hit is not None and hit[1] is None:
            return hit[0]
        pending = by_isbn.get(isbn)
        if pending is not None:
            return pending
    return None


def _lookup(s: Session, refs: Sequence[Reference]) -> tuple[dict[str, int],
                                                             dict[str, tuple[int, str | None]]]:
    """Stored live records with these DOIs / ISBNs (one query each per batch)."""
    dois = sorted({r.doi for r in refs if r.doi})
    isbns = sorted({i for r in refs for i in _isbns(r)})
    by_doi = refs_repo.find_many_by_doi(s, dois) if dois else {}
    by_isbn = refs_repo.find_many_books_by_isbn(s, isbns) if isbns else {}
    return by_doi, by_isbn


def _flush(s: Session, pending: list[tuple[Reference, int | None]], taken: set[str],
           pattern: str, summary: ImportSummary, by_doi: dict[str, int | Reference],
           by_isbn: dict[str, int | Reference]) -> None:
    if not pending:
        return
    refs = [ref for ref, _ in pending]
    for ref in refs:
        ref.id = None
    taken |= citekeys.assign(refs, taken, pattern)
    ids = refs_repo.insert_many(s, refs)
    # Stored now: a later entry of the same work merges through the database.
    for ref, ref_id in zip(refs, ids, strict=True):
        if ref.doi and by_doi.get(ref.doi) is ref:
            by_doi[ref.doi] = ref_id
        for isbn in _isbns(ref):
            if by_isbn.get(isbn) is ref:
                by_isbn[isbn] = ref_id
    if summary.collection_id is not None:
        coll_repo.add_references(s, summary.collection_id, ids)
    summary.added.extend(ids)


def import_files(lib: Library, paths: Sequence[Path | str], **kwargs: Any) -> list[ImportSummary]:
    """Each file in its own transaction: one unreadable file does not stop the others."""
    return [import_file(lib, p, **kwargs) for p in paths]
