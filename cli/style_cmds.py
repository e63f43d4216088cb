"""Citation commands: cite (CSL-JSON file, no library), bib (a finished list from the library),
cite-in-text. Styles and the library are imported inside the handlers so that `cite` starts
without Qt or SQLAlchemy."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.context import Context, UserError

if TYPE_CHECKING:
    from core.model import Reference

_SORTS = ("style", "none", "author", "title", "year", "year-desc")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cite", help="format the items of a CSL-JSON file, one entry a line")
    p.add_argument("--style", required=True,
                   help="apa, another built-in style, or the path of a .csl file")
    p.add_argument("--format", choices=("text", "html", "rtf"), default="text")
    p.add_argument("file", type=Path, help="a CSL-JSON array of items")
    p.set_defaults(func=cmd_cite)

    p = sub.add_parser("bib", help="write a reference list from the library to a file")
    p.add_argument("--style", required=True,
                   help="apa, another built-in style, or the path of a .csl file")
    p.add_argument("--collection", metavar="C", help="only this collection (id, name or path)")
    p.add_argument("--tag", metavar="T", help="only references with this tag")
    p.add_argument("--sort", choices=_SORTS, default="style",
                   help="the style's order (default), none (library order), author, title, "
                        "year, year-desc")
    numbering = p.add_mutually_exclusive_group()
    numbering.add_argument("--numbered", dest="numbered", action="store_true", default=None,
                           help="number the entries")
    numbering.add_argument("--no-numbers", dest="numbered", action="store_false",
                           help="do not number the entries")
    p.add_argument("--title", help="a heading above the list")
    p.add_argument("-o", "--output", required=True, type=Path,
                   help="FILE.docx, .html, .rtf or .txt")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="style setting, e.g. for GOST sections=true, content_type=false")
    p.add_argument("--references-list", action="store_true",
                   help="the transliterated References list: --style is the journal's "
                        "international style (apa), Cyrillic records romanised by --translit")
    p.add_argument("--translit", choices=("bgn-pcgn", "bsi", "gost-7.79-b", "lc",
                                          "kazakh-latin-2021"),
                   help="scheme for --references-list")
    p.add_argument("--translit-kk", choices=("bgn-pcgn", "bsi", "gost-7.79-b", "lc",
                                             "kazakh-latin-2021"),
                   help="scheme for Kazakh text (default: the --translit scheme)")
    p.set_defaults(func=cmd_bib)

    p = sub.add_parser("cite-in-text", help="print the in-text citation of library references")
    p.add_argument("--style", required=True,
                   help="apa, another built-in style, or the path of a .csl file")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--page", metavar="P", help="pinpoint (page) for the last reference")
    p.add_argument("--label", default="page",
                   help="what --page counts: page (default), chapter, section, article, "
                        "paragraph, ...")
    p.add_argument("--narrative", action="store_true", help="Smith (2020) instead of (Smith, 2020)")
    p.add_argument("--format", choices=("text", "html", "rtf"), default="text")
    p.set_defaults(func=cmd_cite_in_text)


def _render(rich: Any, fmt: str) -> str:
    if fmt == "html":
        return str(rich.to_html())
    if fmt == "rtf":
        return str(rich.to_rtf())
    return str(rich.plain())


def read_csl_json(path: Path) -> list[Reference]:
    """The items of a CSL-JSON array; a clear error names the file and the item at fault."""
    from core.errors import InvalidValueError, ParseError
    from core.model import Reference

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 text ({exc.reason})", file=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from exc
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]  # the footnotes file shape {"items": [...], "citations": [...]}
    if not isinstance(data, list):
        raise ParseError("expected a JSON array of CSL-JSON items", file=str(path))
    refs = []
    for n, item in enumerate(data, 1):
        try:
            refs.append(Reference.from_csl(item))
        except InvalidValueError as exc:
            key = str(item.get("id")) if isinstance(item, dict) and item.get("id") else None
            raise ParseError(f"item {n}: {exc}", file=str(path), key=key) from exc
    return refs


def cmd_cite(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.base import ListOptions, get_style

    refs = read_csl_json(args.file)
    style = get_style(args.style)
    # One list (so 2023a/2023b apply across the file), printed in input order, unnumbered.
    entries = style.bibliography(refs, ListOptions(numbered=False, sort="none"))
    for entry in entries:
        ctx.print(_render(entry.rich, args.format))
    return 0


def _library_refs(ctx: Context, collection: str | None, tag: str | None) -> list[Reference]:
    from cli.library_cmds import _resolve_collection
    from db import references as repo
    from db import tags

    lib = ctx.library()
    with lib.read() as s:
        collection_id = _resolve_collection(s, collection) if collection else None
        tag_id = None
        if tag:
            tag_id = tags.find(s, tag)
            if tag_id is None:
                raise UserError(f"no tag {tag!r}")
        ids = repo.list_ids(s, sort="id", collection_id=collection_id, tag_id=tag_id)
        return list(repo.get_many(s, ids))


def cmd_bib(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.base import ListOptions, get_style
    from core.styles.export import write_list

    style = get_style(args.style)
    refs = _library_refs(ctx, args.collection, args.tag)
    if not refs:
        raise UserError("no references to list (check --collection / --tag)")
    from cli.gost_cmds import parse_settings

    options = ListOptions(numbered=args.numbered, sort=args.sort,
                          settings=parse_settings(args.set))
    if args.references_list:
        from core.styles.references_list import references_list

        if not args.translit:
            raise UserError("--references-list needs --translit SCHEME")
        entries = references_list(refs, args.translit, kk_scheme=args.translit_kk,
                                  style=args.style, options=options)
    else:
        entries = style.bibliography(refs, options)
    path = write_list(entries, args.output, numbered=style.is_numbered(options),
                      hanging_indent=style.has_hanging_indent(options), title=args.title)
    ctx.print(f"{len(entries)} references written to {path}")
    return 0


def cmd_cite_in_text(ctx: Context, args: argparse.Namespace) -> int:
    from core.styles.base import CiteContext, CiteItem, get_style

    style = get_style(args.style)
    lib = ctx.library()
    cited = [lib.get(ref_id) for ref_id in args.ids]  # NotFoundError names a missing id
    # Letters (2023a) and added initials depend on the other works: the whole library is the
    # list the citation is read against.
    everything = _library_refs(ctx, None, None)
    items = [CiteItem(ref) for ref in cited]
    if args.page:
        items[-1] = CiteItem(cited[-1], locator=args.page, label=args.label)
    rich = style.cite(items, mode="narrative" if args.narrative else "parenthetical",
                      context=CiteContext(refs=everything))
    ctx.print(_render(rich, args.format))
    return 0
