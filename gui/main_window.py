"""The main window: sidebar, filter bar and reference table (or the journals and grant views in
their place), the detail pane with the docked reference editor, status bar with the progress of
background tasks; menus and shortcuts; one undo stack for edits and moves to the trash; one
`library_changed` signal on which every view reloads what it shows. Every feature is reached from
here through the hooks listed in `MainWindow.HOOKS` (open_add_doi, open_editor, ...); dialogs are
made (and their modules imported) the first time they are used, so start-up pays for none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.errors import DamagedLibraryError, SiltemeError
from core.settings import APP_NAME, VERSION, Settings
from db import collections, tags
from db import references as repo
from db.library import Library
from db.references import Facets, ListFilter
from gui import i18n
from gui.actions import Actions
from gui.attachment_actions import AttachmentActions
from gui.central_views import CentralViews
from gui.changes import Changes
from gui.collection_tree import INDENT, in_tree_order
from gui.crossref_hub import CrossrefHub
from gui.detail_area import EDITOR_WIDTH, DetailArea
from gui.filter_bar import FilterBar, QuickFilters
from gui.first_run import FirstRunPage
from gui.icons import app_icon
from gui.messages import report_failure, show_error
from gui.preferences import Preferences
from gui.progress import ProgressArea
from gui.reference_model import ReferenceModel
from gui.reference_table import ReferenceTable
from gui.settings_dialog import LIBRARY_FILTER, SettingsDialog
from gui.sidebar import LIBRARY, TEAM_PROJECT, TRASH, Scope, Sidebar
from gui.tasks import TaskContext, TaskHandle, TaskRunner
from gui.undo import (
    ADDED,
    EDITED,
    RESTORED,
    TRASHED,
    LibraryChange,
    LibraryCommand,
    MoveToTrash,
    RestoreFromTrash,
    push_applied,
)
from gui.windows import bring_to_front

if TYPE_CHECKING:
    from gui.bibliography_builder import BibliographyBuilder
    from gui.duplicates_view import DuplicatesView
    from gui.grant_progress import GrantProgressView
    from gui.import_flow import ImportFlow
    from gui.journals_view import JournalsView

PAGE_TABLE, PAGE_EMPTY, PAGE_FIRST_RUN = 0, 1, 2
# The pending DOIs are first checked this long after start-up (not before the first paint).
PENDING_START_MS = 1500


class MainWindow(QMainWindow):
    """`library_changed(Changes)`: emit it after any write (dialogs included) and every view
    reloads what the change touches. `settings_changed(Settings)`: after the settings dialog."""

    library_changed = Signal(object)
    settings_changed = Signal(object)

    # Feature -> the action that opens it (enabled by selection and read-only state).
    HOOKS: dict[str, str] = {
        "add_doi": "add_doi", "editor": "new_reference", "edit": "edit_reference",
        "import": "import_file", "export": "export", "bibliography": "bibliography",
        "copy_citation": "copy_citation", "journals": "journals", "duplicates": "duplicates",
        "find_doi": "find_doi", "crossref_refresh": "crossref_refresh",
    }

    def __init__(self, library: Library, settings: Settings,
                 preferences: Preferences | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = settings
        self.preferences = preferences or Preferences()
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.tasks = TaskRunner(self)
        self.quick = QuickFilters()
        self._eligible: dict[ListFilter, frozenset[int]] = {}
        self._eligible_task: TaskHandle | None = None
        self._eligible_pending: ListFilter | None = None
        self._facets = Facets([], [], None, None)
        self._splitter_state: QByteArray | None = None
        self._splitter_sized = False
        # One undo stack for edits, additions and moves to and from the trash.
        self.undo_stack = QUndoStack(self)
        self.crossref = CrossrefHub(library, settings, self.tasks, self)
        # Made on first use (their modules too): start-up pays for none of them.
        self.builder: BibliographyBuilder | None = None
        self.duplicates: DuplicatesView | None = None
        self._import_flow: ImportFlow | None = None
        self._pending_ids: list[int] | None = None   # the selection wanted past unsaved edits
        self._unsaved_box: QMessageBox | None = None
        self._reselecting = False
        self._command_running = False

        # ---------------------------------------------------------------- widgets
        self.model = ReferenceModel(library, self)
        self.model.failed.connect(self._model_failed, Qt.ConnectionType.QueuedConnection)
        self.table = ReferenceTable(self.model, self)
        self.filter_bar = FilterBar(self)
        self.sidebar = Sidebar(library, self)
        self.detail_area = DetailArea(library, undo_stack=self.undo_stack,
                                      notify=self._command_done, on_error=self._command_failed,
                                      parent=self)
        self.detail = self.detail_area.pane
        self.detail.failed.connect(self._model_failed, Qt.ConnectionType.QueuedConnection)
        self.commands = Actions(self)
        self.first_run = FirstRunPage(self.commands.add_doi, self.commands.import_file,
                                      self.commands.new_reference, self)
        self.empty_page = QWidget(self)
        self.empty_page.setObjectName("emptyPage")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_reset = QPushButton(self.empty_page)
        self.empty_reset.setObjectName("emptyReset")
        self.empty_reset.clicked.connect(self.filter_bar.reset)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_reset, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.first_run)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(0)
        center_layout.addWidget(self.filter_bar)
        center_layout.addWidget(self.pages, 1)
        self.references_view = center
        # The central area: the references (filter bar + table), or the journals or the grant
        # progress view chosen in the sidebar.
        self.views = CentralViews(center, library, self.tasks, team_project=TEAM_PROJECT,
                                  parent=self)
        self.views.journals_changed.connect(lambda: self.notify(Changes(journals=True)))
        self.views.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.attachments = AttachmentActions(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 760, 330])
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#5c4400; padding:6px 10px; "
                                  "border-bottom:1px solid #e5cf8a;")
        root = QWidget(self)
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        root_layout.addWidget(self.banner)
        root_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(root)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("add_doi", "new_reference", "import_file", "export", None, "bibliography",
                     "journals", None, "refresh"):
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.commands[name])
        self.addToolBar(self.toolbar)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label)
        self.progress = ProgressArea(self.tasks, self)
        self.statusBar().addPermanentWidget(self.progress)
        self.commands.build_menus(self.menuBar(), self.table.column_actions)

        # ---------------------------------------------------------------- wiring
        a = self.commands
        a.add_doi.triggered.connect(lambda: self.open_add_doi())
        a.new_reference.triggered.connect(lambda: self.open_editor(None))
        a.edit_reference.triggered.connect(self._edit_current)
        a.import_file.triggered.connect(lambda: self.open_import(None))
        a.export.triggered.connect(lambda: self.open_export(self.selected_ids()))
        a.bibliography.triggered.connect(lambda: self.open_bibliography(self.selected_ids()))
        a.copy_citation.triggered.connect(lambda: self.copy_citation(self.selected_ids()))
        a.journals.triggered.connect(lambda: self.open_journals())
        a.duplicates.triggered.connect(lambda: self.open_duplicates())
        a.find_doi.triggered.connect(lambda: self.open_find_doi(self.selected_ids()))
        a.crossref_refresh.triggered.connect(
            lambda: self.open_crossref_refresh(self.selected_ids()))
        a.open_library.triggered.connect(self.choose_library)
        a.new_library.triggered.connect(self.create_library)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        a.trash.triggered.connect(self.delete_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.empty_trash.triggered.connect(self.empty_trash)
        a.select_all.triggered.connect(self.table.selectAll)
        a.find.triggered.connect(self._find)
        a.new_collection.triggered.connect(lambda: self.new_collection(None))
        a.add_tag.triggered.connect(self.add_tag)
        a.team_add.triggered.connect(lambda: self.set_team(self.selected_ids(), True))
        a.team_remove.triggered.connect(lambda: self.set_team(self.selected_ids(), False))
        a.refresh.triggered.connect(self.refresh)
        a.show_sidebar.toggled.connect(self.sidebar.setVisible)
        a.show_details.toggled.connect(self._show_details)
        a.backup.triggered.connect(self.backup_now)
        a.check_library.triggered.connect(self.check_library)
        a.about.triggered.connect(self.show_about)
        for code, action in a.language_actions.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.sidebar.scope_changed.connect(self._scope_changed)
        self.sidebar.view_requested.connect(self._show_view)
        self.sidebar.references_dropped.connect(self.file_references)
        self.sidebar.context_menu_requested.connect(self._sidebar_menu)
        self.sidebar.delete_requested.connect(self.delete_collection)
        self.filter_bar.changed.connect(self._filters_changed)
        self.table.selection_changed_ids.connect(self._selection_changed)
        self.table.activated_id.connect(lambda ref_id: self.open_editor(ref_id))
        self.table.context_menu_requested.connect(self._table_menu)
        self.table.files_dropped.connect(self._files_dropped)
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        a.edit_in_window.triggered.connect(self._edit_current_in_window)
        a.attach_file.triggered.connect(self.choose_attachment)
        a.import_metrics.triggered.connect(lambda: self.open_metric_import(None))
        a.grant_progress.triggered.connect(self.open_grant_progress)
        self.undo_stack.indexChanged.connect(lambda _: self._update_undo_actions())
        self.undo_stack.cleanChanged.connect(lambda _: self._update_undo_actions())
        self.detail_area.edit_shown.connect(self._widen_for_editor)
        self.detail.attachment_requested.connect(self.open_attachment)
        self.detail.attach_requested.connect(self.choose_attachment)
        self.crossref.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.crossref.library_changed.connect(lambda ids: self.notify(Changes.of(ids)))
        self.crossref.reference_selected.connect(self.show_reference)
        self.crossref.task_failed.connect(self.report_failure)
        self.settings_changed.connect(self._settings_applied)
        self.model.modelReset.connect(self._update_pages)
        self.model.dataChanged.connect(self._badges_arrived)
        self.library_changed.connect(self._on_library_changed)

        self._apply_library_state()
        self.retranslate()
        self.restore_layout()
        self._update_listing()
        # The facets (types and languages present) are not needed for the first paint.
        QTimer.singleShot(0, self, self._load_facets)
        QTimer.singleShot(PENDING_START_MS, self, self.crossref.start_monitor)
        QTimer.singleShot(2000, self, self._daily_backup)

    # ================================================================== the features (hooks)
    def open_add_doi(self) -> QWidget | None:
        """The add-by-DOI dialog (one, non-modal, shown again); added works reload the table."""
        if self._refuse_read_only():
            return None
        return self.crossref.open_add_doi()

    def open_editor(self, ref_id: int | None) -> QWidget | None:
        """A stored reference: the editor docked beside the table (Enter, F2, double click).
        None: a new reference typed in by hand, in a window with the type chooser first."""
        if ref_id is not None:
            if not self.commands.show_details.isChecked():
                self.commands.show_details.setChecked(True)
            if self.table.selected_ids() != [ref_id]:
                self.table.select_ids([ref_id], ref_id)
            if self.selected_ids() == [ref_id] or self.detail_area.ids == [ref_id]:
                self.detail_area.edit(ref_id)
            return self.detail_area
        if self._refuse_read_only():
            return None
        from gui.reference_editor import ReferenceEditorDialog

        dialog = ReferenceEditorDialog(self.library, undo_stack=self.undo_stack,
                                       notify=self._command_done,
                                       on_error=self._command_failed, parent=self)
        dialog.setObjectName("newReferenceDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        scope = self.sidebar.current_scope
        dialog.editor.saved.connect(lambda ref_id: self._new_reference_saved(ref_id, scope))
        dialog.show()
        return dialog

    def _new_reference_saved(self, ref_id: int, scope: Scope) -> None:
        """A reference typed in while a collection was shown goes into it, as in Zotero."""
        if scope.kind == "collection" and scope.id is not None:
            cid = scope.id
            self.write(lambda s: collections.add_references(s, cid, [ref_id]),
                       Changes.of([ref_id], collections=True),
                       label=self.tr("Adding to collection"),
                       done=lambda _: self.show_reference(ref_id))
        else:
            self.show_reference(ref_id)

    def _edit_current_in_window(self) -> QWidget | None:
        ref_id = self.table.current_id()
        if ref_id is None:
            return None
        from gui.reference_editor import ReferenceEditorDialog

        dialog = ReferenceEditorDialog(self.library, ref_id, undo_stack=self.undo_stack,
                                       notify=self._command_done,
                                       on_error=self._command_failed, parent=self)
        dialog.setObjectName("editReferenceDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_import(self, paths: Sequence[Path] | None) -> QWidget | None:
        """Import files: `paths` dropped on the window (journal metric lists go to the metric
        import), None to choose them. The import runs in the background, then its summary."""
        if self._refuse_read_only():
            return None
        flow = self.import_flow()
        if paths is None:
            return flow.choose()
        return flow.start(list(paths))

    def import_flow(self) -> ImportFlow:
        if self._import_flow is None:
            from gui.import_flow import ImportFlow

            self._import_flow = ImportFlow(self)
        return self._import_flow

    def open_export(self, ids: list[int]) -> QWidget:
        """Export the selection, a collection or the whole library as BibTeX, RIS or CSL-JSON."""
        from gui.export_dialog import ExportDialog

        scope = self.sidebar.current_scope
        dialog = ExportDialog(self.library, self.tasks, ids,
                              collection_id=scope.id if scope.kind == "collection" else None,
                              settings=self.settings, start_dir=self._last_dir("export"),
                              parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.open()
        return dialog

    def _exported(self, path: str, count: int) -> None:
        self.preferences.set_value("dirs/export", str(Path(path).parent))
        self.statusBar().showMessage(self.tr("Exported {count} references to {path}").format(
            count=_number(count), path=path), 10_000)

    def _last_dir(self, key: str) -> Path:
        value = self.preferences.value(f"dirs/{key}", "")
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def open_bibliography(self, ids: list[int]) -> QWidget:
        """The bibliography builder (one window, kept): the selection is added to its list; with
        nothing selected in a collection, the collection's references."""
        builder = self.builder
        if builder is None:
            from gui.bibliography_builder import BibliographyBuilder

            remembered = self.preferences.value("bibliography_builder/style") is not None
            builder = BibliographyBuilder(self.library, ids, runner=self.tasks,
                                          settings=self.preferences.qs, parent=self)
            builder.open_reference.connect(self.show_reference)
            builder.exported.connect(lambda path: self.statusBar().showMessage(
                self.tr("Bibliography written: {path}").format(path=path), 10_000))
            self.builder = builder
            if not remembered:
                self._builder_style(self.settings.default_style)
        elif ids:
            builder.add_references(ids)
        if not ids:
            scope = self.sidebar.current_scope
            index = builder.collection.findData(scope.id) if scope.kind == "collection" else -1
            if index >= 0 and not builder.reference_ids():
                builder.collection.setCurrentIndex(index)
                builder.add_chosen_collection()
        bring_to_front(builder)
        return builder

    def _builder_style(self, style: str) -> None:
        """The builder follows the default style of the settings (a CSL file is read first)."""
        builder = self.builder
        if builder is None or builder.style_key() == style:
            return
        if builder.style_combo.findData(style) >= 0:
            builder.set_style(style)
        elif style.lower().endswith(".csl") and Path(style).is_file():
            builder.add_csl_path(style)

    def copy_citation(self, ids: list[int]) -> TaskHandle | None:
        """Copy the selected references formatted in the default style (rich text and plain
        text, as the builder copies a list): pastes formatted into Word and LibreOffice."""
        if not ids:
            return None
        from gui.quick_copy import copy_references

        return copy_references(self, ids, self.settings.default_style)

    def open_journals(self) -> QWidget:
        """The journals view (list and journal page) in place of the table."""
        if self.sidebar.current_view != "journals":
            self.sidebar.select_view("journals")
        self._show_view("journals")
        assert self.journals_view is not None
        return self.journals_view

    def open_grant_progress(self) -> QWidget:
        """The grant progress view (the team's publications against the grant's rules)."""
        if self.sidebar.current_view != "grant":
            self.sidebar.select_view("grant")
        self._show_view("grant")
        assert self.grant_view is not None
        return self.grant_view

    def open_metric_import(self, path: Path | None, kind: str | None = None) -> QWidget | None:
        """Import a journal metric file (CiteScore, SCImago, WoS list, ministry list)."""
        if self._refuse_read_only():
            return None
        from gui.metric_import_dialog import MetricImportDialog

        dialog = MetricImportDialog(self.library, self.tasks, self, path=path, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _outcome: self.notify(Changes(journals=True)))
        dialog.open()
        return dialog

    def open_duplicates(self) -> QWidget:
        """The duplicates view (one window, kept): a scan of the library starts when it has no
        pairs yet; merges and "not duplicates" marks reload the table."""
        view = self.duplicates
        if view is None:
            from gui.duplicates_view import DuplicatesView

            view = DuplicatesView(self.library, self.tasks, self)
            view.library_changed.connect(
                lambda ids: self.notify(Changes.of(ids, trash=True, tags=True, collections=True)))
            view.reference_selected.connect(self.show_reference)
            # Pairs whose records were trashed or deleted elsewhere leave its list.
            self.library_changed.connect(
                lambda ch: view.note_changes(None if ch.everything else ch.references))
            self.duplicates = view
        bring_to_front(view)
        if not view.scanning and view.model.total() == 0:
            view.scan()
        return view

    def open_find_doi(self, ids: list[int]) -> QWidget | None:
        """Look up the DOI of the selected reference in Crossref (candidates with scores)."""
        if not ids or self._refuse_read_only():
            return None
        return self.crossref.open_find_doi(ids[0])

    def open_crossref_refresh(self, ids: list[int]) -> QWidget | None:
        """Refresh the selected reference from Crossref, field by field."""
        if not ids or self._refuse_read_only():
            return None
        return self.crossref.open_refresh(ids[0])

    def _refuse_read_only(self) -> bool:
        if self.library.read_only:
            self.statusBar().showMessage(self.tr("The library is read-only."), 4000)
            return True
        return False

    # ================================================================== what the window shows
    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def current_scope(self) -> Scope:
        return self.sidebar.current_scope

    def current_listing(self) -> ListFilter:
        """The table's listing: scope, search, quick filters (and the eligible ids)."""
        return self.model.listing

    def run_task(self, fn: Callable[[TaskContext], Any], *, label: str,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException, str], None] | None = None) -> TaskHandle:
        """Run slow work off the GUI thread; it shows in the status bar with progress and cancel.
        A failure is reported (message or crash dialog) unless `on_failure` handles it."""
        return self.tasks.run(fn, label=label, on_success=on_success,
                              on_failure=on_failure or self.report_failure)

    def report_failure(self, exc: BaseException, tb: str = "") -> None:
        report_failure(self, exc, tb)

    def notify(self, changes: Changes) -> None:
        self.library_changed.emit(changes)

    def write(self, fn: Callable[[Session], Any], changes: Callable[[Any], Changes] | Changes,
              *, label: str, done: Callable[[Any], None] | None = None) -> TaskHandle | None:
        """One write transaction off the GUI thread, then `library_changed`."""
        if self.library.read_only:
            self.statusBar().showMessage(self.tr("The library is read-only."), 4000)
            return None
        library = self.library

        def work(ctx: TaskContext) -> Any:
            with library.transaction() as s:
                return fn(s)

        def success(result: Any) -> None:
            if library is self.library:
                self.notify(changes(result) if callable(changes) else changes)
            if done is not None:
                done(result)

        return self.run_task(work, label=label, on_success=success)

    # ================================================================== listing
    def _scope_changed(self, scope: Scope) -> None:
        self._update_listing()
        self._update_actions()
        self._load_facets()  # the trash offers the types and languages it holds

    def _filters_changed(self, quick: QuickFilters) -> None:
        self.quick = quick
        self._update_listing()

    def _update_listing(self, *, force: bool = False) -> None:
        listing = self.quick.apply(self.sidebar.current_scope.listing())
        if self.quick.eligible:
            ids = self._eligible.get(listing)
            if ids is None:
                self._compute_eligible(listing)
                ids = frozenset()
            listing = listing.with_changes(ids=ids)
        self.model.set_listing(listing, force=force)
        self._update_pages()

    def _compute_eligible(self, listing: ListFilter) -> None:
        """The eligible references of a listing, in the background (a whole library takes
        seconds); the table shows them when they are known."""
        if self._eligible_task is not None and self._eligible_task.running:
            if self._eligible_pending == listing:
                return
            self._eligible_task.cancel()
        self._eligible_pending = listing
        library = self.library

        def work(ctx: TaskContext) -> frozenset[int]:
            from db.badges import BadgeSource

            with library.read() as s:
                ids = repo.list_ids(s, where=listing, sort="id")
                source = BadgeSource(s)
                return frozenset(source.eligible_ids(
                    s, ids, progress=lambda done, total: ctx.progress(done, total),
                    check=ctx.check))

        def done(ids: frozenset[int]) -> None:
            if library is not self.library:
                return
            self._eligible[listing] = ids
            if self._eligible_pending == listing:
                self._eligible_pending = None
                self._update_listing()

        self._eligible_task = self.run_task(work, label=self.tr("Checking eligibility"),
                                            on_success=done)
        self._update_pages()

    def eligibility_pending(self) -> bool:
        return self._eligible_pending is not None

    def _update_pages(self) -> None:
        total = self.sidebar.count_of(LIBRARY) or 0
        trashed = self.sidebar.count_of(TRASH) or 0
        scope = self.sidebar.current_scope
        rows = self.model.rowCount()
        if total == 0 and trashed == 0 and scope == LIBRARY and not self.quick.active:
            page = PAGE_FIRST_RUN
        elif rows == 0:
            page = PAGE_EMPTY
        else:
            page = PAGE_TABLE
        self.pages.setCurrentIndex(page)
        self.filter_bar.setVisible(page != PAGE_FIRST_RUN)
        if page == PAGE_EMPTY:
            self.empty_label.setText(self._empty_text())
            self.empty_reset.setVisible(self.quick.active and not self.eligibility_pending())
        self._update_status()

    def _empty_text(self) -> str:
        scope = self.sidebar.current_scope
        if self.quick.eligible and self.eligibility_pending():
            return self.tr("Checking which references count toward the grant…")
        if self.quick.active:
            return self.tr("No references match the search and filters.")
        if scope.kind == "trash":
            return self.tr("The trash is empty.")
        if scope.kind == "collection":
            return self.tr("This collection is empty. Drag references from the table onto it "
                           "in the sidebar.")
        if scope.kind == "tag":
            return self.tr("No references have this tag.")
        if scope.kind == "team":
            return self.tr("No team publications yet. Select the team's own works and choose "
                           "“Mark as team publication”.")
        return self.tr("Nothing here yet.")

    def _update_status(self) -> None:
        rows = self.model.rowCount()
        selected = len(self.table.selectionModel().selectedRows()) if rows else 0
        if selected > 1:
            text = self.tr("{selected} of {count} selected").format(
                selected=_number(selected), count=_number(rows))
        else:
            text = self.tr("{count} references").format(count=_number(rows))
        self.count_label.setText(text)

    def _load_facets(self) -> None:
        try:
            with self.library.read() as s:
                self._facets = repo.facets(s, deleted=self.sidebar.current_scope == TRASH)
        except (SQLAlchemyError, SiltemeError) as exc:
            self._model_failed(exc, "")
            return
        self.filter_bar.set_facets(self._facets)

    # ================================================================== selection and details
    def _selection_changed(self, ids: list[int]) -> None:
        editing = self.detail_area.editing_id()
        if (self.detail_area.is_dirty() and not self._reselecting and ids != [editing]
                and editing is not None):
            # Unsaved changes in the docked editor: ask before showing another reference.
            self._pending_ids = list(ids)
            self._ask_unsaved()
            self._update_actions()
            return
        self._show_selection(ids)

    def _show_selection(self, ids: list[int]) -> None:
        badge = self.model.badge(ids[0]) if len(ids) == 1 else None
        self.detail_area.show_ids(ids, badge)
        self._update_actions()
        self._update_status()

    def _ask_unsaved(self, then: Callable[[], None] | None = None) -> QMessageBox:
        """Save, discard or keep editing (a non-blocking question); `then` runs after Save or
        Discard (default: show the selection the user moved to)."""
        box = self._unsaved_box
        if box is None:
            editor = self.detail_area.editor
            title = editor.texts().get("title", "") if editor is not None else ""
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("Save the changes to “{title}”?").format(
                                  title=" ".join(title.split())[:80] or "—"),
                              QMessageBox.StandardButton.Save
                              | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("unsavedChanges")
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda result: self._unsaved_answered(result, box))
            self._unsaved_box = box
            box.open()
        box.setProperty("then", then)
        return box

    def _unsaved_answered(self, result: int, box: QMessageBox) -> None:
        self._unsaved_box = None
        then = box.property("then")
        pending, self._pending_ids = self._pending_ids, None
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else \
            QMessageBox.StandardButton.Cancel
        if button == QMessageBox.StandardButton.Save:
            if not self.detail_area.save():
                self._reselect_edited()  # a field needs correcting: the form says which
                return
        elif button == QMessageBox.StandardButton.Discard:
            self.detail_area.discard()
        else:
            self._reselect_edited()
            return
        if callable(then):
            then()
        elif pending is not None:
            self._show_selection(self.selected_ids())

    def _reselect_edited(self) -> None:
        editing = self.detail_area.editing_id()
        if editing is None:
            return
        self._reselecting = True
        try:
            self.table.select_ids([editing], editing)
        finally:
            self._reselecting = False

    def _widen_for_editor(self) -> None:
        """The Edit tab came to the front: the pane takes the room its form needs from the
        table first, then from the sidebar (the user can drag the handles back)."""
        side, center, pane = self.splitter.sizes()
        if not 0 < pane < EDITOR_WIDTH:
            return
        need = EDITOR_WIDTH - pane
        from_center = min(need, max(0, center - max(self.views.minimumSizeHint().width(), 360)))
        from_side = min(need - from_center, max(0, side - 150))
        self.splitter.setSizes([side - from_side, center - from_center,
                                pane + from_center + from_side])

    def _show_details(self, visible: bool) -> None:
        self.detail_area.setVisible(visible)

    # ================================================================== undo
    def _command_done(self, change: LibraryChange) -> None:
        """A command of the undo stack ran (done, undone or redone): the docked editor follows,
        then every view reloads what it shows."""
        self.detail_area.on_library_changed(change)
        self._command_running = True
        try:
            self.notify(Changes.of(change.ids, trash=change.kind in (TRASHED, RESTORED, ADDED)))
        finally:
            self._command_running = False

    def _command_failed(self, exc: BaseException) -> None:
        """An undo or redo that could not be done (the reference was deleted for good meanwhile,
        the library is locked): said, and the stack forgets that step."""
        if isinstance(exc, SiltemeError | SQLAlchemyError):
            self.statusBar().showMessage(self.tr("Could not undo or redo: {reason}").format(
                reason=exc), 10_000)
            if isinstance(exc, SiltemeError):
                show_error(self, exc)
        else:
            self.report_failure(exc, "")

    def run_command(self, command: LibraryCommand, *, label: str) -> TaskHandle | None:
        """Carry out an undoable command in the background (thousands of references move to
        the trash at once), then put it on the undo stack."""
        if self._refuse_read_only():
            return None
        stack = self.undo_stack
        return self.run_task(lambda ctx: command.apply(), label=label,
                             on_success=lambda change: push_applied(stack, command, change))

    def _update_undo_actions(self) -> None:
        a, stack = self.commands, self.undo_stack
        if not (isValid(stack) and isValid(a.undo)):
            return  # the stack clears itself (and says so) while the window is destroyed
        writable = not self.library.read_only
        a.undo.setEnabled(writable and stack.canUndo())
        a.redo.setEnabled(writable and stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        a.undo.setText(self.tr("&Undo {action}").format(action=undo) if undo
                       else self.tr("&Undo"))
        a.redo.setText(self.tr("&Redo {action}").format(action=redo) if redo
                       else self.tr("&Redo"))

    def _badges_arrived(self, *args: object) -> None:
        if len(self.detail.ref_ids) == 1:
            self.detail.set_badge(self.model.badge(self.detail.ref_ids[0]))

    def _edit_current(self) -> None:
        ref_id = self.table.current_id()
        if ref_id is not None and self._showing_references():
            self.open_editor(ref_id)

    def _find(self) -> None:
        """Ctrl+F: the search field of what the central area shows."""
        if self.journals_view is not None and self.views.currentWidget() is self.journals_view:
            self.journals_view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.journals_view.search.selectAll()
        else:
            self.filter_bar.focus_search()

    def _showing_references(self) -> bool:
        return self.views.showing() == "references"

    # ================================================================== views
    def _show_view(self, view: str) -> None:
        """Show the references, the journals or the grant progress in the central area."""
        self.views.show_view(view)
        self._update_actions()

    @property
    def journals_view(self) -> JournalsView | None:
        return self.views.journals_view

    @property
    def grant_view(self) -> GrantProgressView | None:
        return self.views.grant_view

    def show_reference(self, ref_id: int) -> None:
        """Bring a reference into view: the table (its listing widened to the library or the
        trash if it is not shown), selected, the window raised."""
        if self.sidebar.current_view != "references":
            self.sidebar.select_view("references")
        if ref_id not in self.model.rows_of([ref_id]):
            try:
                with self.library.read() as s:
                    deleted = repo.is_deleted(s, ref_id)
            except (SiltemeError, SQLAlchemyError):
                return
            self.filter_bar.reset()
            self.sidebar.select_scope(TRASH if deleted else LIBRARY)
            self._update_listing(force=True)
        self.table.select_ids([ref_id], ref_id)
        bring_to_front(self)

    def show_references(self, ids: list[int]) -> None:
        """Select these references (an import's, say) in the library's listing."""
        if not ids:
            return
        if self.sidebar.current_view != "references":
            self.sidebar.select_view("references")
        if any(i not in self.model.rows_of(ids) for i in ids[:50]):
            self.filter_bar.reset()
            self.sidebar.select_scope(LIBRARY)
            self._update_listing(force=True)
        self.table.select_ids(ids, ids[0])
        self.table.setFocus()

    # ================================================================== attachments
    def open_attachment(self, attachment_id: int) -> bool:
        """Open an attached file in the system's viewer; a file that is gone is said so."""
        return self.attachments.open(attachment_id)

    def choose_attachment(self) -> None:
        self.attachments.choose()

    def attach_files(self, ref_id: int, paths: list[Path]) -> TaskHandle | None:
        return self.attachments.attach(ref_id, paths)

    def _files_dropped(self, paths: list[Path], ref_id: int | None) -> None:
        """Files dropped on the table: PDFs dropped on a row are attached to that reference;
        anything else is imported."""
        pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]
        if ref_id is not None and pdfs and self.sidebar.current_scope != TRASH \
                and not self.library.read_only:
            self.attach_files(ref_id, pdfs)
            paths = [p for p in paths if p not in pdfs]
        if paths:
            self.open_import(paths)

    def _update_actions(self) -> None:
        a = self.commands
        table = self._showing_references()
        ids = self.selected_ids() if table else []
        in_trash = self.sidebar.current_scope == TRASH
        writable = not self.library.read_only
        has = bool(ids)
        one = len(ids) == 1
        a.trash.setEnabled(writable and has and not in_trash)
        a.restore.setEnabled(writable and has and in_trash)
        a.empty_trash.setEnabled(writable and (self.sidebar.count_of(TRASH) or 0) > 0)
        for name in ("add_tag", "team_add", "team_remove"):
            a[name].setEnabled(writable and has and not in_trash)
        a.new_collection.setEnabled(writable)
        a.select_all.setEnabled(table)
        a.attach_file.setEnabled(writable and one and not in_trash)
        a.edit_in_window.setEnabled(one)
        a.import_metrics.setEnabled(writable)
        for name in self.HOOKS.values():
            needs_selection = name in ("edit_reference", "copy_citation", "find_doi",
                                       "crossref_refresh")
            writes = name in ("add_doi", "new_reference", "import_file", "find_doi",
                              "crossref_refresh", "duplicates")
            enabled = (has or not needs_selection) and (writable or not writes)
            if name in ("find_doi", "crossref_refresh"):
                enabled = enabled and one and not in_trash
            a[name].setEnabled(enabled)
        self._update_undo_actions()

    # ================================================================== changes
    def refresh(self) -> None:
        """Re-read everything: shows what another window or program changed."""
        self.notify(Changes.all())

    def _on_library_changed(self, changes: Changes) -> None:
        if changes.badges:
            self.model.invalidate_badges()
            self._eligible.clear()
        if changes.sidebar:
            self.sidebar.reload()  # a vanished collection or tag brings the library back
        if changes.listing or changes.badges:
            self._update_listing(force=True)
        if changes.touches(self.detail.ref_ids[0] if len(self.detail.ref_ids) == 1 else None):
            self.detail.refresh()
        editing = self.detail_area.editing_id()
        if not self._command_running and editing is not None and (
                changes.everything or editing in changes.references):
            # Written outside the undo stack (a Crossref refresh, a DOI attached): an unchanged
            # form shows it; unsaved edits are kept and applied to the record as it is now.
            self.detail_area.on_library_changed(LibraryChange(EDITED, (editing,)))
        self._load_facets()
        self._update_pages()
        self._update_actions()
        self._update_other_views(changes)

    def _update_other_views(self, changes: Changes) -> None:
        if self.builder is not None and (changes.references or changes.everything):
            self.builder.invalidate(None if changes.everything else changes.references)
        if self.builder is not None and (changes.collections or changes.everything):
            self.builder.reload_collections()
        self.views.on_library_changed(changes)

    # ================================================================== writes
    def delete_selected(self) -> None:
        """Delete: the selected references go to the trash (in the sidebar: the collection)."""
        if self.sidebar.hasFocus() and self.sidebar.current_scope.kind == "collection":
            self.delete_collection(self.sidebar.current_scope)
            return
        if not self._showing_references():
            return
        ids = self.selected_ids()
        if not ids or self.sidebar.current_scope == TRASH:
            return
        self.move_to_trash(ids)

    def move_to_trash(self, ids: list[int]) -> TaskHandle | None:
        """To the trash, undoable (Ctrl+Z brings them back)."""
        return self.run_command(MoveToTrash(self.library, ids, notify=self._command_done,
                                            on_error=self._command_failed),
                                label=self.tr("Moving to the trash"))

    def restore_selected(self) -> TaskHandle | None:
        ids = self.selected_ids()
        if not ids or not self._showing_references():
            return None
        return self.run_command(RestoreFromTrash(self.library, ids, notify=self._command_done,
                                                 on_error=self._command_failed),
                                label=self.tr("Restoring"))

    def empty_trash(self) -> None:
        n = self.sidebar.count_of(TRASH) or 0
        if n == 0:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty trash"),
                          self.tr("Delete {n} references in the trash for good? A backup of "
                                  "the library is made first.").format(n=_number(n)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmEmptyTrash")
        delete = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is delete:
                library = self.library
                self.run_task(lambda ctx: library.empty_trash(),
                              label=self.tr("Emptying the trash"),
                              on_success=lambda _: self.notify(Changes(trash=True,
                                                                       everything=True)))

        box.finished.connect(lambda _: answered())
        box.open()

    def file_references(self, scope: Scope, ids: list[int]) -> None:
        """References dropped on a sidebar entry: into a collection, a tag, the team's
        publications or the trash."""
        if scope.kind == "collection" and scope.id is not None:
            cid = scope.id
            self.write(lambda s: collections.add_references(s, cid, ids),
                       Changes.of(ids, collections=True), label=self.tr("Adding to collection"))
        elif scope.kind == "tag":
            name = scope.name
            self.write(lambda s: tags.tag(s, ids, name), Changes.of(ids, tags=True),
                       label=self.tr("Tagging"))
        elif scope.kind == "team":
            self.set_team(ids, True)
        elif scope.kind == "trash":
            self.move_to_trash(ids)

    def set_team(self, ids: list[int], member: bool) -> None:
        if not ids:
            return
        from db import journals as journals_repo

        if member:
            fn: Callable[[Session], Any] = lambda s: journals_repo.add_team_publications(  # noqa: E731
                s, ids, TEAM_PROJECT)
        else:
            fn = lambda s: journals_repo.remove_team_publications(s, ids, TEAM_PROJECT)  # noqa: E731
        self.write(fn, Changes.of(ids, collections=True), label=self.tr("Team publications"))

    def ask_text(self, title: str, label: str, accepted: Callable[[str], object],
                 text: str = "") -> QInputDialog:
        """A one-line question, window-modal but not blocking; `accepted(text)` on OK with a
        non-empty answer."""
        dialog = QInputDialog(self)
        dialog.setObjectName("askText")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda value: value.strip() and accepted(value.strip()))
        dialog.open()
        return dialog

    def new_collection(self, parent: Scope | None) -> QInputDialog:
        parent_id = parent.id if parent is not None and parent.kind == "collection" else None
        title = self.tr("New sub-collection") if parent_id else self.tr("New collection")
        return self.ask_text(title, self.tr("Name:"), lambda name: self.write(
            lambda s: collections.create(s, name, parent_id), Changes(collections=True),
            label=title))

    def rename_collection(self, scope: Scope) -> QInputDialog | None:
        if scope.id is None:
            return None
        cid = scope.id
        return self.ask_text(self.tr("Rename collection"), self.tr("Name:"), lambda name: self.write(
            lambda s: collections.rename(s, cid, name), Changes(collections=True),
            label=self.tr("Rename collection")), text=scope.name)

    def delete_collection(self, scope: Scope) -> None:
        if scope.id is None:
            return
        cid = scope.id
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete collection"),
                          self.tr("Delete the collection “{name}” and its sub-collections? The "
                                  "references stay in the library.").format(name=scope.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmDeleteCollection")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.write(lambda s: collections.remove(s, cid), Changes(collections=True),
                           label=self.tr("Delete collection"))

        box.finished.connect(answered)
        box.open()

    def remove_from_collection(self, ids: list[int]) -> None:
        scope = self.sidebar.current_scope
        if scope.kind == "collection" and scope.id is not None and ids:
            cid = scope.id
            self.write(lambda s: collections.remove_references(s, cid, ids),
                       Changes.of(ids, collections=True),
                       label=self.tr("Removing from collection"))

    def add_tag(self) -> QInputDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        return self.ask_text(self.tr("Add tag"), self.tr("Tag:"), lambda name: self.write(
            lambda s: tags.tag(s, ids, name), Changes.of(ids, tags=True),
            label=self.tr("Tagging")))

    def backup_now(self) -> None:
        library = self.library
        self.run_task(lambda ctx: library.backup("manual"), label=self.tr("Backing up"),
                      on_success=lambda path: self.statusBar().showMessage(
                          self.tr("Backup written: {path}").format(path=path), 8000))

    def check_library(self) -> None:
        library = self.library

        def done(problems: list[str]) -> None:
            if problems:
                text = self.tr("The library file has problems:") + "\n" + "\n".join(problems[:20])
                icon = QMessageBox.Icon.Warning
            else:
                text = self.tr("The library file is sound.")
                icon = QMessageBox.Icon.Information
            box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.run_task(lambda ctx: library.verify(), label=self.tr("Checking the library"),
                      on_success=done)

    def _daily_backup(self) -> None:
        library = self.library
        if library.read_only or not self.isVisible():
            return  # (a window closed before the backup was due: its library may be closed)
        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, DamagedLibraryError):
                self.offer_recovery(exc)
            else:
                self.statusBar().showMessage(
                    self.tr("The daily backup failed: {reason}").format(reason=exc), 8000)

        self.run_task(lambda ctx: library.backup_if_due(), label=self.tr("Daily backup"),
                      on_failure=failed)

    def offer_recovery(self, error: DamagedLibraryError) -> None:
        """The library turned out damaged after it was opened (the daily backup's check found
        it): as on opening, nothing half-broken stays open. The recovery dialog offers the
        latest good backup or another library; giving up closes the window."""
        from gui.recovery_dialog import RecoveryDialog

        self.tasks.cancel_all()
        self.tasks.wait(5000)
        dialog = RecoveryDialog(error, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_path is not None \
                and self.open_library_file(dialog.chosen_path):
            return
        self.close()

    # ================================================================== context menus
    def _table_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        a = self.commands
        menu = QMenu(self)
        menu.setObjectName("tableMenu")
        in_trash = self.sidebar.current_scope == TRASH
        if in_trash:
            menu.addAction(a.restore)
            menu.addAction(a.empty_trash)
        else:
            for name in ("edit_reference", "edit_in_window", "copy_citation", "bibliography",
                         "attach_file", "export"):
                menu.addAction(a[name])
            menu.addSeparator()
            collections_menu = menu.addMenu(self.tr("Add to collection"))
            collections_menu.setEnabled(not self.library.read_only)
            self._fill_collections_menu(collections_menu, ids)
            scope = self.sidebar.current_scope
            if scope.kind == "collection":
                remove = menu.addAction(self.tr("Remove from “{name}”").format(name=scope.name))
                remove.setEnabled(not self.library.read_only)
                remove.triggered.connect(lambda: self.remove_from_collection(ids))
            menu.addAction(a.add_tag)
            menu.addAction(a.team_remove if scope.kind == "team" else a.team_add)
            menu.addSeparator()
            menu.addAction(a.find_doi)
            menu.addAction(a.crossref_refresh)
            menu.addSeparator()
            menu.addAction(a.trash)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    def _fill_collections_menu(self, menu: QMenu, ids: list[int]) -> None:
        try:
            with self.library.read() as s:
                everything = collections.all_collections(s)
        except (SQLAlchemyError, SiltemeError):
            everything = []
        for depth, c in in_tree_order(everything):
            action = menu.addAction(INDENT * depth + c.name)
            action.triggered.connect(
                lambda _=False, cid=c.id, name=c.name: self.file_references(
                    Scope("collection", cid, name), ids))
        if everything:
            menu.addSeparator()
        menu.addAction(self.commands.new_collection)

    def _sidebar_menu(self, scope: Scope, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("sidebarMenu")
        writable = not self.library.read_only
        if scope.kind == "collection":
            sub = menu.addAction(self.tr("New sub-collection…"))
            sub.triggered.connect(lambda: self.new_collection(scope))
            rename = menu.addAction(self.tr("Rename…"))
            rename.triggered.connect(lambda: self.rename_collection(scope))
            delete = menu.addAction(self.tr("Delete collection…"))
            delete.triggered.connect(lambda: self.delete_collection(scope))
            for action in (sub, rename, delete):
                action.setEnabled(writable)
        elif scope.kind == "trash":
            menu.addAction(self.commands.empty_trash)
        elif scope.kind in ("collections", "library"):
            menu.addAction(self.commands.new_collection)
        else:
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    # ================================================================== library and settings
    def set_library(self, library: Library) -> None:
        """Show another library (the old one is closed once its tasks are done)."""
        old = self.library
        self.crossref.stop()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.model.wait_for_badges(5000)
        self.library = library
        self._eligible.clear()
        self.undo_stack.clear()  # its commands belong to the other library
        self.crossref.set_library(library)
        self._close_library_windows()
        self.sidebar.set_library(library)
        self.detail_area.set_library(library)
        self.model.set_library(library)
        self.settings = self.settings.with_changes(db_path=library.path)
        self._apply_library_state()
        self._update_listing()
        self._load_facets()
        self._update_actions()
        if old is not library:
            old.close()
        QTimer.singleShot(PENDING_START_MS, self, self.crossref.start_monitor)

    def _close_library_windows(self) -> None:
        """The builder and the journal views show the library that is closing: they go (and
        are made again for the new one when asked)."""
        for window in (self.builder, self.duplicates):
            if window is not None:
                window.close()
                window.deleteLater()
        self.builder = self.duplicates = None
        self.views.set_library(self.library)
        if self.sidebar.current_view != "references":
            self.sidebar.select_view("references")

    def open_library_file(self, path: Path) -> bool:
        from gui.app import open_library

        library = open_library(path, self)
        if library is None:
            return False
        self.set_library(library)
        self.preferences.save(self.settings)
        self.notify(Changes.all())
        return True

    def choose_library(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a library"),
                                              str(self.library.path.parent), LIBRARY_FILTER)
        if name:
            self.open_library_file(Path(name))

    def create_library(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Create a library"),
                                              str(self.library.path.parent), LIBRARY_FILTER)
        if name:
            path = Path(name)
            self.open_library_file(path if path.suffix else path.with_suffix(".sqlite"))

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings.with_changes(db_path=self.library.path),
                                self.preferences.csl_files, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings(),
                                                            dialog.csl_files))
        dialog.open()
        return dialog

    def apply_settings(self, new: Settings, csl_files: list[str] | None = None) -> None:
        old = self.settings
        if csl_files is not None:
            self.preferences.csl_files = csl_files
        self.settings = new
        if i18n.normalise(new.ui_language) != i18n.current_language():
            self.set_language(new.ui_language)
        if new.db_path and Path(new.db_path) != self.library.path:
            if not self.open_library_file(Path(new.db_path)):
                self.settings = new.with_changes(db_path=old.db_path or self.library.path)
        self.preferences.save(self.settings)
        self.settings_changed.emit(self.settings)

    def _settings_applied(self, settings: Settings) -> None:
        """The settings dialog was accepted: the Crossref e-mail reaches the next request, the
        default style the builder."""
        self.crossref.set_settings(settings)
        self._builder_style(settings.default_style)

    def set_language(self, language: str) -> None:
        """Switch the interface language now; every widget retranslates itself."""
        code = i18n.set_language(language)
        self.settings = self.settings.with_changes(ui_language=code)
        self.preferences.save(self.settings)
        self._check_language_action()

    def _check_language_action(self) -> None:
        action = self.commands.language_actions.get(i18n.current_language())
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Silteme"),
                          self.tr("<h3>Silteme {version}</h3><p>A bibliography and citation "
                                  "manager for sources in Russian, Kazakh and English: GOST and "
                                  "APA lists, Crossref, journal eligibility.</p><p>Library: "
                                  "{path}</p>").format(version=VERSION, path=self.library.path),
                          QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _apply_library_state(self) -> None:
        read_only = self.library.read_only
        self.banner.setVisible(read_only)
        self._retranslate_banner()
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        read_only = self.tr("read-only")
        suffix = f" [{read_only}]" if self.library.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {self.library.path.name}{suffix}")

    def _retranslate_banner(self) -> None:
        self.banner.setText(self.tr(
            "This library is open read-only ({path}): you can read, search and copy, but "
            "nothing can be changed. Copy the file somewhere writable to edit it.").format(
                path=self.library.path))

    def _model_failed(self, exc: BaseException, tb: str = "") -> None:
        if isinstance(exc, SiltemeError):
            self.statusBar().showMessage(str(exc), 8000)
            show_error(self, exc)
        elif isinstance(exc, SQLAlchemyError):
            self.statusBar().showMessage(self.tr("The library cannot be read: {reason}").format(
                reason=getattr(exc, "orig", exc)), 8000)
        else:
            self.report_failure(exc, tb)

    # ================================================================== layout
    def restore_layout(self) -> None:
        p = self.preferences
        geometry = p.layout("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        state = p.layout("state")
        if state is not None:
            self.restoreState(state)
        # The splitter is sized in the first showEvent, once the window has its real width.
        self._splitter_state = p.layout("splitter")
        header = p.layout("table_header")
        if header is not None:
            self.table.restore_state(header)
        for name in ("show_sidebar", "show_details"):
            visible = p.value(f"layout/{name}", True)
            self.commands[name].setChecked(visible not in (False, "false", 0, "0"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        state, self._splitter_state = self._splitter_state, None
        if state is not None and self.splitter.restoreState(state):
            return
        if not self._splitter_sized:
            side, detail = 240, 310
            self.splitter.setSizes([side, max(300, self.splitter.width() - side - detail),
                                    detail])
        self._splitter_sized = True

    def save_layout(self) -> None:
        p = self.preferences
        p.set_layout("geometry", self.saveGeometry())
        p.set_layout("state", self.saveState())
        p.set_layout("splitter", self.splitter.saveState())
        p.set_layout("table_header", self.table.save_state())
        for name in ("show_sidebar", "show_details"):
            p.set_value(f"layout/{name}", self.commands[name].isChecked())
        p.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.detail_area.is_dirty():
            event.ignore()  # asked first; Save or Discard close the window again
            self._ask_unsaved(then=self.close)
            return
        self.save_layout()
        # Stop in this order: no new pending check, every task cancelled and finished, then the
        # HTTP sessions closed; the library itself is closed by whoever opened it.
        self.crossref.stop()
        for window in (self.builder, self.duplicates):
            if window is not None:
                window.close()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.model.wait_for_badges(3000)
        self.crossref.close_clients()
        super().closeEvent(event)

    # ================================================================== dropping files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    # ================================================================== language
    def retranslate(self) -> None:
        self.commands.retranslate()
        self._update_undo_actions()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.empty_reset.setText(self.tr("Reset search and filters"))
        self._retranslate_banner()
        self._update_title()
        self._check_language_action()
        if self.pages.currentIndex() == PAGE_EMPTY:
            self.empty_label.setText(self._empty_text())
        self._update_status()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _number(n: int) -> str:
    """A count with thin spaces between thousands (as Russian and Kazakh write them)."""
    return f"{n:,}".replace(",", "\u202f")

