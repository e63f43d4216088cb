"""Tags: case- and ё-insensitive names attached to references."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.errors import InvalidValueError, NotFoundError
from core.text import fold
from db.schema import ReferenceTagRow, TagRow
from db.sqlite import insert_ignoring_existing


def ensure(session: Session, name: str) -> int:
    """The id of the tag with this name (created when new)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValueError("tag", name, "a tag needs a name")
    found = session.execute(select(TagRow.id).where(TagRow.folded == fold(name))).scalar()
    if found is not None:
        return int(found)
    row = TagRow(name=name, folded=fold(name))
    session.add(row)
    session.flush()
    return row.id


def find(session: Session, name: str) -> int | None:
    return session.execute(select(TagRow.id).where(TagRow.folded == fold(" ".join(name.split()))
                                                   )).scalar()


def tag(session: Session, ref_ids: Iterable[int], name: str) -> int:
    tag_id = ensure(session, name)
    rows = [{"reference_id": r, "tag_id": tag_id} for r in ref_ids]
    if rows:
        session.execute(insert_ignoring_existing(ReferenceTagRow), rows)
    return tag_id


def untag(session: Session, ref_ids: Iterable[int], name: str) -> None:
    tag_id = find(session, name)
    if tag_id is None:
        raise NotFoundError(f"no tag {name!r}")
    session.execute(delete(ReferenceTagRow).where(ReferenceTagRow.tag_id == tag_id,
                                                  ReferenceTagRow.reference_id.in_(list(ref_ids))))


def all_tags(session: Session) -> list[tuple[int, str, int]]:
    """(id, name, number of references) for every tag, by name."""
    counts = dict(session.execute(select(ReferenceTagRow.tag_id, func.count())
                                  .group_by(ReferenceTagRow.tag_id)).all())
    return [(r.id, r.name, int(counts.get(r.id, 0)))
            for r in session.execute(select(TagRow).order_by(TagRow.folded)).scalars()]


def of_reference(session: Session, ref_id: int) -> list[str]:
    return list(session.execute(select(TagRow.name).join(ReferenceTagRow,
                                                         ReferenceTagRow.tag_id == TagRow.id)
                                .where(ReferenceTagRow.reference_id == ref_id)
                                .order_by(TagRow.folded)).scalars())
