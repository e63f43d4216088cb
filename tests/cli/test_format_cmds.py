"""`import` and `export` as a user runs them: summaries with line numbers, exit codes, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


def test_import_of_a_pdf_adds_its_work_and_attaches_the_file(
        library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        crossref_server, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`import paper.pdf` with the other files: the DOI on its first page, the metadata from
    (the local replay of) Crossref, the PDF attached; a damaged PDF says so and changes nothing."""
    from db.library import Library
    from tests.support.pdfs import article_pages, write_pdf

    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    doi = "10.1371/journal.pone.0033693"
    paper = write_pdf(tmp_path / "статья.pdf", article_pages(doi))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.5\n")
    code = run(library_path, "import", str(paper), str(broken),
               str(SHARED_FIXTURES / "ris" / "scopus_asreview_10_refs.ris"))
    out = capsys.readouterr().out
    assert code == 1  # the damaged PDF; the other two were imported
    assert f"{doi}: added (id 1, Crossref) + attached статья.pdf" in out
    assert "broken.pdf: failed (damaged or unreadable PDF" in out
    assert "scopus_asreview_10_refs.ris (ris): 10 added" in out
    with Library.open(library_path) as lib:
        assert lib.count() == 11
        assert lib.get(1).doi == doi


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
