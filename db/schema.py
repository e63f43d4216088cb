"""SQLAlchemy 2 typed models of the library file. The record itself is `Reference`; rows never leave db/."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ReferenceRow(Base):
    """One reference. `data` holds the CSL-JSON of every field except creators and id; the other
    columns are copies kept for sorting, filtering and lookups, rewritten on every save."""

    __tablename__ = "references"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    container_title: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    doi: Mapped[str | None] = mapped_column(String(300))
    isbn: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(20))
    citation_key: Mapped[str | None] = mapped_column(String(200))
    authors: Mapped[str | None] = mapped_column(Text)  # display: "Family, G.; Family, G."
    sort_author: Mapped[str] = mapped_column(Text, default="")
    sort_title: Mapped[str] = mapped_column(Text, default="")
    sort_container: Mapped[str] = mapped_column(Text, default="", server_default="")
    data: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    creators: Mapped[list[CreatorRow]] = relationship(
        back_populates="reference", cascade="all, delete-orphan", order_by="CreatorRow.position",
        passive_deletes=True,
    )

    __table_args__ = (
        Index("ix_references_doi", "doi"),
        Index("ix_references_isbn", "isbn"),
        Index("ix_references_key", "citation_key"),
        Index("ix_references_live_added", "deleted_at", "added_at"),
        Index("ix_references_live_title", "deleted_at", "sort_title"),
        Index("ix_references_live_author", "deleted_at", "sort_author"),
        Index("ix_references_live_year", "deleted_at", "year"),
        Index("ix_references_live_container", "deleted_at", "sort_container"),
        Index("ix_references_live_type", "deleted_at", "type"),
        Index("ix_references_live_language", "deleted_at", "language"),
    )


class CreatorRow(Base):
    __tablename__ = "creators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_id: Mapped[int] = mapped_column(ForeignKey("references.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(40))
    family: Mapped[str | None] = mapped_column(Text)
    given: Mapped[str | None] = mapped_column(Text)
    literal: Mapped[str | None] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text)  # particles, suffix, ORCID, other name keys

    reference: Mapped[ReferenceRow] = relationship(back_populates="creators")

    __table_args__ = (Index("ix_creators_reference", "reference_id", "position"),
                      Index("ix_creators_family", "family"))


class CollectionRow(Base):
    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_collections_parent_name"),)


class ReferenceCollectionRow(Base):
    __tablename__ = "reference_collections"

    reference_id: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_refcoll_collection", "collection_id"),)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text, unique=True)  # case/ё-insensitive identity
    color: Mapped[str | None] = mapped_column(String(20))


class ReferenceTagRow(Base):
    __tablename__ = "reference_tags"

    reference_id: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_reftag_tag", "tag_id"),)


class NoteRow(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_id: Mapped[int] = mapped_column(ForeignKey("references.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_notes_reference", "reference_id"),)


class AttachmentRow(Base):
    """A linked file (a PDF, a scan of a law): its path, its kind, the reference it belongs to."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_id: Mapped[int] = mapped_column(ForeignKey("references.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40), default="file")
    title: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_attachments_reference", "reference_id"),)


class SettingRow(Base):
    """Per-library settings (default style, citation-key pattern, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportLogRow(Base):
    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    format: Mapped[str | None] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(40))  # ok | partial | failed | cancelled
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    problems_json: Mapped[str | None] = mapped_column(Text)


class CrossrefCacheRow(Base):
    """A metadata response as fetched (Crossref or DOI content negotiation), with its time."""

    __tablename__ = "crossref_cache"

    doi: Mapped[str] = mapped_column(String(300), primary_key=True)
    agency: Mapped[str | None] = mapped_column(String(40))
    url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(Text)


class PendingDoiRow(Base):
    """A DOI the user asked for while offline; fetched when the network is back."""

    __tablename__ = "pending_dois"

    doi: Mapped[str] = mapped_column(String(300), primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class NotDuplicateRow(Base):
    """A pair the user said is not a duplicate (ref_a < ref_b), so it is never proposed again."""

    __tablename__ = "not_duplicates"

    ref_a: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)
    ref_b: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)
