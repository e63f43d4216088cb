"""Crossref REST client, DOI content negotiation and Open Library, behind one private transport.

Every HTTP request goes through `_transport` (requests), so tests can observe or replace it and
nothing else in the project talks to the network. habanero supplies what fits without owning the
connection: Crossref's filter and field-query syntax (see docs/decisions/0003-crossref.md; its
request functions neither expose the rate-limit headers nor let us retry).

Politeness: `mailto` in the query and the User-Agent (polite pool); the limits Crossref announces
(`x-rate-limit-limit` / `x-rate-limit-interval`, `x-concurrency-limit`) are obeyed by one limiter
shared by all threads; 429 pauses everyone for `Retry-After`; 5xx and timeouts are retried a
bounded number of times with exponential back-off.
"""

from __future__ import annotations

import json
import queue
import re
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import requests
from habanero.filterhandler import filter_handler
from habanero.habanero_utils import rename_query_filters

from core.crossref_mapping import (
    csl_to_reference,
    message_of,
    shape_problem,
    work_to_reference,
)
from core.errors import (
    BadResponseError,
    CancelledError,
    DoiNotFoundError,
    InvalidValueError,
    NetworkError,
    NetworkTimeoutError,
    OfflineError,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
    SiltemeError,
)
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn
from core.model import Issn, Reference
from core.openlibrary import book_record, book_to_reference, books_url_path
from core.settings import APP_NAME, VERSION, Settings, check_base_url

CSL_JSON = "application/vnd.citationstyles.csl+json"
MAX_REDIRECTS = 5
# The largest answer read: a Crossref work with a thousand references is about 1 MB; anything
# near this is not metadata (a misconfigured proxy, a hostile server) and is refused unread.
MAX_BODY_BYTES = 16 * 1024 * 1024
# An answer trickling in slower than this many times the timeout is abandoned as a whole.
BODY_TIME_FACTOR = 3
MAX_RATE_LIMIT_RETRIES = 8
# The "is the network back?" probe waits at most this long (a dead network often hangs).
PROBE_TIMEOUT_S = 5.0
# Before Crossref has announced its limits: one request at a time, five a second (public pool).
DEFAULT_LIMIT, DEFAULT_INTERVAL_S = 5, 1.0
# Agency hosts -> the name the user is shown ("metadata from DataCite").
AGENCY_NAMES: dict[str, str] = {"crossref": "crossref", "datacite": "datacite",
                                "medra": "medra", "jalc": "jalc", "japanlinkcenter": "jalc"}


# ---------------------------------------------------------------- transport
@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]   # lower-case names
    body: bytes
    url: str

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def _transport(session: requests.Session, url: str, *, params: Mapping[str, str] | None,
               headers: Mapping[str, str], timeout: float) -> HttpResponse:
    """The one place Silteme performs HTTP. Redirects are never followed here (the caller decides
    which hosts are allowed). The body is read up to MAX_BODY_BYTES and within
    BODY_TIME_FACTOR x timeout: a larger or endless answer is refused, never held in memory.
    Raises OfflineError / NetworkTimeoutError for transport failures, BadResponseError for an
    answer too large."""
    try:
        resp = session.get(url, params=params, headers=dict(headers), timeout=timeout,
                           allow_redirects=False, stream=True)
    except requests.Timeout as exc:
        raise NetworkTimeoutError(f"no answer within {timeout:g} s", url=url) from exc
    except requests.ConnectionError as exc:
        if _REFUSED.search(str(exc)):
            raise OfflineError(f"cannot connect ({_short(exc)})", url=url) from exc
        # Connected, then the connection broke (reset, closed mid-answer): worth a retry.
        raise _DroppedError(f"connection lost ({_short(exc)})", url=url) from exc
    except requests.RequestException as exc:
        raise BadResponseError(f"request failed ({_short(exc)})", url=url) from exc
    with resp:
        headers_out = {k.lower(): v for k, v in resp.headers.items()}
        body = _read_body(resp, url, timeout)
        return HttpResponse(resp.status_code, headers_out, body, resp.url)


def _read_body(resp: requests.Response, url: str, timeout: float) -> bytes:
    declared = _int(resp.headers.get("content-length"))
    if declared is not None and declared > MAX_BODY_BYTES:
        raise BadResponseError(f"the answer is {declared:,} bytes; refusing anything over "
                               f"{MAX_BODY_BYTES:,}", status=resp.status_code, url=url)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + timeout * BODY_TIME_FACTOR
    try:
        for chunk in resp.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise BadResponseError(f"the answer is larger than {MAX_BODY_BYTES:,} bytes; "
                                       "refused", status=resp.status_code, url=url)
            if time.monotonic() > deadline:
                raise NetworkTimeoutError(f"the answer took longer than "
                                          f"{timeout * BODY_TIME_FACTOR:g} s to arrive", url=url)
            chunks.append(chunk)
    except requests.Timeout as exc:
        raise NetworkTimeoutError(f"the answer stopped arriving ({timeout:g} s)",
                                  url=url) from exc
    except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
        # The connection broke half-way through the answer: a truncated body is never used.
        raise _DroppedError(f"connection lost mid-answer ({_short(exc)})", url=url) from exc
    except requests.RequestException as exc:
        raise BadResponseError(f"unreadable answer ({_short(exc)})", url=url) from exc
    return b"".join(chunks)


_REFUSED = re.compile(r"refused|Name or service not known|Failed to resolve|getaddrinfo|"
                      r"No route to host|Network is unreachable|nodename nor servname",
                      re.IGNORECASE)


class _DroppedError(OfflineError):
    """The connection broke after it was made; retried like a timeout."""


def _short(exc: BaseException) -> str:
    text = str(exc)
    m = re.search(r"\[Errno -?\d+\] [^'\")]+|Connection refused|Name or service not known", text)
    return m.group(0) if m else type(exc).__name__


# ---------------------------------------------------------------- results
@dataclass(slots=True)
class FetchResult:
    """One work's metadata as fetched: the mapped record, the raw body, and where it came from."""

    doi: str
    reference: Reference
    body: str
    agency: str            # "crossref", "datacite", "medra", "jalc", "openlibrary", or a host
    url: str
    status: int
    fetched_at: datetime


@dataclass(slots=True)
class BatchItem:
    """The outcome for one DOI of a batch: a result or a typed error, never both."""

    doi: str
    result: FetchResult | None = None
    error: SiltemeError | None = None

    @property
    def ok(self) -> bool:
        return self.result is not None


@dataclass(slots=True)
class Candidate:
    """A possible DOI for a reference, for the user to accept or reject (never attached
    silently)."""

    doi: str
    score: float              # ours, 0..1: title similarity, year and first author agreement
    crossref_score: float | None
    reference: Reference


@dataclass(slots=True)
class JournalInfo:
    title: str | None
    publisher: str | None
    issns: list[Issn] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    body: str = ""


ProgressCallback = Callable[[int, int, BatchItem], None]


# ---------------------------------------------------------------- politeness
class RateLimiter:
    """Spacing between request starts, a cap on requests in flight, and a shared pause after 429.
    Limits announced by the server replace the defaults; `max_concurrency` (the user's setting)
    caps them. Thread-safe; waits are interruptible by `cancel`."""

    def __init__(self, max_concurrency: int, *, clock: Callable[[], float] = time.monotonic,
                 margin: float = 1.02) -> None:
        self.max_concurrency = max(1, max_concurrency)
        self.concurrency = 1
        self.spacing = DEFAULT_INTERVAL_S / DEFAULT_LIMIT * margin
        self.margin = margin
        self._clock = clock
        self._cond = threading.Condition()
        self._in_flight = 0
        self._next_start = 0.0
        self._paused_until = 0.0
        self.announced = False

    def acquire(self, cancel: threading.Event | None = None) -> None:
        with self._cond:
            while True:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("cancelled")
                now = self._clock()
                start_at = max(self._next_start, self._paused_until)
                if self._in_flight < self.concurrency and now >= start_at:
                    self._in_flight += 1
                    self._next_start = max(now, self._next_start) + self.spacing
                    return
                wait = start_at - now if self._in_flight < self.concurrency else 0.05
                self._cond.wait(timeout=min(max(wait, 0.001), 0.05 if cancel else 1.0))

    def release(self, headers: Mapping[str, str] | None = None) -> None:
        with self._cond:
            self._in_flight -= 1
            if headers:
                self._learn(headers)
            self._cond.notify_all()

    def pause(self, seconds: float) -> None:
        with self._cond:
            self._paused_until = max(self._paused_until, self._clock() + seconds)
            self._cond.notify_all()

    def _learn(self, headers: Mapping[str, str]) -> None:
        limit = _int(headers.get("x-rate-limit-limit"))
        interval = _seconds(headers.get("x-rate-limit-interval"))
        if limit and interval:
            self.spacing = interval / limit * self.margin
            self.announced = True
        conc = _int(headers.get("x-concurrency-limit"))
        if conc:
            self.concurrency = max(1, min(conc, self.max_concurrency))
            self.announced = True
        elif limit and interval and self.concurrency == 1:
            self.concurrency = self.max_concurrency  # rate announced, concurrency not: ours


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def _seconds(value: str | None) -> float | None:
    """`1s`, `1000ms`, `1` -> seconds."""
    if not value:
        return None
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$", value)
    if not m:
        return None
    number = float(m.group(1))
    return number / 1000 if m.group(2) == "ms" else number * 60 if m.group(2) == "m" else number


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """HTTP Retry-After: seconds (we accept fractions) or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


# ---------------------------------------------------------------- client
class CrossrefClient:
    """Fetches works by DOI (Crossref, then DOI content negotiation), finds DOIs, looks up
    journals and books. Safe to share between threads."""

    def __init__(self, settings: Settings, *, backoff_s: float = 0.5,
                 session: requests.Session | None = None) -> None:
        for setting in ("crossref_url", "doi_url", "openlibrary_url"):
            check_base_url(getattr(settings, setting), setting)
        self.settings = settings
        self.backoff_s = backoff_s
        self._session = session or requests.Session()
        self.limiter = RateLimiter(settings.concurrency)
        contact = f" (mailto:{settings.mailto})" if settings.mailto else ""
        self.user_agent = f"{APP_NAME}/{VERSION}{contact}"

    def close(self) -> None:
        self._session.close()

    # -------------------------------------------------------------- low level
    def _headers(self, accept: str = "application/json") -> dict[str, str]:
        return {"User-Agent": self.user_agent, "Accept": accept}

    def _params(self, params: Mapping[str, str] | None = None) -> dict[str, str]:
        out = dict(params or {})
        if self.settings.mailto:
            out["mailto"] = self.settings.mailto
        return out

    def _sleep(self, seconds: float, cancel: threading.Event | None) -> None:
        if cancel is not None:
            if cancel.wait(seconds):
                raise CancelledError("cancelled")
        else:
            time.sleep(seconds)

    def _get(self, url: str, *, params: Mapping[str, str] | None = None,
             accept: str = "application/json", doi: str | None = None,
             cancel: threading.Event | None = None, limited: bool = True) -> HttpResponse:
        """GET with the limiter and the retry policy. Returns 2xx/3xx/404 responses; raises the
        typed error for everything else."""
        attempts = 0
        rate_limited = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise CancelledError("cancelled")
            if limited:
                self.limiter.acquire(cancel)
            headers: Mapping[str, str] | None = None
            try:
                resp = _transport(self._session, url, params=self._params(params),
                                  headers=self._headers(accept), timeout=self.settings.timeout_s)
                headers = resp.headers
            except (NetworkTimeoutError, _DroppedError) as exc:
                attempts += 1
                if attempts > self.settings.max_retries:
                    kind = NetworkTimeoutError if isinstance(exc, NetworkTimeoutError) \
                        else OfflineError
                    raise kind(exc.message, doi=doi, url=url) from exc
                self._sleep(self.backoff_s * 2 ** (attempts - 1), cancel)
                continue
            except OfflineError as exc:
                raise OfflineError(exc.message, doi=doi, url=url) from exc
            except BadResponseError as exc:  # an answer too large or unreadable
                raise BadResponseError(exc.message, doi=doi, status=exc.status,
                                       url=url) from exc
            finally:
                if limited:
                    self.limiter.release(headers)
            if resp.status == 429:
                rate_limited += 1
                wait = retry_after_seconds(resp.headers.get("retry-after"))
                wait = 1.0 if wait is None else wait
                if rate_limited > MAX_RATE_LIMIT_RETRIES:
                    raise RateLimitedError("too many requests", retry_after=wait, doi=doi,
                                           status=429, url=url)
                if limited:
                    self.limiter.pause(wait)   # everyone waits: the limit is per client
                else:
                    self._sleep(wait, cancel)
                continue
            if resp.status >= 500:
                attempts += 1
                if attempts > self.settings.max_retries:
                    raise ServerError(f"server error: {_snippet(resp)}", doi=doi,
                                      status=resp.status, url=url)
                self._sleep(self.backoff_s * 2 ** (attempts - 1), cancel)
                continue
            if resp.status in (400, 401, 403, 410, 422) or (400 <= resp.status < 500
                                                             and resp.status != 404):
                raise BadResponseError(f"request rejected: {_snippet(resp)}", doi=doi,
                                       status=resp.status, url=url)
            return resp

    def _json(self, resp: HttpResponse, *, doi: str | None = None) -> Any:
        try:
            return json.loads(resp.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadResponseError(f"not JSON: {_snippet(resp)}", doi=doi, status=resp.status,
                                   url=resp.url) from exc

    def _api(self, path: str) -> str:
        return self.settings.crossref_url.rstrip("/") + path

    # -------------------------------------------------------------- works
    def fetch(self, doi: str, *, cancel: threading.Event | None = None) -> FetchResult:
        """Metadata for one DOI: Crossref first, then DOI content negotiation for the other
        registration agencies. Raises DoiNotFoundError when nobody knows it."""
        try:
            doi = normalize_doi(doi)
        except InvalidValueError as exc:
            raise DoiNotFoundError(f"not a DOI ({exc.reason})", doi=str(doi)) from exc
        url = self._api("/works/" + quote(doi, safe="/()[];:"))
        resp = self._get(url, doi=doi, cancel=cancel)
        if resp.status == 200:
            data = self._json(resp, doi=doi)
            if not isinstance(data, Mapping) or data.get("message-type") not in (None, "work"):
                raise BadResponseError("not a Crossref work", doi=doi, status=resp.status, url=url)
            with _mapping_errors(doi, resp):
                message = message_of(data)
                problem = shape_problem(message)
                if problem is not None:
                    raise BadResponseError(f"not a Crossref work: {problem}", doi=doi,
                                           status=resp.status, url=url)
                ref = work_to_reference(message)
            if ref.doi != doi:
                # Crossref answers an alias DOI with 404, never with another work: a record for
                # a different DOI (a caching proxy's mix-up) must not be stored under this one.
                raise BadResponseError(f"the answer is the record of DOI {ref.doi or '(none)'}, "
                                       "not of the DOI asked for", doi=doi, status=resp.status,
                                       url=url)
            ref.extra.setdefault("source-agency", "crossref")
            return FetchResult(doi, ref, resp.text(), "crossref", url, resp.status, _now())
        if resp.status == 404:
            return self.fetch_by_negotiation(doi, cancel=cancel)
        raise BadResponseError(f"unexpected answer: {_snippet(resp)}", doi=doi,
                               status=resp.status, url=url)

    def fetch_by_negotiation(self, doi: str, *, cancel: threading.Event | None = None
                             ) -> FetchResult:
        """DOI content negotiation for CSL-JSON, following redirects only to HTTPS hosts in
        `Settings.agency_hosts` (or back to the resolver the user configured)."""
        doi = normalize_doi(doi)
        url = self.settings.doi_url.rstrip("/") + "/" + quote(doi, safe="/()[];:")
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._get(url, accept=CSL_JSON, doi=doi, cancel=cancel, limited=False)
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.headers.get("location")
                if not location:
                    raise BadResponseError("redirect without a location", doi=doi,
                                           status=resp.status, url=url)
                target = urljoin(url, location)
                if not self._redirect_allowed(target):
                    raise RedirectRefusedError(
                        f"resolver redirected to {urlsplit(target).netloc or target}, which is "
                        "not an allowed registration agency", doi=doi, status=resp.status,
                        url=target)
                url = target
                continue
            if resp.status == 404:
                raise DoiNotFoundError("DOI not found (Crossref and DOI resolver)", doi=doi,
                                       status=404, url=url)
            if resp.status != 200:
                raise BadResponseError(f"unexpected answer: {_snippet(resp)}", doi=doi,
                                       status=resp.status, url=url)
            data = self._json(resp, doi=doi)
            if isinstance(data, list) and len(data) == 1:
                data = data[0]
            if not isinstance(data, Mapping):
                raise BadResponseError("not a CSL-JSON item", doi=doi, status=200, url=url)
            agency = agency_of(url)
            with _mapping_errors(doi, resp):
                ref = csl_to_reference(data, agency=agency)
            if ref.doi is None:
                ref.doi = doi
            return FetchResult(doi, ref, resp.text(), agency, url, resp.status, _now())
        raise BadResponseError("too many redirects", doi=doi, url=url)

    def _redirect_allowed(self, target: str) -> bool:
        parts = urlsplit(target)
        resolver = urlsplit(self.settings.doi_url)
        if (parts.scheme, parts.netloc) == (resolver.scheme, resolver.netloc):
            return True  # the resolver the user configured, even a local http one
        host = (parts.hostname or "").lower()
        return parts.scheme == "https" and host in {h.lower() for h in self.settings.agency_hosts}

    def fetch_many(self, dois: Iterable[str], *, progress: ProgressCallback | None = None,
                   cancel: threading.Event | None = None,
                   started: Callable[[str], None] | None = None) -> list[BatchItem]:
        """Fetch many DOIs with bounded concurrency; results in input order. A failed DOI never
        stops the others; after `cancel` is set the remaining ones end with CancelledError.
        `started(doi)` and `progress(done, total, item)` are called from worker threads as each
        DOI's fetch begins and finishes."""
        items = [BatchItem(d) for d in dict.fromkeys(dois)]
        total = len(items)
        done = 0
        lock = threading.Lock()

        def one(item: BatchItem) -> None:
            nonlocal done
            try:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("cancelled")
                if started is not None:
                    started(item.doi)
                item.result = self.fetch(item.doi, cancel=cancel)
            except SiltemeError as exc:
                item.error = exc
            with lock:
                done += 1
                count = done
            if progress is not None:
                progress(count, total, item)

        if not items:
            return []
        workers = max(1, min(self.settings.concurrency, total))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crossref") as pool:
            for future in [pool.submit(one, item) for item in items]:
                future.result()
        return items

    def iter_many(self, dois: Iterable[str], *, cancel: threading.Event | None = None,
                  started: Callable[[str], None] | None = None
                  ) -> Generator[BatchItem, None, None]:
        """`fetch_many` as a stream: yields each DOI's outcome on the CALLING thread as soon as
        it finishes (in completion order), while the workers go on with the next ones. The
        caller can store each work as it arrives without sharing a database session with the
        network threads. Closing the iterator early sets `cancel` (one is made if none is
        given) and waits for the requests in flight."""
        dois = list(dict.fromkeys(dois))
        if not dois:
            return
        stop = cancel if cancel is not None else threading.Event()
        finished: queue.Queue[BatchItem | BaseException | None] = queue.Queue()

        def work() -> None:
            try:
                self.fetch_many(dois, progress=lambda _d, _t, item: finished.put(item),
                                cancel=stop, started=started)
            except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                finished.put(exc)
            finally:
                finished.put(None)

        worker = threading.Thread(target=work, name="crossref-batch", daemon=True)
        worker.start()
        try:
            while (got := finished.get()) is not None:
                if isinstance(got, BaseException):
                    raise got
                yield got
        finally:
            if worker.is_alive():
                stop.set()  # the caller stopped early (an error while storing): stop fetching
            worker.join()

    def is_reachable(self, *, cancel: threading.Event | None = None) -> bool:
        """One cheap request to the configured Crossref base URL, no retries: True when any
        HTTP answer comes back (even an error status: the network is up), False when the
        connection is refused, times out or breaks. For noticing that the network is back."""
        if cancel is not None and cancel.is_set():
            raise CancelledError("cancelled")
        url = self.settings.crossref_url.rstrip("/") + "/"
        try:
            _transport(self._session, url, params=self._params(), headers=self._headers(),
                       timeout=min(self.settings.timeout_s, PROBE_TIMEOUT_S))
        except (OfflineError, NetworkTimeoutError, BadResponseError):
            return False
        return True

    # -------------------------------------------------------------- search
    def find_doi(self, ref: Reference, *, rows: int = 5,
                 cancel: threading.Event | None = None) -> list[Candidate]:
        """Candidates for a reference without a DOI, best first, each with a score the user can
        judge. Nothing is attached here."""
        text = bibliographic_text(ref)
        if not text:
            raise InvalidValueError("reference", ref.id, "nothing to search with (no title)")
        params = rename_query_filters({"query_bibliographic": text, "rows": str(rows)})
        resp = self._get(self._api("/works"), params=params, cancel=cancel)
        data = self._json(resp)
        if resp.status != 200 or not isinstance(data, Mapping):
            raise BadResponseError("search failed", status=resp.status, url=resp.url)
        message = data.get("message")
        items = message.get("items") if isinstance(message, Mapping) else None
        out = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, Mapping) or not item.get("DOI"):
                continue
            with _mapping_errors(None, resp):
                found = work_to_reference(item)
            raw_score = item.get("score")
            out.append(Candidate(str(found.doi), match_score(ref, found),
                                 float(raw_score) if isinstance(raw_score, (int, float)) else None,
                                 found))
        out.sort(key=lambda c: c.score, reverse=True)
        return out

    def journal(self, issn: str) -> JournalInfo:
        """Journal title, publisher and ISSNs from `/journals/{issn}`."""
        issn = normalize_issn(issn)
        resp = self._get(self._api(f"/journals/{issn}"))
        if resp.status == 404:
            raise DoiNotFoundError(f"no journal with ISSN {issn}", status=404, url=resp.url)
        data = self._json(resp)
        msg = data.get("message") if isinstance(data, Mapping) else None
        if not isinstance(msg, Mapping):
            raise BadResponseError("not a journal record", status=resp.status, url=resp.url)
        with _mapping_errors(None, resp):
            return self._journal_info(msg, resp)

    @staticmethod
    def _journal_info(msg: Mapping[str, Any], resp: HttpResponse) -> JournalInfo:
        issns: list[Issn] = []
        for entry in msg.get("issn-type") or []:
            try:
                issns.append(Issn(normalize_issn(entry["value"]), entry.get("type")))
            except (InvalidValueError, KeyError, TypeError):
                continue
        for raw in msg.get("ISSN") or []:
            try:
                value = normalize_issn(raw)
            except InvalidValueError:
                continue
            if all(i.value != value for i in issns):
                issns.append(Issn(value))
        subjects = [str(s.get("name")) for s in msg.get("subjects") or []
                    if isinstance(s, Mapping) and s.get("name")]
        return JournalInfo(msg.get("title"), msg.get("publisher"), issns, subjects, resp.text())

    def fetch_isbn(self, isbn: str, *, cancel: threading.Event | None = None) -> FetchResult:
        """A book by ISBN: Crossref's `isbn` filter first, then Open Library's books API."""
        isbn = normalize_isbn(isbn)
        compact = isbn.replace("-", "")
        params = {"filter": filter_handler({"isbn": compact}), "rows": "5"}
        resp = self._get(self._api("/works"), params=params, cancel=cancel)
        if resp.status == 200:
            data = self._json(resp)
            message = data.get("message") if isinstance(data, Mapping) else None
            items = message.get("items") if isinstance(message, Mapping) else None
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, Mapping):
                    continue
                with _mapping_errors(isbn, resp):
                    ref = work_to_reference(item)
                if isbn in ref.isbn and item.get("type") in (
                        "book", "monograph", "edited-book", "reference-book", None):
                    ref.extra.setdefault("source-agency", "crossref")
                    return FetchResult(ref.doi or isbn, ref, json.dumps(item, ensure_ascii=False),
                                       "crossref", resp.url, 200, _now())
        path, query = books_url_path(isbn)
        url = self.settings.openlibrary_url.rstrip("/") + path
        resp = self._get(url, params=query, limited=False, cancel=cancel)
        if resp.status != 200:
            raise BadResponseError(f"Open Library: {_snippet(resp)}", status=resp.status, url=url)
        data = self._json(resp)
        with _mapping_errors(isbn, resp):
            record = book_record(data, isbn) if isinstance(data, Mapping) else None
        if record is None:
            raise DoiNotFoundError(f"no book with ISBN {isbn} (Crossref, Open Library)",
                                   status=resp.status, url=url)
        with _mapping_errors(isbn, resp):
            ref = book_to_reference(record, isbn)
        return FetchResult(isbn, ref, resp.text(), "openlibrary", url, 200, _now())


# ---------------------------------------------------------------- helpers
@contextmanager
def _mapping_errors(doi: str | None, resp: HttpResponse) -> Iterator[None]:
    """An answer of the wrong shape (a number where a list belongs, a list where an object
    belongs) is a bad response of that DOI, never a crash that stops a whole batch."""
    try:
        yield
    except InvalidValueError as exc:
        raise BadResponseError(str(exc), doi=doi, status=resp.status, url=resp.url) from exc
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
        raise BadResponseError(f"the answer has an unexpected shape ({type(exc).__name__})",
                               doi=doi, status=resp.status, url=resp.url) from exc


def agency_of(url: str) -> str:
    """The agency a metadata URL belongs to, from its host (or, for a local mirror, its path)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for where in (host, parts.path.lower().split("/10.", 1)[0]):
        for key, name in AGENCY_NAMES.items():
            if key in where:
                return name
    return host or "doi"


def bibliographic_text(ref: Reference) -> str:
    from core.text import strip_markup

    parts = [", ".join(c.family or c.literal or "" for c in ref.authors[:3]),
             strip_markup(ref.title), ref.container_title or "",
             str(ref.year) if ref.year else "", ref.volume or "", ref.page or ""]
    return " ".join(p for p in parts if p).strip()


def match_score(wanted: Reference, found: Reference) -> float:
    """0..1: 70 % title similarity, 15 % year, 15 % first author's family name."""
    from rapidfuzz import fuzz

    from core.text import fold, strip_markup

    title = fuzz.token_sort_ratio(fold(strip_markup(wanted.title)),
                                  fold(strip_markup(found.title))) / 100
    year = 1.0 if wanted.year and wanted.year == found.year else \
        0.5 if not wanted.year or not found.year else 0.0
    a = wanted.authors[0].family if wanted.authors else None
    b = found.authors[0].family if found.authors else None
    author = 1.0 if a and b and fold(a) == fold(b) else 0.5 if not a or not b else 0.0
    return round(0.7 * title + 0.15 * year + 0.15 * author, 3)


def _snippet(resp: HttpResponse) -> str:
    text = " ".join(resp.text().split())
    return text[:120] if text else f"HTTP {resp.status}"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def error_reason(error: BaseException) -> str:
    """A short reason for one-line reports: `rate limited`, `offline`, `HTTP 500`, ..."""
    if isinstance(error, DoiNotFoundError):
        return "not found"
    if isinstance(error, RateLimitedError):
        return "rate limited"
    if isinstance(error, OfflineError):
        return "offline"
    if isinstance(error, NetworkTimeoutError):
        return "timed out"
    if isinstance(error, RedirectRefusedError):
        return error.message
    if isinstance(error, ServerError):
        return f"server error HTTP {error.status}"
    if isinstance(error, BadResponseError):
        return f"bad response{f' HTTP {error.status}' if error.status else ''}: {error.message}"
    if isinstance(error, CancelledError):
        return "cancelled"
    if isinstance(error, NetworkError):
        return error.message
    return str(error)


__all__ = (
    "BatchItem", "Candidate", "CrossrefClient", "FetchResult", "HttpResponse", "JournalInfo",
    "RateLimiter", "agency_of", "error_reason", "match_score", "retry_after_seconds",
)
