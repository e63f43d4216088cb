"""Full-text search over references with SQLite FTS5. Text is folded in Python (core.text.fold:
case, ё/е) before it is indexed and before it is queried, so Cyrillic and Kazakh match alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Integer, text
from sqlalchemy.orm import Session

from core.text import fold, words

FTS_TABLE = "reference_fts"
COLUMNS = ("title", "creators", "container", "abstract", "keywords", "notes")

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    + ", ".join(COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
)


def document(csl: dict[str, Any], creators: Iterable[str], notes: Iterable[str]) -> dict[str, str]:
    """The folded text of one reference, column by column."""
    titles = [csl.get(k) for k in ("title", "title-short", "title-translit", "title-translated")]
    containers = [csl.get(k) for k in ("container-title", "container-title-short",
                                       "container-title-translit", "container-title-translated",
                                       "collection-title")]
    return {
        "title": fold(" ".join(str(t) for t in titles if t)),
        "creators": fold(" ".join(creators)),
        "container": fold(" ".join(str(t) for t in containers if t)),
        "abstract": fold(str(csl.get("abstract") or "")),
        "keywords": fold(str(csl.get("keyword") or "")),
        "notes": fold(" ".join(notes)),
    }


def replace_documents(session: Session, docs: Sequence[tuple[int, dict[str, str]]]) -> None:
    """Insert or replace the index rows of these references (rowid = reference id)."""
    if not docs:
        return
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"),
                    [{"id": ref_id} for ref_id, _ in docs])
    insert_documents(session, docs)


def insert_documents(session: Session, docs: Sequence[tuple[int, dict[str, str]]]) -> None:
    """Index references that have no index row yet (new ones)."""
    if not docs:
        return
    # The DBAPI's own executemany: SQLAlchemy's per-row parameter handling costs more than
    # the index itself on a 10,000-entry import (bench/bench_import.py).
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    session.connection().exec_driver_sql(
        f"INSERT INTO {FTS_TABLE} (rowid, {cols}) VALUES (?, {marks})",
        [(ref_id, *(doc[c] for c in COLUMNS)) for ref_id, doc in docs])


def delete_documents(session: Session, ref_ids: Iterable[int]) -> None:
    ids = [{"id": i} for i in ref_ids]
    if ids:
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), ids)


def match_expression(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 expression: each word a quoted prefix term, all
    required. FTS syntax in the input (quotes, AND, NEAR, *, -, parentheses) is treated as text,
    so no input can raise a syntax error. None when the query has no words."""
    terms = words(query)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


def search_ids(session: Session, query: str, limit: int | None = None) -> list[int]:
    """Ids of live references matching every word of the query as a prefix, newest first.

    Newest-first rather than bm25 rank: ranking scores every match before the LIMIT applies, which
    for a two-letter prefix is tens of thousands of rows (p95 32 ms against 3 ms on 100,000
    references, bench/bench_store.py); a reference manager's filter shows matches, not a ranking."""
    expr = match_expression(query)
    if expr is None:
        return []
    sql = (f"SELECT f.rowid FROM {FTS_TABLE} f JOIN \"references\" r ON r.id = f.rowid "
           f"WHERE {FTS_TABLE} MATCH :q AND r.deleted_at IS NULL ORDER BY f.rowid DESC")
    params: dict[str, Any] = {"q": expr}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [row[0] for row in session.execute(text(sql), params)]


def matching_ids_sql(query: str) -> Any | None:
    """A `SELECT rowid ...` statement matching the query, for use inside other statements
    (filter-then-sort listing); None when the query has no words."""
    expr = match_expression(query)
    if expr is None:
        return None
    return (text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_q")
            .bindparams(fts_q=expr).columns(rowid=Integer))
