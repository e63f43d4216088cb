"""Rich text for citations (runs: italic, bold, small caps, super/subscript, link) and renderers.

Styles build `Rich` values; renderers turn them into plain text, HTML, RTF, DOCX runs and the
clipboard's HTML + plain-text pair. Titles stored with CSL-JSON in-title markup (`<i>`, `<b>`,
`<sub>`, `<sup>`, `<span style="font-variant:small-caps;">`, `<span class="nocase">`) are read by
`Rich.from_markup`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # python-docx is imported only when a DOCX is written
    from docx.text.paragraph import Paragraph

Vertical = Literal["sup", "sub"] | None

# Characters after which a following "." is not added (the sentence already ends).
_ENDS_SENTENCE = frozenset(".?!…")
# Link schemes a rendered reference may point to. A record's URL comes from files and services
# Silteme does not control: `javascript:`, `file:`, `data:` and the like are shown as text only.
LINK_SCHEMES = ("http://", "https://", "ftp://", "mailto:")


_LINK_QUOTED = str.maketrans({'"': "%22", "<": "%3C", ">": "%3E", "\\": "%5C", " ": "%20",
                              "{": "%7B", "}": "%7D"})


def safe_link(url: str | None) -> str | None:
    """The URL a renderer may link to: a web or mail address, with the characters that could
    close an HTML attribute or an RTF field percent-encoded (SICI DOIs hold `<` and `>`). None
    for any other scheme or a URL with control characters: the text is then shown unlinked."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(LINK_SCHEMES):
        return None
    if any(ch < " " or ch == "\x7f" for ch in url):
        return None
    return url.translate(_LINK_QUOTED)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one formatting. `nocase` marks text a case change must not touch."""

    text: str
    italic: bool = False
    bold: bool = False
    small_caps: bool = False
    vertical: Vertical = None
    link: str | None = None
    nocase: bool = False

    def same_format(self, other: Run) -> bool:
        return (self.italic == other.italic and self.bold == other.bold
                and self.small_caps == other.small_caps and self.vertical == other.vertical
                and self.link == other.link and self.nocase == other.nocase)

    def with_text(self, text: str) -> Run:
        """The same formatting over other text (faster than dataclasses.replace)."""
        return Run(text, self.italic, self.bold, self.small_caps, self.vertical, self.link,
                   self.nocase)


class Rich:
    """A sequence of runs. Appending mutates; the formatting helpers return new values."""

    __slots__ = ("runs",)

    def __init__(self, runs: Iterable[Run] | str | None = None) -> None:
        if runs is None:
            self.runs: list[Run] = []
        elif isinstance(runs, str):
            self.runs = [Run(runs)] if runs else []
        else:
            self.runs = [r for r in runs if r.text]

    # ------------------------------------------------------------------ construction
    @classmethod
    def text(cls, text: str | None, **fmt: Any) -> Rich:
        """Plain text with one formatting (`Rich.text("Nature", italic=True)`); None -> empty."""
        return cls([Run(text, **fmt)]) if text else cls()

    @classmethod
    def from_markup(cls, text: str | None, **fmt: Any) -> Rich:
        """Parse CSL-JSON in-title markup; unknown tags and stray `<` stay as literal text."""
        return parse_markup(text, **fmt)

    @classmethod
    def join(cls, parts: Iterable[Rich | str | None], sep: str | Rich = "") -> Rich:
        """Join the non-empty parts with `sep`, merging punctuation where a part already ends with
        it (`"Title?" + ". "` gives `"Title? "`)."""
        out = cls()
        first = True
        for part in parts:
            if part is None:
                continue
            rich = cls(part) if isinstance(part, str) else part
            if not rich:
                continue
            if not first and sep:
                out.add_punct(sep)
            out.extend(rich)
            first = False
        return out

    # ------------------------------------------------------------------ mutation
    def append(self, text: str | None, **fmt: Any) -> Rich:
        if text:
            runs = self.runs
            if not fmt:
                # The common case, plain text: merge without building a throw-away run.
                if runs:
                    last = runs[-1]
                    if not (last.italic or last.bold or last.small_caps or last.vertical
                            or last.link or last.nocase):
                        runs[-1] = Run(last.text + text)
                        return self
                runs.append(Run(text))
                return self
            run = Run(text, **fmt)
            if runs and runs[-1].same_format(run):
                runs[-1] = runs[-1].with_text(runs[-1].text + text)
            else:
                runs.append(run)
        return self

    def extend(self, other: Rich | str | None) -> Rich:
        if other is None:
            return self
        if isinstance(other, str):
            return self.append(other)
        for run in other.runs:
            if self.runs and self.runs[-1].same_format(run):
                self.runs[-1] = self.runs[-1].with_text(self.runs[-1].text + run.text)
            else:
                self.runs.append(run)
        return self

    def add_punct(self, delim: str | Rich) -> Rich:
        """Append a delimiter such as `". "`, `", "` or `"."`, dropping its leading punctuation
        mark when the text already ends with punctuation that makes it redundant: no `..`, `?.`,
        `,,` or `;,`. Spaces in the delimiter are kept, doubled spaces are not made."""
        plain = delim.plain() if isinstance(delim, Rich) else delim
        last = self.last_char()
        if not plain:
            return self
        if last is None:
            # Nothing before: a delimiter's punctuation would dangle.
            stripped = plain.lstrip(".,;:")
            if isinstance(delim, Rich):
                return self.extend(delim) if stripped == plain else self
            return self.append(stripped.lstrip()) if stripped != plain else self.append(plain)
        head = plain[0]
        # "." after a sentence end is redundant; "," ";" ":" after one of those is doubled. A
        # comma after an abbreviation's full stop stays ("Smith, J., & Lee").
        if (head == "." and last in _ENDS_SENTENCE) or (head in ",;:" and last in ",;:"):
            rest = plain[1:]
            if last.isspace():
                rest = rest.lstrip()
            return self.append(rest)
        if plain[0].isspace() and last.isspace():
            plain = plain.lstrip()
        if isinstance(delim, Rich) and plain == delim.plain():
            return self.extend(delim)
        return self.append(plain)

    def end_with(self, mark: str = ".") -> Rich:
        """End the text with `mark` unless it already ends a sentence (`.`, `?`, `!`, `…`)."""
        last = self.last_char()
        if last is None:
            return self
        if mark == "." and last in _ENDS_SENTENCE:
            return self
        if self.plain().endswith(mark):
            return self
        return self.append(mark)

    # ------------------------------------------------------------------ formatted copies
    def styled(self, **fmt: Any) -> Rich:
        """A copy with every run given the formatting (`rich.styled(bold=True)`)."""
        return Rich([replace(r, **fmt) for r in self.runs])

    def italic(self, flip: bool = True) -> Rich:
        """A copy in italics. With `flip`, text already italic inside becomes roman, as CSL and
        APA want for a species name inside a book title."""
        return Rich([replace(r, italic=not r.italic if flip else True) for r in self.runs])

    def bold(self) -> Rich:
        return self.styled(bold=True)

    def small_caps(self) -> Rich:
        return self.styled(small_caps=True)

    def linked(self, url: str) -> Rich:
        return self.styled(link=url)

    def copy(self) -> Rich:
        return Rich(list(self.runs))

    def map_text(self, fn: Any) -> Rich:
        """A copy with `fn(text)` applied to every run not marked `nocase`."""
        return Rich([r if r.nocase else r.with_text(fn(r.text)) for r in self.runs])  # drops ""

    # ------------------------------------------------------------------ views
    def plain(self) -> str:
        return "".join(r.text for r in self.runs)

    def last_char(self) -> str | None:
        for run in reversed(self.runs):
            if run.text:
                return run.text[-1]
        return None

    def strip(self) -> Rich:
        """A copy without leading and trailing white space (the value itself when it has none)."""
        runs0 = self.runs
        if runs0 and not (runs0[0].text[:1].isspace() or runs0[-1].text[-1:].isspace()):
            return self
        runs = list(self.runs)
        while runs and not runs[0].text.strip():
            runs.pop(0)
        while runs and not runs[-1].text.strip():
            runs.pop()
        if runs:
            runs[0] = runs[0].with_text(runs[0].text.lstrip())
            runs[-1] = runs[-1].with_text(runs[-1].text.rstrip())
        return Rich(runs)

    def __bool__(self) -> bool:
        return bool(self.runs)  # runs never hold empty text (see __init__, map_text, strip)

    def __iter__(self) -> Iterator[Run]:
        return iter(self.runs)

    def __add__(self, other: Rich | str) -> Rich:
        return self.copy().extend(other)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rich):
            return self.normalized().runs == other.normalized().runs
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.normalized().runs))

    def __repr__(self) -> str:
        return f"Rich({self.runs!r})"

    def __str__(self) -> str:
        return self.plain()

    def normalized(self) -> Rich:
        """Adjacent runs of equal formatting merged."""
        return Rich().extend(self)

    # ------------------------------------------------------------------ renderers (methods)
    def to_text(self) -> str:
        return self.plain()

    def to_html(self) -> str:
        return to_html(self)

    def to_rtf(self) -> str:
        return to_rtf(self)


# ---------------------------------------------------------------------- CSL in-title markup
_TAG = re.compile(
    r"<(/?)(i|b|sub|sup|sc|span)(\s+(?:style|class)\s*=\s*\"[^\"]*\")?\s*>", re.IGNORECASE)
_SMALL_CAPS_STYLE = re.compile(r"font-variant\s*:\s*small-caps", re.IGNORECASE)
_NOCASE_CLASS = re.compile(r"class\s*=\s*\"nocase\"", re.IGNORECASE)


def has_markup(text: str | None) -> bool:
    """Whether the text holds CSL-JSON in-title markup (`<i>`, `<sub>`, a small-caps span...)."""
    return bool(text) and "<" in (text or "") and _TAG.search(text or "") is not None


def parse_markup(text: str | None, **fmt: Any) -> Rich:
    """`"The <i>E. coli</i> genome"` -> runs. A `<span>` that is neither small caps nor nocase,
    unknown tags, and closing tags without an opening one are kept as literal text, so nothing the
    user stored disappears."""
    out = Rich()
    if not text:
        return out
    if "<" not in text:
        return out.append(text, **fmt)
    base = Run("", **fmt)
    stack: list[tuple[str, dict[str, Any]]] = []  # (tag, changes)
    pos = 0

    def current() -> dict[str, Any]:
        state: dict[str, Any] = {"italic": base.italic, "bold": base.bold,
                                 "small_caps": base.small_caps, "vertical": base.vertical,
                                 "link": base.link, "nocase": base.nocase}
        for _tag, change in stack:
            state.update(change)
        return state

    for m in _TAG.finditer(text):
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3) or ""
        change: dict[str, Any] | None
        if closing:
            if attrs or not any(t == tag for t, _ in stack):
                continue  # literal text, handled below by not advancing pos
            out.append(text[pos:m.start()], **current())
            while stack:
                t, _ = stack.pop()
                if t == tag:
                    break
            pos = m.end()
            continue
        if tag == "i":
            change = {"italic": not current()["italic"]}
        elif tag == "b":
            change = {"bold": True}
        elif tag == "sub":
            change = {"vertical": "sub"}
        elif tag == "sup":
            change = {"vertical": "sup"}
        elif tag == "sc":
            change = {"small_caps": True}
        elif _SMALL_CAPS_STYLE.search(attrs):
            change = {"small_caps": True}
        elif _NOCASE_CLASS.search(attrs):
            change = {"nocase": True}
        else:
            change = None
        if change is None:
            continue
        out.append(text[pos:m.start()], **current())
        stack.append((tag, change))
        pos = m.end()
    out.append(text[pos:], **current())
    return out


# ---------------------------------------------------------------------- HTML
def to_html(rich: Rich) -> str:
    """Escaped HTML inline markup: `<i>`, `<b>`, small caps as a styled span, `<sup>`, `<sub>`,
    links as `<a href>`."""
    parts: list[str] = []
    for r in rich.runs:
        piece = html.escape(r.text, quote=False)
        if r.vertical:
            piece = f"<{r.vertical}>{piece}</{r.vertical}>"
        if r.small_caps:
            piece = f'<span style="font-variant:small-caps">{piece}</span>'
        if r.bold:
            piece = f"<b>{piece}</b>"
        if r.italic:
            piece = f"<i>{piece}</i>"
        link = safe_link(r.link)
        if link:
            piece = f'<a href="{html.escape(link, quote=True)}">{piece}</a>'
        parts.append(piece)
    return "".join(parts)


# ---------------------------------------------------------------------- RTF
def rtf_escape(text: str) -> str:
    """Escape `\\`, `{`, `}`; non-ASCII as `\\uN?` (signed 16-bit, surrogate pairs above U+FFFF);
    tabs and newlines as RTF control words."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif 32 <= code < 128:
            out.append(ch)
        elif code < 32:
            continue
        elif code <= 0xFFFF:
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
        else:
            code -= 0x10000
            for unit in (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)):
                out.append(f"\\u{unit - 65536}?")
    return "".join(out)


def to_rtf(rich: Rich) -> str:
    """An RTF fragment (no document header): groups with `\\i`, `\\b`, `\\scaps`, `\\super`,
    `\\sub`; links as HYPERLINK fields."""
    parts: list[str] = []
    for r in rich.runs:
        codes = "".join(c for c, on in (("\\i", r.italic), ("\\b", r.bold),
                                        ("\\scaps", r.small_caps),
                                        ("\\super", r.vertical == "sup"),
                                        ("\\sub", r.vertical == "sub")) if on)
        body = rtf_escape(r.text)
        piece = f"{{{codes} {body}}}" if codes else body
        link = safe_link(r.link)
        if link:
            piece = (f'{{\\field{{\\*\\fldinst HYPERLINK "{rtf_escape(link)}"}}'
                     f"{{\\fldrslt {piece}}}}}")
        parts.append(piece)
    return "".join(parts)


# ---------------------------------------------------------------------- DOCX
def add_to_paragraph(paragraph: Paragraph, rich: Rich) -> None:
    """Append the runs to a python-docx paragraph, links as real hyperlinks."""
    for r in rich.runs:
        link = safe_link(r.link)
        if link:
            _add_hyperlink(paragraph, replace(r, link=link))
            continue
        run = paragraph.add_run(r.text)
        if r.italic:
            run.italic = True
        if r.bold:
            run.bold = True
        if r.small_caps:
            run.font.small_caps = True
        if r.vertical == "sup":
            run.font.superscript = True
        elif r.vertical == "sub":
            run.font.subscript = True


def _add_hyperlink(paragraph: Paragraph, r: Run) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    assert r.link is not None
    rel_id = paragraph.part.relate_to(r.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    w_run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    for tag, on in (("w:b", r.bold), ("w:i", r.italic), ("w:smallCaps", r.small_caps)):
        if on:
            props.append(OxmlElement(tag))
    if r.vertical:
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript" if r.vertical == "sup" else "subscript")
        props.append(va)
    w_run.append(props)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = r.text
    w_run.append(text)
    link.append(w_run)
    paragraph._p.append(link)


# ---------------------------------------------------------------------- clipboard
_FRAGMENT_START = "<!--StartFragment-->"
_FRAGMENT_END = "<!--EndFragment-->"


def clipboard_html(paragraphs: Sequence[Rich], *, hanging_indent: bool = False) -> str:
    """A complete HTML document holding the paragraphs between the StartFragment/EndFragment
    comments, with the charset declared: what Word and LibreOffice read as formatted text from
    the `text/html` clipboard flavour (Qt's QMimeData.setHtml adds the Windows CF_HTML header
    itself; `cf_html()` builds it for callers that write the clipboard directly)."""
    style = (' style="margin:0 0 0 0.5in;text-indent:-0.5in"' if hanging_indent
             else ' style="margin:0"')
    body = "".join(f"<p{style}>{to_html(p)}</p>" for p in paragraphs)
    return ('<html><head><meta charset="utf-8"></head><body>'
            f"{_FRAGMENT_START}{body}{_FRAGMENT_END}</body></html>")


def clipboard_pair(paragraphs: Sequence[Rich], *, hanging_indent: bool = False) -> tuple[str, str]:
    """(HTML document, plain text): the two flavours to put on the clipboard together."""
    text = "\n".join(p.plain() for p in paragraphs)
    return clipboard_html(paragraphs, hanging_indent=hanging_indent), text


def cf_html(document: str) -> bytes:
    """The Windows `HTML Format` clipboard bytes: a header with byte offsets of the HTML and of
    the fragment, then the UTF-8 document (which must contain the fragment comments)."""
    header_tpl = ("Version:0.9\r\nStartHTML:{0:010d}\r\nEndHTML:{1:010d}\r\n"
                  "StartFragment:{2:010d}\r\nEndFragment:{3:010d}\r\n")
    header_len = len(header_tpl.format(0, 0, 0, 0).encode("ascii"))
    data = document.encode("utf-8")
    start_frag = data.index(_FRAGMENT_START.encode()) + len(_FRAGMENT_START)
    end_frag = data.index(_FRAGMENT_END.encode())
    header = header_tpl.format(header_len, header_len + len(data), header_len + start_frag,
                               header_len + end_frag)
    return header.encode("ascii") + data
