"""Hostile and broken input through the commands a user runs (issue 9): each gets a clear error
naming the file (or DOI), and the library is unchanged, every table compared row by row.

Reference files (`import`): a BibTeX or RIS file of one 50 MB line, NUL bytes, invalid UTF-8;
PDFs that are huge, encrypted or malformed. Search text with FTS syntax (`search`, and the
listing filter the window's search box uses). Titles with `<script>` and `{\\input{...}}` in
every output: HTML, RTF and DOCX lists (`bib`), BibTeX (escaped), RIS and CSL-JSON (kept as
data). Crossref answers that are huge, truncated, of the wrong type, for another DOI, or that
redirect outside the allow-list (`add`)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from core.model import Creator, Reference
from db import references as repo
from db.library import Library
from main import main
from tests.support.crash import table_digest
from tests.support.crossref_server import CrossrefServer
from tests.support.pdfs import article_pages, bomb_pdf, write_pdf

SREP = "10.1038/srep16696"
HOSTILE_TITLE = '<script>alert("x")</script> {\\input{/etc/passwd}} \\immediate\\write18{rm -rf ~}'
HOSTILE_NAME = "</i><img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(document.cookie)"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add_many([Reference(title=f"Қазақстандағы көші-қон {i}", language="kk",
                                creators=[Creator(family="Әбілқасымова", given="Ә.")])
                      for i in range(30)])
    return path


def _import_refused(db: Path, capsys: pytest.CaptureFixture[str], file: Path, *args: str,
                    match: str) -> str:
    capsys.readouterr()
    before = table_digest(db)
    code = run(db, "import", str(file), *args)
    out, err = capsys.readouterr()
    assert code == 1, out
    assert f"{file.name}: not imported (nothing was changed)" in out
    assert match in err and str(file) in err, err
    assert table_digest(db) == before
    return err


# ---------------------------------------------------------------------- reference files
@pytest.mark.parametrize("name, head", [("one-line.bib", "@article{k, title = {"),
                                        ("one-line.ris", "TY  - JOUR\nTI  - ")])
@pytest.mark.parametrize("forced", [None, "bibtex"])
def test_a_file_of_one_50_mb_line_is_refused(db: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str], name: str,
                                             head: str, forced: str | None) -> None:
    file = tmp_path / name
    with file.open("w", encoding="utf-8") as fh:
        fh.write(head)
        chunk = "миграция " * 1000
        for _ in range(50 * 1024 * 1024 // len(chunk.encode()) + 1):
            fh.write(chunk)
        fh.write("}\n")
    assert file.stat().st_size >= 50 * 1024 * 1024
    args = ("--format", forced) if forced else ()
    _import_refused(db, capsys, file, *args, match="characters long: no reference format")


@pytest.mark.parametrize("forced", [None, "bibtex", "ris"])
@pytest.mark.parametrize("where", ["start", "late"])
def test_nul_bytes_are_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               forced: str | None, where: str) -> None:
    entries = "".join(f"@article{{k{i}, title = {{Көші-қон {i}}}, year = 2020}}\n"
                      for i in range(3000))
    data = entries.encode()
    cut = 10 if where == "start" else len(data) - 200   # past the first 64 KB sample
    file = tmp_path / "nul.bib"
    file.write_bytes(data[:cut] + b"\x00\x00\x00" + data[cut:])
    args = ("--format", forced) if forced else ()
    _import_refused(db, capsys, file, *args, match="NUL")


def test_a_file_of_invalid_utf8_bytes_is_refused(db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import random

    rng = random.Random(9)
    file = tmp_path / "garbage.bib"
    file.write_bytes(bytes(rng.choice(range(0x80, 0x100)) for _ in range(20_000)))
    _import_refused(db, capsys, file, match="no BibTeX / BibLaTeX entries in the file")


def test_a_utf8_file_with_a_few_bad_bytes_is_read_as_utf8_and_says_where(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [f"@article{{k{i}, title = {{Қазақстандағы көші-қон құқығы {i}}}, year = 2020}}"
             for i in range(200)]
    data = "\n".join(lines).encode()
    pos = data.index(b"k57,")
    file = tmp_path / "damaged.bib"
    file.write_bytes(data[:pos + 20] + b"\xff\xfe" + data[pos + 20:])
    capsys.readouterr()
    assert run(db, "import", str(file)) == 0
    out = capsys.readouterr().out
    assert "damaged.bib (bibtex): 200 added" in out   # read as UTF-8: no legacy encoding named
    assert "invalid UTF-8 byte sequence(s) replaced by U+FFFD (line 58)" in out
    with Library.open(db, daily_backup=False) as lib:
        titles = [r.title for r in lib.search("құқығы")]
    assert len(titles) == 200 and sum("\ufffd" in (t or "") for t in titles) == 1


@pytest.mark.parametrize("kind, match", [
    ("encrypted", "protected by a password"),
    ("truncated", "damaged or unreadable PDF"),
    ("garbage", "damaged or unreadable PDF"),
    ("huge", "the limit is"),
    ("bomb", "no DOI and no title found in the file; nothing added"),
])
def test_hostile_pdfs_write_nothing(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    crossref_server: CrossrefServer,
                                    monkeypatch: pytest.MonkeyPatch, kind: str,
                                    match: str) -> None:
    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    file = tmp_path / "article.pdf"
    if kind == "encrypted":
        write_pdf(file, article_pages(SREP), user_password="secret")
    elif kind == "truncated":
        data = write_pdf(file, article_pages(SREP)).read_bytes()
        file.write_bytes(data[: len(data) // 2])
    elif kind == "garbage":
        file.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 400)
    elif kind == "huge":
        with file.open("wb") as fh:   # sparse: 400 MB on paper, nothing on disk
            fh.write(b"%PDF-1.7\n")
            fh.truncate(400 * 1024 * 1024)
    else:
        bomb_pdf(file, megabytes=200)
    capsys.readouterr()
    before = table_digest(db)
    code = run(db, "import", str(file))
    out, err = capsys.readouterr()
    assert code == 1
    assert match in out + err and "article.pdf" in out + err, out + err
    assert table_digest(db) == before
    assert crossref_server.state.hits == []   # nothing asked about a file that was not read


# ---------------------------------------------------------------------- search
FTS_HOSTILE = ['"', '""', '"unbalanced', "a AND", "OR", "NOT x", "NEAR(a b, 2)", "a NEAR/3 b",
               "*", "-", "- -", "a*b", "^a", "(", ")", "((a)", "title:x", "{a b}:c",
               "миграция\" OR \"1", "'; DROP TABLE \"references\"; --", "\x00", "\\", "a + b",
               "ә*", "Қ-қ", "%", "_", "[a]", "\"\"\"\"", "NEAR", "AND AND", "col : x", "\u200b"]


@pytest.mark.parametrize("query", FTS_HOSTILE)
def test_search_text_never_raises_and_changes_nothing(db: Path, query: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = table_digest(db)
    assert run(db, "search", query) == 0
    assert run(db, "search", f"көші {query}") == 0
    with Library.open(db, daily_backup=False) as lib, lib.read() as s:
        # The window's search box: the listing filter, its count and its row positions.
        where = repo.ListFilter(query=query)
        ids = repo.list_ids(s, where=where, sort="title", limit=50)
        assert repo.count(s, where=where) >= len(ids)
        repo.positions(s, [1, 2, 3], where=where, sort="title")
        where = repo.ListFilter(query=f"көші-қон {query}")
        assert repo.count(s, where=where) in (0, 30)
    assert table_digest(db) == before


# ---------------------------------------------------------------------- output escaping
@pytest.fixture()
def hostile_db(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.sqlite"
    with Library.open(path) as lib:
        lib.add(Reference(type="article-journal", title=HOSTILE_TITLE, url=HOSTILE_URL,
                          container_title="Журнал <b>права</b> & {\\bf полиции}",
                          creators=[Creator(family=HOSTILE_NAME, given="Ә."),
                                    Creator(family="{\\input{/etc/shadow}}", given="X")],
                          issued=None, citation_key="hostile", volume="1", page="1-2"))
    return path


@pytest.mark.parametrize("style", ["gost-r-7.0.100", "apa"])
def test_html_rtf_and_docx_lists_escape_hostile_titles(hostile_db: Path, tmp_path: Path,
                                                       style: str) -> None:
    html_file, rtf_file, docx_file = (tmp_path / f"list.{e}" for e in ("html", "rtf", "docx"))
    for out in (html_file, rtf_file, docx_file):
        assert run(hostile_db, "bib", "--style", style, "-o", str(out)) == 0
    html = html_file.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html
    assert "<a " not in html and "javascript:alert" in html   # the URL as text, never a link
    rtf = rtf_file.read_text(encoding="ascii")
    assert "\\input{" not in rtf and "\\{\\\\input\\{/etc/passwd\\}\\}" in rtf
    assert "HYPERLINK \"javascript" not in rtf
    assert rtf.count("{") == rtf.count("}")   # the document's groups still balance
    with zipfile.ZipFile(docx_file) as z:
        document = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert "<script" not in document and "&lt;script&gt;" in document
    assert "javascript" not in rels
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx_file)).paragraphs)
    assert HOSTILE_TITLE.split("}}")[0] in text   # the title itself, intact, as text


def test_bibtex_export_escapes_and_ris_and_csl_json_keep_data(hostile_db: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    for fmt in ("bibtex", "ris", "csl-json"):
        assert run(hostile_db, "export", "--format", fmt, "-o",
                   str(tmp_path / f"out.{fmt}")) == 0
    bib = (tmp_path / "out.bibtex").read_text(encoding="utf-8")
    assert "\\input{" not in bib and "\\immediate\\write18" not in bib
    assert "\\textbackslash{}input" in bib and "\\{\\textbackslash{}input\\{/etc/passwd\\}\\}" in bib
    data = json.loads((tmp_path / "out.csl-json").read_text(encoding="utf-8"))
    assert data[0]["title"] == HOSTILE_TITLE and data[0]["URL"] == HOSTILE_URL
    assert (tmp_path / "out.ris").read_text(encoding="utf-8").count(HOSTILE_TITLE) == 1
    # Each file reads back to the same title (escaping is only the file's spelling).
    for fmt in ("bibtex", "ris", "csl-json"):
        back = tmp_path / f"back-{fmt}.sqlite"
        capsys.readouterr()
        assert run(back, "import", str(tmp_path / f"out.{fmt}"), "--format", fmt) == 0
        with Library.open(back, daily_backup=False) as lib:
            assert [r.title for r in lib.list_references()] == [HOSTILE_TITLE]


# ---------------------------------------------------------------------- Crossref answers
@pytest.mark.parametrize("fault, reason", [
    ("huge", "bad response HTTP 200: the answer is"),
    ("list", "not a Crossref work"),
    ("html", "not JSON"),
    ("other-doi", "the record of DOI"),
    ("wrong-types", "`title` is int, not an array"),
])
def test_hostile_crossref_answers_are_refused(db: Path, crossref_server: CrossrefServer,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], fault: str,
                                              reason: str) -> None:
    import core.crossref as crossref_mod

    monkeypatch.setattr(crossref_mod, "MAX_BODY_BYTES", 2 * 1024 * 1024)
    crossref_server.state.huge_bytes = 4 * 1024 * 1024
    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    crossref_server.state.add_fault(SREP, fault)
    before = table_digest(db)
    capsys.readouterr()
    assert run(db, "add", SREP) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{SREP}: failed (") and reason in line, line
    assert table_digest(db) == before


def test_a_truncated_answer_is_queued_for_later_never_stored_half(
        db: Path, crossref_server: CrossrefServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    crossref_server.state.add_fault(SREP, *["truncated"] * 4)
    capsys.readouterr()
    run(db, "add", SREP)
    assert capsys.readouterr().out.strip() == f"{SREP}: queued (offline)"
    with Library.open(db, daily_backup=False) as lib, lib.read() as s:
        assert repo.find_by_doi(s, SREP) is None
        from db import crossref_cache

        assert crossref_cache.pending(s) == [SREP] and crossref_cache.get(s, SREP) is None
    assert run(db, "add", "--pending") == 0   # the server answers properly now
    assert f"{SREP}: added" in capsys.readouterr().out


@pytest.mark.parametrize("target", ["https://evil.example.com/steal", "file:///etc/passwd",
                                    "http://api.datacite.org/dois/10.5555/x"])
def test_a_redirect_outside_the_allow_list_is_refused(db: Path,
                                                      crossref_server: CrossrefServer,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str],
                                                      target: str) -> None:
    for key, value in crossref_server.settings_env().items():
        monkeypatch.setenv(key, value)
    crossref_server.state.redirects["10.5555/x"] = target
    before = table_digest(db)
    capsys.readouterr()
    assert run(db, "add", "10.5555/x") == 1
    assert "not an allowed registration agency" in capsys.readouterr().out
    assert table_digest(db) == before


def test_a_plain_http_service_url_is_refused_before_any_request(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import core.crossref as crossref_mod

    calls: list[object] = []
    monkeypatch.setattr(crossref_mod, "_transport", lambda *a, **kw: calls.append(a))
    monkeypatch.setenv("SILTEME_CROSSREF_URL", "http://api.crossref.org")
    before = table_digest(db)
    assert run(db, "add", SREP) == 1
    assert "HTTPS only" in capsys.readouterr().err
    assert calls == [] and table_digest(db) == before
