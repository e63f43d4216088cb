"""Reading PDFs: the work's own DOI (first page, metadata, running heads) and not the cited ones,
a title guess, and clear typed errors for encrypted, damaged, huge or slow files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PageObject

from core import pdf
from core.errors import PdfEncryptedError, PdfError
from core.pdf import choose_doi, plausible_title, read_pdf
from tests.support.pdfs import article_pages, bomb_pdf, pdf_bytes, write_pdf

OWN = "10.1371/journal.pone.0033693"
CITED = ["10.1038/srep16696", "10.1002/jor.1100150407"]


def test_the_doi_on_the_first_page_not_the_cited_ones(tmp_path: Path) -> None:
    info = read_pdf(write_pdf(tmp_path / "a.pdf", article_pages(OWN, cited=CITED)))
    assert info.doi == OWN and info.doi_source == "page 1"
    assert info.cited_dois == tuple(CITED) and info.other_dois == ()
    assert info.pages == 2 and not info.encrypted
    assert info.title == "Labour Migration and the Law in Central Asia"
    assert info.title_source == "page 1"


def test_only_cited_dois_means_no_doi_of_its_own(tmp_path: Path) -> None:
    info = read_pdf(write_pdf(tmp_path / "a.pdf", article_pages(None, cited=CITED)))
    assert info.doi is None and info.cited_dois == tuple(CITED)
    assert info.title == "Labour Migration and the Law in Central Asia"


def test_the_labelled_header_doi_wins_over_a_doi_cited_in_the_text(tmp_path: Path) -> None:
    pages = [[(9, f"https://doi.org/{OWN}"), (18, "A Study of Things in Central Asia"),
              (10, "As shown before, see 10.1038/srep16696 for the method.")],
             [(8, f"PLoS ONE | DOI:{OWN}"), (10, "More text.")]]
    info = read_pdf(write_pdf(tmp_path / "a.pdf", pages))
    assert info.doi == OWN and info.other_dois == ("10.1038/srep16696",)


def test_a_doi_in_the_metadata_and_a_junk_metadata_title(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "a.pdf", article_pages(None),
                     metadata={"/Title": "Microsoft Word - draft3.docx",
                               "/Subject": f"PLoS ONE 7(3): e33693. doi:{OWN}"})
    info = read_pdf(path)
    assert info.doi == OWN and info.doi_source == "metadata"
    assert info.metadata_title == "Microsoft Word - draft3.docx"
    assert info.title == "Labour Migration and the Law in Central Asia"  # from the page


def test_a_plausible_metadata_title_is_used(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "a.pdf", [[(10, "no heading here")]],
                     metadata={"/Title": "Migration  Law in Kazakhstan: A Commentary"})
    info = read_pdf(path)
    assert info.title == "Migration Law in Kazakhstan: A Commentary"
    assert info.title_source == "metadata" and info.doi is None


@pytest.mark.parametrize("title, ok", [
    ("Labour migration in Kazakhstan", True), ("Microsoft Word - paper.docx", False),
    ("untitled", False), ("paper_final_v3.pdf", False), ("12345 6789 0000", False),
    ("Трудовая миграция в Казахстане", True), ("x", False),
    ("see https://doi.org/10.1/x for details", False),
])
def test_plausible_titles(title: str, ok: bool) -> None:
    assert plausible_title(title) is ok


def test_choose_doi_on_russian_and_kazakh_pages() -> None:
    page = ("Вестник КазНУ. Серия юридическая. 2021. № 2\nDOI: 10.26577/JAPJ.2021.v98.i2.01\n"
            "Правовое регулирование миграции\nТекст статьи.\nӘдебиеттер тізімі\n"
            "1. Иванов И. И. https://doi.org/10.1234/cited.1\n")
    doi, where, others, cited = choose_doi([page])
    assert (doi, where, others, cited) == ("10.26577/japj.2021.v98.i2.01", "page 1", [],
                                           ["10.1234/cited.1"])
    page_ru = "Текст.\nСписок литературы\n1. https://doi.org/10.1234/cited.2\n"
    assert choose_doi([page_ru]) == (None, None, [], ["10.1234/cited.2"])
    # Once the references began, later pages are references too.
    assert choose_doi([page_ru, "10.1234/cited.3 more"])[3] == ["10.1234/cited.2",
                                                                 "10.1234/cited.3"]


def test_choose_doi_prefers_a_doi_the_metadata_confirms() -> None:
    text = "Header doi:10.1111/first.1\nBody 10.2222/second.2\n"
    assert choose_doi([text], ["10.2222/second.2"])[0] == "10.2222/second.2"
    assert choose_doi([text])[0] == "10.1111/first.1"


# ---------------------------------------------------------------------------------- encryption
@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_encrypted_with_an_empty_user_password_is_read(tmp_path: Path, algorithm: str) -> None:
    path = write_pdf(tmp_path / "a.pdf", article_pages(OWN), owner_password="publisher",
                     algorithm=algorithm)
    info = read_pdf(path)
    assert info.encrypted and info.doi == OWN


def test_a_password_protected_pdf_is_a_clear_error(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "secret.pdf", article_pages(OWN), user_password="s3cret")
    with pytest.raises(PdfEncryptedError, match="secret.pdf: protected by a password"):
        read_pdf(path)


# ---------------------------------------------------------------------------------- bad files
@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.97])
def test_a_truncated_pdf_is_a_clear_error(tmp_path: Path, cut: float) -> None:
    data = pdf_bytes(article_pages(OWN, cited=CITED))
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:int(len(data) * cut)])
    with pytest.raises(PdfError, match="cut.pdf: damaged or unreadable PDF") as info:
        read_pdf(path)
    assert info.value.file == str(path)


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"Just some text, not a PDF at all.\n" * 10, "not a PDF"),
    (b"%PDF-1.4\n" + b"\x00\xff garbage " * 200, "damaged or unreadable PDF"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n"
     b"%%EOF\n", "damaged or unreadable PDF"),
])
def test_malformed_files_give_a_typed_error(tmp_path: Path, content: bytes,
                                            message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfError, match=message) as info:
        read_pdf(path)
    assert info.value.file == str(path)


def test_a_missing_file_and_a_too_large_file(tmp_path: Path) -> None:
    with pytest.raises(PdfError, match="cannot read the file"):
        read_pdf(tmp_path / "nowhere.pdf")
    path = write_pdf(tmp_path / "big.pdf", article_pages(OWN))
    with pytest.raises(PdfError, match="too large"):
        read_pdf(path, max_bytes=100)


def test_reading_stops_when_the_time_budget_is_spent(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "slow.pdf", article_pages(OWN, cited=CITED))
    ticks = iter([0.0, 0.0, 100.0, 100.0, 100.0])
    with pytest.raises(PdfError, match="took longer than 20 s"):
        read_pdf(path, clock=lambda: next(ticks))


def test_a_page_too_large_to_read_is_skipped_and_said(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pdf(tmp_path / "a.pdf", article_pages(OWN, cited=CITED))
    monkeypatch.setattr(pdf, "MAX_PAGE_STREAM", 450)  # page 1's stream is larger, page 2 not
    info = read_pdf(path)
    assert info.notes and info.notes[0].startswith("page 1: content too large")
    assert info.doi is None and info.cited_dois == tuple(CITED)


# ---------------------------------------------------------------------------------- a real producer
REAL = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "ru_article_first_page.pdf"


def test_a_word_processor_pdf_of_a_russian_article(tmp_path: Path) -> None:
    """LibreOffice's PDF (embedded fonts, ToUnicode maps): the DOI printed in capitals, the title
    across four lines in the largest font, the references under a Russian heading."""
    info = read_pdf(REAL)
    assert info.doi == "10.7868/s0040357115030100" and info.doi_source == "page 1"
    assert info.cited_dois == ("10.1134/s0040579510010069", "10.1016/j.jmatprotec.2008.01.001")
    assert info.title == ("МАТЕМАТИЧЕСКОЕ МОДЕЛИРОВАНИЕ ТВЕРДОФАЗНОЙ ПЛУНЖЕРНОЙ ЭКСТРУЗИИ "
                          "С ДВУХСТУПЕНЧАТЫМ ОБЖАТИЕМ КОМПОЗИТНЫХ МАТЕРИАЛОВ")
    # The same file under a Kazakh name reads the same.
    copy = tmp_path / "Мақала көшірмесі.pdf"
    copy.write_bytes(REAL.read_bytes())
    assert read_pdf(copy).doi == info.doi


def test_a_page_whose_text_cannot_be_read_leaves_the_metadata(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pdf(tmp_path / "a.pdf", article_pages(None),
                     metadata={"/Subject": f"doi:{OWN}"})

    def broken(self: PageObject, *args: object, **kw: object) -> str:
        raise KeyError("/Font")

    monkeypatch.setattr(PageObject, "extract_text", broken)
    info = read_pdf(path)
    assert info.doi == OWN and info.doi_source == "metadata"
    assert info.notes == ("page 1: text unreadable (KeyError)",
                          "page 2: text unreadable (KeyError)")


def test_a_decompression_bomb_is_refused_page_by_page_not_inflated(tmp_path: Path) -> None:
    path = bomb_pdf(tmp_path / "bomb.pdf", megabytes=200)
    assert path.stat().st_size < 1024 * 1024
    info = read_pdf(path)
    assert info.doi is None and info.text_chars == 0
    assert info.notes and info.notes[0].startswith("page 1: ")
