"""`add DOI`, `add --refresh`, `add --pending`, `find-doi`, `add-isbn`, `journal` against the local
replay server: one line per DOI, no request for a DOI already fetched, nothing half-written."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from main import main
from tests.support.crossref_server import CrossrefServer, unused_port_url

SREP = "10.1038/srep16696"
PLOS = "10.1371/journal.pone.0033693"
CYRILLIC = "10.7868/s0040357115030100"
# The recorded PLOS ONE work carries a real correction notice (`updated-by`).
PLOS_CORRECTED = ("WARNING: correction (notice 10.1371/annotation/c76da2c1-ccb8-4797-94c1-"
                  "359d3ceceeda, 2012-05-08)")


@pytest.fixture
def env(crossref_server: CrossrefServer, monkeypatch: pytest.MonkeyPatch) -> CrossrefServer:
    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SILTEME_MAILTO", "team@example.kz")
    return crossref_server


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_add_then_second_add_makes_no_request(env, library_path, capsys) -> None:
    assert run(library_path, "add", SREP, f"https://doi.org/{CYRILLIC}") == 0
    assert lines(capsys) == [f"{SREP}: added (id 1, Crossref)",
                             f"{CYRILLIC}: added (id 2, Crossref)"]
    hits = len(env.state.hits)
    assert run(library_path, "add", SREP) == 0
    assert lines(capsys) == [f"{SREP}: already in library (id 1)"]
    assert len(env.state.hits) == hits  # no request at all
    assert run(library_path, "show", "2", "--json") == 0
    item = json.loads(capsys.readouterr().out)[0]
    assert item["title"].startswith("Математическое моделирование") and item["language"] == "ru"
    assert item["author"][0] == {"family": "Паршин", "given": "Д. А."}


def test_deleted_then_added_again_comes_from_cache(env, library_path, capsys) -> None:
    assert run(library_path, "add", SREP) == 0
    assert run(library_path, "delete", "1") == 0
    hits = len(env.state.hits)
    capsys.readouterr()
    assert run(library_path, "add", SREP) == 0
    assert lines(capsys)[0].startswith(f"{SREP}: added (id 2, cached ")
    assert len(env.state.hits) == hits


def test_one_line_per_doi_with_failures(env, library_path, capsys) -> None:
    env.state.add_fault(PLOS, "500", "500", "500", "500")
    code = run(library_path, "add", SREP, "10.1371/notarealdoi", PLOS, "nonsense")
    out = lines(capsys)
    assert out == ["nonsense: failed (not a DOI)", f"{SREP}: added (id 1, Crossref)",
                   "10.1371/notarealdoi: not found",
                   f"{PLOS}: failed (server error HTTP 500)"]
    assert code == 1
    assert run(library_path, "list") == 0
    assert len(lines(capsys)) == 1  # only the work that was fetched


def test_dois_from_file_and_stdin(env, library_path, capsys, tmp_path, monkeypatch) -> None:
    text = tmp_path / "refs.txt"
    text.write_text(f"1. Tosatto L. et al. Sci Rep 5, 16696 (2015). doi:{SREP}.\n"
                    f"2. Паршин Д. А. // ТОХТ. 2015. https://doi.org/{CYRILLIC}\n",
                    encoding="utf-8")
    assert run(library_path, "add", "--file", str(text)) == 0
    assert [line.split(":")[0] for line in lines(capsys)] == [SREP, CYRILLIC]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"see {PLOS}, and {SREP}"))
    assert run(library_path, "add", "--file", "-") == 0
    assert lines(capsys) == [f"{PLOS}: added (id 3, Crossref) — {PLOS_CORRECTED}",
                             f"{SREP}: already in library (id 1)"]


def test_offline_queues_then_pending_fetches(env, library_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SILTEME_CROSSREF_URL", unused_port_url())
    assert run(library_path, "add", SREP, PLOS) == 0
    assert lines(capsys) == [f"{SREP}: queued (offline)", f"{PLOS}: queued (offline)"]
    monkeypatch.setenv("SILTEME_CROSSREF_URL", env.url)
    assert run(library_path, "add", "--pending") == 0
    assert lines(capsys) == [f"{SREP}: added (id 1, Crossref)",
                             f"{PLOS}: added (id 2, Crossref) — {PLOS_CORRECTED}"]
    assert run(library_path, "add", "--pending") == 0
    assert lines(capsys) == ["no pending DOIs"]


def test_refresh_shows_diff_and_keeps_user_edits(env, library_path, capsys) -> None:
    from db.library import Library

    assert run(library_path, "add", SREP) == 0
    with Library.open(library_path) as lib:
        ref = lib.get(1)
        ref.volume = "55"                  # the user's edit
        lib.update(ref)
    # upstream changes the title
    from tests.support.paths import CROSSREF_FIXTURES

    work = json.loads((CROSSREF_FIXTURES / "works_10.1038_srep16696.json").read_text())["message"]
    work["title"] = ["A corrected title"]
    env.state.synthetic[SREP] = work
    capsys.readouterr()
    assert run(library_path, "add", "--refresh", SREP) == 0
    out = lines(capsys)
    assert any("title:" in line and "A corrected title" in line for line in out)
    assert any("volume: '55' -> '5'  (edited by you)" in line and "kept" in line for line in out)
    assert out[-1] == f"{SREP}: refreshed (id 1, 1 field(s) updated, 1 edited field(s) kept, " \
                      "Crossref)"
    with Library.open(library_path) as lib:
        ref = lib.get(1)
        assert ref.title == "A corrected title" and ref.volume == "55"
    assert run(library_path, "add", "--refresh", "--yes", SREP) == 0
    with Library.open(library_path) as lib:
        assert lib.get(1).volume == "5"
    capsys.readouterr()
    assert run(library_path, "add", "--refresh", SREP) == 0
    assert lines(capsys) == [f"{SREP}: up to date (id 1, Crossref)"]


def test_store_failure_leaves_nothing_half_written(env, library_path, capsys,
                                                   monkeypatch) -> None:
    import db.crossref_cache as cache
    from db.library import Library

    def broken_put(*args, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(cache, "put", broken_put)
    with pytest.raises(RuntimeError):
        run(library_path, "add", SREP)
    with Library.open(library_path) as lib:
        assert lib.count() == 0 and lib.find_by_doi(SREP) is None


def test_find_doi_offers_candidates(env, library_path, capsys) -> None:
    assert run(library_path, "add-manual", "--title", "Communicating Ecology") == 0
    capsys.readouterr()
    assert run(library_path, "find-doi", "1") == 0
    out = lines(capsys)
    assert len(out) == 3 and out[-1].startswith("nothing attached")
    assert float(out[0].split()[0]) >= float(out[1].split()[0])
    assert run(library_path, "show", "1", "--json") == 0
    assert "DOI" not in json.loads(capsys.readouterr().out)[0]


def test_add_isbn_open_library_then_no_request(env, library_path, capsys) -> None:
    env.state.books["9786010000001"] = {
        "title": "Гражданское право", "authors": [{"name": "Сулейменов М. К."}],
        "publishers": [{"name": "Жеті жарғы"}], "publish_date": "2016",
        "identifiers": {"isbn_13": ["9786010000001"]}}
    assert run(library_path, "add-isbn", "978-601-00-0000-1") == 0
    assert lines(capsys) == ["978-601-00-0000-1: added (id 1, Open Library)"]
    hits = len(env.state.hits)
    assert run(library_path, "add-isbn", "9786010000001") == 0
    assert lines(capsys) == ["978-601-00-0000-1: already in library (id 1)"]
    assert len(env.state.hits) == hits


def test_journal_lookup(env, library_path, capsys) -> None:
    assert run(library_path, "crossref-journal", "1803-2427", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Journal of Landscape Ecology"


def test_no_doi_is_a_user_error(env, library_path, capsys) -> None:
    assert run(library_path, "add") == 1
    assert "no DOI given" in capsys.readouterr().err


def test_pending_failures_count_attempts_and_not_found_leaves_queue(
        env, library_path, capsys, monkeypatch) -> None:
    from db import crossref_cache
    from db.library import Library
    from db.schema import PendingDoiRow

    monkeypatch.setenv("SILTEME_CROSSREF_URL", unused_port_url())
    assert run(library_path, "add", SREP, "10.1371/notarealdoi") == 0
    monkeypatch.setenv("SILTEME_CROSSREF_URL", env.url)
    env.state.add_fault(SREP, "malformed")
    capsys.readouterr()
    assert run(library_path, "add", "--pending") == 1
    assert lines(capsys) == [f"{SREP}: failed (bad response HTTP 200: not JSON: "
                             '{"status":"ok","message-type":"work","message":{"DOI":)',
                             "10.1371/notarealdoi: not found"]
    with Library.open(library_path) as lib, lib.read() as s:
        assert crossref_cache.pending(s) == [SREP]
        row = s.get(PendingDoiRow, SREP)
        assert row.attempts == 1 and row.last_error.startswith("bad response")


def test_refresh_while_offline_is_a_failure_not_a_queue_entry(env, library_path, capsys,
                                                              monkeypatch) -> None:
    from db import crossref_cache
    from db.library import Library

    assert run(library_path, "add", SREP) == 0
    monkeypatch.setenv("SILTEME_CROSSREF_URL", unused_port_url())
    capsys.readouterr()
    assert run(library_path, "add", "--refresh", SREP) == 1
    assert lines(capsys)[0].startswith(f"{SREP}: failed (offline")
    with Library.open(library_path) as lib, lib.read() as s:
        assert crossref_cache.pending(s) == []


def test_retracted_and_corrected_works_are_flagged_wherever_they_appear(env, library_path,
                                                                        capsys) -> None:
    base = json.loads((Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" /
                       "crossref" / "items" / "item_10.7868_s0040357115030100.json")
                      .read_text(encoding="utf-8"))
    env.state.synthetic["10.9999/retracted.1"] = dict(
        base, DOI="10.9999/retracted.1", title=["Отозванная статья"],
        **{"updated-by": [{"type": "retraction", "DOI": "10.9999/notice.1",
                           "updated": {"date-parts": [[2021, 5, 1]]}}]})
    env.state.synthetic["10.9999/corrected.1"] = dict(
        base, DOI="10.9999/corrected.1", title=["Исправленная статья"],
        **{"updated-by": [{"type": "correction", "DOI": "10.9999/notice.2",
                           "updated": {"date-parts": [[2022, 1, 10]]}}]})
    assert run(library_path, "add", "10.9999/retracted.1", "10.9999/corrected.1") == 0
    assert lines(capsys) == [
        "10.9999/retracted.1: added (id 1, Crossref) — WARNING: retracted (notice "
        "10.9999/notice.1, 2021-05-01)",
        "10.9999/corrected.1: added (id 2, Crossref) — WARNING: correction (notice "
        "10.9999/notice.2, 2022-01-10)"]
    assert run(library_path, "add", "10.9999/corrected.1") == 0
    assert lines(capsys) == ["10.9999/corrected.1: already in library (id 2) — WARNING: "
                             "correction (notice 10.9999/notice.2, 2022-01-10)"]
    for command in (["list"], ["search", "статья"]):
        assert run(library_path, *command) == 0
        out = sorted(lines(capsys))   # search lists the newest first
        assert out[0].endswith("[RETRACTED]") and out[1].endswith("[CORRECTION]")
    assert run(library_path, "show", "2") == 0
    assert "WARNING: updated by correction: 10.9999/notice.2" in capsys.readouterr().out


def test_journal_lookup_with_a_mistyped_issn_is_a_user_error(env, library_path, capsys) -> None:
    hits = len(env.state.hits)
    assert run(library_path, "crossref-journal", "1803-2428") == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: ISSN: '1803-2428': check digit")
    assert len(env.state.hits) == hits   # nothing was asked of Crossref
