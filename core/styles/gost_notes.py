"""`gost-r-7.0.5` (ГОСТ Р 7.0.5-2008): footnotes with `Там же` and short repeats, and `[1, с. 45]`.

A footnote gives the full record the first time a work is cited (with the cited page in place of
the page count), `Там же. С. 45.` when the previous footnote cited the same single work (`Ibid.
P. 45.` for English works, `Сонда. Б. 45.` for Kazakh ones), and a shortened record (heading and
title proper, then the pinpoint) when the work was cited earlier but not just before. In-text
references number works in order of first citation: `[1, с. 45]`; the matching list is numbered
in that order. The record form is the 7.0.5 one: up to three names in the heading, written
`Иванов И. П.`, not repeated after ` / ` (gost-rules.md §1, §6).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from core.errors import ParseError
from core.model import Reference
from core.styles.base import CiteContext, CiteItem, CiteMode, Entry, ListOptions, ref_key
from core.styles.gost import (
    GOST_R_7_0_5,
    GostStyle,
    Pinpoint,
    Profile,
    complex_reference,
    in_text,
    normalize_range,
    typographic_spaces,
)
from core.styles.gost_terms import item_language, terms_for
from core.styles.richtext import Rich


def _pin(item: CiteItem) -> Pinpoint | None:
    return Pinpoint(item.locator, item.label or "page") if item.locator else None


def _same_place(a: CiteItem, b: CiteItem) -> bool:
    """The same pinpoint, however the range was typed (`12-14` and `12–14`)."""
    if (a.label or "page") != (b.label or "page"):
        return False
    norm = normalize_range if (a.label or "page") == "page" else str.strip
    return norm(a.locator or "") == norm(b.locator or "")


class GostNotesStyle(GostStyle):
    name = "gost-r-7.0.5"
    title = "ГОСТ Р 7.0.5-2008"
    profile: ClassVar[Profile] = GOST_R_7_0_5
    modes: ClassVar[tuple[CiteMode, ...]] = ("note", "parenthetical")

    def cite(self, items: Sequence[CiteItem], *, mode: CiteMode = "note",
             context: CiteContext | None = None,
             options: ListOptions | None = None) -> Rich:
        ctx = context if context is not None else CiteContext()
        if mode != "note":
            return in_text(items, ctx, nbsp=self.builder(options).p.nbsp)
        b = self.builder(options)
        previous = ctx.history[-1] if ctx.history else None
        seen = {ref_key(i.ref) for group in ctx.history for i in group}
        parts: list[Rich] = []
        # Each part of a complex reference goes without its closing full stop (` ; ` follows).
        final_stop = len(items) == 1
        for item in items:
            key = ref_key(item.ref)
            pin = _pin(item)
            if (len(items) == 1 and previous is not None and len(previous) == 1
                    and ref_key(previous[0].ref) == key):
                t = terms_for(item_language(item.ref.language, item.ref.title,
                                            item.ref.container_title))
                rich = Rich(t.ibid)
                if pin and not _same_place(previous[0], item):
                    rich.add_punct(". ")
                    rich.append(pin.text(t, capital=True))
                rich = rich.end_with(".")
                parts.append(rich.map_text(typographic_spaces) if b.p.nbsp else rich)
            elif key in seen:
                parts.append(b.short(item.ref, pin, final_stop=final_stop))
            else:
                parts.append(b.record(item.ref, pin, final_stop=final_stop))
            seen.add(key)
        ctx.history.append(list(items))
        return complex_reference(parts, nbsp=b.p.nbsp)


@dataclass(frozen=True, slots=True)
class CitationFile:
    """The `footnotes` command's input: CSL-JSON items and the citations in text order; each
    citation is one footnote (or one bracket) citing one or more works."""

    refs: list[Reference]
    citations: list[list[CiteItem]]


def load_citation_file(data: Any, *, file: str | None = None) -> CitationFile:
    """`{"items": [CSL-JSON...], "citations": [{"id", "locator", "label"}...]}`; a citation of
    several works in one footnote is `{"cites": [{"id", "locator", "label"}, ...]}`. Errors name
    the entry."""
    if not isinstance(data, dict):
        raise ParseError("expected an object with `items` and `citations`", file=file)
    raw_items = data.get("items")
    raw_cites = data.get("citations")
    if not isinstance(raw_items, list) or not isinstance(raw_cites, list):
        raise ParseError("`items` and `citations` must both be lists", file=file)
    refs: list[Reference] = []
    by_id: dict[str, Reference] = {}
    for n, item in enumerate(raw_items, start=1):
        if not isinstance(item, dict) or item.get("id") in (None, ""):
            raise ParseError(f"item {n} has no `id`", file=file)
        ref = Reference.from_csl(item)
        ref.citation_key = str(item["id"])
        by_id[str(item["id"])] = ref
        refs.append(ref)
    groups: list[list[CiteItem]] = []
    for n, cite in enumerate(raw_cites, start=1):
        parts = cite.get("cites") if isinstance(cite, dict) and "cites" in cite else [cite]
        if not isinstance(parts, list) or not parts:
            raise ParseError(f"citation {n}: `cites` must be a non-empty list", file=file)
        group: list[CiteItem] = []
        for part in parts:
            if not isinstance(part, dict) or "id" not in part:
                raise ParseError(f"citation {n} has no `id`", file=file)
            key = str(part["id"])
            if key not in by_id:
                raise ParseError(f"citation {n} cites `{key}`, which is not among the items",
                                 file=file, key=key)
            locator = part.get("locator")
            group.append(CiteItem(by_id[key],
                                  str(locator) if locator not in (None, "") else None,
                                  str(part.get("label") or "page")))
        groups.append(group)
    return CitationFile(refs, groups)


def _groups(cites: Sequence[CiteItem | Sequence[CiteItem]]) -> list[list[CiteItem]]:
    return [[c] if isinstance(c, CiteItem) else list(c) for c in cites]


def footnotes(cites: Sequence[CiteItem | Sequence[CiteItem]],
              options: ListOptions | None = None,
              style: GostStyle | None = None) -> list[Rich]:
    """One footnote per citation (a work, or several works cited together), in order."""
    st = style or GostNotesStyle()
    groups = _groups(cites)
    ctx = CiteContext(refs=[c.ref for g in groups for c in g])
    return [st.cite(g, mode="note", context=ctx, options=options) for g in groups]


def in_text_with_list(cites: Sequence[CiteItem | Sequence[CiteItem]],
                      options: ListOptions | None = None,
                      style: GostStyle | None = None) -> tuple[list[Rich], list[Entry]]:
    """The in-text references `[1, с. 45]` (`[1, с. 45; 3]` for several works) and the list
    numbered in order of first citation."""
    st = style or GostNotesStyle()
    groups = _groups(cites)
    ctx = CiteContext(refs=[c.ref for g in groups for c in g])
    marks = [st.cite(g, mode="parenthetical", context=ctx, options=options) for g in groups]
    first: dict[str, Reference] = {}
    for c in (c for g in groups for c in g):
        first.setdefault(ref_key(c.ref), c.ref)
    ordered = sorted(first.values(), key=lambda r: ctx.numbers[ref_key(r)])
    settings: Mapping[str, Any] = options.settings if options is not None else {}
    list_options = ListOptions(numbered=True, sort="none", settings=settings,
                               locale=options.locale if options is not None else None)
    return marks, st.bibliography(ordered, list_options)
