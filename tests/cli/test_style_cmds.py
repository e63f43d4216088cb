"""The citation commands: cite (CSL-JSON file, no Qt, no SQLAlchemy), bib, cite-in-text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

REPO = Path(__file__).resolve().parents[1].parent
DATA = REPO / "tests" / "core" / "styles" / "data" / "apa_items.json"
CSL_DIR = REPO / ".." / "shared" / "csl"


def test_cite_prints_one_entry_per_item_in_input_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--style", "apa", str(DATA)]) == 0
    lines = capsys.readouterr().out.splitlines()
    items = json.loads(DATA.read_text(encoding="utf-8"))
    assert len(lines) == len(items)
    assert lines[0].startswith("Әбілқасымова, Ә. С., Құдайбергенова, Ү. Е., & Khamzin, A. Sh.")
    assert lines[-1].startswith("Treaty on the Eurasian Economic Union")
    assert not any(line[:1].isdigit() for line in lines)  # no numbering


def test_cite_letters_apply_across_the_file(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    items = [{"id": k, "type": "book", "title": t, "author": [{"family": "Doe", "given": "J"}],
              "issued": {"date-parts": [[2023]]}} for k, t in (("b", "Beta"), ("a", "Alpha"))]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    assert main(["cite", "--style", "apa", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Doe, J. (2023b). Beta.", "Doe, J. (2023a). Alpha."]


@pytest.mark.parametrize(("fmt", "needle"), [
    ("html", "<i>Journal of Legal Studies</i>"),
    ("rtf", "{\\i Journal of Legal Studies}"),
])
def test_cite_formats(fmt: str, needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--style", "apa", "--format", fmt, str(DATA)]) == 0
    assert needle in capsys.readouterr().out.splitlines()[0]


def test_cite_with_a_csl_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--style", str(CSL_DIR / "apa.csl"), str(DATA)]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("Smith, J., & Lee, K. (2023).")


@pytest.mark.parametrize(("content", "message"), [
    ('[{"type": "book",', "line 1: not valid JSON"),
    ('{"type": "book"}', "expected a JSON array"),
    ('[{"type": "book", "author": 5}]', "item 1"),
])
def test_cite_bad_input_is_a_clear_error(tmp_path: Path, content: str, message: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["cite", "--style", "apa", str(path)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and message in err


def test_cite_unknown_style(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--style", "chicago", str(DATA)]) == 1
    assert "unknown style 'chicago'" in capsys.readouterr().err


def test_cite_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    rc = main(['cite', '--style', 'apa', {str(DATA)!r}])\n"
        "assert rc == 0 and out.getvalue().count('\\n') > 10, out.getvalue()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'db', 'gui', 'docx'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _fill_library(db: Path) -> None:
    items = json.loads(DATA.read_text(encoding="utf-8"))
    from core.model import Reference
    from db.library import Library

    lib = Library.open(db)
    try:
        lib.add_many([Reference.from_csl(i) for i in items])
    finally:
        lib.close()


@pytest.mark.parametrize("suffix", [".docx", ".html", ".rtf", ".txt"])
def test_bib_writes_every_format(library_path: Path, tmp_path: Path, suffix: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _fill_library(library_path)
    out = tmp_path / f"refs{suffix}"
    assert main(["--db", str(library_path), "bib", "--style", "apa", "-o", str(out)]) == 0
    assert "23 references written" in capsys.readouterr().out
    if suffix == ".docx":
        from docx import Document

        texts = [p.text for p in Document(str(out)).paragraphs]
        assert any(t.startswith("Әбілқасымова, Ә. С.") for t in texts)
    elif suffix == ".txt":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("Adilet legal database. (n.d.).")  # APA order
        assert lines[1].startswith("Brown, A. (2019).")
    else:
        assert out.stat().st_size > 1000


def test_bib_collection_tag_and_numbering(library_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _fill_library(library_path)
    db = ["--db", str(library_path)]
    assert main([*db, "collection", "add", "Глава 1"]) == 0
    assert main([*db, "collection", "put", "Глава 1", "1", "3"]) == 0
    assert main([*db, "tag", "add", "Грант", "2"]) == 0
    out = tmp_path / "refs.txt"
    assert main([*db, "bib", "--style", "apa", "--collection", "Глава 1", "--numbered",
                 "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[0].startswith("1. Әбілқасымова") and \
        lines[1].startswith("2. Жакупова")
    assert main([*db, "bib", "--style", "apa", "--tag", "грант", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("Smith, J., & Lee, K.")
    capsys.readouterr()
    assert main([*db, "bib", "--style", "apa", "--tag", "нет", "-o", str(out)]) == 1
    assert "no tag" in capsys.readouterr().err


def test_cite_in_text(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill_library(library_path)
    db = ["--db", str(library_path)]
    capsys.readouterr()
    assert main([*db, "cite-in-text", "--style", "apa", "2", "1", "--page", "12"]) == 0
    assert capsys.readouterr().out.strip() == \
        "(Smith & Lee, 2023; Әбілқасымова et al., 2023, p. 12)"
    assert main([*db, "cite-in-text", "--style", "apa", "--narrative", "2"]) == 0
    assert capsys.readouterr().out.strip() == "Smith and Lee (2023)"
    assert main([*db, "cite-in-text", "--style", "apa", "999"]) == 1
    assert "999" in capsys.readouterr().err
