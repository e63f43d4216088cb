"""Sorting every column of the window's table in SQL: a container-title sort key, and indexes for
the container, type and language orders of the live references."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from core.text import collation_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = (("ix_references_live_container", "sort_container"),
           ("ix_references_live_type", "type"),
           ("ix_references_live_language", "language"))


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy-and-move) rebuild of "references" would cascade deletes
    # through the foreign keys of creators, notes and links.
    op.add_column("references", sa.Column("sort_container", sa.Text, nullable=False,
                                          server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text('SELECT id, container_title FROM "references" '
                                "WHERE container_title IS NOT NULL")).fetchall()
    keys = []
    for ref_id, title in rows:
        group, key = collation_key(title)
        keys.append({"id": ref_id, "k": f"{group}{key}"})
    if keys:
        conn.execute(sa.text('UPDATE "references" SET sort_container = :k WHERE id = :id'), keys)
    for name, column in INDEXES:
        op.create_index(name, "references", ["deleted_at", column])


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, "references")
    op.drop_column("references", "sort_container")  # SQLite 3.35+ drops a column in place
