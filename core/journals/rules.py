"""Eligibility rules as data: a closed set of predicates combined with all/any/not, year policies,
three-valued verdicts with evidence, and requirement sets filled by maximum bipartite matching.

A verdict is eligible, not eligible or unknown. Unknown means the registry lacks the data to decide
(no CiteScore for that year, journal not matched, no list imported); it is never read as "no"."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from core.errors import SiltemeError
from core.journals.model import (
    WOS_INDEXES,
    JournalProfile,
    ListMembership,
    MetricObservation,
)

YEAR_POLICIES = ("publication_year", "previous_year", "publication_year_or_previous",
                 "latest_complete")
PREDICATES = ("scopus_percentile_gte", "scopus_quartile_lte", "wos_index_in", "in_list",
              "in_scopus", "doc_type_in", "published_between")
BUILTIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "eligibility"


class RuleSetError(SiltemeError):
    """A rule set file is not valid: unknown predicate, bad parameter, missing id."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class Result(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not eligible"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Verdict:
    result: Result
    evidence: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "; ".join(self.evidence)


def _v(result: Result, *evidence: str) -> Verdict:
    return Verdict(result, tuple(e for e in evidence if e))


@dataclass(slots=True)
class Publication:
    """What the rules need to know about one work. `journal` is None when the work's journal is not
    in the registry; `journal_note` then says why (no ISSN, ISSN not found, ...)."""

    id: str
    type: str
    year: int | None
    issued: dt.date | None = None
    title: str | None = None
    creators: int = 0
    journal: JournalProfile | None = None
    journal_note: str | None = None
    month: int | None = None     # when only the year and month are known

    @property
    def day(self) -> dt.date | None:
        return self.issued or (dt.date(self.year, 1, 1) if self.year else None)

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """The days the work may have been published on: the date, else its month, else its
        year. A validity that starts or ends inside the span cannot decide on its own."""
        if self.issued is not None:
            return self.issued, self.issued
        if self.year is None:
            return None
        if self.month is not None and 1 <= self.month <= 12:
            nxt = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return dt.date(self.year, self.month, 1), nxt - dt.timedelta(days=1)
        return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)

    def when(self) -> str:
        """The publication date as known, for evidence (`2025`, `2025-07`, `2025-07-01`)."""
        if self.issued is not None:
            return self.issued.isoformat()
        if self.month is not None and self.year is not None:
            return f"{self.year}-{self.month:02d}"
        return str(self.year) if self.year is not None else "n.d."


@dataclass(slots=True)
class Coverage:
    """Which complete datasets the registry holds: a journal absent from an imported list is not on
    it (not eligible); with no list imported the answer is unknown."""

    citescore_years: set[int] = field(default_factory=set)
    wos_indexes: set[str] = field(default_factory=set)
    koksnvo: bool = False
    scopus_sources: bool = False


# ------------------------------------------------------------------------------ expressions
@dataclass(frozen=True, slots=True)
class Leaf:
    predicate: str
    params: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Combo:
    op: str                      # all | any | not
    parts: tuple[Expr, ...]


Expr = Leaf | Combo


def parse_expr(data: Any, where: str = "rule") -> Expr:
    if not isinstance(data, dict) or not data:
        raise RuleSetError("expected an object with one predicate or all/any/not", where=where)
    if "all" in data or "any" in data:
        op = "all" if "all" in data else "any"
        items = data[op]
        if len(data) != 1 or not isinstance(items, list) or not items:
            raise RuleSetError(f"'{op}' takes a non-empty list and nothing else", where=where)
        return Combo(op, tuple(parse_expr(x, f"{where}.{op}[{i}]") for i, x in enumerate(items)))
    if "not" in data:
        if len(data) != 1:
            raise RuleSetError("'not' takes one expression and nothing else", where=where)
        return Combo("not", (parse_expr(data["not"], f"{where}.not"),))
    keys = [k for k in data if k in PREDICATES]
    if len(keys) != 1:
        raise RuleSetError(f"unknown predicate in {sorted(data)}; expected one of "
                           f"{', '.join(PREDICATES)}", where=where)
    name = keys[0]
    params = dict(data)
    _check_params(name, params, where)
    return Leaf(name, params)


_ALLOWED: dict[str, set[str]] = {
    "scopus_percentile_gte": {"subjects", "year_policy"},
    "scopus_quartile_lte": {"subjects", "year_policy"},
    "wos_index_in": set(),
    "in_list": {"levels", "directions", "include_indexed_since"},
    "in_scopus": set(),
    "doc_type_in": set(),
    "published_between": set(),
}


def _check_params(name: str, params: dict[str, Any], where: str) -> None:
    extra = set(params) - {name} - _ALLOWED[name]
    if extra:
        raise RuleSetError(f"{name}: unknown parameter(s) {sorted(extra)}", where=where)
    value = params[name]
    if name == "scopus_percentile_gte" and not (isinstance(value, int) and 0 <= value <= 99):
        raise RuleSetError("scopus_percentile_gte takes a percentile 0..99", where=where)
    if name == "scopus_quartile_lte" and value not in (1, 2, 3, 4):
        raise RuleSetError("scopus_quartile_lte takes a quartile 1..4", where=where)
    if name == "wos_index_in" and not (isinstance(value, list) and value
                                       and all(v in WOS_INDEXES for v in value)):
        raise RuleSetError(f"wos_index_in takes a list of {WOS_INDEXES}", where=where)
    if name == "in_list" and value != "KOKSNVO":
        raise RuleSetError("in_list takes the list name \"KOKSNVO\"", where=where)
    if name == "doc_type_in" and not (isinstance(value, list) and value):
        raise RuleSetError("doc_type_in takes a list of CSL item types", where=where)
    if name == "published_between":
        if not isinstance(value, list) or len(value) != 2:
            raise RuleSetError("published_between takes [from, to] (ISO dates or null)",
                               where=where)
        for v in value:
            if v is not None:
                try:
                    dt.date.fromisoformat(v)
                except (TypeError, ValueError):
                    raise RuleSetError(f"published_between: {v!r} is not an ISO date",
                                       where=where) from None
    subjects = params.get("subjects", "any")
    if subjects != "any" and not (isinstance(subjects, list) and subjects):
        raise RuleSetError("subjects is \"any\" or a list of ASJC codes", where=where)
    policy = params.get("year_policy")
    if policy is not None and policy not in YEAR_POLICIES:
        raise RuleSetError(f"year_policy {policy!r}: expected one of {YEAR_POLICIES}", where=where)


def describe(expr: Expr) -> str:
    """A short English statement of a predicate, quoted in the evidence."""
    if isinstance(expr, Combo):
        inner = [f"({describe(p)})" if isinstance(p, Combo) and p.op != "not" and
                 len(p.parts) > 1 else describe(p) for p in expr.parts]
        if expr.op == "not":
            return f"not {inner[0]}"
        return (" and " if expr.op == "all" else " or ").join(inner)
    p, v, name = expr.params, expr.params[expr.predicate], expr.predicate
    if name == "scopus_percentile_gte":
        return f"percentile >= {v}"
    if name == "scopus_quartile_lte":
        return f"quartile <= Q{v}"
    if name == "wos_index_in":
        return "WoS " + "/".join(v)
    if name == "in_list":
        levels = p.get("levels")
        return f"{v} list" + (f" levels {','.join(map(str, levels))}" if levels else "")
    if name == "in_scopus":
        return "in Scopus"
    if name == "doc_type_in":
        return "type " + "/".join(v)
    return f"published {v[0] or '...'} to {v[1] or '...'}"


# ------------------------------------------------------------------------------ evaluation
@dataclass(slots=True)
class Context:
    coverage: Coverage = field(default_factory=Coverage)
    year_policy: str = "publication_year"


def evaluate(expr: Expr, pub: Publication, ctx: Context) -> Verdict:
    if isinstance(expr, Combo):
        return combine(expr.op, [evaluate(p, pub, ctx) for p in expr.parts])
    return _LEAVES[expr.predicate](expr, pub, ctx)


def combine(op: str, parts: Sequence[Verdict]) -> Verdict:
    """Kleene's three-valued logic: `all` fails on any failure and is unknown on any unknown;
    `any` passes on any pass and is unknown on any unknown; `not` swaps pass and fail. The evidence
    kept is the evidence of the verdicts that decided."""
    if op == "not":
        inner = parts[0]
        flipped = {Result.ELIGIBLE: Result.NOT_ELIGIBLE, Result.NOT_ELIGIBLE: Result.ELIGIBLE,
                   Result.UNKNOWN: Result.UNKNOWN}[inner.result]
        return Verdict(flipped, inner.evidence)
    order = ((Result.NOT_ELIGIBLE, Result.UNKNOWN) if op == "all"
             else (Result.ELIGIBLE, Result.UNKNOWN))
    for want in order:
        hits = [v for v in parts if v.result is want]
        if hits:
            if op == "any" and want is Result.UNKNOWN:
                # Nothing passed: the failed alternatives say as much as the undecided ones
                # ("percentile 34 -> does not meet ...; no WoS list imported").
                hits = [v for v in parts if v.result is not Result.ELIGIBLE]
            return Verdict(want, tuple(e for v in hits for e in v.evidence))
    final = Result.ELIGIBLE if op == "all" else Result.NOT_ELIGIBLE
    return Verdict(final, tuple(e for v in parts for e in v.evidence))


def _no_journal(pub: Publication) -> Verdict:
    return _v(Result.UNKNOWN, pub.journal_note or "journal not matched in the registry")


def citescore_year(policy: str, pub_year: int, profile: JournalProfile) -> tuple[int | None, str]:
    """The CiteScore year a policy looks at, and a note on why. Only complete years count; the
    monthly CiteScore Tracker (in progress) never does."""
    if policy == "publication_year":
        return pub_year, ""
    if policy == "previous_year":
        return pub_year - 1, ""
    if policy == "publication_year_or_previous":
        if profile.citescore(pub_year):
            return pub_year, ""
        return pub_year - 1, (f"no complete CiteScore {pub_year}; using {pub_year - 1}")
    years = profile.complete_citescore_years()
    return (years[-1], "latest complete CiteScore year") if years else (None, "")


def _scopus_metric(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    profile = pub.journal
    if profile is None:
        return _no_journal(pub)
    if pub.year is None:
        return _v(Result.UNKNOWN, "publication year unknown")
    title = profile.journal.title
    span = pub.span
    if span is not None and _left_scopus(profile, span[0].year) and \
            _scopus_ended_before(profile, span[0]):
        # Published after the journal left Scopus: no year policy makes it a Scopus article.
        return _v(Result.NOT_ELIGIBLE, _left_scopus(profile, span[0].year).replace(
            f": no CiteScore for {span[0].year}", f": the work of {pub.when()} is not in Scopus"))
    policy = expr.params.get("year_policy") or ctx.year_policy
    year, why = citescore_year(policy, pub.year, profile)
    if year is None:
        return _v(Result.UNKNOWN, f"{title}: no complete CiteScore data")
    subjects = expr.params.get("subjects", "any")
    all_obs = profile.citescore(year)
    obs = all_obs if subjects == "any" else [m for m in all_obs if m.subject_code in
                                             {str(s) for s in subjects}]
    rule = describe(expr)
    if obs:
        if expr.predicate == "scopus_percentile_gte":
            best = max(obs, key=lambda m: (m.percentile or 0))
            ok = (best.percentile or 0) >= expr.params[expr.predicate]
        else:
            best = min(obs, key=lambda m: (m.effective_quartile or 5))
            ok = (best.effective_quartile or 5) <= expr.params[expr.predicate]
        verb = "meets" if ok else "does not meet"
        return _v(Result.ELIGIBLE if ok else Result.NOT_ELIGIBLE, why,
                  f"{_obs_text(title, best)} -> {verb} '{rule}'")
    if all_obs:
        return _v(Result.NOT_ELIGIBLE, why, f"{title}, CiteScore {year}: no value in the listed "
                  f"subjects ({', '.join(map(str, subjects))})")
    tracker = [m for m in profile.citescore(year, complete_only=False) if m.status != "complete"]
    note = f"CiteScore Tracker {year} is in progress and does not count" if tracker else ""
    left = _left_scopus(profile, year)
    if left:
        return _v(Result.NOT_ELIGIBLE, why, left)
    if year in ctx.coverage.citescore_years and profile.journal.issns:
        return _v(Result.NOT_ELIGIBLE, why, note,
                  f"{title}: not in the imported CiteScore {year} data")
    return _v(Result.UNKNOWN, why, note, f"{title}: no complete CiteScore {year} data")


def _left_scopus(profile: JournalProfile, year: int) -> str:
    scopus = [m for m in profile.indexes if m.index == "SCOPUS"]
    day = dt.date(year, 1, 1)
    if scopus and all(m.covers(day) is False for m in scopus):
        starts = [m.valid_from for m in scopus if m.valid_from]
        if starts and all(day < s for s in starts):
            return (f"{profile.journal.title} was not yet in Scopus (coverage from "
                    f"{min(starts).year}): no CiteScore for {year}")
        ends = [m.valid_to for m in scopus if m.valid_to]
        end = f" (coverage ended {max(ends).year})" if ends else ""
        return f"{profile.journal.title} left Scopus{end}: no CiteScore for {year}"
    return ""


def _scopus_ended_before(profile: JournalProfile, day: dt.date) -> bool:
    """True when every Scopus coverage of the journal ended before `day`."""
    scopus = [m for m in profile.indexes if m.index == "SCOPUS"]
    return bool(scopus) and all(m.valid_to is not None and m.valid_to < day for m in scopus)


def _obs_text(title: str, m: MetricObservation) -> str:
    subject = m.subject_name or (f"ASJC {m.subject_code}" if m.subject_code else "all subjects")
    q = m.effective_quartile
    return (f"{title}, CiteScore {m.year}, {subject}: percentile {m.percentile}"
            + (f", Q{q}" if q else ""))


def _wos(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    profile = pub.journal
    if profile is None:
        return _no_journal(pub)
    want = list(expr.params[expr.predicate])
    title = profile.journal.title
    day = pub.day
    hits = [m for m in profile.indexes if m.index in want]
    for m in hits:
        if day is None or m.covers(day) is not False:
            as_of = f" (list of {m.as_of.isoformat()})" if m.as_of else ""
            return _v(Result.ELIGIBLE, f"{title}: in WoS {m.index}{as_of} -> meets "
                      f"'{describe(expr)}'")
    if hits:
        return _v(Result.NOT_ELIGIBLE, f"{title}: in WoS {'/'.join(m.index for m in hits)} but "
                  "not on the publication date")
    imported = [i for i in want if i in ctx.coverage.wos_indexes]
    if imported:
        missing = [i for i in want if i not in imported]
        if not missing:
            return _v(Result.NOT_ELIGIBLE, f"{title}: not in the imported WoS "
                      f"{'/'.join(imported)} list(s)")
        return _v(Result.UNKNOWN, f"{title}: not in WoS {'/'.join(imported)}; no complete "
                  f"{'/'.join(missing)} list imported")
    return _v(Result.UNKNOWN, f"{title}: no complete WoS {'/'.join(want)} list imported")


def _in_list(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    profile = pub.journal
    if profile is None:
        return _no_journal(pub)
    title = profile.journal.title
    levels = {str(x) for x in expr.params.get("levels") or ["1", "2", "3"]}
    directions = {d.casefold() for d in expr.params.get("directions") or []}
    span = pub.span
    entries = [m for m in profile.lists if m.level in levels and (
        not directions or any(d.casefold() in directions for d in m.directions))]
    for m in entries:
        if span is None or (m.covers(span[0]) and m.covers(span[1])):
            order = f", order {m.order_no}" if m.order_no else ""
            return _v(Result.ELIGIBLE, f"{title}: KOKSNVO list {m.level}{order} -> meets "
                      f"'{describe(expr)}'")
    since_text = expr.params.get("include_indexed_since")
    undecided: list[str] = []
    if since_text and "1" in levels and span is not None:
        since = dt.date.fromisoformat(since_text)
        derived = _derived_list_1(profile, span[1] if span[0] < since else span[0])
        if derived and span[0] >= since:
            return _v(Result.ELIGIBLE, f"{title}: {derived}; List 1 includes indexed journals "
                      f"since {since_text} (derived) -> meets '{describe(expr)}'")
        if derived and span[1] >= since:
            undecided.append(f"{title}: {derived}, but List 1 includes indexed journals only "
                             f"since {since_text}: the publication date ({pub.when()}) decides")
    partly = [m for m in entries if span is not None and _overlaps(m, span)]
    if partly:
        undecided += [f"{title}: on the KOKSNVO list from {m.valid_from or '...'} to "
                      f"{m.valid_to or '...'} (list {m.level}): the publication date "
                      f"({pub.when()}) decides" for m in partly]
    if undecided:
        return _v(Result.UNKNOWN, *undecided)
    if entries:
        spans = ", ".join(f"list {m.level} {m.valid_from or '...'} to {m.valid_to or '...'}"
                          for m in entries)
        return _v(Result.NOT_ELIGIBLE, f"{title}: on the KOKSNVO list but not on the "
                  f"publication date ({spans})")
    if profile.lists:
        return _v(Result.NOT_ELIGIBLE, f"{title}: on the KOKSNVO list at another level "
                  f"({', '.join(sorted({m.level for m in profile.lists}))})")
    if ctx.coverage.koksnvo:
        return _v(Result.NOT_ELIGIBLE, f"{title}: not on the imported KOKSNVO list")
    return _v(Result.UNKNOWN, f"{title}: no complete KOKSNVO list imported")


def _derived_list_1(profile: JournalProfile, day: dt.date) -> str:
    """Why an indexed journal is on List 1 on `day` ("in SSCI", "has a Scopus CiteScore"), or ""."""
    for idx in profile.indexes:
        if idx.covers(day) is not False:
            return f"in {idx.index}"
    if not _left_scopus(profile, day.year) and (
            profile.citescore(day.year) or profile.citescore(day.year - 1)):
        return "has a Scopus CiteScore"
    return ""


def _overlaps(m: ListMembership, span: tuple[dt.date, dt.date]) -> bool:
    return (m.valid_from is None or m.valid_from <= span[1]) and (
        m.valid_to is None or m.valid_to >= span[0])


def _in_scopus(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    profile = pub.journal
    if profile is None:
        return _no_journal(pub)
    title = profile.journal.title
    day = pub.day
    scopus = [m for m in profile.indexes if m.index == "SCOPUS"]
    if day is not None and scopus:
        if any(m.covers(day) is not False for m in scopus):
            return _v(Result.ELIGIBLE, f"{title}: covered by Scopus in {day.year}")
        return _v(Result.NOT_ELIGIBLE, _left_scopus(profile, day.year)
                  or f"{title}: not covered by Scopus in {day.year}")
    if pub.year is not None and profile.citescore(pub.year):
        return _v(Result.ELIGIBLE, f"{title}: has CiteScore {pub.year}")
    if ctx.coverage.scopus_sources:
        return _v(Result.NOT_ELIGIBLE, f"{title}: not in the imported Scopus source list")
    return _v(Result.UNKNOWN, f"{title}: no complete Scopus source list imported")


def _doc_type(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    types = expr.params[expr.predicate]
    if not pub.type:
        return _v(Result.UNKNOWN, "item type unknown")
    ok = pub.type in types
    return _v(Result.ELIGIBLE if ok else Result.NOT_ELIGIBLE,
              "" if ok else f"item type {pub.type} is not {'/'.join(types)}")


def _published_between(expr: Leaf, pub: Publication, ctx: Context) -> Verdict:
    lo, hi = (dt.date.fromisoformat(x) if x else None for x in expr.params[expr.predicate])
    if pub.year is None:
        return _v(Result.UNKNOWN, "publication date unknown")
    # With only a year known, the work counts if any day of that year is inside the range.
    first = pub.issued or dt.date(pub.year, 1, 1)
    last = pub.issued or dt.date(pub.year, 12, 31)
    ok = (lo is None or last >= lo) and (hi is None or first <= hi)
    return _v(Result.ELIGIBLE if ok else Result.NOT_ELIGIBLE,
              "" if ok else f"published {pub.issued or pub.year}, outside "
                            f"{lo or '...'} to {hi or '...'}")


_LEAVES = {
    "scopus_percentile_gte": _scopus_metric,
    "scopus_quartile_lte": _scopus_metric,
    "wos_index_in": _wos,
    "in_list": _in_list,
    "in_scopus": _in_scopus,
    "doc_type_in": _doc_type,
    "published_between": _published_between,
}


# ------------------------------------------------------------------------------ rule sets
@dataclass(frozen=True, slots=True)
class Requirement:
    id: str
    name: str
    count: int
    rule: Expr | None
    collective: bool = False     # a collective work: two or more authors (or editors)


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    name: str
    requirements: tuple[Requirement, ...]
    year_policy: str = "publication_year"
    source: str | None = None
    version: str | None = None

    def requirement(self, rid: str) -> Requirement:
        for r in self.requirements:
            if r.id == rid:
                return r
        raise RuleSetError(f"no requirement {rid!r} in rule set {self.id!r}")


def rule_set_from_dict(data: Any, where: str = "rule set") -> RuleSet:
    if not isinstance(data, dict):
        raise RuleSetError("expected a JSON object", where=where)
    rid = data.get("id")
    if not isinstance(rid, str) or not rid:
        raise RuleSetError("missing string 'id'", where=where)
    policy = data.get("year_policy", "publication_year")
    if policy not in YEAR_POLICIES:
        raise RuleSetError(f"year_policy {policy!r}: expected one of {YEAR_POLICIES}",
                           where=where)
    reqs = []
    seen: set[str] = set()
    for i, r in enumerate(data.get("requirements") or []):
        w = f"{where}: requirements[{i}]"
        if not isinstance(r, dict) or not isinstance(r.get("id"), str):
            raise RuleSetError("each requirement needs a string 'id'", where=w)
        if r["id"] in seen:
            raise RuleSetError(f"duplicate requirement id {r['id']!r}", where=w)
        seen.add(r["id"])
        count = r.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise RuleSetError("count must be a positive whole number", where=w)
        rule = parse_expr(r["rule"], f"{w}.rule") if "rule" in r else None
        reqs.append(Requirement(r["id"], str(r.get("name") or r["id"]), count, rule,
                                bool(r.get("collective", False))))
    if not reqs:
        raise RuleSetError("a rule set needs at least one requirement", where=where)
    return RuleSet(rid, str(data.get("name") or rid), tuple(reqs), policy,
                   data.get("source"), data.get("version"))


def load_rule_set(path: Path) -> RuleSet:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleSetError(str(exc), where=str(path)) from None
    return rule_set_from_dict(data, where=Path(path).name)


def builtin_rule_sets(directory: Path = BUILTIN_DIR) -> dict[str, RuleSet]:
    out: dict[str, RuleSet] = {}
    for p in sorted(directory.glob("*.json")):
        rs = load_rule_set(p)
        out[rs.id] = rs
    return out


def evaluate_requirement(req: Requirement, pub: Publication, ctx: Context) -> Verdict:
    parts: list[Verdict] = []
    if req.rule is not None:
        parts.append(evaluate(req.rule, pub, ctx))
    if req.collective:
        parts.append(_v(Result.ELIGIBLE) if pub.creators >= 2 else
                     _v(Result.NOT_ELIGIBLE, f"{pub.creators} author(s): not a collective work"))
    return combine("all", parts) if parts else _v(Result.ELIGIBLE)


def rule_context(rule_set: RuleSet, coverage: Coverage) -> Context:
    return Context(coverage=coverage, year_policy=rule_set.year_policy)


@dataclass(frozen=True, slots=True)
class RequirementVerdict:
    """One requirement of one rule set judged for a journal (`journal show`, the journal page)."""

    rule_set: str
    rule_set_name: str
    requirement: str
    requirement_name: str
    verdict: Verdict


def journal_verdicts(profile: JournalProfile, rule_sets: Iterable[RuleSet], coverage: Coverage,
                     year: int) -> list[RequirementVerdict]:
    """The verdict of every requirement of every rule set for an article (two authors) published
    in `year` in the journal: what `journal show` prints and the journal page shows."""
    pub = Publication(id="hypothetical", type="article-journal", year=year,
                      title=f"an article published in {year}", creators=2, journal=profile)
    out = []
    for rs in rule_sets:
        ctx = rule_context(rs, coverage)
        for req in rs.requirements:
            out.append(RequirementVerdict(rs.id, rs.name, req.id, req.name,
                                          evaluate_requirement(req, pub, ctx)))
    return out


# ------------------------------------------------------------------------------ progress
@dataclass(slots=True)
class RequirementProgress:
    id: str
    name: str
    target: int
    filled_by: list[str] = field(default_factory=list)
    could_fill: list[str] = field(default_factory=list)   # unknown verdicts, not counted

    @property
    def achieved(self) -> int:
        return len(self.filled_by)

    @property
    def missing(self) -> int:
        return max(0, self.target - self.achieved)


@dataclass(slots=True)
class Progress:
    rule_set: RuleSet
    verdicts: dict[str, dict[str, Verdict]]
    requirements: list[RequirementProgress]
    unassigned: list[str]          # eligible for something but every slot it could fill is taken

    @property
    def complete(self) -> bool:
        return all(r.missing == 0 for r in self.requirements)

    def summary(self) -> list[str]:
        lines = []
        for r in self.requirements:
            line = f"{r.id}: {r.achieved} of {r.target}"
            if r.filled_by:
                line += f" (filled by {', '.join(r.filled_by)})"
            if r.missing:
                line += f"; missing {r.missing}"
                if r.could_fill:
                    line += (f"; unknown, could count once data is known: "
                             f"{', '.join(r.could_fill)}")
            lines.append(line)
        return lines


def assess(rule_set: RuleSet, pubs: Sequence[Publication], coverage: Coverage) -> Progress:
    """Every publication against every requirement, then each publication assigned to at most one
    requirement slot by maximum bipartite matching (augmenting paths), so that one article never
    fills two slots and as many slots as possible are filled."""
    ctx = rule_context(rule_set, coverage)
    verdicts = {p.id: {r.id: evaluate_requirement(r, p, ctx) for r in rule_set.requirements}
                for p in pubs}
    slots = [(r.id, k) for r in rule_set.requirements for k in range(r.count)]
    edges = {p.id: [i for i, (rid, _) in enumerate(slots)
                    if verdicts[p.id][rid].result is Result.ELIGIBLE] for p in pubs}
    owner = maximum_matching([p.id for p in pubs], edges, len(slots))
    progress = []
    for r in rule_set.requirements:
        filled = [owner[i] for i, (rid, _) in enumerate(slots) if rid == r.id and owner[i]]
        rp = RequirementProgress(r.id, r.name, r.count, [x for x in filled if x])
        rp.could_fill = [p.id for p in pubs
                         if verdicts[p.id][r.id].result is Result.UNKNOWN]
        progress.append(rp)
    assigned = {x for x in owner if x}
    unassigned = [p.id for p in pubs if edges[p.id] and p.id not in assigned]
    return Progress(rule_set, verdicts, progress, unassigned)


def maximum_matching(left: Iterable[str], edges: dict[str, list[int]], n_right: int
                     ) -> list[str | None]:
    """Kuhn's augmenting-path algorithm: right vertex -> matched left vertex (or None)."""
    owner: list[str | None] = [None] * n_right

    def augment(u: str, seen: set[int]) -> bool:
        for v in edges.get(u, []):
            if v in seen:
                continue
            seen.add(v)
            current = owner[v]
            if current is None or augment(current, seen):
                owner[v] = u
                return True
        return False

    for u in left:
        augment(u, set())
    return owner
