"""What the journal screens and commands read: the journal list with its latest metrics, a journal
with its provenance and verdicts (`journal show`, the journal page), and the team's grant
assessment (`eligibility`, the grant progress view). Plain records out, never ORM rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import NotFoundError
from core.journals.matching import normalise_title
from core.journals.model import WOS_INDEXES, JournalProfile, quartile_for_percentile
from core.journals.rules import (
    Coverage,
    Progress,
    Publication,
    RequirementVerdict,
    RuleSet,
    assess,
    journal_verdicts,
)
from core.model import Reference
from db import journals as repo
from db import references as refs_repo
from db.journals import (
    JournalDatasetRow,
    JournalIndexRow,
    JournalIssnRow,
    JournalListRow,
    JournalMetricRow,
    JournalRow,
    ReferenceJournalRow,
)
from db.schema import ReferenceRow
from db.sqlite import json_value

_CHUNK = 900   # SQLite's bound-parameter limit, with room to spare
_CITESCORE = ("scopus_citescore", "manual")


# ---------------------------------------------------------------------------------- the list
@dataclass(slots=True)
class JournalSummary:
    """One line of the journal list."""

    id: int
    title: str
    issns: list[str] = field(default_factory=list)
    publisher: str | None = None
    country: str | None = None
    citescore_year: int | None = None
    percentile: int | None = None          # best subject of the latest CiteScore year
    quartile: int | None = None
    subject: str | None = None
    citescore_complete: bool = True        # False: only a Tracker (in progress) value is known
    wos: list[str] = field(default_factory=list)
    in_scopus: bool = False
    lists: list[str] = field(default_factory=list)   # ministry list levels
    references: int = 0


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[start:start + _CHUNK]) for start in range(0, len(ids), _CHUNK)]


def _rows(s: Session, stmt: Any, column: Any, chunks: list[list[int]] | None) -> Iterator[Any]:
    """`stmt` over every journal, or over the journals of `chunks` (`column IN chunk`)."""
    if chunks is None:
        yield from s.execute(stmt)
        return
    for chunk in chunks:
        yield from s.execute(stmt.where(column.in_(chunk)))


def journal_summaries(s: Session, ids: Sequence[int] | None = None) -> list[JournalSummary]:
    """The journal list: every journal (or those of `ids`, in that order), each with its ISSNs,
    the best percentile of its latest CiteScore year (a complete year before any Tracker), its
    WoS indexes, ministry list levels and the number of the library's references in it."""
    chunks = None if ids is None else _chunks(list(dict.fromkeys(ids)))
    base = select(JournalRow.id, JournalRow.title, JournalRow.publisher, JournalRow.country)
    rows = list(_rows(s, base.order_by(JournalRow.title_key) if chunks is None else base,
                      JournalRow.id, chunks))
    if ids is not None:
        order = {j: n for n, j in enumerate(dict.fromkeys(ids))}
        rows.sort(key=lambda r: order[r[0]])
    out = {jid: JournalSummary(jid, title, publisher=pub, country=country)
           for jid, title, pub, country in rows}

    kind_order = {"print": 0, "electronic": 1, "linking": 2, "other": 3}
    issns: dict[int, list[tuple[int, str]]] = {}
    for jid, issn, kind in _rows(s, select(JournalIssnRow.journal_id, JournalIssnRow.issn,
                                           JournalIssnRow.kind), JournalIssnRow.journal_id,
                                 chunks):
        issns.setdefault(jid, []).append((kind_order.get(kind, 9), issn))
    for jid, found in issns.items():
        if jid in out:
            out[jid].issns = [i for _, i in sorted(found)]

    best: dict[int, tuple[int, int, int]] = {}
    metrics = select(JournalMetricRow.journal_id, JournalMetricRow.year, JournalMetricRow.status,
                     JournalMetricRow.percentile, JournalMetricRow.quartile,
                     JournalMetricRow.subject_name, JournalMetricRow.subject_code).where(
        JournalMetricRow.provider.in_(_CITESCORE), JournalMetricRow.percentile.is_not(None))
    for jid, year, status, pct, quartile, subject, code in _rows(
            s, metrics, JournalMetricRow.journal_id, chunks):
        summary = out.get(jid)
        rank = (int(status == "complete"), year, pct)
        if summary is None or (jid in best and best[jid] >= rank):
            continue
        best[jid] = rank
        summary.citescore_year, summary.percentile = year, pct
        summary.quartile = quartile or quartile_for_percentile(pct)
        summary.subject = subject or code or None
        summary.citescore_complete = status == "complete"

    for jid, index_name in _rows(s, select(JournalIndexRow.journal_id, JournalIndexRow.index_name),
                                 JournalIndexRow.journal_id, chunks):
        summary = out.get(jid)
        if summary is None:
            continue
        if index_name in WOS_INDEXES:
            summary.wos = sorted({*summary.wos, index_name}, key=WOS_INDEXES.index)
        elif index_name == "SCOPUS":
            summary.in_scopus = True

    for jid, level in _rows(s, select(JournalListRow.journal_id, JournalListRow.level),
                            JournalListRow.journal_id, chunks):
        summary = out.get(jid)
        if summary is not None and level not in summary.lists:
            summary.lists = sorted([*summary.lists, level])

    for jid, n in reference_counts(s).items():
        if jid in out:
            out[jid].references = n
    return list(out.values())


def reference_counts(s: Session) -> dict[int, int]:
    """How many live references of the library appeared in each journal: a link the user
    confirmed, else any of the reference's ISSNs, else its container title when exactly one
    journal has that title (the matching `match_journal` does, without loading the records)."""
    by_issn = dict(s.execute(select(JournalIssnRow.issn, JournalIssnRow.journal_id)).all())
    if not by_issn and not s.execute(select(func.count(JournalRow.id))).scalar():
        return {}
    linked: dict[int, int] = {ref: jid for ref, jid in s.execute(
        select(ReferenceJournalRow.reference_id, ReferenceJournalRow.journal_id).where(
            ReferenceJournalRow.confirmed.is_(True),
            ReferenceJournalRow.matched_by != "issn"))}
    by_title: dict[str, set[int]] = {}
    for journal_id, key, alt in s.execute(select(JournalRow.id, JournalRow.title_key,
                                                 JournalRow.alt_titles_json)):
        for k in {key} | {normalise_title(t) for t in json.loads(alt or "[]")}:
            if k:
                by_title.setdefault(k, set()).add(journal_id)
    counts: dict[int, int] = {}
    issn_json = json_value(ReferenceRow.data, "ISSN")
    for ref_id, issn_text, container in s.execute(
            select(ReferenceRow.id, issn_json, ReferenceRow.container_title).where(
                ReferenceRow.deleted_at.is_(None))):
        jid = linked.get(ref_id)
        if jid is None and issn_text:
            # Stored ISSNs are already normalised (`NNNN-NNNC`, ", "-joined).
            jid = next((by_issn[i] for i in str(issn_text).split(", ") if i in by_issn), None)
        if jid is None and container:
            same = by_title.get(normalise_title(container), set())
            if len(same) == 1:
                jid = next(iter(same))
        if jid is not None:
            counts[jid] = counts.get(jid, 0) + 1
    return counts


# ---------------------------------------------------------------------------------- one journal
@dataclass(slots=True)
class JournalDetails:
    """A journal with everything known about it, when each dataset was imported, and what the
    verdicts need (the registry's coverage, every rule set)."""

    profile: JournalProfile
    coverage: Coverage
    rule_sets: list[RuleSet]
    recorded_at: dict[str, dt.datetime] = field(default_factory=dict)  # source label -> when

    def verdicts(self, year: int) -> list[RequirementVerdict]:
        """Every requirement of every rule set for an article published in `year`."""
        return journal_verdicts(self.profile, self.rule_sets, self.coverage, year)


def journal_details(s: Session, journal_id: int) -> JournalDetails:
    """NotFoundError for an unknown id."""
    profile = repo.load_profile(s, journal_id)
    recorded: dict[str, dt.datetime] = {}
    for source_col, dataset_col, journal_col in (
            (JournalMetricRow.source, JournalMetricRow.dataset_id, JournalMetricRow.journal_id),
            (JournalIndexRow.source, JournalIndexRow.dataset_id, JournalIndexRow.journal_id),
            (JournalListRow.source, JournalListRow.dataset_id, JournalListRow.journal_id)):
        for source, when in s.execute(
                select(source_col, JournalDatasetRow.imported_at)
                .join(JournalDatasetRow, JournalDatasetRow.id == dataset_col)
                .where(journal_col == journal_id)):
            if source and (source not in recorded or when > recorded[source]):
                recorded[source] = when
    return JournalDetails(profile, repo.coverage(s), list(repo.rule_sets(s).values()), recorded)


# ---------------------------------------------------------------------------------- the team
@dataclass(slots=True)
class TeamAssessment:
    """The team's publications against a rule set: verdicts, which work fills which slot, what
    is missing; plus the verdicts of any other references asked about."""

    rule_set: RuleSet
    project: str
    coverage: Coverage
    team_ids: list[int]
    references: dict[int, Reference]
    publications: dict[str, Publication]
    progress: Progress

    @property
    def team_references(self) -> list[Reference]:
        return [self.references[i] for i in self.team_ids if i in self.references]

    @property
    def team_publications(self) -> list[Publication]:
        return [self.publications[str(i)] for i in self.team_ids if str(i) in self.publications]


def assess_team(s: Session, rule_set_id: str = "team-grant", project: str = "team",
                extra_ids: Sequence[int] = ()) -> TeamAssessment:
    """Stores the ISSN links it finds (run it in a transaction). NotFoundError for an unknown
    rule set or reference id."""
    sets = repo.rule_sets(s)
    if rule_set_id not in sets:
        raise NotFoundError(f"no rule set {rule_set_id!r} (known: {', '.join(sorted(sets))})")
    rule_set = sets[rule_set_id]
    team_ids = repo.team_reference_ids(s, project)
    wanted = list(dict.fromkeys([*extra_ids, *team_ids]))
    refs = refs_repo.get_many(s, wanted) if wanted else []
    missing = sorted(set(extra_ids) - {r.id for r in refs})
    if missing:
        raise NotFoundError(f"no reference with id {', '.join(map(str, missing))}")
    pubs = {p.id: p for p in repo.publications(s, refs)}
    coverage = repo.coverage(s)
    team = [pubs[str(i)] for i in team_ids if str(i) in pubs]
    return TeamAssessment(rule_set, project, coverage, team_ids,
                          {r.id: r for r in refs if r.id is not None}, pubs,
                          assess(rule_set, team, coverage))
