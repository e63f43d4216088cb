"""The Crossref client against the local replay server: mapping, politeness, faults, batches."""

from __future__ import annotations

import threading

import pytest

import core.crossref as crossref_mod
from core.crossref import CrossrefClient, RateLimiter, retry_after_seconds
from core.errors import (
    BadResponseError,
    CancelledError,
    DoiNotFoundError,
    NetworkTimeoutError,
    OfflineError,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
)
from core.model import Reference
from core.settings import Settings
from tests.support.crossref_server import unused_port_url

PLOS = "10.1371/journal.pone.0033693"
SREP = "10.1038/srep16696"
CYRILLIC = "10.7868/s0040357115030100"


@pytest.fixture
def client(crossref_settings):
    c = CrossrefClient(crossref_settings, backoff_s=0.01)
    yield c
    c.close()


def test_fetch_maps_recorded_work_and_is_polite(client, crossref_server) -> None:
    result = client.fetch("https://doi.org/10.1371/JOURNAL.PONE.0033693")
    assert result.doi == PLOS and result.agency == "crossref" and result.status == 200
    assert result.reference.type == "article-journal"
    assert result.reference.updated_by[0]["type"] == "correction"
    assert '"message-type":"work"' in result.body.replace(" ", "")
    hit = crossref_server.state.work_hits(PLOS)[0]
    assert hit.headers["user-agent"] == "Silteme/0.1.0 (mailto:team@example.kz)"
    assert hit.query["mailto"] == ["team@example.kz"]


def test_item_fixture_served_as_work(client) -> None:
    ref = client.fetch(CYRILLIC).reference
    assert ref.language == "ru" and ref.authors[0].family == "Паршин"


def test_unknown_doi_falls_back_to_negotiation_then_not_found(client, crossref_server) -> None:
    with pytest.raises(DoiNotFoundError) as info:
        client.fetch("10.1371/notarealdoi")
    assert info.value.doi == "10.1371/notarealdoi" and info.value.status == 404
    assert [h.path for h in crossref_server.state.hits] == ["/works/10.1371/notarealdoi",
                                                            "/doi/10.1371/notarealdoi"]


def test_not_a_doi_is_a_clear_error(client) -> None:
    with pytest.raises(DoiNotFoundError, match="not a DOI"):
        client.fetch("hello world")


def test_content_negotiation_for_other_agencies(client, crossref_server) -> None:
    doi = "10.5061/dryad.b835k"
    crossref_server.state.negotiation[doi] = {
        "type": "dataset", "id": "https://doi.org/10.5061/dryad.b835k", "DOI": doi,
        "title": "Data from: vascular morphodynamics", "publisher": "Dryad",
        "author": [{"family": "Sankar", "given": "Martial"}], "issued": {"date-parts": [[2014]]}}
    result = client.fetch(doi)
    assert result.agency == "datacite"
    assert result.url.endswith("/agency/datacite/" + doi)
    assert result.reference.type == "dataset" and result.reference.publisher == "Dryad"
    assert result.reference.extra["source-agency"] == "datacite"
    hit = [h for h in crossref_server.state.hits if h.path.startswith("/doi/")][0]
    assert hit.headers["accept"] == "application/vnd.citationstyles.csl+json"


@pytest.mark.parametrize("target", ["https://evil.example.com/steal",
                                    "http://api.datacite.org/dois/10.5555/x"])
def test_redirect_outside_agency_hosts_is_refused(client, crossref_server, target) -> None:
    crossref_server.state.redirects["10.5555/x"] = target
    with pytest.raises(RedirectRefusedError):
        client.fetch("10.5555/x")
    assert all(h.path != "/steal" for h in crossref_server.state.hits)


def test_redirect_allowed_for_https_agency_host() -> None:
    client = CrossrefClient(Settings())
    assert client._redirect_allowed("https://api.datacite.org/dois/10.5061/x")
    assert not client._redirect_allowed("https://api.datacite.org.evil.example/x")
    assert not client._redirect_allowed("http://api.datacite.org/x")
    client.close()


def test_429_retry_after_is_honoured(client, crossref_server) -> None:
    crossref_server.state.retry_after = "0.2"
    crossref_server.state.add_fault(SREP, "429")
    assert client.fetch(SREP).reference.page == "16696"
    assert [h.status for h in crossref_server.state.work_hits(SREP)] == [429, 200]


def test_429_forever_gives_rate_limited_error(client, crossref_server, monkeypatch) -> None:
    monkeypatch.setattr(crossref_mod, "MAX_RATE_LIMIT_RETRIES", 2)
    crossref_server.state.retry_after = "0"
    crossref_server.state.add_fault(SREP, "429", "429", "429", "429")
    with pytest.raises(RateLimitedError) as info:
        client.fetch(SREP)
    assert info.value.status == 429 and info.value.doi == SREP


def test_500_is_retried_with_backoff_then_succeeds(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "500", "500")
    assert client.fetch(SREP).doi == SREP
    assert [h.status for h in crossref_server.state.work_hits(SREP)] == [500, 500, 200]


def test_500_beyond_retries_is_server_error(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "500", "500", "500")
    with pytest.raises(ServerError) as info:
        client.fetch(SREP)
    assert info.value.status == 500
    assert len(crossref_server.state.work_hits(SREP)) == 3  # 1 + max_retries


def test_timeout_retried_a_bounded_number_of_times(client, crossref_server) -> None:
    crossref_server.state.timeout_s = 1.0
    crossref_server.state.add_fault(SREP, "timeout")
    assert client.fetch(SREP).doi == SREP
    crossref_server.state.add_fault(SREP, "timeout", "timeout", "timeout")
    with pytest.raises(NetworkTimeoutError) as info:
        client.fetch(SREP)
    assert info.value.doi == SREP


def test_malformed_json_is_bad_response(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "malformed")
    with pytest.raises(BadResponseError, match="not JSON") as info:
        client.fetch(SREP)
    assert info.value.status == 200


def test_connection_refused_is_offline() -> None:
    settings = Settings(crossref_url=unused_port_url(), timeout_s=1)
    client = CrossrefClient(settings, backoff_s=0.01)
    with pytest.raises(OfflineError) as info:
        client.fetch(SREP)
    assert info.value.doi == SREP
    client.close()


def test_batch_failures_never_stop_the_others(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "500", "500", "500")
    crossref_server.state.add_fault(CYRILLIC, "malformed")
    seen: list[tuple[int, int, str]] = []
    dois = [PLOS, SREP, "10.1371/notarealdoi", CYRILLIC, "10.1002/jor.1100150407"]
    items = client.fetch_many(dois, progress=lambda d, t, item: seen.append((d, t, item.doi)))
    assert [i.doi for i in items] == dois
    assert [type(i.error).__name__ if i.error else "ok" for i in items] == \
        ["ok", "ServerError", "DoiNotFoundError", "BadResponseError", "ok"]
    assert sorted(d for d, _, _ in seen) == [1, 2, 3, 4, 5] and {t for _, t, _ in seen} == {5}


def test_batch_cancel(client, crossref_server) -> None:
    cancel = threading.Event()
    cancel.set()
    items = client.fetch_many([PLOS, SREP], cancel=cancel)
    assert all(isinstance(i.error, CancelledError) for i in items)
    assert crossref_server.state.hits == []


def test_batch_cancel_midway(client, crossref_server) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int, item) -> None:
        cancel.set()

    dois = [PLOS, SREP, CYRILLIC, "10.1002/jor.1100150407", "10.3892/ijo_00000353"]
    client.settings = client.settings.with_changes(concurrency=1)
    items = client.fetch_many(dois, progress=progress, cancel=cancel)
    assert items[0].ok
    assert all(isinstance(i.error, CancelledError) for i in items[1:])


def test_limiter_learns_announced_limits() -> None:
    limiter = RateLimiter(3)
    assert limiter.concurrency == 1
    limiter.acquire()
    limiter.release({"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s",
                     "x-concurrency-limit": "5"})
    assert limiter.concurrency == 3  # the user's setting caps what the server allows
    assert limiter.spacing == pytest.approx(0.1 * limiter.margin)
    limiter.acquire()
    limiter.release({"x-rate-limit-limit": "50", "x-rate-limit-interval": "1000ms",
                     "x-concurrency-limit": "1"})
    assert limiter.concurrency == 1 and limiter.spacing == pytest.approx(0.02 * limiter.margin)


def test_retry_after_parsing() -> None:
    assert retry_after_seconds("2") == 2.0
    assert retry_after_seconds("0.5") == 0.5
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("garbage") is None


def test_transport_is_the_only_way_out(client, monkeypatch) -> None:
    calls = []
    real = crossref_mod._transport

    def spy(session, url, **kw):
        calls.append(url)
        return real(session, url, **kw)

    monkeypatch.setattr(crossref_mod, "_transport", spy)
    client.fetch(PLOS)
    assert calls == [client.settings.crossref_url + "/works/" + PLOS]


def test_find_doi_returns_scored_candidates(client, crossref_server) -> None:
    wanted = Reference(title="Communicating Ecology")
    candidates = client.find_doi(wanted)
    assert len(candidates) == 2
    assert candidates[0].score >= candidates[1].score
    assert all(0 <= c.score <= 1 for c in candidates)
    hit = crossref_server.state.hits[0]
    assert hit.path == "/works" and hit.query["query.bibliographic"] == ["Communicating Ecology"]
    assert wanted.doi is None  # never attached


def test_journal_lookup(client) -> None:
    info = client.journal("1803-2427")
    assert info.title == "Journal of Landscape Ecology"
    assert info.publisher == "De Gruyter Poland Sp. z o.o."
    assert "1803-2427" in [i.value for i in info.issns]
    with pytest.raises(DoiNotFoundError):
        client.journal("0000-0000")


def test_isbn_found_in_crossref(client, crossref_server) -> None:
    result = client.fetch_isbn("978-1-137-28226-2")
    assert result.agency == "crossref" and result.reference.doi == "10.1057/9781137282262"
    assert crossref_server.state.hits[0].query["filter"] == ["isbn:9781137282262"]
    assert not [h for h in crossref_server.state.hits if h.path.startswith("/openlibrary")]


def test_isbn_falls_back_to_open_library(client, crossref_server) -> None:
    # Built in the documented jscmd=data format (openlibrary.org/dev/docs/api/books).
    crossref_server.state.books["9786010000001"] = {
        "url": "https://openlibrary.org/books/OL1M/slug", "key": "/books/OL1M",
        "title": "Гражданское право Республики Казахстан", "subtitle": "учебник",
        "authors": [{"url": "https://openlibrary.org/authors/OL1A", "name": "Сулейменов М. К."}],
        "number_of_pages": 512, "identifiers": {"isbn_13": ["9786010000001"],
                                                "openlibrary": ["OL1M"]},
        "publishers": [{"name": "Жеті жарғы"}], "publish_places": [{"name": "Алматы"}],
        "publish_date": "2016", "subjects": [{"name": "Civil law", "url": "x"}]}
    result = client.fetch_isbn("9786010000001")
    ref = result.reference
    assert result.agency == "openlibrary"
    assert ref.type == "book" and ref.title == "Гражданское право Республики Казахстан: учебник"
    assert ref.authors[0].family == "Сулейменов" and ref.authors[0].given == "М. К."
    assert ref.publisher == "Жеті жарғы" and ref.publisher_place == "Алматы"
    assert ref.year == 2016 and ref.number_of_pages == "512" and ref.language == "ru"
    assert ref.isbn == ["978-601-00-0000-1"]


def test_isbn_unknown_everywhere(client) -> None:
    with pytest.raises(DoiNotFoundError, match="ISBN"):
        client.fetch_isbn("9780306406157")


def _synthetic(server, n: int) -> list[str]:
    import json

    from tests.support.paths import CROSSREF_FIXTURES

    template = json.loads((CROSSREF_FIXTURES / "works_10.3892_ijo_00000353.json")
                          .read_text(encoding="utf-8"))["message"]
    dois = [f"10.99999/t.{i}" for i in range(n)]
    for doi in dois:
        server.state.synthetic[doi] = dict(template, DOI=doi)
    return dois


def test_batch_obeys_announced_limits_without_429(crossref_settings, crossref_server) -> None:
    state = crossref_server.state
    state.enforce, state.rate_limit, state.concurrency_limit, state.latency_s = True, 40, 2, 0.05
    dois = _synthetic(crossref_server, 24)
    client = CrossrefClient(crossref_settings.with_changes(concurrency=3), backoff_s=0.01)
    items = client.fetch_many(dois)
    client.close()
    assert all(i.ok for i in items)
    assert state.rejected_429 == 0
    assert client.limiter.concurrency == 2  # learnt from x-concurrency-limit


def test_batch_survives_a_server_that_enforces_less_than_it_announces(
        crossref_settings, crossref_server) -> None:
    state = crossref_server.state
    state.enforce, state.rate_limit, state.concurrency_limit, state.latency_s = True, 30, 1, 0.05
    state.announced_rate_limit, state.announced_concurrency_limit = 100, 3
    state.retry_after = "0.2"
    dois = _synthetic(crossref_server, 12)
    client = CrossrefClient(crossref_settings.with_changes(concurrency=3), backoff_s=0.01)
    items = client.fetch_many(dois)
    client.close()
    assert state.rejected_429 > 0  # the server did push back ...
    assert [i.doi for i in items if not i.ok] == []  # ... and every 429 was handled


def test_language_of_cjk_titles() -> None:
    from core.crossref_mapping import work_to_reference

    zh = work_to_reference({"type": "journal-article", "language": "en",
                            "title": ["基于深度学习的图像识别"]})
    ja = work_to_reference({"type": "journal-article", "title": ["27.新しい手術野展開機構"]})
    assert zh.language == "zh" and zh.extra["crossref-language"] == "en"
    assert ja.language == "ja"


def test_dropped_connection_is_retried_then_offline(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "drop")
    assert client.fetch(SREP).doi == SREP
    assert len(crossref_server.state.work_hits(SREP)) == 2
    crossref_server.state.add_fault(SREP, "drop", "drop", "drop")
    with pytest.raises(OfflineError, match="connection lost") as info:
        client.fetch(SREP)
    assert info.value.doi == SREP


def test_sici_doi_is_quoted_in_the_path(client, crossref_server) -> None:
    doi = "10.1890/0012-9615(1999)069[0569:edilsa]2.0.co;2"
    with pytest.raises(DoiNotFoundError):
        client.fetch(doi)
    assert crossref_server.state.hits[0].path == "/works/" + doi


def test_iter_many_streams_each_item_on_the_calling_thread(client, crossref_server) -> None:
    started: list[str] = []
    caller = threading.get_ident()
    seen: list[tuple[str, int]] = []
    dois = [PLOS, SREP, "10.1371/notarealdoi", PLOS]
    for item in client.iter_many(dois, started=started.append):
        seen.append((item.doi, threading.get_ident()))
    assert sorted(d for d, _ in seen) == sorted([PLOS, SREP, "10.1371/notarealdoi"])
    assert {t for _, t in seen} == {caller}          # stored by the caller, not the workers
    assert sorted(started) == sorted(d for d, _ in seen)


def test_iter_many_closed_early_cancels_the_rest(client, crossref_server) -> None:
    client.settings = client.settings.with_changes(concurrency=1)
    crossref_server.state.latency_s = 0.05
    dois = [PLOS, SREP, CYRILLIC, "10.1002/jor.1100150407", "10.3892/ijo_00000353"]
    stream = client.iter_many(dois)
    first = next(stream)
    assert first.ok
    stream.close()                                   # e.g. storing failed: stop fetching
    assert len(crossref_server.state.work_hits()) < len(dois)


def test_is_reachable_probe(client, crossref_server, crossref_settings) -> None:
    assert client.is_reachable()                     # any HTTP answer (here 404) means online
    assert crossref_server.state.hits[-1].path == "/"
    down = CrossrefClient(crossref_settings.with_changes(crossref_url=unused_port_url()))
    try:
        assert not down.is_reachable()
    finally:
        down.close()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        client.is_reachable(cancel=cancel)
