"""Duplicates in a library: scanning the live references for candidates, the pairs the user said
are not duplicates, and merging two stored references in one transaction.

    found = duplicates.scan(lib)                       # whole library (GUI: off the GUI thread)
    found = duplicates.candidates_for(lib, new_ids)    # after an import: new vs the rest
    summary = duplicates.merge(lib, keep_id, other_id, {"title": "other"})
    duplicates.mark_not_duplicate(lib, a, b)

Merging keeps one record (`keep`) with the merged fields and everything attached to either record:
attachments and notes move to it; tags, collections, team-publication marks, the journal link and
"not a duplicate" marks are copied to it. The other record goes to the trash (restorable: it keeps
its own tags and collections, so restoring it puts it back where it was), and a backup of the
library is made before the merge."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from core.duplicates import (
    DuplicateCandidate,
    Fingerprint,
    ProgressFn,
    find_duplicates,
    find_duplicates_of,
    fingerprint,
    fingerprint_from_csl,
)
from core.errors import InvalidValueError, NotFoundError
from core.formats.base import no_gc
from core.merge import FieldDifference, field_differences, merge_records
from core.model import Reference
from db import attachments
from db import references as refs_repo
from db.journals import ReferenceJournalRow, TeamPublicationRow
from db.library import Library
from db.schema import (
    CreatorRow,
    NotDuplicateRow,
    NoteRow,
    ReferenceCollectionRow,
    ReferenceRow,
    ReferenceTagRow,
)
from db.sqlite import insert_ignoring_existing, json_values

# The CSL-JSON keys duplicate detection reads, extracted by SQLite (one JSON parse per row in C,
# a short array to decode in Python instead of the whole record: see bench/bench_duplicates.py).
_JSON_KEYS = ("type", "title-translit", "title-translated", "ISBN", "ISSN", "container-title",
              "volume", "issue", "page", "number", "edition", "case-number", "update-to",
              "updated-by")


# ---------------------------------------------------------------------------------- loading
def load_fingerprints(session: Session, ids: Collection[int] | None = None) -> list[Fingerprint]:
    """Fingerprints of the live (not trashed) references, or of the given ones (trashed too)."""
    with no_gc():  # tens of thousands of small objects, no cycles (see find_duplicates)
        return _load_fingerprints(session, ids)


def _load_fingerprints(session: Session, ids: Collection[int] | None) -> list[Fingerprint]:
    conn = session.connection()
    authors = _first_creators(session, ids)
    columns = select(ReferenceRow.id, ReferenceRow.title, ReferenceRow.year, ReferenceRow.doi,
                     json_values(ReferenceRow.data, _JSON_KEYS))
    out: list[Fingerprint] = []
    chunks: Iterable[Sequence[int] | None] = [None] if ids is None else \
        [list(ids)[i:i + 900] for i in range(0, len(ids), 900)]
    for chunk in chunks:
        stmt = columns.where(ReferenceRow.deleted_at.is_(None) if chunk is None
                             else ReferenceRow.id.in_(chunk))
        for ref_id, title, year, doi, extracted in conn.execute(stmt):
            values = json.loads(extracted) if extracted else [None] * len(_JSON_KEYS)
            csl: dict[str, Any] = {k: v for k, v in zip(_JSON_KEYS, values, strict=True)
                                   if v is not None}
            csl["title"] = title
            csl["DOI"] = doi
            out.append(fingerprint_from_csl(ref_id, csl, year, authors.get(ref_id)))
    out.sort(key=lambda f: f.id)
    return out


def _first_creators(session: Session, ids: Collection[int] | None) -> dict[int, str]:
    """Reference id -> the first author's family name (or organisation), else the first
    creator's in any role (an edited book's editor)."""
    rank = func.min(CreatorRow.position + _role_offset())
    stmt = select(CreatorRow.reference_id, CreatorRow.family, CreatorRow.literal, rank) \
        .group_by(CreatorRow.reference_id)
    out: dict[int, str] = {}
    id_list = None if ids is None else list(ids)
    chunks: Iterable[list[int] | None] = [None] if id_list is None else \
        [id_list[i:i + 900] for i in range(0, len(id_list), 900)]
    for chunk in chunks:
        query = stmt if chunk is None else stmt.where(CreatorRow.reference_id.in_(chunk))
        # SQLite returns the other columns of the row holding the MIN() (bare columns).
        for ref_id, family, literal, _ in session.execute(query):
            name = family or literal
            if name:
                out[ref_id] = name
    return out


def _role_offset() -> Any:
    from sqlalchemy import case

    return case((CreatorRow.role == "author", 0), else_=1_000_000)


# ---------------------------------------------------------------------------------- scanning
def not_duplicate_pairs(session: Session) -> set[tuple[int, int]]:
    return {(a, b) for a, b in session.execute(select(NotDuplicateRow.ref_a,
                                                      NotDuplicateRow.ref_b))}


def scan(lib: Library, *, progress: ProgressFn | None = None,
         cancel: Callable[[], bool] | None = None) -> list[DuplicateCandidate]:
    """Candidate pairs among the live references, best first, without the pairs marked "not a
    duplicate". Reads in one short session; the comparison runs after it is closed."""
    with lib.read() as s:
        prints = load_fingerprints(s)
        excluded = not_duplicate_pairs(s)
    return find_duplicates(prints, exclude=excluded, progress=progress, cancel=cancel)


def candidates_for(lib: Library, new_ids: Collection[int], *, among_new: bool = True,
                   progress: ProgressFn | None = None,
                   cancel: Callable[[], bool] | None = None) -> list[DuplicateCandidate]:
    """Candidates between stored references just added (an import's new ids) and the rest of the
    live library, and among themselves unless `among_new` is False; marked pairs left out."""
    wanted = set(new_ids)
    with lib.read() as s:
        prints = load_fingerprints(s)
        excluded = not_duplicate_pairs(s)
    new = [f for f in prints if f.id in wanted]
    old = [f for f in prints if f.id not in wanted]
    return find_duplicates_of(new, old, among_new=among_new, exclude=excluded,
                              progress=progress, cancel=cancel)


def candidates_for_records(lib: Library, records: Sequence[tuple[int, Reference]], *,
                           among_new: bool = True) -> list[DuplicateCandidate]:
    """Candidates between records not stored yet (give them ids no stored record has, e.g.
    negative ones) and the live library."""
    with lib.read() as s:
        prints = load_fingerprints(s)
    return find_duplicates_of([fingerprint(i, r) for i, r in records], prints,
                              among_new=among_new)


def _ordered(a: int, b: int) -> tuple[int, int]:
    if a == b:
        raise InvalidValueError("pair", f"{a} {b}", "a reference is not a duplicate of itself")
    return (a, b) if a < b else (b, a)


def mark_not_duplicate(lib: Library, a: int, b: int) -> bool:
    """Remember that two references are not duplicates (never proposed again). Returns False when
    the pair was already marked."""
    lo, hi = _ordered(a, b)
    with lib.transaction() as s:
        for ref_id in (lo, hi):
            if s.get(ReferenceRow, ref_id) is None:
                raise NotFoundError(f"no reference with id {ref_id}")
        if s.get(NotDuplicateRow, (lo, hi)) is not None:
            return False
        s.add(NotDuplicateRow(ref_a=lo, ref_b=hi))
    return True


def unmark_not_duplicate(lib: Library, a: int, b: int) -> bool:
    """Forget a "not a duplicate" mark. Returns False when the pair was not marked."""
    lo, hi = _ordered(a, b)
    with lib.transaction() as s:
        result = s.execute(delete(NotDuplicateRow).where(NotDuplicateRow.ref_a == lo,
                                                         NotDuplicateRow.ref_b == hi))
        return bool(getattr(result, "rowcount", 0))


# ---------------------------------------------------------------------------------- merging
@dataclass(slots=True)
class MergeSummary:
    """What a merge changed: the kept record's changed fields (CSL-JSON keys, `creators`), and
    what it gained from the other record, which went to the trash."""

    kept: int
    removed: int
    fields: list[str] = field(default_factory=list)
    attachments: int = 0
    notes: int = 0
    tags: int = 0
    collections: int = 0
    team_projects: int = 0
    journal_link: bool = False
    not_duplicates: int = 0
    backup: Path | None = None

    def describe(self) -> str:
        parts = [f"merged {self.removed} into {self.kept}"]
        if self.fields:
            parts.append("fields: " + ", ".join(self.fields))
        gained = [f"{n} {what}" for n, what in (
            (self.attachments, "attachment(s)"), (self.notes, "note(s)"), (self.tags, "tag(s)"),
            (self.collections, "collection(s)"), (self.team_projects, "team project(s)"))
            if n]
        if self.journal_link:
            gained.append("journal link")
        if gained:
            parts.append("gained " + ", ".join(gained))
        parts.append(f"{self.removed} moved to the trash")
        return "; ".join(parts)


def differences(lib: Library, keep_id: int, other_id: int) -> list[FieldDifference]:
    """The fields where two stored references differ (the side-by-side view)."""
    with lib.read() as s:
        keep, other = refs_repo.get(s, keep_id), refs_repo.get(s, other_id)
    return field_differences(keep, other)


def merge(lib: Library, keep_id: int, other_id: int,
          choices: Mapping[str, str] | None = None, *, backup: bool = True) -> MergeSummary:
    """Merge `other_id` into `keep_id`: the kept reference gets the merged fields (see
    core.merge.merge_records for `choices`) and every attachment, note, tag, collection,
    team-publication mark and journal link of both; the other goes to the trash. One
    transaction: any failure leaves the library as it was. A backup is made first."""
    if keep_id == other_id:
        raise InvalidValueError("merge", keep_id, "cannot merge a reference with itself")
    with lib.read() as s:
        for ref_id in (keep_id, other_id):
            if refs_repo.is_deleted(s, ref_id):  # NotFoundError when it does not exist
                raise InvalidValueError("merge", ref_id, "is in the trash; restore it first")
        # Bad choices are refused before anything is written, backups included.
        merge_records(refs_repo.get(s, keep_id), refs_repo.get(s, other_id), choices)
    made = lib.backup("before-merge") if backup else None
    with lib.transaction() as s:
        summary = merge_in_session(s, keep_id, other_id, choices)
    summary.backup = made
    return summary


def merge_in_session(s: Session, keep_id: int, other_id: int,
                     choices: Mapping[str, str] | None = None) -> MergeSummary:
    """The merge inside the caller's transaction (no backup): for callers that merge several
    pairs in one transaction."""
    keep = refs_repo.get(s, keep_id)
    other = refs_repo.get(s, other_id)
    merged, changed = merge_records(keep, other, choices)
    summary = MergeSummary(kept=keep_id, removed=other_id, fields=changed)
    if changed:
        refs_repo.update_reference(s, merged)
    summary.attachments = attachments.move_all(s, other_id, keep_id)
    notes = s.execute(update(NoteRow).where(NoteRow.reference_id == other_id)
                      .values(reference_id=keep_id))
    summary.notes = int(getattr(notes, "rowcount", 0) or 0)
    summary.tags = _copy_links(s, ReferenceTagRow, ReferenceTagRow.tag_id, other_id, keep_id)
    summary.collections = _copy_links(s, ReferenceCollectionRow,
                                      ReferenceCollectionRow.collection_id, other_id, keep_id)
    summary.team_projects = _copy_links(s, TeamPublicationRow, TeamPublicationRow.project_id,
                                        other_id, keep_id)
    summary.journal_link = _take_journal_link(s, other_id, keep_id)
    summary.not_duplicates = _carry_not_duplicates(s, other_id, keep_id)
    refs_repo.move_to_trash(s, [other_id])
    refs_repo.reindex(s, [keep_id, other_id])  # notes moved: both search rows change
    return summary


def _copy_links(s: Session, table: Any, column: Any, from_ref: int, to_ref: int) -> int:
    """Give `to_ref` every link (tag, collection, project) `from_ref` has; returns how many it did
    not have yet. The other record keeps its own links (restoring it from the trash is whole)."""
    targets = set(s.execute(select(column).where(table.reference_id == from_ref)).scalars())
    have = set(s.execute(select(column).where(table.reference_id == to_ref)).scalars())
    new = sorted(targets - have)
    if new:
        name = column.key
        s.execute(insert_ignoring_existing(table),
                  [{"reference_id": to_ref, name: t} for t in new])
    return len(new)


def _take_journal_link(s: Session, from_ref: int, to_ref: int) -> bool:
    """The kept record takes the other's journal link when it has none, or when the other's was
    confirmed by the user and its own was not."""
    theirs = s.get(ReferenceJournalRow, from_ref)
    if theirs is None:
        return False
    ours = s.get(ReferenceJournalRow, to_ref)
    if ours is None:
        s.add(ReferenceJournalRow(reference_id=to_ref, journal_id=theirs.journal_id,
                                  matched_by=theirs.matched_by, confirmed=theirs.confirmed))
        s.flush()
        return True
    if theirs.confirmed and not ours.confirmed:
        ours.journal_id, ours.matched_by, ours.confirmed = \
            theirs.journal_id, theirs.matched_by, True
        s.flush()
        return True
    return False


def _carry_not_duplicates(s: Session, from_ref: int, to_ref: int) -> int:
    """"X is not a duplicate of the other" holds for the merged record too; the pair just merged
    is no longer marked."""
    s.execute(delete(NotDuplicateRow).where(
        NotDuplicateRow.ref_a == min(from_ref, to_ref),
        NotDuplicateRow.ref_b == max(from_ref, to_ref)))
    others: set[int] = set()
    for a, b in s.execute(select(NotDuplicateRow.ref_a, NotDuplicateRow.ref_b).where(
            or_(NotDuplicateRow.ref_a == from_ref, NotDuplicateRow.ref_b == from_ref))):
        others.add(b if a == from_ref else a)
    others.discard(to_ref)
    rows = [{"ref_a": min(x, to_ref), "ref_b": max(x, to_ref)} for x in sorted(others)]
    if rows:
        s.execute(insert_ignoring_existing(NotDuplicateRow), rows)
    return len(rows)
