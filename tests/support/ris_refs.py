"""Records from the real RIS fixtures for tests that need exports of the same works by several
tools (the formats module lives on another branch): a plain tag reader, nothing more."""

from __future__ import annotations

import re
from pathlib import Path

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_issn
from core.model import Creator, Issn, Reference

_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
TYPES = {"JOUR": "article-journal", "BOOK": "book", "CHAP": "chapter", "CONF": "paper-conference",
         "CPAPER": "paper-conference", "RPRT": "report", "THES": "thesis"}


def load(path: Path) -> list[Reference]:
    text = path.read_text(encoding="utf-8-sig")
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in text.splitlines():
        m = _TAG.match(line.rstrip())
        if not m:
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag == "TY":
            current = {"TY": [value]}
            records.append(current)
        elif tag == "ER":
            current = None
        elif current is not None and value:
            current.setdefault(tag, []).append(value)
    return [_reference(r) for r in records]


def _first(rec: dict[str, list[str]], *tags: str) -> str | None:
    for tag in tags:
        if rec.get(tag):
            return rec[tag][0]
    return None


def _reference(rec: dict[str, list[str]]) -> Reference:
    ref = Reference(type=TYPES.get(rec["TY"][0], "article-journal"))
    ref.title = _first(rec, "TI", "T1")
    for name in rec.get("AU", []) + rec.get("A1", []):
        ref.creators.append(Creator.parse(name))
    year = re.search(r"\d{4}", _first(rec, "PY", "Y1", "DA") or "")
    if year:
        ref.issued = PartialDate(int(year.group()))
    doi = _first(rec, "DO")
    if doi:
        try:
            ref.doi = normalize_doi(doi)
        except InvalidValueError:
            pass
    for raw in rec.get("SN", []):
        for part in re.split(r"[;,\s]+", raw):
            try:
                ref.issn.append(Issn(normalize_issn(part)))
            except InvalidValueError:
                pass
    ref.container_title = _first(rec, "T2", "JO", "JF", "JA")
    ref.volume = _first(rec, "VL")
    ref.page = _first(rec, "SP")
    return ref
