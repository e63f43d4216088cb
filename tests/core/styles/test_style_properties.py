"""Property tests: no record, however sparse or odd, crashes a built-in style or leaves doubled
punctuation, empty brackets or dangling separators. Every style in the registry is checked, so
styles added later are held to the same rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.dates import PartialDate
from core.model import CSL_TYPES, Creator, Reference
from core.styles.base import CiteContext, CiteItem, get_style, style_names

WORDS = ["law", "Migration", "право", "Құқық", "әділет", "Ғылым", "Journal", "of", "and",
         "Almaty", "Жеті", "жарғы", "Report", "Ү", "data", "E."]
ENDINGS = ["", "", "", ".", "?", "!"]


@st.composite
def phrase(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))
    text = " ".join(words)
    return text + draw(st.sampled_from(ENDINGS)) if not text.endswith(".") else text


@st.composite
def creator(draw: st.DrawFn) -> Creator:
    role = draw(st.sampled_from(["author", "author", "editor", "translator", "compiler"]))
    kind = draw(st.sampled_from(["person", "person", "org", "family-only", "particle"]))
    if kind == "org":
        return Creator(role=role, literal=draw(phrase()))
    family = draw(st.sampled_from(["Әбілқасымова", "Smith", "Иванов", "Lee", "Ким", "Meer"]))
    given = draw(st.sampled_from(["Әлия Сейтқалиқызы", "A. Sh.", "Жан-Поль", "John", "Ү.", ""]))
    if kind == "family-only":
        return Creator(role=role, family=family)
    return Creator(role=role, family=family, given=given or None,
                   particle="van der" if kind == "particle" else None,
                   suffix=draw(st.sampled_from([None, None, "Jr."])))


@st.composite
def partial_date(draw: st.DrawFn) -> PartialDate | None:
    kind = draw(st.sampled_from(["none", "year", "month", "day", "literal"]))
    if kind == "none":
        return None
    if kind == "literal":
        return PartialDate(literal="in press")
    year = draw(st.integers(1990, 2025))
    month = draw(st.integers(1, 12)) if kind in ("month", "day") else None
    day = draw(st.integers(1, 28)) if kind == "day" else None
    return PartialDate(year, month, day)


TEXT_FIELDS = ["title", "title_translated", "container_title", "collection_title", "publisher",
               "publisher_place", "event_title", "event_place", "genre", "authority",
               "gazette_title", "medium", "archive"]
NUMBER_FIELDS = ["volume", "issue", "page", "number", "edition", "gazette_year",
                 "gazette_number", "gazette_article", "case_number"]


@st.composite
def reference(draw: st.DrawFn) -> Reference:
    ref = Reference(type=draw(st.sampled_from(CSL_TYPES)))
    ref.creators = draw(st.lists(creator(), max_size=4))
    if draw(st.booleans()) and draw(st.booleans()):
        ref.creators = [Creator(family=f"Author{i}", given="Ann") for i in range(23)]
    for name in TEXT_FIELDS:
        if draw(st.booleans()):
            setattr(ref, name, draw(phrase()))
    for name in NUMBER_FIELDS:
        if draw(st.booleans()):
            setattr(ref, name, draw(st.sampled_from(["1", "12", "45-67", "e0123", "477-IV",
                                                     "2", "16"])))
    for name in ("issued", "accessed", "adopted", "version_date", "original_date"):
        setattr(ref, name, draw(partial_date()))
    if draw(st.booleans()):
        ref.doi = "10.1234/abc.5"
    if draw(st.booleans()):
        ref.url = "https://example.org/x"
    return ref


def _problems(text: str, style_name: str = "") -> list[str]:
    plain = text.replace(". . .", "…")
    if style_name.startswith("gost"):
        # GOST's prescribed punctuation puts a space on both sides of `:` and `;` (gost-rules.md
        # §2), often a no-break one; check the rest of the rules on the text without them.
        plain = re.sub(r"[\s\u00a0]([:;])(?=[\s\u00a0])", r"\1", plain).replace("\u00a0", " ")
    checks = {
        "doubled full stop": r"(?<![.])\.\.(?![.])",
        "doubled comma or semicolon": r",\s*,|;\s*;|,\s*;|;\s*,",
        "comma or stop after a colon": r":\s*[.,]",
        "space before punctuation": r"\s[,;:](?!\S*//)|\s\.(?=\s|$)",
        "empty brackets": r"\(\s*\)|\[\s*\]",
        "double space": r"  ",
        "starts with a separator": r"^[\s,.;:)\]]",
        "ends with a separator": r"[,;:(\[]\s*$|\s$",
        "separator before a closing bracket": r"[,;:]\s*[)\]]",
        "separator after an opening bracket": r"[(\[]\s*[,;:.]",
    }
    return [name for name, pattern in checks.items() if re.search(pattern, plain)]


STYLES = [name for name in style_names()]


@pytest.mark.parametrize("style_name", STYLES)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(refs=st.lists(reference(), min_size=1, max_size=3))
def test_sparse_items_render_cleanly(style_name: str, refs: list[Reference]) -> None:
    style = get_style(style_name)
    for entry in style.bibliography(refs):
        text = entry.text()
        assert text.strip(), f"{style_name}: empty entry for {entry.ref}"
        assert _problems(text, style_name) == [], f"{style_name}: {text!r}"
        assert entry.html() and entry.rtf()
    context = CiteContext(refs=refs)
    for mode in style.modes:
        cite = style.cite([CiteItem(r, locator="5") for r in refs], mode=mode, context=context)
        assert _problems(cite.plain(), style_name) == [], f"{style_name} {mode}: {cite.plain()!r}"


def test_the_checker_sees_the_faults_it_looks_for() -> None:
    assert _problems("Smith, J.. Title") == ["doubled full stop"]
    assert "doubled comma or semicolon" in _problems("A, , B")
    assert "empty brackets" in _problems("Title (). X")
    assert "ends with a separator" in _problems("Title,")
    assert _problems("Smith, J., & Lee, K. (2020). A . . . B. Why? X.") == []
