"""Attached files (PDFs, scans of laws): links from a reference to a file on disk.

A link stores the file's absolute path, or its path relative to the library's folder when the file
lives inside it (so a library folder moved or synced with its files keeps its links). The file
itself is never copied, moved or deleted here: removing a link leaves the file alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from core.errors import AttachmentMissingError, InvalidValueError, NotFoundError
from db.schema import AttachmentRow, ReferenceRow

if TYPE_CHECKING:
    from db.library import Library

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
    """How a link to `path` is stored: relative (POSIX separators) inside the library's folder,
    else absolute."""
    absolute = path.expanduser().resolve()
    try:
        return absolute.relative_to(base_dir.resolve()).as_posix()
    except ValueError:
        return str(absolute)


def _row(r: AttachmentRow) -> Attachment:
    return Attachment(r.id, r.reference_id, r.path, r.kind, r.title, r.added_at)


def add(session: Session, ref_id: int, path: Path | str, base_dir: Path, *,
        kind: str | None = None, title: str | None = None) -> int:
    """Link a file to a reference; the same file linked twice to one reference gives the existing
    link's id. Raises NotFoundError for a missing reference, InvalidValueError for a path that is
    not a readable file."""
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


def get(session: Session, attachment_id: int) -> Attachment:
    row = session.get(AttachmentRow, attachment_id)
    if row is None:
        raise NotFoundError(f"no attachment with id {attachment_id}")
    return _row(row)


def of_reference(session: Session, ref_id: int) -> list[Attachment]:
    return [_row(r) for r in session.execute(
        select(AttachmentRow).where(AttachmentRow.reference_id == ref_id)
        .order_by(AttachmentRow.id)).scalars()]


def remove(session: Session, attachment_id: int) -> Attachment:
    """Remove a link (the file stays on disk). Returns what was removed."""
    found = get(session, attachment_id)
    session.execute(delete(AttachmentRow).where(AttachmentRow.id == attachment_id))
    return found


def move_all(session: Session, from_ref: int, to_ref: int) -> int:
    """Move every link of one reference to another (merging duplicates); a file both already
    link is kept once. Returns the number of links the target gained."""
    have = set(session.execute(select(AttachmentRow.path)
                               .where(AttachmentRow.reference_id == to_ref)).scalars())
    moved = 0
    for row in session.execute(select(AttachmentRow).where(
            AttachmentRow.reference_id == from_ref).order_by(AttachmentRow.id)).scalars().all():
        if row.path in have:
            session.execute(delete(AttachmentRow).where(AttachmentRow.id == row.id))
            continue
        session.execute(update(AttachmentRow).where(AttachmentRow.id == row.id)
                        .values(reference_id=to_ref))
        have.add(row.path)
        moved += 1
    return moved


def open_path(attachment: Attachment, base_dir: Path) -> Path:
    """The absolute path to hand to the system viewer (the GUI calls QDesktopServices on it),
    after checking the file is still there. Raises AttachmentMissingError otherwise."""
    path = attachment.resolve(base_dir)
    if not path.is_file():
        raise AttachmentMissingError(
            f"attachment {attachment.id}: {path} is missing (moved, renamed or deleted)",
            path=path)
    return path


# ---------------------------------------------------------------------------------- library level
def base_dir(lib: Library) -> Path:
    """The folder relative links are read against: the library file's folder."""
    return lib.path.parent


def attach(lib: Library, ref_id: int, path: Path | str, *, title: str | None = None) -> int:
    """Link a file to a stored reference in one transaction; returns the link's id."""
    with lib.transaction() as s:
        return add(s, ref_id, path, base_dir(lib), title=title)


def open_attachment(lib: Library, attachment_id: int) -> Path:
    """What the window needs to open an attachment in the system viewer: its checked absolute
    path. Raises NotFoundError (no such link) or AttachmentMissingError (file gone)."""
    with lib.read() as s:
        found = get(s, attachment_id)
    return open_path(found, base_dir(lib))
