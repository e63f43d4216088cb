"""Collections (nested folders of references): create, rename, move, nest, link references."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.errors import InvalidValueError, NotFoundError
from db.schema import CollectionRow, ReferenceCollectionRow
from db.sqlite import insert_ignoring_existing


@dataclass(frozen=True, slots=True)
class Collection:
    id: int
    name: str
    parent_id: int | None
    count: int = 0


def create(session: Session, name: str, parent_id: int | None = None) -> int:
    name = name.strip()
    if not name:
        raise InvalidValueError("collection", name, "a collection needs a name")
    if parent_id is not None and session.get(CollectionRow, parent_id) is None:
        raise NotFoundError(f"no collection with id {parent_id}")
    if find(session, name, parent_id) is not None:
        raise InvalidValueError("collection", name, "already exists here")
    row = CollectionRow(name=name, parent_id=parent_id, position=0)
    session.add(row)
    session.flush()
    return row.id


def find(session: Session, name: str, parent_id: int | None = None) -> int | None:
    stmt = select(CollectionRow.id).where(CollectionRow.name == name.strip())
    stmt = stmt.where(CollectionRow.parent_id.is_(None) if parent_id is None
                      else CollectionRow.parent_id == parent_id)
    return session.execute(stmt).scalar()


def resolve(session: Session, spec: str) -> int:
    """A collection by id, by name, or by path `Monograph/Chapter 2`."""
    if spec.isdigit() and session.get(CollectionRow, int(spec)) is not None:
        return int(spec)
    parent: int | None = None
    for part in [p for p in spec.split("/") if p.strip()]:
        found = find(session, part, parent)
        if found is None:
            raise NotFoundError(f"no collection {spec!r}")
        parent = found
    if parent is None:
        raise NotFoundError(f"no collection {spec!r}")
    return parent


def all_collections(session: Session) -> list[Collection]:
    counts = dict(session.execute(
        select(ReferenceCollectionRow.collection_id, func.count())
        .group_by(ReferenceCollectionRow.collection_id)).all())
    rows = session.execute(select(CollectionRow).order_by(CollectionRow.position,
                                                          CollectionRow.name)).scalars()
    return [Collection(r.id, r.name, r.parent_id, int(counts.get(r.id, 0))) for r in rows]


def rename(session: Session, collection_id: int, name: str) -> None:
    row = session.get(CollectionRow, collection_id)
    if row is None:
        raise NotFoundError(f"no collection with id {collection_id}")
    if not name.strip():
        raise InvalidValueError("collection", name, "a collection needs a name")
    row.name = name.strip()


def move(session: Session, collection_id: int, parent_id: int | None) -> None:
    row = session.get(CollectionRow, collection_id)
    if row is None:
        raise NotFoundError(f"no collection with id {collection_id}")
    ancestor = parent_id
    while ancestor is not None:  # refuse cycles: a collection cannot live inside itself
        if ancestor == collection_id:
            raise InvalidValueError("collection", collection_id, "cannot move into itself")
        parent = session.get(CollectionRow, ancestor)
        if parent is None:
            raise NotFoundError(f"no collection with id {ancestor}")
        ancestor = parent.parent_id
    row.parent_id = parent_id


def remove(session: Session, collection_id: int) -> None:
    """Delete a collection and its sub-collections; the references stay in the library."""
    if session.get(CollectionRow, collection_id) is None:
        raise NotFoundError(f"no collection with id {collection_id}")
    session.execute(delete(CollectionRow).where(CollectionRow.id == collection_id))


def add_references(session: Session, collection_id: int, ref_ids: Iterable[int]) -> None:
    if session.get(CollectionRow, collection_id) is None:
        raise NotFoundError(f"no collection with id {collection_id}")
    rows = [{"reference_id": r, "collection_id": collection_id} for r in ref_ids]
    if rows:
        session.execute(insert_ignoring_existing(ReferenceCollectionRow), rows)


def remove_references(session: Session, collection_id: int, ref_ids: Iterable[int]) -> None:
    session.execute(delete(ReferenceCollectionRow).where(
        ReferenceCollectionRow.collection_id == collection_id,
        ReferenceCollectionRow.reference_id.in_(list(ref_ids))))


def of_reference(session: Session, ref_id: int) -> list[int]:
    return list(session.execute(select(ReferenceCollectionRow.collection_id)
                                .where(ReferenceCollectionRow.reference_id == ref_id)).scalars())
