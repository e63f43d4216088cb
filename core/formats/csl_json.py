"""CSL-JSON, both ways (the format Zotero, citeproc and pandoc exchange): an array of items or one
item; each item's line in the file is found so problems can name it. The item mapping itself is
`Reference.from_csl` / `to_csl`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from core.errors import InvalidValueError, ParseError
from core.formats.base import ParseResult
from core.model import Reference

NAME = "csl-json"
LABEL = "CSL-JSON"
EXTENSIONS: tuple[str, ...] = (".json", ".csljson", ".csl.json")
CAN_DUMP = True

# An item id usable as a citation key (Zotero's "http://zotero.org/users/1/items/X" and bare
# numbers are not).
_KEYISH = re.compile(r"^[A-Za-z][\w:.\-+]*$")


_CSL_KEYS = frozenset({"type", "title", "author", "editor", "issued", "DOI", "container-title",
                       "citation-key"})


def sniff(text: str) -> bool:
    """A JSON array of objects (or an empty one), or one object."""
    return re.match(r"[\ufeff\s]*(?:\[\s*[{\]]|\{\s*\")", text[:4096]) is not None


def _items(text: str, file: str | None) -> list[tuple[int, Any]]:
    """(line, value) for each top-level item; the line is where the item's `{` is."""
    decoder = json.JSONDecoder()
    body = text.lstrip("\ufeff")
    i = len(body) - len(body.lstrip())
    if i >= len(body):
        raise ParseError("the file holds no JSON", file=file)
    line = body.count("\n", 0, i) + 1
    try:
        if body[i] == "{":
            value, _ = decoder.raw_decode(body, i)
            return [(line, value)]
        if body[i] != "[":
            raise ParseError("not CSL-JSON: expected an array of items or one item", file=file)
        out: list[tuple[int, Any]] = []
        pos = i + 1
        expect_item = True
        while True:
            while pos < len(body) and body[pos] in " \t\r\n":
                if body[pos] == "\n":
                    line += 1
                pos += 1
            if pos >= len(body):
                raise ParseError("not valid JSON: the array is not closed (missing `]`)",
                                 file=file, line=line)
            if body[pos] == "]":
                return out
            if not expect_item:
                if body[pos] != ",":
                    raise ParseError("not valid JSON: expected `,` or `]` between items",
                                     file=file, line=line)
                pos += 1
                expect_item = True
                continue
            value, end = decoder.raw_decode(body, pos)
            out.append((line, value))
            line += body.count("\n", pos, end)
            pos = end
            expect_item = False
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg} (column {exc.colno})", file=file,
                         line=exc.lineno) from None
    except RecursionError:
        raise ParseError("not valid JSON: nested too deeply", file=file) from None


def parse(text: str, *, file: str | None = None, encoding: str | None = None) -> ParseResult:
    result = ParseResult(format=NAME, encoding=encoding, file=file)
    items = _items(text, file)
    if items and not any(isinstance(i, dict) and _CSL_KEYS & set(i) for _, i in items):
        raise ParseError("JSON, but not CSL-JSON: no item has a type, title, author or date",
                         file=file)
    for line, item in items:
        key = item.get("citation-key") or item.get("id") if isinstance(item, dict) else None
        key = str(key) if key not in (None, "") else None
        if not isinstance(item, dict):
            result.problem(line, None, f"an item must be an object, not {type(item).__name__}")
            continue
        try:
            ref = Reference.from_csl(item)
        except InvalidValueError as exc:
            result.problem(line, key, f"invalid {exc.field}: {exc.reason}")
            continue
        except (TypeError, ValueError, AttributeError) as exc:
            # a value of a shape CSL-JSON does not allow (`"issn-type": true`)
            result.problem(line, key, f"malformed item: {exc}")
            continue
        bad_doi = ref.extra.get("invalid-DOI")
        if bad_doi:
            result.problem(line, key, f"invalid DOI {bad_doi[0]!r}: not a DOI")
            continue
        if not item.get("type"):
            result.problem(line, key, "no type: read as `document`", skipped=False)
        ck = item.get("citation-key")
        if ck:
            ref.citation_key = str(ck)
        elif ref.citation_key and not _KEYISH.match(ref.citation_key):
            ref.citation_key = None
        for k in ("invalid-ISBN", "invalid-ISSN"):
            for bad in ref.extra.get(k) or []:
                result.problem(line, key, f"invalid {k[8:]} {bad!r}: kept as written",
                               skipped=False)
        result.add(ref, line)
    return result


def item(ref: Reference) -> dict[str, Any]:
    """One record as a CSL-JSON item whose `id` is its citation key (what pandoc and citeproc
    cite by), else its library id."""
    out = ref.to_csl(include_id=False)
    ident = ref.citation_key or (str(ref.id) if ref.id is not None else None)
    return {"id": ident, **out} if ident else out


def dump(records: Iterable[Reference]) -> str:
    return json.dumps([item(r) for r in records], ensure_ascii=False, indent=2) + "\n"
