"""A local HTTP server that replays the recorded Crossref responses and injects faults.

Routes (all GET):
  /works/{doi}                 works_<doi, / as _>.json, else items/item_<...>.json wrapped as a
                               work; unknown DOI -> 404 "Resource not found." (text/plain)
  /works?query.bibliographic=  `search_fixture` (a recorded work-list)
  /works?filter=isbn:N         the recorded works carrying that ISBN, as a work-list
  /journals/{issn}             journals_<issn>.json, else 404
  /doi/{doi}                   DOI resolver: 302 to /agency/<name>/{doi} for DOIs in
                               `negotiation`, to `redirects[doi]` if set, else 404 HTML
  /agency/<name>/{doi}         the CSL-JSON put in `negotiation[doi]`
  /openlibrary/api/books       {"ISBN:N": books[N]} or {}
Faults, consumed one per request for a DOI (or "*" for any request): "404", "429" (with
`Retry-After`), "500", "timeout" (answer after `timeout_s`), "malformed" (200 with broken JSON),
"drop" (close the connection); hostile answers, each a 200: "huge" (`huge_bytes` of JSON),
"truncated" (Content-Length promises more than is sent), "list" (a JSON array), "html" (a login
page), "other-doi" (the record of another DOI), "wrong-types" (fields of the wrong JSON type).
Politeness can be enforced as Crossref does (`rate_limit`,
`concurrency_limit`, `latency_s`): over the limit -> 429 with Retry-After.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.support.paths import CROSSREF_FIXTURES

NOT_FOUND = (CROSSREF_FIXTURES / "error_404_works_10.1371_notarealdoi.txt").read_bytes()


def doi_file_stem(doi: str) -> str:
    return doi.replace("/", "_")


def _index_fixtures() -> dict[str, Path]:
    """DOI (lower case) -> recorded file, from the files themselves (not their names)."""
    out: dict[str, Path] = {}
    for path in sorted(CROSSREF_FIXTURES.glob("works_10.*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("message-type") == "work":
            out[str(data["message"]["DOI"]).lower()] = path
    for path in sorted((CROSSREF_FIXTURES / "items").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.setdefault(str(data["DOI"]).lower(), path)
    return out


@dataclass
class Hit:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    status: int = 0
    at: float = field(default_factory=time.monotonic)


@dataclass
class ServerState:
    fixtures: dict[str, Path] = field(default_factory=_index_fixtures)
    faults: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))
    retry_after: str = "1"
    timeout_s: float = 2.0
    huge_bytes: int = 20 * 1024 * 1024   # the "huge" fault's body
    negotiation: dict[str, Any] = field(default_factory=dict)
    agencies: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    books: dict[str, Any] = field(default_factory=dict)
    search_fixture: str = "works_query_ecology_rows2.json"
    # Extra DOIs served from a template (the benchmark's 300 DOIs).
    synthetic: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Announced and (when enforce=True) enforced limits.
    rate_limit: int = 50
    rate_interval_s: float = 1.0
    concurrency_limit: int = 5
    # What the headers announce, when different from what is enforced (a server that lies).
    announced_rate_limit: int | None = None
    announced_concurrency_limit: int | None = None
    enforce: bool = False
    latency_s: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    rejected_429: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    starts: deque[float] = field(default_factory=deque)
    in_flight: int = 0

    def add_fault(self, key: str, *faults: str) -> None:
        self.faults[key].extend(faults)

    def work_hits(self, doi: str | None = None) -> list[Hit]:
        return [h for h in self.hits if h.path.startswith("/works/")
                and (doi is None or unquote(h.path[len("/works/"):]).lower() == doi.lower())]


class _Handler(BaseHTTPRequestHandler):
    server: CrossrefServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the log
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        state = self.server.state
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query)
        hit = Hit(path, query, {k.lower(): v for k, v in self.headers.items()})
        self._hit = hit
        with state.lock:
            state.hits.append(hit)
        if state.enforce and not self._admit():
            return
        self._route(path, query, hit)

    # ------------------------------------------------------------------ politeness
    def _admit(self) -> bool:
        state = self.server.state
        now = time.monotonic()
        with state.lock:
            while state.starts and state.starts[0] <= now - state.rate_interval_s:
                state.starts.popleft()
            over = (len(state.starts) >= state.rate_limit
                    or state.in_flight >= state.concurrency_limit)
            if over:
                state.rejected_429 += 1
            else:
                state.starts.append(now)
                state.in_flight += 1
        if over:
            self._send(429, b'{"status":"error","message":"rate limit"}', "application/json",
                       {"Retry-After": state.retry_after})
        return not over

    # ------------------------------------------------------------------ routing
    def _route(self, path: str, query: dict[str, list[str]], hit: Hit) -> None:
        state = self.server.state
        key = None
        for prefix in ("/works/", "/doi/", "/journals/"):
            if path.startswith(prefix):
                key = path[len(prefix):].lower()
        fault = None
        with state.lock:
            for k in (key, "*"):
                if k and state.faults.get(k):
                    fault = state.faults[k].popleft()
                    break
        if state.latency_s:
            time.sleep(state.latency_s)
        if state.enforce:
            # The request is done when the answer starts: count it out before writing, so a
            # client that sends its next request on receipt is never seen as over the limit.
            with state.lock:
                state.in_flight -= 1
        if fault is not None:
            self._fault(fault)
        else:
            self._serve(path, query)

    def _fault(self, fault: str) -> int:
        state = self.server.state
        if fault == "404":
            return self._send(404, NOT_FOUND, "text/plain")
        if fault == "429":
            return self._send(429, b"Too Many Requests", "text/plain",
                              {"Retry-After": state.retry_after})
        if fault == "500":
            return self._send(500, b"Internal Server Error", "text/plain")
        if fault == "timeout":
            time.sleep(state.timeout_s)
            return self._send(503, b"late", "text/plain")
        if fault == "malformed":
            return self._send(200, b'{"status":"ok","message-type":"work","message":{"DOI":',
                              "application/json")
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return 0
        # Hostile or broken answers (issue 9): each a 200 the client must refuse.
        if fault == "huge":
            filler = "ж" * (state.huge_bytes // 2)
            return self._send(200, json.dumps({"status": "ok", "message-type": "work",
                                               "message": {"DOI": "x", "abstract": filler}},
                                              ensure_ascii=False).encode(), "application/json")
        if fault == "truncated":
            body = b'{"status":"ok","message-type":"work","message":{"DOI":"10.1/x","title":["'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body) + 5000))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return 200
        if fault == "list":
            return self._send(200, b'[{"DOI": "10.1/x", "title": ["A"]}]', "application/json")
        if fault == "html":
            return self._send(200, b"<!DOCTYPE html><html><body><h1>Sign in to continue</h1>"
                                   b"</body></html>", "text/html")
        if fault == "other-doi":
            other = json.loads(next(iter(state.fixtures.values())).read_text(encoding="utf-8"))
            work = other.get("message", other)
            return self._json({"status": "ok", "message-type": "work", "message": work})
        if fault == "wrong-types":
            return self._json({"status": "ok", "message-type": "work", "message": {
                "DOI": self._hit.path.split("/works/", 1)[-1], "title": 5, "author": "Иванов",
                "container-title": {"x": 1}, "issued": [2020], "ISSN": 12345678,
                "license": True, "update-to": 0.5, "subject": False}})
        raise ValueError(f"unknown fault {fault}")

    def _serve(self, path: str, query: dict[str, list[str]]) -> int:
        state = self.server.state
        if path.startswith("/works/"):
            doi = path[len("/works/"):].lower()
            if doi in state.synthetic:
                body = {"status": "ok", "message-type": "work", "message-version": "1.0.0",
                        "message": state.synthetic[doi]}
                return self._json(body)
            file = state.fixtures.get(doi)
            if file is None:
                return self._send(404, NOT_FOUND, "text/plain")
            data = json.loads(file.read_text(encoding="utf-8"))
            if "message" not in data:
                data = {"status": "ok", "message-type": "work", "message-version": "1.0.0",
                        "message": data}
            return self._json(data)
        if path == "/works":
            if "query.bibliographic" in query:
                return self._send(200, (CROSSREF_FIXTURES / state.search_fixture).read_bytes(),
                                  "application/json")
            filt = (query.get("filter") or [""])[0]
            if filt.startswith("isbn:"):
                return self._json(self._isbn_list(filt[len("isbn:"):]))
            return self._send(400, b'{"status":"failed"}', "application/json")
        if path.startswith("/journals/"):
            file = CROSSREF_FIXTURES / f"journals_{path[len('/journals/'):]}.json"
            if not file.exists():
                return self._send(404, NOT_FOUND, "text/plain")
            return self._send(200, file.read_bytes(), "application/json")
        if path.startswith("/doi/"):
            doi = path[len("/doi/"):].lower()
            if doi in state.redirects:
                return self._send(302, b"", "text/html", {"Location": state.redirects[doi]})
            if doi in state.negotiation:
                agency = state.agencies.get(doi, "datacite")
                return self._send(302, b"", "text/html",
                                  {"Location": f"/agency/{agency}/{doi}"})
            return self._send(404, b"<html><body>DOI Not Found</body></html>", "text/html")
        if path.startswith("/agency/"):
            doi = path.split("/", 3)[3].lower()
            if doi in state.negotiation:
                return self._send(200, json.dumps(state.negotiation[doi]).encode(),
                                  "application/vnd.citationstyles.csl+json")
            return self._send(404, NOT_FOUND, "text/plain")
        if path == "/openlibrary/api/books":
            key = (query.get("bibkeys") or [""])[0]
            isbn = key.split(":", 1)[-1]
            body = {key: state.books[isbn]} if isbn in state.books else {}
            return self._json(body)
        return self._send(404, NOT_FOUND, "text/plain")

    def _isbn_list(self, isbn: str) -> dict[str, Any]:
        items = []
        for file in self.server.state.fixtures.values():
            data = json.loads(file.read_text(encoding="utf-8"))
            work = data.get("message", data)
            if isbn in [str(x) for x in work.get("ISBN") or []] or \
                    isbn in [str(x.get("value")) for x in work.get("isbn-type") or []]:
                items.append(work)
        return {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                "message": {"facets": {}, "total-results": len(items), "items": items,
                            "items-per-page": 20, "query": {"start-index": 0,
                                                           "search-terms": None}}}

    # ------------------------------------------------------------------ output
    def _json(self, data: Any) -> int:
        return self._send(200, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                          "application/json")

    def _send(self, status: int, body: bytes, ctype: str,
              headers: dict[str, str] | None = None) -> int:
        state = self.server.state
        self._hit.status = status  # before the client can see the answer
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-rate-limit-limit", str(state.announced_rate_limit or state.rate_limit))
        self.send_header("x-rate-limit-interval", f"{state.rate_interval_s:g}s")
        self.send_header("x-concurrency-limit",
                         str(state.announced_concurrency_limit or state.concurrency_limit))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        return status


class CrossrefServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(self, state: ServerState | None = None, port: int = 0) -> None:
        # `port`: to start again where a stopped server was (the network coming back).
        super().__init__(("127.0.0.1", port), _Handler)
        self.state = state or ServerState()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        # A client that gave up (its timeout, a cancelled batch) closed the socket while the
        # handler slept: expected in fault tests, not worth a traceback on stderr.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)

    def start(self) -> CrossrefServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="crossref-server",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def settings_env(self) -> dict[str, str]:
        """The environment that points Silteme at this server."""
        return {"SILTEME_CROSSREF_URL": self.url, "SILTEME_DOI_URL": self.url + "/doi",
                "SILTEME_OPENLIBRARY_URL": self.url + "/openlibrary"}


def unused_port_url() -> str:
    """A URL on which nothing listens (connection refused)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
