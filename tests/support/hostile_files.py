"""Hostile and broken files for the issue-9 tests: spreadsheets written part by part (so a test
controls every byte: formulas with and without cached values, external links, declared
dimensions, DTDs with entity bombs), zip bombs named .xlsx, and hostile reference records."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

# Entity bombs, each put before a part's root element.
BILLION_LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                            else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b"]>")
QUADRATIC_BLOWUP = (b'<!DOCTYPE q [<!ENTITY a "' + b"a" * 100_000 + b'">]>')
EXTERNAL_ENTITY = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
# How to reference the bomb inside a cell, so a parser that resolved it would blow up.
BOMB_REFS = {BILLION_LAUGHS: "&lol9;", QUADRATIC_BLOWUP: "&a;" * 1000, EXTERNAL_ENTITY: "&e;"}


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula cell: `cached` is the value Excel stored with it (None: never calculated)."""

    expression: str
    cached: Any = None


def _col(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _cell(ref: str, value: Any, bomb_ref: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Formula):
        f = f"<f>{escape(value.expression)}</f>"
        if value.cached is None:
            return f'<c r="{ref}">{f}</c>'
        if isinstance(value.cached, str):
            return f'<c r="{ref}" t="str">{f}<v>{escape(value.cached)}</v></c>'
        return f'<c r="{ref}">{f}<v>{value.cached}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = escape(str(value))
    if bomb_ref is not None and str(value) == "{BOMB}":
        text = bomb_ref
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, sheets: Mapping[str, Sequence[Sequence[Any]]], *,
               prolog: bytes = b"", prolog_part: str = "xl/worksheets/sheet1.xml",
               dimension: str | None = None, external_link: str | None = None,
               compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """An .xlsx with inline strings. `prolog` (a DOCTYPE) goes before the root element of
    `prolog_part`; a cell holding "{BOMB}" then references its entity. `dimension` overrides the
    first sheet's declared range; `external_link` adds an external workbook link to that
    target (as Excel writes for `='[other.xlsx]Sheet1'!A1`)."""
    bomb_ref = BOMB_REFS.get(prolog)
    parts: dict[str, str] = {}
    rels = []
    entries = []
    overrides = []
    for i, (name, rows) in enumerate(sheets.items(), start=1):
        width = max((len(r) for r in rows), default=1)
        dim = dimension if (dimension and i == 1) else f"A1:{_col(width - 1)}{max(len(rows), 1)}"
        body = "".join(
            f'<row r="{r}">' + "".join(_cell(f"{_col(c)}{r}", v, bomb_ref)
                                       for c, v in enumerate(row)) + "</row>"
            for r, row in enumerate(rows, start=1))
        parts[f"xl/worksheets/sheet{i}.xml"] = (
            f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}"><dimension ref="{dim}"/>'
            f"<sheetData>{body}</sheetData></worksheet>")
        rels.append(f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
        entries.append(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="'
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.'
                         'worksheet+xml"/>')
    extra = ""
    if external_link is not None:
        n = len(sheets) + 1
        rels.append(f'<Relationship Id="rId{n}" Type="{RELS}/externalLink" '
                    'Target="externalLinks/externalLink1.xml"/>')
        extra = f'<externalReferences><externalReference r:id="rId{n}"/></externalReferences>'
        parts["xl/externalLinks/externalLink1.xml"] = (
            f'<externalLink xmlns="{MAIN}" xmlns:r="{RELS}"><externalBook r:id="rId1">'
            '<sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>')
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{RELS}/'
            f'externalLinkPath" Target="{escape(external_link)}" TargetMode="External"/>'
            "</Relationships>")
        overrides.append('<Override PartName="/xl/externalLinks/externalLink1.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.'
                         'spreadsheetml.externalLink+xml"/>')
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
                                f'{"".join(entries)}</sheets>{extra}</workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (f'<Relationships xmlns="{PKG}">{"".join(rels)}'
                                           "</Relationships>")
    parts["_rels/.rels"] = (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
                            "</Relationships>")
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>' + "".join(overrides) + "</Types>")
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, text in parts.items():
            data = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            if name == prolog_part:
                data += prolog
            z.writestr(name, data + text.encode("utf-8"))
    return path


def zip_bomb_xlsx(path: Path, megabytes: int = 60) -> Path:
    """A file named .xlsx that unpacks a worksheet of `megabytes` MB of zeros (ratio ~1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}"/>')
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (megabytes * 1024 * 1024))
    return path
