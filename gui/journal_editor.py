"""The journal editor: type in a journal by hand (titles, ISSNs checked as you type, publisher,
country) with a CiteScore observation, a Web of Science index and a ministry-list entry, saved in
one transaction with the provenance "typed by <user>"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import re

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import InvalidValueError, SiltemeError
from core.identifiers import issn_check_digit, normalize_issn, split_identifiers
from core.journals.model import (
    IndexMembership,
    Journal,
    JournalIssn,
    ListMembership,
    MetricObservation,
    quartile_for_percentile,
)
from db import journals as repo
from db.library import Library
from gui.journal_widgets import QUARTILE_COLOURS, OptionalDate, error_message

OK_COLOUR = "#1a7f37"
BAD_COLOUR = "#c62828"


class JournalEditor(QDialog):
    """New journal (`journal_id=None`) or an existing one. `saved(journal_id)` after a save."""

    saved = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 journal_id: int | None = None, user: str | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.journal_id = journal_id
        self.user = user or getpass.getuser()
        self._existing: Journal | None = None
        self.setWindowTitle(self.tr("New journal") if journal_id is None
                            else self.tr("Edit journal"))
        self.resize(620, 720)
        self._build()
        if journal_id is not None:
            self._load(journal_id)
        self._validate_all()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)

        form = QFormLayout()
        self.title_edit = QLineEdit(body)
        self.title_edit.setPlaceholderText(self.tr("As printed on the journal"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.alt_titles_edit = QPlainTextEdit(body)
        self.alt_titles_edit.setPlaceholderText(self.tr("One per line: the title in Russian, "
                                                        "Kazakh or Latin letters"))
        self.alt_titles_edit.setFixedHeight(64)
        form.addRow(self.tr("Alternative titles"), self.alt_titles_edit)
        self.print_issn, self.print_issn_status = self._issn_field(form, self.tr("Print ISSN"))
        self.e_issn, self.e_issn_status = self._issn_field(form, self.tr("Electronic ISSN"))
        self.other_issns, self.other_issns_status = self._issn_field(
            form, self.tr("Other ISSNs"), self.tr("Separated by commas"))
        self.publisher_edit = QLineEdit(body)
        form.addRow(self.tr("Publisher"), self.publisher_edit)
        self.country_edit = QLineEdit(body)
        form.addRow(self.tr("Country"), self.country_edit)
        self.homepage_edit = QLineEdit(body)
        self.homepage_edit.setPlaceholderText("https://")
        form.addRow(self.tr("Homepage"), self.homepage_edit)
        lay.addLayout(form)

        # A CiteScore value as published on Scopus (copied by hand).
        self.metric_group = QGroupBox(self.tr("Add a Scopus CiteScore value"), body)
        self.metric_group.setCheckable(True)
        self.metric_group.setChecked(False)
        mf = QFormLayout(self.metric_group)
        self.metric_year = QSpinBox(self.metric_group)
        self.metric_year.setRange(2011, dt.date.today().year + 1)
        self.metric_year.setValue(dt.date.today().year - 1)
        mf.addRow(self.tr("CiteScore year"), self.metric_year)
        subject_row = QHBoxLayout()
        self.subject_code = QLineEdit(self.metric_group)
        self.subject_code.setPlaceholderText(self.tr("ASJC, e.g. 3308"))
        self.subject_code.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,4}"), self.subject_code))
        self.subject_code.setMaximumWidth(160)
        self.subject_name = QLineEdit(self.metric_group)
        self.subject_name.setPlaceholderText(self.tr("Subject, e.g. Law"))
        subject_row.addWidget(self.subject_code)
        subject_row.addWidget(self.subject_name, 1)
        mf.addRow(self.tr("Subject"), subject_row)
        pct_row = QHBoxLayout()
        self.percentile = QSpinBox(self.metric_group)
        self.percentile.setRange(0, 99)
        self.percentile.setValue(50)
        self.quartile_label = QLabel(self.metric_group)
        self.percentile.valueChanged.connect(self._update_quartile)
        pct_row.addWidget(self.percentile)
        pct_row.addWidget(self.quartile_label, 1)
        mf.addRow(self.tr("Percentile"), pct_row)
        self.citescore = QDoubleSpinBox(self.metric_group)
        self.citescore.setRange(-0.1, 1000.0)
        self.citescore.setDecimals(1)
        self.citescore.setSingleStep(0.1)
        self.citescore.setSpecialValueText(self.tr("not given"))
        self.citescore.setValue(-0.1)
        mf.addRow(self.tr("CiteScore"), self.citescore)
        rank_row = QHBoxLayout()
        self.rank = QSpinBox(self.metric_group)
        self.rank.setRange(0, 100000)
        self.rank.setSpecialValueText(self.tr("not given"))
        self.rank_out_of = QSpinBox(self.metric_group)
        self.rank_out_of.setRange(0, 100000)
        self.rank_out_of.setSpecialValueText(self.tr("not given"))
        rank_row.addWidget(self.rank)
        rank_row.addWidget(QLabel(self.tr("out of"), self.metric_group))
        rank_row.addWidget(self.rank_out_of)
        rank_row.addStretch(1)
        mf.addRow(self.tr("Rank"), rank_row)
        self.status = QComboBox(self.metric_group)
        self.status.addItem(self.tr("complete (the annual value)"), "complete")
        self.status.addItem(self.tr("in progress (CiteScore Tracker)"), "in_progress")
        mf.addRow(self.tr("Status"), self.status)
        lay.addWidget(self.metric_group)

        self.index_group = QGroupBox(self.tr("Add an index membership"), body)
        self.index_group.setCheckable(True)
        self.index_group.setChecked(False)
        xf = QFormLayout(self.index_group)
        self.index_combo = QComboBox(self.index_group)
        for code in ("SSCI", "AHCI", "SCIE", "ESCI"):
            self.index_combo.addItem(self.tr("Web of Science {index}").format(index=code), code)
        self.index_combo.addItem(self.tr("Scopus"), "SCOPUS")
        xf.addRow(self.tr("Index"), self.index_combo)
        self.index_date = QDateEdit(self.index_group)
        self.index_date.setCalendarPopup(True)
        self.index_date.setDisplayFormat("yyyy-MM-dd")
        self.index_date.setDate(QDate.currentDate())
        xf.addRow(self.tr("List date"), self.index_date)
        lay.addWidget(self.index_group)

        self.list_group = QGroupBox(self.tr("Add a ministry list (KOKSNVO) entry"), body)
        self.list_group.setCheckable(True)
        self.list_group.setChecked(False)
        lf = QFormLayout(self.list_group)
        self.level_combo = QComboBox(self.list_group)
        for label, level in ((self.tr("List 1"), "1"), (self.tr("List 2"), "2"),
                             (self.tr("List 3"), "3"),
                             (self.tr("Departmental journals"), "special"),
                             (self.tr("Conference proceedings"), "conference"),
                             (self.tr("Trusted publisher"), "trusted_publisher")):
            self.level_combo.addItem(label, level)
        lf.addRow(self.tr("Level"), self.level_combo)
        self.directions_edit = QLineEdit(self.list_group)
        self.directions_edit.setPlaceholderText(self.tr("Separated by semicolons, e.g. Право"))
        lf.addRow(self.tr("Scientific directions"), self.directions_edit)
        self.order_no_edit = QLineEdit(self.list_group)
        lf.addRow(self.tr("Order number"), self.order_no_edit)
        self.order_date = OptionalDate(self.tr("known"), self.list_group)
        lf.addRow(self.tr("Order date"), self.order_date)
        self.valid_from = OptionalDate(self.tr("known"), self.list_group)
        lf.addRow(self.tr("Valid from"), self.valid_from)
        self.valid_to = OptionalDate(self.tr("known"), self.list_group)
        lf.addRow(self.tr("Valid to"), self.valid_to)
        lay.addWidget(self.list_group)
        lay.addStretch(1)

        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {BAD_COLOUR};")
        self.problems_label.setVisible(False)
        outer.addWidget(self.problems_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._validate_all)
        self._update_quartile()

    def _issn_field(self, form: QFormLayout, label: str, placeholder: str = "0000-0000"
                    ) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        status = QLabel(self)
        status.setWordWrap(True)
        row = QVBoxLayout()
        row.setSpacing(1)
        row.addWidget(edit)
        row.addWidget(status)
        form.addRow(label, row)
        edit.textChanged.connect(lambda _text: self._validate_all())
        return edit, status

    # ------------------------------------------------------------------ validation
    def issn_problem(self, value: str) -> str | None:
        """Why `value` is not an ISSN, in words the user can act on; None when it is one."""
        try:
            normalize_issn(value)
            return None
        except InvalidValueError:
            pass
        compact = re.sub(r"(?i)^\s*(e-?issn|p-?issn|issn)[\s:]*", "", value.strip())
        compact = re.sub(r"[\s\-‐‑–—]", "", compact).upper()
        if re.search(r"[^0-9X]", compact) or "X" in compact[:-1]:
            return self.tr("{value}: only digits and a final X (the check character) are "
                           "allowed").format(value=value.strip())
        if len(compact) != 8:
            return self.tr("{value}: an ISSN has 8 characters (7 digits and a check "
                           "character), this has {count}").format(value=value.strip(),
                                                                  count=len(compact))
        expected = issn_check_digit(compact)
        return self.tr("{value}: the check digit should be {expected}, not {given}; look for a "
                       "mistyped digit").format(value=value.strip(), expected=expected,
                                                given=compact[-1])

    def _issn_values(self, edit: QLineEdit) -> list[str]:
        return [v for v in split_identifiers(edit.text()) if v.strip()]

    def _validate_issn_edit(self, edit: QLineEdit, status: QLabel) -> list[str]:
        values = self._issn_values(edit)
        problems = [p for p in (self.issn_problem(v) for v in values) if p]
        if not values:
            status.clear()
            status.setVisible(False)
        elif problems:
            status.setText("\n".join(problems))
            status.setStyleSheet(f"color: {BAD_COLOUR};")
            status.setVisible(True)
        else:
            status.setText("✓ " + ", ".join(normalize_issn(v) for v in values))
            status.setStyleSheet(f"color: {OK_COLOUR};")
            status.setVisible(True)
        return problems

    def problems(self) -> list[str]:
        """Everything that stops a save, as shown to the user."""
        out = []
        if not self.title_edit.text().strip():
            out.append(self.tr("The journal needs a title."))
        for edit, status in ((self.print_issn, self.print_issn_status),
                             (self.e_issn, self.e_issn_status),
                             (self.other_issns, self.other_issns_status)):
            out += self._validate_issn_edit(edit, status)
        if len(self._issn_values(self.print_issn)) > 1 or len(self._issn_values(self.e_issn)) > 1:
            out.append(self.tr("Give one print and one electronic ISSN; put the others under "
                               "Other ISSNs."))
        issns = [normalize_issn(v) for e in (self.print_issn, self.e_issn, self.other_issns)
                 for v in self._issn_values(e) if self.issn_problem(v) is None]
        if len(set(issns)) != len(issns):
            out.append(self.tr("The same ISSN is given twice."))
        if self.metric_group.isChecked() and bool(self.rank.value()) != bool(
                self.rank_out_of.value()):
            out.append(self.tr("Give both the rank and the number of journals it is out of, or "
                               "neither."))
        if self.metric_group.isChecked() and self.rank.value() > self.rank_out_of.value() > 0:
            out.append(self.tr("The rank cannot be larger than the number of journals."))
        return out

    def _validate_all(self) -> None:
        problems = self.problems()
        # While typing, only ISSN problems are shown next to their fields; the list below the
        # form appears when the user tries to save.
        if self.problems_label.isVisible():
            self._show_problems(problems)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))

    def _update_quartile(self) -> None:
        q = quartile_for_percentile(self.percentile.value())
        band = {1: "75–99", 2: "50–74", 3: "25–49", 4: "0–24"}[q]
        self.quartile_label.setText(self.tr("Q{quartile} (percentile {band})").format(
            quartile=q, band=band))
        self.quartile_label.setStyleSheet(f"color: {QUARTILE_COLOURS[q].darker(120).name()}; "
                                          "font-weight: bold;")

    # ------------------------------------------------------------------ load / save
    def _load(self, journal_id: int) -> None:
        with self.library.read() as s:
            j = repo.get_journal(s, journal_id)
        self._existing = j
        self.title_edit.setText(j.title)
        self.alt_titles_edit.setPlainText("\n".join(j.alt_titles))
        prints = [i.issn for i in j.issns if i.kind == "print"]
        electronic = [i.issn for i in j.issns if i.kind == "electronic"]
        self.print_issn.setText(prints[0] if prints else "")
        self.e_issn.setText(electronic[0] if electronic else "")
        rest = [i.issn for i in j.issns if i.issn not in prints[:1] + electronic[:1]]
        self.other_issns.setText(", ".join(rest))
        self.publisher_edit.setText(j.publisher or "")
        self.country_edit.setText(j.country or "")
        self.homepage_edit.setText(j.homepage or "")

    def journal(self) -> Journal:
        """The journal as the form gives it (call after `problems()` came back empty)."""
        old_kinds = {i.issn: i.kind for i in self._existing.issns} if self._existing else {}
        issns: list[JournalIssn] = []
        for edit, kind in ((self.print_issn, "print"), (self.e_issn, "electronic"),
                           (self.other_issns, None)):
            for v in self._issn_values(edit):
                issn = normalize_issn(v)
                issns.append(JournalIssn(issn, kind or old_kinds.get(issn, "other")))
        alt = [t.strip() for t in self.alt_titles_edit.toPlainText().splitlines() if t.strip()]
        fields = {"title": self.title_edit.text().strip(), "issns": issns, "alt_titles": alt,
                  "publisher": self.publisher_edit.text().strip() or None,
                  "country": self.country_edit.text().strip() or None,
                  "homepage": self.homepage_edit.text().strip() or None}
        if self._existing is not None:   # keep what the form does not show (ids, languages)
            return dataclasses.replace(self._existing, **fields)  # type: ignore[arg-type]
        return Journal(**fields)  # type: ignore[arg-type]

    def provenance(self) -> str:
        return f"typed by {self.user}"

    def save(self) -> bool:
        """Save in one transaction; on a problem nothing is written and the problem is shown."""
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return False
        journal = self.journal()
        source = self.provenance()
        try:
            with self.library.transaction() as s:
                jid = repo.save_journal(s, journal)
                if self.metric_group.isChecked():
                    pct = self.percentile.value()
                    cs = self.citescore.value()
                    repo.add_metric(s, jid, MetricObservation(
                        "manual", self.metric_year.value(),
                        self.subject_code.text().strip() or None,
                        self.subject_name.text().strip() or None,
                        citescore=round(cs, 1) if cs >= 0 else None, percentile=pct,
                        rank=self.rank.value() or None,
                        rank_out_of=self.rank_out_of.value() or None,
                        quartile=quartile_for_percentile(pct),
                        status=str(self.status.currentData())), entered_by=self.user)
                if self.index_group.isChecked():
                    d = self.index_date.date()
                    repo.set_index(s, jid, IndexMembership(
                        str(self.index_combo.currentData()),
                        as_of=dt.date(d.year(), d.month(), d.day()), dataset=source))
                if self.list_group.isChecked():
                    directions = [x.strip() for x in self.directions_edit.text().split(";")
                                  if x.strip()]
                    repo.set_list(s, jid, ListMembership(
                        str(self.level_combo.currentData()), directions=directions,
                        valid_from=self.valid_from.value(), valid_to=self.valid_to.value(),
                        order_no=self.order_no_edit.text().strip() or None,
                        order_date=self.order_date.value(), dataset=source))
        except SiltemeError as exc:   # a taken ISSN, a library that refused the write: say so,
            self._show_problems([error_message(exc)])   # the form keeps what was typed
            return False
        self.journal_id = jid
        self.saved.emit(jid)
        self.accept()
        return True
