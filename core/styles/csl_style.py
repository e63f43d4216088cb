"""Any CSL style file (`.csl`, as in the Zotero style repository) rendered through citeproc-py."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.model import Reference
from core.styles.base import (
    CiteContext,
    CiteItem,
    CiteMode,
    Entry,
    ListOptions,
    Style,
    StyleError,
    ref_key,
    same_record,
)
from core.styles.richtext import Rich, parse_markup

_NS = "{http://purl.org/net/xbiblio/csl}"
# citeproc-py's HTML output: keep the inline tags the rich-text parser reads, drop the rest
# (layout divs of numeric styles).
_OTHER_TAGS = re.compile(r"</?(?!(?:i|b|sup|sub|span)\b)[a-zA-Z][^>]*>")
_LABEL = re.compile(r"^(\[?\d+\]?\.?)(?=[^\s.\]])")
# Silteme's own CSL-JSON keys, written back in the standard variables citeproc knows.
_LEGAL_FALLBACKS = {"adopted": "issued", "case-number": "number",
                    "container-title-translated": None, "container-title-translit": None,
                    "title-translated": None, "title-translit": None, "version-date": None,
                    "gazette-title": None, "gazette-year": None, "gazette-number": None,
                    "gazette-article": None, "jurisdiction": None, "issn-type": None,
                    "updated-by": None, "citation-key": None}


def _citeproc_item(ref: Reference, item_id: str) -> dict[str, Any]:
    """The record as citeproc-py reads it: standard CSL variables only, an adopted date standing
    in for a missing issued date (laws)."""
    from citeproc import DATES, NAMES, VARIABLES

    known = {v.replace("_", "-") for v in (*VARIABLES, *NAMES, *DATES)} | {"type"}
    data = ref.to_csl(include_id=False)
    for key, target in _LEGAL_FALLBACKS.items():
        value = data.pop(key, None)
        if target and value is not None and target not in data:
            data[target] = value
    out = {k: v for k, v in data.items() if k in known}
    out["id"] = item_id
    return out


def _to_rich(text: str) -> Rich:
    # A closing layout div (the number column of numeric styles) becomes a space.
    text = _OTHER_TAGS.sub(lambda m: " " if m.group().startswith("</div") else "", text)
    text = re.sub(r"\s{2,}", " ", text)
    return parse_markup(text).map_text(html.unescape).strip()


class CslStyle(Style):
    """A style read from a CSL 1.0 file. Narrative citations are not part of CSL 1.0: `narrative`
    mode gives the style's ordinary citation."""

    def __init__(self, path: Path) -> None:
        from citeproc import CitationStylesStyle
        from lxml import etree

        self.path = Path(path)
        if not self.path.is_file():
            raise StyleError(f"{self.path}: no such style file")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._style = CitationStylesStyle(str(self.path), validate=False)
        except (etree.XMLSyntaxError, OSError, ValueError, KeyError, AttributeError) as exc:
            raise StyleError(f"{self.path}: not a usable CSL style: {exc}") from exc
        root = self._style.root
        info = root.find(f"{_NS}info")
        title_el = info.find(f"{_NS}title") if info is not None else None
        self.name = self.path.stem
        self.title = (title_el.text or self.path.stem) if title_el is not None else self.path.stem
        bib = root.find(f"{_NS}bibliography")
        self.hanging_indent = bool(bib is not None and bib.get("hanging-indent") == "true")
        layout = bib.find(f"{_NS}layout") if bib is not None else None
        self.numbered = False
        # citeproc-py does not lay out `second-field-align` (the number column): a space is put
        # between the number and the entry instead.
        self._second_field = bib is not None and bib.get("second-field-align") is not None
        self._citation_number = layout is not None and any(
            el.get("variable") == "citation-number" for el in layout.iter())

    def _engine(self, refs: Sequence[Reference]) -> tuple[Any, list[str]]:
        from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
        from citeproc.source.json import CiteProcJSON

        ids = [f"i{i}" for i in range(len(refs))]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = CiteProcJSON([_citeproc_item(r, i) for r, i in zip(refs, ids, strict=True)])
            engine = CitationStylesBibliography(self._style, source, formatter.html)
            for item_id in ids:
                engine.register(Citation([CitationItem(item_id)]))
        return engine, ids

    def bibliography(self, refs: Sequence[Reference],
                     options: ListOptions | None = None) -> list[Entry]:
        if not refs:
            return []
        engine, ids = self._engine(refs)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rendered = [str(e) for e in engine.bibliography()]
        except (KeyError, AttributeError, TypeError, ValueError) as exc:
            raise StyleError(f"{self.path}: citeproc-py could not render the list: {exc}") from exc
        if self._second_field:
            rendered = [_LABEL.sub(r"\1 ", text, count=1) for text in rendered]
        by_id = dict(zip([str(k) for k in engine.keys], rendered, strict=False))
        index = {item_id: n for n, item_id in enumerate(ids)}
        sort = options.sort if options is not None else "style"
        if sort == "style":
            order = [index[k] for k in (str(k) for k in engine.keys) if k in index]
        else:
            order = self.order(refs, options, None)
        numbered = self.is_numbered(options)
        return [Entry(ref_key(refs[i], i), refs[i], _to_rich(by_id.get(ids[i], "")),
                      number=n if numbered else None) for n, i in enumerate(order, 1)]

    def cite(self, items: Sequence[CiteItem], *, mode: CiteMode = "parenthetical",
             context: CiteContext | None = None,
             options: ListOptions | None = None) -> Rich:
        from citeproc import Citation, CitationItem, Locator

        pool = list(context.refs) if context is not None and context.refs else []
        for ci in items:
            if not any(same_record(r, ci.ref) for r in pool):
                pool.append(ci.ref)
        engine, ids = self._engine(pool)
        cites = []
        for ci in items:
            kwargs: dict[str, Any] = {}
            if ci.locator:
                kwargs["locator"] = Locator(ci.label or "page", ci.locator)
            if ci.prefix:
                kwargs["prefix"] = ci.prefix + " "
            if ci.suffix:
                kwargs["suffix"] = ", " + ci.suffix
            n = next(i for i, r in enumerate(pool) if same_record(r, ci.ref))
            cites.append(CitationItem(ids[n], **kwargs))
        citation = Citation(cites)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                engine.register(citation)
                text = str(engine.cite(citation, lambda _item: None))
        except (KeyError, AttributeError, TypeError, ValueError) as exc:
            raise StyleError(f"{self.path}: citeproc-py could not render the citation: {exc}") \
                from exc
        if context is not None:
            context.history.append(list(items))
        return _to_rich(text)
