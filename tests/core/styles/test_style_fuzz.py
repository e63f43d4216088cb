"""More property tests of the style engine (issue 9, fuzzing), beside test_style_properties.py
(every style's list and citations): GOST footnotes with `Там же` and short repeats, the numbered
in-text references with their list, the transliterated References list, and the list
renderers (text, HTML, RTF, DOCX) over records holding markup-like and hostile text. Nothing
crashes; footnotes and numbers follow the citations; a References list holds no Cyrillic
letter; HTML and RTF output stays well-formed whatever the records say."""

from __future__ import annotations

import re
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model import Reference
from core.styles.base import CiteItem, ListOptions, get_style, ref_key
from core.styles.export import render_list, write_list
from core.styles.gost_notes import footnotes, in_text_with_list
from core.styles.references_list import references_list
from core.translit import SCHEMES
from tests.core.styles.test_style_properties import _problems, reference

EXAMPLES = 200
SETTINGS = settings(deadline=None, max_examples=EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOSTILE = ["<script>alert(1)</script>", "{\\input{/etc/passwd}}", "</i><b>", "\\par}{\\rtf1",
           "&amp; &lt;", "<span class=\"nocase\">x", "<i>курсив</i>", "a\tb", "\\u1234?",
           "{}", "]]>", "\"'", "Ә<sub>2</sub>"]


@st.composite
def hostile_reference(draw: st.DrawFn) -> Reference:
    ref = draw(reference())
    for name in ("title", "container_title", "publisher"):
        if draw(st.integers(0, 3)) == 0:
            setattr(ref, name, (getattr(ref, name) or "") + " " + draw(st.sampled_from(HOSTILE)))
    return ref


@st.composite
def citations(draw: st.DrawFn) -> tuple[list[Reference], list[list[CiteItem]]]:
    refs = draw(st.lists(reference(), min_size=1, max_size=4))
    for n, ref in enumerate(refs):
        ref.citation_key = f"k{n}"      # distinct works, even when drawn alike
    groups = []
    for _ in range(draw(st.integers(1, 8))):
        picked = draw(st.lists(st.sampled_from(refs), min_size=1, max_size=3, unique_by=id))
        groups.append([CiteItem(r, draw(st.one_of(st.none(), st.sampled_from(
            ["5", "12-14", "xii", "45"])))) for r in picked])
    return refs, groups


@SETTINGS
@given(citations())
def test_footnotes_follow_the_citations(data: tuple[list[Reference], list[list[CiteItem]]]
                                        ) -> None:
    refs, groups = data
    notes = footnotes(groups)
    assert len(notes) == len(groups)
    for n, (note, group) in enumerate(zip(notes, groups, strict=True)):
        text = note.plain()
        assert text.strip() and _problems(text, "gost") == [], text
        previous = groups[n - 1] if n else None
        if previous and len(group) == 1 and len(previous) == 1 and \
                ref_key(previous[0].ref) == ref_key(group[0].ref):
            assert re.match(r"^(Там же|Ibid|Сонда)", text), text


@SETTINGS
@given(citations())
def test_in_text_numbers_follow_the_first_citations(
        data: tuple[list[Reference], list[list[CiteItem]]]) -> None:
    refs, groups = data
    marks, entries = in_text_with_list(groups)
    assert len(marks) == len(groups)
    cited = list(dict.fromkeys(ref_key(c.ref) for g in groups for c in g))
    assert [e.number for e in entries] == list(range(1, len(cited) + 1))
    assert [ref_key(e.ref) for e in entries] == cited
    for mark, group in zip(marks, groups, strict=True):
        numbers = [int(x) for x in re.findall(r"(?:^\[|; )(\d+)", mark.plain())]
        assert numbers == [cited.index(ref_key(c.ref)) + 1 for c in group], mark.plain()


@SETTINGS
@given(st.lists(reference(), min_size=1, max_size=4), st.sampled_from(SCHEMES),
       st.one_of(st.none(), st.sampled_from(SCHEMES)))
def test_a_references_list_is_all_latin(refs: list[Reference], scheme: str,
                                        kk_scheme: str | None) -> None:
    """In the international style journals ask for (APA, the default; a GOST style keeps its
    Russian list words such as `[Без названия]`, by design)."""
    style = "apa"
    entries = references_list(refs, scheme, kk_scheme=kk_scheme, style=style)
    assert len(entries) == len(refs)
    for e in entries:
        text = e.rich.plain()
        assert text.strip()
        assert not re.search(r"[\u0400-\u04ff]", text), text
        if style == "apa":
            assert _problems(text.replace(" [in Russian]", "").replace(" [in Kazakh]", ""),
                             style) == [], text


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag not in ("meta", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


@SETTINGS
@given(st.lists(hostile_reference(), min_size=1, max_size=3),
       st.sampled_from(["apa", "gost-r-7.0.100", "gost-7.1", "gost-r-7.0.5"]), st.booleans())
def test_list_renderers_stay_well_formed(refs: list[Reference], style: str,
                                         numbered: bool) -> None:
    entries = get_style(style).bibliography(refs, ListOptions(numbered=numbered))
    html = render_list(entries, "html", numbered=numbered, title="Әдебиеттер <тізімі>")
    checker = _Balance()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    assert checker.tags <= {"html", "head", "meta", "title", "style", "body", "p", "h1", "h2",
                            "i", "b", "sup", "sub", "span", "a"}
    rtf = render_list(entries, "rtf", numbered=numbered)
    depth = 0
    for m in re.finditer(r"\\\\|\\[{}]|[{}]", rtf):   # escaped braces do not count
        depth += {"{": 1, "}": -1}.get(m.group(0), 0)
        assert depth >= 0
    assert depth == 0
    assert render_list(entries, "text", numbered=numbered).count("\n") >= len(entries)


@settings(deadline=None, max_examples=40,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_reference(), min_size=1, max_size=3))
def test_a_docx_list_is_a_valid_document(refs: list[Reference]) -> None:
    from docx import Document

    entries = get_style("gost-r-7.0.100").bibliography(refs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.docx"
        write_list(entries, path, numbered=True)
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        paragraphs = [p.text for p in Document(str(path)).paragraphs if p.text.strip()]
    assert len(paragraphs) >= len(entries)
