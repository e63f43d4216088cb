"""The journal registry's records: journals, their ISSNs, metric observations, index and list
memberships, and the datasets they came from. Pure data; `db/journals.py` mirrors it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.errors import InvalidValueError
from core.identifiers import normalize_issn

PROVIDERS = ("scopus_citescore", "scimago", "manual")
STATUSES = ("complete", "in_progress")
INDEXES = ("SCIE", "SSCI", "AHCI", "ESCI", "SCOPUS")
WOS_INDEXES = ("SCIE", "SSCI", "AHCI", "ESCI")
ISSN_KINDS = ("print", "electronic", "linking", "other")
LIST_NAMES = ("KOKSNVO",)
# List levels of the ministry list (2025 structure): journal lists 1..3 and the special groups.
LIST_LEVELS = ("1", "2", "3", "special", "conference", "trusted_publisher")
DATASET_KINDS = ("scopus-citescore", "scopus-sources", "scimago", "wos", "koksnvo",
                 "scopus-api", "manual")


def quartile_for_percentile(percentile: int) -> int:
    """Scopus CiteScore quartile of a published percentile: Q1 = 75-99, Q2 = 50-74, Q3 = 25-49,
    Q4 = 0-24. Used only when a source publishes the percentile without the quartile (the API)."""
    if percentile >= 75:
        return 1
    if percentile >= 50:
        return 2
    if percentile >= 25:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class JournalIssn:
    """One normalised ISSN (`NNNN-NNNC`) of a journal and what kind it is."""

    issn: str
    kind: str = "other"

    def __post_init__(self) -> None:
        if self.kind not in ISSN_KINDS:
            raise InvalidValueError("ISSN kind", self.kind, f"expected one of {ISSN_KINDS}")

    @classmethod
    def parse(cls, value: str | int, kind: str = "other", *, repair_zeros: bool = False
              ) -> JournalIssn:
        return cls(normalize_issn(value, repair_zeros=repair_zeros), kind)


@dataclass(frozen=True, slots=True)
class Dataset:
    """Provenance of observations: a file (or the API, or a person typing) imported once."""

    kind: str
    file_name: str
    sha256: str = ""
    edition: str | None = None          # "CiteScore 2023", "SSCI 2023-02-22", "order 3 Jun 2025"
    year: int | None = None
    list_date: dt.date | None = None
    imported_at: dt.datetime | None = None
    rows_ok: int = 0
    rows_bad: int = 0
    id: str | None = None
    full_list: bool = False              # a whole list: absence from it means "not on it"
    full_years: str | None = None        # CiteScore years the file covers whole ("2022,2023")
    index_name: str | None = None        # WoS index of a Master Journal List file

    def label(self) -> str:
        return self.file_name if not self.edition else f"{self.file_name} ({self.edition})"


@dataclass(slots=True)
class MetricObservation:
    """One published metric value: CiteScore per (year, ASJC subject), or SCImago SJR per year.
    `percentile` is the published value and is never recomputed."""

    provider: str
    year: int
    subject_code: str | None = None
    subject_name: str | None = None
    citescore: float | None = None
    percentile: int | None = None
    rank: int | None = None
    rank_out_of: int | None = None
    quartile: int | None = None
    sjr: float | None = None
    snip: float | None = None
    status: str = "complete"
    dataset: str | None = None           # dataset label shown as evidence ("source")

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise InvalidValueError("provider", self.provider, f"expected one of {PROVIDERS}")
        if self.status not in STATUSES:
            raise InvalidValueError("status", self.status, f"expected one of {STATUSES}")
        if self.percentile is not None and not 0 <= self.percentile <= 100:
            raise InvalidValueError("percentile", self.percentile, "expected 0..99")
        if self.quartile is not None and self.quartile not in (1, 2, 3, 4):
            raise InvalidValueError("quartile", self.quartile, "expected 1..4")

    @property
    def effective_quartile(self) -> int | None:
        """The published quartile, else (CiteScore only) the one its published percentile
        implies."""
        if self.quartile is not None:
            return self.quartile
        if self.provider != "scimago" and self.percentile is not None:
            return quartile_for_percentile(self.percentile)
        return None


@dataclass(slots=True)
class IndexMembership:
    """Membership in a Web of Science index or in Scopus, as of a list date; `valid_to` is set when
    the journal left (a discontinued Scopus title, coverage ending)."""

    index: str
    as_of: dt.date | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    dataset: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if self.index not in INDEXES:
            raise InvalidValueError("index", self.index, f"expected one of {INDEXES}")

    def covers(self, day: dt.date) -> bool | None:
        """True when the membership covers `day`, False when it ended before or began after it,
        None when the list gives no range (a list snapshot: membership as of its date)."""
        if self.valid_to is not None and day > self.valid_to:
            return False
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_from is None and self.valid_to is None:
            return None
        return True


@dataclass(slots=True)
class ListMembership:
    """A journal on the ministry (KOKSNVO) list: level, scientific directions, order, validity."""

    level: str
    list_name: str = "KOKSNVO"
    directions: list[str] = field(default_factory=list)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    order_no: str | None = None
    order_date: dt.date | None = None
    dataset: str | None = None

    def __post_init__(self) -> None:
        self.level = str(self.level).strip()
        if self.level not in LIST_LEVELS:
            raise InvalidValueError("list level", self.level, f"expected one of {LIST_LEVELS}")
        if self.list_name not in LIST_NAMES:
            raise InvalidValueError("list", self.list_name, f"expected one of {LIST_NAMES}")

    def covers(self, day: dt.date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)


@dataclass(slots=True)
class Journal:
    """A journal (or book series, proceedings) with every title and ISSN it is known by."""

    title: str
    issns: list[JournalIssn] = field(default_factory=list)
    alt_titles: list[str] = field(default_factory=list)
    publisher: str | None = None
    country: str | None = None
    languages: list[str] = field(default_factory=list)
    homepage: str | None = None
    scopus_source_id: str | None = None
    scimago_source_id: str | None = None
    source_type: str | None = None
    note: str | None = None
    id: str | None = None

    @property
    def issn_values(self) -> list[str]:
        return [i.issn for i in self.issns]

    def add_issn(self, issn: JournalIssn) -> None:
        if issn.issn not in self.issn_values:
            self.issns.append(issn)


@dataclass(slots=True)
class JournalProfile:
    """A journal with everything known about it: what the rules evaluate against."""

    journal: Journal
    metrics: list[MetricObservation] = field(default_factory=list)
    indexes: list[IndexMembership] = field(default_factory=list)
    lists: list[ListMembership] = field(default_factory=list)

    def citescore(self, year: int, *, complete_only: bool = True) -> list[MetricObservation]:
        return [m for m in self.metrics if m.provider in ("scopus_citescore", "manual")
                and m.year == year and m.percentile is not None
                and (m.status == "complete" or not complete_only)]

    def complete_citescore_years(self) -> list[int]:
        return sorted({m.year for m in self.metrics if m.provider in ("scopus_citescore", "manual")
                       and m.status == "complete" and m.percentile is not None})
