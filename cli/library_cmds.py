"""Library commands: list, show, search, add-manual, delete, restore, trash, collection, tag, db."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cli.context import Context, UserError, read_stdin
from core.dates import PartialDate
from core.errors import InvalidValueError
from core.identifiers import normalize_doi, normalize_isbn, normalize_issn
from core.model import CSL_TYPES, Creator, Issn, Reference

# add-manual option -> (model attribute, kind). Kinds: str, date, list.
_FIELD_OPTIONS: dict[str, tuple[str, str]] = {
    "title": ("title", "str"), "title-translit": ("title_translit", "str"),
    "title-translated": ("title_translated", "str"),
    "container": ("container_title", "str"), "collection": ("collection_title", "str"),
    "volume": ("volume", "str"), "issue": ("issue", "str"), "page": ("page", "str"),
    "number": ("number", "str"), "edition": ("edition", "str"),
    "pages": ("number_of_pages", "str"), "publisher": ("publisher", "str"),
    "place": ("publisher_place", "str"), "url": ("url", "str"), "language": ("language", "str"),
    "abstract": ("abstract", "str"), "note": ("note", "str"), "genre": ("genre", "str"),
    "authority": ("authority", "str"), "jurisdiction": ("jurisdiction", "str"),
    "gazette": ("gazette_title", "str"), "gazette-year": ("gazette_year", "str"),
    "gazette-number": ("gazette_number", "str"), "gazette-article": ("gazette_article", "str"),
    "case-number": ("case_number", "str"), "key": ("citation_key", "str"),
    "issued": ("issued", "date"), "accessed": ("accessed", "date"),
    "adopted": ("adopted", "date"), "version-date": ("version_date", "date"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list references (all of them unless --limit)")
    p.add_argument("--limit", type=int, help="at most N references")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", default="added",
                   choices=["added", "modified", "title", "author", "year", "type", "id"])
    p.add_argument("--desc", action="store_true", help="descending order")
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument("--collection", metavar="C", help="only this collection (id, name or path)")
    p.add_argument("--tag", metavar="T", help="only references with this tag")
    p.add_argument("--json", action="store_true", help="print CSL-JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one reference")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="print CSL-JSON (an array of one item)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search (each word matches as a prefix)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true", help="print CSL-JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "add-manual",
        help="add a reference typed in by hand (fields as options, or CSL-JSON on stdin)",
        description="With no field options, reads one CSL-JSON item (or an array) on stdin.")
    p.add_argument("--type", choices=CSL_TYPES, help="CSL item type (default article-journal)")
    for option, (attr, kind) in _FIELD_OPTIONS.items():
        p.add_argument(f"--{option}", dest=f"f_{attr}",
                       help="date: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY" if kind == "date"
                       else None)
    p.add_argument("--author", action="append", default=[], metavar="'FAMILY, GIVEN'",
                   help="repeat for each author; {Name} for an organisation")
    p.add_argument("--editor", action="append", default=[], metavar="'FAMILY, GIVEN'")
    p.add_argument("--translator", action="append", default=[], metavar="'FAMILY, GIVEN'")
    p.add_argument("--compiler", action="append", default=[], metavar="'FAMILY, GIVEN'")
    p.add_argument("--doi")
    p.add_argument("--isbn", action="append", default=[])
    p.add_argument("--issn", action="append", default=[])
    p.add_argument("--keyword", action="append", default=[])
    p.add_argument("--field", action="append", default=[], metavar="KEY=VALUE",
                   help="any other CSL-JSON key")
    p.add_argument("--json", action="store_true", help="print the stored items as CSL-JSON")
    p.set_defaults(func=cmd_add_manual)

    p = sub.add_parser("delete", help="move references to the trash")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("restore", help="restore references from the trash")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("trash", help="the trash: list it or empty it")
    tsub = p.add_subparsers(dest="action", required=True)
    tsub.add_parser("list").set_defaults(func=cmd_trash_list)
    tsub.add_parser("empty", help="delete the trash for good (a backup is made first)"
                    ).set_defaults(func=cmd_trash_empty)

    _register_collection(sub)
    _register_tag(sub)
    _register_db(sub)


def _register_collection(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("collection", help="collections: list, add, rename, move, remove, put, take")
    csub = p.add_subparsers(dest="action", required=True)
    c = csub.add_parser("list", help="the collection tree")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_collection_list)
    c = csub.add_parser("add", help="create a collection")
    c.add_argument("name")
    c.add_argument("--parent", help="parent collection (id, name or path)")
    c.set_defaults(func=cmd_collection_add)
    c = csub.add_parser("rename")
    c.add_argument("collection")
    c.add_argument("name")
    c.set_defaults(func=cmd_collection_rename)
    c = csub.add_parser("move", help="move under another collection (or to the top: --top)")
    c.add_argument("collection")
    c.add_argument("--parent")
    c.set_defaults(func=cmd_collection_move)
    c = csub.add_parser("remove", help="delete a collection (references stay in the library)")
    c.add_argument("collection")
    c.set_defaults(func=cmd_collection_remove)
    c = csub.add_parser("put", help="add references to a collection")
    c.add_argument("collection")
    c.add_argument("ids", type=int, nargs="+", metavar="ID")
    c.set_defaults(func=cmd_collection_put)
    c = csub.add_parser("take", help="take references out of a collection")
    c.add_argument("collection")
    c.add_argument("ids", type=int, nargs="+", metavar="ID")
    c.set_defaults(func=cmd_collection_take)


def _register_tag(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("tag", help="tags: list, add, remove")
    tsub = p.add_subparsers(dest="action", required=True)
    t = tsub.add_parser("list")
    t.set_defaults(func=cmd_tag_list)
    t = tsub.add_parser("add", help="tag references")
    t.add_argument("tag")
    t.add_argument("ids", type=int, nargs="+", metavar="ID")
    t.set_defaults(func=cmd_tag_add)
    t = tsub.add_parser("remove", help="untag references")
    t.add_argument("tag")
    t.add_argument("ids", type=int, nargs="+", metavar="ID")
    t.set_defaults(func=cmd_tag_remove)


def _register_db(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="the library file: check, backup, restore, path")
    dsub = p.add_subparsers(dest="action", required=True)
    dsub.add_parser("check", help="integrity check").set_defaults(func=cmd_db_check)
    b = dsub.add_parser("backup", help="online backup (safe while the app is open)")
    b.add_argument("-o", "--output", type=Path, help="backup file (default: backups folder)")
    b.set_defaults(func=cmd_db_backup)
    r = dsub.add_parser("restore", help="replace the library with a backup (checked first; the "
                                        "current file is kept aside)")
    r.add_argument("file", type=Path)
    r.set_defaults(func=cmd_db_restore)
    dsub.add_parser("path", help="print the library's path").set_defaults(func=cmd_db_path)


# ---------------------------------------------------------------------- output helpers
def _line(ref: Reference) -> str:
    from db.references import authors_display

    year = str(ref.year) if ref.year else "n.d."
    # A law or a court decision has no author: its issuing body stands in ("— —" said nothing).
    authors = authors_display(ref.creators) or ref.authority or ""
    # Retractions and corrections are flagged wherever a reference is listed.
    flag = f" [{', '.join(ref.update_labels)}]" if ref.updated_by else ""
    who = f"{authors} — " if authors else ""
    return f"{ref.id:>6}  {year:<5} {who}{ref.title or '(no title)'} [{ref.type}]{flag}"


def _print_refs(ctx: Context, refs: list[Reference], as_json: bool) -> None:
    if as_json:
        ctx.print_json([r.to_csl() for r in refs])
    else:
        for ref in refs:
            ctx.print(_line(ref))


def _resolve_collection(s: Any, spec: str) -> int:
    from db import collections

    return collections.resolve(s, spec)


# ---------------------------------------------------------------------- commands
def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from db import references as repo
    from db import tags

    lib = ctx.library()
    with lib.read() as s:
        collection_id = _resolve_collection(s, args.collection) if args.collection else None
        tag_id = None
        if args.tag:
            tag_id = tags.find(s, args.tag)
            if tag_id is None:
                raise UserError(f"no tag {args.tag!r}")
        ids = repo.list_ids(s, offset=args.offset, limit=args.limit, sort=args.sort,
                            descending=args.desc, deleted=args.trash,
                            collection_id=collection_id, tag_id=tag_id)
        refs = repo.get_many(s, ids)
    _print_refs(ctx, refs, args.json)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections, notes, tags
    from db import references as repo

    lib = ctx.library()
    with lib.read() as s:
        ref = repo.get(s, args.id)
        deleted = repo.is_deleted(s, args.id)
        ref_tags = tags.of_reference(s, args.id)
        names = {c.id: c.name for c in collections.all_collections(s)}
        ref_colls = [names[c] for c in collections.of_reference(s, args.id)]
        ref_notes = notes.of_reference(s, args.id)
    if args.json:
        ctx.print_json([ref.to_csl()])
        return 0
    csl = ref.to_csl()
    ctx.print(_line(ref) + ("  (in trash)" if deleted else ""))
    for key, value in csl.items():
        if key in ("id",):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict) and (
                "family" in value[0] or "literal" in value[0]):
            value = "; ".join(Creator.from_csl(v).display() for v in value)
        elif isinstance(value, dict) and ("date-parts" in value or "literal" in value):
            parsed = PartialDate.from_csl(value)
            value = parsed.iso() if parsed else value
        elif not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        ctx.print(f"  {key:<22} {value}")
    for warning in ref.update_warnings:
        ctx.print(f"  WARNING: updated by {warning}")
    if ref_tags:
        ctx.print(f"  {'tags':<22} {', '.join(ref_tags)}")
    if ref_colls:
        ctx.print(f"  {'collections':<22} {', '.join(ref_colls)}")
    for _, note in ref_notes:
        ctx.print(f"  {'note':<22} {note}")
    return 0


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    refs = ctx.library().search(" ".join(args.query), limit=args.limit)
    _print_refs(ctx, refs, args.json)
    return 0


def reference_from_options(args: argparse.Namespace) -> Reference:
    """Build a record from add-manual's options, validating identifiers and dates."""
    ref = Reference(type=args.type or "article-journal")
    for _option, (attr, kind) in _FIELD_OPTIONS.items():
        value = getattr(args, f"f_{attr}")
        if value is None:
            continue
        if kind == "date":
            setattr(ref, attr, PartialDate.from_user(value))
        elif attr == "language":
            from core.language import normalize_language

            ref.language = normalize_language(value)
        else:
            setattr(ref, attr, value.strip() or None)
    for role in ("author", "editor", "translator", "compiler"):
        ref.creators.extend(Creator.parse(n, role) for n in getattr(args, role))
    if args.doi:
        ref.doi = normalize_doi(args.doi)
    ref.isbn = [normalize_isbn(v) for v in args.isbn]
    ref.issn = [Issn(normalize_issn(v)) for v in args.issn]
    ref.keywords = [k.strip() for k in args.keyword if k.strip()]
    for item in args.field:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--field expects KEY=VALUE, got {item!r}")
        ref.extra[key.strip()] = value
    if not (ref.title or ref.creators or ref.doi or ref.extra):
        raise UserError("a reference needs at least a title, a creator or a DOI")
    return ref


def _has_field_options(args: argparse.Namespace) -> bool:
    if args.type or args.doi or args.isbn or args.issn or args.keyword or args.field:
        return True
    if any(getattr(args, role) for role in ("author", "editor", "translator", "compiler")):
        return True
    return any(getattr(args, f"f_{attr}") is not None for attr, _ in _FIELD_OPTIONS.values())


def cmd_add_manual(ctx: Context, args: argparse.Namespace) -> int:
    if _has_field_options(args):
        refs = [reference_from_options(args)]
    else:
        text = read_stdin()
        if not text.strip():
            raise UserError("no field options and nothing on stdin (expected CSL-JSON)")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"stdin is not JSON: line {exc.lineno}: {exc.msg}") from None
        items = data if isinstance(data, list) else [data]
        if not items:
            raise UserError("stdin holds an empty array: no items to add")
        refs = []
        for n, item in enumerate(items, 1):
            try:
                ref = Reference.from_csl(item, strict=True)
            except InvalidValueError as exc:
                raise UserError(f"item {n}: {exc}") from None
            ref.id = None
            refs.append(ref)
    ids = ctx.library().add_many(refs)
    if args.json:
        ctx.print_json([r.to_csl() for r in refs])
    else:
        for ref in refs:
            ctx.print(f"added {_line(ref).strip()}")
    return 0 if ids else 1


def cmd_delete(ctx: Context, args: argparse.Namespace) -> int:
    from db import references as repo

    ids = list(dict.fromkeys(args.ids))
    with ctx.library().transaction() as s:
        before = repo.deleted_states(s, ids)
        repo.move_to_trash(s, ids)          # NotFoundError for a missing id: nothing moved
    _report(ctx, "moved to trash", [i for i in ids if i in before and not before[i]],
            "already in the trash", [i for i in ids if before.get(i)])
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from db import references as repo

    ids = list(dict.fromkeys(args.ids))
    with ctx.library().transaction() as s:
        before = repo.deleted_states(s, ids)
        repo.restore(s, ids)                 # NotFoundError for a missing id: nothing restored
    _report(ctx, "restored", [i for i in ids if before.get(i)],
            "not in the trash", [i for i in ids if i in before and not before[i]])
    return 0


def _report(ctx: Context, done_label: str, done: list[int], skipped_label: str,
            skipped: list[int]) -> None:
    for label, ids in ((done_label, done), (skipped_label, skipped)):
        if ids:
            ctx.print(f"{label}: {', '.join(map(str, ids))}")


def cmd_trash_list(ctx: Context, args: argparse.Namespace) -> int:
    _print_refs(ctx, ctx.library().list_references(deleted=True), False)
    return 0


def cmd_trash_empty(ctx: Context, args: argparse.Namespace) -> int:
    ctx.print(f"deleted for good: {ctx.library().empty_trash()}")
    return 0


def cmd_collection_list(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().read() as s:
        colls = collections.all_collections(s)
    if args.json:
        ctx.print_json([{"id": str(c.id), "name": c.name,
                         "parent": str(c.parent_id) if c.parent_id else None, "count": c.count}
                        for c in colls])
        return 0
    children: dict[int | None, list[Any]] = {}
    for c in colls:
        children.setdefault(c.parent_id, []).append(c)

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            ctx.print(f"{c.id:>5}  {'  ' * depth}{c.name} ({c.count})")
            walk(c.id, depth + 1)

    walk(None, 0)
    return 0


def cmd_collection_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().transaction() as s:
        parent = _resolve_collection(s, args.parent) if args.parent else None
        new_id = collections.create(s, args.name, parent)
    ctx.print(f"created collection {new_id}: {args.name}")
    return 0


def cmd_collection_rename(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().transaction() as s:
        collections.rename(s, _resolve_collection(s, args.collection), args.name)
    ctx.print(f"renamed to {args.name}")
    return 0


def cmd_collection_move(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().transaction() as s:
        parent = _resolve_collection(s, args.parent) if args.parent else None
        collections.move(s, _resolve_collection(s, args.collection), parent)
    ctx.print("moved")
    return 0


def cmd_collection_remove(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().transaction() as s:
        collections.remove(s, _resolve_collection(s, args.collection))
    ctx.print("removed")
    return 0


def cmd_collection_put(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections
    from db import references as repo

    with ctx.library().transaction() as s:
        for ref_id in args.ids:
            repo.get(s, ref_id)  # NotFoundError for a missing id, before anything is written
        collections.add_references(s, _resolve_collection(s, args.collection), args.ids)
    ctx.print(f"added {len(args.ids)} reference(s)")
    return 0


def cmd_collection_take(ctx: Context, args: argparse.Namespace) -> int:
    from db import collections

    with ctx.library().transaction() as s:
        collections.remove_references(s, _resolve_collection(s, args.collection), args.ids)
    ctx.print(f"took out {len(args.ids)} reference(s)")
    return 0


def cmd_tag_list(ctx: Context, args: argparse.Namespace) -> int:
    from db import tags

    with ctx.library().read() as s:
        for _tag_id, name, n in tags.all_tags(s):
            ctx.print(f"{name} ({n})")
    return 0


def cmd_tag_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import references as repo
    from db import tags

    with ctx.library().transaction() as s:
        for ref_id in args.ids:
            repo.get(s, ref_id)
        tags.tag(s, args.ids, args.tag)
    ctx.print(f"tagged {len(args.ids)} reference(s) with {args.tag}")
    return 0


def cmd_tag_remove(ctx: Context, args: argparse.Namespace) -> int:
    from db import tags

    with ctx.library().transaction() as s:
        tags.untag(s, args.ids, args.tag)
    ctx.print(f"removed tag {args.tag}")
    return 0


def cmd_db_check(ctx: Context, args: argparse.Namespace) -> int:
    from db.sqlite import integrity_check

    if not ctx.db_path.exists():
        raise UserError(f"no library at {ctx.db_path}")
    problems = integrity_check(ctx.db_path)
    if problems:
        for p in problems:
            ctx.print(f"problem: {p}")
        return 1
    ctx.print(f"ok: {ctx.db_path}")
    return 0


def cmd_db_backup(ctx: Context, args: argparse.Namespace) -> int:
    path = ctx.library().backup("manual", args.output)
    ctx.print(f"backup written: {path}")
    return 0


def cmd_db_restore(ctx: Context, args: argparse.Namespace) -> int:
    from db.restore import restore_backup

    kept = restore_backup(args.file, ctx.db_path)
    ctx.print(f"restored {args.file} -> {ctx.db_path}")
    if kept:
        ctx.print(f"previous library kept as {kept}")
    return 0


def cmd_db_path(ctx: Context, args: argparse.Namespace) -> int:
    ctx.print(str(ctx.db_path))
    return 0
