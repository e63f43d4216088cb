"""Tests for writing finished lists as text, HTML, RTF and DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import InvalidValueError
from core.model import Reference
from core.styles.base import Entry
from core.styles.export import render_list, write_list
from core.styles.richtext import Rich


def _entries() -> list[Entry]:
    one = Rich("Иванов, И. П. (2020). ") + Rich.text("Право & жизнь", italic=True)
    two = Rich("Smith, J. (2021). ") + Rich.text("https://doi.org/10.1/x", link="https://doi.org/10.1/x")
    return [Entry("1", Reference(), one, number=1, section="Литература"),
            Entry("2", Reference(), two, number=2, section="Foreign")]


def test_text_numbered_with_sections() -> None:
    out = render_list(_entries(), "text", numbered=True)
    assert out.splitlines() == ["Литература", "1. Иванов, И. П. (2020). Право & жизнь", "Foreign",
                                "2. Smith, J. (2021). https://doi.org/10.1/x"]


def test_html_document_escaped_with_hanging_indent() -> None:
    out = render_list(_entries(), "html", hanging_indent=True)
    assert "<i>Право &amp; жизнь</i>" in out
    assert "text-indent:-0.5in" in out
    assert '<a href="https://doi.org/10.1/x">' in out


def test_rtf_document_is_ascii_with_hanging_indent() -> None:
    out = render_list(_entries(), "rtf")
    out.encode("ascii")
    assert out.startswith("{\\rtf1") and out.rstrip().endswith("}")
    assert "\\li720\\fi-720" in out and "{\\i " in out


def test_docx_has_italic_run_indent_and_hyperlink(tmp_path: Path) -> None:
    from docx import Document

    path = write_list(_entries(), tmp_path / "refs.docx", numbered=True)
    doc = Document(str(path))
    paras = [p for p in doc.paragraphs if p.style.name == "Bibliography Entry"]
    assert len(paras) == 2
    assert any(r.italic and r.text == "Право & жизнь" for r in paras[0].runs)
    fmt = doc.styles["Bibliography Entry"].paragraph_format
    assert fmt.first_line_indent < 0 < fmt.left_indent
    assert "https://doi.org/10.1/x" in [r.target_ref for r in doc.part.rels.values()]
    assert not list(tmp_path.glob(".*.part"))


def test_docx_title_and_headings_in_the_text_font(tmp_path: Path) -> None:
    """Not the default template's blue theme-font headings: black bold Times New Roman, the
    title centred (the look of a thesis's list)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    path = write_list(_entries(), tmp_path / "тізім.docx", title="Әдебиеттер тізімі")
    doc = Document(str(path))
    headings = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert [p.text for p in headings] == ["Әдебиеттер тізімі", "Литература", "Foreign"]
    for p in headings:
        font = p.style.font
        assert font.name == "Times New Roman" and font.bold
        assert font.color.rgb == RGBColor(0, 0, 0)
        fonts = p.style.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:hAnsiTheme")) is None
    assert headings[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_html_headings_keep_the_text_font() -> None:
    out = render_list(_entries(), "html", title="References")
    # The font is named: with `inherit` LibreOffice set the headings in its sans-serif font
    # (seen on the HTML list converted to PDF and PNG).
    assert "h1,h2{font-family:'Times New Roman',serif}" in out
    assert "h1{font-size:14pt;text-align:center}" in out


def test_unknown_extension_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError):
        write_list(_entries(), tmp_path / "refs.pdf")
    assert list(tmp_path.iterdir()) == []
