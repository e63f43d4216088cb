"""The command line as scripts use it: CSL-JSON out, exit codes, UTF-8 whatever the console."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

REPO = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--db", str(db), *args])


def test_add_manual_with_options_then_list_show_search_json(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library_path, "add-manual", "--type", "legislation",
               "--title", "О миграции населения", "--number", "477-IV",
               "--adopted", "22.07.2011", "--authority", "Парламент Республики Казахстан",
               "--gazette", "Ведомости Парламента Республики Казахстан",
               "--gazette-year", "2011", "--gazette-number", "16", "--gazette-article", "128",
               "--language", "Russian") == 0
    assert run(library_path, "add-manual", "--title", "Қазақстанға заңсыз көшіп келу",
               "--author", "Мусабекова, Н. М.", "--issued", "2023", "--language", "kk-KZ") == 0
    capsys.readouterr()
    assert run(library_path, "list", "--json") == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == ["1", "2"]
    law = items[0]
    assert law["type"] == "legislation" and law["number"] == "477-IV"
    assert law["adopted"] == {"date-parts": [[2011, 7, 22]]} and law["language"] == "ru"
    assert items[1]["author"] == [{"family": "Мусабекова", "given": "Н. М."}]
    assert items[1]["language"] == "kk"
    assert run(library_path, "search", "қазақ", "--json") == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["2"]
    assert run(library_path, "show", "1", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == "О миграции населения"
    assert run(library_path, "list", "--limit", "1", "--sort", "title") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "Қазақстанға" in out[0]
    assert run(library_path, "show", "1") == 0   # a law: its issuing body where authors go
    assert capsys.readouterr().out.splitlines()[0] == (
        "     1  2011  Парламент Республики Казахстан — О миграции населения [legislation]")


def test_add_manual_reads_csl_json_on_stdin(library_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    items = [{"id": "khamzin2023", "type": "article-journal", "title": "Perspectives",
              "DOI": "https://doi.org/10.47059/ml.v20i5.2891", "custom": "kept"},
             {"type": "book", "title": "Миграционное право"}]
    assert run(library_path, "add-manual", "--json", stdin=json.dumps(items),
               monkeypatch=monkeypatch) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["citation-key"] == "khamzin2023" and out[0]["DOI"] == "10.47059/ml.v20i5.2891"
    assert out[0]["custom"] == "kept" and out[0]["id"] == "1"


@pytest.mark.parametrize("stdin, message", [
    ("", "nothing on stdin"), ("{not json", "not JSON"),
    ('{"type": "book", "DOI": "nonsense"}', "item 1: DOI"),
    ("[]", "no items"),
])
def test_add_manual_bad_input_exits_1_and_writes_nothing(
        library_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], stdin: str, message: str) -> None:
    assert run(library_path, "add-manual", stdin=stdin, monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert run(library_path, "list") == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("args, code", [
    (["show", "42"], 1), (["delete", "42"], 1), (["restore", "42"], 1),
    (["add-manual", "--doi", "not-a-doi", "--title", "x"], 1),
    (["add-manual", "--issued", "someday", "--title", "x"], 1),
    (["collection", "put", "Нет такой", "1"], 1),
    (["bogus"], 2), (["show"], 2), (["show", "abc"], 2),
])
def test_exit_codes(library_path: Path, args: list[str], code: int,
                    capsys: pytest.CaptureFixture[str]) -> None:
    if code == 2:
        with pytest.raises(SystemExit) as exc:
            run(library_path, *args)
        assert exc.value.code == 2
    else:
        assert run(library_path, *args) == code
        assert capsys.readouterr().err.startswith("error:")


def test_delete_restore_trash_collection_tag_db(library_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    run(library_path, "add-manual", "--title", "Первая")
    run(library_path, "add-manual", "--title", "Вторая")
    assert run(library_path, "delete", "1") == 0
    capsys.readouterr()
    run(library_path, "list", "--json")
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["2"]
    run(library_path, "restore", "1")
    run(library_path, "collection", "add", "Монография")
    run(library_path, "collection", "add", "Глава 1", "--parent", "Монография")
    assert run(library_path, "collection", "put", "Монография/Глава 1", "1", "2") == 0
    run(library_path, "tag", "add", "Грант", "2")
    capsys.readouterr()
    run(library_path, "list", "--collection", "Монография/Глава 1", "--json")
    assert len(json.loads(capsys.readouterr().out)) == 2
    run(library_path, "list", "--tag", "грант", "--json")
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["2"]
    assert run(library_path, "db", "check") == 0
    assert run(library_path, "db", "backup") == 0
    assert "backup written" in capsys.readouterr().out
    assert list((library_path.parent / "backups").glob("*.sqlite"))


def test_output_is_utf8_on_a_cp1251_console(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "cp1251", "SILTEME_DB": str(db)}
    subprocess.run([sys.executable, "main.py", "add-manual", "--title", "Әділет және құқық"],
                   cwd=REPO, env=env, check=True, capture_output=True)
    done = subprocess.run([sys.executable, "main.py", "list"], cwd=REPO, env=env,
                          capture_output=True, check=True)
    assert "Әділет және құқық" in done.stdout.decode("utf-8")


def test_every_subcommand_has_help() -> None:
    from cli.app import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():  # type: ignore[attr-defined]
        assert p.format_help().strip(), name


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_csl_json_on_stdin_is_read_as_utf8_whatever_the_console(tmp_path: Path,
                                                                bom: bytes) -> None:
    # A Windows console (cp1251) must not turn the UTF-8 JSON piped in into mojibake, and a
    # byte-order mark (PowerShell writes one) is not a JSON error.
    db = tmp_path / "lib.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "cp1251", "LANG": "C", "SILTEME_DB": str(db)}
    item = {"type": "book", "title": "Қазақстандағы көші-қон", "author": [{"literal": "ООН"}]}
    done = subprocess.run([sys.executable, "main.py", "add-manual"], cwd=REPO, env=env,
                          input=bom + json.dumps(item, ensure_ascii=False).encode("utf-8"),
                          capture_output=True)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    listed = subprocess.run([sys.executable, "main.py", "list", "--json"], cwd=REPO, env=env,
                            capture_output=True, check=True)
    stored = json.loads(listed.stdout.decode("utf-8"))[0]
    assert stored["title"] == "Қазақстандағы көші-қон"
    assert stored["author"] == [{"literal": "ООН"}]


def test_stdin_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    env = {**os.environ, "SILTEME_DB": str(db)}
    done = subprocess.run([sys.executable, "main.py", "add-manual"], cwd=REPO, env=env,
                          input='{"title": "Право"}'.encode("cp1251"), capture_output=True)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert "not UTF-8" in err and len(err.strip().splitlines()) == 1


def test_delete_and_restore_say_what_they_did(library_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    run(library_path, "add-manual", "--title", "Первая")
    run(library_path, "add-manual", "--title", "Вторая")
    capsys.readouterr()
    assert run(library_path, "restore", "1") == 0
    assert capsys.readouterr().out == "not in the trash: 1\n"
    assert run(library_path, "delete", "1") == 0
    assert run(library_path, "delete", "1", "2") == 0
    assert capsys.readouterr().out == "moved to trash: 1\nmoved to trash: 2\nalready in the trash: 1\n"
    assert run(library_path, "restore", "1", "2") == 0
    assert capsys.readouterr().out == "restored: 1, 2\n"
