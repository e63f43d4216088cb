"""Online metadata commands: add DOI [DOI ...] (also --file / stdin, --refresh, --pending),
find-doi ID, add-isbn ISBN, crossref-journal ISSN."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cli.context import Context, UserError, read_stdin
from core.identifiers import find_dois, normalize_doi

if TYPE_CHECKING:
    from core.crossref import BatchItem, CrossrefClient, FetchResult

AGENCY_LABELS = {"crossref": "Crossref", "datacite": "DataCite", "medra": "mEDRA",
                 "jalc": "JaLC", "openlibrary": "Open Library"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "add", help="add works by DOI (Crossref, else the DOI's own registration agency)",
        description="Add works by DOI. DOIs may be given as arguments, read from a file "
                    "(--file F) or stdin (--file -) in any text. Without network the DOIs are "
                    "queued; `add --pending` fetches the queue.")
    p.add_argument("dois", nargs="*", metavar="DOI", help="DOIs or doi.org links")
    p.add_argument("--file", metavar="F", help="read DOIs from any text in file F ('-' = stdin)")
    p.add_argument("--refresh", action="store_true",
                   help="fetch again and show a field-level diff; fields you edited are kept "
                        "unless --yes")
    p.add_argument("--yes", action="store_true",
                   help="with --refresh: also overwrite fields you edited")
    p.add_argument("--pending", action="store_true", help="fetch the DOIs queued while offline")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("find-doi", help="search Crossref for a reference's DOI (offers "
                                        "candidates with scores; attaches nothing)")
    p.add_argument("id", type=int)
    p.add_argument("--rows", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_find_doi)

    p = sub.add_parser("add-isbn", help="add a book by ISBN (Crossref, then Open Library)")
    p.add_argument("isbn")
    p.set_defaults(func=cmd_add_isbn)

    p = sub.add_parser("crossref-journal",
                       help="look a journal up in Crossref by ISSN (title, publisher, ISSNs)")
    p.add_argument("issn")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_journal)


def _client(ctx: Context) -> CrossrefClient:
    from core.crossref import CrossrefClient

    return CrossrefClient(ctx.settings)


def _source(result: FetchResult) -> str:
    return AGENCY_LABELS.get(result.agency, result.agency)


def _collect_dois(ctx: Context, args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """(DOIs in order of first appearance, arguments that hold no DOI)."""
    dois: dict[str, None] = {}
    bad: list[str] = []
    for arg in args.dois:
        found = find_dois(arg)
        if not found:
            try:
                found = [normalize_doi(arg)]
            except ValueError:
                bad.append(arg)
        for d in found:
            dois.setdefault(d, None)
    if args.file:
        if args.file == "-":
            text = read_stdin()
        else:
            try:
                with open(args.file, encoding="utf-8-sig", errors="replace") as fh:
                    text = fh.read()
            except OSError as exc:
                raise UserError(f"cannot read {args.file}: {exc.strerror}") from None
        for d in find_dois(text):
            dois.setdefault(d, None)
    if args.pending:
        from db import crossref_cache

        with ctx.library().read() as s:
            for d in crossref_cache.pending(s):
                dois.setdefault(d, None)
    return list(dois), bad


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import crossref_import

    dois, bad = _collect_dois(ctx, args)
    if not dois and not bad:
        if args.pending:
            ctx.print("no pending DOIs")
            return 0
        raise UserError("no DOI given (arguments, --file F, --file - for stdin, or --pending)")
    lib = ctx.library()
    for arg in bad:
        ctx.print(f"{arg}: failed (not a DOI)")
    plan = crossref_import.plan(lib, dois, refresh=args.refresh, pending=args.pending)
    outcomes = {o.doi: o for o in plan.done}
    # Each work is stored (on this thread, one transaction each) as soon as it arrives, while
    # the workers wait on the rate limit for the next ones.
    for item in _fetch(ctx, plan.to_fetch):
        outcome = crossref_import.record(lib, item, refresh=args.refresh,
                                         overwrite_edited=args.yes, pending=args.pending)
        outcomes[item.doi] = outcome
        for change in outcome.changes:
            note = "  [kept; --yes overwrites]" if change.edited and not args.yes else ""
            ctx.print(f"  {item.doi}: {change.describe()}{note}")
    notices = _update_notices(lib, outcomes.values())
    for doi in dois:
        outcome = outcomes[doi]
        warning = notices.get(outcome.ref_id) if outcome.ref_id is not None else None
        ctx.print(f"{doi}: {outcome_text(outcome)}" + (f" — WARNING: {warning}" if warning else ""))
    failures = len(bad) + sum(1 for o in outcomes.values() if o.failed)
    return 1 if failures else 0


def _update_notices(lib: Any, outcomes: Any) -> dict[int, str]:
    """Library id -> `retracted (notice 10..., 2021-05-01)` for the works among `outcomes` that a
    retraction or correction updates (read back from the library: also works already there)."""
    ids = [o.ref_id for o in outcomes if o.ref_id is not None]
    out: dict[int, str] = {}
    for ref in lib.get_many(ids) if ids else []:
        parts = []
        for u in ref.updated_by:
            kind = str(u.get("type") or "update")
            kind = {"retraction": "retracted", "withdrawal": "withdrawn"}.get(kind, kind)
            detail = ", ".join(str(x) for x in (u.get("DOI"), u.get("date")) if x)
            parts.append(f"{kind} (notice {detail})" if detail else kind)
        if parts and ref.id is not None:
            out[ref.id] = "; ".join(parts)
    return out


def outcome_text(o: Any) -> str:
    """The English one-liner for an outcome of db.crossref_import."""
    from db import crossref_import as ci

    source = AGENCY_LABELS.get(o.agency or "", o.agency or "")
    if o.status == ci.ADDED:
        return f"added (id {o.ref_id}, {source})"
    if o.status == ci.ADDED_FROM_CACHE:
        return f"added (id {o.ref_id}, cached {o.fetched_at})"
    if o.status == ci.ALREADY:
        return f"already in library (id {o.ref_id})"
    if o.status == ci.UP_TO_DATE:
        return f"up to date (id {o.ref_id}, {source})"
    if o.status == ci.REFRESHED:
        applied = len(o.changes) - o.kept
        kept = f", {o.kept} edited field(s) kept" if o.kept else ""
        return f"refreshed (id {o.ref_id}, {applied} field(s) updated{kept}, {source})"
    if o.status == ci.QUEUED:
        return "queued (offline)"
    if o.status == ci.NOT_FOUND:
        return "not found"
    return f"failed ({o.reason})"


def _fetch(ctx: Context, dois: list[str]) -> Iterator[BatchItem]:
    """Fetch in worker threads; yield each DOI's outcome on the calling thread as it finishes."""
    if not dois:
        return
    client = _client(ctx)
    show = ctx.err.isatty() if hasattr(ctx.err, "isatty") else False
    try:
        for done, item in enumerate(client.iter_many(dois), start=1):
            if show:
                ctx.err.write(f"\r{done}/{len(dois)}")
                ctx.err.flush()
            yield item
    finally:
        client.close()
        if show:
            ctx.err.write("\r")


def cmd_find_doi(ctx: Context, args: argparse.Namespace) -> int:
    ref = ctx.library().get(args.id)
    if ref.doi:
        ctx.print(f"reference {args.id} already has DOI {ref.doi}")
    client = _client(ctx)
    try:
        candidates = client.find_doi(ref, rows=args.rows)
    finally:
        client.close()
    if args.json:
        ctx.print_json([{"DOI": c.doi, "score": c.score, "crossref-score": c.crossref_score,
                         "item": c.reference.to_csl(include_id=False)} for c in candidates])
        return 0
    if not candidates:
        ctx.print("no candidates")
        return 1
    for c in candidates:
        year = c.reference.year or "n.d."
        ctx.print(f"{c.score:.2f}  {c.doi}  {c.reference.title or '(no title)'} ({year})")
    ctx.print("nothing attached: edit the reference to set the DOI you choose")
    return 0


def cmd_add_isbn(ctx: Context, args: argparse.Namespace) -> int:
    from core.errors import InvalidValueError, SiltemeError
    from core.identifiers import normalize_isbn
    from db import crossref_import

    try:
        isbn = normalize_isbn(args.isbn)
    except InvalidValueError as exc:
        raise UserError(str(exc)) from None
    lib = ctx.library()
    known = crossref_import.plan_isbn(lib, isbn)
    if known is not None:
        if known.status == crossref_import.ALREADY:
            ctx.print(f"{isbn}: already in library (id {known.ref_id})")
        else:
            ctx.print(f"{isbn}: added (id {known.ref_id}, cached)")
        return 0
    client = _client(ctx)
    try:
        result = client.fetch_isbn(isbn)
    except SiltemeError as exc:
        return _report_failure(ctx, isbn, exc)
    finally:
        client.close()
    outcome = crossref_import.record_isbn(lib, isbn, result)
    added = outcome.status == crossref_import.ADDED
    ctx.print(f"{isbn}: {'added' if added else 'already in library'} (id {outcome.ref_id}, "
              f"{_source(result)})")
    return 0


def cmd_journal(ctx: Context, args: argparse.Namespace) -> int:
    from core.identifiers import normalize_issn

    issn = normalize_issn(args.issn)   # a mistyped ISSN is the user's error: exit 1, stderr
    client = _client(ctx)
    try:
        info = client.journal(issn)
    except Exception as exc:
        return _report_failure(ctx, args.issn, exc)
    finally:
        client.close()
    data: dict[str, Any] = {"title": info.title, "publisher": info.publisher,
                            "issn": [{"value": i.value, "type": i.kind} for i in info.issns],
                            "subjects": info.subjects}
    if args.json:
        ctx.print_json(data)
    else:
        ctx.print(f"{info.title} — {info.publisher}")
        ctx.print("ISSN: " + ", ".join(f"{i.value} ({i.kind or '?'})" for i in info.issns))
    return 0


def _report_failure(ctx: Context, what: str, exc: Exception) -> int:
    from core.crossref import error_reason
    from core.errors import DoiNotFoundError, SiltemeError

    if not isinstance(exc, SiltemeError):
        raise exc
    reason = "not found" if isinstance(exc, DoiNotFoundError) else f"failed ({error_reason(exc)})"
    ctx.print(f"{what}: {reason}")
    return 1
