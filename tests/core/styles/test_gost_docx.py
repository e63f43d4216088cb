"""The sectioned, sorted GOST list of 40 mixed sources written to DOCX (gost-rules.md §5
ordering; issue #5 "exported to DOCX looks right"): the document is read back with python-docx."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from core.model import Reference
from core.styles.base import ListOptions, get_style
from core.styles.export import write_list

ROOT = Path(__file__).resolve().parents[3]
ITEMS = json.loads((ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))


def write_40(path: Path, style: str = "gost-r-7.0.100") -> list[str]:
    refs = [Reference.from_csl(i) for i in ITEMS]
    entries = get_style(style).bibliography(refs, ListOptions(settings={"sections": True}))
    write_list(entries, path, numbered=True, hanging_indent=False,
               title="Список использованных источников")
    return [e.text() for e in entries]


def test_forty_sources_docx(tmp_path: Path) -> None:
    path = tmp_path / "list.docx"
    texts = write_40(path)
    doc = Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs if p.text.strip()]
    headings = [t for s, t in paragraphs if s.startswith("Heading")]
    assert headings == ["Список использованных источников", "Нормативные правовые акты",
                        "Специальная литература", "Литература на иностранных языках",
                        "Электронные ресурсы"]
    entries = [t for s, t in paragraphs if not s.startswith("Heading")]
    assert len(entries) == 40
    assert entries[0] == f"1. {texts[0]}"
    assert entries[39].startswith("40. ")
    assert any("Әбенов, Ә.\u00a0Ғ.\u00a0Көші-қон құқығы" in e for e in entries)
    assert not any(e.replace("\u00a0", "").startswith("–") for e in entries)
    assert all("–" in e for e in entries)                      # en dashes survive
    # URLs are live links in the document
    assert "hyperlink" in doc.element.xml.lower() or any(
        "http" in r.target_ref for r in doc.part.rels.values() if r.is_external)
