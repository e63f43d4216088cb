"""The journal registry in the library: tables, idempotent bulk import of parsed datasets, lookups,
reference-to-journal links, team publications and the data the eligibility rules need."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.errors import InvalidValueError, NotFoundError
from core.identifiers import normalize_issn
from core.journals.importers.base import ImportResult, RowProblem
from core.journals.matching import JournalMatch, match_journal, normalise_title
from core.journals.model import (
    Dataset,
    IndexMembership,
    Journal,
    JournalIssn,
    JournalProfile,
    ListMembership,
    MetricObservation,
)
from core.journals.rules import (
    Coverage,
    Publication,
    RuleSet,
    builtin_rule_sets,
    rule_set_from_dict,
)
from core.model import Reference
from db.schema import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ---------------------------------------------------------------------------------- tables
class JournalDatasetRow(Base):
    __tablename__ = "journal_datasets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    edition: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    list_date: Mapped[dt.date | None] = mapped_column(Date)
    full_list: Mapped[bool] = mapped_column(Boolean, default=False)
    full_years: Mapped[str | None] = mapped_column(Text)   # "2022,2023" (CiteScore files)
    index_name: Mapped[str | None] = mapped_column(String(10))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    rows_ok: Mapped[int] = mapped_column(Integer, default=0)
    rows_bad: Mapped[int] = mapped_column(Integer, default=0)
    problems_json: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_journal_datasets_sha", "kind", "sha256"),)


class JournalRow(Base):
    __tablename__ = "journals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    title_key: Mapped[str] = mapped_column(Text)   # normalise_title(title)
    alt_titles_json: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    languages_json: Mapped[str | None] = mapped_column(Text)
    homepage: Mapped[str | None] = mapped_column(Text)
    scopus_source_id: Mapped[str | None] = mapped_column(String(30))
    scimago_source_id: Mapped[str | None] = mapped_column(String(30))
    source_type: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_journals_title_key", "title_key"),
                      Index("ix_journals_scopus_id", "scopus_source_id"),
                      Index("ix_journals_scimago_id", "scimago_source_id"))


class JournalIssnRow(Base):
    __tablename__ = "journal_issns"

    issn: Mapped[str] = mapped_column(String(9), primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="other")

    __table_args__ = (Index("ix_journal_issns_journal", "journal_id"),)


class JournalMetricRow(Base):
    __tablename__ = "journal_metrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(30))
    year: Mapped[int] = mapped_column(Integer)
    subject_code: Mapped[str] = mapped_column(String(20), default="")  # "" = no subject
    subject_name: Mapped[str | None] = mapped_column(Text)
    citescore: Mapped[float | None] = mapped_column(Float)
    percentile: Mapped[int | None] = mapped_column(Integer)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_out_of: Mapped[int | None] = mapped_column(Integer)
    quartile: Mapped[int | None] = mapped_column(Integer)
    sjr: Mapped[float | None] = mapped_column(Float)
    snip: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="complete")
    dataset_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_datasets.id", ondelete="SET NULL"))
    source: Mapped[str | None] = mapped_column(Text)   # provenance label shown as evidence

    __table_args__ = (UniqueConstraint("journal_id", "provider", "year", "subject_code",
                                       name="uq_journal_metrics_key"),
                      Index("ix_journal_metrics_provider_year", "provider", "year"))


class JournalIndexRow(Base):
    __tablename__ = "journal_indexes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    index_name: Mapped[str] = mapped_column(String(10))
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    dataset_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_datasets.id", ondelete="SET NULL"))
    source: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("journal_id", "index_name", name="uq_journal_indexes_key"),)


class JournalListRow(Base):
    __tablename__ = "journal_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    list_name: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(30))
    directions_json: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    order_no: Mapped[str | None] = mapped_column(Text)
    order_date: Mapped[dt.date | None] = mapped_column(Date)
    dataset_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_datasets.id", ondelete="SET NULL"))
    source: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("journal_id", "list_name", "level",
                                       name="uq_journal_lists_key"),)


class ReferenceJournalRow(Base):
    """Which registry journal a reference appeared in; title matches wait for confirmation."""

    __tablename__ = "reference_journals"

    reference_id: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    matched_by: Mapped[str] = mapped_column(String(20))   # issn | title | manual
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_reference_journals_journal", "journal_id"),)


class TeamProjectRow(Base):
    __tablename__ = "team_projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    rule_set: Mapped[str] = mapped_column(String(100), default="team-grant")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TeamPublicationRow(Base):
    __tablename__ = "team_publications"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("team_projects.id", ondelete="CASCADE"), primary_key=True)
    reference_id: Mapped[int] = mapped_column(
        ForeignKey("references.id", ondelete="CASCADE"), primary_key=True)


class RuleSetRow(Base):
    """A user-added eligibility rule set (the JSON text, validated on save)."""

    __tablename__ = "eligibility_rule_sets"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---------------------------------------------------------------------------------- import
@dataclass(slots=True)
class ImportSummary:
    dataset_id: int
    reimport: bool
    imported: int = 0        # new observations / memberships
    updated: int = 0         # existing ones whose values changed
    unchanged: int = 0
    rejected: int = 0
    new_journals: int = 0
    no_value: int = 0        # rows that name a journal but carry nothing to store about it
    problems: list[RowProblem] = field(default_factory=list)


_METRIC_FIELDS = ("subject_name", "citescore", "percentile", "rank", "rank_out_of", "quartile",
                  "sjr", "snip", "status")
_INDEX_FIELDS = ("as_of", "valid_from", "valid_to", "note")
_LIST_FIELDS = ("directions_json", "valid_from", "valid_to", "order_no", "order_date")


class _Registry:
    """In-memory maps of the journals table, so a 40,000-row import resolves journals without a
    query per row."""

    def __init__(self, s: Session) -> None:
        self.by_issn: dict[str, int] = dict(
            s.execute(select(JournalIssnRow.issn, JournalIssnRow.journal_id)).all())
        self.by_scopus: dict[str, int] = {}
        self.by_scimago: dict[str, int] = {}
        self.by_title: dict[str, list[int]] = {}
        self.filled: dict[int, dict[str, Any]] = {}
        # Titles each journal is known by (normalised), and its alternative titles as written.
        self.title_keys: dict[int, set[str]] = {}
        self.alt_titles: dict[int, list[str]] = {}
        for jid, title, key, sc, sm, pub, country, stype, alt in s.execute(select(
                JournalRow.id, JournalRow.title, JournalRow.title_key, JournalRow.scopus_source_id,
                JournalRow.scimago_source_id, JournalRow.publisher, JournalRow.country,
                JournalRow.source_type, JournalRow.alt_titles_json)):
            alts = json.loads(alt) if alt else []
            self.alt_titles[jid] = alts
            self.title_keys[jid] = {key} | {normalise_title(t) for t in alts}
            if sc:
                self.by_scopus[sc] = jid
            if sm:
                self.by_scimago[sm] = jid
            self.by_title.setdefault(key, []).append(jid)
            self.filled[jid] = {"title": title, "scopus_source_id": sc, "scimago_source_id": sm,
                                "publisher": pub, "country": country, "source_type": stype}
        self.next_id = (s.execute(select(func.max(JournalRow.id))).scalar() or 0) + 1

    def resolve(self, j: Journal, problems: list[RowProblem], row: int, sheet: str | None
                ) -> int | None:
        ids = {self.by_issn[i.issn] for i in j.issns if i.issn in self.by_issn}
        if len(ids) > 1:
            problems.append(RowProblem(row, f"{j.title}: its ISSNs belong to different journals "
                                       f"in the registry (ids {sorted(ids)}); linked to the "
                                       "first", sheet, rejected=False))
        if ids:
            return min(ids)
        if j.scopus_source_id and j.scopus_source_id in self.by_scopus:
            return self.by_scopus[j.scopus_source_id]
        if j.scimago_source_id and j.scimago_source_id in self.by_scimago:
            return self.by_scimago[j.scimago_source_id]
        if not j.issns:
            same = self.by_title.get(normalise_title(j.title), [])
            if len(same) == 1:
                return same[0]
        return None


def _journal_values(j: Journal, jid: int) -> dict[str, Any]:
    return {"id": jid, "title": j.title, "title_key": normalise_title(j.title),
            "alt_titles_json": json.dumps(j.alt_titles, ensure_ascii=False) if j.alt_titles
            else None,
            "publisher": j.publisher, "country": j.country,
            "languages_json": json.dumps(j.languages, ensure_ascii=False) if j.languages else None,
            "homepage": j.homepage, "scopus_source_id": j.scopus_source_id,
            "scimago_source_id": j.scimago_source_id, "source_type": j.source_type,
            "note": j.note, "modified_at": _now()}


def import_dataset(s: Session, result: ImportResult, *, partial: bool = False,
                   index_name: str | None = None, check: Callable[[], None] | None = None
                   ) -> ImportSummary:
    """Store a parsed dataset in one transaction. Re-importing the same file (same sha256) reuses
    its dataset row and updates observations in place; nothing is duplicated. `partial` marks a
    file that is an excerpt, so absence from it proves nothing. `check` is called now and then
    and may raise (the user cancelled): the caller's transaction then rolls everything back."""
    if check is not None:
        check()
    existing = s.execute(select(JournalDatasetRow).where(
        JournalDatasetRow.kind == result.kind, JournalDatasetRow.sha256 == result.sha256)
    ).scalars().first()
    full_years = [] if partial else result.full_citescore_years()
    values = {"kind": result.kind, "file_name": result.file_name, "sha256": result.sha256,
              "edition": result.edition, "year": result.year, "list_date": result.list_date,
              "full_list": (not partial) and result.full_list(),
              "full_years": ",".join(map(str, full_years)) or None, "index_name": index_name,
              "imported_at": _now(), "rows_ok": result.rows_ok, "rows_bad": result.rows_bad,
              "problems_json": json.dumps([{"row": p.row, "sheet": p.sheet, "reason": p.reason,
                                            "rejected": p.rejected}
                                           for p in result.problems[:10_000]],
                                          ensure_ascii=False)}
    if existing is None:
        ds = JournalDatasetRow(**values)
        s.add(ds)
        s.flush()
    else:
        ds = existing
        for k, v in values.items():
            setattr(ds, k, v)
    summary = ImportSummary(ds.id, existing is not None, rejected=result.rows_bad,
                            problems=list(result.problems),
                            no_value=sum(1 for r in result.records
                                         if not (r.metrics or r.indexes or r.lists)))
    reg = _Registry(s)
    new_journals: list[dict[str, Any]] = []
    journal_fills: dict[int, dict[str, Any]] = {}
    new_issns: list[dict[str, Any]] = []
    rec_jids: list[int] = []
    for n, rec in enumerate(result.records):
        if check is not None and n % 2000 == 0:
            check()
        j = rec.journal
        jid = reg.resolve(j, summary.problems, rec.row, rec.sheet)
        if jid is None:
            jid = reg.next_id
            reg.next_id += 1
            new_journals.append(_journal_values(j, jid))
            reg.filled[jid] = {k: getattr(j, k) for k in ("title", "scopus_source_id",
                                                          "scimago_source_id", "publisher",
                                                          "country", "source_type")}
            reg.by_title.setdefault(normalise_title(j.title), []).append(jid)
            reg.title_keys[jid] = {normalise_title(t) for t in [j.title, *j.alt_titles]}
            reg.alt_titles[jid] = list(j.alt_titles)
        else:
            # Another source's title for the same journal (the ministry list's Russian title of
            # a journal Scopus lists in English) is kept as an alternative title: it finds it.
            for title in [j.title, *j.alt_titles]:
                key = normalise_title(title)
                known = reg.title_keys.setdefault(jid, set())
                if key and key not in known:
                    known.add(key)
                    reg.alt_titles.setdefault(jid, []).append(title)
                    journal_fills.setdefault(jid, {"id": jid})["alt_titles_json"] = json.dumps(
                        reg.alt_titles[jid], ensure_ascii=False)
            have = reg.filled.setdefault(jid, {})
            for k in ("scopus_source_id", "scimago_source_id", "publisher", "country",
                      "source_type"):
                v = getattr(j, k)
                if v and not have.get(k):
                    have[k] = v
                    journal_fills.setdefault(jid, {"id": jid})[k] = v
            # WoS lists spell titles in capitals; a later source's mixed-case title replaces it.
            old_title = have.get("title") or ""
            if old_title.isupper() and not j.title.isupper() and \
                    normalise_title(old_title) == normalise_title(j.title):
                have["title"] = j.title
                journal_fills.setdefault(jid, {"id": jid})["title"] = j.title
        if j.scopus_source_id:
            reg.by_scopus.setdefault(j.scopus_source_id, jid)
        if j.scimago_source_id:
            reg.by_scimago.setdefault(j.scimago_source_id, jid)
        for i in j.issns:
            if i.issn not in reg.by_issn:
                reg.by_issn[i.issn] = jid
                new_issns.append({"issn": i.issn, "journal_id": jid, "kind": i.kind})
        rec_jids.append(jid)
    summary.new_journals = len(new_journals)
    _insert_chunked(s, JournalRow, new_journals)
    if journal_fills:
        s.execute(update(JournalRow), list(journal_fills.values()))
    _insert_chunked(s, JournalIssnRow, new_issns)
    for store in (_store_metrics, _store_indexes, _store_lists):
        if check is not None:
            check()
        store(s, result, rec_jids, ds.id, summary)
    return summary


def _insert_chunked(s: Session, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Core executemany (no ORM bookkeeping): 40,000 rows in about a second."""
    core_table = cast(Table, table.__table__)
    for start in range(0, len(rows), 5000):
        s.execute(insert(core_table), rows[start:start + 5000])


def _upsert(s: Session, table: Any, key_cols: Sequence[str], value_cols: Sequence[str],
            existing_query: Any, incoming: list[dict[str, Any]], summary: ImportSummary,
            keep: Any = None) -> None:
    """Insert new keys, update changed rows, count unchanged ones. `keep(old, new)` may veto an
    update (a final CiteScore is never replaced by a Tracker value)."""
    existing: dict[tuple[Any, ...], tuple[int, tuple[Any, ...], tuple[Any, Any]]] = {}
    for row in s.execute(existing_query):
        m = row._mapping
        existing[tuple(m[k] for k in key_cols)] = (m["id"], tuple(m[c] for c in value_cols),
                                                   (m["dataset_id"], m["source"]))
    inserts: dict[tuple[Any, ...], dict[str, Any]] = {}
    updates: list[dict[str, Any]] = []
    for item in incoming:
        key = tuple(item[k] for k in key_cols)
        vals = tuple(item[c] for c in value_cols)
        if key in inserts:       # the same key twice in one file: the later row wins
            inserts[key] = item
            continue
        if key not in existing:
            inserts[key] = item
            summary.imported += 1
            continue
        rid, old, provenance = existing[key]
        if keep is not None and keep(old, vals):
            summary.unchanged += 1
            continue
        if old == vals:
            summary.unchanged += 1
            if provenance != (item["dataset_id"], item["source"]):
                updates.append({"id": rid, "dataset_id": item["dataset_id"],
                                "source": item["source"]})
            continue
        updates.append({"id": rid, **{c: item[c] for c in value_cols},
                        "dataset_id": item["dataset_id"], "source": item["source"]})
        summary.updated += 1
    _insert_chunked(s, table, list(inserts.values()))
    for start in range(0, len(updates), 5000):
        s.execute(update(table), updates[start:start + 5000])


def _store_metrics(s: Session, result: ImportResult, jids: list[int], ds_id: int,
                   summary: ImportSummary) -> None:
    rows: list[dict[str, Any]] = []
    for rec, jid in zip(result.records, jids, strict=True):
        for m in rec.metrics:
            rows.append({"journal_id": jid, "provider": m.provider, "year": m.year,
                         "subject_code": m.subject_code or "", "subject_name": m.subject_name,
                         "citescore": m.citescore, "percentile": m.percentile, "rank": m.rank,
                         "rank_out_of": m.rank_out_of, "quartile": m.quartile, "sjr": m.sjr,
                         "snip": m.snip, "status": m.status, "dataset_id": ds_id,
                         "source": m.dataset})
    if not rows:
        return
    providers = {r["provider"] for r in rows}
    years = {r["year"] for r in rows}
    q = select(JournalMetricRow.id, JournalMetricRow.journal_id, JournalMetricRow.provider,
               JournalMetricRow.year, JournalMetricRow.subject_code,
               JournalMetricRow.dataset_id, JournalMetricRow.source,
               *[getattr(JournalMetricRow, c) for c in _METRIC_FIELDS]).where(
        JournalMetricRow.provider.in_(providers), JournalMetricRow.year.in_(years))
    status_at = _METRIC_FIELDS.index("status")

    def keep(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        return bool(old[status_at] == "complete" and new[status_at] != "complete")

    _upsert(s, JournalMetricRow, ("journal_id", "provider", "year", "subject_code"),
            _METRIC_FIELDS, q, rows, summary, keep)


def _store_indexes(s: Session, result: ImportResult, jids: list[int], ds_id: int,
                   summary: ImportSummary) -> None:
    rows = [{"journal_id": jid, "index_name": m.index, "as_of": m.as_of,
             "valid_from": m.valid_from, "valid_to": m.valid_to, "note": m.note,
             "dataset_id": ds_id, "source": m.dataset}
            for rec, jid in zip(result.records, jids, strict=True) for m in rec.indexes]
    if not rows:
        return
    names = {r["index_name"] for r in rows}
    q = select(JournalIndexRow.id, JournalIndexRow.journal_id, JournalIndexRow.index_name,
               JournalIndexRow.dataset_id, JournalIndexRow.source,
               *[getattr(JournalIndexRow, c) for c in _INDEX_FIELDS]).where(
        JournalIndexRow.index_name.in_(names))
    _upsert(s, JournalIndexRow, ("journal_id", "index_name"), _INDEX_FIELDS, q, rows, summary)


def _store_lists(s: Session, result: ImportResult, jids: list[int], ds_id: int,
                 summary: ImportSummary) -> None:
    rows = [{"journal_id": jid, "list_name": m.list_name, "level": m.level,
             "directions_json": json.dumps(m.directions, ensure_ascii=False)
             if m.directions else None, "valid_from": m.valid_from, "valid_to": m.valid_to,
             "order_no": m.order_no, "order_date": m.order_date, "dataset_id": ds_id,
             "source": m.dataset}
            for rec, jid in zip(result.records, jids, strict=True) for m in rec.lists]
    if not rows:
        return
    q = select(JournalListRow.id, JournalListRow.journal_id, JournalListRow.list_name,
               JournalListRow.level, JournalListRow.dataset_id, JournalListRow.source,
               *[getattr(JournalListRow, c) for c in _LIST_FIELDS])
    _upsert(s, JournalListRow, ("journal_id", "list_name", "level"), _LIST_FIELDS, q, rows,
            summary)


# ---------------------------------------------------------------------------------- manual entry
def save_journal(s: Session, journal: Journal) -> int:
    """Create or update a journal typed in by hand; its ISSNs must not belong to another one."""
    jid = int(journal.id) if journal.id else None
    for i in journal.issns:
        owner = s.get(JournalIssnRow, i.issn)
        if owner is not None and owner.journal_id != jid:
            raise InvalidValueError("ISSN", i.issn,
                                    f"already belongs to journal {owner.journal_id}")
    if jid is None:
        jid = (s.execute(select(func.max(JournalRow.id))).scalar() or 0) + 1
        s.execute(insert(JournalRow), [_journal_values(journal, jid)])
    else:
        if s.get(JournalRow, jid) is None:
            raise NotFoundError(f"no journal with id {jid}")
        vals = _journal_values(journal, jid)
        s.execute(update(JournalRow), [vals])
        s.execute(delete(JournalIssnRow).where(JournalIssnRow.journal_id == jid))
    for i in journal.issns:
        s.add(JournalIssnRow(issn=i.issn, journal_id=jid, kind=i.kind))
    s.flush()
    return jid


def add_metric(s: Session, journal_id: int, m: MetricObservation, entered_by: str = "manual"
               ) -> None:
    """A metric typed in by hand (provider `manual` or a copied published value)."""
    s.execute(delete(JournalMetricRow).where(
        JournalMetricRow.journal_id == journal_id, JournalMetricRow.provider == m.provider,
        JournalMetricRow.year == m.year, JournalMetricRow.subject_code == (m.subject_code or "")))
    s.add(JournalMetricRow(journal_id=journal_id, provider=m.provider, year=m.year,
                           subject_code=m.subject_code or "", subject_name=m.subject_name,
                           citescore=m.citescore, percentile=m.percentile, rank=m.rank,
                           rank_out_of=m.rank_out_of, quartile=m.quartile, sjr=m.sjr, snip=m.snip,
                           status=m.status, source=m.dataset or f"typed by {entered_by}"))
    s.flush()


def set_index(s: Session, journal_id: int, m: IndexMembership) -> None:
    """An index membership typed in by hand (replaces the journal's entry for that index)."""
    s.execute(delete(JournalIndexRow).where(JournalIndexRow.journal_id == journal_id,
                                            JournalIndexRow.index_name == m.index))
    s.add(JournalIndexRow(journal_id=journal_id, index_name=m.index, as_of=m.as_of,
                          valid_from=m.valid_from, valid_to=m.valid_to, note=m.note,
                          source=m.dataset or "typed by hand"))
    s.flush()


def set_list(s: Session, journal_id: int, m: ListMembership) -> None:
    """A ministry-list entry typed in by hand (replaces the entry at that level)."""
    s.execute(delete(JournalListRow).where(JournalListRow.journal_id == journal_id,
                                           JournalListRow.list_name == m.list_name,
                                           JournalListRow.level == m.level))
    s.add(JournalListRow(journal_id=journal_id, list_name=m.list_name, level=m.level,
                         directions_json=json.dumps(m.directions, ensure_ascii=False)
                         if m.directions else None, valid_from=m.valid_from,
                         valid_to=m.valid_to, order_no=m.order_no, order_date=m.order_date,
                         source=m.dataset or "typed by hand"))
    s.flush()


# ---------------------------------------------------------------------------------- lookups
def find_journals(s: Session, query: str, *, limit: int | None = 20,
                  as_you_type: bool = False) -> list[int]:
    """Journal ids for an ISSN (any of its ISSNs), an exact normalised title, or else titles
    containing the words (at most `limit`, by title).

    `as_you_type` is the search box of the journal list: a partly typed ISSN (`1741-89`) finds
    the journals whose ISSN starts with it, no lost zero is repaired (`1741` is not ISSN
    0000-1741), and titles containing the words are listed even when one title is exact."""
    try:
        issn = normalize_issn(query, repair_zeros=not as_you_type)
    except InvalidValueError:
        issn = None
    if issn:
        jid = s.execute(select(JournalIssnRow.journal_id).where(JournalIssnRow.issn == issn)
                        ).scalar()
        if jid is not None or not as_you_type:
            return [jid] if jid is not None else []
    key = normalise_title(query)
    if not key:
        return []
    found: list[int] = []
    if as_you_type:
        compact = re.sub(r"[\s\-]", "", query).upper()
        if re.fullmatch(r"\d{4,7}X?", compact):
            prefix = f"{compact[:4]}-{compact[4:]}" if len(compact) > 4 else compact
            found = list(dict.fromkeys(s.execute(
                select(JournalIssnRow.journal_id).where(JournalIssnRow.issn.startswith(
                    prefix, autoescape=True)).order_by(JournalIssnRow.issn)).scalars()))
    else:
        ids = list(s.execute(select(JournalRow.id).where(JournalRow.title_key == key)).scalars())
        ids += [jid for jid, alt in _with_alt_titles(s) if jid not in ids and
                any(normalise_title(t) == key for t in alt)]
        if ids:
            return ids
    q = select(JournalRow.id).where(JournalRow.title_key.contains(key, autoescape=True)
                                    ).order_by(JournalRow.title_key)
    if limit is not None:
        q = q.limit(limit)
    found += [j for j in s.execute(q).scalars() if j not in found]
    # Alternative titles (a Kazakh journal's Russian or Latin title) are folded in Python:
    # they are few, and SQL cannot fold Cyrillic case.
    for jid, alt in _with_alt_titles(s):
        if jid not in found and any(key in normalise_title(t) for t in alt):
            found.append(jid)
    return found[:limit] if limit is not None else found


def _with_alt_titles(s: Session) -> list[tuple[int, list[str]]]:
    return [(jid, json.loads(alt or "[]")) for jid, alt in s.execute(
        select(JournalRow.id, JournalRow.alt_titles_json).where(
            JournalRow.alt_titles_json.is_not(None)))]


def get_journal(s: Session, journal_id: int) -> Journal:
    row = s.get(JournalRow, journal_id)
    if row is None:
        raise NotFoundError(f"no journal with id {journal_id}")
    issns = [JournalIssn(r.issn, r.kind) for r in s.execute(
        select(JournalIssnRow).where(JournalIssnRow.journal_id == journal_id)
        .order_by(JournalIssnRow.kind.desc(), JournalIssnRow.issn)).scalars()]
    order = {"print": 0, "electronic": 1, "linking": 2, "other": 3}
    issns.sort(key=lambda i: (order.get(i.kind, 9), i.issn))
    return Journal(row.title, issns, json.loads(row.alt_titles_json or "[]"), row.publisher,
                   row.country, json.loads(row.languages_json or "[]"), row.homepage,
                   row.scopus_source_id, row.scimago_source_id, row.source_type, row.note,
                   str(row.id))


def load_profile(s: Session, journal_id: int) -> JournalProfile:
    journal = get_journal(s, journal_id)
    metrics = [MetricObservation(r.provider, r.year, r.subject_code or None, r.subject_name,
                                 r.citescore, r.percentile, r.rank, r.rank_out_of, r.quartile,
                                 r.sjr, r.snip, r.status, r.source)
               for r in s.execute(select(JournalMetricRow).where(
                   JournalMetricRow.journal_id == journal_id).order_by(
                   JournalMetricRow.year.desc(), JournalMetricRow.provider,
                   JournalMetricRow.percentile.desc())).scalars()]
    indexes = [IndexMembership(r.index_name, r.as_of, r.valid_from, r.valid_to, r.source, r.note)
               for r in s.execute(select(JournalIndexRow).where(
                   JournalIndexRow.journal_id == journal_id).order_by(
                   JournalIndexRow.index_name)).scalars()]
    lists = [ListMembership(r.level, r.list_name, json.loads(r.directions_json or "[]"),
                            r.valid_from, r.valid_to, r.order_no, r.order_date, r.source)
             for r in s.execute(select(JournalListRow).where(
                 JournalListRow.journal_id == journal_id).order_by(JournalListRow.level)
             ).scalars()]
    return JournalProfile(journal, metrics, indexes, lists)


def coverage(s: Session) -> Coverage:
    """Which whole lists the registry holds (see ImportResult.full_list)."""
    cov = Coverage()
    for kind, full, years, index_name in s.execute(select(
            JournalDatasetRow.kind, JournalDatasetRow.full_list, JournalDatasetRow.full_years,
            JournalDatasetRow.index_name)):
        if kind == "scopus-citescore" and years:
            cov.citescore_years.update(int(y) for y in years.split(","))
        elif kind == "wos" and full and index_name:
            cov.wos_indexes.add(index_name)
        elif kind == "koksnvo" and full:
            cov.koksnvo = True
        elif kind == "scopus-sources" and full:
            cov.scopus_sources = True
    return cov


def datasets(s: Session) -> list[Dataset]:
    """Every imported dataset with its provenance, oldest first."""
    return [Dataset(r.kind, r.file_name, r.sha256, r.edition, r.year, r.list_date,
                    r.imported_at, r.rows_ok, r.rows_bad, str(r.id), r.full_list,
                    r.full_years, r.index_name)
            for r in s.execute(select(JournalDatasetRow).order_by(JournalDatasetRow.id)).scalars()]


# ---------------------------------------------------------------------------------- references
def _maps(s: Session) -> tuple[dict[str, str], dict[str, list[str]]]:
    by_issn = {i: str(j) for i, j in s.execute(
        select(JournalIssnRow.issn, JournalIssnRow.journal_id))}
    by_title: dict[str, list[str]] = {}
    for jid, key, alt in s.execute(select(JournalRow.id, JournalRow.title_key,
                                          JournalRow.alt_titles_json)):
        keys = {key} | {normalise_title(t) for t in json.loads(alt or "[]")}
        for k in keys:
            if k:
                by_title.setdefault(k, []).append(str(jid))
    return by_issn, by_title


def registry_maps(s: Session) -> tuple[dict[str, str], dict[str, list[str]]]:
    """ISSN -> journal id, and normalised title (and alternative titles) -> journal ids: what
    `core.journals.matching.match_journal` looks references up in."""
    return _maps(s)


def stored_links(s: Session, ref_ids: Sequence[int]) -> dict[int, tuple[int, str, bool]]:
    """The stored reference -> journal links of these references: (journal id, matched by,
    confirmed). Read-only: nothing is matched or written."""
    out: dict[int, tuple[int, str, bool]] = {}
    ids = list(ref_ids)
    for start in range(0, len(ids), 900):
        for row in s.execute(select(ReferenceJournalRow).where(
                ReferenceJournalRow.reference_id.in_(ids[start:start + 900]))).scalars():
            out[row.reference_id] = (row.journal_id, row.matched_by, row.confirmed)
    return out


def link_reference(s: Session, ref_id: int, journal_id: int, *, by: str = "manual",
                   confirmed: bool = True) -> None:
    """Link a reference to a journal (the user confirms a title match, or picks by hand)."""
    if s.get(JournalRow, journal_id) is None:
        raise NotFoundError(f"no journal with id {journal_id}")
    row = s.get(ReferenceJournalRow, ref_id)
    if row is None:
        s.add(ReferenceJournalRow(reference_id=ref_id, journal_id=journal_id, matched_by=by,
                                  confirmed=confirmed))
    else:
        row.journal_id, row.matched_by, row.confirmed = journal_id, by, confirmed
    s.flush()


def match_references(s: Session, refs: Sequence[Reference]) -> dict[int, JournalMatch]:
    """The journal of each reference. A link the user confirmed (or picked) wins; otherwise the
    match is computed from the reference's current ISSNs (so an edited ISSN is never stale) and
    stored: ISSN matches as trusted, title-only matches unconfirmed until the user confirms them
    (`link_reference`)."""
    ids = [r.id for r in refs if r.id is not None]
    stored: dict[int, ReferenceJournalRow] = {}
    for start in range(0, len(ids), 900):
        for found in s.execute(select(ReferenceJournalRow).where(
                ReferenceJournalRow.reference_id.in_(ids[start:start + 900]))).scalars():
            stored[found.reference_id] = found
    by_issn, by_title = _maps(s)
    out: dict[int, JournalMatch] = {}
    for ref in refs:
        if ref.id is None:
            continue
        row = stored.get(ref.id)
        if row is not None and row.confirmed and row.matched_by != "issn":
            out[ref.id] = JournalMatch(str(row.journal_id), "manual",
                                       f"linked by the user ({row.matched_by})")
            continue
        m = match_journal(ref, by_issn, by_title)
        out[ref.id] = m
        if m.journal_id is None:
            if row is not None:
                s.delete(row)
            continue
        jid, by, confirmed = int(m.journal_id), m.by or "title", m.by == "issn"
        if row is None:
            s.add(ReferenceJournalRow(reference_id=ref.id, journal_id=jid, matched_by=by,
                                      confirmed=confirmed))
        elif (row.journal_id, row.matched_by, row.confirmed) != (jid, by, confirmed):
            row.journal_id, row.matched_by, row.confirmed = jid, by, confirmed
    s.flush()
    return out


def publications(s: Session, refs: Sequence[Reference]) -> list[Publication]:
    """The rules' view of references: type, date, creators and the matched journal's profile."""
    matches = match_references(s, refs)
    profiles: dict[str, JournalProfile] = {}
    out = []
    for ref in refs:
        m = matches.get(ref.id or -1)
        profile = None
        note = m.note if m else "not stored"
        if m and m.journal_id and m.by in ("issn", "manual"):
            if m.journal_id not in profiles:
                profiles[m.journal_id] = load_profile(s, int(m.journal_id))
            profile = profiles[m.journal_id]
        out.append(publication(ref, profile, note))
    return out


def publication(ref: Reference, profile: JournalProfile | None, note: str | None = None
                ) -> Publication:
    issued = None
    if ref.issued and ref.issued.year and ref.issued.month and ref.issued.day:
        try:
            issued = dt.date(ref.issued.year, ref.issued.month, ref.issued.day)
        except ValueError:
            issued = None
    creators = len([c for c in ref.creators if c.role in ("author", "editor")])
    month = ref.issued.month if ref.issued and ref.issued.year == ref.year else None
    return Publication(str(ref.id), ref.type, ref.year, issued, ref.title, creators, profile,
                       note, month=month)


# ---------------------------------------------------------------------------------- team
def project_id(s: Session, name: str = "team", *, create: bool = False) -> int | None:
    pid = s.execute(select(TeamProjectRow.id).where(TeamProjectRow.name == name)).scalar()
    if pid is None and create:
        row = TeamProjectRow(name=name, rule_set="team-grant", created_at=_now())
        s.add(row)
        s.flush()
        pid = row.id
    return pid


def add_team_publications(s: Session, ref_ids: Iterable[int], project: str = "team") -> int:
    pid = project_id(s, project, create=True)
    assert pid is not None
    have = set(team_reference_ids(s, project))
    new = [r for r in dict.fromkeys(ref_ids) if r not in have]
    for r in new:
        s.add(TeamPublicationRow(project_id=pid, reference_id=r))
    s.flush()
    return len(new)


def remove_team_publications(s: Session, ref_ids: Iterable[int], project: str = "team") -> int:
    pid = project_id(s, project)
    if pid is None:
        return 0
    res = s.execute(delete(TeamPublicationRow).where(TeamPublicationRow.project_id == pid,
                                                     TeamPublicationRow.reference_id.in_(
                                                         list(ref_ids))))
    return int(getattr(res, "rowcount", 0) or 0)


def team_reference_ids(s: Session, project: str = "team") -> list[int]:
    pid = project_id(s, project)
    if pid is None:
        return []
    return list(s.execute(select(TeamPublicationRow.reference_id).where(
        TeamPublicationRow.project_id == pid).order_by(TeamPublicationRow.reference_id)).scalars())


# ---------------------------------------------------------------------------------- rule sets
def rule_sets(s: Session) -> dict[str, RuleSet]:
    """The presets shipped in resources/eligibility, then the library's own (which may override)."""
    out = builtin_rule_sets()
    for row in s.execute(select(RuleSetRow).order_by(RuleSetRow.id)).scalars():
        out[row.id] = rule_set_from_dict(json.loads(row.body), where=f"rule set {row.id}")
    return out


def save_rule_set(s: Session, data: dict[str, Any]) -> str:
    rs = rule_set_from_dict(data)
    row = s.get(RuleSetRow, rs.id)
    body = json.dumps(data, ensure_ascii=False)
    if row is None:
        s.add(RuleSetRow(id=rs.id, body=body, modified_at=_now()))
    else:
        row.body, row.modified_at = body, _now()
    s.flush()
    return rs.id
