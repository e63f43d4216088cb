"""Tests for user CSL styles through citeproc-py, reading the official files in ../shared/csl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model import Reference
from core.styles.base import CiteContext, CiteItem, ListOptions, StyleError, get_style
from core.styles.csl_style import CslStyle

CSL_DIR = Path(__file__).resolve().parents[3] / ".." / "shared" / "csl"
DATA = Path(__file__).resolve().parent / "data" / "apa_items.json"


def _refs() -> list[Reference]:
    return [Reference.from_csl(i) for i in json.loads(DATA.read_text(encoding="utf-8"))]


def test_official_apa_csl_renders_every_item() -> None:
    style = get_style(CSL_DIR / "apa.csl")
    assert isinstance(style, CslStyle)
    assert style.title == "APA Style 7th edition" and style.hanging_indent
    refs = _refs()
    entries = style.bibliography(refs, ListOptions(sort="none"))
    assert [e.ref for e in entries] == refs
    journal = entries[0]
    assert journal.text().startswith("Әбілқасымова, Ә. С., Құдайбергенова, Ү. Е., & Khamzin")
    assert "<i>Journal of Legal Studies</i>" in journal.html()
    assert all(e.text() for e in entries)


def test_official_gost_numeric_style_in_russian() -> None:
    style = get_style(str(CSL_DIR / "gost-r-7-0-5-2008-numeric.csl"))
    refs = _refs()[:3]
    entries = style.bibliography(refs, ListOptions(sort="none"))
    assert entries[0].text().startswith("1. Әбілқасымова Ә. С.")
    assert "Т. 12, № 3. С. 45–67" in entries[0].text()
    cite = style.cite([CiteItem(refs[1], locator="15")], context=CiteContext(refs=refs))
    assert cite.plain() == "[2, с. 15]"


def test_broken_and_missing_style_files_give_a_style_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csl"
    bad.write_text("<style><not-closed></style>", encoding="utf-8")
    with pytest.raises(StyleError, match="bad.csl"):
        get_style(bad)
    with pytest.raises(StyleError, match="missing.csl"):
        get_style(tmp_path / "missing.csl")
    other = tmp_path / "other.csl"
    other.write_text("<html/>", encoding="utf-8")
    with pytest.raises(StyleError, match="not a usable CSL style"):
        get_style(other)
