"""Journal commands: `journal import|show|link`, `eligibility` (verdicts and grant progress), and
`team add|remove|list` (the team's own publications)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from cli.context import Context, UserError
from core.errors import NotFoundError

SOURCES = ("scopus-citescore", "scopus-sources", "scimago", "wos", "koksnvo")
MAX_PROBLEMS_SHOWN = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("journal", help="journal registry: import metrics and lists, show a journal")
    jsub = p.add_subparsers(dest="journal_command", metavar="ACTION", required=True)

    i = jsub.add_parser("import", help="import a CiteScore, Scopus source list, SCImago, WoS or "
                        "ministry (KOKSNVO) list file")
    i.add_argument("file", type=Path)
    i.add_argument("--source", required=True, choices=SOURCES)
    i.add_argument("--index", type=str.upper, choices=["SCIE", "SSCI", "AHCI", "ESCI"],
                   help="the Web of Science index of a Master Journal List file")
    i.add_argument("--year", type=int, help="metric year when neither sheet nor file name says")
    i.add_argument("--list-date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="date of a WoS list, or the start of validity of a ministry list")
    i.add_argument("--level", help="ministry list level for rows without one (1, 2, 3, ...)")
    i.add_argument("--order-no", help="ministry order number (provenance)")
    i.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                   help="ministry list: take FIELD (title, issn, eissn, level, directions, "
                        "publisher, valid_from, valid_to, order_no, order_date) from HEADER")
    i.add_argument("--partial", action="store_true",
                   help="the file is an excerpt: absence from it proves nothing")
    i.add_argument("--preview", action="store_true",
                   help="show the detected columns and first rows; import nothing")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)

    s = jsub.add_parser("show", help="a journal's metrics, indexes, lists and verdicts")
    s.add_argument("query", nargs="+", metavar="ISSN|TITLE")
    s.add_argument("--year", type=int, help="publication year for the verdicts (default: this "
                   "year)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)

    a = jsub.add_parser("add", help="add a journal by hand")
    a.add_argument("title")
    a.add_argument("--issn", action="append", default=[], help="print ISSN (repeatable)")
    a.add_argument("--eissn", action="append", default=[], help="electronic ISSN")
    a.add_argument("--publisher")
    a.add_argument("--country")
    a.add_argument("--homepage")
    a.add_argument("--alt-title", action="append", default=[], dest="alt_titles")
    a.set_defaults(func=cmd_add)

    m = jsub.add_parser("metric", help="type in a published CiteScore percentile by hand")
    m.add_argument("journal", metavar="ISSN|TITLE|ID")
    m.add_argument("--year", type=int, required=True)
    m.add_argument("--percentile", type=int, required=True)
    m.add_argument("--subject-code", help="ASJC code (e.g. 3308)")
    m.add_argument("--subject", help="subject name (e.g. Law)")
    m.add_argument("--quartile", type=int, choices=[1, 2, 3, 4])
    m.add_argument("--citescore", type=float)
    m.add_argument("--tracker", action="store_true", help="an in-progress Tracker value")
    m.set_defaults(func=cmd_metric)

    x = jsub.add_parser("index", help="record a WoS index or Scopus membership by hand")
    x.add_argument("journal", metavar="ISSN|TITLE|ID")
    x.add_argument("index", type=str.upper, choices=["SCIE", "SSCI", "AHCI", "ESCI", "SCOPUS"])
    x.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    x.add_argument("--until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the journal left the index on this date")
    x.set_defaults(func=cmd_index)

    lm = jsub.add_parser("koksnvo", help="record a ministry (KOKSNVO) list entry by hand")
    lm.add_argument("journal", metavar="ISSN|TITLE|ID")
    lm.add_argument("--level", required=True, help="1, 2, 3, special, conference, ...")
    lm.add_argument("--direction", action="append", default=[], dest="directions")
    lm.add_argument("--from", type=dt.date.fromisoformat, dest="valid_from", metavar="DATE")
    lm.add_argument("--to", type=dt.date.fromisoformat, dest="valid_to", metavar="DATE")
    lm.add_argument("--order-no")
    lm.set_defaults(func=cmd_list_entry)

    f = jsub.add_parser("fetch", help="fetch CiteScore data from the Scopus Serial Title API "
                        "(needs your own API key and an entitled institution)")
    f.add_argument("issns", nargs="+", metavar="ISSN")
    f.set_defaults(func=cmd_fetch)

    k = jsub.add_parser("scopus-key", help="store, check or forget your Scopus API key")
    k.add_argument("action", choices=["set", "status", "delete"])
    k.set_defaults(func=cmd_scopus_key)

    r = jsub.add_parser("rules", help="eligibility rule sets: list them, or add one (JSON) to "
                        "the library")
    r.add_argument("action", choices=["list", "add", "show"])
    r.add_argument("target", nargs="?", metavar="FILE|ID")
    r.set_defaults(func=cmd_rules)

    tp = jsub.add_parser("template", help="write an empty ministry-list table to fill in "
                         "(.xlsx or .csv)")
    tp.add_argument("file", type=Path)
    tp.set_defaults(func=cmd_template)

    d = jsub.add_parser("datasets", help="imported files and their provenance")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_datasets)

    ln = jsub.add_parser("link", help="link a reference to a journal (confirms a title match)")
    ln.add_argument("ref_id", type=int)
    ln.add_argument("journal", metavar="ISSN|TITLE|ID")
    ln.set_defaults(func=cmd_link)

    e = sub.add_parser("eligibility", help="eligibility verdicts for references and the grant "
                       "progress of the team's publications")
    e.add_argument("ref_ids", nargs="*", type=int, metavar="REF_ID")
    e.add_argument("--rules", default="team-grant", metavar="NAME", help="rule set id")
    e.add_argument("--project", default="team", help="team project (default: team)")
    e.add_argument("--report", action="store_true",
                   help="the team's publication list as the grant report lists it (GOST "
                        "reference, ISSN, database, percentile, quartile, DOI link)")
    e.add_argument("--style", default="gost-7.1", help="reference style of the report "
                   "(gost-7.1, gost-r-7.0.100)")
    e.add_argument("--output", "-o", type=Path, metavar="FILE",
                   help="write the report to FILE (.docx, .html, .rtf, .txt)")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_eligibility)

    t = sub.add_parser("team", help="the team's own publications (a project)")
    tsub = t.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    for name, func, helptext in (("add", cmd_team_add, "mark references as the team's"),
                                 ("remove", cmd_team_remove, "unmark references")):
        c = tsub.add_parser(name, help=helptext)
        c.add_argument("ref_ids", nargs="+", type=int, metavar="REF_ID")
        c.add_argument("--project", default="team")
        c.set_defaults(func=func)
    c = tsub.add_parser("list", help="list the team's publications")
    c.add_argument("--project", default="team")
    c.set_defaults(func=cmd_team_list)


# ---------------------------------------------------------------------- import
def parse_file(args: argparse.Namespace, *, preview: bool = False) -> Any:
    from core.journals import importers

    mapping = {}
    if args.source == "koksnvo":
        for item in args.map:
            field, sep, header = item.partition("=")
            if not sep:
                raise UserError(f"--map expects FIELD=HEADER, got {item!r}")
            mapping[field.strip()] = header.strip()
    return importers.parse(args.source, args.file, year=args.year, index=args.index,
                           list_date=args.list_date, level=args.level, order_no=args.order_no,
                           mapping=mapping, limit=5 if preview else None)


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    result = parse_file(args, preview=args.preview)
    if args.preview:
        previews = [{"sheet": p.sheet, "header_row": p.header_row, "mapping": p.mapping,
                     "rows": p.rows, "note": p.note} for p in result.previews]
        if args.json:
            ctx.print_json(previews)
            return 0
        for p in result.previews:
            ctx.print(f"[{p.sheet or result.file_name}] " + (
                f"header on row {p.header_row}" if p.header_row else (p.note or "skipped")))
            for field, header in p.mapping.items():
                ctx.print(f"  {field:<14} <- {header if header is not None else '(not found)'}")
            for row in p.rows:
                ctx.print("  | " + " | ".join(row))
        return 0
    from db import journals as repo

    lib = ctx.library()
    # A metric import rewrites thousands of rows: a backup first, as the window's import does.
    backup = lib.backup("before-journal-import")
    with lib.transaction() as s:
        summary = repo.import_dataset(s, result, partial=args.partial,
                                      index_name=args.index or result.wos_index())
    problems = [{"row": p.row, "sheet": p.sheet, "reason": p.reason, "rejected": p.rejected}
                for p in summary.problems]
    if args.json:
        ctx.print_json({"file": result.file_name, "source": args.source,
                        "edition": result.edition, "dataset": str(summary.dataset_id),
                        "reimport": summary.reimport, "imported": summary.imported,
                        "updated": summary.updated, "unchanged": summary.unchanged,
                        "rejected": summary.rejected, "no_value": summary.no_value,
                        "new_journals": summary.new_journals,
                        "problems": problems})
        return 0
    again = " (same file as before: updated in place)" if summary.reimport else ""
    ctx.print(f"{result.file_name}: {result.edition or args.source}{again}")
    no_value = (f"{summary.no_value} rows with no value (journal recorded only); "
                if summary.no_value else "")
    ctx.print(f"imported {summary.imported}, updated {summary.updated}, unchanged "
              f"{summary.unchanged}, rejected {summary.rejected} rows; {no_value}"
              f"{summary.new_journals} new journals")
    ctx.print(f"backup before the import: {backup}")
    for p in summary.problems[:MAX_PROBLEMS_SHOWN]:
        ctx.print(f"  {'rejected' if p.rejected else 'warning'}: {p}")
    if len(summary.problems) > MAX_PROBLEMS_SHOWN:
        ctx.print(f"  ... and {len(summary.problems) - MAX_PROBLEMS_SHOWN} more (--json lists "
                  "all)")
    return 0


# ---------------------------------------------------------------------- show
def _resolve_journal(s: Any, query: str) -> int:
    import re

    from core.identifiers import normalize_issn
    from db import journals as repo

    if re.fullmatch(r"\s*\d{4}-?\d{3}[\dXx]\s*", query):
        normalize_issn(query)   # a mistyped ISSN is reported as such (InvalidValueError: exit 1)
    ids = repo.find_journals(s, query)
    if not ids and query.isdigit():
        try:
            repo.get_journal(s, int(query))
            return int(query)
        except LookupError:
            pass
    if not ids:
        raise UserError(f"no journal matches {query!r}")
    if len(ids) > 1:
        names = "; ".join(f"{j}: {repo.get_journal(s, j).title}" for j in ids[:10])
        raise UserError(f"{query!r} matches {len(ids)} journals ({names}); give an ISSN")
    return ids[0]


def journal_document(profile: Any, verdicts: list[dict[str, str]]) -> dict[str, Any]:
    """The `journal show --json` object (numbers as JSON numbers, ids as strings)."""
    j = profile.journal
    return {
        "journal": {"id": j.id, "title": j.title, "issn": j.issn_values,
                    "issn_kinds": [{"issn": i.issn, "kind": i.kind} for i in j.issns],
                    "publisher": j.publisher, "country": j.country, "languages": j.languages,
                    "homepage": j.homepage, "alt_titles": j.alt_titles,
                    "scopus_source_id": j.scopus_source_id,
                    "scimago_source_id": j.scimago_source_id, "source_type": j.source_type},
        "metrics": [{"provider": m.provider, "year": m.year, "subject_code": m.subject_code,
                     "subject": m.subject_name, "citescore": m.citescore,
                     "percentile": m.percentile, "quartile": m.effective_quartile,
                     "status": m.status, "source": m.dataset} for m in profile.metrics],
        "indexes": [{"index": m.index, "as_of": _iso(m.as_of), "valid_from": _iso(m.valid_from),
                     "valid_to": _iso(m.valid_to), "note": m.note, "source": m.dataset}
                    for m in profile.indexes],
        "lists": [{"list": m.list_name, "level": m.level, "directions": m.directions,
                   "valid_from": _iso(m.valid_from), "valid_to": _iso(m.valid_to),
                   "order_no": m.order_no, "order_date": _iso(m.order_date),
                   "source": m.dataset} for m in profile.lists],
        "verdicts": verdicts,
    }


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from db.journal_queries import journal_details

    year = args.year or dt.date.today().year
    with ctx.library().read() as s:
        jid = _resolve_journal(s, " ".join(args.query))
        details = journal_details(s, jid)
    profile = details.profile
    verdicts = [{"rule_set": v.rule_set, "requirement": v.requirement,
                 "result": v.verdict.result.value, "evidence": v.verdict.text}
                for v in details.verdicts(year)]
    doc = journal_document(profile, verdicts)
    if args.json:
        ctx.print_json(doc)
        return 0
    j = profile.journal
    ctx.print(f"{j.title}  (journal {j.id})")
    ctx.print(f"  ISSN        {', '.join(f'{i.issn} ({i.kind})' for i in j.issns) or '—'}")
    for label, value in (("publisher", j.publisher), ("country", j.country),
                         ("Scopus id", j.scopus_source_id), ("SCImago id", j.scimago_source_id)):
        if value:
            ctx.print(f"  {label:<11} {value}")
    for m in profile.metrics:
        if m.provider == "scimago":
            ctx.print(f"  SCImago {m.year}: SJR {m.sjr if m.sjr is not None else '—'}"
                      + (f", best quartile Q{m.quartile}" if m.quartile else "")
                      + f"  [{m.dataset}]")
        else:
            q = m.effective_quartile
            subject = m.subject_name or m.subject_code or "—"
            status = "" if m.status == "complete" else " (Tracker, in progress)"
            rank = f", rank {m.rank}/{m.rank_out_of}" if m.rank and m.rank_out_of else ""
            ctx.print(f"  CiteScore {m.year}{status}: {subject} ({m.subject_code or '—'}): "
                      f"{m.citescore if m.citescore is not None else '—'}, percentile "
                      f"{m.percentile}" + (f", Q{q}" if q else "") + rank + f"  [{m.dataset}]")
    for ix in profile.indexes:
        span = f" {ix.valid_from or '...'} to {ix.valid_to or '...'}" if (
            ix.valid_from or ix.valid_to) else ""
        ctx.print(f"  index {ix.index}{span}" + (f" (list of {ix.as_of})" if ix.as_of else "")
                  + (f" — {ix.note}" if ix.note else "") + f"  [{ix.dataset}]")
    for ls in profile.lists:
        ctx.print(f"  {ls.list_name} list {ls.level}" + (
            f", {'; '.join(ls.directions)}" if ls.directions else "")
            + (f", order {ls.order_no}" if ls.order_no else "") + f"  [{ls.dataset}]")
    ctx.print(f"Verdicts for an article published in {year}:")
    for v in verdicts:
        ctx.print(f"  {v['rule_set']}/{v['requirement']}: {v['result']}"
                  + (f" — {v['evidence']}" if v["evidence"] else ""))
    return 0


def cmd_rules(ctx: Context, args: argparse.Namespace) -> int:
    import json

    from core.journals.rules import describe
    from db import journals as repo

    if args.action == "add":
        if not args.target:
            raise UserError("journal rules add FILE: give the rule set's JSON file")
        try:
            data = json.loads(Path(args.target).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(f"{args.target}: {exc}") from None
        with ctx.library().transaction() as s:
            rid = repo.save_rule_set(s, data)
        ctx.print(f"rule set {rid!r} saved in the library")
        return 0
    with ctx.library().read() as s:
        sets = repo.rule_sets(s)
    if args.action == "list":
        for rs in sets.values():
            ctx.print(f"{rs.id}: {rs.name} ({', '.join(f'{r.id} x{r.count}' for r in rs.requirements)})")
        return 0
    if args.target not in sets:
        raise UserError(f"no rule set {args.target!r} (known: {', '.join(sorted(sets))})")
    rs = sets[args.target]
    ctx.print(f"{rs.id}: {rs.name}  [year policy: {rs.year_policy}]")
    if rs.source:
        ctx.print(f"  source: {rs.source}")
    for req in rs.requirements:
        rule = describe(req.rule) if req.rule is not None else "any work"
        ctx.print(f"  {req.id} x{req.count}: {rule}" + (" (collective)" if req.collective else ""))
    return 0


def cmd_template(ctx: Context, args: argparse.Namespace) -> int:
    from core.journals.templates import write_koksnvo_template

    if args.file.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError("the template is written as .xlsx or .csv")
    if args.file.exists():
        raise UserError(f"{args.file} exists; choose another name")
    write_koksnvo_template(args.file)
    ctx.print(f"{args.file}: fill one row per journal, then `journal import {args.file} "
              "--source koksnvo`")
    return 0


def cmd_datasets(ctx: Context, args: argparse.Namespace) -> int:
    from db import journals as repo

    with ctx.library().read() as s:
        found = repo.datasets(s)
    if args.json:
        ctx.print_json([{"id": d.id, "kind": d.kind, "file": d.file_name, "sha256": d.sha256,
                         "edition": d.edition, "year": d.year, "list_date": _iso(d.list_date),
                         "imported_at": d.imported_at.isoformat() if d.imported_at else None,
                         "rows_ok": d.rows_ok, "rows_bad": d.rows_bad,
                         "whole_list": d.full_list or bool(d.full_years)} for d in found])
        return 0
    for d in found:
        whole = "whole list" if d.full_list or d.full_years else "excerpt"
        ctx.print(f"{d.id:>4}  {d.kind:<16} {d.label()}  {d.rows_ok} ok, {d.rows_bad} rejected, "
                  f"{whole}, imported {d.imported_at:%Y-%m-%d %H:%M}  sha256 {d.sha256[:12]}")
    return 0


def cmd_link(ctx: Context, args: argparse.Namespace) -> int:
    from db import journals as repo
    from db import references as refs_repo

    with ctx.library().transaction() as s:
        refs_repo.get(s, args.ref_id)
        jid = _resolve_journal(s, args.journal)
        repo.link_reference(s, args.ref_id, jid)
        title = repo.get_journal(s, jid).title
    ctx.print(f"reference {args.ref_id} -> {title} (journal {jid})")
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from core.journals.model import Journal, JournalIssn
    from db import journals as repo

    issns = [JournalIssn.parse(v, "print") for v in args.issn] + [
        JournalIssn.parse(v, "electronic") for v in args.eissn]
    journal = Journal(args.title, issns, args.alt_titles, args.publisher, args.country,
                      homepage=args.homepage)
    with ctx.library().transaction() as s:
        jid = repo.save_journal(s, journal)
    ctx.print(f"journal {jid}: {args.title}")
    return 0


def cmd_metric(ctx: Context, args: argparse.Namespace) -> int:
    from core.journals.model import MetricObservation
    from db import journals as repo

    obs = MetricObservation("manual", args.year, args.subject_code, args.subject,
                            citescore=args.citescore, percentile=args.percentile,
                            quartile=args.quartile,
                            status="in_progress" if args.tracker else "complete")
    with ctx.library().transaction() as s:
        jid = _resolve_journal(s, args.journal)
        repo.add_metric(s, jid, obs)
    ctx.print(f"journal {jid}: CiteScore {args.year} percentile {args.percentile} recorded")
    return 0


def cmd_index(ctx: Context, args: argparse.Namespace) -> int:
    from core.journals.model import IndexMembership
    from db import journals as repo

    with ctx.library().transaction() as s:
        jid = _resolve_journal(s, args.journal)
        repo.set_index(s, jid, IndexMembership(args.index, as_of=args.as_of,
                                               valid_to=args.until))
    ctx.print(f"journal {jid}: {args.index} recorded")
    return 0


def cmd_list_entry(ctx: Context, args: argparse.Namespace) -> int:
    from core.journals.importers.koksnvo import parse_level
    from core.journals.model import ListMembership
    from db import journals as repo

    entry = ListMembership(parse_level(args.level), directions=args.directions,
                           valid_from=args.valid_from, valid_to=args.valid_to,
                           order_no=args.order_no)
    with ctx.library().transaction() as s:
        jid = _resolve_journal(s, args.journal)
        repo.set_list(s, jid, entry)
    ctx.print(f"journal {jid}: KOKSNVO list {entry.level} recorded")
    return 0


def cmd_fetch(ctx: Context, args: argparse.Namespace) -> int:
    import os

    from core.journals.apikey import get_api_key
    from core.journals.scopus_api import DEFAULT_BASE_URL, SerialTitleClient
    from core.settings import default_config_dir
    from db import journals as repo

    key = get_api_key(default_config_dir())
    if not key:
        raise UserError("no Scopus API key: run `journal scopus-key set` first")
    client = SerialTitleClient(key, base_url=os.environ.get("SILTEME_SCOPUS_URL",
                                                            DEFAULT_BASE_URL))
    result = client.journals(args.issns)   # network first, then one short transaction
    lib = ctx.library()
    lib.backup("before-journal-import")
    with lib.transaction() as s:
        summary = repo.import_dataset(s, result, partial=True)
    ctx.print(f"imported {summary.imported}, updated {summary.updated}, unchanged "
              f"{summary.unchanged}; {summary.new_journals} new journals")
    for p in summary.problems:
        ctx.print(f"  {p}")
    return 0


def cmd_scopus_key(ctx: Context, args: argparse.Namespace) -> int:
    import getpass

    from core.journals import apikey
    from core.settings import default_config_dir

    config = default_config_dir()
    if args.action == "set":
        key = getpass.getpass("Scopus API key (not shown): ")
        where = apikey.set_api_key(key, config)
        ctx.print("stored in the system keyring" if where == "keyring" else
                  f"no system keyring: stored in {where} (readable only by you)")
    elif args.action == "delete":
        apikey.delete_api_key(config)
        ctx.print("Scopus API key forgotten")
    else:
        ctx.print("a Scopus API key is stored" if apikey.get_api_key(config)
                  else "no Scopus API key stored")
    return 0


# ---------------------------------------------------------------------- eligibility
def cmd_eligibility(ctx: Context, args: argparse.Namespace) -> int:
    """Verdicts for the given references (default: the team's), and the grant progress of the
    team's publications."""
    from core.journals import report
    from core.journals.rules import evaluate_requirement, rule_context
    from db.journal_queries import assess_team

    with ctx.library().transaction() as s:   # stores the ISSN links it finds
        try:
            team = assess_team(s, args.rules, args.project, list(dict.fromkeys(args.ref_ids)))
        except NotFoundError as exc:
            raise UserError(str(exc)) from None
    rule_set, progress = team.rule_set, team.progress
    ids = list(dict.fromkeys(args.ref_ids)) or team.team_ids
    shown = [team.publications[str(i)] for i in ids]
    rules_ctx = rule_context(rule_set, team.coverage)
    verdicts = {p.id: progress.verdicts.get(p.id) or {
        r.id: evaluate_requirement(r, p, rules_ctx) for r in rule_set.requirements} for p in shown}
    if args.report:
        team_refs, team_pubs = team.team_references, team.team_publications
        if args.output:
            n = report.write_report(args.output, team_refs, team_pubs, progress, args.style)
            ctx.print(f"{n} publications written to {args.output}")
            return 0
        rows = report.build_rows(team_refs, team_pubs, progress,
                                 report.gost_reference(args.style))
        ctx.print(report.to_text(rows) if rows else "no team publications")
        return 0
    if args.json:
        ctx.print_json({
            "rule_set": rule_set.id,
            "references": [{"id": p.id, "title": p.title, "type": p.type, "year": p.year,
                            "journal": p.journal.journal.title if p.journal else None,
                            "journal_id": p.journal.journal.id if p.journal else None,
                            "match": p.journal_note,
                            "verdicts": [{"requirement": rid, "result": v.result.value,
                                          "evidence": v.text}
                                         for rid, v in verdicts[p.id].items()]}
                           for p in shown],
            "project": args.project,
            "progress": [{"requirement": r.id, "name": r.name, "target": r.target,
                          "achieved": r.achieved, "missing": r.missing,
                          "filled_by": r.filled_by, "could_fill": r.could_fill}
                         for r in progress.requirements],
            "complete": progress.complete,
        })
        return 0
    ctx.print(f"Rule set {rule_set.id}: {rule_set.name}")
    if not shown:
        ctx.print(f"no team publications in project {args.project!r}; mark them with "
                  "`team add REF_ID ...` or give reference ids")
    for p in shown:
        journal = p.journal.journal.title if p.journal else f"({p.journal_note})"
        ctx.print(f"#{p.id} {p.title or '(no title)'} [{p.type}, {p.year or 'n.d.'}] — "
                  f"{journal}")
        for rid, v in verdicts[p.id].items():
            ctx.print(f"    {rid}: {v.result.value}" + (f" — {v.text}" if v.text else ""))
    ctx.print(f"Grant progress of project {args.project!r} "
              f"({len(team.team_publications)} publications):")
    for line in progress.summary():
        ctx.print(f"  {line}")
    return 0


# ---------------------------------------------------------------------- team
def cmd_team_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import journals as repo
    from db import references as refs_repo

    with ctx.library().transaction() as s:
        for rid in args.ref_ids:
            refs_repo.get(s, rid)
        n = repo.add_team_publications(s, args.ref_ids, args.project)
    ctx.print(f"{n} added to project {args.project!r}")
    return 0


def cmd_team_remove(ctx: Context, args: argparse.Namespace) -> int:
    from db import journals as repo

    with ctx.library().transaction() as s:
        n = repo.remove_team_publications(s, args.ref_ids, args.project)
    ctx.print(f"{n} removed from project {args.project!r}")
    return 0


def cmd_team_list(ctx: Context, args: argparse.Namespace) -> int:
    from db import journals as repo

    lib = ctx.library()
    with lib.read() as s:
        ids = repo.team_reference_ids(s, args.project)
    for ref in lib.get_many(ids):
        ctx.print(f"{ref.id:>6}  {ref.year or 'n.d.'}  {ref.title or '(no title)'} [{ref.type}]")
    return 0
