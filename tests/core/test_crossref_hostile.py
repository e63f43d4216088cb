"""Hostile and broken metadata answers (issue 9): each is refused with a typed error naming the
DOI, never a crash, never a half-read record; only HTTPS (or plain HTTP to this machine) is
spoken; the API key of the Scopus client never leaves in a redirect or an error text."""

from __future__ import annotations

import pytest

import core.crossref as crossref_mod
from core.crossref import CrossrefClient
from core.errors import (
    BadResponseError,
    InvalidValueError,
    NetworkTimeoutError,
    OfflineError,
    RedirectRefusedError,
)
from core.journals import scopus_api
from core.journals.scopus_api import HttpResponse, ScopusApiError, SerialTitleClient
from core.settings import Settings, check_base_url

SREP = "10.1038/srep16696"
PLOS = "10.1371/journal.pone.0033693"


@pytest.fixture
def client(crossref_settings):
    c = CrossrefClient(crossref_settings, backoff_s=0.01)
    yield c
    c.close()


# ---------------------------------------------------------------------- answers
def test_a_huge_answer_is_refused_unread(client, crossref_server, monkeypatch) -> None:
    monkeypatch.setattr(crossref_mod, "MAX_BODY_BYTES", 1024 * 1024)
    crossref_server.state.huge_bytes = 3 * 1024 * 1024
    crossref_server.state.add_fault(SREP, "huge")
    with pytest.raises(BadResponseError, match="bytes; refusing anything over") as info:
        client.fetch(SREP)
    assert info.value.doi == SREP


class _Streamed:
    """A response without Content-Length whose body arrives in chunks (chunked encoding)."""

    status_code = 200
    headers: dict[str, str] = {}

    def __init__(self, chunks: int, size: int) -> None:
        self.chunks, self.size, self.read = chunks, size, 0

    def iter_content(self, chunk_size: int):
        for _ in range(self.chunks):
            self.read += self.size
            yield b"x" * self.size


def test_an_endless_answer_without_length_is_cut_at_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(crossref_mod, "MAX_BODY_BYTES", 200_000)
    body = _Streamed(chunks=10_000, size=65536)   # 655 MB if it were read to the end
    with pytest.raises(BadResponseError, match="larger than 200,000 bytes"):
        crossref_mod._read_body(body, "https://api.crossref.org/works/x", 5.0)
    assert body.read <= 200_000 + 65536


def test_a_trickling_answer_is_abandoned(monkeypatch) -> None:
    clock = iter(range(0, 10_000, 7))
    monkeypatch.setattr(crossref_mod.time, "monotonic", lambda: float(next(clock)))
    with pytest.raises(NetworkTimeoutError, match="took longer than"):
        crossref_mod._read_body(_Streamed(chunks=100, size=10), "https://x.org/w", 5.0)


def test_a_truncated_answer_is_never_used(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "truncated", "truncated", "truncated")
    with pytest.raises(OfflineError, match="connection lost mid-answer") as info:
        client.fetch(SREP)
    assert info.value.doi == SREP
    assert len(crossref_server.state.work_hits(SREP)) == 3   # retried, then given up


@pytest.mark.parametrize("fault, message", [
    ("list", "not a Crossref work"),
    ("html", "not JSON: <!DOCTYPE html>"),
    ("other-doi", "the answer is the record of DOI"),
    ("wrong-types", "not a Crossref work: `title` is int, not an array"),
    ("malformed", "not JSON"),
])
def test_an_answer_of_the_wrong_type_is_a_bad_response(client, crossref_server, fault: str,
                                                       message: str) -> None:
    crossref_server.state.add_fault(SREP, fault)
    with pytest.raises(BadResponseError, match=message) as info:
        client.fetch(SREP)
    assert info.value.doi == SREP and info.value.status == 200


def test_a_wrong_answer_in_a_batch_fails_that_doi_only(client, crossref_server) -> None:
    crossref_server.state.add_fault(SREP, "wrong-types")
    items = {i.doi: i for i in client.fetch_many([SREP, PLOS])}
    assert isinstance(items[SREP].error, BadResponseError)
    assert items[PLOS].ok


def test_journal_and_search_answers_of_the_wrong_shape(client, crossref_server,
                                                       monkeypatch) -> None:
    def fake(session, url, **kw):
        return crossref_mod.HttpResponse(200, {}, b'{"message": {"ISSN": 5, "items": 7, '
                                                  b'"issn-type": true, "subjects": 1}}', url)

    monkeypatch.setattr(crossref_mod, "_transport", fake)
    with pytest.raises(BadResponseError, match="unexpected shape"):
        client.journal("0028-0836")
    from core.model import Reference

    assert client.find_doi(Reference(title="Миграция")) == []


@pytest.mark.parametrize("target", [
    "https://evil.example.com/steal", "http://api.datacite.org/dois/10.5555/x",
    "https://api.datacite.org.evil.example/x", "file:///etc/passwd", "ftp://doi.org/x",
    "//evil.example.com/x"])
def test_a_redirect_outside_the_allow_list_is_refused(client, crossref_server,
                                                      target: str) -> None:
    crossref_server.state.redirects["10.5555/x"] = target
    with pytest.raises(RedirectRefusedError, match="not an allowed registration agency"):
        client.fetch("10.5555/x")


# ---------------------------------------------------------------------- where requests go
@pytest.mark.parametrize("url, ok", [
    ("https://api.crossref.org", True), ("http://127.0.0.1:8080", True),
    ("http://localhost/crossref", True), ("http://[::1]:9000", True),
    ("http://api.crossref.org", False), ("http://10.0.0.5", False), ("ftp://x.org", False),
    ("https://", False), ("api.crossref.org", False), ("file:///tmp/x", False),
    ("http://localhost.evil.example", False), ("http://127.0.0.1.nip.io", False),
])
def test_only_https_or_plain_http_to_this_machine(url: str, ok: bool) -> None:
    if ok:
        assert check_base_url(url, "crossref_url") == url
    else:
        with pytest.raises(InvalidValueError, match="HTTPS only"):
            check_base_url(url, "crossref_url")


@pytest.mark.parametrize("setting", ["crossref_url", "doi_url", "openlibrary_url"])
def test_the_client_refuses_a_plain_http_service_before_any_request(setting: str,
                                                                     monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(crossref_mod, "_transport", lambda *a, **kw: calls.append(a[1]))
    with pytest.raises(InvalidValueError, match=f"{setting}: 'http://metadata.example.org'"):
        CrossrefClient(Settings().with_changes(**{setting: "http://metadata.example.org"}))
    assert calls == []


# ---------------------------------------------------------------------- the Scopus client
KEY = "0123456789abcdef0123456789abcdef"


def test_scopus_refuses_plain_http_and_does_not_follow_redirects() -> None:
    with pytest.raises(InvalidValueError, match="HTTPS only"):
        SerialTitleClient(KEY, base_url="http://api.elsevier.com")
    sent: list[dict[str, str]] = []

    def transport(url: str, headers: dict[str, str], timeout: float) -> HttpResponse:
        sent.append(headers)
        return HttpResponse(302, {"location": "https://evil.example.com/"}, b"")

    client = SerialTitleClient(KEY, transport=transport, sleep=lambda s: None)
    with pytest.raises(ScopusApiError, match="redirected elsewhere") as info:
        client.fetch("0028-0836")
    assert len(sent) == 1 and KEY not in str(info.value)


def test_scopus_errors_never_quote_the_key() -> None:
    body = (b'{"service-error": {"status": {"statusCode": "AUTHENTICATION_ERROR", '
            b'"statusText": "Invalid API Key: ' + KEY.encode() + b'"}}}')
    client = SerialTitleClient(KEY, transport=lambda u, h, t: HttpResponse(401, {}, body),
                               sleep=lambda s: None)
    with pytest.raises(ScopusApiError) as info:
        client.fetch("0028-0836")
    assert KEY not in str(info.value) and "[API key]" in str(info.value)
    client = SerialTitleClient(KEY, transport=lambda u, h, t: HttpResponse(500, {}, body),
                               sleep=lambda s: None, max_retries=0)
    with pytest.raises(ScopusApiError) as info:
        client.fetch("0028-0836")
    assert KEY not in str(info.value)


def test_scopus_transport_failure_names_no_url_or_key(monkeypatch) -> None:
    import requests

    def boom(url, **kw):
        raise requests.ConnectionError(f"cannot reach {url} with {kw['headers']}")

    monkeypatch.setattr(requests, "get", boom)
    client = SerialTitleClient(KEY, sleep=lambda s: None)
    with pytest.raises(scopus_api.ScopusOffline) as info:
        client.fetch("0028-0836")
    assert KEY not in str(info.value) and "ConnectionError" in str(info.value)
