"""Finished reference lists as text, HTML, RTF and DOCX documents (hanging indent, numbers,
section headings), chosen by file extension."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from core.errors import InvalidValueError
from core.styles.base import Entry
from core.styles.richtext import Rich, rtf_escape, safe_link, to_html, to_rtf

Format = Literal["text", "html", "rtf"]
EXTENSIONS: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".rtf": "rtf",
                              ".docx": "docx"}
_INDENT_IN = 0.5  # the hanging indent APA and Word use: half an inch


def sections(entries: Sequence[Entry]) -> Iterator[tuple[str | None, list[Entry]]]:
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


def labelled(e: Entry, numbered: bool) -> Rich:
    """The entry with its number in front (`1. `) when the list is numbered."""
    return Rich(f"{e.label} ") + e.rich if numbered and e.number is not None else e.rich


def render_list(entries: Sequence[Entry], fmt: Format = "text", *, numbered: bool = False,
                hanging_indent: bool = True, title: str | None = None) -> str:
    """A whole list as one string: plain text (one entry a line), an HTML document or an RTF
    document."""
    if fmt == "text":
        lines: list[str] = [title, ""] if title else []
        for heading, group in sections(entries):
            if heading:
                lines.append(heading)
            lines.extend(labelled(e, numbered).plain() for e in group)
        return "\n".join(lines) + "\n"
    if fmt == "html":
        css = (f"p.ref{{margin:0 0 0.5em {_INDENT_IN}in;text-indent:-{_INDENT_IN}in}}"
               if hanging_indent else "p.ref{margin:0 0 0.5em 0}")
        body = [f"<h1>{html.escape(title)}</h1>"] if title else []
        for heading, group in sections(entries):
            if heading:
                body.append(f"<h2>{html.escape(heading)}</h2>")
            body.extend(f'<p class="ref">{to_html(labelled(e, numbered))}</p>' for e in group)
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<title>{html.escape(title or 'References')}</title>"
                f"<style>body{{font-family:'Times New Roman',serif;font-size:12pt}}"
                # named, not `inherit`: LibreOffice's HTML import gives headings its sans font
                "h1,h2{font-family:'Times New Roman',serif}h1{font-size:14pt;text-align:center}"
                f"h2{{font-size:12pt}}{css}"
                "</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    if fmt == "rtf":
        twips = int(_INDENT_IN * 1440)
        indent = f"\\li{twips}\\fi-{twips}" if hanging_indent else ""
        out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}"
               "\\f0\\fs24\n"]
        if title:
            out.append(f"\\pard\\qc\\b {rtf_escape(title)}\\b0\\par\n")
        for heading, group in sections(entries):
            if heading:
                out.append(f"\\pard\\sb240\\sa120\\b {rtf_escape(heading)}\\b0\\par\n")
            for e in group:
                out.append(f"\\pard\\sa120{indent} {to_rtf(labelled(e, numbered))}\\par\n")
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
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml
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
    _plain_headings(doc)
    if title:
        doc.add_heading(title, level=1)
    style_id = ref_style.style_id
    # The entries are written as WordprocessingML text and parsed once: python-docx's
    # paragraph-by-paragraph API (and its linear search for an existing hyperlink relationship)
    # takes minutes for 10,000 entries.
    rels = doc.part.rels
    link_ids: dict[str, str] = {}

    def link_id(url: str) -> str:
        rid = link_ids.get(url)
        if rid is None:
            rid = f"rIdSiltemeLink{len(link_ids) + 1}"
            rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rid, is_external=True)
            link_ids[url] = rid
        return rid

    heading_id = doc.styles["Heading 2"].style_id if any(e.section for e in entries) else ""
    parts: list[str] = []
    for heading, group in sections(entries):
        if heading:
            parts.append(f'<w:p><w:pPr><w:pStyle w:val="{heading_id}"/></w:pPr>'
                         f"{_docx_run(heading, '')}</w:p>")
        for e in group:
            parts.append(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
                         f"{_docx_runs(labelled(e, numbered), link_id)}</w:p>")
    body = parse_xml(f'<w:body {_W_NS}>{"".join(parts)}</w:body>')
    target = doc.element.body
    anchor = target.sectPr
    for p in list(body):
        if anchor is not None:
            anchor.addprevious(p)
        else:
            target.append(p)
    doc.save(str(path))


def _plain_headings(doc: Any) -> None:
    """The list's title and section headings in the text font, black and bold (the default
    template's blue theme-font headings look out of place in a thesis's list); the title
    centred, as GOST lists and APA's "References" have it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.rPr.find(qn("w:rFonts"))
        if fonts is not None:
            # Theme fonts win over named ones: drop them so Times New Roman applies.
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            fonts.set(qn("w:cs"), "Times New Roman")
        fmt = style.paragraph_format
        fmt.space_before = Pt(12)
        fmt.space_after = Pt(6)
    doc.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


_W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _xml_text(text: str) -> str:
    # XML 1.0 cannot hold most control characters; they are dropped rather than fail the file.
    clean = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return html.escape(clean, quote=False)


def _docx_run(text: str, props: str) -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>'


def _docx_runs(rich: Rich, link_id: Callable[[str], str]) -> str:
    out: list[str] = []
    for r in rich.runs:
        link = safe_link(r.link)
        # Element order follows the schema (rStyle, b, i, smallCaps, color, u, vertAlign); the
        # default template has no Hyperlink style, so links get its look directly.
        props = "".join(tag for tag, on in (
            ('<w:rStyle w:val="Hyperlink"/>', bool(link)), ("<w:b/>", r.bold),
            ("<w:i/>", r.italic), ("<w:smallCaps/>", r.small_caps),
            ('<w:color w:val="0563C1"/><w:u w:val="single"/>', bool(link)),
            ('<w:vertAlign w:val="superscript"/>', r.vertical == "sup"),
            ('<w:vertAlign w:val="subscript"/>', r.vertical == "sub")) if on)
        run = _docx_run(r.text, props)
        if link:
            run = f'<w:hyperlink r:id="{link_id(link)}">{run}</w:hyperlink>'
        out.append(run)
    return "".join(out)
