"""Duplicate commands: `duplicates` (list candidate pairs), `duplicates diff KEEP OTHER`,
`duplicates merge KEEP OTHER [--take FIELD=other ...]`, `duplicates not KEEP OTHER [--undo]`."""

from __future__ import annotations

import argparse
from typing import Any

from cli.context import Context, UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "duplicates", help="possible duplicates: list them, compare, merge, or mark as not "
                           "duplicates",
        description="With no action, lists candidate pairs (best first) with their score and "
                    "the reasons: same DOI, same ISBN, same ISSN + volume + first page, similar "
                    "title + year + first author (across scripts). Pairs marked `not` are left "
                    "out.")
    p.add_argument("--json", action="store_true", help="print the pairs as JSON")
    p.add_argument("--min-score", type=float, default=0.0, metavar="S",
                   help="only pairs scoring at least S (0..1)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N pairs")
    p.set_defaults(func=cmd_list)
    dsub = p.add_subparsers(dest="action", metavar="ACTION")

    d = dsub.add_parser("diff", help="the fields where two references differ, side by side")
    d.add_argument("keep", type=int, metavar="KEEP")
    d.add_argument("other", type=int, metavar="OTHER")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_diff)

    m = dsub.add_parser(
        "merge", help="merge OTHER into KEEP (a backup is made; OTHER goes to the trash)",
        description="KEEP keeps its values, takes OTHER's where it has none, and unites "
                    "keywords, ISBNs and ISSNs; --take FIELD=other (or keep, union) decides a "
                    "field (`creators` is the whole list of names). KEEP gets every attachment, "
                    "note, tag, collection, team mark and journal link of both.")
    m.add_argument("keep", type=int, metavar="KEEP")
    m.add_argument("other", type=int, metavar="OTHER")
    m.add_argument("--take", action="append", default=[], metavar="FIELD=other",
                   help="which value wins for FIELD: keep, other or union (repeatable)")
    m.add_argument("--json", action="store_true", help="print the summary as JSON")
    m.set_defaults(func=cmd_merge)

    n = dsub.add_parser("not", help="remember that two references are not duplicates")
    n.add_argument("keep", type=int, metavar="KEEP")
    n.add_argument("other", type=int, metavar="OTHER")
    n.add_argument("--undo", action="store_true", help="forget the mark instead")
    n.set_defaults(func=cmd_not)


def _titles(ctx: Context, ids: set[int]) -> dict[int, dict[str, Any]]:
    from db import references as repo

    with ctx.library().read() as s:
        rows = repo.list_rows(s, sorted(ids))
    return {int(r["id"]): r for r in rows}


def _short(row: dict[str, Any] | None) -> str:
    if row is None:
        return "?"
    year = row.get("year") or "n.d."
    title = row.get("title") or "(no title)"
    if len(title) > 70:
        title = title[:69] + "…"
    return f"{row.get('authors') or '—'} ({year}) {title}"


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from db import duplicates

    found = [c for c in duplicates.scan(ctx.library()) if c.score >= args.min_score]
    if args.limit is not None:
        found = found[:max(args.limit, 0)]
    rows = _titles(ctx, {i for c in found for i in c.pair})
    if args.json:
        ctx.print_json([{"a": c.a, "b": c.b, "score": c.score, "reasons": list(c.reasons),
                         "a_title": (rows.get(c.a) or {}).get("title"),
                         "b_title": (rows.get(c.b) or {}).get("title")} for c in found])
        return 0
    if not found:
        ctx.print("no duplicate candidates")
        return 0
    for c in found:
        ctx.print(f"{c.a:>6} {c.b:>6}  {c.score:.2f}  {c.reason}")
        ctx.print(f"{'':>15}{c.a}: {_short(rows.get(c.a))}")
        ctx.print(f"{'':>15}{c.b}: {_short(rows.get(c.b))}")
    return 0


def cmd_diff(ctx: Context, args: argparse.Namespace) -> int:
    from core.merge import describe_value
    from db import duplicates

    diffs = duplicates.differences(ctx.library(), args.keep, args.other)
    if args.json:
        ctx.print_json([{"field": d.key, "keep": d.keep, "other": d.other,
                         "default": d.default} for d in diffs])
        return 0
    if not diffs:
        ctx.print("no differences")
        return 0
    for d in diffs:
        ctx.print(f"{d.key:<18} [{d.default}]")
        ctx.print(f"  {args.keep:>6}: {describe_value(d.key, d.keep) or '—'}")
        ctx.print(f"  {args.other:>6}: {describe_value(d.key, d.other) or '—'}")
    return 0


def cmd_merge(ctx: Context, args: argparse.Namespace) -> int:
    from core.errors import InvalidValueError
    from core.merge import parse_choices
    from db import duplicates

    try:
        choices = parse_choices(args.take)
    except InvalidValueError as exc:
        raise UserError(str(exc)) from None
    summary = duplicates.merge(ctx.library(), args.keep, args.other, choices)
    if args.json:
        ctx.print_json({"kept": summary.kept, "removed": summary.removed,
                        "fields": summary.fields, "attachments": summary.attachments,
                        "notes": summary.notes, "tags": summary.tags,
                        "collections": summary.collections,
                        "team_projects": summary.team_projects,
                        "journal_link": summary.journal_link,
                        "not_duplicates": summary.not_duplicates,
                        "backup": str(summary.backup) if summary.backup else None})
        return 0
    ctx.print(summary.describe())
    if summary.backup:
        ctx.print(f"backup: {summary.backup}")
    return 0


def cmd_not(ctx: Context, args: argparse.Namespace) -> int:
    from db import duplicates

    lib = ctx.library()
    if args.undo:
        done = duplicates.unmark_not_duplicate(lib, args.keep, args.other)
        ctx.print(f"{args.keep} and {args.other}: " +
                  ("mark removed" if done else "were not marked"))
        return 0
    done = duplicates.mark_not_duplicate(lib, args.keep, args.other)
    ctx.print(f"{args.keep} and {args.other}: " +
              ("marked as not duplicates" if done else "already marked as not duplicates"))
    return 0
