"""Attached files (PDFs, scans of laws): links from a reference to a file on disk.

A link stores the file's absolute path, or its path relative to the library's folder when the file
lives inside it (so a library folder moved or synced with its files keeps its links). The file
itself is never copied, moved or deleted here.

(The same interface as the attachments module of the duplicates/PDF work, of which this is the
part the window reads; the two merge into one.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import InvalidValueError, NotFoundError
from db.schema import AttachmentRow, ReferenceRow

PDF, FILE = "pdf", "file"


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    reference_id: int
    path: str           # as stored: absolute, or relative to the library's folder
    kind: str
    title: str | None
    added_at: datetime

    @property
    def name(self) -> str:
        return PurePosixPath(self.path.replace("\\", "/")).name

    def resolve(self, base_dir: Path) -> Path:
        """The file's absolute path (a relative link is read against the library's folder)."""
        path = Path(self.path)
        return path if path.is_absolute() else base_dir / path


def kind_of(path: Path) -> str:
    """`pdf` for a PDF (by its first bytes, else its extension), else `file`."""
    try:
        with path.open("rb") as fh:
            if b"%PDF-" in fh.read(1024):
                return PDF
    except OSError:
        pass
    return PDF if path.suffix.lower() == ".pdf" else FILE


def stored_path(path: Path, base_dir: Path) -> str:
    """Relative (POSIX separators) inside the library's folder, else absolute."""
    absolute = path.expanduser().resolve()
    try:
        return absolute.relative_to(base_dir.resolve()).as_posix()
    except ValueError:
        return str(absolute)


def add(session: Session, ref_id: int, path: Path | str, base_dir: Path, *,
        kind: str | None = None, title: str | None = None) -> int:
    """Link a file to a reference (the same file twice gives the existing link's id)."""
    if session.get(ReferenceRow, ref_id) is None:
        raise NotFoundError(f"no reference with id {ref_id}")
    file = Path(path).expanduser()
    if not file.is_file():
        raise InvalidValueError("file", str(path), "no such file" if not file.exists()
                                else "not a file")
    stored = stored_path(file, base_dir)
    existing = session.execute(select(AttachmentRow.id).where(
        AttachmentRow.reference_id == ref_id, AttachmentRow.path == stored)).scalar()
    if existing is not None:
        return int(existing)
    row = AttachmentRow(reference_id=ref_id, path=stored, kind=kind or kind_of(file),
                        title=title, added_at=datetime.now().replace(microsecond=0))
    session.add(row)
    session.flush()
    return row.id


def of_reference(session: Session, ref_id: int) -> list[Attachment]:
    return [Attachment(r.id, r.reference_id, r.path, r.kind, r.title, r.added_at)
            for r in session.execute(select(AttachmentRow).where(
                AttachmentRow.reference_id == ref_id).order_by(AttachmentRow.id)).scalars()]
