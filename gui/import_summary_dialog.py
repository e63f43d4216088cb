"""The import summary: for each file, what was added, what was merged into references already in
the library (and which empty fields it filled), what was skipped and why, what was imported with a
problem, each with its place in the file (`refs.bib, line 36, entry smith2020`), the possible
duplicates to review, and for a PDF what became of it. Readable in the dialog, copyable as text."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.formats.base import Problem
from db.importer import ImportSummary, Merged
from gui.import_run import PDF_CANCELLED, PDF_ERROR, PDF_SKIPPED, ImportRun, PdfReport

FORMAT_NAMES = {"bibtex": "BibTeX", "ris": "RIS", "csl-json": "CSL-JSON",
                "scopus-csv": "Scopus CSV", "wos": "Web of Science", "medline": "PubMed MEDLINE",
                "pdf": "PDF"}
TITLE_CHARS = 90


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the summary: `level` 0 is a file's heading, 1 a fact, 2 a detail under it;
    `tone` colours it (ok, warn, error, note)."""

    text: str
    level: int = 1
    tone: str = "note"


def _short(title: str | None) -> str:
    text = " ".join((title or "").split()) or "—"
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS - 1] + "…"


class ImportSummaryDialog(QDialog):
    """Signals: `show_references(list[int])` (select what was added in the table),
    `duplicates_requested()` (open the duplicates view)."""

    show_references = Signal(list)
    duplicates_requested = Signal()

    def __init__(self, run: ImportRun, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import summary"))
        self.run = run
        self.headline = QLabel(self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("importReport")
        self.browser.setOpenLinks(False)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.setObjectName("copyReport")
        self.copy_button.setToolTip(self.tr("Copy the whole summary as plain text"))
        self.show_button = QPushButton(self.tr("Show added references"), self)
        self.show_button.setObjectName("showAdded")
        self.duplicates_button = QPushButton(self.tr("Review duplicates…"), self)
        self.duplicates_button.setObjectName("reviewDuplicates")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeSummary")
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.duplicates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

        touched = run.touched_ids
        self.show_button.setEnabled(bool(touched))
        duplicates = run.duplicates
        self.duplicates_button.setVisible(bool(duplicates))
        self.copy_button.clicked.connect(self.copy_report)
        self.show_button.clicked.connect(lambda: self.show_references.emit(touched))
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        self.close_button.clicked.connect(self.accept)
        self.lines = self.report_lines()
        self.headline.setText(self.headline_text())
        self.browser.setHtml(self.report_html())
        self.resize(760, 520)

    # ------------------------------------------------------------------ text
    def headline_text(self) -> str:
        files = self.run.files
        summaries = [f for f in files if isinstance(f, ImportSummary)]
        pdfs = [f for f in files if isinstance(f, PdfReport)]
        added = len(self.run.added_ids)
        merged = sum(len(f.merged) for f in summaries)
        skipped = sum(len(f.skipped) for f in summaries) + sum(
            1 for f in pdfs if not f.written)
        problems = sum(len(f.problems) for f in summaries)
        failed = sum(1 for f in summaries if f.error)
        text = self.tr("Added: {added}. Merged into existing references: {merged}. Skipped: "
                       "{skipped}. Imported with problems: {problems}.").format(
            added=added, merged=merged, skipped=skipped, problems=problems)
        if failed:
            text += " " + self.tr("%n file(s) could not be read.", "", failed)
        if any(f.cancelled for f in summaries):
            text += " " + self.tr("The import was cancelled.")
        return text

    def where(self, problem: Problem) -> str:
        """`refs.bib, line 36, entry smith2020` (as much of it as is known)."""
        name = (problem.file or "").replace("\\", "/").rsplit("/", 1)[-1]
        if problem.line and problem.key:
            return self.tr("{file}, line {line}, entry {key}").format(
                file=name, line=problem.line, key=problem.key)
        if problem.line:
            return self.tr("{file}, line {line}").format(file=name, line=problem.line)
        if problem.key:
            return self.tr("{file}, entry {key}").format(file=name, key=problem.key)
        return name

    def _merged_line(self, summary: ImportSummary, merged: Merged) -> str:
        where = self.where(Problem(summary.file, merged.line, merged.key, ""))
        title = _short(self.run.titles.get(merged.ref_id))
        if merged.fields:
            return self.tr("{where}: merged into “{title}”, which gained {fields}").format(
                where=where, title=title, fields=", ".join(merged.fields))
        return self.tr("{where}: already in the library as “{title}”").format(
            where=where, title=title)

    def report_lines(self) -> list[Line]:
        out: list[Line] = []
        for report in self.run.files:
            if isinstance(report, PdfReport):
                out.extend(self._pdf_lines(report))
            else:
                out.extend(self._file_lines(report))
        duplicates = self.run.duplicates
        if duplicates:
            out.append(Line(self.tr("Possible duplicates"), 0))
            out.append(Line(self.tr("%n pair(s) look like the same work; nothing was merged. "
                                    "Review them in the duplicates view.", "", len(duplicates)),
                            1, "warn"))
            titles = self.run.titles
            for c in duplicates:
                out.append(Line(self.tr("“{first}” and “{second}” ({reason})").format(
                    first=_short(titles.get(c.a)), second=_short(titles.get(c.b)),
                    reason=c.reason), 2))
        return out

    def _file_lines(self, s: ImportSummary) -> list[Line]:
        name = s.file.replace("\\", "/").rsplit("/", 1)[-1]
        details = ", ".join(p for p in (FORMAT_NAMES.get(s.format or "", s.format or ""),
                                        s.encoding or "") if p)
        out = [Line(f"{name} ({details})" if details else name, 0)]
        if s.error:
            out.append(Line(self.tr("Not imported: {reason}").format(reason=s.error), 1,
                            "error"))
            return out
        if s.cancelled:
            out.append(Line(self.tr("Cancelled: nothing from this file was imported."), 1,
                            "error"))
            return out
        out.append(Line(self.tr("%n reference(s) added.", "", len(s.added)), 1, "ok"))
        if s.merged:
            out.append(Line(self.tr("%n entry(ies) matched a reference already in the library "
                                    "(same DOI or ISBN):", "", len(s.merged)), 1))
            out.extend(Line(self._merged_line(s, m), 2) for m in s.merged)
        if s.skipped:
            out.append(Line(self.tr("%n entry(ies) skipped:", "", len(s.skipped)), 1, "error"))
            out.extend(Line(f"{self.where(p)}: {p.message}", 2) for p in s.skipped)
        if s.problems:
            out.append(Line(self.tr("%n entry(ies) imported with a problem:", "",
                                    len(s.problems)), 1, "warn"))
            out.extend(Line(f"{self.where(p)}: {p.message}", 2) for p in s.problems)
        out.extend(Line(note, 1) for note in s.notes)
        return out

    def _pdf_lines(self, r: PdfReport) -> list[Line]:
        from db.pdf_import import (
            ADDED,
            ALREADY_ATTACHED,
            ATTACHED,
            CANDIDATES,
            FAILED,
            NO_DOI,
            NOT_FOUND,
        )

        out = [Line(f"{r.path.name} (PDF)", 0)]
        title = _short(r.title)
        if r.status == ADDED:
            out.append(Line(self.tr("Added “{title}” (DOI {doi}) with the PDF attached.").format(
                title=title, doi=r.doi or "—"), 1, "ok"))
        elif r.status == ATTACHED:
            out.append(Line(self.tr("The PDF is now attached to “{title}” (DOI {doi}), which was "
                                    "already in the library.").format(title=title,
                                                                      doi=r.doi or "—"),
                            1, "ok"))
        elif r.status == ALREADY_ATTACHED:
            out.append(Line(self.tr("Already attached to “{title}”: nothing changed.").format(
                title=title), 1))
        elif r.status in (CANDIDATES, PDF_SKIPPED):
            out.append(Line(self.tr("Not imported: the PDF holds no DOI, and no work was chosen "
                                    "among Crossref's matches for “{title}”.").format(
                title=_short(r.found_title)), 1, "error"))
        elif r.status == NO_DOI:
            out.append(Line(self.tr("Not imported: the PDF holds neither a DOI nor a title to "
                                    "search for."), 1, "error"))
        elif r.status in (NOT_FOUND, FAILED, PDF_ERROR):
            out.append(Line(self.tr("Not imported: {reason}").format(reason=r.reason or "—"), 1,
                            "error"))
        elif r.status == PDF_CANCELLED:
            out.append(Line(self.tr("Cancelled: nothing from this file was imported."), 1,
                            "error"))
        return out

    def report_text(self) -> str:
        """The summary as plain text (what Copy puts on the clipboard)."""
        lines = [self.headline_text(), ""]
        for line in self.lines:
            if line.level == 0 and len(lines) > 2:
                lines.append("")
            lines.append("  " * line.level + line.text)
        return "\n".join(lines) + "\n"

    def report_html(self) -> str:
        colours = {"ok": "#1e6b34", "warn": "#8a5a00", "error": "#b3261e", "note": "#333333"}
        out: list[str] = []
        for line in self.lines:
            text = html.escape(line.text)
            if line.level == 0:
                out.append(f"<h4 style='margin-top:10px; margin-bottom:2px'>{text}</h4>")
            elif line.level == 1:
                out.append(f"<p style='margin:2px 0 2px 8px; color:{colours[line.tone]}'>"
                           f"{text}</p>")
            else:
                out.append(f"<p style='margin:0 0 0 28px; color:#444'>{text}</p>")
        return "".join(out)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))
