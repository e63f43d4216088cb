"""The window's import as plain functions and data (no widgets, safe off the GUI thread): which
dropped files are journal metric lists, importing a batch of reference files and PDFs file by file
(`db.importer.import_file`, `db.pdf_import.import_pdf`), and what happened to each file.

Each file is its own transaction: a cancel or an unreadable file loses nothing already imported
and writes nothing half-way. A PDF without a DOI of its own comes back with Crossref's title-search
candidates and nothing written; the window lets the user pick one (`import_chosen_pdf`) or skip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from core.duplicates import DuplicateCandidate
from core.errors import CancelledError, SiltemeError
from core.text import strip_markup
from db.importer import ImportSummary
from db.library import Library
from gui.tasks import TaskContext

if TYPE_CHECKING:
    from core.crossref import Candidate, CrossrefClient
    from db.pdf_import import PdfOutcome

METRIC_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
# PDF statuses of db/pdf_import.py, and two of the window's own.
PDF_ERROR = "error"       # the file could not be read (damaged, encrypted): nothing written
PDF_SKIPPED = "skipped"   # the user skipped the title-search candidates
PDF_CANCELLED = "cancelled"


def metric_kind(path: Path) -> str | None:
    """The journal-metric importer a dropped file is for (CiteScore, SCImago, WoS list, ministry
    list: `core.journals.importers.guess_kind`), or None when it is a reference file. A
    spreadsheet is always a metric file (no reference format is one); a CSV only when its name
    says so (a Scopus export of references is a CSV too)."""
    from core.journals.importers import guess_kind

    suffix = path.suffix.lower()
    if suffix not in METRIC_SUFFIXES:
        return None
    kind = guess_kind(path.name)
    if suffix == ".csv":
        return kind
    return kind or "unknown"


@dataclass(slots=True)
class PdfReport:
    """What happened to one PDF."""

    path: Path
    status: str
    ref_id: int | None = None
    title: str | None = None
    doi: str | None = None
    reason: str | None = None
    found_title: str | None = None          # the title guessed from the file (for the search)
    candidates: list[Candidate] = field(default_factory=list)
    possible_duplicates: list[DuplicateCandidate] = field(default_factory=list)

    @property
    def file(self) -> str:
        return str(self.path)

    @property
    def written(self) -> bool:
        from db.pdf_import import ADDED, ATTACHED

        return self.status in (ADDED, ATTACHED)


FileReport = ImportSummary | PdfReport


@dataclass(slots=True)
class ImportRun:
    """The outcome of one import: a report per file, in the order given, and the titles of the
    references the reports name (merged into, flagged as possible duplicates, PDFs)."""

    files: list[FileReport] = field(default_factory=list)
    titles: dict[int, str] = field(default_factory=dict)
    collection_id: int | None = None

    @property
    def added_ids(self) -> list[int]:
        out: list[int] = []
        for f in self.files:
            if isinstance(f, ImportSummary):
                out.extend(f.added)
            elif f.written and f.ref_id is not None:
                out.append(f.ref_id)
        return out

    @property
    def touched_ids(self) -> list[int]:
        """Added references and those an entry was merged into."""
        merged = [m.ref_id for f in self.files if isinstance(f, ImportSummary) for m in f.merged]
        return list(dict.fromkeys(self.added_ids + merged))

    @property
    def duplicates(self) -> list[DuplicateCandidate]:
        out: dict[tuple[int, int], DuplicateCandidate] = {}
        for f in self.files:
            for c in f.possible_duplicates:
                out.setdefault(c.pair, c)
        return list(out.values())

    @property
    def pending_pdfs(self) -> list[PdfReport]:
        """PDFs waiting for the user to pick a title-search candidate."""
        from db.pdf_import import CANDIDATES

        return [f for f in self.files if isinstance(f, PdfReport) and f.status == CANDIDATES
                and f.candidates]


def _pdf_report(outcome: PdfOutcome) -> PdfReport:
    return PdfReport(outcome.path, outcome.status, ref_id=outcome.ref_id, doi=outcome.doi,
                     reason=outcome.reason, found_title=outcome.info.title,
                     candidates=list(outcome.candidates))


def import_one_pdf(lib: Library, path: Path, client: CrossrefClient, *,
                   collection_id: int | None, doi: str | None = None,
                   ctx: TaskContext | None = None) -> PdfReport:
    """Import a PDF (a chosen candidate's DOI when `doi` is given); a file that cannot be read
    is reported, not raised."""
    from core.errors import PdfError
    from db.duplicates import candidates_for
    from db.pdf_import import ADDED, import_pdf

    try:
        outcome = import_pdf(lib, path, client, doi=doi, collection_id=collection_id,
                             cancel=ctx.cancel if ctx is not None else None)
    except PdfError as exc:
        return PdfReport(Path(path), PDF_ERROR, reason=str(exc))
    report = _pdf_report(outcome)
    if outcome.status == ADDED and outcome.ref_id is not None:
        report.possible_duplicates = candidates_for(lib, [outcome.ref_id])
    return report


def run_imports(ctx: TaskContext, lib: Library, paths: Sequence[Path], *,
                collection_id: int | None, pattern: str,
                client: CrossrefClient | None) -> ImportRun:
    """Import the files one after the other (the task's function). A cancel stops before the
    next file; the file being read is rolled back whole."""
    from db.importer import import_file

    run = ImportRun(collection_id=collection_id)
    total = len(paths)
    for n, path in enumerate(paths):
        path = Path(path)
        if ctx.cancelled:
            run.files.append(ImportSummary(file=str(path), cancelled=True))
            continue
        ctx.progress(n, total, path.name)
        # Within a file: its entries stored so far (the status bar shows the file's name).
        summary = import_file(lib, path, collection=collection_id, pattern=pattern,
                              progress=lambda done, of, _stage, name=path.name:
                              ctx.progress(done, of, name),
                              cancel=ctx.cancel, flag_duplicates=False)
        if summary.kind != "pdf":
            flag_duplicates(ctx, lib, summary)
            run.files.append(summary)
            continue
        if client is None:  # never in the window; a caller without Crossref gets a clear no
            run.files.append(PdfReport(path, PDF_ERROR, reason=QCoreApplication.translate(
                "ImportRun", "PDFs are imported through Crossref, which is not available here.")))
            continue
        try:
            run.files.append(import_one_pdf(lib, path, client, collection_id=collection_id,
                                            ctx=ctx))
        except CancelledError:
            run.files.append(PdfReport(path, PDF_CANCELLED))
    ctx.progress(total, total, "")
    fill_titles(lib, run)
    return run


def flag_duplicates(ctx: TaskContext, lib: Library, summary: ImportSummary) -> None:
    """The possible duplicates of what a file added (read only; nothing is merged). The file is
    already stored: a cancel here only leaves the check undone, and the summary says so."""
    from db.duplicates import candidates_for

    if not summary.added or ctx.cancelled:
        return
    try:
        summary.possible_duplicates = candidates_for(lib, summary.added,
                                                     cancel=ctx.cancel.is_set)
    except CancelledError:
        # (translate() may be called from any thread)
        summary.notes.append(QCoreApplication.translate(
            "ImportRun", "The check for duplicates was cancelled; the file was imported."))


def import_chosen_pdf(ctx: TaskContext, lib: Library, report: PdfReport, doi: str,
                      client: CrossrefClient, collection_id: int | None) -> PdfReport:
    """The user picked a candidate for a PDF without a DOI: import it as that work."""
    chosen = import_one_pdf(lib, report.path, client, collection_id=collection_id, doi=doi,
                            ctx=ctx)
    chosen.found_title = report.found_title
    run = ImportRun(files=[chosen])
    fill_titles(lib, run)
    chosen.title = run.titles.get(chosen.ref_id or 0)
    return chosen


def fill_titles(lib: Library, run: ImportRun) -> None:
    """Read the titles of the references the reports name (one short read)."""
    from db import references as refs_repo

    wanted: set[int] = set()
    for f in run.files:
        for c in f.possible_duplicates:
            wanted.update(c.pair)
        if isinstance(f, ImportSummary):
            wanted.update(m.ref_id for m in f.merged)
        elif f.ref_id is not None:
            wanted.add(f.ref_id)
    if not wanted:
        return
    try:
        with lib.read() as s:
            rows = refs_repo.list_rows(s, sorted(wanted))
    except (SiltemeError, SQLAlchemyError):
        return  # the titles only decorate the summary
    for row in rows:
        run.titles[int(row["id"])] = strip_markup(row.get("title")) or ""
    for f in run.files:
        if isinstance(f, PdfReport) and f.ref_id is not None:
            f.title = run.titles.get(f.ref_id)
