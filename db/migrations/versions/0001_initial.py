"""Initial schema: references, creators, collections, tags, notes, attachments, settings."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "references",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("container_title", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("doi", sa.String(300)),
        sa.Column("isbn", sa.String(20)),
        sa.Column("language", sa.String(20)),
        sa.Column("citation_key", sa.String(200)),
        sa.Column("authors", sa.Text),
        sa.Column("sort_author", sa.Text, nullable=False),
        sa.Column("sort_title", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime),
    )
    op.create_index("ix_references_doi", "references", ["doi"])
    op.create_index("ix_references_isbn", "references", ["isbn"])
    op.create_index("ix_references_key", "references", ["citation_key"])
    op.create_index("ix_references_live_added", "references", ["deleted_at", "added_at"])
    op.create_index("ix_references_live_title", "references", ["deleted_at", "sort_title"])
    op.create_index("ix_references_live_author", "references", ["deleted_at", "sort_author"])
    op.create_index("ix_references_live_year", "references", ["deleted_at", "year"])
    op.create_table(
        "creators",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference_id", sa.Integer,
                  sa.ForeignKey("references.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("family", sa.Text),
        sa.Column("given", sa.Text),
        sa.Column("literal", sa.Text),
        sa.Column("data", sa.Text),
    )
    op.create_index("ix_creators_reference", "creators", ["reference_id", "position"])
    op.create_index("ix_creators_family", "creators", ["family"])
    op.create_table(
        "collections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("collections.id", ondelete="CASCADE")),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("parent_id", "name", name="uq_collections_parent_name"),
    )
    op.create_table(
        "reference_collections",
        sa.Column("reference_id", sa.Integer, sa.ForeignKey("references.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("collection_id", sa.Integer,
                  sa.ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_refcoll_collection", "reference_collections", ["collection_id"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False, unique=True),
        sa.Column("color", sa.String(20)),
    )
    op.create_table(
        "reference_tags",
        sa.Column("reference_id", sa.Integer, sa.ForeignKey("references.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_reftag_tag", "reference_tags", ["tag_id"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference_id", sa.Integer,
                  sa.ForeignKey("references.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_notes_reference", "notes", ["reference_id"])
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference_id", sa.Integer,
                  sa.ForeignKey("references.id", ondelete="CASCADE"), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_attachments_reference", "attachments", ["reference_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("settings", "attachments", "notes", "reference_tags", "tags",
                  "reference_collections", "collections", "creators", "references"):
        op.drop_table(table)
