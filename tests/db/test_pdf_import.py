"""Importing PDFs against the local Crossref replay server: DOI -> reference + attached file in one
transaction; the DOI already in the library -> the file is attached to it; no DOI -> title-search
candidates and nothing written; unreadable files and network failures write nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.crossref import CrossrefClient
from core.errors import PdfEncryptedError, PdfError
from core.model import Creator, Reference
from core.settings import Settings
from core.translit import transliterate
from db import attachments, collections, crossref_cache, duplicates, pdf_import
from db.library import Library
from tests.support.crossref_server import unused_port_url
from tests.support.pdfs import article_pages, write_pdf

PLOS = "10.1371/journal.pone.0033693"


@pytest.fixture
def client(crossref_settings: Settings) -> Iterator[CrossrefClient]:
    c = CrossrefClient(crossref_settings, backoff_s=0.01)
    try:
        yield c
    finally:
        c.close()


def _links(lib: Library, ref_id: int) -> list[str]:
    with lib.read() as s:
        return [a.name for a in attachments.of_reference(s, ref_id)]


def test_a_pdf_with_a_doi_adds_the_work_and_attaches_the_file(
        library: Library, client: CrossrefClient, tmp_path: Path, crossref_server) -> None:
    with library.transaction() as s:
        coll = collections.create(s, "Грант 2024")
    path = write_pdf(tmp_path / "Methylphenidate.pdf", article_pages(PLOS))
    out = pdf_import.import_pdf(library, path, client, collection_id=coll)
    assert out.status == pdf_import.ADDED and out.doi == PLOS and out.agency == "crossref"
    assert out.ref_id is not None and out.attachment_id is not None and out.written
    ref = library.get(out.ref_id)
    assert ref.doi == PLOS and ref.title and ref.title.startswith("Methylphenidate Exposure")
    assert _links(library, out.ref_id) == ["Methylphenidate.pdf"]
    with library.read() as s:
        assert crossref_cache.get(s, PLOS) is not None
        assert collections.of_reference(s, out.ref_id) == [coll]
    assert len(crossref_server.state.work_hits(PLOS)) == 1


def test_the_same_doi_already_in_the_library_gets_the_file_without_a_request(
        library: Library, client: CrossrefClient, tmp_path: Path, crossref_server) -> None:
    first = pdf_import.import_pdf(library, write_pdf(tmp_path / "a.pdf", article_pages(PLOS)),
                                  client)
    again = pdf_import.import_pdf(library, tmp_path / "a.pdf", client)
    assert again.status == pdf_import.ALREADY_ATTACHED and again.ref_id == first.ref_id
    copy = write_pdf(tmp_path / "copy from email.pdf", article_pages(PLOS))
    other = pdf_import.import_pdf(library, copy, client)
    assert other.status == pdf_import.ATTACHED and other.ref_id == first.ref_id
    assert first.ref_id is not None
    assert _links(library, first.ref_id) == ["a.pdf", "copy from email.pdf"]
    assert library.count() == 1
    assert len(crossref_server.state.work_hits(PLOS)) == 1


def test_no_doi_offers_candidates_and_writes_nothing(
        library: Library, client: CrossrefClient, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", article_pages(None, cited=["10.1038/srep16696"]))
    out = pdf_import.import_pdf(library, path, client)
    assert out.status == pdf_import.CANDIDATES and not out.written
    assert out.info.title == "Labour Migration and the Law in Central Asia"
    assert out.info.cited_dois == ("10.1038/srep16696",)  # never taken for the work's DOI
    assert len(out.candidates) == 2 and all(c.doi for c in out.candidates)
    assert out.candidates[0].score >= out.candidates[1].score
    assert library.count() == 0
    # The user picks a DOI: then it is imported like any other.
    chosen = pdf_import.import_pdf(library, path, client, doi=f"https://doi.org/{PLOS}")
    assert chosen.status == pdf_import.ADDED and chosen.ref_id is not None
    assert _links(library, chosen.ref_id) == ["scan.pdf"]


def test_a_doi_nobody_knows_falls_back_to_the_title_search(
        library: Library, client: CrossrefClient, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "x.pdf", article_pages("10.1371/notarealdoi"))
    out = pdf_import.import_pdf(library, path, client)
    assert out.status == pdf_import.NOT_FOUND and out.doi == "10.1371/notarealdoi"
    assert out.candidates and "not found" in (out.reason or "")
    assert library.count() == 0


def test_offline_writes_nothing_and_says_so(library: Library, tmp_path: Path) -> None:
    settings = Settings.from_env({"SILTEME_CROSSREF_URL": unused_port_url(),
                                  "SILTEME_DOI_URL": unused_port_url()},
                                 timeout_s=0.5, max_retries=0)
    offline = CrossrefClient(settings, backoff_s=0.01)
    try:
        out = pdf_import.import_pdf(library, write_pdf(tmp_path / "a.pdf", article_pages(PLOS)),
                                    offline)
    finally:
        offline.close()
    assert out.status == pdf_import.FAILED and out.reason == "offline"
    assert library.count() == 0
    with library.read() as s:
        assert crossref_cache.pending(s) == []


def test_a_deleted_work_comes_back_from_the_cache_without_a_request(
        library: Library, client: CrossrefClient, tmp_path: Path, crossref_server) -> None:
    path = write_pdf(tmp_path / "a.pdf", article_pages(PLOS))
    first = pdf_import.import_pdf(library, path, client)
    assert first.ref_id is not None
    library.delete(first.ref_id)
    library.empty_trash()
    again = pdf_import.import_pdf(library, path, client)
    assert again.status == pdf_import.ADDED and again.cached
    assert again.ref_id is not None and _links(library, again.ref_id) == ["a.pdf"]
    assert len(crossref_server.state.work_hits(PLOS)) == 1


@pytest.mark.parametrize("kind", ["encrypted", "truncated", "not a pdf"])
def test_unreadable_files_raise_and_write_nothing(library: Library, client: CrossrefClient,
                                                  tmp_path: Path, kind: str,
                                                  crossref_server) -> None:
    path = tmp_path / "bad.pdf"
    if kind == "encrypted":
        write_pdf(path, article_pages(PLOS), user_password="secret")
    elif kind == "truncated":
        data = write_pdf(path, article_pages(PLOS)).read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_text("Это не PDF, а текст.", encoding="utf-8")
    expected = PdfEncryptedError if kind == "encrypted" else PdfError
    with pytest.raises(expected):
        pdf_import.import_pdf(library, path, client)
    assert library.count() == 0 and crossref_server.state.hits == []


def test_a_real_russian_article_pdf_is_added_and_its_transliterated_twin_is_flagged(
        library: Library, client: CrossrefClient, tmp_path: Path) -> None:
    real = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "ru_article_first_page.pdf"
    twin = Reference(type="article-journal", issued=None,
                     title=transliterate("Математическое моделирование твердофазной плунжерной "
                                         "экструзии с двухступенчатым обжатием композитных "
                                         "материалов", "bgn-pcgn"),
                     creators=[Creator(family="Parshin", given="D. A.")], volume="49",
                     page="361-366")
    (twin_id,) = library.add_many([twin])
    out = pdf_import.import_pdf(library, real, client)
    assert out.status == pdf_import.ADDED and out.doi == "10.7868/s0040357115030100"
    assert out.ref_id is not None and _links(library, out.ref_id) == [real.name]
    assert library.get(out.ref_id).language == "ru"
    found = duplicates.candidates_for(library, [out.ref_id])
    assert [c.pair for c in found] == [(twin_id, out.ref_id)]
    assert "(transliterated)" in found[0].reasons[0]
