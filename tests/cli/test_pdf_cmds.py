"""`attach`, `attachments`, `detach`, and `import_pdf_file` (the one-line PDF import the `import`
command calls) against the local Crossref replay server."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli.context import Context
from cli.pdf_cmds import import_pdf_file
from core.settings import Settings
from db import collections
from main import main
from tests.support.crossref_server import CrossrefServer
from tests.support.pdfs import article_pages, write_pdf

PLOS = "10.1371/journal.pone.0033693"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_attach_list_and_detach(library_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library_path, "add-manual", "--title", "Көші-қон туралы заң") == 0
    pdf = write_pdf(tmp_path / "Заң мәтіні.pdf", article_pages(None))
    assert run(library_path, "attach", "1", str(pdf), "--title", "ресми мәтін") == 0
    assert run(library_path, "attach", "1", str(pdf)) == 0  # the same file: the same link
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["attached Заң мәтіні.pdf to 1 (attachment 1)"] * 2
    assert run(library_path, "attachments", "1") == 0
    line = capsys.readouterr().out.strip()
    assert line.split()[:2] == ["1", "pdf"] and str(pdf.resolve()) in line
    assert line.endswith("ресми мәтін")
    assert run(library_path, "attachments", "1", "--json") == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["exists"] is True and item["path"] == str(pdf.resolve())
    pdf.unlink()
    assert run(library_path, "attachments", "1") == 0
    assert capsys.readouterr().out.rstrip().endswith("[missing]")
    assert run(library_path, "detach", "1") == 0
    assert "the file stays on disk" in capsys.readouterr().out
    assert run(library_path, "attachments", "1") == 0
    assert capsys.readouterr().out.strip() == "reference 1 has no attachments"


@pytest.mark.parametrize("args, message", [
    (["attach", "1", "nothing.pdf"], "no such file"),
    (["attach", "7", "__FILE__"], "no reference with id 7"),
    (["attachments", "7"], "no reference with id 7"),
    (["detach", "5"], "no attachment with id 5"),
])
def test_attachment_errors_exit_1(library_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str], args: list[str],
                                  message: str) -> None:
    assert run(library_path, "add-manual", "--title", "x") == 0
    pdf = write_pdf(tmp_path / "a.pdf", article_pages(None))
    assert run(library_path, *[str(pdf) if a == "__FILE__" else a for a in args]) == 1
    assert message in capsys.readouterr().err


# ---------------------------------------------------------------------------------- PDF import
@pytest.fixture
def ctx(crossref_server: CrossrefServer, library_path: Path) -> Iterator[Context]:
    settings = Settings.from_env(crossref_server.settings_env(), db_path=library_path,
                                 mailto="team@example.kz", timeout_s=0.5, max_retries=1)
    context = Context(settings, out=io.StringIO(), err=io.StringIO())
    yield context
    context.close()


def _out(ctx: Context) -> list[str]:
    assert isinstance(ctx.out, io.StringIO)
    text = ctx.out.getvalue()
    ctx.out.seek(0)
    ctx.out.truncate()
    return text.splitlines()


def test_import_pdf_file_prints_one_line_per_file(ctx: Context, tmp_path: Path) -> None:
    with ctx.library().transaction() as s:
        collections.create(s, "Грант")
    args = argparse.Namespace(collection="Грант")
    paper = write_pdf(tmp_path / "paper.pdf", article_pages(PLOS))
    assert import_pdf_file(ctx, paper, args) == 0
    assert _out(ctx) == [f"{PLOS}: added (id 1, Crossref) + attached paper.pdf"]
    assert import_pdf_file(ctx, paper, args) == 0
    assert _out(ctx) == [f"{PLOS}: already in library (id 1), paper.pdf already attached"]
    copy = write_pdf(tmp_path / "copy.pdf", article_pages(PLOS))
    assert import_pdf_file(ctx, copy, argparse.Namespace()) == 0
    assert _out(ctx) == [f"{PLOS}: already in library (id 1) + attached copy.pdf"]
    assert ctx.library().list_references(collection_id=1)[0].doi == PLOS


def test_import_pdf_file_without_doi_lists_candidates_and_adds_nothing(
        ctx: Context, tmp_path: Path) -> None:
    scan = write_pdf(tmp_path / "scan.pdf", article_pages(None))
    assert import_pdf_file(ctx, scan, argparse.Namespace()) == 1
    [line] = _out(ctx)
    assert line.startswith("scan.pdf: no DOI found: candidates 0.")
    assert line.endswith("nothing added (import it again with the DOI you choose)")
    assert ctx.library().count() == 0
    assert import_pdf_file(ctx, scan, argparse.Namespace(doi=PLOS)) == 0
    assert _out(ctx) == [f"{PLOS}: added (id 1, Crossref) + attached scan.pdf"]


def test_import_pdf_file_reports_an_unreadable_file(ctx: Context, tmp_path: Path) -> None:
    locked = write_pdf(tmp_path / "locked.pdf", article_pages(PLOS), user_password="x")
    assert import_pdf_file(ctx, locked, argparse.Namespace()) == 1
    [line] = _out(ctx)
    assert line.startswith("locked.pdf: failed (protected by a password")
    assert ctx.library().count() == 0
