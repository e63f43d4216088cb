"""`duplicates`, `duplicates diff|merge|not` as scripts use them: the pairs with ids, score and
reasons (text and JSON), field choices, exit codes 0 / 1 / 2, nothing changed on an error."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from core.translit import transliterate
from main import main

TITLE = "Правовое регулирование трудовой миграции в Республике Казахстан"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def db(library_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Path:
    items = [
        {"type": "article-journal", "title": TITLE, "author": [{"family": "Хамзин"}],
         "issued": {"date-parts": [[2020]]}, "keyword": "миграция"},
        {"type": "article-journal", "title": transliterate(TITLE, "bsi"),
         "author": [{"family": "Khamzin"}], "issued": {"date-parts": [[2020]]},
         "DOI": "10.33182/ml.v17i5.1060", "volume": "17"},
        {"type": "book", "title": "Миграционное право", "ISBN": "0-521-44180-3"},
        {"type": "book", "title": "МИГРАЦИОННОЕ ПРАВО.", "ISBN": "978-0-521-44180-3"},
        {"type": "book", "title": "Совсем другая книга"},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(items, ensure_ascii=False)))
    assert run(library_path, "add-manual") == 0
    capsys.readouterr()
    return library_path


def test_list_pairs_as_text_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "duplicates") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["1", "2", "1.00"]
    assert "same title (transliterated) + same year + same first author" in out[0]
    assert out[1].strip().startswith("1: Хамзин") and out[2].strip().startswith("2: Khamzin")
    assert out[3].split()[:3] == ["3", "4", "0.95"] and "same ISBN" in out[3]
    assert run(db, "duplicates", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["a"], d["b"]) for d in data] == [(1, 2), (3, 4)]
    assert data[1] == {"a": 3, "b": 4, "score": 0.95,
                       "reasons": ["same ISBN", "same title + year missing + first author missing"],
                       "a_title": "Миграционное право", "b_title": "МИГРАЦИОННОЕ ПРАВО."}
    assert run(db, "duplicates", "--json", "--min-score", "0.99") == 0
    assert [(d["a"], d["b"]) for d in json.loads(capsys.readouterr().out)] == [(1, 2)]


def test_diff_then_merge_with_choices(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "duplicates", "diff", "1", "2", "--json") == 0
    diff = {d["field"]: d for d in json.loads(capsys.readouterr().out)}
    assert diff["DOI"] == {"field": "DOI", "keep": None, "other": "10.33182/ml.v17i5.1060",
                           "default": "other"}
    assert run(db, "duplicates", "diff", "1", "2") == 0
    text = capsys.readouterr().out
    assert "title" in text and "[keep]" in text and "Pravovoe" in text
    assert run(db, "duplicates", "merge", "1", "2", "--take", "title=other",
               "--take", "creators=other") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("merged 2 into 1; fields: ")
    assert "DOI" in out[0] and "title" in out[0] and out[0].endswith("2 moved to the trash")
    assert out[1].startswith("backup: ") and "before-merge" in out[1]
    assert run(db, "show", "1", "--json") == 0
    item = json.loads(capsys.readouterr().out)[0]
    assert item["title"] == transliterate(TITLE, "bsi") and item["author"] == [
        {"family": "Khamzin"}]
    assert item["DOI"] == "10.33182/ml.v17i5.1060" and item["keyword"] == "миграция"
    assert run(db, "list", "--trash") == 0
    assert capsys.readouterr().out.split()[0] == "2"
    assert run(db, "duplicates", "--json") == 0
    assert [(d["a"], d["b"]) for d in json.loads(capsys.readouterr().out)] == [(3, 4)]


def test_merge_json_summary(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "duplicates", "merge", "3", "4", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["kept"] == 3 and summary["removed"] == 4 and summary["fields"] == []
    assert summary["backup"].endswith(".sqlite")


def test_not_a_duplicate_is_remembered(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "duplicates", "not", "4", "3") == 0
    assert capsys.readouterr().out.strip() == "4 and 3: marked as not duplicates"
    assert run(db, "duplicates", "not", "3", "4") == 0
    assert "already marked" in capsys.readouterr().out
    assert run(db, "duplicates", "--json") == 0
    assert [(d["a"], d["b"]) for d in json.loads(capsys.readouterr().out)] == [(1, 2)]
    assert run(db, "duplicates", "not", "3", "4", "--undo") == 0
    assert capsys.readouterr().out.strip() == "3 and 4: mark removed"
    assert run(db, "duplicates", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.parametrize("args, message", [
    (["merge", "1", "2", "--take", "nonsense=other"], "neither record has this field"),
    (["merge", "1", "2", "--take", "title"], "expected FIELD=keep|other|union"),
    (["merge", "1", "2", "--take", "title=mine"], "choose one of keep, other, union"),
    (["merge", "1", "99"], "no reference with id 99"),
    (["merge", "1", "1"], "cannot merge a reference with itself"),
    (["not", "2", "2"], "not a duplicate of itself"),
])
def test_user_errors_exit_1_and_change_nothing(db: Path, capsys: pytest.CaptureFixture[str],
                                               args: list[str], message: str) -> None:
    assert run(db, "list", "--json") == 0
    before = capsys.readouterr().out
    assert run(db, "duplicates", *args) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert run(db, "list", "--json") == 0
    assert capsys.readouterr().out == before


def test_usage_errors_exit_2(db: Path) -> None:
    with pytest.raises(SystemExit) as info:
        run(db, "duplicates", "merge", "1")
    assert info.value.code == 2


def test_an_empty_library_has_no_candidates(library_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library_path, "duplicates") == 0
    assert capsys.readouterr().out.strip() == "no duplicate candidates"
