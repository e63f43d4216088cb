"""Quartile and eligibility of references for the window's table: computed for the rows asked
(those on screen), read-only (no journal link is stored), the registry's lookup maps and journal
profiles loaded once per `BadgeSource` (make a new one after the library changes)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from core.journals.matching import JournalMatch, match_journal
from core.journals.model import JournalProfile, MetricObservation
from core.journals.rules import (
    Result,
    RuleSet,
    citescore_year,
    evaluate_requirement,
    rule_context,
)
from core.model import Reference
from db import journals
from db import references as refs_repo

DEFAULT_RULE_SET = "team-grant"
# The CiteScore year a quartile is shown for: the publication year, else the year before (the
# current year's CiteScore is published the following June).
QUARTILE_POLICY = "publication_year_or_previous"


@dataclass(frozen=True, slots=True)
class RequirementVerdict:
    """One requirement of the rule set for one reference: its verdict and the evidence."""

    id: str
    name: str
    result: Result
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Badge:
    """What the table shows for one reference. `result` is the best verdict over the rule set's
    requirements; `verdicts` has one entry per requirement."""

    quartile: int | None = None
    quartile_note: str = ""
    result: Result = Result.UNKNOWN
    verdicts: tuple[RequirementVerdict, ...] = ()
    journal: str | None = None

    @property
    def met(self) -> tuple[str, ...]:
        """Ids of the requirements the reference meets."""
        return tuple(v.id for v in self.verdicts if v.result is Result.ELIGIBLE)

    @property
    def met_names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.verdicts if v.result is Result.ELIGIBLE)


def best_result(results: Iterable[Result]) -> Result:
    """Eligible for anything beats unknown, which beats not eligible for everything."""
    found = set(results)
    for result in (Result.ELIGIBLE, Result.UNKNOWN):
        if result in found:
            return result
    return Result.NOT_ELIGIBLE if found else Result.UNKNOWN


def quartile_of(profile: JournalProfile, year: int | None) -> tuple[int | None, str]:
    """The journal's best quartile for a publication year (CiteScore, else SCImago) and where it
    comes from."""
    title = profile.journal.title
    if year is None:
        years = profile.complete_citescore_years()
        cs_year: int | None = years[-1] if years else None
    else:
        cs_year, _ = citescore_year(QUARTILE_POLICY, year, profile)
    observations = profile.citescore(cs_year) if cs_year is not None else []
    quartiles = [m for m in observations if m.effective_quartile]
    if quartiles:
        best = min(quartiles, key=lambda m: (m.effective_quartile or 5, -(m.percentile or 0)))
        return best.effective_quartile, _note(title, "CiteScore", best)
    sjr_years = {y for y in (year, (year or 0) - 1) if y} if year else None
    scimago = [m for m in profile.metrics if m.provider == "scimago" and m.quartile
               and (sjr_years is None or m.year in sjr_years)]
    if scimago:
        best = min(scimago, key=lambda m: (m.quartile or 5, -m.year))
        return best.quartile, _note(title, "SJR", best)
    return None, ""


def _note(title: str, provider: str, m: MetricObservation) -> str:
    subject = m.subject_name or (f"ASJC {m.subject_code}" if m.subject_code else "")
    parts = [f"{title}, {provider} {m.year}"]
    if subject:
        parts.append(subject)
    if m.percentile is not None:
        parts.append(f"percentile {m.percentile}")
    return ", ".join(parts) + f": Q{m.effective_quartile}"


class BadgeSource:
    """Loads the registry maps, the coverage and the rule set once; `badges()` then costs a few
    queries per page of rows."""

    def __init__(self, s: Session, rule_set_id: str = DEFAULT_RULE_SET) -> None:
        sets = journals.rule_sets(s)
        self.rule_set: RuleSet | None = sets.get(rule_set_id) or next(iter(sets.values()), None)
        self.coverage = journals.coverage(s)
        self.has_registry = bool(s.execute(select(exists().where(
            journals.JournalRow.id.is_not(None)))).scalar())
        self.by_issn, self.by_title = (journals.registry_maps(s) if self.has_registry
                                       else ({}, {}))
        self._profiles: dict[str, JournalProfile] = {}

    def _match(self, ref: Reference, stored: dict[int, tuple[int, str, bool]]) -> JournalMatch:
        link = stored.get(ref.id or -1)
        if link is not None and link[2] and link[1] != "issn":
            return JournalMatch(str(link[0]), "manual", f"linked by the user ({link[1]})")
        return match_journal(ref, self.by_issn, self.by_title)

    def _profile(self, s: Session, journal_id: str) -> JournalProfile:
        if journal_id not in self._profiles:
            self._profiles[journal_id] = journals.load_profile(s, int(journal_id))
        return self._profiles[journal_id]

    def badges(self, s: Session, refs: Sequence[Reference]) -> dict[int, Badge]:
        stored = journals.stored_links(s, [r.id for r in refs if r.id is not None]) \
            if self.has_registry else {}
        ctx = rule_context(self.rule_set, self.coverage) if self.rule_set else None
        names = {r.id: r.name for r in self.rule_set.requirements} if self.rule_set else {}
        out: dict[int, Badge] = {}
        for ref in refs:
            if ref.id is None:
                continue
            profile = None
            note = None
            if self.has_registry:
                m = self._match(ref, stored)
                note = m.note
                if m.journal_id and m.by in ("issn", "manual"):
                    profile = self._profile(s, m.journal_id)
            quartile, q_note = quartile_of(profile, ref.year) if profile else (None, "")
            pub = journals.publication(ref, profile, note)
            verdicts = {}
            if self.rule_set is not None and ctx is not None:
                verdicts = {r.id: evaluate_requirement(r, pub, ctx)
                            for r in self.rule_set.requirements}
            out[ref.id] = Badge(
                quartile, q_note, best_result(v.result for v in verdicts.values()),
                tuple(RequirementVerdict(rid, names[rid], v.result, v.text)
                      for rid, v in verdicts.items()),
                profile.journal.title if profile else None)
        return out

    def badges_for_ids(self, s: Session, ids: Sequence[int]) -> dict[int, Badge]:
        return self.badges(s, refs_repo.get_many(s, ids))

    def eligible_ids(self, s: Session, ids: Sequence[int], *,
                     progress: Callable[[int, int], None] | None = None,
                     check: Callable[[], None] | None = None, chunk: int = 500) -> set[int]:
        """Those of `ids` eligible for at least one requirement, page by page (with progress and
        a cancel check between pages: a whole library takes seconds)."""
        found: set[int] = set()
        for start in range(0, len(ids), chunk):
            if check is not None:
                check()
            for ref_id, badge in self.badges_for_ids(s, ids[start:start + chunk]).items():
                if badge.result is Result.ELIGIBLE:
                    found.add(ref_id)
            if progress is not None:
                progress(min(start + chunk, len(ids)), len(ids))
        return found
