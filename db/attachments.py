"""Attachments: files linked to a reference (a PDF, a scan of a law), listed and linked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import InvalidValueError, NotFoundError
from db.schema import AttachmentRow, ReferenceRow


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    reference_id: int
    path: str
    kind: str
    title: str | None


def add(session: Session, ref_id: int, path: str, *, kind: str = "file",
        title: str | None = None) -> int:
    if session.get(ReferenceRow, ref_id) is None:
        raise NotFoundError(f"no reference with id {ref_id}")
    if not path.strip():
        raise InvalidValueError("attachment", path, "an attachment needs a file path or URL")
    row = AttachmentRow(reference_id=ref_id, path=path.strip(), kind=kind, title=title,
                        added_at=datetime.now())
    session.add(row)
    session.flush()
    return row.id


def of_reference(session: Session, ref_id: int) -> list[Attachment]:
    return [Attachment(r.id, r.reference_id, r.path, r.kind, r.title)
            for r in session.execute(select(AttachmentRow).where(
                AttachmentRow.reference_id == ref_id).order_by(AttachmentRow.id)).scalars()]
