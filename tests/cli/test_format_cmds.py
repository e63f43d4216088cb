"""`import` and `export` as a user runs them: summaries with line numbers, exit codes, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli import format_cmds
from main import main
from tests.support.paths import SHARED_FIXTURES


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_import_summary_and_exit_codes(library_path: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.bib"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code = run(library_path, "import", str(SHARED_FIXTURES / "bibtex" / "rbibtex_unbalanced_braces.bib"),
               str(bad), str(SHARED_FIXTURES / "ris" / "scopus_asreview_10_refs.ris"),
               "--collection", "Импорт")
    out, err = capsys.readouterr()
    assert code == 1  # one file could not be read; the others were imported
    assert "rbibtex_unbalanced_braces.bib (bibtex): 1 added, 0 merged as duplicate, 1 skipped" \
        in out
    assert "rbibtex_unbalanced_braces.bib, line 9, entry murdoch:2010: the entry is not closed: " \
           "missing closing brace" in out
    assert "broken.bib: not imported (nothing was changed)" in out
    assert "a PNG image" in err
    assert "scopus_asreview_10_refs.ris (ris): 10 added" in out
    assert run(library_path, "list", "--collection", "Импорт", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 11


def test_skipped_entries_still_exit_zero_and_duplicates_are_reported(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ris = SHARED_FIXTURES / "ris" / "scopus_asreview_10_refs.ris"
    csv = SHARED_FIXTURES / "scopus" / "scopus_asreview_10_refs.csv"
    assert run(library_path, "import", str(ris)) == 0
    capsys.readouterr()
    assert run(library_path, "import", str(csv)) == 0
    out = capsys.readouterr().out
    assert "(scopus-csv): 0 added, 10 merged as duplicate, 0 skipped" in out
    assert "merged as duplicate: line 2: DOI 10.1038/s41467-024-46843-2 -> reference 1 (filled " \
        in out
    assert run(library_path, "import", str(SHARED_FIXTURES / "bibtex" /
                                           "bibtexparser_unknown_type.bib")) == 0
    assert "line 3, entry foo: unknown entry type @wrong" in capsys.readouterr().out


def test_pdf_goes_to_the_pdf_hook(library_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.5\n")
    assert run(library_path, "import", str(pdf)) == 1
    assert "PDF import" in capsys.readouterr().out
    seen = []
    monkeypatch.setattr(format_cmds, "_import_pdf",
                        lambda ctx, path, args: seen.append(path) or 0)
    assert run(library_path, "import", str(pdf)) == 0 and seen == [pdf]


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_export_to_stdout_and_file(library_path: Path, tmp_path: Path, fmt: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    src = SHARED_FIXTURES / "bibtex" / "bbt_qiqqa_export_cyrillic.bib"
    assert run(library_path, "import", str(src), "--collection", "Q") == 0
    capsys.readouterr()
    assert run(library_path, "export", "--format", fmt, "--collection", "Q") == 0
    text = capsys.readouterr().out
    out = tmp_path / f"out.{fmt}"
    assert run(library_path, "export", "--format", fmt, "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8") == text
    assert not (tmp_path / f"out.{fmt}.part").exists()
    assert "Kühne" in text and "kuhne2006matters" in text
    # what was exported imports again into a fresh library as the same records
    again = tmp_path / "again.sqlite"
    assert run(again, "import", str(out)) == 0
    capsys.readouterr()
    assert run(again, "list", "--json") == 0
    titles = sorted(i["title"] for i in json.loads(capsys.readouterr().out))
    assert titles == ["Matters of (meta-) modeling",
                      "The present situation in the foundations of mathematics"]


def test_export_errors(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library_path, "export", "--format", "bibtex", "--collection", "нет") == 1
    assert "no collection" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(library_path, "export", "--format", "wos")
