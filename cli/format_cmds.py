"""Import and export commands: `import FILE [FILE ...] [--collection C]` and
`export --format bibtex|ris|csl-json [--collection C] [-o FILE]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.context import Context, UserError

if TYPE_CHECKING:
    from db.importer import ImportSummary

EXPORT_FORMATS = ("bibtex", "ris", "csl-json")
# How many skipped entries and problems a summary lists before "... and N more".
SHOWN = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="import reference files (BibTeX, RIS, CSL-JSON, Scopus CSV, Web of "
                       "Science, PubMed MEDLINE); the format is recognised from the content",
        description="Each file is imported in one transaction: a file that cannot be read "
                    "changes nothing, the others are still imported. Entries with the DOI (or, "
                    "for books, the ISBN) of a stored reference fill its empty fields instead "
                    "of being added. Exit code 1 when a file could not be read at all.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--collection", metavar="C",
                   help="put the imported references in this collection (id, name or path "
                        "`A/B`; created if missing)")
    p.add_argument("--format", dest="fmt", metavar="F",
                   help="read as this format instead of detecting it (bibtex, ris, csl-json, "
                        "scopus-csv, wos, medline)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write references as BibTeX, RIS or CSL-JSON (UTF-8)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--collection", metavar="C", help="only this collection (id, name or path)")
    p.add_argument("--id", dest="ids", type=int, action="append", metavar="ID",
                   help="only this reference (repeat for more)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write to FILE (default: standard output)")
    p.set_defaults(func=cmd_export)


def _import_pdf(ctx: Context, path: Path, args: argparse.Namespace) -> int:
    """A PDF given to `import`: DOI from its text, metadata from Crossref, the file attached
    (cli/pdf_cmds.py); without a DOI, title-search candidates and nothing written."""
    from cli.pdf_cmds import import_pdf_file

    return import_pdf_file(ctx, path, args)


def _problem_line(p: Any) -> str:
    where = ", ".join(x for x in (f"line {p.line}" if p.line else None,
                                  f"entry {p.key}" if p.key else None) if x)
    return f"    {where}: {p.message}" if where else f"    {p.message}"


def _print_summary(ctx: Context, s: ImportSummary) -> None:
    name = s.file
    if s.error is not None:
        print(f"{s.error}", file=ctx.err)
        ctx.print(f"{name}: not imported (nothing was changed)")
        return
    if s.cancelled:
        ctx.print(f"{name}: cancelled (nothing was changed)")
        return
    fmt = s.format or "?"
    enc = f", {s.encoding}" if s.encoding and s.encoding != "utf-8" else ""
    ctx.print(f"{name} ({fmt}{enc}): {len(s.added)} added, {len(s.merged)} merged as duplicate, "
              f"{len(s.skipped)} skipped, {len(s.problems)} with problems")
    for note in s.notes:
        ctx.print(f"  note: {note}")
    for m in s.merged[:SHOWN]:
        what = f"filled {', '.join(m.fields)}" if m.fields else "nothing new"
        where = f"line {m.line}: " if m.line else ""
        ident = f"DOI {m.doi}" if m.doi else "same ISBN"
        ctx.print(f"  merged as duplicate: {where}{ident} -> reference {m.ref_id} ({what})")
    if len(s.merged) > SHOWN:
        ctx.print(f"  ... and {len(s.merged) - SHOWN} more merged")
    if s.skipped:
        ctx.print("  skipped:")
        for p in s.skipped[:SHOWN]:
            ctx.print(f"  {s.file}, {_problem_line(p).strip()}")
        if len(s.skipped) > SHOWN:
            ctx.print(f"    ... and {len(s.skipped) - SHOWN} more skipped")
    if s.possible_duplicates:
        ctx.print(f"  possible duplicates (not merged; `duplicates` to review): "
                  f"{len(s.possible_duplicates)}")
        for c in s.possible_duplicates[:SHOWN]:
            ctx.print(f"    {c.a} ~ {c.b}  {c.score:.2f}  {c.reason}")
        if len(s.possible_duplicates) > SHOWN:
            ctx.print(f"    ... and {len(s.possible_duplicates) - SHOWN} more")
    if s.problems:
        ctx.print("  problems (imported):")
        for p in s.problems[:SHOWN]:
            ctx.print(f"  {s.file}, {_problem_line(p).strip()}")
        if len(s.problems) > SHOWN:
            ctx.print(f"    ... and {len(s.problems) - SHOWN} more")


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from db.importer import import_file

    lib = ctx.library()
    failed = False
    for path in args.files:
        summary = import_file(lib, path, collection=args.collection, fmt=args.fmt,
                              pattern=ctx.settings.citekey_pattern)
        if summary.kind == "pdf":
            failed = _import_pdf(ctx, path, args) != 0 or failed
            continue
        _print_summary(ctx, summary)
        failed = failed or summary.error is not None
    return 1 if failed else 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from core.errors import NotFoundError
    from db.exporter import export

    lib = ctx.library()
    try:
        if args.output is None:
            count = export(lib, args.format, ctx.out, collection=args.collection, ids=args.ids,
                           pattern=ctx.settings.citekey_pattern)
        else:
            tmp = args.output.with_name(args.output.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                count = export(lib, args.format, fh, collection=args.collection, ids=args.ids,
                               pattern=ctx.settings.citekey_pattern)
            tmp.replace(args.output)  # a failed export never leaves half a file behind
            print(f"{count} references written to {args.output}", file=ctx.err)
    except NotFoundError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    return 0

