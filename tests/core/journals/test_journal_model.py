"""Journal records: quartile table, validation, membership date ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from core.errors import InvalidValueError
from core.journals.model import (
    IndexMembership,
    JournalIssn,
    ListMembership,
    MetricObservation,
    quartile_for_percentile,
)


@pytest.mark.parametrize(("pct", "q"), [(99, 1), (75, 1), (74, 2), (50, 2), (49, 3), (25, 3),
                                        (24, 4), (0, 4)])
def test_quartile_table(pct: int, q: int) -> None:
    assert quartile_for_percentile(pct) == q


def test_published_quartile_is_kept_and_sjr_quartile_never_derived() -> None:
    # A published value always wins, even where the table would say otherwise.
    assert MetricObservation("scopus_citescore", 2022, percentile=74, quartile=1
                             ).effective_quartile == 1
    assert MetricObservation("scimago", 2022, sjr=0.5).effective_quartile is None


@pytest.mark.parametrize("kwargs", [{"provider": "jcr"}, {"status": "final"},
                                    {"percentile": 101}, {"quartile": 5}])
def test_invalid_observations(kwargs: dict[str, object]) -> None:
    base: dict[str, object] = {"provider": "scopus_citescore", "year": 2022}
    with pytest.raises(InvalidValueError):
        MetricObservation(**{**base, **kwargs})  # type: ignore[arg-type]


def test_issn_parse_and_kinds() -> None:
    assert JournalIssn.parse("368075", "print", repair_zeros=True).issn == "0036-8075"
    with pytest.raises(InvalidValueError):
        JournalIssn.parse("0024-9318")
    with pytest.raises(InvalidValueError):
        JournalIssn("0028-0836", "paper")


def test_membership_ranges() -> None:
    snapshot = IndexMembership("SSCI", as_of=dt.date(2023, 2, 22))
    assert snapshot.covers(dt.date(2010, 1, 1)) is None
    left = IndexMembership("SCOPUS", valid_from=dt.date(2004, 1, 1), valid_to=dt.date(2019, 12, 31))
    assert left.covers(dt.date(2019, 6, 1)) is True
    assert left.covers(dt.date(2020, 1, 1)) is False
    assert left.covers(dt.date(2003, 1, 1)) is False
    entry = ListMembership("2", valid_from=dt.date(2021, 1, 28))
    assert entry.covers(dt.date(2021, 1, 28)) and not entry.covers(dt.date(2021, 1, 27))
    with pytest.raises(InvalidValueError):
        ListMembership("4")
    with pytest.raises(InvalidValueError):
        IndexMembership("JCR")

