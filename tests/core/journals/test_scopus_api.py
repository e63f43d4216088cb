"""Scopus Serial Title API: mapping of real responses, CITESCORE view, throttle, 429, errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.journals.scopus_api import (
    HttpResponse,
    ScopusAuthError,
    ScopusNotFound,
    ScopusRateLimited,
    SerialTitleClient,
    listify,
    parse_serial_title,
)

FIXTURES = Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "scopus"

# SYNTHETIC: no raw CITESCORE-view response is public. Built from the documented JSON paths
# (shared/reference/journal-metrics.md section 2), values as strings, one single-element array
# sent as a bare object, and a year with an empty subject rank list.
CITESCORE_VIEW = {"serial-metadata-response": {"entry": [{
    "dc:title": "Migration Letters", "dc:publisher": "Transnational Press London",
    "prism:issn": "1741-8984", "prism:eIssn": "1741-8992", "source-id": "21100199112",
    "prism:aggregationType": "journal",
    "subject-area": [{"@code": "3317", "@abbrev": "SOCI", "$": "Demography"},
                     {"@code": "3308", "@abbrev": "SOCI", "$": "Law"}],
    "citeScoreYearInfoList": {
        "citeScoreCurrentMetric": "2.5", "citeScoreCurrentMetricYear": "2022",
        "citeScoreTracker": "2.9", "citeScoreTrackerYear": "2023",
        "citeScoreYearInfo": [
            {"@year": "2023", "@status": "In-Progress", "citeScoreInformationList": [
                {"citeScoreInfo": [{"docType": "all", "citeScore": "2.9",
                                    "citeScoreSubjectRank": {"subjectCode": "3317",
                                                             "rank": "30", "percentile": "70"}}]}]},
            {"@year": "2022", "@status": "Complete", "citeScoreInformationList": [
                {"citeScoreInfo": [{"docType": "all", "citeScore": "2.5",
                                    "citeScoreSubjectRank": [
                                        {"subjectCode": "3317", "rank": "40", "percentile": "65"},
                                        {"subjectCode": "3308", "rank": "600",
                                         "percentile": "20"}]}]}]},
            {"@year": "2018", "@status": "Complete", "citeScoreInformationList": [
                {"citeScoreInfo": [{"docType": "all", "citeScore": "0.4",
                                    "citeScoreSubjectRank": []}]}]},
        ]}}]}}


def test_real_standard_view_responses() -> None:
    data = json.loads((FIXTURES / "serial_title_03088146.json").read_text(encoding="utf-8"))
    (rec,) = parse_serial_title(data)
    j = rec.journal
    assert (j.title, j.publisher, j.scopus_source_id) == ("Food Chemistry", "Elsevier Ltd.",
                                                          "24039")
    assert [(i.issn, i.kind) for i in j.issns] == [("0308-8146", "print"),
                                                   ("1873-7072", "electronic")]
    assert j.homepage == "http://www.sciencedirect.com/science/journal/03088146"
    assert [(m.year, m.citescore, m.percentile, m.status) for m in rec.metrics] == [
        (2022, 14.9, None, "complete"), (2023, 12.6, None, "in_progress")]
    data = json.loads((FIXTURES / "serial_title_00313203.json").read_text(encoding="utf-8"))
    (rec,) = parse_serial_title(data)
    assert rec.journal.issn_values == ["0031-3203"]
    assert rec.metrics[0].year == 2020 and rec.metrics[0].citescore == 15.7


def test_citescore_view_per_year_and_subject() -> None:
    (rec,) = parse_serial_title(CITESCORE_VIEW)
    got = [(m.year, m.subject_code, m.subject_name, m.percentile, m.rank, m.status,
            m.effective_quartile) for m in rec.metrics]
    assert got == [(2023, "3317", "Demography", 70, 30, "in_progress", 2),
                   (2022, "3317", "Demography", 65, 40, "complete", 2),
                   (2022, "3308", "Law", 20, 600, "complete", 4)]
    assert listify(None) == [] and listify({"a": 1}) == [{"a": 1}]


class _FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.slept.append(round(s, 3))
        self.now += s


def test_throttle_six_per_second_and_429_retry() -> None:
    fake = _FakeClock()
    calls: list[tuple[str, dict[str, str]]] = []
    statuses = [429, 200, 200]

    def transport(url: str, headers: dict[str, str], timeout: float) -> HttpResponse:
        calls.append((url, headers))
        status = statuses.pop(0)
        body = json.dumps(CITESCORE_VIEW).encode() if status == 200 else b"{}"
        return HttpResponse(status, {"retry-after": "2"} if status == 429 else {}, body)

    client = SerialTitleClient("KEY", transport=transport, sleep=fake.sleep, clock=fake.clock)
    client.fetch("1741-8992")
    client.fetch("17418992")
    assert calls[0][0].endswith("/content/serial/title/issn/17418992?view=CITESCORE")
    assert calls[0][1]["X-ELS-APIKey"] == "KEY"
    # 429 -> wait 2 s as told; the next request is spaced by at least 1/6 s.
    assert fake.slept[0] == 2.0
    assert len(calls) == 3 and fake.slept == [2.0, 0.167]


def test_quota_reset_far_away_is_reported_not_waited() -> None:
    fake = _FakeClock()

    def transport(url: str, headers: dict[str, str], timeout: float) -> HttpResponse:
        return HttpResponse(429, {"x-ratelimit-reset": "4102444800000"}, b"")

    client = SerialTitleClient("KEY", transport=transport, sleep=fake.sleep, clock=fake.clock)
    with pytest.raises(ScopusRateLimited, match="resets at 2100-01-01") as info:
        client.fetch("0028-0836")
    assert info.value.status == 429 and fake.slept == []


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        key = self.headers.get("X-ELS-APIKey")
        if key != "GOOD":
            self._send(401, {"service-error": {"status": {"statusCode": "AUTHENTICATION_ERROR",
                                                          "statusText": "Invalid API Key"}}})
        elif "17418992" in self.path:
            self._send(200, CITESCORE_VIEW)
        else:
            self._send(404, {"service-error": {"status": {"statusText": "not found"}}})

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()
    thread.join()


def test_against_local_http_server(server: str) -> None:
    client = SerialTitleClient("GOOD", base_url=server)
    result = client.journals(["1741-8992", "0028-0836"])
    assert [r.journal.title for r in result.records] == ["Migration Letters"]
    (problem,) = result.problems
    assert problem.row == 2 and "does not know ISSN 0028-0836" in problem.reason
    with pytest.raises(ScopusNotFound):
        client.fetch("0028-0836")
    with pytest.raises(ScopusAuthError, match="Invalid API Key"):
        SerialTitleClient("BAD", base_url=server).fetch("1741-8992")
