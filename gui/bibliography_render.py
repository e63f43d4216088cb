"""The bibliography builder's work as plain functions (no widgets, safe off the GUI thread): a
list request to formatted entries, the preview HTML, the clipboard pair, in-text and footnote
citations. Everything here is the citation engine in `core/styles/`; this module only chooses
what to call with which options."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.model import Reference
from core.styles.base import CiteContext, CiteItem, CiteMode, Entry, ListOptions, get_style
from core.styles.export import labelled, sections
from core.styles.richtext import Rich, clipboard_pair, to_html

# The forms of "Copy citation": APA parenthetical / narrative, ГОСТ Р 7.0.5 in-text `[1, с. 15]`
# and footnote, or the list style's own citation (any CSL style).
CITE_FORMS: tuple[str, ...] = ("apa-parenthetical", "apa-narrative", "gost-in-text",
                               "gost-footnote", "list-style")
# GOST list settings the footnotes follow too (typography and name lists must agree between a
# chapter's notes and its list); the rest are 7.0.5's own.
FOOTNOTE_SETTINGS = ("et_al", "nbsp", "area_dash")
INDENT_PX = 36  # the preview's hanging indent (half an inch at 72 dpi, as in the documents)
Check = Callable[[], None]


@dataclass(frozen=True, slots=True)
class ListRequest:
    """Everything that decides a formatted list besides the records: the style (a built-in name or
    the path of a .csl file), its order and numbering, the style's settings, the transliterated
    References variant (`translit` scheme, `translit_kk` for Kazakh text) and a heading."""

    style: str
    sort: str = "style"
    numbered: bool | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    translit: str | None = None
    translit_kk: str | None = None
    title: str | None = None

    def options(self) -> ListOptions:
        return ListOptions(numbered=self.numbered, sort=self.sort, settings=dict(self.settings))


@dataclass(slots=True)
class RenderedList:
    """A formatted list and how to lay it out."""

    request: ListRequest
    entries: list[Entry]
    numbered: bool
    hanging_indent: bool

    @property
    def title(self) -> str | None:
        return self.request.title or None

    def numbers(self) -> dict[str, int]:
        """Entry number by record key (library id), for `[n, с. 15]` matching the list; an
        unnumbered list counts its entries in list order."""
        return {e.key: (e.number if e.number is not None else n)
                for n, e in enumerate(self.entries, start=1)}


def format_list(refs: Sequence[Reference], request: ListRequest) -> RenderedList:
    """The entries for these records (in the order chosen by the user) under the request."""
    style = get_style(request.style)
    options = request.options()
    if request.translit:
        from core.styles.references_list import references_list

        entries = references_list(refs, request.translit, kk_scheme=request.translit_kk,
                                  style=request.style, options=options)
    else:
        entries = style.bibliography(refs, options)
    return RenderedList(request, entries, style.is_numbered(options),
                        style.has_hanging_indent(options))


def preview_chunks(rendered: RenderedList, *, check: Check | None = None,
                   indent_px: int = INDENT_PX, size: int = 200, limit: int | None = None,
                   more: str = "") -> list[str]:
    """The list as the HTML subset QTextDocument reads, in pieces of `size` entries: one
    paragraph per entry (hanging indent where the style wants one), the title bold and centred,
    section headings bold. Pieces, because the binding holds Python's lock while Qt parses a
    piece: small ones let the window's thread run in between. With `limit`, only the first
    entries, then the paragraph `more` (what the preview leaves out)."""
    indent = (f"margin-left:{indent_px}px;text-indent:-{indent_px}px;"
              if rendered.hanging_indent else "")
    para = f'<p style="{indent}margin-top:0px;margin-bottom:6px">'
    chunks: list[str] = []
    out: list[str] = []
    if rendered.title:
        out.append(f'<p align="center" style="margin-top:0px;margin-bottom:10px"><b>'
                   f"{html.escape(rendered.title)}</b></p>")
    done = 0
    entries = rendered.entries if limit is None else rendered.entries[:limit]
    for heading, group in sections(entries):
        if heading:
            out.append(f'<p style="margin-top:10px;margin-bottom:6px"><b>'
                       f"{html.escape(heading)}</b></p>")
        for entry in group:
            out.append(f"{para}{to_html(labelled(entry, rendered.numbered))}</p>")
            done += 1
            if done % size == 0:
                chunks.append("".join(out))
                out = []
                if check is not None:
                    check()
    if more and limit is not None and len(rendered.entries) > limit:
        out.append(f'<p style="margin-top:10px;color:gray"><i>{html.escape(more)}</i></p>')
    if out:
        chunks.append("".join(out))
    return chunks


def list_paragraphs(rendered: RenderedList) -> list[Rich]:
    """The list as paragraphs for the clipboard: title and headings in bold, numbered entries."""
    out: list[Rich] = []
    if rendered.title:
        out.append(Rich(rendered.title).bold())
    for heading, group in sections(rendered.entries):
        if heading:
            out.append(Rich(heading).bold())
        out.extend(labelled(e, rendered.numbered) for e in group)
    return out


def list_clipboard(rendered: RenderedList) -> tuple[str, str]:
    """(HTML document, plain text): the pair Word and LibreOffice paste as a formatted list."""
    return clipboard_pair(list_paragraphs(rendered), hanging_indent=rendered.hanging_indent)


# ---------------------------------------------------------------------- citations
@dataclass(frozen=True, slots=True)
class CiteRequest:
    """One "Copy citation": the form, the pinpoint of the last work cited (`locator` under
    `label`: page, article, paragraph, subparagraph, part), and the list the works belong to."""

    form: str
    locator: str | None = None
    label: str = "page"
    list_style: str = "apa"
    list_settings: Mapping[str, Any] = field(default_factory=dict)


def cite(request: CiteRequest, cited: Sequence[Reference], *, list_refs: Sequence[Reference],
         numbers: Mapping[str, int] | None = None,
         history: CiteContext | None = None) -> Rich:
    """The citation of `cited` (in this order) in the requested form. `list_refs` are the works of
    the whole list (APA letters 2023a/2023b, added initials); `numbers` the list's numbers for
    `[n, с. 15]`; `history` a footnote sequence to continue (`Там же`, short repeats), else the
    footnote is a first citation."""
    if not cited:
        return Rich()
    items = [CiteItem(ref) for ref in cited]
    if request.locator and request.locator.strip():
        items[-1] = CiteItem(cited[-1], locator=request.locator.strip(),
                             label=request.label or "page")
    pool = list(list_refs) or list(cited)
    if request.form in ("apa-parenthetical", "apa-narrative"):
        mode: CiteMode = "narrative" if request.form == "apa-narrative" else "parenthetical"
        return get_style("apa").cite(items, mode=mode, context=CiteContext(refs=pool))
    if request.form == "gost-in-text":
        ctx = CiteContext(refs=pool, numbers=dict(numbers or {}))
        return get_style("gost-r-7.0.5").cite(items, mode="parenthetical", context=ctx,
                                             options=_footnote_options(request))
    if request.form == "gost-footnote":
        ctx = history if history is not None else CiteContext(refs=pool)
        return get_style("gost-r-7.0.5").cite(items, mode="note", context=ctx,
                                             options=_footnote_options(request))
    if request.form == "list-style":
        style = get_style(request.list_style)
        ctx = CiteContext(refs=pool, numbers=dict(numbers or {}))
        return style.cite(items, mode="parenthetical", context=ctx,
                          options=ListOptions(settings=dict(request.list_settings)))
    raise ValueError(f"unknown citation form {request.form!r}")


def _is_gost(style: str) -> bool:
    return style.startswith("gost")


def _footnote_options(request: CiteRequest) -> ListOptions:
    if not _is_gost(request.list_style):
        return ListOptions()
    return ListOptions(settings={k: v for k, v in request.list_settings.items()
                                 if k in FOOTNOTE_SETTINGS})
