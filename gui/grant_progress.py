"""The grant progress of the team's publications: each requirement of the rule set (`team-grant`:
international, koksnvo, monograph) with its target and what is achieved, which work fills which
slot, what could count once data is known, what is still missing; and the grant report exported
to DOCX, HTML, RTF or text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.journals.report import write_report
from core.journals.rules import Publication, Result
from db import journals as repo
from db.journal_queries import TeamAssessment, assess_team
from db.library import Library
from gui.journal_widgets import (
    VERDICT_COLOURS,
    FitScrollArea,
    VerdictBadge,
    error_message,
    verdict_text,
)
from gui.tasks import TaskContext, TaskHandle, TaskRunner

REPORT_STYLES = ("gost-7.1", "gost-r-7.0.100")
REPORT_SUFFIXES = {"docx": ".docx", "html": ".html", "rtf": ".rtf", "txt": ".txt"}


@dataclass(frozen=True, slots=True)
class GrantSnapshot:
    team: TeamAssessment
    rule_sets: list[tuple[str, str]]    # (id, name) of every rule set, for the chooser


class GrantProgressView(QWidget):
    """Give it the library and the application's TaskRunner, then call `reload()` (and again
    whenever the library changed). Signals: `loaded()` after the view shows fresh figures,
    `exported(str)` with the path of a written report."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None, *,
                 project: str = "team", rule_set: str = "team-grant") -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.project = project
        self.rule_set_id = rule_set
        self.snapshot: GrantSnapshot | None = None
        self._token = 0
        self._export: TaskHandle | None = None
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rule set"), self))
        self.rule_combo = QComboBox(self)
        self.rule_combo.setMinimumContentsLength(30)
        self.rule_combo.activated.connect(self._rule_chosen)
        top.addWidget(self.rule_combo, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        top.addWidget(QLabel(self.tr("Reference style"), self))
        self.style_combo = QComboBox(self)
        self.style_combo.addItem(self.tr("GOST 7.1-2003"), "gost-7.1")
        self.style_combo.addItem(self.tr("GOST R 7.0.100-2018"), "gost-r-7.0.100")
        top.addWidget(self.style_combo)
        self.export_button = QPushButton(self.tr("Export grant report…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setEnabled(False)
        top.addWidget(self.export_button)
        lay.addLayout(top)

        self.headline = QLabel(self)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9) + 2)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.cards_scroll = FitScrollArea(split)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards = QWidget()
        self.cards_layout = QVBoxLayout(cards)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.addStretch(1)
        self.cards_scroll.setWidget(cards)
        self.cards: dict[str, RequirementCard] = {}
        split.addWidget(self.cards_scroll)

        self.works = QTreeWidget(split)
        self.works.setRootIsDecorated(False)
        self.works.setAlternatingRowColors(True)
        split.addWidget(self.works)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 220])
        lay.addWidget(split, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Assess the team's publications again (off the GUI thread)."""
        self._token += 1
        token = self._token
        library, rule_set, project = self.library, self.rule_set_id, self.project

        def work(ctx: TaskContext) -> GrantSnapshot:
            with library.transaction() as s:    # stores the ISSN links it finds
                team = assess_team(s, rule_set, project)
                sets = [(rs.id, rs.name) for rs in repo.rule_sets(s).values()]
            return GrantSnapshot(team, sets)

        self.status.setText(self.tr("Assessing the team's publications…"))
        self.runner.run(work, label=self.tr("Grant progress"),
                        on_success=lambda snap: self._loaded(token, snap),
                        on_failure=lambda exc, tb: self._failed(token, exc))

    def _rule_chosen(self, index: int) -> None:
        rid = self.rule_combo.itemData(index)
        if rid and rid != self.rule_set_id:
            self.rule_set_id = str(rid)
            self.reload()

    def _failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self.status.setText(error_message(exc))

    def _loaded(self, token: int, snap: GrantSnapshot) -> None:
        if token != self._token:
            return
        self.snapshot = snap
        team = snap.team
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        for rid, name in snap.rule_sets:
            self.rule_combo.addItem(f"{name} ({rid})", rid)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(team.rule_set.id)))
        self.rule_combo.blockSignals(False)
        progress = team.progress
        pubs = team.team_publications
        filled = sum(r.achieved for r in progress.requirements)
        target = sum(r.target for r in progress.requirements)
        if not pubs:
            self.headline.setText(self.tr("No team publications yet: mark the team's own works "
                                          "in the library (project “{project}”).").format(
                project=team.project))
        elif progress.complete:
            self.headline.setText(self.tr("All {target} results achieved.").format(
                target=target))
        else:
            missing = ", ".join(f"{r.id} {r.missing}" for r in progress.requirements
                                if r.missing)
            self.headline.setText(self.tr("{filled} of {target} results achieved; still "
                                          "missing: {missing}.").format(
                filled=filled, target=target, missing=missing))
        colour = VERDICT_COLOURS[Result.ELIGIBLE if progress.complete else Result.NOT_ELIGIBLE]
        self.headline.setStyleSheet(f"color: {colour.name()};")
        self._fill_requirements(team)
        self._fill_works(team)
        self.export_button.setEnabled(bool(pubs))
        self.status.setText(self.tr("{count} team publications assessed against “{name}”.")
                            .format(count=len(pubs), name=team.rule_set.name))
        self.loaded.emit()

    def _work_text(self, pub: Publication) -> str:
        # An unmatched journal's note is the evidence shown under the work: not repeated here.
        journal = pub.journal.journal.title if pub.journal else ""
        year = pub.year if pub.year is not None else self.tr("n.d.")
        title = pub.title or self.tr("(no title)")
        return f"{title} ({year})" + (f" — {journal}" if journal else "")

    def _fill_requirements(self, team: TeamAssessment) -> None:
        while self.cards_layout.count() > 1:           # the stretch at the end stays
            old = self.cards_layout.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        self.cards = {}
        progress = team.progress
        parent = self.cards_scroll.widget()
        for n, r in enumerate(progress.requirements):
            card = RequirementCard(r.id, r.name, r.target, r.achieved, r.missing, parent)
            for pid in r.filled_by:
                card.add_entry(Result.ELIGIBLE, self.tr("fills a slot: {work}").format(
                    work=self._work_text(team.publications[pid])),
                    progress.verdicts[pid][r.id].text)
            # As `eligibility` prints it: unknowns matter only while a slot is still empty.
            for pid in r.could_fill if r.missing else []:
                card.add_entry(Result.UNKNOWN, self.tr(
                    "could count once the data is known: {work}").format(
                    work=self._work_text(team.publications[pid])),
                    progress.verdicts[pid][r.id].text)
            self.cards_layout.insertWidget(n, card)
            self.cards[r.id] = card
        if progress.unassigned:
            extra = RequirementCard("", self.tr("Eligible, but every slot it could fill is "
                                                "taken"), None, None, None, parent)
            for pid in progress.unassigned:
                extra.add_entry(Result.ELIGIBLE, self._work_text(team.publications[pid]), "")
            self.cards_layout.insertWidget(len(self.cards), extra)

    def _fill_works(self, team: TeamAssessment) -> None:
        progress = team.progress
        reqs = [r.id for r in progress.requirements]
        slot = {pid: r.id for r in progress.requirements for pid in r.filled_by}
        self.works.clear()
        self.works.setColumnCount(3 + len(reqs))
        self.works.setHeaderLabels([self.tr("Team publication"), self.tr("Journal"),
                                    self.tr("Fills")] + reqs)
        for pub in team.team_publications:
            journal = pub.journal.journal.title if pub.journal else (pub.journal_note or "—")
            year = pub.year if pub.year is not None else self.tr("n.d.")
            row = [f"{pub.title or self.tr('(no title)')} ({year})", journal,
                   slot.get(pub.id, "—")]
            verdicts = progress.verdicts[pub.id]
            row += [verdict_text(verdicts[rid].result) for rid in reqs]
            item = QTreeWidgetItem(row)
            item.setData(0, Qt.ItemDataRole.UserRole, pub.id)
            for n, rid in enumerate(reqs, start=3):
                v = verdicts[rid]
                item.setForeground(n, QBrush(VERDICT_COLOURS[v.result]))
                item.setToolTip(n, v.text or verdict_text(v.result))
            self.works.addTopLevelItem(item)
        for col in range(self.works.columnCount()):
            self.works.resizeColumnToContents(col)
        self.works.setColumnWidth(0, min(self.works.columnWidth(0), 380))
        self.works.setColumnWidth(1, min(self.works.columnWidth(1), 260))

    # ------------------------------------------------------------------ export
    def choose_export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the grant report"), "grant-report.docx",
            self.tr("Word document (*.docx);;Web page (*.html);;Rich text (*.rtf);;"
                    "Plain text (*.txt)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in REPORT_SUFFIXES.values():
            suffix = next((s for key, s in REPORT_SUFFIXES.items() if f"*.{key}" in chosen),
                          ".docx")
            path = path.with_name(path.name + suffix)
        self.export_report(path)

    def export_report(self, path: Path) -> TaskHandle:
        """Write the grant report (GOST reference, ISSN, database, percentile, quartile, DOI
        link) off the GUI thread."""
        library, rule_set, project = self.library, self.rule_set_id, self.project
        style = str(self.style_combo.currentData())

        def work(ctx: TaskContext) -> int:
            with library.transaction() as s:
                team = assess_team(s, rule_set, project)
            ctx.check()
            return write_report(path, team.team_references, team.team_publications,
                                team.progress, style)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self._export = self.runner.run(
            work, label=self.tr("Exporting the grant report"),
            on_success=lambda n: self._exported(path, n),
            on_failure=lambda exc, tb: self._export_failed(exc))
        return self._export

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("{count} publications written to {path}").format(
            count=count, path=path))
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The report was not written: {reason}").format(
            reason=error_message(exc)))


class RequirementCard(QGroupBox):
    """One requirement: its target and what is achieved, each work that fills a slot or could
    once data is known (with the evidence, wrapped), and what is still missing."""

    def __init__(self, rid: str, name: str, target: int | None, achieved: int | None,
                 missing: int | None, parent: QWidget | None = None) -> None:
        super().__init__(f"{rid}: {name}" if rid else name, parent)
        self.rid = rid
        self.figures = (target, achieved, missing)
        self.entries: list[tuple[Result, str, str]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(6)
        if target is not None and achieved is not None and missing is not None:
            head = QHBoxLayout()
            state = Result.ELIGIBLE if missing == 0 else Result.NOT_ELIGIBLE
            self.figures_label = QLabel(self.tr("{achieved} of {target} achieved").format(
                achieved=achieved, target=target), self)
            bold = QFont(self.figures_label.font())
            bold.setBold(True)
            self.figures_label.setFont(bold)
            self.figures_label.setStyleSheet(f"color: {VERDICT_COLOURS[state].name()};")
            head.addWidget(self.figures_label)
            self.missing_label = QLabel(self.tr("still missing: {count}").format(count=missing)
                                        if missing else self.tr("complete"), self)
            self.missing_label.setStyleSheet(f"color: {VERDICT_COLOURS[state].name()};")
            head.addWidget(self.missing_label)
            head.addStretch(1)
            self._layout.addLayout(head)

    def add_entry(self, result: Result, text: str, evidence: str) -> None:
        self.entries.append((result, text, evidence))
        row = QHBoxLayout()
        row.setSpacing(10)
        badge = VerdictBadge(result, self)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text + (f"\n{evidence}" if evidence else ""), self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(row)
