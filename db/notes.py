"""Notes attached to references; they are part of the full-text index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFoundError
from db import references
from db.schema import NoteRow, ReferenceRow


def add(session: Session, ref_id: int, text: str) -> int:
    if session.get(ReferenceRow, ref_id) is None:
        raise NotFoundError(f"no reference with id {ref_id}")
    now = datetime.now()
    row = NoteRow(reference_id=ref_id, text=text, created_at=now, modified_at=now)
    session.add(row)
    session.flush()
    references.reindex(session, [ref_id])
    return row.id


def of_reference(session: Session, ref_id: int) -> list[tuple[int, str]]:
    return [(r.id, r.text) for r in session.execute(
        select(NoteRow).where(NoteRow.reference_id == ref_id).order_by(NoteRow.id)).scalars()]
