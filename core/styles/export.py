"""Finished reference lists as text, HTML, RTF and DOCX documents (hanging indent, numbers,
section headings), chosen by file extension."""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from core.errors import InvalidValueError
from core.styles.base import Entry
from core.styles.richtext import Rich, add_to_paragraph, rtf_escape, to_html, to_rtf

Format = Literal["text", "html", "rtf"]
EXTENSIONS: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".rtf": "rtf",
                              ".docx": "docx"}
_INDENT_IN = 0.5  # the hanging indent APA and Word use: half an inch


def _sections(entries: Sequence[Entry]) -> Iterator[tuple[str | None, list[Entry]]]:
    """Consecutive entries grouped by their section heading."""
    current: str | None = None
    group: list[Entry] = []
    for e in entries:
        if group and e.section != current:
            yield current, group
            group = []
        current = e.section
        group.append(e)
    if group:
        yield current, group


def _with_label(e: Entry, numbered: bool) -> Rich:
    return Rich(f"{e.label} ") + e.rich if numbered and e.number is not None else e.rich


def render_list(entries: Sequence[Entry], fmt: Format = "text", *, numbered: bool = False,
                hanging_indent: bool = True, title: str | None = None) -> str:
    """A whole list as one string: plain text (one entry a line), an HTML document or an RTF
    document."""
    if fmt == "text":
        lines: list[str] = [title, ""] if title else []
        for heading, group in _sections(entries):
            if heading:
                lines.append(heading)
            lines.extend(_with_label(e, numbered).plain() for e in group)
        return "\n".join(lines) + "\n"
    if fmt == "html":
        css = (f"p.ref{{margin:0 0 0.5em {_INDENT_IN}in;text-indent:-{_INDENT_IN}in}}"
               if hanging_indent else "p.ref{margin:0 0 0.5em 0}")
        body = [f"<h1>{html.escape(title)}</h1>"] if title else []
        for heading, group in _sections(entries):
            if heading:
                body.append(f"<h2>{html.escape(heading)}</h2>")
            body.extend(f'<p class="ref">{to_html(_with_label(e, numbered))}</p>' for e in group)
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<title>{html.escape(title or 'References')}</title>"
                f"<style>body{{font-family:'Times New Roman',serif;font-size:12pt}}{css}"
                "</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    if fmt == "rtf":
        twips = int(_INDENT_IN * 1440)
        indent = f"\\li{twips}\\fi-{twips}" if hanging_indent else ""
        out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}"
               "\\f0\\fs24\n"]
        if title:
            out.append(f"\\pard\\qc\\b {rtf_escape(title)}\\b0\\par\n")
        for heading, group in _sections(entries):
            if heading:
                out.append(f"\\pard\\sb240\\sa120\\b {rtf_escape(heading)}\\b0\\par\n")
            for e in group:
                out.append(f"\\pard\\sa120{indent} {to_rtf(_with_label(e, numbered))}\\par\n")
        out.append("}\n")
        return "".join(out)
    raise InvalidValueError("format", fmt, "expected text, html or rtf")


def write_list(entries: Sequence[Entry], path: Path, *, numbered: bool = False,
               hanging_indent: bool = True, title: str | None = None) -> Path:
    """Write the list to `path`; the format follows the extension (.docx, .html, .rtf, .txt).
    The file is written to a temporary name first and then renamed, so a failure leaves no
    half-written file."""
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise InvalidValueError("output", str(path),
                                f"expected one of {', '.join(sorted(EXTENSIONS))}")
    tmp = path.with_name(f".{path.name}.part")
    try:
        if kind == "docx":
            _write_docx(entries, tmp, numbered=numbered, hanging_indent=hanging_indent,
                        title=title)
        else:
            text = render_list(entries, kind,  # type: ignore[arg-type]
                               numbered=numbered, hanging_indent=hanging_indent, title=title)
            tmp.write_text(text, encoding="utf-8" if kind != "rtf" else "ascii")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _write_docx(entries: Sequence[Entry], path: Path, *, numbered: bool, hanging_indent: bool,
                title: str | None) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Inches, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    # One paragraph style carries the indent, so each entry does not repeat it (and Word users
    # can change it in one place).
    ref_style = doc.styles.add_style("Bibliography Entry", WD_STYLE_TYPE.PARAGRAPH)
    ref_style.base_style = normal
    fmt = ref_style.paragraph_format
    fmt.space_after = Pt(6)
    if hanging_indent:
        fmt.left_indent = Inches(_INDENT_IN)
        fmt.first_line_indent = Inches(-_INDENT_IN)
    if title:
        doc.add_heading(title, level=1)
    for heading, group in _sections(entries):
        if heading:
            doc.add_heading(heading, level=2)
        for e in group:
            add_to_paragraph(doc.add_paragraph(style=ref_style), _with_label(e, numbered))
    doc.save(str(path))
