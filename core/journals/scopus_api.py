"""Scopus Serial Title API client (`/content/serial/title/issn/{issn}?view=CITESCORE`) with the
user's own API key: throttled to 6 requests/s, HTTP 429 waited out or reported, and a pure mapping
from the JSON response to journal records."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core import secrets
from core.errors import NotFoundError, SiltemeError
from core.identifiers import normalize_issn
from core.journals.importers.base import ImportedJournal, ImportResult, RowProblem
from core.journals.model import Journal, JournalIssn, MetricObservation
from core.settings import check_base_url

DEFAULT_BASE_URL = "https://api.elsevier.com"
MAX_BODY_BYTES = 16 * 1024 * 1024
REQUESTS_PER_SECOND = 6.0        # the Serial Title throttle of a standard key
MAX_WAIT_S = 60.0                # longer resets (the weekly quota) are reported, not waited out
LABEL = "Scopus Serial Title API"


class ScopusApiError(SiltemeError):
    """The API answered with an error, or not at all."""

    def __init__(self, message: str, *, status: int | None = None, issn: str | None = None
                 ) -> None:
        self.status = status
        self.issn = issn
        super().__init__(message)


class ScopusAuthError(ScopusApiError):
    """401/403: the key is wrong, or the institution is not entitled to the Serial Title API."""


class ScopusRateLimited(ScopusApiError):
    """429 after retries, or a quota whose reset is too far away to wait for."""

    def __init__(self, message: str, *, reset_at: dt.datetime | None = None, **kw: Any) -> None:
        self.reset_at = reset_at
        super().__init__(message, **kw)


class ScopusOffline(ScopusApiError):
    """No connection to the API."""


class ScopusNotFound(NotFoundError):
    """Scopus does not know the ISSN: the journal's Scopus status is unknown, not negative."""


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    headers: dict[str, str]
    body: bytes


def _transport(url: str, headers: dict[str, str], timeout: float) -> HttpResponse:
    """The only place this module touches the network (tests pass their own transport).
    Redirects are not followed: the API key travels in a header, which a redirect to another
    host would carry along. The answer is read up to MAX_BODY_BYTES."""
    import requests

    try:
        with requests.get(url, headers=headers, timeout=timeout, allow_redirects=False,
                          stream=True) as r:
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                raise ScopusApiError(f"the Scopus API answer is {int(declared):,} bytes; "
                                     "refused", status=r.status_code)
            body = bytearray()
            for chunk in r.iter_content(chunk_size=65536):
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    raise ScopusApiError("the Scopus API answer is too large; refused",
                                         status=r.status_code)
            return HttpResponse(r.status_code, {k.lower(): v for k, v in r.headers.items()},
                                bytes(body))
    except requests.RequestException as exc:
        # requests' messages name the URL (never the key, which is a header); the type is enough.
        raise ScopusOffline(f"cannot reach the Scopus API ({type(exc).__name__})") from None


class SerialTitleClient:
    def __init__(self, api_key: str, *, base_url: str = DEFAULT_BASE_URL,
                 insttoken: str | None = None, rate: float = REQUESTS_PER_SECOND,
                 max_retries: int = 3, timeout: float = 20.0,
                 transport: Callable[[str, dict[str, str], float], HttpResponse] | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not api_key:
            raise ScopusAuthError("no Scopus API key: set one with `journal scopus-key set`")
        self._key = api_key
        secrets.remember(api_key)
        self._insttoken = insttoken
        secrets.remember(insttoken)
        self.base_url = check_base_url(base_url, "Scopus API URL").rstrip("/")
        self._interval = 1.0 / rate
        self._max_retries = max_retries
        self._timeout = timeout
        self._transport = transport or _transport
        self._sleep = sleep
        self._clock = clock
        self._last: float | None = None

    def _throttle(self) -> None:
        now = self._clock()
        if self._last is not None and now - self._last < self._interval:
            self._sleep(self._interval - (now - self._last))
            now = self._clock()
        self._last = now

    def fetch(self, issn: str, view: str = "CITESCORE") -> dict[str, Any]:
        """The raw JSON for one ISSN (leading zeros are mandatory; the hyphen is dropped)."""
        compact = normalize_issn(issn).replace("-", "")
        url = f"{self.base_url}/content/serial/title/issn/{compact}?view={view}"
        headers = {"X-ELS-APIKey": self._key, "Accept": "application/json"}
        if self._insttoken:
            headers["X-ELS-Insttoken"] = self._insttoken
        for attempt in range(self._max_retries + 1):
            self._throttle()
            try:
                resp = self._transport(url, headers, self._timeout)
            except ScopusApiError as exc:
                raise type(exc)(redact(str(exc), self._key), status=exc.status,
                                issn=issn) from None
            if 300 <= resp.status < 400:
                raise ScopusApiError(f"the Scopus API redirected elsewhere (HTTP {resp.status}); "
                                     "not followed", status=resp.status, issn=issn)
            if resp.status == 200:
                try:
                    data = json.loads(resp.body.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    raise ScopusApiError(f"bad JSON from the Scopus API: {exc}", status=200,
                                         issn=issn) from None
                if not isinstance(data, dict):
                    raise ScopusApiError("unexpected JSON from the Scopus API", status=200,
                                         issn=issn)
                return data
            if resp.status in (400, 404):
                raise ScopusNotFound(f"Scopus does not know ISSN {issn} ({resp.status})")
            if resp.status in (401, 403):
                raise ScopusAuthError(f"Scopus refused the API key ({resp.status}): "
                                      f"{redact(_error_text(resp.body), self._key)}",
                                      status=resp.status, issn=issn)
            if resp.status == 429:
                wait, reset_at = _retry_after(resp.headers, attempt)
                if wait > MAX_WAIT_S or attempt == self._max_retries:
                    raise ScopusRateLimited(
                        "Scopus API quota or rate limit reached" + (
                            f"; it resets at {reset_at:%Y-%m-%d %H:%M} UTC" if reset_at else ""),
                        status=429, issn=issn, reset_at=reset_at)
                self._sleep(wait)
                continue
            if resp.status >= 500 and attempt < self._max_retries:
                self._sleep(2.0 ** attempt)
                continue
            raise ScopusApiError(f"Scopus API error {resp.status}: "
                                 f"{redact(_error_text(resp.body), self._key)}",
                                 status=resp.status, issn=issn)
        raise ScopusApiError("Scopus API: too many retries", issn=issn)  # pragma: no cover

    def journals(self, issns: list[str]) -> ImportResult:
        """Fetch several ISSNs into one import result; unknown ISSNs become row problems."""
        result = ImportResult("scopus-api", LABEL, sha256="", edition=f"{LABEL} "
                              f"{dt.date.today().isoformat()}")
        for n, issn in enumerate(issns, start=1):
            try:
                records = parse_serial_title(self.fetch(issn))
            except ScopusNotFound as exc:
                result.problems.append(RowProblem(n, str(exc)))
                continue
            for rec in records:
                rec.row = n
                result.records.append(rec)
        return result


def redact(text: str, secret: str | None) -> str:
    """The text with the key replaced (an error page may quote the key it was sent), and any
    other secret the process holds (core.secrets)."""
    if secret:
        text = text.replace(secret, "[API key]")
    return secrets.redact(text)


def _error_text(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8"))
        err = data.get("service-error", {}).get("status", {})
        return str(err.get("statusText") or err.get("statusCode") or data)[:200]
    except (ValueError, AttributeError):
        return body[:200].decode("utf-8", "replace")


def _retry_after(headers: dict[str, str], attempt: int) -> tuple[float, dt.datetime | None]:
    """Seconds to wait: Retry-After, else X-RateLimit-Reset (epoch milliseconds), else back off."""
    h = {k.lower(): v for k, v in headers.items()}
    if h.get("retry-after", "").strip().isdigit():
        return float(h["retry-after"]), None
    reset = h.get("x-ratelimit-reset", "").strip()
    if reset.isdigit():
        reset_s = int(reset) / 1000 if len(reset) > 11 else int(reset)
        reset_at = dt.datetime.fromtimestamp(reset_s, dt.UTC).replace(tzinfo=None)
        return max(0.0, reset_s - time.time()), reset_at
    return min(2.0 ** attempt, MAX_WAIT_S), None


# ------------------------------------------------------------------------------ mapping
def listify(value: Any) -> list[Any]:
    """The API sends single-element arrays as bare objects."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _num(value: Any) -> float | None:
    try:
        number = float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
    return number if number is not None and math.isfinite(number) else None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _year(value: Any) -> int | None:
    try:
        year = int(str(value).strip())
    except ValueError:
        return None
    return year if 1800 <= year <= 2200 else None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_serial_title(data: dict[str, Any], *, label: str = LABEL) -> list[ImportedJournal]:
    """Serial Title JSON (any view) -> journal records. Every value arrives as a string. With
    view=CITESCORE, `citeScoreYearInfo` gives per-year, per-subject ranks and percentiles; other
    views give only the current CiteScore and Tracker, stored without a percentile."""
    root = _mapping(_mapping(data).get("serial-metadata-response"))
    if "error" in root:
        raise ScopusNotFound(f"Scopus: {root['error']}")
    out: list[ImportedJournal] = []
    for n, entry in enumerate(listify(root.get("entry")), start=1):
        if not isinstance(entry, dict) or "error" in entry:
            continue
        issns = []
        for key, kind in (("prism:issn", "print"), ("prism:eIssn", "electronic")):
            raw = entry.get(key)
            if raw:
                try:
                    issns.append(JournalIssn(normalize_issn(str(raw), repair_zeros=True), kind))
                except SiltemeError:
                    pass
        homepage = next((lk.get("@href") for lk in listify(entry.get("link"))
                         if isinstance(lk, dict) and lk.get("@ref") == "homepage"), None)
        journal = Journal(title=str(entry.get("dc:title") or ""), issns=issns,
                          publisher=_text(entry.get("dc:publisher")),
                          homepage=_text(homepage),
                          scopus_source_id=str(entry["source-id"]) if entry.get("source-id")
                          else None, source_type=_text(entry.get("prism:aggregationType")))
        subjects = {str(s.get("@code")): _text(s.get("$"))
                    for s in listify(entry.get("subject-area")) if isinstance(s, dict)}
        metrics: list[MetricObservation] = []
        # SJR and SNIP are left to the SCImago import: an SJR-only value stored here would
        # overwrite the SJR best quartile a SCImago file gave for the same year.
        info = _mapping(entry.get("citeScoreYearInfoList"))
        per_year = [y for y in listify(info.get("citeScoreYearInfo")) if isinstance(y, dict)]
        for y in per_year:
            year = _year(y.get("@year"))
            if year is None:
                continue
            status = "complete" if str(y.get("@status", "")).lower() == "complete" \
                else "in_progress"
            for block in listify(y.get("citeScoreInformationList")):
                for cs in listify(_mapping(block).get("citeScoreInfo")):
                    if not isinstance(cs, dict) or cs.get("docType", "all") != "all":
                        continue
                    value = _num(cs.get("citeScore"))
                    for rank in listify(cs.get("citeScoreSubjectRank")):
                        if not isinstance(rank, dict):
                            continue
                        code = str(rank.get("subjectCode"))
                        pct = _num(rank.get("percentile"))
                        metrics.append(MetricObservation(
                            "scopus_citescore", year, code, subjects.get(code), citescore=value,
                            percentile=int(pct) if pct is not None else None,
                            rank=int(_num(rank.get("rank")) or 0) or None, status=status,
                            dataset=label))
        if not per_year:
            for key, ykey, status in (("citeScoreCurrentMetric", "citeScoreCurrentMetricYear",
                                       "complete"),
                                      ("citeScoreTracker", "citeScoreTrackerYear",
                                       "in_progress")):
                value, when = _num(info.get(key)), _year(info.get(ykey))
                if value is not None and when:
                    metrics.append(MetricObservation("scopus_citescore", when,
                                                     citescore=value, status=status,
                                                     dataset=label))
        # No SCOPUS membership is written: coverage years here would overwrite the end date an
        # ext_list "Discontinued Titles" sheet recorded. CiteScore data already implies coverage.
        out.append(ImportedJournal(n, journal, metrics=metrics))
    return out
