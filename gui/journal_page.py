"""The journal page: a journal's identity, CiteScore by year and subject with provenance and a
percentile chart, SCImago SJR on its own, index and ministry-list memberships, and the verdict of
every requirement of every rule set for an article published in a chosen year."""

from __future__ import annotations

import datetime as dt
import getpass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.journals.model import IndexMembership, ListMembership, MetricObservation
from db.journal_queries import JournalDetails, journal_details
from db.library import Library
from gui.journal_widgets import (
    FitScrollArea,
    FittedTable,
    VerdictBadge,
    error_message,
    imported_at,
    muted,
    provenance,
    quartile_item,
    text_item,
)
from gui.percentile_chart import PercentileChart
from gui.tasks import TaskHandle, TaskRunner

LIST_LEVELS_SHOWN = ("1", "2", "3")


def _date(d: dt.date | None) -> str:
    return d.isoformat() if d else "—"


class JournalPage(QWidget):
    """Show a journal with `show_journal(id)`; it loads off the GUI thread and emits `loaded`.
    "Edit journal…" opens the journal editor; a save reloads the page and emits
    `library_changed`."""

    loaded = Signal(int)           # the journal now shown
    load_failed = Signal(str)      # a short message (also shown on the page)
    library_changed = Signal()     # the user changed the journal through the editor

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None, *,
                 user: str | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.user = user or getpass.getuser()
        self.details: JournalDetails | None = None
        self.journal_id: int | None = None
        self._pending: TaskHandle | None = None
        self._token = 0
        self.editor: QWidget | None = None
        self._verdict_widgets: dict[tuple[str, str], tuple[VerdictBadge, QLabel]] = {}
        self._build()
        self._show_empty(self.tr("Choose a journal in the list."))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = FitScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setSpacing(10)

        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.message)

        self.content = QWidget(body)
        lay.addWidget(self.content)
        lay.addStretch(1)
        c = QVBoxLayout(self.content)
        c.setContentsMargins(0, 0, 0, 0)
        c.setSpacing(12)

        head = QHBoxLayout()
        self.title = QLabel(self.content)
        font = QFont(self.title.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("Edit journal…"), self.content)
        self.edit_button.clicked.connect(self.open_editor)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        c.addLayout(head)
        self.alt_titles = muted(QLabel(self.content))
        self.alt_titles.setWordWrap(True)
        c.addWidget(self.alt_titles)

        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.issn_label = self._fact(self.tr("ISSN"))
        self.publisher_label = self._fact(self.tr("Publisher"))
        self.country_label = self._fact(self.tr("Country"))
        self.ids_label = self._fact(self.tr("Scopus / SCImago id"))
        self.homepage_label = self._fact(self.tr("Homepage"))
        self.homepage_label.setOpenExternalLinks(True)
        self.homepage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        c.addLayout(self.facts)

        # Scopus CiteScore: chart, then the table of every year and subject.
        self.citescore_box = QGroupBox(self.tr("Scopus CiteScore percentile by year and subject"),
                                       self.content)
        cs = QVBoxLayout(self.citescore_box)
        self.chart = PercentileChart(self.citescore_box)
        self.chart.setMaximumWidth(640)
        cs.addWidget(self.chart)
        self.metrics_table = FittedTable([
            self.tr("Year"), self.tr("Subject (ASJC)"), self.tr("CiteScore"),
            self.tr("Percentile"), self.tr("Quartile"), self.tr("Rank / out of"),
            self.tr("Status"), self.tr("Source"), self.tr("Imported")], self.citescore_box,
            stretch=7)
        cs.addWidget(self.metrics_table)
        self.metrics_empty = muted(QLabel(self.tr("No CiteScore values: import a CiteScore file "
                                                  "or type one in the journal editor."),
                                          self.citescore_box))
        self.metrics_empty.setWordWrap(True)
        cs.addWidget(self.metrics_empty)
        c.addWidget(self.citescore_box)

        self.sjr_box = QGroupBox(self.tr("SCImago Journal Rank (SJR)"), self.content)
        sj = QVBoxLayout(self.sjr_box)
        note = muted(QLabel(self.tr("SJR is a different metric from CiteScore: its quartile is "
                                    "never used for a CiteScore requirement."), self.sjr_box))
        note.setWordWrap(True)
        sj.addWidget(note)
        self.sjr_table = FittedTable([self.tr("Year"), self.tr("SJR"),
                                      self.tr("SJR best quartile"), self.tr("Source"),
                                      self.tr("Imported")],
                                     self.sjr_box, stretch=3)
        sj.addWidget(self.sjr_table)
        c.addWidget(self.sjr_box)

        self.index_box = QGroupBox(self.tr("Indexes: Web of Science and Scopus coverage"),
                                   self.content)
        ix = QVBoxLayout(self.index_box)
        self.index_table = FittedTable([
            self.tr("Index"), self.tr("List date"), self.tr("From"), self.tr("To"),
            self.tr("Note"), self.tr("Source"), self.tr("Imported")], self.index_box, stretch=5)
        ix.addWidget(self.index_table)
        self.index_empty = muted(QLabel(self.tr("Not on any imported index list."),
                                        self.index_box))
        ix.addWidget(self.index_empty)
        c.addWidget(self.index_box)

        self.list_box = QGroupBox(self.tr("Ministry list (KOKSNVO)"), self.content)
        ls = QVBoxLayout(self.list_box)
        self.list_table = FittedTable([
            self.tr("Level"), self.tr("Scientific directions"), self.tr("Order"),
            self.tr("Order date"), self.tr("Valid from"), self.tr("Valid to"),
            self.tr("Source"), self.tr("Imported")], self.list_box, stretch=6)
        ls.addWidget(self.list_table)
        self.list_empty = muted(QLabel(self.tr("Not on the ministry list as imported or typed."),
                                       self.list_box))
        ls.addWidget(self.list_empty)
        c.addWidget(self.list_box)

        self.verdict_box = QGroupBox(self.tr("Eligibility"), self.content)
        vb = QVBoxLayout(self.verdict_box)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("For an article published in"), self.verdict_box))
        self.year_spin = QSpinBox(self.verdict_box)
        this_year = dt.date.today().year
        self.year_spin.setRange(1950, this_year + 5)
        self.year_spin.setValue(this_year)
        self.year_spin.setAccessibleName(self.tr("Publication year"))
        self.year_spin.valueChanged.connect(self._show_verdicts)
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        vb.addLayout(year_row)
        self.verdicts_area = QWidget(self.verdict_box)
        self.verdicts_layout = QVBoxLayout(self.verdicts_area)
        self.verdicts_layout.setContentsMargins(0, 0, 0, 0)
        vb.addWidget(self.verdicts_area)
        c.addWidget(self.verdict_box)

    def _fact(self, label: str) -> QLabel:
        value = QLabel(self.content)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(label, value)
        return value

    def _set_fact(self, label: QLabel, text: str) -> None:
        label.setText(text or "—")

    # ------------------------------------------------------------------ loading
    def show_journal(self, journal_id: int) -> None:
        """Load and show a journal (off the GUI thread); a newer call wins over an older one."""
        self._token += 1
        token = self._token
        self.journal_id = journal_id
        if self._pending is not None and self._pending.running:
            self._pending.cancel()
        library = self.library

        def load(ctx: object) -> JournalDetails:
            with library.read() as s:
                return journal_details(s, journal_id)

        self._pending = self.runner.run(
            load, label=self.tr("Loading the journal"),
            on_success=lambda details: self._loaded(token, details),
            on_failure=lambda exc, tb: self._failed(token, exc))

    def reload(self) -> None:
        if self.journal_id is not None:
            self.show_journal(self.journal_id)

    def clear(self) -> None:
        self._token += 1
        self.journal_id = None
        self.details = None
        self._show_empty(self.tr("Choose a journal in the list."))

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        text = error_message(exc)
        self.details = None
        self._show_empty(text)
        self.load_failed.emit(text)

    def _show_empty(self, text: str) -> None:
        self.content.setVisible(False)
        self.message.setText(text)
        self.message.setVisible(True)
        self.scroll.refit()

    def _loaded(self, token: int, details: JournalDetails) -> None:
        if token != self._token:
            return
        self.details = details
        self.message.setVisible(False)
        self.content.setVisible(True)
        profile = details.profile
        j = profile.journal
        self.title.setText(j.title)
        self.alt_titles.setText(" · ".join(j.alt_titles))
        self.alt_titles.setVisible(bool(j.alt_titles))
        kinds = {"print": self.tr("print"), "electronic": self.tr("electronic"),
                 "linking": self.tr("linking"), "other": self.tr("other")}
        self._set_fact(self.issn_label, ", ".join(f"{i.issn} ({kinds.get(i.kind, i.kind)})"
                                                  for i in j.issns))
        self._set_fact(self.publisher_label, j.publisher or "")
        self._set_fact(self.country_label, j.country or "")
        self._set_fact(self.ids_label, " / ".join(x or "—" for x in (j.scopus_source_id,
                                                                     j.scimago_source_id))
                       if j.scopus_source_id or j.scimago_source_id else "")
        if j.homepage:
            href = j.homepage.replace('"', "%22")
            self.homepage_label.setText(f'<a href="{href}">{j.homepage}</a>')
        else:
            self.homepage_label.setText("—")
        citescore = [m for m in profile.metrics if m.provider != "scimago"]
        citescore.sort(key=lambda m: (-m.year, -(m.percentile if m.percentile is not None
                                                 else -1)))
        self.chart.set_metrics(citescore)
        self.metrics_table.set_rows([self._metric_row(m) for m in citescore])
        self.metrics_table.setVisible(bool(citescore))
        self.metrics_empty.setVisible(not citescore)
        sjr = sorted((m for m in profile.metrics if m.provider == "scimago"),
                     key=lambda m: -m.year)
        self.sjr_table.set_rows([[text_item(m.year), text_item(
            f"{m.sjr:.3f}" if m.sjr is not None else None, number=True),
            quartile_item(m.quartile), *self._source(m.dataset)] for m in sjr])
        self.sjr_box.setVisible(bool(sjr))
        self.index_table.set_rows([self._index_row(m) for m in profile.indexes])
        self.index_table.setVisible(bool(profile.indexes))
        self.index_empty.setVisible(not profile.indexes)
        self.list_table.set_rows([self._list_row(m) for m in profile.lists])
        self.list_table.setVisible(bool(profile.lists))
        self.list_empty.setVisible(not profile.lists)
        self._show_verdicts()
        self.scroll.refit()
        self.loaded.emit(int(j.id or 0))

    def _source(self, label: str | None) -> list[QTableWidgetItem]:
        """The provenance cells: which file or API (or who typed it), and when it came in."""
        recorded = self.details.recorded_at.get(label or "") if self.details else None
        source, when = text_item(label), text_item(imported_at(recorded))
        full = provenance(label, recorded)
        source.setToolTip(full)
        when.setToolTip(full)
        return [source, when]

    def _metric_row(self, m: MetricObservation) -> list[QTableWidgetItem]:
        if m.subject_name and m.subject_code:
            subject = f"{m.subject_name} ({m.subject_code})"
        else:
            subject = m.subject_name or m.subject_code or self.tr("all subjects")
        rank = f"{m.rank} / {m.rank_out_of}" if m.rank and m.rank_out_of else (
            str(m.rank) if m.rank else None)
        status = self.tr("complete") if m.status == "complete" else self.tr(
            "in progress (Tracker)")
        return [text_item(m.year), text_item(subject),
                text_item(f"{m.citescore:.1f}" if m.citescore is not None else None, number=True),
                text_item(m.percentile, number=True), quartile_item(m.effective_quartile),
                text_item(rank, number=True), text_item(status),
                *self._source(m.dataset)]

    def _index_row(self, m: IndexMembership) -> list[QTableWidgetItem]:
        name = self.tr("Scopus") if m.index == "SCOPUS" else self.tr(
            "Web of Science {index}").format(index=m.index)
        return [text_item(name), text_item(_date(m.as_of)), text_item(_date(m.valid_from)),
                text_item(_date(m.valid_to)), text_item(m.note), *self._source(m.dataset)]

    def _list_row(self, m: ListMembership) -> list[QTableWidgetItem]:
        levels = {"1": self.tr("List 1"), "2": self.tr("List 2"), "3": self.tr("List 3"),
                  "special": self.tr("Departmental journals"),
                  "conference": self.tr("Conference proceedings"),
                  "trusted_publisher": self.tr("Trusted publisher")}
        return [text_item(levels.get(m.level, m.level)), text_item("; ".join(m.directions)),
                text_item(m.order_no), text_item(_date(m.order_date)),
                text_item(_date(m.valid_from)), text_item(_date(m.valid_to)),
                *self._source(m.dataset)]

    # ------------------------------------------------------------------ verdicts
    def _show_verdicts(self) -> None:
        while self.verdicts_layout.count():
            item = self.verdicts_layout.takeAt(0)
            old = item.widget()
            if old is not None:
                old.setParent(None)   # out of the page now; deleted by the event loop
                old.deleteLater()
        self._verdict_widgets = {}
        if self.details is None:
            return
        year = self.year_spin.value()
        groups: dict[str, QVBoxLayout] = {}
        for v in self.details.verdicts(year):
            group = groups.get(v.rule_set)
            if group is None:
                box = QGroupBox(f"{v.rule_set_name} ({v.rule_set})", self.verdicts_area)
                group = QVBoxLayout(box)
                group.setSpacing(8)
                groups[v.rule_set] = group
                self.verdicts_layout.addWidget(box)
            parent = group.parentWidget()
            row = QHBoxLayout()
            row.setSpacing(10)
            badge = VerdictBadge(v.verdict.result, parent)
            badge.setFixedWidth(max(badge.sizeHint().width(), self._badge_width()))
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            name = QLabel(f"<b>{v.requirement}</b>", parent)
            name.setToolTip(v.requirement_name)
            name.setFixedWidth(self._name_width())
            row.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
            evidence = QLabel(v.verdict.text or v.requirement_name, parent)
            evidence.setWordWrap(True)
            evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(evidence, 1, Qt.AlignmentFlag.AlignTop)
            group.addLayout(row)
            self._verdict_widgets[(v.rule_set, v.requirement)] = (badge, evidence)
        self.scroll.refit()

    def _badge_width(self) -> int:
        from core.journals.rules import Result

        return max(VerdictBadge(r).sizeHint().width() for r in Result)

    def _name_width(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        names = [r.id for rs in self.details.rule_sets for r in rs.requirements] \
            if self.details else []
        return max([QFontMetrics(bold).horizontalAdvance(n) + 8 for n in names] + [60])

    def verdict_widgets(self) -> dict[tuple[str, str], tuple[VerdictBadge, QLabel]]:
        """(rule set, requirement) -> (badge, evidence label) as shown now."""
        return dict(self._verdict_widgets)

    # ------------------------------------------------------------------ editing
    def open_editor(self) -> QWidget | None:
        """Open the journal editor on the journal shown; a save reloads the page."""
        if self.journal_id is None:
            return None
        from gui.journal_editor import JournalEditor

        editor = JournalEditor(self.library, self, journal_id=self.journal_id, user=self.user)
        editor.saved.connect(self._edited)
        editor.open()
        self.editor = editor
        return editor

    def _edited(self, journal_id: int) -> None:
        self.library_changed.emit()
        self.show_journal(journal_id)
