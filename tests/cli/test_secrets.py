"""The Scopus API key (issue 9, secrets): kept in the keyring or, without one, in a labelled file
only the user may read; used for requests, yet never found in the library file (nor its WAL or
backups), an exported file, a report, a command's output or an error message, even when the
server echoes the key back."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support.paths import REPO, SHARED_FIXTURES

KEY = "5f3c9d2a7b1e4c6d8a0f2b4c6d8e0a1b"
WRONG = "0badc0ffee0badc0ffee0badc0ffee00"
SERIAL = (SHARED_FIXTURES / "scopus" / "serial_title_03088146.json").read_bytes()


@pytest.fixture()
def scopus() -> Iterator[tuple[str, list[str]]]:
    """A local stand-in for the Serial Title API: the fixture for the right key, and for a wrong
    one a 401 whose body quotes the key it was sent (as some gateways do)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            key = self.headers.get("X-ELS-APIKey", "")
            seen.append(key)
            if key == KEY:
                status, body = 200, SERIAL
            else:
                status = 401
                body = (b'{"service-error":{"status":{"statusCode":"AUTHENTICATION_ERROR",'
                        b'"statusText":"The API key ' + key.encode() + b' is invalid"}}}')
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", seen
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join()


def _everything_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists()
            for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()]


def test_the_key_is_used_but_never_stored_shown_or_exported(tmp_path: Path, scopus) -> None:
    url, seen = scopus
    db = tmp_path / "data" / "lib.sqlite"
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "SILTEME_SCOPUS_URL": url,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    outputs: list[str] = []

    def main(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=REPO,
                              env=env, input=stdin, capture_output=True, text=True)
        outputs.extend([done.stdout, done.stderr])
        return done

    assert main("add-manual", "--title", "Көші-қон құқығы", "--issn", "0308-8146").returncode == 0
    done = main("journal", "scopus-key", "set", stdin=KEY + "\n")
    assert done.returncode == 0 and "readable only by you" in done.stdout
    key_file = config / "silteme" / "scopus-api-key.txt"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text(encoding="utf-8").startswith("# Silteme: your personal Elsevier")
    done = main("journal", "fetch", "0308-8146")
    assert done.returncode == 0 and "1 new journals" in done.stdout, done.stderr
    assert seen == [KEY]                      # the key went where it is needed, once
    # A metric import from the API backs the library up first, as a file import does.
    assert list((db.parent / "backups").glob("*before-journal-import.sqlite"))
    for args in (["export", "--format", "bibtex", "-o", str(tmp_path / "out.bib")],
                 ["export", "--format", "csl-json", "-o", str(tmp_path / "out.json")],
                 ["export", "--format", "ris", "-o", str(tmp_path / "out.ris")],
                 ["bib", "--style", "gost-r-7.0.100", "-o", str(tmp_path / "list.html")],
                 ["bib", "--style", "apa", "-o", str(tmp_path / "list.docx")],
                 ["journal", "show", "0308-8146", "--json"], ["db", "backup"], ["db", "check"],
                 ["list", "--json"]):
        assert main(*args).returncode == 0, args
    # A wrong key: the server's error quotes it; the message the user sees does not.
    main("journal", "scopus-key", "set", stdin=WRONG + "\n")
    done = main("journal", "fetch", "0308-8146")
    assert done.returncode == 1 and "refused the API key (401)" in done.stderr
    assert seen[-1] == WRONG
    files = _everything_under(db.parent, tmp_path / "out.bib", tmp_path / "out.json",
                              tmp_path / "out.ris", tmp_path / "list.html",
                              tmp_path / "list.docx", config)
    assert any(p.name.endswith(".sqlite") for p in files) and len(files) >= 8
    for secret in (KEY, WRONG):
        for path in files:
            if path == key_file:
                continue
            assert secret.encode() not in path.read_bytes(), f"{secret} found in {path}"
        assert not [o for o in outputs if secret in o], f"{secret} printed"
    assert WRONG in key_file.read_text(encoding="utf-8")   # where it belongs, and only there


def test_a_key_file_that_existed_readable_is_narrowed_before_the_key_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    from core.journals import apikey

    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        path = apikey.fallback_path(tmp_path)
        path.write_text("old", encoding="utf-8")
        os.chmod(path, 0o644)
        modes: list[int] = []
        real_fdopen = os.fdopen

        def spy(fd: int, *args: object, **kw: object):  # type: ignore[no-untyped-def]
            modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
            return real_fdopen(fd, *args, **kw)  # type: ignore[call-overload]

        monkeypatch.setattr(apikey.os, "fdopen", spy)
        apikey.set_api_key(KEY, tmp_path)
        assert modes == [0o600] and stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        keyring.set_keyring(saved)
