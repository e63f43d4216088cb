"""Journal registry: datasets, journals, ISSNs, metrics, index and list memberships, reference
links, team publications, user rule sets."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_datasets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("edition", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("list_date", sa.Date),
        sa.Column("full_list", sa.Boolean, nullable=False),
        sa.Column("full_years", sa.Text),
        sa.Column("index_name", sa.String(10)),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("rows_ok", sa.Integer, nullable=False),
        sa.Column("rows_bad", sa.Integer, nullable=False),
        sa.Column("problems_json", sa.Text),
    )
    op.create_index("ix_journal_datasets_sha", "journal_datasets", ["kind", "sha256"])
    op.create_table(
        "journals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_key", sa.Text, nullable=False),
        sa.Column("alt_titles_json", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("languages_json", sa.Text),
        sa.Column("homepage", sa.Text),
        sa.Column("scopus_source_id", sa.String(30)),
        sa.Column("scimago_source_id", sa.String(30)),
        sa.Column("source_type", sa.String(40)),
        sa.Column("note", sa.Text),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_journals_title_key", "journals", ["title_key"])
    op.create_index("ix_journals_scopus_id", "journals", ["scopus_source_id"])
    op.create_index("ix_journals_scimago_id", "journals", ["scimago_source_id"])
    op.create_table(
        "journal_issns",
        sa.Column("issn", sa.String(9), primary_key=True),
        sa.Column("journal_id", sa.Integer, sa.ForeignKey("journals.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
    )
    op.create_index("ix_journal_issns_journal", "journal_issns", ["journal_id"])
    op.create_table(
        "journal_metrics",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("journal_id", sa.Integer, sa.ForeignKey("journals.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("provider", sa.String(30), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("subject_code", sa.String(20), nullable=False),
        sa.Column("subject_name", sa.Text),
        sa.Column("citescore", sa.Float),
        sa.Column("percentile", sa.Integer),
        sa.Column("rank", sa.Integer),
        sa.Column("rank_out_of", sa.Integer),
        sa.Column("quartile", sa.Integer),
        sa.Column("sjr", sa.Float),
        sa.Column("snip", sa.Float),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("dataset_id", sa.Integer,
                  sa.ForeignKey("journal_datasets.id", ondelete="SET NULL")),
        sa.Column("source", sa.Text),
        sa.UniqueConstraint("journal_id", "provider", "year", "subject_code",
                            name="uq_journal_metrics_key"),
    )
    op.create_index("ix_journal_metrics_provider_year", "journal_metrics", ["provider", "year"])
    op.create_table(
        "journal_indexes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("journal_id", sa.Integer, sa.ForeignKey("journals.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("index_name", sa.String(10), nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("valid_from", sa.Date),
        sa.Column("valid_to", sa.Date),
        sa.Column("note", sa.Text),
        sa.Column("dataset_id", sa.Integer,
                  sa.ForeignKey("journal_datasets.id", ondelete="SET NULL")),
        sa.Column("source", sa.Text),
        sa.UniqueConstraint("journal_id", "index_name", name="uq_journal_indexes_key"),
    )
    op.create_table(
        "journal_lists",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("journal_id", sa.Integer, sa.ForeignKey("journals.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("list_name", sa.String(20), nullable=False),
        sa.Column("level", sa.String(30), nullable=False),
        sa.Column("directions_json", sa.Text),
        sa.Column("valid_from", sa.Date),
        sa.Column("valid_to", sa.Date),
        sa.Column("order_no", sa.Text),
        sa.Column("order_date", sa.Date),
        sa.Column("dataset_id", sa.Integer,
                  sa.ForeignKey("journal_datasets.id", ondelete="SET NULL")),
        sa.Column("source", sa.Text),
        sa.UniqueConstraint("journal_id", "list_name", "level", name="uq_journal_lists_key"),
    )
    op.create_table(
        "reference_journals",
        sa.Column("reference_id", sa.Integer,
                  sa.ForeignKey("references.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("journal_id", sa.Integer, sa.ForeignKey("journals.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("matched_by", sa.String(20), nullable=False),
        sa.Column("confirmed", sa.Boolean, nullable=False),
    )
    op.create_index("ix_reference_journals_journal", "reference_journals", ["journal_id"])
    op.create_table(
        "team_projects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("rule_set", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "team_publications",
        sa.Column("project_id", sa.Integer,
                  sa.ForeignKey("team_projects.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("reference_id", sa.Integer,
                  sa.ForeignKey("references.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "eligibility_rule_sets",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("eligibility_rule_sets", "team_publications", "team_projects",
                  "reference_journals", "journal_lists", "journal_indexes", "journal_metrics",
                  "journal_issns", "journals", "journal_datasets"):
        op.drop_table(table)
