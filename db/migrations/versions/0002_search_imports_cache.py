"""Full-text index, import log, Crossref response cache, pending DOIs, not-duplicate pairs."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from db.fts import COLUMNS, CREATE_SQL, FTS_TABLE, document

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(CREATE_SQL)
    _index_existing()
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("format", sa.String(40)),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("merged", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("problems_json", sa.Text),
    )
    op.create_table(
        "crossref_cache",
        sa.Column("doi", sa.String(300), primary_key=True),
        sa.Column("agency", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_table(
        "pending_dois",
        sa.Column("doi", sa.String(300), primary_key=True),
        sa.Column("queued_at", sa.DateTime, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "not_duplicates",
        sa.Column("ref_a", sa.Integer, sa.ForeignKey("references.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("ref_b", sa.Integer, sa.ForeignKey("references.id", ondelete="CASCADE"),
                  primary_key=True),
    )


def _index_existing() -> None:
    """Index references written before this revision (the old schema had no search)."""
    conn = op.get_bind()
    names: dict[int, list[str]] = {}
    for ref_id, family, given, literal in conn.execute(sa.text(
            "SELECT reference_id, family, given, literal FROM creators ORDER BY reference_id, "
            "position")):
        names.setdefault(ref_id, []).append(" ".join(p for p in (family, given, literal) if p))
    notes: dict[int, list[str]] = {}
    for ref_id, note in conn.execute(sa.text("SELECT reference_id, text FROM notes")):
        notes.setdefault(ref_id, []).append(note)
    cols = ", ".join(COLUMNS)
    params = ", ".join(f":{c}" for c in COLUMNS)
    insert = sa.text(f"INSERT INTO {FTS_TABLE} (rowid, {cols}) VALUES (:id, {params})")
    for ref_id, data in conn.execute(sa.text('SELECT id, data FROM "references"')).fetchall():
        doc = document(json.loads(data), names.get(ref_id, []), notes.get(ref_id, []))
        conn.execute(insert, {"id": ref_id, **doc})


def downgrade() -> None:
    for table in ("not_duplicates", "pending_dois", "crossref_cache", "import_log"):
        op.drop_table(table)
    op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
