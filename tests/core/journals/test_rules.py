"""Eligibility verdicts: boundaries, year policies, subjects, journals that left Scopus, unknown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.journals.model import (
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
    Result,
    RuleSetError,
    assess,
    builtin_rule_sets,
    evaluate,
    evaluate_requirement,
    maximum_matching,
    parse_expr,
    rule_context,
    rule_set_from_dict,
)

GRANT = builtin_rule_sets()["team-grant"]


def cs(year: int, percentile: int, code: str = "3317", name: str = "Demography",
       status: str = "complete", quartile: int | None = None) -> MetricObservation:
    return MetricObservation("scopus_citescore", year, code, name, citescore=2.5,
                             percentile=percentile, quartile=quartile, status=status,
                             dataset="CiteScore test")


def profile(*metrics: MetricObservation, title: str = "Migration Letters",
            indexes: list[IndexMembership] | None = None,
            lists: list[ListMembership] | None = None) -> JournalProfile:
    j = Journal(title, [JournalIssn("1741-8992", "electronic")], id="1")
    return JournalProfile(j, list(metrics), indexes or [], lists or [])


def article(year: int | None, journal: JournalProfile | None, pid: str = "1",
            type_: str = "article-journal", creators: int = 3) -> Publication:
    return Publication(pid, type_, year, title="t", creators=creators, journal=journal)


def intl(pub: Publication, coverage: Coverage | None = None) -> Result:
    ctx = rule_context(GRANT, coverage or Coverage())
    return evaluate_requirement(GRANT.requirement("international"), pub, ctx).result


@pytest.mark.parametrize(("percentile", "expected"), [
    (34, Result.NOT_ELIGIBLE), (35, Result.ELIGIBLE), (36, Result.ELIGIBLE)])
def test_percentile_boundary(percentile: int, expected: Result) -> None:
    pub = article(2022, profile(cs(2022, percentile)))
    assert intl(pub, Coverage(wos_indexes={"SSCI", "AHCI"})) is expected


def test_evidence_text_names_journal_year_subject_percentile_and_quartile() -> None:
    pub = article(2022, profile(cs(2022, 65, quartile=2)))
    v = evaluate_requirement(GRANT.requirement("international"), pub,
                             rule_context(GRANT, Coverage()))
    assert v.result is Result.ELIGIBLE
    assert ("Migration Letters, CiteScore 2022, Demography: percentile 65, Q2 -> meets "
            "'percentile >= 35'") in v.evidence


def test_quartile_derived_from_published_percentile_when_absent() -> None:
    v = evaluate(parse_expr({"scopus_quartile_lte": 2}), article(2022, profile(cs(2022, 50))),
                 rule_context(GRANT, Coverage()))
    assert v.result is Result.ELIGIBLE and "Q2" in v.text
    v = evaluate(parse_expr({"scopus_quartile_lte": 2}), article(2022, profile(cs(2022, 49))),
                 rule_context(GRANT, Coverage()))
    assert v.result is Result.NOT_ELIGIBLE and "Q3" in v.text


def test_percentile_34_without_wos_list_is_unknown_not_failed() -> None:
    # The SSCI/AHCI alternative cannot be decided without a WoS list: the whole 'any' is unknown.
    assert intl(article(2022, profile(cs(2022, 34)))) is Result.UNKNOWN


def test_q1_in_one_subject_and_q4_in_another() -> None:
    p = profile(cs(2022, 90, "3308", "Law", quartile=1),
                cs(2022, 10, "3317", "Demography", quartile=4))
    ctx = rule_context(GRANT, Coverage())
    any_subject = parse_expr({"scopus_percentile_gte": 35, "subjects": "any"})
    law_only = parse_expr({"scopus_quartile_lte": 1, "subjects": ["3308"]})
    demography_only = parse_expr({"scopus_percentile_gte": 35, "subjects": ["3317"]})
    v = evaluate(any_subject, article(2022, p), ctx)
    assert v.result is Result.ELIGIBLE and "Law: percentile 90, Q1" in v.text
    assert evaluate(law_only, article(2022, p), ctx).result is Result.ELIGIBLE
    v = evaluate(demography_only, article(2022, p), ctx)
    assert v.result is Result.NOT_ELIGIBLE and "Demography: percentile 10, Q4" in v.text


def test_missing_publication_year_data_falls_back_to_previous_year() -> None:
    pub = article(2024, profile(cs(2023, 40)))
    v = evaluate_requirement(GRANT.requirement("international"), pub,
                             rule_context(GRANT, Coverage()))
    assert v.result is Result.ELIGIBLE
    assert "no complete CiteScore 2024; using 2023" in v.evidence


def test_publication_year_data_wins_over_previous_year() -> None:
    pub = article(2024, profile(cs(2023, 80), cs(2024, 20)))
    assert intl(pub, Coverage(wos_indexes={"SSCI", "AHCI"})) is Result.NOT_ELIGIBLE


def test_tracker_never_counts() -> None:
    pub = article(2024, profile(cs(2024, 99, status="in_progress")))
    expr = parse_expr({"scopus_percentile_gte": 35, "year_policy": "publication_year"})
    v = evaluate(expr, pub, rule_context(GRANT, Coverage()))
    assert v.result is Result.UNKNOWN
    assert "CiteScore Tracker 2024 is in progress and does not count" in v.evidence


def test_missing_years_are_unknown_and_previous_year_policy() -> None:
    p = profile(cs(2019, 70))
    ctx = rule_context(GRANT, Coverage())
    same = parse_expr({"scopus_percentile_gte": 35, "year_policy": "publication_year"})
    prev = parse_expr({"scopus_percentile_gte": 35, "year_policy": "previous_year"})
    latest = parse_expr({"scopus_percentile_gte": 35, "year_policy": "latest_complete"})
    assert evaluate(same, article(2022, p), ctx).result is Result.UNKNOWN
    assert evaluate(prev, article(2020, p), ctx).result is Result.ELIGIBLE
    assert evaluate(prev, article(2019, p), ctx).result is Result.UNKNOWN
    assert evaluate(latest, article(2030, p), ctx).result is Result.ELIGIBLE
    assert evaluate(latest, article(2030, profile()), ctx).result is Result.UNKNOWN


def test_absent_from_imported_citescore_year_is_not_eligible() -> None:
    expr = parse_expr({"scopus_percentile_gte": 35, "year_policy": "publication_year"})
    p = profile(cs(2019, 70))
    assert evaluate(expr, article(2022, p), rule_context(GRANT, Coverage(
        citescore_years={2022}))).result is Result.NOT_ELIGIBLE
    assert evaluate(expr, article(2022, p), rule_context(GRANT, Coverage(
        citescore_years={2021}))).result is Result.UNKNOWN


def test_journal_that_left_scopus() -> None:
    left = IndexMembership("SCOPUS", valid_from=dt.date(2010, 1, 1),
                           valid_to=dt.date(2019, 12, 31), note="discontinued by Scopus")
    p = profile(cs(2018, 80), indexes=[left])
    ctx = rule_context(GRANT, Coverage())
    expr = parse_expr({"scopus_percentile_gte": 35, "year_policy": "publication_year"})
    assert evaluate(expr, article(2018, p), ctx).result is Result.ELIGIBLE
    v = evaluate(expr, article(2021, p), ctx)
    assert v.result is Result.NOT_ELIGIBLE
    assert "left Scopus (coverage ended 2019)" in v.text
    v = evaluate(expr, article(2008, p), ctx)
    assert v.result is Result.NOT_ELIGIBLE and "not yet in Scopus (coverage from 2010)" in v.text
    in_scopus = parse_expr({"in_scopus": True})
    assert evaluate(in_scopus, article(2019, p), ctx).result is Result.ELIGIBLE
    assert evaluate(in_scopus, article(2020, p), ctx).result is Result.NOT_ELIGIBLE


def test_unmatched_journal_is_unknown_with_the_reason() -> None:
    pub = article(2022, None)
    pub.journal_note = "journal not matched: invalid ISSN 1741-8993"
    v = evaluate_requirement(GRANT.requirement("international"), pub,
                             rule_context(GRANT, Coverage(wos_indexes={"SSCI", "AHCI"},
                                                          citescore_years={2022})))
    assert v.result is Result.UNKNOWN
    assert "invalid ISSN 1741-8993" in v.text


def test_wos_membership_and_lists() -> None:
    ssci = IndexMembership("SSCI", as_of=dt.date(2023, 2, 22))
    ctx = rule_context(GRANT, Coverage(wos_indexes={"SSCI"}))
    expr = parse_expr({"wos_index_in": ["SSCI", "AHCI"]})
    v = evaluate(expr, article(2023, profile(indexes=[ssci])), ctx)
    assert v.result is Result.ELIGIBLE and "in WoS SSCI (list of 2023-02-22)" in v.text
    # SSCI imported but AHCI not: a journal absent from SSCI could still be in AHCI.
    assert evaluate(expr, article(2023, profile()), ctx).result is Result.UNKNOWN
    ctx = rule_context(GRANT, Coverage(wos_indexes={"SSCI", "AHCI"}))
    assert evaluate(expr, article(2023, profile()), ctx).result is Result.NOT_ELIGIBLE
    esci = IndexMembership("ESCI")
    assert evaluate(expr, article(2023, profile(indexes=[esci])), ctx).result \
        is Result.NOT_ELIGIBLE


def test_koksnvo_levels_dates_and_derived_list_1() -> None:
    koksnvo = GRANT.requirement("koksnvo")
    on2 = ListMembership("2", valid_from=dt.date(2021, 1, 1), order_no="52")
    ctx = rule_context(GRANT, Coverage(koksnvo=True))
    v = evaluate_requirement(koksnvo, article(2023, profile(lists=[on2])), ctx)
    assert v.result is Result.ELIGIBLE and "KOKSNVO list 2, order 52" in v.text
    assert evaluate_requirement(koksnvo, article(2020, profile(lists=[on2])), ctx).result \
        is Result.NOT_ELIGIBLE
    assert evaluate_requirement(koksnvo, article(2023, profile()), ctx).result \
        is Result.NOT_ELIGIBLE
    assert evaluate_requirement(koksnvo, article(2023, profile()),
                                rule_context(GRANT, Coverage())).result is Result.UNKNOWN
    scopus = IndexMembership("SCOPUS", valid_from=dt.date(2015, 1, 1))
    v = evaluate_requirement(koksnvo, article(2025, profile(indexes=[scopus])), ctx)
    assert v.result is Result.ELIGIBLE and "derived" in v.text
    assert evaluate_requirement(koksnvo, article(2023, profile(indexes=[scopus])), ctx).result \
        is Result.NOT_ELIGIBLE


def test_collective_monograph() -> None:
    mono = GRANT.requirement("monograph")
    ctx = rule_context(GRANT, Coverage())
    assert evaluate_requirement(mono, article(2024, None, type_="book", creators=4), ctx).result \
        is Result.ELIGIBLE
    v = evaluate_requirement(mono, article(2024, None, type_="book", creators=1), ctx)
    assert v.result is Result.NOT_ELIGIBLE and "not a collective work" in v.text
    assert evaluate_requirement(mono, article(2024, None), ctx).result is Result.NOT_ELIGIBLE


def test_not_and_published_between() -> None:
    ctx = rule_context(GRANT, Coverage())
    expr = parse_expr({"not": {"published_between": ["2023-01-01", "2025-12-31"]}})
    assert evaluate(expr, article(2022, None), ctx).result is Result.ELIGIBLE
    assert evaluate(expr, article(2024, None), ctx).result is Result.NOT_ELIGIBLE
    assert evaluate(expr, article(None, None), ctx).result is Result.UNKNOWN


def test_matching_assigns_each_publication_to_one_slot() -> None:
    # A 2025 Scopus article qualifies for both 'international' and (derived List 1) 'koksnvo';
    # the matching must use it for 'international' so that the two list-only articles fill
    # 'koksnvo' and nothing is counted twice.
    scopus = IndexMembership("SCOPUS", valid_from=dt.date(2015, 1, 1))
    strong = article(2025, profile(cs(2024, 65), indexes=[scopus]), pid="a")
    local1 = article(2025, profile(lists=[ListMembership("2")], title="Вестник"), pid="b")
    local2 = article(2025, profile(lists=[ListMembership("3")], title="Хабаршы"), pid="c")
    book = article(2025, None, pid="d", type_="book", creators=5)
    progress = assess(GRANT, [strong, local1, local2, book], Coverage(koksnvo=True))
    by_id = {r.id: r for r in progress.requirements}
    assert by_id["international"].filled_by == ["a"]
    assert sorted(by_id["koksnvo"].filled_by) == ["b", "c"]
    assert by_id["monograph"].filled_by == ["d"]
    assert progress.complete


def test_matching_reports_what_is_missing() -> None:
    scopus = IndexMembership("SCOPUS", valid_from=dt.date(2015, 1, 1))
    strong = article(2025, profile(cs(2024, 65), indexes=[scopus]), pid="a")
    unknown = article(2025, None, pid="x")
    progress = assess(GRANT, [strong, unknown], Coverage(koksnvo=True))
    by_id = {r.id: r for r in progress.requirements}
    assert by_id["international"].achieved + by_id["koksnvo"].achieved == 1
    assert by_id["koksnvo"].missing + by_id["international"].missing == 2
    assert by_id["monograph"].missing == 1
    assert "x" in by_id["koksnvo"].could_fill
    assert not progress.complete
    assert any("missing" in line for line in progress.summary())


def test_maximum_matching_uses_augmenting_paths() -> None:
    # Greedy would give slot 0 to p1 and leave p2 without a slot.
    owner = maximum_matching(["p1", "p2"], {"p1": [0, 1], "p2": [0]}, 2)
    assert owner == ["p2", "p1"]


@pytest.mark.parametrize("bad", [
    {"id": "x", "requirements": [{"id": "r", "rule": {"eval": "1"}}]},
    {"id": "x", "requirements": [{"id": "r", "rule": {"scopus_percentile_gte": 120}}]},
    {"id": "x", "requirements": [{"id": "r", "rule": {"wos_index_in": ["JCR"]}}]},
    {"id": "x", "requirements": [{"id": "r", "rule": {"all": []}}]},
    {"id": "x", "requirements": [{"id": "r", "count": 0}]},
    {"id": "x", "year_policy": "whenever", "requirements": [{"id": "r"}]},
    {"requirements": [{"id": "r"}]},
    {"id": "x", "requirements": []},
])
def test_invalid_rule_sets_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(RuleSetError):
        rule_set_from_dict(json.loads(json.dumps(bad)))


def test_team_grant_preset_shape() -> None:
    assert GRANT.id == "team-grant"
    assert [r.id for r in GRANT.requirements] == ["international", "koksnvo", "monograph"]
    assert [r.count for r in GRANT.requirements] == [1, 2, 1]
    assert GRANT.year_policy == "publication_year_or_previous"


def test_a_year_only_date_across_a_list_boundary_is_unknown_not_a_no() -> None:
    # The journal is on the list from 21 June 2025; a work known only as "2025" may be from
    # before or after: the full date decides. A full date, or a year wholly before, decides.
    koksnvo = GRANT.requirement("koksnvo")
    ctx = rule_context(GRANT, Coverage(koksnvo=True))
    listed = profile(lists=[ListMembership("1", valid_from=dt.date(2025, 6, 21),
                                           order_no="V2500036221")])
    v = evaluate_requirement(koksnvo, article(2025, listed), ctx)
    assert v.result is Result.UNKNOWN
    assert "on the KOKSNVO list from 2025-06-21" in v.text and "publication date" in v.text
    later = article(2025, listed)
    later.issued = dt.date(2025, 9, 1)
    assert evaluate_requirement(koksnvo, later, ctx).result is Result.ELIGIBLE
    earlier = article(2025, listed)
    earlier.issued = dt.date(2025, 3, 1)
    assert evaluate_requirement(koksnvo, earlier, ctx).result is Result.NOT_ELIGIBLE
    june = article(2025, listed)
    june.month = 7
    assert evaluate_requirement(koksnvo, june, ctx).result is Result.ELIGIBLE
    assert evaluate_requirement(koksnvo, article(2024, listed), ctx).result \
        is Result.NOT_ELIGIBLE


def test_derived_list_1_for_a_year_only_date_of_the_year_it_began_is_unknown() -> None:
    # List 1 includes indexed journals from 14 June 2024: an indexed journal's article of
    # "2024" may be either side of that day.
    koksnvo = GRANT.requirement("koksnvo")
    ctx = rule_context(GRANT, Coverage(koksnvo=True))
    scopus = profile(indexes=[IndexMembership("SCOPUS", valid_from=dt.date(2015, 1, 1))])
    v = evaluate_requirement(koksnvo, article(2024, scopus), ctx)
    assert v.result is Result.UNKNOWN and "since 2024-06-14" in v.text
    dated = article(2024, scopus)
    dated.issued = dt.date(2024, 3, 10)
    assert evaluate_requirement(koksnvo, dated, ctx).result is Result.NOT_ELIGIBLE
    dated.issued = dt.date(2024, 7, 1)
    assert evaluate_requirement(koksnvo, dated, ctx).result is Result.ELIGIBLE


def test_unknown_any_keeps_the_evidence_of_the_branch_that_failed() -> None:
    # Percentile 34 with no WoS list: unknown, and the user still sees why the CiteScore
    # branch did not pass.
    v = evaluate_requirement(GRANT.requirement("international"),
                             article(2022, profile(cs(2022, 34))), rule_context(GRANT, Coverage()))
    assert v.result is Result.UNKNOWN
    assert "no complete WoS SSCI/AHCI list imported" in v.text
    assert ("Migration Letters, CiteScore 2022, Demography: percentile 34, Q3 -> does not meet "
            "'percentile >= 35'") in v.text


def test_previous_year_fallback_never_credits_an_article_published_after_the_journal_left() -> None:
    # Coverage ended in 2019: a 2020 article is not a Scopus publication, whatever the journal's
    # CiteScore 2019 was (the grant's "previous year" fallback is for the release lag only).
    left = IndexMembership("SCOPUS", valid_from=dt.date(2010, 1, 1),
                           valid_to=dt.date(2019, 12, 31), note="discontinued by Scopus")
    p = profile(cs(2019, 80), indexes=[left])
    v = evaluate_requirement(GRANT.requirement("international"), article(2020, p),
                             rule_context(GRANT, Coverage(wos_indexes={"SSCI", "AHCI"})))
    assert v.result is Result.NOT_ELIGIBLE
    assert "left Scopus (coverage ended 2019)" in v.text
    # ...while a 2019 article still counts with its own year's value
    assert intl(article(2019, p), Coverage(wos_indexes={"SSCI", "AHCI"})) is Result.ELIGIBLE
