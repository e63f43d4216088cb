"""The duplicates view: scan the library off the GUI thread (progress, cancel), list the candidate
pairs best first with the scanner's reasons (filter by score and reason kind), compare the
selected pair field by field and merge it (one transaction with a backup; the other record goes
to the trash with its attachments, notes, tags and collections given to the kept one), mark it
"Not duplicates" (remembered; undo in the session) or skip it.

    view = DuplicatesView(library, runner, parent)      # a window of its own
    view.library_changed.connect(...)                   # list of ids a merge changed
    view.reference_selected.connect(...)                # id double-clicked
    view.scan()
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import NotFoundError
from db import duplicates
from db import references as refs_repo
from db.duplicates import MergeSummary
from db.library import Library
from gui.duplicate_merge import MergePanel, field_label, keep_first, load_pair, ordered_keys
from gui.duplicate_pairs import (
    KINDS,
    PairModel,
    PairRow,
    ScanResult,
    fresh_pairs_of,
    kind_name,
    read_summaries,
    scan_library,
)
from gui.messages import report_failure
from gui.tasks import TaskContext, TaskHandle, TaskRunner

PAGE_EMPTY, PAGE_PAIR = 0, 1


@dataclass(slots=True)
class MergeOutcome:
    summary: MergeSummary
    fresh: ScanResult        # the kept record's candidates after the merge


def merge_pair(lib: Library, keep: int, other: int, choices: dict[str, str]) -> MergeOutcome:
    """The background merge: db.duplicates.merge (backup, one transaction), then the kept
    record's candidates against the library as it is now."""
    summary = duplicates.merge(lib, keep, other, choices)
    return MergeOutcome(summary, fresh_pairs_of(lib, keep))


class DuplicatesView(QWidget):
    """Signals: `library_changed(list[int])` after a merge (the kept and the trashed record);
    `reference_selected(int)` when the user double-clicks a record (show it in the library);
    `scanned(int)`: a scan finished with that many pairs (the list and buttons are up to date);
    `merged(MergeSummary)`."""

    library_changed = Signal(list)
    reference_selected = Signal(int)
    scanned = Signal(int)
    merged = Signal(object)

    def __init__(self, library: Library, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(parent)
        if not embedded:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("duplicatesView")
        self.library = library
        self.runner = runner or TaskRunner(self)
        self.runner.finished.connect(self._task_finished)
        self._scan: TaskHandle | None = None
        self._write: TaskHandle | None = None
        self._scanned_once = False
        self._found: int | None = None            # pairs of the scan that just succeeded
        self._gone: set[int] = set()                 # trashed by merges in this session
        self._marked: list[tuple[PairRow, dict[int, Any]]] = []  # undo stack of marks
        self._marked_pairs: set[tuple[int, int]] = set()
        self._shown_pair: tuple[int, int] | None = None

        # ---------------------------------------------------------------- scan bar
        self.scan_button = QPushButton(self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelScan")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("scanProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("scanStatus")
        scan_bar = QHBoxLayout()
        scan_bar.addWidget(self.scan_button)
        scan_bar.addWidget(self.cancel_button)
        scan_bar.addWidget(self.progress)
        scan_bar.addWidget(self.status, 1)

        # ---------------------------------------------------------------- filters
        self.min_score_label = QLabel(self)
        self.min_score = QDoubleSpinBox(self)
        self.min_score.setObjectName("minScore")
        self.min_score.setRange(0.0, 1.0)
        self.min_score.setSingleStep(0.05)
        self.min_score.setDecimals(2)
        self.min_score.valueChanged.connect(self._filter_changed)
        self.min_score_label.setBuddy(self.min_score)
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reasonKind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.kind_label.setBuddy(self.kind_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pairCount")
        self.search = QLineEdit(self)
        self.search.setObjectName("pairSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._filter_changed)
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 1)
        filter_bar.addSpacing(12)
        filter_bar.addWidget(self.min_score_label)
        filter_bar.addWidget(self.min_score)
        filter_bar.addSpacing(12)
        filter_bar.addWidget(self.kind_label)
        filter_bar.addWidget(self.kind_combo)
        filter_bar.addSpacing(12)
        filter_bar.addWidget(self.count_label)

        # ---------------------------------------------------------------- pairs
        self.model = PairModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("pairTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(PairModel.SCORE,
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PairModel.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PairModel.REASONS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PairModel.FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PairModel.SECOND, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PairModel.REASONS, 380)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        # ---------------------------------------------------------------- banner
        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("bannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.RichText)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.banner_label.linkActivated.connect(lambda link: self.reference_selected.emit(
            int(link)))
        self.undo_button = QPushButton(self.banner)
        self.undo_button.setObjectName("undoNotDuplicates")
        self.undo_button.clicked.connect(self.undo_not_duplicates)
        self.banner_close = QToolButton(self.banner)
        self.banner_close.setText("✕")
        self.banner_close.setAutoRaise(True)
        self.banner_close.clicked.connect(lambda: self.banner.setVisible(False))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 4, 4)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("QFrame#banner { background-color: #eef5ea;"
                                  " border: 1px solid #b7d4ac; border-radius: 4px; }")

        # ---------------------------------------------------------------- the pair
        self.panel = MergePanel(self)
        self.panel.open_requested.connect(self.reference_selected)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("pairPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5f6368;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.panel)

        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_current)
        self.not_button = QPushButton(self)
        self.not_button.setObjectName("notDuplicatesButton")
        self.not_button.clicked.connect(self.mark_current_not_duplicates)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(self.skip_current)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.not_button)
        actions.addWidget(self.merge_button)
        self._merge_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self._merge_shortcut.activated.connect(self.merge_current)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filter_bar)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.banner)
        bottom_layout.addWidget(self.pages, 1)
        bottom_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("duplicatesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_bar)
        layout.addWidget(self.splitter, 1)

        self.resize(1280, 860)
        self.retranslate()
        self._rebuild_kinds()
        self._update_counts()
        self._update_actions()

    # ================================================================== scanning
    def scan(self) -> TaskHandle | None:
        """Look for duplicates in the whole library, off the GUI thread."""
        if self._scan is not None and self._scan.running:
            return self._scan
        texts = {"reading": self.tr("Reading the library…"),
                 "comparing": self.tr("Comparing titles, authors and identifiers…"),
                 "describing": self.tr("Reading the records of the pairs…")}
        library = self.library

        def work(ctx: TaskContext) -> ScanResult:
            return scan_library(library, ctx, **texts)

        handle = self.runner.run(work, label=self.tr("Looking for duplicates"),
                                 on_success=self._scan_done, on_failure=self._scan_failed,
                                 on_progress=self._scan_progress)
        self._scan = handle
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(texts["reading"])
        return handle

    def cancel_scan(self) -> None:
        if self._scan is not None and self._scan.running:
            self._scan.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @property
    def scanning(self) -> bool:
        return self._scan is not None and self._scan.running

    def _scan_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if text and not (self._scan is not None and self._scan.cancelled):
            self.status.setText(text)

    def _scan_done(self, result: ScanResult) -> None:
        # Merges and marks made while the scan ran are not undone by its (older) reading.
        pairs = [r for r in result.pairs
                 if not r.involves(self._gone) and r.pair not in self._marked_pairs]
        self._scanned_once = True
        self.model.set_pairs(pairs, result.records)
        self._rebuild_kinds()
        self._update_counts()
        self.status.setText(self.tr("Scan finished at {time}.").format(
            time=QTime.currentTime().toString("HH:mm")))
        if self.model.rowCount():
            self._select_row(0)
        else:
            self._show_pair(None)
        if not self.search.hasFocus():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._found = len(pairs)

    def _scan_failed(self, exc: BaseException, tb: str) -> None:
        self.status.setText(self.tr("The scan failed."))
        report_failure(self, exc, tb)

    def _task_finished(self, handle: TaskHandle) -> None:
        # The runner's own signal: connected before any task starts, so a task that ends at
        # once is never missed.
        if handle is self._write:
            self._write = None
            self._update_actions()
        elif handle is self._scan:
            self._scan_finished(handle)

    def _scan_finished(self, handle: TaskHandle) -> None:
        self.scan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        found, self._found = self._found, None
        if found is not None:
            self.scanned.emit(found)
        elif handle.cancelled:
            self.status.setText(self.tr("Scan cancelled.") if not self._scanned_once else
                                self.tr("Scan cancelled: the list shows the previous scan."))
        self._update_actions()

    # ================================================================== filtering
    def _filter_changed(self, *_: Any) -> None:
        kind = self.kind_combo.currentData()
        current = self._current_pair()
        self.model.set_filter(round(self.min_score.value(), 2), kind or None,
                              self.search.text())
        self._rebuild_kinds()
        self._update_counts()
        row = self.model.row_of(current) if current else None
        if row is not None:
            self._select_row(row)
        elif self.model.rowCount():
            self._select_row(0)
        else:
            self._show_pair(None)

    def _rebuild_kinds(self) -> None:
        """The reason filter with the number of pairs of each kind (at the minimum score)."""
        counts = self.model.kind_counts()
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All reasons ({count})").format(
            count=self.model.passing_score()), None)
        for kind in KINDS:
            if counts[kind] or kind == current:
                self.kind_combo.addItem(self.tr("{kind} ({count})").format(
                    kind=kind_name(kind), count=counts[kind]), kind)
        index = self.kind_combo.findData(current) if current else 0
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.blockSignals(False)

    def _update_counts(self) -> None:
        total, shown = self.model.total(), self.model.shown()
        text = self.tr("Pairs: %n", "", total)
        if shown != total:
            text = self.tr("{pairs}, shown: {shown}").format(pairs=text, shown=shown)
        self.count_label.setText(text)

    # ================================================================== the current pair
    def _current_pair(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.pair_at(index.row()).pair

    def _select_row(self, row: int) -> None:
        row = max(0, min(row, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self._show_pair(None)
            return
        index = self.model.index(row, PairModel.FIRST)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
            QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if self._current_pair() != self._shown_pair:
            self._show_pair(self._current_pair())

    def select_pair(self, a: int, b: int) -> bool:
        """Select a listed pair (either order); False when it is not shown."""
        row = self.model.row_of((min(a, b), max(a, b)))
        if row is None:
            return False
        self._select_row(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pair = self.model.pair_at(current.row()).pair if current.isValid() and \
            current.row() < self.model.rowCount() else None
        if pair != self._shown_pair:
            self._show_pair(pair)

    def _show_pair(self, pair: tuple[int, int] | None) -> None:
        self._shown_pair = pair
        if pair is None:
            self.panel.clear()
            self._show_placeholder()
            self._update_actions()
            return
        try:
            first, second = load_pair(self.library, *pair)
        except NotFoundError:
            self._drop_missing(pair)
            return
        self.panel.set_pair(first, second, keep_first(first, second))
        self.pages.setCurrentIndex(PAGE_PAIR)
        self._update_actions()

    def _drop_missing(self, pair: tuple[int, int]) -> None:
        """A record of the pair left the library elsewhere (trash, another window): drop every
        listed pair whose records are not all live any more, in one pass, then go on."""
        row = self.model.row_of(pair) or 0
        listed = sorted({i for r in self.model.all_pairs() for i in r.pair})
        with self.library.read() as s:
            states = refs_repo.deleted_states(s, listed)
        gone = {i for i in listed if states.get(i, True)} | set(pair)
        self.model.remove_involving(gone)
        self._after_removal(row)
        self.status.setText(self.tr("A record of that pair is no longer in the library."))

    def _show_placeholder(self) -> None:
        if not self._scanned_once:
            text = self.tr("Scan the library to find references that may be the same work: "
                           "the same DOI or ISBN, the same journal volume and first page, or a "
                           "similar title with the same year and first author, across "
                           "Cyrillic and Latin script.")
        elif self.model.total() == 0:
            text = self.tr("No possible duplicates found.")
        elif self.model.shown() == 0:
            text = self.tr("No pair matches the filter.")
        else:
            text = self.tr("Select a pair to compare its records.")
        self.placeholder.setText(text)
        self.pages.setCurrentIndex(PAGE_EMPTY)

    def _double_clicked(self, index: QModelIndex) -> None:
        ref_id = self.model.data(index, PairModel.IdRole)
        if ref_id is not None:
            self.reference_selected.emit(int(ref_id))

    def _after_removal(self, row: int) -> None:
        self._rebuild_kinds()
        self._update_counts()
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))
        else:
            self._show_pair(None)

    # ================================================================== actions
    @property
    def busy(self) -> bool:
        return self._write is not None and self._write.running

    def _update_actions(self) -> None:
        has = self.panel.infos is not None and self._shown_pair is not None
        writable = not self.library.read_only
        for button in (self.merge_button, self.not_button):
            button.setEnabled(has and writable and not self.busy)
            button.setToolTip("" if writable else self.tr("The library is open read-only."))
        self.skip_button.setEnabled(has and not self.busy)
        self._merge_shortcut.setEnabled(self.merge_button.isEnabled())
        self.undo_button.setEnabled(bool(self._marked) and writable and not self.busy)

    def _run_write(self, fn: Any, label: str, done: Any) -> None:
        def failed(exc: BaseException, tb: str) -> None:
            self.status.setText(self.tr("Nothing was changed."))
            report_failure(self, exc, tb)

        self._write = self.runner.run(fn, label=label, on_success=done, on_failure=failed)
        self._update_actions()

    def merge_current(self) -> None:
        """Merge the shown pair as chosen: off the GUI thread, one transaction after a backup."""
        if not self.merge_button.isEnabled() or self._shown_pair is None:
            return
        keep, other = self.panel.keep_id, self.panel.other_id
        assert keep is not None and other is not None
        choices = self.panel.choices()
        library = self.library
        row = self.table.currentIndex().row()
        self.status.setText(self.tr("Merging #{other} into #{keep}…").format(other=other,
                                                                             keep=keep))
        self._run_write(lambda ctx: merge_pair(library, keep, other, choices),
                        self.tr("Merging duplicates"),
                        lambda outcome: self._merged(outcome, row))

    def _merged(self, outcome: MergeOutcome, row: int) -> None:
        summary = outcome.summary
        self._gone.add(summary.removed)
        self.model.remove_involving([summary.removed, summary.kept])
        fresh = [r for r in outcome.fresh.pairs if not r.involves(self._gone)]
        self.model.add_pairs(fresh, outcome.fresh.records)
        self.model.update_records(read_summaries(self.library, [summary.kept]))
        self._after_removal(row)
        self.status.setText(self.tr("Merged."))
        self._show_banner(self.merge_summary_text(summary), undo=False)
        self.library_changed.emit([summary.kept, summary.removed])
        self.merged.emit(summary)

    def merge_summary_text(self, summary: MergeSummary) -> str:
        """What a merge did, for the banner (HTML: the ids are links)."""
        def link(ref_id: int) -> str:
            return f'<a href="{ref_id}">#{ref_id}</a>'

        mark = "\ue000"  # where the kept record's link goes, after escaping the text
        lines = [html.escape(self.tr("Merged #{other} into {kept}; #{other} is in the trash "
                                     "(it can be restored).").format(
            other=summary.removed, kept=mark)).replace(mark, link(summary.kept))]
        if summary.fields:
            lines.append(html.escape(self.tr("Fields taken or united: {fields}.").format(
                fields=", ".join(field_label(k) for k in ordered_keys(set(summary.fields))))))
        moved = [text for n, text in (
            (summary.attachments, self.tr("attachments: %n", "", summary.attachments)),
            (summary.notes, self.tr("notes: %n", "", summary.notes)),
            (summary.tags, self.tr("tags: %n", "", summary.tags)),
            (summary.collections, self.tr("collections: %n", "", summary.collections)),
            (summary.team_projects, self.tr("team projects: %n", "", summary.team_projects)),
            (int(summary.journal_link), self.tr("the journal link"))) if n]
        if moved:
            lines.append(html.escape(self.tr("Moved to #{keep}: {items}.").format(
                keep=summary.kept, items=", ".join(moved))))
        if summary.backup is not None:
            lines.append("<span style='color:#5f6368'>" + html.escape(
                self.tr("Backup made before the merge: {file}").format(
                    file=summary.backup.name)) + "</span>")
        return "<br>".join(lines)

    def mark_current_not_duplicates(self) -> None:
        """Remember that the shown pair is not a duplicate: it is never proposed again."""
        pair = self._shown_pair
        if pair is None or not self.not_button.isEnabled():
            return
        row_index = self.model.row_of(pair)
        if row_index is None:
            return
        entry = self.model.pair_at(row_index)
        records = {i: self.model.record(i) for i in pair}
        library = self.library
        self._run_write(lambda ctx: duplicates.mark_not_duplicate(library, *pair),
                        self.tr("Marking as not duplicates"),
                        lambda _done: self._marked_done(entry, records, row_index))

    def _marked_done(self, entry: PairRow, records: dict[int, Any], row: int) -> None:
        self._marked.append((entry, records))
        self._marked_pairs.add(entry.pair)
        self.model.remove_pairs([entry.pair])
        self._after_removal(row)
        self._show_banner(html.escape(self.tr(
            "#{a} and #{b} are marked as not duplicates: they will not be proposed "
            "again.").format(a=entry.a, b=entry.b)), undo=True)
        self._update_actions()

    def undo_not_duplicates(self) -> None:
        """Forget the last "Not duplicates" mark of this session; the pair is listed again."""
        if not self._marked or self.busy:
            return
        entry, records = self._marked[-1]
        library = self.library
        self._run_write(lambda ctx: duplicates.unmark_not_duplicate(library, entry.a, entry.b),
                        self.tr("Undoing the mark"),
                        lambda _done: self._unmarked(entry, records))

    def _unmarked(self, entry: PairRow, records: dict[int, Any]) -> None:
        if self._marked and self._marked[-1][0] == entry:
            self._marked.pop()
        self._marked_pairs.discard(entry.pair)
        if not entry.involves(self._gone):
            self.model.add_pairs([entry], {k: v for k, v in records.items() if v is not None})
        self._rebuild_kinds()
        self._update_counts()
        if not self.select_pair(entry.a, entry.b):
            self._show_pair(self._current_pair())
        self._show_banner(html.escape(self.tr(
            "The mark is removed: #{a} and #{b} are listed again.").format(
            a=entry.a, b=entry.b)), undo=bool(self._marked))

    def skip_current(self) -> None:
        """Leave the shown pair for later: it stays listed (dimmed); the next one is shown."""
        pair = self._shown_pair
        if pair is None:
            return
        self.model.set_skipped(pair)
        row = self.model.row_of(pair)
        start = 0 if row is None else row + 1
        for n in list(range(start, self.model.rowCount())) + list(range(0, start)):
            if not self.model.is_skipped(self.model.pair_at(n).pair):
                self._select_row(n)
                return
        self.status.setText(self.tr("Every pair shown was skipped."))

    def _show_banner(self, text: str, *, undo: bool) -> None:
        self.banner_label.setText(text)
        self.undo_button.setVisible(undo)
        self.banner.setVisible(True)
        self._update_actions()

    # ================================================================== changes elsewhere
    def note_changes(self, ids: Iterable[int] | None) -> None:
        """The library changed outside this view (edits, trash, another window): drop the pairs
        of records no longer live, refresh the descriptions, reload the pair shown if it is
        touched. None: anything may have changed (the list says so until the next scan)."""
        if ids is None:
            listed = {i for r in self.model.all_pairs() for i in r.pair}
            if self._scanned_once:
                self.status.setText(self.tr("The library changed: scan again to be sure the "
                                            "list is complete."))
        else:
            listed = set(ids) & {i for r in self.model.all_pairs() for i in r.pair}
        if not listed:
            return
        with self.library.read() as s:
            states = refs_repo.deleted_states(s, sorted(listed))
        gone = {i for i in listed if states.get(i, True)}
        row = self.table.currentIndex().row()
        if gone:
            self.model.remove_involving(gone)
        self.model.update_records(read_summaries(self.library, listed - gone))
        shown = self._shown_pair
        if shown is not None and (set(shown) & listed):
            self._shown_pair = None
            if self.model.row_of(shown) is not None:
                self._show_pair(shown)
            else:
                self._after_removal(max(row, 0))
        elif gone:
            self._rebuild_kinds()
            self._update_counts()

    # ================================================================== window
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicates"))
        self.scan_button.setText(self.tr("&Scan library"))
        self.scan_button.setToolTip(self.tr("Look for possible duplicates in the whole "
                                            "library (F5)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.min_score_label.setText(self.tr("Minimum s&core:"))
        self.min_score.setToolTip(self.tr("Hide pairs scoring lower (1.00: the same DOI)"))
        self.kind_label.setText(self.tr("&Reason:"))
        self.search.setPlaceholderText(self.tr("Find in the pairs: author, title, journal, "
                                               "DOI…"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Merge into the kept record with the values "
                                             "chosen (Ctrl+Enter); a backup is made first"))
        self.not_button.setText(self.tr("&Not duplicates"))
        self.not_button.setToolTip(self.tr("Remember that these are different works: the pair "
                                           "is never proposed again"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Leave this pair for later"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Forget the last “Not duplicates” mark"))
        self.banner_close.setToolTip(self.tr("Close"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.table.viewport().update()  # the reasons and types are worded when painted
        if self._scan is None:
            self.status.setText(self.tr("Not scanned yet."))
        if self.pages.currentIndex() == PAGE_EMPTY:
            self._show_placeholder()
        self._rebuild_kinds()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.cancel_scan()
        super().closeEvent(event)
