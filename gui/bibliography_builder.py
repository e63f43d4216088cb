"""The bibliography builder: choose references (selection, collection, drag), a style with its
settings and order, see the formatted list live, copy it as rich or plain text, export it, and
copy in-text or footnote citations.

The main window opens it with the selected ids and connects two signals:

    builder = BibliographyBuilder(library, table.selected_ids(), runner=self.runner,
                                  settings=QSettings())
    builder.open_reference.connect(self.show_reference)     # double-click on an entry
    builder.exported.connect(lambda path: self.statusBar().showMessage(path))
    self.library_changed.connect(builder.invalidate)        # edits reach the preview
    builder.show()

References arrive by drag and drop as `application/x-silteme-reference-ids` (gui/reference_mime.py:
a JSON array of library ids); `add_references(ids)` does the same from code.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model import Reference
from core.styles.base import get_style
from core.translit import SCHEMES
from db.library import Library
from gui.bibliography_render import (
    ListRequest,
    RenderedList,
    format_list,
    list_clipboard,
    preview_chunks,
)
from gui.chosen_references import ID_ROLE, ChosenList
from gui.citation_panel import CitationPanel
from gui.collection_tree import add_collection_items
from gui.style_settings import StyleSettingsForm, settings_table, style_defaults
from gui.tasks import TaskContext, TaskHandle, TaskRunner

BUILTIN_STYLES: tuple[str, ...] = ("gost-r-7.0.100", "gost-7.1", "apa")
ADD_CSL = "__add_csl__"
SORTS: tuple[str, ...] = ("style", "none", "author", "title", "year", "year-desc")
EXPORT_SUFFIXES: tuple[str, ...] = (".docx", ".rtf", ".html", ".txt")
RENDER_DELAY_MS = 150  # debounce: a burst of clicks or typing formats the list once
# The preview shows this many entries: Qt lays a shown document out on the window's thread, and
# 5,000 paragraphs take it over 100 ms; copy and export always take the whole list.
PREVIEW_LIMIT = 1000
_KEY = "bibliography_builder/"


def reference_label(ref: Reference) -> str:
    """One line for the list: `Authors (year). Title`, or `Title (year)` for a law; a court
    decision, which has no title, by its form and court."""
    from db.references import authors_display

    authors = authors_display(ref.creators)
    year = str(ref.year) if ref.year else ""
    title = (ref.title or " ".join(x for x in (ref.genre, ref.authority) if x)
             or ref.container_title or "")
    if authors:
        return f"{authors} ({year}). {title}" if year else f"{authors}. {title}"
    return f"{title} ({year})" if year else title


class BibliographyBuilder(QWidget):
    """A window of its own (not modal). `library` is read in short sessions off the GUI thread;
    `ids` are the references to start with (the main table's selection); `runner` is the
    application's TaskRunner (one is made when none is given); `settings` where added CSL styles
    and the last choices are remembered (QSettings() by default)."""

    open_reference = Signal(int)     # the user double-clicked an entry: show that reference
    exported = Signal(str)           # a file was written (its path)
    preview_updated = Signal()       # the preview shows the current list
    references_changed = Signal(list)  # the ids in the list, in order

    def __init__(self, library: Library, ids: Iterable[int] = (), *,
                 runner: TaskRunner | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("bibliography_builder")
        self.setWindowTitle(self.tr("Bibliography builder"))
        self.library = library
        self.runner = runner if runner is not None else TaskRunner(self)
        self._own_runner = runner is None
        self.settings = settings if settings is not None else QSettings()
        self._refs: dict[int, Reference] = {}
        self._loads: list[TaskHandle] = []
        self._render_handle: TaskHandle | None = None
        self._export_handle: TaskHandle | None = None
        self._generation = 0
        self._rendered: RenderedList | None = None
        self._after_render: list[Callable[[], None]] = []
        self._style_key = BUILTIN_STYLES[0]
        self._overrides: dict[str, dict[str, Any]] = self._read_json("overrides", {})
        self._numbered: dict[str, bool] = self._read_json("numbered", {})
        self._restoring = True
        self._sized = False

        self._build_ui()
        self._load_collections()
        self._fill_styles()
        self._restore()
        self._restoring = False
        self._style_changed()
        ids = [int(i) for i in ids]
        if ids:
            self.add_references(ids)
        else:
            self._update_count()
            self.schedule_render()

    # ================================================================== UI
    def _build_ui(self) -> None:
        left = self._build_references_pane()
        centre = self._build_preview_pane()
        right = self._build_style_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        for w in (left, centre, right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # A fixed minimum instead of one that follows the contents: the window's size limits do
        # not change while messages and progress come and go.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(960, 600)
        self.resize(1280, 780)
        self.splitter.setSizes([330, 590, 360])
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._start_render)
        self._connect()

    def _build_references_pane(self) -> QWidget:
        """Left: the collection chooser, the chosen list with its buttons, the citation panel."""
        self.collection = QComboBox(self)
        self.collection.setObjectName("collection")
        self.collection.setMinimumContentsLength(14)
        self.collection.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subcollections = QCheckBox(self.tr("with sub-collections"), self)
        self.subcollections.setObjectName("with_subcollections")
        self.subcollections.setChecked(True)
        self.add_collection_button = QPushButton(self.tr("Add"), self)
        self.add_collection_button.setObjectName("add_collection")
        self.add_collection_button.setToolTip(self.tr("Add the references of this collection "
                                                      "to the list"))

        self.list = ChosenList(self)
        self.list.placeholder = self.tr("Drag references here from the library, or add a "
                                        "collection above.")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.up_button = QToolButton(self)
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setObjectName("move_up")
        self.down_button = QToolButton(self)
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setObjectName("move_down")
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setObjectName("clear")

        refs_box = QGroupBox(self.tr("References"), self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Collection"), self))
        row.addWidget(self.collection, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.subcollections, 1)
        row2.addWidget(self.add_collection_button)
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        box = QVBoxLayout(refs_box)
        box.addLayout(row)
        box.addLayout(row2)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)

        self.citations = CitationPanel(self.runner, self)
        self.citations.setObjectName("citation_panel")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(refs_box, 1)
        left_layout.addWidget(self.citations)
        return left

    def _build_preview_pane(self) -> QWidget:
        """Centre: the preview, the copy and export buttons, progress and messages."""
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("preview")
        self.preview.setOpenExternalLinks(True)
        self.preview.document().setDocumentMargin(16)
        self.preview_state = QLabel(self)
        self.preview_state.setObjectName("preview_state")
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copy")
        self.copy_button.setToolTip(self.tr("Copy the list as formatted text for Word or "
                                            "LibreOffice (Ctrl+Shift+C)"))
        self.copy_text_button = QPushButton(self.tr("Copy as plain text"), self)
        self.copy_text_button.setObjectName("copy_text")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Save as DOCX, RTF, HTML or plain text (Ctrl+E)"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(160)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.hide()

        centre = QWidget(self)
        c = QVBoxLayout(centre)
        c.setContentsMargins(0, 0, 0, 0)
        c.addWidget(self.preview_state)
        c.addWidget(self.preview, 1)
        out = QHBoxLayout()
        out.addWidget(self.copy_button)
        out.addWidget(self.copy_text_button)
        out.addWidget(self.export_button)
        out.addStretch(1)
        out.addWidget(self.progress_label)
        out.addWidget(self.progress)
        out.addWidget(self.cancel_button)
        c.addLayout(out)
        c.addWidget(self.status)
        return centre

    def _build_style_pane(self) -> QWidget:
        """Right: style, order, numbering, heading, the style's settings, transliteration."""
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("style")
        self.style_combo.setMinimumContentsLength(12)
        self.style_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.remove_style_button = QToolButton(self)
        self.remove_style_button.setText(self.tr("Forget"))
        self.remove_style_button.setObjectName("forget_style")
        self.remove_style_button.setToolTip(self.tr("Remove this CSL style from the list (the "
                                                    "file stays where it is)"))
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sort")
        self.sort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort_combo.setMinimumContentsLength(12)
        for text, key in (
            (self.tr("As the style sorts"), "style"),
            (self.tr("In the order of the list (as chosen or cited)"), "none"),
            (self.tr("By author"), "author"),
            (self.tr("By title"), "title"),
            (self.tr("By year"), "year"),
            (self.tr("By year, newest first"), "year-desc"),
        ):
            self.sort_combo.addItem(text, key)
        self.sort_combo.setItemData(0, self.tr("GOST: Cyrillic before Latin, Kazakh alphabet "
                                               "order, legal acts by legal force; APA: by "
                                               "author"), Qt.ItemDataRole.ToolTipRole)
        self.numbered = QCheckBox(self.tr("Number the entries"), self)
        self.numbered.setObjectName("numbered")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("heading")
        self.title_edit.setPlaceholderText(self.tr("e.g. Список использованных источников"))
        self.settings_form = StyleSettingsForm(self)
        self.settings_form.setObjectName("style_settings")

        self.translit_box = QGroupBox(self.tr("References (transliterated)"), self)
        self.translit_box.setObjectName("translit")
        self.translit_box.setCheckable(True)
        self.translit_box.setChecked(False)
        self.translit_box.setToolTip(self.tr("The list in Latin script for Scopus-indexed "
                                             "journals: Cyrillic sources romanised, marked "
                                             "[in Russian] / [in Kazakh]. Journals usually want "
                                             "it in APA."))
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("translit_scheme")
        self.scheme_kk = QComboBox(self)
        self.scheme_kk.setObjectName("translit_scheme_kk")
        for combo in (self.scheme, self.scheme_kk):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.scheme_kk.addItem(self.tr("the same scheme"), None)
        names = self._scheme_names()
        for key in SCHEMES:
            self.scheme.addItem(names.get(key, key), key)
            self.scheme_kk.addItem(names.get(key, key), key)
        self.scheme_kk.setCurrentIndex(self.scheme_kk.findData("kazakh-latin-2021"))
        tform = QFormLayout(self.translit_box)
        tform.addRow(self.tr("Scheme"), self.scheme)
        tform.addRow(self.tr("Kazakh text"), self.scheme_kk)

        style_box = QGroupBox(self.tr("Style"), self)
        srow = QHBoxLayout()
        srow.addWidget(self.style_combo, 1)
        srow.addWidget(self.remove_style_button)
        sform = QFormLayout()
        sform.addRow(self.tr("Order"), self.sort_combo)
        sform.addRow(self.numbered)
        sform.addRow(self.tr("Heading"), self.title_edit)
        sbox = QVBoxLayout(style_box)
        sbox.addLayout(srow)
        sbox.addLayout(sform)
        settings_box = QGroupBox(self.tr("Style settings"), self)
        QVBoxLayout(settings_box).addWidget(self.settings_form)

        panel = QWidget(self)
        r = QVBoxLayout(panel)
        r.setContentsMargins(0, 0, 4, 0)
        r.addWidget(style_box)
        r.addWidget(settings_box)
        r.addWidget(self.translit_box)
        r.addStretch(1)
        # The whole column scrolls when a style has more settings than the window is high.
        right = QScrollArea(self)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setWidget(panel)
        return right

    def _connect(self) -> None:
        self.add_collection_button.clicked.connect(self.add_chosen_collection)
        self.list.ids_dropped.connect(self._dropped)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.doubleClicked.connect(
            lambda index: self.open_reference.emit(int(index.data(ID_ROLE))))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self.copy_button.clicked.connect(self.copy_list)
        self.copy_text_button.clicked.connect(self.copy_plain_text)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.style_combo.currentIndexChanged.connect(self._style_index_changed)
        self.remove_style_button.clicked.connect(self.forget_style)
        self.sort_combo.currentIndexChanged.connect(self._options_changed)
        self.numbered.toggled.connect(self._numbered_toggled)
        self.title_edit.textChanged.connect(self._options_changed)
        self.settings_form.changed.connect(self._settings_changed)
        self.translit_box.toggled.connect(self._options_changed)
        self.scheme.currentIndexChanged.connect(self._options_changed)
        self.scheme_kk.currentIndexChanged.connect(self._options_changed)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.remove_selected),):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.copy_list)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self.export)

    def _scheme_names(self) -> dict[str, str]:
        return {"bgn-pcgn": self.tr("BGN/PCGN"), "bsi": self.tr("BSI"),
                "gost-7.79-b": self.tr("GOST 7.79-2000, system B"),
                "lc": self.tr("Library of Congress (ALA-LC)"),
                "kazakh-latin-2021": self.tr("Kazakh Latin alphabet (2021)")}

    # ================================================================== persistence
    def _read_json(self, key: str, default: Any) -> Any:
        raw = self.settings.value(_KEY + key)
        if not isinstance(raw, str) or not raw:
            return default
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            return default
        return value if isinstance(value, type(default)) else default

    def _write_json(self, key: str, value: Any) -> None:
        self.settings.setValue(_KEY + key, json.dumps(value, ensure_ascii=False))

    def _save_choices(self) -> None:
        if self._restoring:
            return
        self.settings.setValue(_KEY + "style", self._style_key)
        self.settings.setValue(_KEY + "sort", self.sort_combo.currentData())
        self.settings.setValue(_KEY + "title", self.title_edit.text())
        self.settings.setValue(_KEY + "translit", "true" if self.translit_box.isChecked()
                               else "false")
        self.settings.setValue(_KEY + "translit_scheme", self.scheme.currentData())
        self.settings.setValue(_KEY + "translit_scheme_kk", self.scheme_kk.currentData() or "")
        self._write_json("overrides", self._overrides)
        self._write_json("numbered", self._numbered)

    def _restore(self) -> None:
        key = self.settings.value(_KEY + "style")
        if isinstance(key, str):
            index = self.style_combo.findData(key)
            if index >= 0:
                self.style_combo.setCurrentIndex(index)
                self._style_key = key
        sort = self.settings.value(_KEY + "sort")
        if isinstance(sort, str) and self.sort_combo.findData(sort) >= 0:
            self.sort_combo.setCurrentIndex(self.sort_combo.findData(sort))
        title = self.settings.value(_KEY + "title")
        if isinstance(title, str):
            self.title_edit.setText(title)
        self.translit_box.setChecked(self.settings.value(_KEY + "translit") == "true")
        for combo, name in ((self.scheme, "translit_scheme"),
                            (self.scheme_kk, "translit_scheme_kk")):
            value = self.settings.value(_KEY + name)
            if isinstance(value, str):
                index = combo.findData(value or None)
                if index >= 0:
                    combo.setCurrentIndex(index)
        geometry = self.settings.value(_KEY + "geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value(_KEY + "splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def csl_paths(self) -> list[str]:
        """The CSL style files the user added (remembered in the settings)."""
        paths = self._read_json("csl_styles", [])
        return [p for p in paths if isinstance(p, str)]

    # ================================================================== collections
    def _load_collections(self) -> None:
        """The collection tree as an indented drop-down list (parents before their children)."""
        from db import collections

        with self.library.read() as s:
            rows = collections.all_collections(s)
        self._collections = rows
        current = self.collection.currentData()
        self.collection.blockSignals(True)
        self.collection.clear()
        self.collection.addItem(self.tr("Choose a collection…"), None)
        add_collection_items(self.collection, rows)
        index = self.collection.findData(current)
        self.collection.setCurrentIndex(max(index, 0))
        self.collection.blockSignals(False)

    def reload_collections(self) -> None:
        """Re-read the collection tree (after the user created or renamed collections)."""
        self._load_collections()

    def _descendants(self, collection_id: int) -> list[int]:
        """The collection and every collection nested in it, at any depth."""
        out = [collection_id]
        changed = True
        while changed:
            changed = False
            for c in self._collections:
                if c.parent_id in out and c.id not in out:
                    out.append(c.id)
                    changed = True
        return out

    def add_chosen_collection(self) -> None:
        collection_id = self.collection.currentData()
        if collection_id is None:
            self._message(self.tr("Choose a collection first."))
            return
        ids = (self._descendants(int(collection_id)) if self.subcollections.isChecked()
               else [int(collection_id)])
        self._load(collections=ids, row=None)

    # ================================================================== the list
    def reference_ids(self) -> list[int]:
        return self.list.ids()

    def add_references(self, ids: Iterable[int], row: int | None = None) -> None:
        """Add references by library id at `row` (the end by default). Ids already in the list
        are left where they are; ids not in the library are reported."""
        self._load(ids=[int(i) for i in ids], row=row)

    def set_references(self, ids: Iterable[int]) -> None:
        self.clear()
        self.add_references(ids)

    def _load(self, *, ids: list[int] | None = None, collections: list[int] | None = None,
              row: int | None) -> None:
        """Read the records (and, for collections, their ids) off the GUI thread, then put them
        in the list."""
        known = set(self._refs)
        library = self.library

        def work(ctx: TaskContext) -> tuple[list[int], dict[int, Reference], dict[int, str]]:
            from db import references as repo

            with library.read() as s:
                wanted: list[int] = list(ids or [])
                for cid in collections or []:
                    ctx.check()
                    wanted.extend(repo.list_ids(s, collection_id=cid))
                ordered = list(dict.fromkeys(wanted))  # first occurrence of each id, in order
                missing = [i for i in ordered if i not in known]
                found: dict[int, Reference] = {}
                for start in range(0, len(missing), 500):
                    ctx.check()
                    chunk = missing[start:start + 500]
                    for ref in repo.get_many(s, chunk):
                        assert ref.id is not None
                        found[ref.id] = ref
                    ctx.progress(min(start + 500, len(missing)), len(missing))
            return ordered, found, {i: reference_label(ref) for i, ref in found.items()}

        handle = self.runner.run(work, label=self.tr("Loading references"),
                                 on_success=lambda result: self._loaded(handle, result, row),
                                 on_failure=lambda exc, _tb: self._load_failed(handle, exc))
        self._loads.append(handle)
        self._update_state()

    def _loaded(self, handle: TaskHandle,
                result: tuple[list[int], dict[int, Reference], dict[int, str]],
                row: int | None) -> None:
        if handle in self._loads:
            self._loads.remove(handle)
        ordered, found, labels = result
        self._refs.update(found)
        present = set(self.list.ids())
        new = [i for i in ordered if i in self._refs and i not in present]
        missing = [i for i in ordered if i not in self._refs]
        # Labels were made with the records; ones read earlier (removed, then added again) here.
        labels.update({i: reference_label(self._refs[i]) for i in new if i not in labels})
        self.list.insert_ids(new, row, labels)
        if missing:
            self._message(self.tr("Not in the library: {ids}")
                          .format(ids=", ".join(str(i) for i in missing[:20])), error=True)
        elif len(new) < len(ordered):
            self._message(self.tr("Already in the list: {count}")
                          .format(count=len(ordered) - len(new)))
        self._list_changed()

    def _load_failed(self, handle: TaskHandle, exc: BaseException) -> None:
        if handle in self._loads:
            self._loads.remove(handle)
        self._message(self.tr("Could not read the library: {error}").format(error=exc),
                      error=True)
        self._update_state()

    def _dropped(self, ids: list[int], row: int) -> None:
        present = set(self.list.ids())
        inside = [i for i in ids if i in present]
        outside = [i for i in ids if i not in present]
        if inside:
            row = self.list.move_ids(inside, row)
        if outside:
            self.add_references(outside, row)
        elif inside:
            self._list_changed()

    def move_selected(self, step: int) -> None:
        """Move the selected rows one place up (-1) or down (+1)."""
        rows = self.list.selected_rows()
        if not rows:
            return
        current = self.list.ids()
        ids = [current[r] for r in rows]
        if step < 0 and rows[0] == 0 or step > 0 and rows[-1] == len(current) - 1:
            return
        # the selected rows move as one block, before the row above it or after the one below
        target = rows[0] - 1 if step < 0 else rows[-1] + 2
        self.list.move_ids(ids, target)
        self._list_changed()

    def remove_selected(self) -> None:
        rows = self.list.selected_rows()
        if not rows:
            return
        self.list.remove_rows(rows)
        self._list_changed()

    def clear(self) -> None:
        self.list.clear()
        self._list_changed()

    def invalidate(self, ids: Iterable[int] | None = None) -> None:
        """The library changed: re-read these references (all of the list's when None) and
        format the list again; references moved to the trash or deleted leave the list. Connect
        the main window's `library_changed` here."""
        chosen = self.list.ids()
        wanted = set(chosen) if ids is None else set(ids) & set(chosen)
        stale = [i for i in chosen if i in wanted]
        if not stale:
            return
        library = self.library

        def work(ctx: TaskContext) -> tuple[dict[int, Reference], set[int], dict[int, str]]:
            from db import references as repo

            found: dict[int, Reference] = {}
            with library.read() as s:
                trashed = set(repo.list_ids(s, deleted=True)) & set(stale)
                for start in range(0, len(stale), 500):
                    ctx.check()
                    for ref in repo.get_many(s, stale[start:start + 500]):
                        assert ref.id is not None
                        found[ref.id] = ref
            return found, trashed, {i: reference_label(ref) for i, ref in found.items()}

        def done(handle: TaskHandle,
                 result: tuple[dict[int, Reference], set[int], dict[int, str]]) -> None:
            if handle in self._loads:
                self._loads.remove(handle)
            found, trashed, labels = result
            self._refs.update(found)
            ids = self.list.ids()
            gone = [r for r, ref_id in enumerate(ids)
                    if ref_id in trashed or (ref_id in wanted and ref_id not in found)]
            for r in gone:
                self._refs.pop(ids[r], None)
            self.list.remove_rows(gone)
            self.list.model_.set_labels(labels)
            self._list_changed()

        handle = self.runner.run(work, label=self.tr("Loading references"),
                                 on_success=lambda result: done(handle, result),
                                 on_failure=lambda exc, _tb: self._load_failed(handle, exc))
        self._loads.append(handle)
        self._update_state()

    def _list_changed(self) -> None:
        self._update_count()
        self.references_changed.emit(self.list.ids())
        self._selection_changed()
        self.schedule_render()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} in the list").format(count=self.list.count()))
        has = self.list.count() > 0
        for b in (self.copy_button, self.copy_text_button, self.export_button,
                  self.clear_button):
            b.setEnabled(has)
        self._selection_buttons()

    def _selection_buttons(self) -> None:
        selected = bool(self.list.selected_rows())
        for b in (self.up_button, self.down_button, self.remove_button):
            b.setEnabled(selected)

    def _chosen_refs(self) -> list[Reference]:
        return [self._refs[i] for i in self.list.ids() if i in self._refs]

    def _selection_changed(self) -> None:
        self._selection_buttons()
        cited = [self._refs[i] for i in self.list.selected_ids() if i in self._refs]
        numbers = self._rendered.numbers() if self._rendered is not None else {
            str(r.id): n for n, r in enumerate(self._chosen_refs(), start=1)}
        self.citations.set_sources(cited, self._chosen_refs(), numbers, self._style_key,
                                   self._settings_values())

    # ================================================================== style and options
    def _fill_styles(self) -> None:
        self.style_combo.blockSignals(True)
        self.style_combo.clear()
        titles = {"gost-r-7.0.100": self.tr("GOST R 7.0.100-2018"),
                  "gost-7.1": self.tr("GOST 7.1-2003"),
                  "apa": self.tr("APA 7th edition")}
        for key in BUILTIN_STYLES:
            self.style_combo.addItem(titles[key], key)
        for path in self.csl_paths():
            # The file name tells an added style from a built-in one of the same name.
            self.style_combo.addItem(f"{self._csl_title(path)} ({Path(path).name})", path)
            self.style_combo.setItemData(self.style_combo.count() - 1, path,
                                         Qt.ItemDataRole.ToolTipRole)
        self.style_combo.insertSeparator(self.style_combo.count())
        self.style_combo.addItem(self.tr("+ Add CSL style…"), ADD_CSL)
        index = self.style_combo.findData(self._style_key)
        self.style_combo.setCurrentIndex(max(index, 0))
        self._style_key = str(self.style_combo.currentData())
        self.style_combo.blockSignals(False)

    @staticmethod
    def _csl_title(path: str) -> str:
        """The style's title from its `<info><title>` (read without citeproc), else the file
        name."""
        import re

        try:
            head = Path(path).read_text(encoding="utf-8", errors="replace")[:20000]
        except OSError:
            return Path(path).stem
        m = re.search(r"<info>.*?<title>([^<]+)</title>", head, re.S)
        if not m:
            return Path(path).stem
        import html

        return html.unescape(m.group(1).strip())

    def style_key(self) -> str:
        """The chosen style: a built-in name or the path of a .csl file."""
        return self._style_key

    def set_style(self, key: str) -> None:
        index = self.style_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.style_combo.setCurrentIndex(index)

    def _style_index_changed(self, index: int) -> None:
        key = self.style_combo.itemData(index)
        if key == ADD_CSL:
            # Go back to the style in use while the file dialog is open; a chosen file becomes
            # the new style once it has been read.
            self.style_combo.blockSignals(True)
            self.style_combo.setCurrentIndex(max(self.style_combo.findData(self._style_key), 0))
            self.style_combo.blockSignals(False)
            QTimer.singleShot(0, self.add_csl_style)
            return
        if not isinstance(key, str):
            return
        self._style_key = key
        self._style_changed()

    def _is_csl(self, key: str | None = None) -> bool:
        return (key or self._style_key) not in BUILTIN_STYLES

    def _style_changed(self) -> None:
        key = self._style_key
        self.remove_style_button.setEnabled(self._is_csl())
        if self._is_csl():
            table: dict[str, Any] = {}
            defaults: dict[str, Any] = {}
            numbered_default = False
        else:
            style = get_style(key)
            table = settings_table(style)
            defaults = style_defaults(style)
            numbered_default = style.numbered
        self._defaults = defaults
        self.settings_form.show_settings(table, defaults, self._overrides.get(key, {}))
        self.numbered.blockSignals(True)
        self.numbered.setChecked(self._numbered.get(key, numbered_default))
        self.numbered.blockSignals(False)
        self._update_enabled()
        self._options_changed()

    def _numbered_toggled(self, on: bool) -> None:
        self._numbered[self._style_key] = on
        self._options_changed()

    def _settings_changed(self) -> None:
        self._overrides[self._style_key] = self.settings_form.overrides()
        self._update_enabled()
        self._options_changed()

    def _update_enabled(self) -> None:
        by_style = self.sort_combo.currentData() == "style"
        self.settings_form.set_key_enabled("sections", by_style)
        sections = self.settings_form.widget("sections")
        sectioned = bool(sections is not None and sections.isEnabled()
                         and isinstance(sections, QCheckBox) and sections.isChecked())
        self.settings_form.set_key_enabled("legal_within", sectioned)

    def _settings_values(self) -> dict[str, Any]:
        values = self.settings_form.values()
        if self.sort_combo.currentData() != "style":
            values.pop("sections", None)
            values.pop("legal_within", None)
        return values

    def _options_changed(self) -> None:
        if self._restoring:
            return
        self._update_enabled()
        self._save_choices()
        self.schedule_render()

    def request(self) -> ListRequest:
        """What the list is formatted with now."""
        title = self.title_edit.text().strip() or None
        translit = self.scheme.currentData() if self.translit_box.isChecked() else None
        return ListRequest(style=self._style_key, sort=str(self.sort_combo.currentData()),
                           numbered=self.numbered.isChecked(), settings=self._settings_values(),
                           translit=translit,
                           translit_kk=self.scheme_kk.currentData() if translit else None,
                           title=title)

    # ---- CSL styles
    def add_csl_style(self) -> None:
        """Ask for a .csl file, read it off the GUI thread, add it to the styles and remember it."""
        start = str(self.settings.value(_KEY + "csl_dir") or Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a CSL style"), start, self.tr("CSL styles (*.csl);;All files (*)"))
        if path:
            self.add_csl_path(path)

    def add_csl_path(self, path: str) -> None:
        path = str(Path(path).resolve())
        self.settings.setValue(_KEY + "csl_dir", str(Path(path).parent))

        def work(ctx: TaskContext) -> str:
            from core.styles.csl_style import CslStyle

            return CslStyle(Path(path)).title

        def done(_title: str) -> None:
            paths = [p for p in self.csl_paths() if p != path] + [path]
            self._write_json("csl_styles", paths)
            self._style_key = path
            self._fill_styles()
            self._style_changed()
            self._message(self.tr("Style added: {title}").format(title=self._csl_title(path)))

        def failed(exc: BaseException, _tb: str) -> None:
            self._message(self.tr("This file is not a usable CSL style: {error}")
                          .format(error=exc), error=True)

        self.runner.run(work, label=self.tr("Reading the CSL style"), on_success=done,
                        on_failure=failed)

    def forget_style(self) -> None:
        if not self._is_csl():
            return
        path = self._style_key
        self._write_json("csl_styles", [p for p in self.csl_paths() if p != path])
        self._style_key = BUILTIN_STYLES[0]
        self._fill_styles()
        self._style_changed()

    # ================================================================== rendering
    def schedule_render(self) -> None:
        """Format the list again after a short pause (a burst of changes formats it once)."""
        self._rendered = None
        self._render_timer.start()
        self._update_state()

    def is_current(self) -> bool:
        """The preview shows the list as it is now (nothing being loaded or formatted)."""
        busy = self._render_timer.isActive() or bool(self._loads) or (
            self._render_handle is not None and self._render_handle.running)
        return not busy and (self._rendered is not None or self.list.count() == 0)

    def rendered(self) -> RenderedList | None:
        return self._rendered

    def _start_render(self) -> None:
        if self._render_handle is not None and self._render_handle.running:
            self._render_handle.cancel()  # superseded: its result would be thrown away
        self._generation += 1
        generation = self._generation
        refs = self._chosen_refs()
        if not refs:
            self._rendered = None
            self._render_handle = None
            self._show_hint()
            return
        request = self.request()
        more = self.tr("{count} more entries are not shown here; Copy and Export include "
                       "them.").format(count=len(refs) - PREVIEW_LIMIT)
        font = QFont()
        font.setFamilies(["Times New Roman", "Liberation Serif", "DejaVu Serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(12)
        gui_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]

        def work(ctx: TaskContext) -> tuple[RenderedList, QTextDocument]:
            rendered = format_list(refs, request)
            ctx.check()
            chunks = preview_chunks(rendered, check=ctx.check, limit=PREVIEW_LIMIT, more=more)
            # The document is built here too: parsing thousands of paragraphs is the slow part
            # of showing them. Piece by piece, so the window's thread gets Python's lock in
            # between; the document is handed to the GUI thread before it is returned.
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(16)
            cursor = QTextCursor(doc)
            for n, chunk in enumerate(chunks):
                ctx.check()
                if n:
                    cursor.insertBlock()
                cursor.insertHtml(chunk)
            doc.moveToThread(gui_thread)
            return rendered, doc

        self._render_handle = self.runner.run(
            work, label=self.tr("Formatting the bibliography"),
            on_success=lambda result: self._render_done(generation, result),
            on_failure=lambda exc, _tb: self._render_failed(generation, exc))
        self._update_state()

    def _render_done(self, generation: int, result: tuple[RenderedList, QTextDocument]) -> None:
        rendered, doc = result
        if generation != self._generation:
            return
        self._rendered = rendered
        self._render_handle = None
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        old = self.preview.document()
        # Documents made here are parented to the browser and deleted when replaced; the
        # browser's own first document is deleted by the browser itself.
        previous = old if old is not None and old.parent() is self.preview else None
        doc.setParent(self.preview)
        self.preview.setDocument(doc)
        if previous is not None:
            previous.deleteLater()
        bar.setValue(position)
        self._update_state()
        self._selection_changed()
        self.preview_updated.emit()
        self._run_after_render()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._rendered = None
        self._render_handle = None
        self._after_render.clear()
        self.preview.setHtml("<p style='color:#b00020'>{}</p>".format(
            _html(self.tr("The list cannot be formatted in this style: {error}")
                  .format(error=exc))))
        self._message(self.tr("The list cannot be formatted in this style: {error}")
                      .format(error=exc), error=True)
        self._update_state()
        self.preview_updated.emit()

    def _show_hint(self) -> None:
        self.preview.setHtml("<p style='color:gray'>{}</p>".format(_html(
            self.tr("Add references to see the formatted list here: drag them from the "
                    "library, or add a collection."))))
        self._after_render.clear()
        self._update_state()
        self.preview_updated.emit()

    def _run_after_render(self) -> None:
        actions, self._after_render = self._after_render, []
        for action in actions:
            action()

    def _when_current(self, action: Callable[[], None]) -> None:
        """Run `action` now if the preview is current, else as soon as it is."""
        if self.is_current():
            action()
            return
        self._after_render.append(action)
        if not self._render_timer.isActive() and not self._loads and not (
                self._render_handle is not None and self._render_handle.running):
            self._start_render()

    def _update_state(self) -> None:
        busy = bool(self._loads) or self._render_timer.isActive() or (
            self._render_handle is not None and self._render_handle.running)
        if self._loads:
            text = self.tr("Loading references…")
        elif busy:
            text = self.tr("Formatting…")
        elif self._rendered is not None:
            text = self.tr("{count} entries").format(count=len(self._rendered.entries))
        else:
            text = ""
        self.preview_state.setText(text)

    # ================================================================== output
    def copy_list(self) -> None:
        """Copy the list as formatted text (HTML + plain text): pastes formatted in Word and
        LibreOffice. Waits for a render in progress."""
        if self.list.count():
            self._when_current(lambda: self._copy(rich=True))

    def copy_plain_text(self) -> None:
        if self.list.count():
            self._when_current(lambda: self._copy(rich=False))

    def _copy(self, *, rich: bool) -> None:
        if self._rendered is None:
            return
        html_doc, text = list_clipboard(self._rendered)
        from PySide6.QtCore import QMimeData

        mime = QMimeData()
        if rich:
            mime.setHtml(html_doc)
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        self._message(self.tr("Copied {count} entries.").format(
            count=len(self._rendered.entries)))

    def export(self) -> None:
        """Ask for a file name and write the list there (DOCX, RTF, HTML or TXT)."""
        if not self.list.count():
            return
        filters = [self.tr("Word document (*.docx)"), self.tr("Rich Text Format (*.rtf)"),
                   self.tr("Web page (*.html)"), self.tr("Plain text (*.txt)")]
        folder = Path(str(self.settings.value(_KEY + "export_dir") or Path.home()))
        name = self.title_edit.text().strip() or self.tr("bibliography")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the bibliography"), str(folder / f"{name}.docx"),
            ";;".join(filters))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_SUFFIXES:
            index = filters.index(chosen) if chosen in filters else 0
            target = target.with_name(target.name + EXPORT_SUFFIXES[index])
        self.export_to(target)

    def export_to(self, path: Path) -> TaskHandle | None:
        """Format the list and write it to `path` off the GUI thread, with progress and cancel.
        The file appears only when complete (written to a temporary name, then renamed)."""
        from core.styles.export import write_list

        refs = self._chosen_refs()
        if not refs:
            return None
        if self._export_handle is not None and self._export_handle.running:
            self._message(self.tr("An export is already running."), error=True)
            return None
        self.settings.setValue(_KEY + "export_dir", str(path.parent))
        request = self.request()
        steps = (self.tr("Formatting {count} entries…").format(count=len(refs)),
                 self.tr("Writing {name}…").format(name=path.name))

        def work(ctx: TaskContext) -> tuple[Path, int]:
            ctx.progress(0, 2, steps[0])
            rendered = format_list(refs, request)
            ctx.check()
            ctx.progress(1, 2, steps[1])
            write_list(rendered.entries, path, numbered=rendered.numbered,
                       hanging_indent=rendered.hanging_indent, title=rendered.title)
            ctx.progress(2, 2, steps[1])
            return path, len(rendered.entries)

        handle = self.runner.run(work, label=self.tr("Exporting the bibliography"),
                                 on_success=self._exported, on_failure=self._export_failed,
                                 on_progress=self._export_progress)
        handle.carrier.finished.connect(self._export_finished)
        self._export_handle = handle
        self.progress.setRange(0, 2)
        self.progress.setValue(0)
        self.progress_label.setText(steps[0])
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.show()
        self.export_button.setEnabled(False)
        return handle

    def cancel_export(self) -> None:
        if self._export_handle is not None and self._export_handle.running:
            self._export_handle.cancel()

    def _export_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(text)

    def _exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        self._message(self.tr("Saved {count} entries to {path}").format(count=count, path=path))
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException, _tb: str) -> None:
        self._message(self.tr("Could not export: {error}").format(error=exc), error=True)

    def _export_finished(self) -> None:
        handle = self._export_handle
        if handle is not None and handle.cancelled:
            self._message(self.tr("Export cancelled; nothing was written."))
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.hide()
        self.export_button.setEnabled(self.list.count() > 0)

    # ================================================================== messages, closing
    def _message(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            # First show without a remembered layout: the preview gets half of the width.
            self._sized = True
            if not isinstance(self.settings.value(_KEY + "splitter"), QByteArray):
                width = max(self.splitter.width(), 900)
                self.splitter.setSizes([int(width * 0.26), int(width * 0.46),
                                        int(width * 0.28)])

    def closeEvent(self, event: Any) -> None:
        self.settings.setValue(_KEY + "geometry", self.saveGeometry())
        self.settings.setValue(_KEY + "splitter", self.splitter.saveState())
        self._render_timer.stop()
        if self._render_handle is not None:
            self._render_handle.cancel()
        if self._own_runner and not (self._export_handle and self._export_handle.running):
            self.runner.cancel_all()
        super().closeEvent(event)


def _html(text: str) -> str:
    import html

    return html.escape(text, quote=False)
