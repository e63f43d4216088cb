"""Repository of references: rows <-> `core.model.Reference`, lookups, listing, trash, search.

Every function takes a Session and never commits: the caller's transaction decides."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, or_, select, update
from sqlalchemy import column as sa_column
from sqlalchemy import insert as sa_insert
from sqlalchemy import table as sa_table
from sqlalchemy.orm import Session

from core.errors import NotFoundError
from core.identifiers import isbn_compact, normalize_doi
from core.model import Creator, Reference
from core.text import collation_key
from db import fts
from db.schema import (
    CollectionRow,
    CreatorRow,
    NoteRow,
    ReferenceCollectionRow,
    ReferenceRow,
    ReferenceTagRow,
)
from db.sqlite import bulk_insert, json_value_if_present

# Sort keys the listing accepts -> column. Each has an index led by deleted_at, so a page of a
# sorted listing walks the index instead of sorting the whole library.
SORT_COLUMNS = {
    "added": ReferenceRow.added_at,
    "modified": ReferenceRow.modified_at,
    "title": ReferenceRow.sort_title,
    "author": ReferenceRow.sort_author,
    "year": ReferenceRow.year,
    "type": ReferenceRow.type,
    "container": ReferenceRow.sort_container,
    "language": ReferenceRow.language,
    "id": ReferenceRow.id,
}
# The team tables (db/journals.py) as bare table clauses: listing a team's publications does not
# import the journal registry's models (the window's start-up path lists them).
_TEAM_PUBLICATIONS = sa_table("team_publications", sa_column("project_id"),
                              sa_column("reference_id"))
_TEAM_PROJECTS = sa_table("team_projects", sa_column("id"), sa_column("name"))
# Above this many ids a restriction goes to SQLite as one JSON parameter, not one per id.
_MAX_INLINE_IDS = 900
_NAME_COLUMNS = ("family", "given", "literal")
# Core tables for executemany inserts (the ORM's bulk path is far slower for 100k rows).
_REFERENCES = cast(Table, ReferenceRow.__table__)
_CREATORS = cast(Table, CreatorRow.__table__)


# Values per IN (...) list: well under SQLite's bound-parameter limit.
_IN_CHUNK = 500


def _now() -> datetime:
    return datetime.now()


def _key(text: str | None) -> str:
    group, key = collation_key(text)
    return f"{group}{key}"


def _initials(given: str | None) -> str:
    if not given:
        return ""
    parts = given.split()
    if all(p.endswith(".") and len(p) <= 4 for p in parts):
        return given  # already initials, as typed: "A. Sh."
    return " ".join(p[0] + "." for p in given.replace("-", " ").split() if p[0].isalpha())


def authors_display(creators: Sequence[Creator]) -> str:
    people = [c for c in creators if c.role == "author"] or list(creators)
    out = []
    for c in people[:10]:
        if c.is_organisation or not c.family:
            out.append(c.literal or c.given or "")
        else:
            family = " ".join(p for p in (c.particle, c.family) if p)
            out.append(f"{family} {_initials(c.given)}".strip())
    return "; ".join(out) + ("; …" if len(people) > 10 else "")


def _columns(ref: Reference, csl: dict[str, Any] | None = None) -> dict[str, Any]:
    """Column values for a reference (everything but id and timestamps). `csl` is the
    reference's `to_csl(include_id=False)` when the caller has it already (it is modified)."""
    csl = ref.to_csl(include_id=False) if csl is None else csl
    for role in {c.role for c in ref.creators}:  # creators live in their own table
        csl.pop(role, None)
    first = ref.authors[0] if ref.authors else (ref.creators[0] if ref.creators else None)
    sort_name = (first.family or first.literal) if first else ref.title
    return {
        "type": ref.type,
        "title": ref.title,
        "container_title": ref.container_title,
        "year": ref.year,
        "doi": ref.doi,
        "isbn": isbn_compact(ref.isbn[0]) if ref.isbn else None,
        "language": ref.language,
        "citation_key": ref.citation_key,
        "authors": authors_display(ref.creators),
        "sort_author": _key(sort_name),
        "sort_title": _key(ref.title),
        "sort_container": _key(ref.container_title) if ref.container_title else "",
        "data": json.dumps(csl, ensure_ascii=False, separators=(",", ":")),
    }


def _creator_rows(ref_id: int, creators: Sequence[Creator]) -> list[dict[str, Any]]:
    rows = []
    for pos, c in enumerate(creators):
        rest = {k: v for k, v in c.to_csl().items() if k not in _NAME_COLUMNS}
        rows.append({"reference_id": ref_id, "position": pos, "role": c.role,
                     "family": c.family, "given": c.given, "literal": c.literal,
                     "data": json.dumps(rest, ensure_ascii=False) if rest else None})
    return rows


def _creator_names(creators: Sequence[Creator]) -> list[str]:
    return [" ".join(p for p in (c.particle, c.family, c.given, c.literal) if p) for c in creators]


def insert(session: Session, ref: Reference) -> int:
    return insert_many(session, [ref])[0]


def insert_many(session: Session, refs: Sequence[Reference]) -> list[int]:
    """Insert references with plain executemany statements (this is the import path) and set
    `ref.id` on each. Ids follow the current maximum: the caller's write transaction (BEGIN
    IMMEDIATE) holds the lock, so no other writer can take them meanwhile."""
    if not refs:
        return []
    now = _now()
    conn = session.connection()
    first = int(conn.execute(select(func.coalesce(func.max(ReferenceRow.id), 0))).scalar() or 0) + 1
    ids = list(range(first, first + len(refs)))
    rows = []
    creators: list[dict[str, Any]] = []
    docs = []
    for ref_id, ref in zip(ids, refs, strict=True):
        ref.id = ref_id
        csl = ref.to_csl(include_id=False)
        row = {**_columns(ref, dict(csl)), "id": ref_id, "added_at": now, "modified_at": now}
        rows.append(row)
        creators.extend(_creator_rows(ref_id, ref.creators))
        docs.append((ref_id, fts.document(csl, _creator_names(ref.creators), [])))
    # Plain DBAPI executemany: SQLAlchemy's per-row parameter processing is a third of the
    # insert time of a 10,000-entry import (bench/bench_import.py). Dates go in as SQLAlchemy's
    # own SQLite DATETIME text, so the ORM reads them back unchanged.
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    for row in rows:
        row["added_at"] = row["modified_at"] = stamp
    bulk_insert(conn, _REFERENCES, rows)
    if creators:
        bulk_insert(conn, _CREATORS, creators)
    fts.insert_documents(session, docs)
    return ids


def update_reference(session: Session, ref: Reference) -> None:
    """Replace a stored reference's fields and creators with `ref`'s."""
    if ref.id is None:
        raise NotFoundError("cannot update a reference that has no id")
    _require(session, ref.id)
    values = {**_columns(ref), "modified_at": _now()}
    session.execute(update(ReferenceRow).where(ReferenceRow.id == ref.id).values(**values))
    session.execute(delete(CreatorRow).where(CreatorRow.reference_id == ref.id))
    rows = _creator_rows(ref.id, ref.creators)
    if rows:
        session.connection().execute(sa_insert(_CREATORS), rows)
    reindex(session, [ref.id])


def reindex(session: Session, ref_ids: Iterable[int]) -> None:
    """Rebuild the search rows of these references from what is stored (fields, creators, notes)."""
    ids = list(ref_ids)
    if not ids:
        return
    refs = {r.id: r for r in get_many(session, ids)}
    notes: dict[int, list[str]] = {}
    for ref_id, text in session.execute(
            select(NoteRow.reference_id, NoteRow.text).where(NoteRow.reference_id.in_(ids))):
        notes.setdefault(ref_id, []).append(text)
    docs = []
    for ref_id in ids:
        ref = refs[ref_id]
        docs.append((ref_id, fts.document(ref.to_csl(include_id=False),
                                          _creator_names(ref.creators), notes.get(ref_id, []))))
    fts.replace_documents(session, docs)


def _require(session: Session, ref_id: int) -> ReferenceRow:
    row = session.get(ReferenceRow, ref_id)
    if row is None:
        raise NotFoundError(f"no reference with id {ref_id}")
    return row


def _to_reference(row: ReferenceRow | Any, creators: Sequence[Any]) -> Reference:
    csl = json.loads(row.data)
    ref = Reference.from_csl(csl)
    ref.creators = []
    for c in creators:
        data = {"family": c.family, "given": c.given, "literal": c.literal}
        if c.data:
            data.update(json.loads(c.data))
        ref.creators.append(Creator.from_csl({k: v for k, v in data.items() if v is not None},
                                             c.role))
    ref.id = row.id
    return ref


def get(session: Session, ref_id: int) -> Reference:
    """The reference with this id (also when it is in the trash)."""
    found = get_many(session, [ref_id])
    if not found:
        raise NotFoundError(f"no reference with id {ref_id}")
    return found[0]


def get_many(session: Session, ids: Sequence[int]) -> list[Reference]:
    """References by id, in the order asked; missing ids are left out."""
    if not ids:
        return []
    out: dict[int, Reference] = {}
    for chunk_start in range(0, len(ids), 900):
        chunk = list(ids[chunk_start:chunk_start + 900])
        rows = session.execute(select(ReferenceRow.id, ReferenceRow.data)
                               .where(ReferenceRow.id.in_(chunk))).all()
        creators: dict[int, list[Any]] = {}
        for c in session.execute(select(CreatorRow).where(CreatorRow.reference_id.in_(chunk))
                                 .order_by(CreatorRow.reference_id, CreatorRow.position)).scalars():
            creators.setdefault(c.reference_id, []).append(c)
        for row in rows:
            out[row.id] = _to_reference(row, creators.get(row.id, []))
    return [out[i] for i in ids if i in out]


def is_deleted(session: Session, ref_id: int) -> bool:
    return _require(session, ref_id).deleted_at is not None


def find_by_doi(session: Session, doi: str, *, include_deleted: bool = False) -> int | None:
    canonical = normalize_doi(doi)
    stmt = select(ReferenceRow.id).where(ReferenceRow.doi == canonical)
    if not include_deleted:
        stmt = stmt.where(ReferenceRow.deleted_at.is_(None))
    return session.execute(stmt.order_by(ReferenceRow.id).limit(1)).scalar()


def find_many_by_doi(session: Session, dois: Sequence[str]) -> dict[str, int]:
    """Canonical DOI -> id of the (first) live reference with it, for many DOIs in a few queries
    (a pasted list of 300 DOIs is planned without 300 round trips)."""
    wanted = list(dict.fromkeys(normalize_doi(d) for d in dois))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        # The trash is filtered here, not in SQL: with `deleted_at IS NULL` beside a long IN
        # list SQLite's planner walks a (deleted_at, ...) index over every live row instead of
        # the DOI index (0.17 s per 500 DOIs on 10,000 references, growing with the library).
        rows = session.execute(select(ReferenceRow.doi, ReferenceRow.id, ReferenceRow.deleted_at)
                               .where(ReferenceRow.doi.in_(chunk)).order_by(ReferenceRow.id))
        for doi, ref_id, deleted_at in rows:
            if deleted_at is None:
                found.setdefault(str(doi), int(ref_id))
    return found


def find_many_books_by_isbn(session: Session,
                            isbns: Sequence[str]) -> dict[str, tuple[int, str | None]]:
    """Compact ISBN -> (id, DOI) of the first live book with it (see `find_many_by_doi` for why
    the trash is filtered in Python)."""
    wanted = list(dict.fromkeys(isbns))
    found: dict[str, tuple[int, str | None]] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        rows = session.execute(select(ReferenceRow.isbn, ReferenceRow.id, ReferenceRow.doi,
                                      ReferenceRow.type, ReferenceRow.deleted_at)
                               .where(ReferenceRow.isbn.in_(chunk)).order_by(ReferenceRow.id))
        for isbn, ref_id, doi, rtype, deleted_at in rows:
            if deleted_at is None and rtype == "book" and isbn:
                found.setdefault(str(isbn), (int(ref_id), doi))
    return found


def find_by_isbn(session: Session, isbn: str, *, include_deleted: bool = False) -> int | None:
    stmt = select(ReferenceRow.id).where(ReferenceRow.isbn == isbn_compact(isbn))
    if not include_deleted:
        stmt = stmt.where(ReferenceRow.deleted_at.is_(None))
    return session.execute(stmt.order_by(ReferenceRow.id).limit(1)).scalar()


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which references a listing holds: a scope (the library, the trash, a collection with or
    without its sub-collections, a tag, a team project), a full-text query and quick filters.
    Empty tuples and None mean "no restriction"."""

    deleted: bool = False
    collection_id: int | None = None
    subcollections: bool = True
    tag_id: int | None = None
    team_project: str | None = None
    query: str | None = None
    types: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    languages: tuple[str | None, ...] = ()   # None stands for "no language given"
    has_doi: bool | None = None
    ids: frozenset[int] | None = None         # only these (an eligibility filter's answer)

    def with_changes(self, **changes: Any) -> ListFilter:
        return replace(self, **changes)


def _in_ids(column: Any, ids: Iterable[int]) -> Any:
    ordered = sorted(ids)
    if len(ordered) <= _MAX_INLINE_IDS:
        return column.in_(ordered)
    values = func.json_each(json.dumps(ordered)).table_valued("value")
    return column.in_(select(values.c.value))


def _collection_tree(collection_id: int) -> Any:
    """The ids of a collection and every collection below it (a recursive CTE)."""
    tree = select(CollectionRow.id).where(CollectionRow.id == collection_id) \
        .cte("collection_tree", recursive=True)
    tree = tree.union_all(select(CollectionRow.id).where(CollectionRow.parent_id == tree.c.id))
    return select(tree.c.id)


def _apply(stmt: Any, f: ListFilter) -> Any:
    if f.query:
        match = fts.matching_ids_sql(f.query)
        if match is None:
            return stmt.where(False)
        stmt = stmt.where(ReferenceRow.id.in_(match))
    stmt = stmt.where(ReferenceRow.deleted_at.is_not(None) if f.deleted
                      else ReferenceRow.deleted_at.is_(None))
    if f.collection_id is not None:
        collections = (_collection_tree(f.collection_id) if f.subcollections
                       else select(CollectionRow.id).where(CollectionRow.id == f.collection_id))
        stmt = stmt.where(ReferenceRow.id.in_(
            select(ReferenceCollectionRow.reference_id)
            .where(ReferenceCollectionRow.collection_id.in_(collections))))
    if f.tag_id is not None:
        stmt = stmt.where(ReferenceRow.id.in_(
            select(ReferenceTagRow.reference_id).where(ReferenceTagRow.tag_id == f.tag_id)))
    if f.team_project is not None:
        stmt = stmt.where(ReferenceRow.id.in_(
            select(_TEAM_PUBLICATIONS.c.reference_id).join(
                _TEAM_PROJECTS, _TEAM_PROJECTS.c.id == _TEAM_PUBLICATIONS.c.project_id)
            .where(_TEAM_PROJECTS.c.name == f.team_project)))
    if f.types:
        stmt = stmt.where(ReferenceRow.type.in_(f.types))
    if f.year_from is not None:
        stmt = stmt.where(ReferenceRow.year >= f.year_from)
    if f.year_to is not None:
        stmt = stmt.where(ReferenceRow.year <= f.year_to)
    if f.languages:
        named = [lang for lang in f.languages if lang]
        conditions = []
        if named:
            conditions.append(ReferenceRow.language.in_(named))
        if any(not lang for lang in f.languages):
            conditions.append(ReferenceRow.language.is_(None))
        stmt = stmt.where(or_(*conditions))
    if f.has_doi is not None:
        stmt = stmt.where(ReferenceRow.doi.is_not(None) if f.has_doi
                          else ReferenceRow.doi.is_(None))
    if f.ids is not None:
        stmt = stmt.where(_in_ids(ReferenceRow.id, f.ids) if f.ids else False)
    return stmt


def _legacy_filter(where: ListFilter | None, *, deleted: bool, collection_id: int | None,
                   tag_id: int | None, query: str | None) -> ListFilter:
    if where is not None:
        return where
    # The command line's `--collection` lists that collection alone.
    return ListFilter(deleted=deleted, collection_id=collection_id, subcollections=False,
                      tag_id=tag_id, query=query)


def _order(sort: str, descending: bool) -> list[Any]:
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"unknown sort key {sort!r}; use one of {', '.join(SORT_COLUMNS)}")
    return [column.desc(), ReferenceRow.id.desc()] if descending else [column, ReferenceRow.id]


def list_ids(session: Session, *, offset: int = 0, limit: int | None = None, sort: str = "added",
             descending: bool = False, deleted: bool = False, collection_id: int | None = None,
             tag_id: int | None = None, query: str | None = None,
             where: ListFilter | None = None) -> list[int]:
    """Ids of one page of references in the given order (ties broken by id). `where` selects
    them (scope, full-text query, quick filters); the older keyword arguments still work."""
    f = _legacy_filter(where, deleted=deleted, collection_id=collection_id, tag_id=tag_id,
                       query=query)
    stmt = _apply(select(ReferenceRow.id), f).order_by(*_order(sort, descending)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


def count(session: Session, *, deleted: bool = False, collection_id: int | None = None,
          tag_id: int | None = None, query: str | None = None,
          where: ListFilter | None = None) -> int:
    f = _legacy_filter(where, deleted=deleted, collection_id=collection_id, tag_id=tag_id,
                       query=query)
    return int(session.execute(_apply(select(func.count(ReferenceRow.id)), f)).scalar() or 0)


def positions(session: Session, ids: Iterable[int], *, where: ListFilter, sort: str = "added",
              descending: bool = False) -> dict[int, int]:
    """Row numbers (from 0) of these references in a listing, for those it holds: how a table
    finds its selection again after a reload without reading every row."""
    wanted = list(ids)
    if not wanted:
        return {}
    number = func.row_number().over(order_by=_order(sort, descending)).label("n")
    ranked = _apply(select(ReferenceRow.id, number), where).subquery()
    stmt = select(ranked.c.id, ranked.c.n).where(_in_ids(ranked.c.id, wanted))
    return {int(i): int(n) - 1 for i, n in session.execute(stmt)}


@dataclass(frozen=True, slots=True)
class Facets:
    """What the quick filters can offer: the item types and languages present, with counts, and
    the range of years."""

    types: list[tuple[str, int]]
    languages: list[tuple[str | None, int]]
    year_min: int | None
    year_max: int | None


def facets(session: Session, *, deleted: bool = False) -> Facets:
    live = ReferenceRow.deleted_at.is_not(None) if deleted else ReferenceRow.deleted_at.is_(None)
    types = [(str(t), int(n)) for t, n in session.execute(
        select(ReferenceRow.type, func.count()).where(live).group_by(ReferenceRow.type)
        .order_by(func.count().desc(), ReferenceRow.type))]
    languages = [(lang, int(n)) for lang, n in session.execute(
        select(ReferenceRow.language, func.count()).where(live).group_by(ReferenceRow.language)
        .order_by(func.count().desc(), ReferenceRow.language))]
    low, high = session.execute(select(func.min(ReferenceRow.year), func.max(ReferenceRow.year))
                                .where(live)).one()
    return Facets(types, languages, low, high)


def list_rows(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Light table rows (no JSON decoding) for the GUI's lazy table model, in the order asked."""
    if not ids:
        return []
    cols = (ReferenceRow.id, ReferenceRow.type, ReferenceRow.authors, ReferenceRow.year,
            ReferenceRow.title, ReferenceRow.container_title, ReferenceRow.language,
            ReferenceRow.doi, ReferenceRow.added_at,
            json_value_if_present(ReferenceRow.data, "updated-by").label("updated_by"))
    rows: dict[int, dict[str, Any]] = {}
    for r in session.execute(select(*cols).where(ReferenceRow.id.in_(list(ids)))):
        row = r._asdict()
        # `updates`: the types of the notices that update the work (retraction, correction...),
        # so a table can flag it wherever it appears.
        notices = json.loads(row.pop("updated_by") or "[]")
        row["updates"] = [str(u.get("type") or "update") for u in notices
                          if isinstance(u, dict)] if isinstance(notices, list) else []
        rows[row["id"]] = row
    return [rows[i] for i in ids if i in rows]


def move_to_trash(session: Session, ids: Iterable[int]) -> int:
    ids = list(ids)
    _require_all(session, ids)
    result = session.execute(update(ReferenceRow).where(ReferenceRow.id.in_(ids),
                                                        ReferenceRow.deleted_at.is_(None))
                             .values(deleted_at=_now()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def restore(session: Session, ids: Iterable[int]) -> int:
    ids = list(ids)
    _require_all(session, ids)
    result = session.execute(update(ReferenceRow).where(ReferenceRow.id.in_(ids),
                                                        ReferenceRow.deleted_at.is_not(None))
                             .values(deleted_at=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def empty_trash(session: Session) -> list[int]:
    """Delete for good every reference in the trash (creators, notes, links cascade)."""
    ids = list(session.execute(select(ReferenceRow.id)
                               .where(ReferenceRow.deleted_at.is_not(None))).scalars())
    fts.delete_documents(session, ids)
    if ids:
        session.execute(delete(ReferenceRow).where(ReferenceRow.id.in_(ids)))
    return ids


def _require_all(session: Session, ids: Sequence[int]) -> None:
    """NotFoundError naming the first id that does not exist (one query, not one per id)."""
    states = deleted_states(session, ids)
    for ref_id in ids:
        if ref_id not in states:
            raise NotFoundError(f"no reference with id {ref_id}")


def deleted_states(session: Session, ids: Iterable[int]) -> dict[int, bool]:
    """id -> whether it is in the trash, for the ids that exist (one query per 900 ids)."""
    ids = list(ids)
    out: dict[int, bool] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for ref_id, deleted_at in session.execute(
                select(ReferenceRow.id, ReferenceRow.deleted_at)
                .where(ReferenceRow.id.in_(chunk))):
            out[ref_id] = deleted_at is not None
    return out
