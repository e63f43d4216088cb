"""The citation style contract (reference list entries, in-text citations, list options) and the
style registry `get_style(name_or_path)`."""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from core.errors import NotFoundError, SiltemeError
from core.model import Reference
from core.styles.names import name_sort_key
from core.styles.richtext import Rich
from core.text import collation_key

CiteMode = Literal["parenthetical", "narrative", "note"]
# "style": the style's own order; "none": the order given (citation order); the rest sort by
# the first author, the title or the year (then author) whatever the style does.
SORT_ORDERS: tuple[str, ...] = ("style", "none", "author", "title", "year", "year-desc")


class StyleError(SiltemeError):
    """A style cannot be used: a broken .csl file, an option it does not know."""


class UnknownStyleError(StyleError, NotFoundError):
    """No built-in style has that name and it is not a path to a .csl file."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = list(known)
        super().__init__(f"unknown style {name!r}; built-in styles: {', '.join(known)}, "
                         "or a path to a .csl file")


@dataclass(frozen=True, slots=True)
class ListOptions:
    """How to build a reference list. None means "the style's default"."""

    numbered: bool | None = None
    sort: str = "style"
    hanging_indent: bool | None = None
    locale: str | None = None  # language of the list's own words where a style offers several
    settings: Mapping[str, Any] = field(default_factory=dict)  # style-specific switches

    def __post_init__(self) -> None:
        if self.sort not in SORT_ORDERS:
            from core.errors import InvalidValueError

            raise InvalidValueError("sort", self.sort, f"expected one of {', '.join(SORT_ORDERS)}")


@dataclass(slots=True)
class Entry:
    """One formatted entry of a reference list. `key` identifies the record in the list (library
    id, else citation key, else position); `section` is a heading the entry belongs under, for
    styles that group their lists (None: no sections)."""

    key: str
    ref: Reference
    rich: Rich
    number: int | None = None
    section: str | None = None

    @property
    def label(self) -> str:
        return f"{self.number}." if self.number is not None else ""

    def text(self) -> str:
        return self.rich.plain()

    def html(self) -> str:
        return self.rich.to_html()

    def rtf(self) -> str:
        return self.rich.to_rtf()


@dataclass(frozen=True, slots=True)
class CiteItem:
    """One work cited at one place, with a pinpoint (`locator` under `label`: page, chapter,
    section, article, paragraph, part, clause, volume, ...)."""

    ref: Reference
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None
    suppress_author: bool = False


@dataclass(slots=True)
class CiteContext:
    """What a citation may depend on besides its own items: every work cited in the document (APA
    letters 2023a/2023b, GOST numbers), numbers already given in order of first citation, and the
    earlier citations (footnote repeats, `Там же`). Styles append to `history` as they cite."""

    refs: Sequence[Reference] = ()
    numbers: dict[str, int] = field(default_factory=dict)
    history: list[list[CiteItem]] = field(default_factory=list)
    # Work a style derives from `refs` once per context (name forms, letters). A caller that
    # changes the records makes a new context.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def ref_key(ref: Reference, index: int | None = None) -> str:
    """The identity of a record in a list: library id, else citation key, else `#index`."""
    if ref.id is not None:
        return str(ref.id)
    if ref.citation_key:
        return ref.citation_key
    return f"#{index if index is not None else id(ref)}"


def same_record(a: Reference, b: Reference) -> bool:
    """The same object, the same library id, or (both unstored) the same citation key."""
    if a is b:
        return True
    if a.id is not None or b.id is not None:
        return a.id == b.id
    return bool(a.citation_key) and a.citation_key == b.citation_key


def generic_sort_key(ref: Reference, order: str) -> tuple[Any, ...]:
    """Sort keys for the orders every style offers (`author`, `title`, `year`, `year-desc`)."""
    first = ref.authors[0] if ref.authors else (ref.creators[0] if ref.creators else None)
    author = name_sort_key(first) if first else (collation_key(ref.title), (3, ""))
    title = collation_key(ref.title)
    year = ref.year if ref.year is not None else 9999
    if order == "title":
        return (title, author, year)
    if order == "year":
        return (year, author, title)
    if order == "year-desc":
        return (-year, author, title)
    return (author, year, title)


class Style(ABC):
    """A citation style. Subclasses set `name`, `title`, `numbered`, `hanging_indent` and build
    entries with the `richtext` model; they never print or write files themselves."""

    # Plain attributes (not ClassVar) so that a style read from a file can set them per instance.
    name: str = ""
    title: str = ""
    numbered: bool = False        # default for ListOptions.numbered
    hanging_indent: bool = True   # default for ListOptions.hanging_indent
    modes: ClassVar[tuple[CiteMode, ...]] = ("parenthetical", "narrative")

    @abstractmethod
    def bibliography(self, refs: Sequence[Reference],
                     options: ListOptions | None = None) -> list[Entry]:
        """The reference list for these records, in the order the options ask for, numbered
        when they ask for it. Works cited together are disambiguated across the whole list."""

    @abstractmethod
    def cite(self, items: Sequence[CiteItem], *, mode: CiteMode = "parenthetical",
             context: CiteContext | None = None,
             options: ListOptions | None = None) -> Rich:
        """One citation of one or more works: `(Smith, 2020, p. 4)`, `Smith (2020)`, `[1, с. 15]`
        or a footnote text, depending on the style and `mode`."""

    def entry(self, ref: Reference, options: ListOptions | None = None) -> Rich:
        """One record formatted alone (no disambiguation against others)."""
        return self.bibliography([ref], options)[0].rich

    # Helpers for subclasses --------------------------------------------------------------
    def is_numbered(self, options: ListOptions | None) -> bool:
        if options is not None and options.numbered is not None:
            return options.numbered
        return self.numbered

    def has_hanging_indent(self, options: ListOptions | None) -> bool:
        if options is not None and options.hanging_indent is not None:
            return options.hanging_indent
        return self.hanging_indent

    @staticmethod
    def order(refs: Sequence[Reference], options: ListOptions | None,
              style_key: Callable[[Reference], Any] | None) -> list[int]:
        """Indexes of `refs` in list order: the style's key for `sort="style"` (input order if
        the style has none), input order for `none`, else the generic orders."""
        sort = options.sort if options is not None else "style"
        indexes = list(range(len(refs)))
        if sort == "none" or (sort == "style" and style_key is None):
            return indexes
        if sort == "style":
            assert style_key is not None
            return sorted(indexes, key=lambda i: style_key(refs[i]))
        return sorted(indexes, key=lambda i: generic_sort_key(refs[i], sort))


# ---------------------------------------------------------------------- registry
# Built-in styles: name -> "module:class", imported on first use so the command line starts fast.
_BUILTIN: dict[str, str] = {
    "apa": "core.styles.apa:ApaStyle",
    "gost-7.1": "core.styles.gost:Gost71Style",
    "gost-r-7.0.100": "core.styles.gost:GostR70100Style",
    "gost-r-7.0.5": "core.styles.gost_notes:GostNotesStyle",
}
_FACTORIES: dict[str, Callable[[], Style]] = {}
_CACHE: dict[str, Style] = {}


def register_style(name: str, target: str | Callable[[], Style]) -> None:
    """Add a built-in style: a `"module:Class"` path (imported lazily) or a factory."""
    if isinstance(target, str):
        _BUILTIN[name] = target
    else:
        _FACTORIES[name] = target
    _CACHE.pop(name, None)


def style_names() -> list[str]:
    return sorted(set(_BUILTIN) | set(_FACTORIES))


def get_style(name_or_path: str | Path) -> Style:
    """A built-in style by name (`apa`, `gost-7.1`, ...), or any CSL style by the path of its
    `.csl` file (rendered through citeproc-py)."""
    text = str(name_or_path)
    key = text.strip().lower()
    if key in _CACHE:
        return _CACHE[key]
    style: Style
    if key in _FACTORIES:
        style = _FACTORIES[key]()
    elif key in _BUILTIN:
        module_name, _, cls_name = _BUILTIN[key].partition(":")
        style_cls: type[Style] = getattr(importlib.import_module(module_name), cls_name)
        style = style_cls()
    elif text.lower().endswith(".csl") or Path(text).is_file():
        from core.styles.csl_style import CslStyle

        return CslStyle(Path(text))
    else:
        raise UnknownStyleError(text, style_names())
    _CACHE[key] = style
    return style
