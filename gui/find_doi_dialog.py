"""The "Find DOI" dialog: Crossref candidates for a reference without a DOI, with scores; the
user picks one and attaches it (never silently), then may refresh the record from it.

Threads: the search runs off the GUI thread with no database session (`CrossrefClient.find_doi`);
attaching is a short write transaction run as a task too (a write may wait for SQLite's lock).
The GUI thread only reads the reference once to show it (a WAL read never waits for a writer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.crossref import Candidate, CrossrefClient
from core.errors import InvalidValueError
from core.model import Reference
from db import references as refs_repo
from db.library import Library
from gui import crossref_messages as msg
from gui.candidates_table import LOW_SCORE, CandidatesTable
from gui.doi_batch import failure_of
from gui.tasks import TaskContext, TaskHandle, TaskRunner

ROWS = 10
# Below this score the dialog asks the user to look twice (title, year and first author
# disagree enough that it may be another work).


@dataclass(frozen=True, slots=True)
class AttachResult:
    ref_id: int
    doi: str
    conflict_id: int | None = None      # another reference already has this DOI
    conflict_title: str | None = None


def attach_doi(lib: Library, ref_id: int, doi: str) -> AttachResult:
    """Set a reference's DOI in one transaction, unless another reference already has it."""
    with lib.transaction() as s:
        other = refs_repo.find_by_doi(s, doi)
        if other is not None and other != ref_id:
            return AttachResult(ref_id, doi, other, refs_repo.get(s, other).title)
        ref = refs_repo.get(s, ref_id)
        ref.doi = doi
        refs_repo.update_reference(s, ref)
    return AttachResult(ref_id, doi)


def reference_summary(ref: Reference) -> str:
    """'Authors. Title. Container, year' on one line, for dialog headers."""
    parts = [refs_repo.authors_display(ref.creators), ref.title or "",
             ref.container_title or "", str(ref.year) if ref.year else ""]
    return " · ".join(p for p in parts if p)


class FindDoiDialog(QDialog):
    """Signals: `library_changed(list[int])` after a DOI was attached (and after a refresh that
    followed); `doi_attached(int, str)`; `reference_selected(int)` when the user asks to see the
    reference that already has the chosen DOI."""

    library_changed = Signal(list)
    doi_attached = Signal(int, str)
    reference_selected = Signal(int)


    def __init__(self, library: Library, client: CrossrefClient, ref_id: int,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.client = client
        self.ref_id = ref_id
        self.runner = runner or TaskRunner(self)
        self.candidates: list[Candidate] = []
        self._search: TaskHandle | None = None
        self._attach: TaskHandle | None = None
        self._conflict_id: int | None = None
        self.refresh_dialog: QDialog | None = None
        self.reference = library.get(ref_id)
        self.setWindowTitle(self.tr("Find DOI"))

        heading = QLabel(self.tr("Crossref works that match this reference:"))
        self.ref_label = QLabel(reference_summary(self.reference))
        self.ref_label.setWordWrap(True)
        self.ref_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.ref_label.font()
        font.setBold(True)
        self.ref_label.setFont(font)
        self.has_doi_label = QLabel()
        self.has_doi_label.setWordWrap(True)
        if self.reference.doi:
            self.has_doi_label.setText(self.tr(
                "This reference already has the DOI %1; attaching another replaces it.")
                .replace("%1", self.reference.doi))
        self.has_doi_label.setVisible(bool(self.reference.doi))

        self.table = CandidatesTable(self)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.show_other_button = QPushButton(self.tr("Show that reference"))
        self.show_other_button.setVisible(False)
        self.refresh_check = QCheckBox(self.tr(
            "Then refresh the reference from Crossref (you choose which fields change)"))
        self.refresh_check.setChecked(True)
        self.search_button = QPushButton(self.tr("Search again"))
        self.attach_button = QPushButton(self.tr("Attach DOI"))
        self.attach_button.setEnabled(False)
        self.attach_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.show_other_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.ref_label)
        layout.addWidget(self.has_doi_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addLayout(status_row)
        layout.addWidget(self.refresh_check)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.search_button.clicked.connect(self.search)
        self.attach_button.clicked.connect(self.attach)
        self.close_button.clicked.connect(self.close)
        self.show_other_button.clicked.connect(self._show_other)
        self.runner.finished.connect(self._task_finished)
        self.resize(1000, 460)
        self.search()

    # ---------------------------------------------------------------- search
    @property
    def busy_now(self) -> bool:
        return any(h is not None and h.running for h in (self._search, self._attach))

    @Slot()
    def search(self) -> None:
        if self._search is not None and self._search.running:
            return
        self.table.setRowCount(0)
        self.candidates = []
        self._set_status(self.tr("Searching Crossref…"))
        self.busy.setVisible(True)
        self.search_button.setEnabled(False)
        self.attach_button.setEnabled(False)
        ref, client = self.reference.copy(), self.client

        def work(ctx: TaskContext) -> list[Candidate]:
            return client.find_doi(ref, rows=ROWS, cancel=ctx.cancel)

        self._search = self.runner.run(work, label=self.tr("Finding a DOI"),
                                       on_success=self._found, on_failure=self._search_failed)

    @Slot(object)
    def _found(self, candidates: list[Candidate]) -> None:
        self.candidates = list(candidates)
        self.table.set_candidates(self.candidates)
        if self.candidates:
            self._set_status(self.tr("%n candidate(s). Pick the work this reference cites, "
                                     "then Attach DOI.", "", len(self.candidates)))
        else:
            self._set_status(self.tr("Crossref found no candidates for this reference."))

    def _search_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, InvalidValueError):
            self._set_status(self.tr("This reference has no title to search with."), error=True)
            return
        code, status, detail = failure_of(exc)
        self._set_status(self.tr("The search failed: %1").replace(
            "%1", msg.failure_text(code, status, detail)), error=True)

    @Slot(object)
    def _task_finished(self, handle: TaskHandle) -> None:
        if handle is self._search:
            self.busy.setVisible(False)
            self.search_button.setEnabled(True)
            self._update_buttons()
        elif handle is self._attach:
            self._update_buttons()

    # ---------------------------------------------------------------- attach
    def selected(self) -> Candidate | None:
        return self.table.selected()

    def _update_buttons(self) -> None:
        attaching = self._attach is not None and self._attach.running
        self.attach_button.setEnabled(self.selected() is not None and not attaching)

    @Slot()
    def _selection_changed(self) -> None:
        self._update_buttons()
        chosen = self.selected()
        if chosen is not None and chosen.score < LOW_SCORE:
            self._set_status(self.tr("Low match: check the title, year and authors before "
                                     "attaching this DOI."), warning=True)
        elif chosen is not None:
            self._set_status(self.tr("Attach %1 to this reference?").replace("%1", chosen.doi))

    @Slot()
    def attach(self) -> None:
        chosen = self.selected()
        if chosen is None or (self._attach is not None and self._attach.running):
            return
        self.attach_button.setEnabled(False)
        self.show_other_button.setVisible(False)
        lib, ref_id, doi = self.library, self.ref_id, chosen.doi
        self._attach = self.runner.run(lambda ctx: attach_doi(lib, ref_id, doi),
                                       label=self.tr("Attaching a DOI"),
                                       on_success=self._attached,
                                       on_failure=self._attach_failed)

    @Slot(object)
    def _attached(self, result: AttachResult) -> None:
        if result.conflict_id is not None:
            self._conflict_id = result.conflict_id
            self._set_status(self.tr("Nothing attached: %1 already belongs to reference #%2 "
                                     "(%3).").replace("%1", result.doi)
                             .replace("%2", str(result.conflict_id))
                             .replace("%3", result.conflict_title or "—"), error=True)
            self.show_other_button.setVisible(True)
            return
        self.reference.doi = result.doi
        self.has_doi_label.setVisible(False)
        self._set_status(self.tr("DOI %1 attached.").replace("%1", result.doi))
        self.library_changed.emit([result.ref_id])
        self.doi_attached.emit(result.ref_id, result.doi)
        if self.refresh_check.isChecked():
            self.open_refresh()

    def _attach_failed(self, exc: BaseException, details: str) -> None:
        self._set_status(self.tr("Nothing attached: %1").replace("%1", str(exc)), error=True)

    def open_refresh(self) -> QDialog:
        """The refresh dialog for the reference, its changes forwarded as ours."""
        from gui.refresh_dialog import RefreshDialog

        dialog = RefreshDialog(self.library, self.client, self.ref_id, self.runner, self)
        dialog.library_changed.connect(self.library_changed)
        self.refresh_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def _show_other(self) -> None:
        if self._conflict_id is not None:
            self.reference_selected.emit(self._conflict_id)

    def _set_status(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        colour = "#b3261e" if error else "#8a5a00" if warning else ""
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.status_label.setText(text)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if self._search is not None:
            self._search.cancel()
        super().closeEvent(event)
