"""GOST commands: `footnotes` (ГОСТ Р 7.0.5 notes or `[1, с. 45]`), `references` (the
transliterated References list) and `gost-check` (consistency of a monograph's chapter lists).

Heavy modules (db, styles) are imported inside the handlers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cli.context import Context, UserError

SCHEME_CHOICES = ("bgn-pcgn", "bsi", "gost-7.79-b", "lc", "kazakh-latin-2021")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "footnotes", help="footnotes (or in-text references) for a sequence of citations",
        description="FILE holds {\"items\": [CSL-JSON items], \"citations\": [{\"id\", "
                    "\"locator\", \"label\"}, ...]} in the order they occur in the text; "
                    "several works in one footnote: {\"cites\": [{...}, {...}]}.")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument("--style", default="gost-r-7.0.5",
                   help="gost-r-7.0.5 (default), gost-7.1 or gost-r-7.0.100")
    p.add_argument("--in-text", action="store_true",
                   help="print [1, с. 45] per citation and the list numbered by first citation")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="style setting, e.g. content_type=false, et_al=short")
    p.set_defaults(func=cmd_footnotes)

    p = sub.add_parser(
        "references", help="the transliterated References list (APA by default)",
        description="Records from CSL-JSON files and/or a library collection, every Cyrillic "
                    "one romanised by the scheme, marked [in Russian] / [in Kazakh].")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE.json")
    p.add_argument("--collection", metavar="C", help="a library collection (id, name or path)")
    p.add_argument("--translit", required=True, choices=SCHEME_CHOICES,
                   help="scheme for Cyrillic records")
    p.add_argument("--translit-kk", choices=SCHEME_CHOICES,
                   help="scheme for Kazakh text (default: the --translit scheme)")
    p.add_argument("--style", default="apa", help="the journal's international style")
    p.add_argument("--output", "-o", type=Path,
                   help="write to .docx/.html/.rtf/.txt instead of printing")
    p.set_defaults(func=cmd_references)

    p = sub.add_parser(
        "gost-check", help="compare chapter lists: same source formatted differently, "
                           "missing GOST elements")
    p.add_argument("--chapter", action="append", default=[], metavar="NAME=FILE.json",
                   help="a chapter's list from a CSL-JSON file (repeatable)")
    p.add_argument("--collection", action="append", default=[], metavar="C",
                   help="a chapter's list from a library collection (repeatable)")
    p.add_argument("--style", default="gost-r-7.0.100")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(func=cmd_gost_check)


# ---------------------------------------------------------------------- helpers
def _setting_value(text: str) -> Any:
    low = text.strip().lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def parse_settings(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set expects KEY=VALUE, got {pair!r}")
        out[key.strip()] = _setting_value(value)
    return out


def read_json(path: Path) -> Any:
    from core.errors import ParseError

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", file=str(path), line=exc.lineno) from exc


def read_items(path: Path) -> list[Any]:
    """References from a CSL-JSON file: an array of items or {"items": [...]}."""
    from core.errors import ParseError
    from core.model import Reference

    data = read_json(path)
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ParseError("expected a CSL-JSON array of items", file=str(path))
    refs = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ParseError(f"item {n} is not an object", file=str(path))
        refs.append(Reference.from_csl(item))
    return refs


def _collection_refs(ctx: Context, spec: str) -> list[Any]:
    from db import collections
    from db import references as repo

    lib = ctx.library()
    with lib.read() as s:
        cid = collections.resolve(s, spec)
        ids = repo.list_ids(s, collection_id=cid)
        return list(repo.get_many(s, ids))


# ---------------------------------------------------------------------- commands
def cmd_footnotes(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.base import ListOptions, get_style
    from core.styles.gost import GostStyle
    from core.styles.gost_notes import footnotes, in_text_with_list, load_citation_file

    style = get_style(args.style)
    if not isinstance(style, GostStyle):
        raise UserError(f"footnotes: {args.style!r} is not a GOST style "
                        "(gost-r-7.0.5, gost-7.1, gost-r-7.0.100)")
    data = load_citation_file(read_json(args.file), file=str(args.file))
    options = ListOptions(settings=parse_settings(args.set))
    if args.in_text:
        marks, entries = in_text_with_list(data.citations, options, style)
        for mark in marks:
            ctx.print(mark.plain())
        ctx.print()
        for e in entries:
            ctx.print(f"{e.number}. {e.text()}")
        return 0
    for n, note in enumerate(footnotes(data.citations, options, style), start=1):
        ctx.print(f"{n}. {note.plain()}")
    return 0


def cmd_references(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.base import ListOptions
    from core.styles.export import write_list
    from core.styles.references_list import references_list

    refs: list[Any] = []
    for path in args.files:
        refs.extend(read_items(path))
    if args.collection:
        refs.extend(_collection_refs(ctx, args.collection))
    if not refs:
        raise UserError("references: give CSL-JSON files or --collection")
    entries = references_list(refs, args.translit, kk_scheme=args.translit_kk,
                              style=args.style, options=ListOptions())
    if args.output:
        write_list(entries, args.output, title="References")
        ctx.print(f"wrote {len(entries)} references to {args.output}")
        return 0
    for e in entries:
        ctx.print(e.text())
    return 0


def cmd_gost_check(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.gost_check import check_lists

    chapters: dict[str, list[Any]] = {}
    for spec in args.chapter:
        name, sep, path = spec.partition("=")
        if not sep:
            name, path = Path(spec).stem, spec
        chapters[name] = read_items(Path(path))
    for spec in args.collection:
        chapters[spec] = _collection_refs(ctx, spec)
    if not chapters:
        raise UserError("gost-check: give --chapter NAME=FILE.json or --collection C")
    problems = check_lists(chapters, style=args.style)
    if args.json:
        ctx.print_json([{"kind": p.kind, "message": p.message, "fields": list(p.fields),
                         "where": [{"chapter": c, "entry": t} for c, t in p.where]}
                        for p in problems])
    else:
        for p in problems:
            ctx.print(f"{p.kind}: {p.message}")
            for chapter, text in p.where:
                ctx.print(f"  [{chapter}] {text}")
        ctx.print(f"{len(problems)} finding(s)")
    return 1 if problems else 0
