"""PDF and attachment commands: attach ID FILE, attachments ID, detach ATTACHMENT; and
`import_pdf_file`, the one-line PDF import the `import` command calls for each PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cli.context import Context

if TYPE_CHECKING:
    from db.pdf_import import PdfOutcome


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("attach", help="attach a file (a PDF, a scan) to a reference")
    p.add_argument("id", type=int)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--title", help="a label for the attachment")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("attachments", help="list a reference's attached files")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attachments)

    p = sub.add_parser("detach", help="remove an attachment link (the file stays on disk)")
    p.add_argument("attachment", type=int, metavar="ATTACHMENT")
    p.set_defaults(func=cmd_detach)


def cmd_attach(ctx: Context, args: argparse.Namespace) -> int:
    from db import attachments

    att = attachments.attach(ctx.library(), args.id, args.file, title=args.title)
    ctx.print(f"attached {args.file.name} to {args.id} (attachment {att})")
    return 0


def cmd_attachments(ctx: Context, args: argparse.Namespace) -> int:
    from db import attachments
    from db import references as repo

    lib = ctx.library()
    with lib.read() as s:
        repo.get(s, args.id)  # NotFoundError for a missing reference
        found = attachments.of_reference(s, args.id)
    base = attachments.base_dir(lib)
    rows = [(a, a.resolve(base)) for a in found]
    if args.json:
        ctx.print_json([{"id": a.id, "reference": a.reference_id, "kind": a.kind,
                         "title": a.title, "path": str(path), "stored_path": a.path,
                         "exists": path.is_file(), "added": a.added_at.isoformat()}
                        for a, path in rows])
        return 0
    if not rows:
        ctx.print(f"reference {args.id} has no attachments")
        return 0
    for a, path in rows:
        missing = "" if path.is_file() else "  [missing]"
        label = f"  {a.title}" if a.title else ""
        ctx.print(f"{a.id:>5}  {a.kind:<4}  {path}{label}{missing}")
    return 0


def cmd_detach(ctx: Context, args: argparse.Namespace) -> int:
    from db import attachments

    with ctx.library().transaction() as s:
        removed = attachments.remove(s, args.attachment)
    ctx.print(f"detached {removed.name} from {removed.reference_id} (the file stays on disk)")
    return 0


# ---------------------------------------------------------------------------------- PDF import
def import_pdf_file(ctx: Context, path: Path | str, args: argparse.Namespace) -> int:
    """Import one PDF for the `import` command: DOI -> metadata -> reference + attached file,
    or title-search candidates. Prints one line; returns 0 when the file was added or attached,
    1 otherwise (nothing written). Reads `args.collection` and `args.doi` when present."""
    from core.crossref import CrossrefClient
    from core.errors import PdfError
    from db import collections, pdf_import

    file = Path(path)
    lib = ctx.library()
    collection_id = None
    if getattr(args, "collection", None):
        with lib.read() as s:
            collection_id = collections.resolve(s, args.collection)
    client = CrossrefClient(ctx.settings)
    try:
        outcome = pdf_import.import_pdf(lib, file, client, doi=getattr(args, "doi", None),
                                        collection_id=collection_id)
    except PdfError as exc:
        ctx.print(f"{file.name}: failed ({exc.message})")
        return 1
    finally:
        client.close()
    ctx.print(pdf_outcome_text(outcome))
    return 0 if outcome.written or outcome.status == pdf_import.ALREADY_ATTACHED else 1


def pdf_outcome_text(o: PdfOutcome) -> str:
    """The English one-liner for a PDF import outcome."""
    from cli.crossref_cmds import AGENCY_LABELS
    from db import pdf_import as pi

    name = o.path.name
    source = "cached" if o.cached else AGENCY_LABELS.get(o.agency or "", o.agency or "")
    if o.status == pi.ADDED:
        return f"{o.doi}: added (id {o.ref_id}, {source}) + attached {name}"
    if o.status == pi.ATTACHED:
        return f"{o.doi}: already in library (id {o.ref_id}) + attached {name}"
    if o.status == pi.ALREADY_ATTACHED:
        return f"{o.doi}: already in library (id {o.ref_id}), {name} already attached"
    if o.status == pi.FAILED:
        return f"{o.doi or name}: failed ({o.reason}); nothing added"
    head = f"{name}: DOI {o.doi} not found" if o.status == pi.NOT_FOUND else \
        f"{name}: no DOI found"
    if o.status == pi.NO_DOI or (not o.candidates and o.status == pi.NOT_FOUND):
        return f"{head}; {o.reason or 'nothing to search with'}; nothing added"
    if not o.candidates:
        return f"{head}; title search for {o.info.title!r}: no candidates; nothing added"
    shown = "; ".join(f"{c.score:.2f} {c.doi} ({_cut(c.reference.title)}, "
                      f"{c.reference.year or 'n.d.'})" for c in o.candidates[:5])
    return (f"{head}: candidates {shown}; nothing added (import it again with the DOI you "
            "choose)")


def _cut(title: str | None, limit: int = 60) -> str:
    text = " ".join((title or "(no title)").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
