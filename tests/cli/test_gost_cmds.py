"""`footnotes`, `references` and `gost-check` commands (issue #5 command line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.app import run
from core.model import Reference

ROOT = Path(__file__).resolve().parents[2]
ITEMS = json.loads((ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))


@pytest.fixture
def cite_file(tmp_path: Path) -> Path:
    path = tmp_path / "cites.json"
    path.write_text(json.dumps({"items": ITEMS, "citations": [
        {"id": "ivanov", "locator": "45", "label": "page"},
        {"id": "ivanov", "locator": "47", "label": "page"},
        {"id": "khamzin", "locator": "15"},
        {"id": "ivanov", "locator": "50"},
    ]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_footnotes(cite_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["footnotes", "--style", "gost-r-7.0.5", str(cite_file)]) == 0
    lines = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("1. Иванов И. П. Миграционное право : монография")
    assert lines[1] == "2. Там же. С. 47."
    assert lines[3] == "4. Иванов И. П. Миграционное право. С. 50."


def test_footnotes_in_text(cite_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["footnotes", str(cite_file), "--in-text"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ").split("\n\n")
    assert out[0].splitlines() == ["[1, с. 45]", "[1, с. 47]", "[2, p. 15]", "[1, с. 50]"]
    listing = out[1].splitlines()
    assert listing[0].startswith("1. Иванов И. П.") and listing[1].startswith("2. Perspectives")


def test_footnotes_with_a_gost_list_style_and_setting(cite_file: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["footnotes", "--style", "gost-r-7.0.100", str(cite_file)]) == 0
    first = capsys.readouterr().out.replace("\u00a0", " ").splitlines()[0]
    assert first.startswith("1. Иванов, И. П.") and "Текст : непосредственный" in first
    assert run(["footnotes", "--style", "gost-r-7.0.100", "--set", "content_type=false",
                str(cite_file)]) == 0
    assert "Текст" not in capsys.readouterr().out.replace("\u00a0", " ")


def test_footnotes_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"items": [], "citations": [{"id": "x"}]}', encoding="utf-8")
    assert run(["footnotes", str(bad)]) == 1
    assert "citation 1 cites `x`" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{oops", encoding="utf-8")
    assert run(["footnotes", str(broken)]) == 1
    assert "broken.json" in capsys.readouterr().err
    assert run(["footnotes", "--style", "apa", str(bad)]) == 1
    assert "not a GOST style" in capsys.readouterr().err


def test_references_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = tmp_path / "items.json"
    items.write_text(json.dumps([i for i in ITEMS if i["id"] in ("ivanov", "musa")],
                                ensure_ascii=False), encoding="utf-8")
    assert run(["references", str(items), "--translit", "bsi",
                "--translit-kk", "kazakh-latin-2021"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    assert out[0].startswith("Ivanov, I. P. (2020). Migratsionnoe pravo") and \
        out[0].endswith("[in Russian]")
    assert out[1].startswith("Musabekova, N. M., & Talipova, J. J.") and \
        out[1].endswith("[in Kazakh]")
    docx = tmp_path / "refs.docx"
    assert run(["references", str(items), "--translit", "lc", "-o", str(docx)]) == 0
    assert docx.stat().st_size > 0


def test_gost_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    by_id = {i["id"]: i for i in ITEMS}
    one = [by_id["ivanov"], by_id["migr"]]
    two = json.loads(json.dumps(one))
    two[0]["publisher"] = "Жеті Жарғы баспасы"
    del two[1]["gazette-title"]
    (tmp_path / "ch1.json").write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ch2.json").write_text(json.dumps(two, ensure_ascii=False), encoding="utf-8")
    code = run(["gost-check", "--chapter", f"Глава 1={tmp_path / 'ch1.json'}",
                "--chapter", f"Глава 2={tmp_path / 'ch2.json'}"])
    out = capsys.readouterr().out.replace("\u00a0", " ")
    assert code == 1
    assert "inconsistent: the same source is formatted 2 different ways" in out
    assert "missing: missing official publication" in out and "[Глава 2]" in out
    assert run(["gost-check", "--chapter", f"Глава 1={tmp_path / 'ch1.json'}"]) == 0


def test_footnotes_start_without_qt_or_sqlalchemy(cite_file: Path) -> None:
    code = ("import sys; from cli.app import run; rc = run(['footnotes', sys.argv[1]]); "
            "bad = [m for m in ('sqlalchemy', 'PySide6', 'db') if m in sys.modules]; "
            "print(bad); sys.exit(rc or bool(bad))")
    done = subprocess.run([sys.executable, "-c", code, str(cite_file)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("[]")


def _fill(db: Path) -> None:
    from db.library import Library

    lib = Library.open(db)
    try:
        lib.add_many([Reference.from_csl(i) for i in ITEMS])
    finally:
        lib.close()


def test_cite_with_gost_styles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.json"
    by_id = {i["id"]: i for i in ITEMS}
    path.write_text(json.dumps([by_id["migr"], by_id["ivanov"]], ensure_ascii=False),
                    encoding="utf-8")
    assert run(["cite", "--style", "gost-7.1", str(path)]) == 0
    lines = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    assert lines[0].endswith("// Ведомости Парламента Республики Казахстан. – 2011. – № 16. – "
                             "Ст. 128.")
    assert lines[1].startswith("Иванов, И. П. Миграционное право : монография / И. П. Иванов ; "
                               "под ред. А. В. Петрова")
    assert run(["cite", "--style", "gost-r-7.0.100", str(path)]) == 0
    assert "Текст : непосредственный" in capsys.readouterr().out.replace("\u00a0", " ")


def test_bib_gost_sections_and_references_list(library_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _fill(library_path)
    db = ["--db", str(library_path)]
    out = tmp_path / "list.txt"
    assert run([*db, "bib", "--style", "gost-r-7.0.100", "--set", "sections=true",
                "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").replace("\u00a0", " ").splitlines()
    assert lines[0] == "Нормативные правовые акты"
    assert lines[1].startswith("1. Конституция Республики Казахстан")
    assert "Электронные ресурсы" in lines and len([x for x in lines if x[:1].isdigit()]) == 40
    refs_out = tmp_path / "references.txt"
    assert run([*db, "bib", "--style", "apa", "--references-list", "--translit", "bsi",
                "--translit-kk", "kazakh-latin-2021", "-o", str(refs_out)]) == 0
    text = refs_out.read_text(encoding="utf-8")
    assert not any("\u0400" <= ch <= "\u04ff" for ch in text)
    assert "Ivanov, I. P. (2020). Migratsionnoe pravo" in text and "[in Kazakh]" in text
    capsys.readouterr()
    assert run([*db, "bib", "--style", "apa", "--references-list", "-o", str(refs_out)]) == 1
    assert "--translit" in capsys.readouterr().err
