"""The reference editor: a form laid out for the item type (core/type_fields.py), with the title
and the container title in their original, transliterated and translated forms, the creators,
checks as the user types, and the explicit editing tools "sentence case" and "transliterate".

`ReferenceEditor` is a plain widget, so the main window can dock it in its detail pane;
`ReferenceEditorDialog` wraps the same widget in a dialog. Saving goes through the undo commands
of gui/undo.py (one transaction, undoable when an undo stack is given); Cancel discards. Saving one
record takes a few milliseconds and runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import field_values as fv
from core import type_fields as tf
from core.errors import InvalidValueError, SiltemeError
from core.model import CSL_TYPES, Creator, Reference
from core.styles.casing import to_sentence_case
from core.translit import SCHEMES, transliterate
from db import references as repo
from db.library import Library
from gui.creators_editor import CreatorsEditor
from gui.field_labels import (
    COMMON_TYPES,
    LEGAL_CHOICES,
    PUBLICATION_CHOICES,
    field_labels,
    problem_message,
    scheme_labels,
    type_labels,
)
from gui.field_widgets import FieldEditor
from gui.undo import (
    ADDED,
    EDITED,
    RESTORED,
    TRASHED,
    AddReference,
    EditReference,
    LibraryChange,
    LibraryCommand,
    Notify,
    execute,
)

# Which original a transliterated field is made from.
_TRANSLIT_SOURCE = {"title_translit": "title", "container_title_translit": "container_title"}
_SENTENCE_CASE_FIELDS = ("title", "title_translated")
_ERROR_STYLE = ("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #f1b0ab;"
                " border-radius: 4px; padding: 6px; }")
_INFO_STYLE = ("QLabel { background: #e8f0fe; color: #174ea6; border: 1px solid #aecbfa;"
               " border-radius: 4px; padding: 6px; }")
_WARNING_STYLE = ("QLabel { background: #fef7e0; color: #7a4f01; border: 1px solid #f9d67a;"
                  " border-radius: 4px; padding: 6px; }")


def _csl_creators(creators: list[Creator]) -> dict[str, list[dict[str, object]]]:
    """Creators as CSL-JSON keeps them: in order within each role (the order between roles is
    not part of a record)."""
    out: dict[str, list[dict[str, object]]] = {}
    for c in creators:
        out.setdefault(c.role, []).append(c.to_csl())
    return out


class TypeChooser(QWidget):
    """The first page of a new reference: what kind of source, and in which language."""

    chosen = Signal(str, str)  # type, language code ("" when not chosen)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = type_labels()
        heading = QLabel(self.tr("Add a reference by hand"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Choose the kind of source. The form then shows the fields this "
                               "kind of source has; the type can still be changed later."), self)
        intro.setWordWrap(True)

        language_box = QGroupBox(self.tr("Language of the source"), self)
        lang_row = QHBoxLayout(language_box)
        self.language_group = QButtonGroup(self)
        for code, text in (("ru", self.tr("Russian")), ("kk", self.tr("Kazakh")),
                           ("en", self.tr("English")), ("", self.tr("Other or not set"))):
            radio = QRadioButton(text, language_box)
            radio.setProperty("code", code)
            radio.setObjectName(f"language:{code or 'none'}")
            self.language_group.addButton(radio)
            lang_row.addWidget(radio)
            if code == "ru":
                radio.setChecked(True)
        lang_row.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        legal = self._group(self.tr("Laws and court decisions"), LEGAL_CHOICES, labels)
        publications = self._group(self.tr("Publications"), PUBLICATION_CHOICES, labels)

        other_box = QGroupBox(self.tr("Another type"), self)
        other_row = QHBoxLayout(other_box)
        self.other_combo = QComboBox(other_box)
        for t in sorted((t for t in CSL_TYPES if t not in self.buttons),
                        key=lambda t: (labels.get(t) or t).casefold()):
            self.other_combo.addItem(labels.get(t, t), t)
        other_button = QPushButton(self.tr("Continue"), other_box)
        other_button.clicked.connect(
            lambda: self._choose(str(self.other_combo.currentData())))
        other_row.addWidget(self.other_combo, 1)
        other_row.addWidget(other_button)

        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.cancelled.emit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(language_box)
        layout.addWidget(legal)
        layout.addWidget(publications)
        layout.addWidget(other_box)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def _group(self, title: str, types: tuple[str, ...], labels: dict[str, str]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        for i, t in enumerate(types):
            button = QPushButton(labels.get(t, t), box)
            button.setObjectName(f"type:{t}")
            button.clicked.connect(lambda _=False, t=t: self._choose(t))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[t] = button
        return box

    def language(self) -> str:
        checked = self.language_group.checkedButton()
        return str(checked.property("code") or "") if checked else ""

    def _choose(self, type_: str) -> None:
        self.chosen.emit(type_, self.language())


class ReferenceEditor(QWidget):
    """Edit one reference, or type in a new one.

    `load(ref_id)` edits a stored record, `new_reference()` starts with the type chooser
    (`new_reference("legislation", "ru")` skips it). `save()` writes through the undo stack;
    `cancel()` discards. `saved(id)` fires after a successful save, `cancelled()` after Cancel,
    `dirtyChanged(bool)` when unsaved changes appear or go. Route the library's change
    notifications to `on_library_changed` so an embedded editor follows undo and redo."""

    saved = Signal(int)
    cancelled = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, library: Library, *, undo_stack: QUndoStack | None = None,
                 notify: Notify | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 translit_scheme: str = "bsi", buttons: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self.notify = notify
        self.on_error = on_error
        self.translit_scheme = translit_scheme if translit_scheme in SCHEMES else "bsi"
        self.ref_id: int | None = None
        self.is_new = False
        self._stored = Reference()
        self._loaded_texts: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._type = self._stored.type
        self._dirty = False
        self.fields: dict[str, FieldEditor] = {}
        self._labels = field_labels()
        self._signature: object = None
        self._in_trash = False

        self.pages = QStackedWidget(self)
        self.chooser = TypeChooser(self)
        self.chooser.chosen.connect(self.start_new)
        self.chooser.cancelled.connect(self.cancel)
        self.pages.addWidget(self.chooser)

        form_page = QWidget(self)
        self.banner = QLabel(form_page)
        self.banner.setObjectName("editor-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.notice = QLabel(form_page)  # lasting facts: retracted, in the trash, read-only
        self.notice.setObjectName("editor-notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(_WARNING_STYLE)
        self.notice.hide()
        self.scroll_area = QScrollArea(form_page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type-combo")
        self._fill_type_combo()
        self.type_combo.activated.connect(self._type_chosen)
        self.creators_editor = CreatorsEditor(self)
        self.creators_editor.changed.connect(self._update_dirty)
        self.kept_label = QLabel(self)
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color: palette(placeholder-text);")

        self.save_button = QPushButton(self.tr("Save"), form_page)
        self.save_button.setObjectName("save")
        self.cancel_button = QPushButton(self.tr("Cancel"), form_page)
        self.cancel_button.setObjectName("cancel")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.cancel_button)
        button_row.addWidget(self.save_button)
        self.button_bar = QWidget(form_page)
        self.button_bar.setLayout(button_row)
        button_row.setContentsMargins(0, 0, 0, 0)
        self.button_bar.setVisible(buttons)

        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.notice)
        page_layout.addWidget(self.banner)
        page_layout.addWidget(self.scroll_area, 1)
        page_layout.addWidget(self.button_bar)
        self.pages.addWidget(form_page)
        self.form_page = form_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # An explicit minimum: narrower than this the labels and fields no longer fit side by
        # side (and the layout does not then resize a top-level window at every relayout).
        self.setMinimumSize(420, 320)
        self._relayout()
        self.pages.setCurrentWidget(self.form_page)

    # ------------------------------------------------------------------ loading
    def load(self, ref_id: int) -> None:
        """Edit the stored reference `ref_id` (discarding unsaved changes)."""
        with self.library.read() as s:
            ref = repo.get(s, ref_id)
            self._in_trash = repo.is_deleted(s, ref_id)
        self.load_reference(ref)

    def load_reference(self, ref: Reference) -> None:
        """Edit `ref`: a stored record (with an id), or an unsaved new one."""
        if ref.id is None:
            self._in_trash = False
        self.ref_id = ref.id
        self.is_new = ref.id is None
        self._stored = ref.copy()
        self._type = ref.type
        self._loaded_texts = {key: fv.field_text(ref, key) for key in tf.FIELDS}
        for key in tf.editable_extra_keys(ref):
            self._loaded_texts[tf.EXTRA_PREFIX + key] = fv.field_text(ref, tf.EXTRA_PREFIX + key)
        self._texts = dict(self._loaded_texts)
        self._select_type(ref.type)
        self.creators_editor.set_roles(tf.form_for(ref.type).roles)
        self.creators_editor.set_creators(ref.creators)
        self.clear_message()
        self._relayout()
        self._show_notice()
        self.pages.setCurrentWidget(self.form_page)
        self._update_dirty()

    def new_reference(self, type_: str | None = None, language: str | None = None) -> None:
        """Start a new reference: the type chooser, or straight the form of `type_`."""
        if type_ is None:
            self.ref_id = None
            self.is_new = True
            self.pages.setCurrentWidget(self.chooser)
            self._set_dirty(False)
            return
        self.start_new(type_, language or "")

    def start_new(self, type_: str, language: str = "") -> None:
        self.load_reference(Reference(type=type_, language=language or None))
        first = self.fields.get("title")
        if first is not None:
            first.setFocus()

    # ------------------------------------------------------------------ state
    @property
    def reference_type(self) -> str:
        return self._type

    def is_dirty(self) -> bool:
        return self._dirty

    def field(self, key: str) -> FieldEditor:
        """The editor of a field shown in the form (KeyError when the form does not show it)."""
        return self.fields[key]

    def texts(self) -> dict[str, str]:
        return dict(self._texts)

    def build(self) -> Reference:
        """The record as the form now says: the stored one with the type, the creators and every
        field the user changed. Raises InvalidValueError for a value that cannot be stored."""
        base = self._stored.copy()
        base.type = self._type
        base.creators = self.creators_editor.creators()
        changed = {k: t for k, t in self._texts.items() if t != self._loaded_texts.get(k, "")}
        return fv.apply_texts(base, changed)

    def problems(self) -> dict[str, list[fv.Problem]]:
        """Fields whose value blocks saving, with their problems."""
        out = {}
        for key, text in self._texts.items():
            found = [p for p in fv.problems_of(key, text, stored_text=self._loaded_texts.get(key))
                     if p.blocks_save]
            if found:
                out[key] = found
        return out

    # ------------------------------------------------------------------ save / cancel
    def save(self) -> bool:
        """Check and store the form. On a problem the message appears above the form, the first
        field at fault gets the focus, and nothing is written."""
        if self.pages.currentWidget() is not self.form_page:
            return False
        if self.library.read_only:
            self.show_message(self.tr("The library is open read-only: changes cannot be saved."))
            return False
        problems = self.problems()
        if problems:
            self._refuse(problems)
            return False
        if not self.is_new and not self._dirty:
            self.clear_message()
            assert self.ref_id is not None
            self.saved.emit(self.ref_id)
            return True
        try:
            record = self.build()
        except InvalidValueError as exc:  # the checks above should have caught it
            self._refuse({exc.field: [fv.Problem(str(exc.reason), fv.ERROR, str(exc.value))]})
            return False
        command: LibraryCommand
        if self.is_new:
            command = AddReference(self.library, record, notify=self.notify,
                                   on_error=self.on_error)
        else:
            command = EditReference(self.library, self._stored, record, notify=self.notify,
                                    on_error=self.on_error)
        try:
            execute(self.undo_stack, command)
        except SiltemeError as exc:
            self.show_message(self.tr("Could not save: {reason}").format(reason=str(exc)))
            return False
        ref_id = getattr(command, "ref_id", None)
        assert isinstance(ref_id, int)
        self.load(ref_id)
        self.saved.emit(ref_id)
        return True

    def cancel(self) -> None:
        """Discard the changes: a stored record is shown as stored again, a new one is dropped
        (back to the type chooser)."""
        if self.ref_id is not None and not self.is_new:
            self.load(self.ref_id)
        else:
            self.new_reference()
        self.cancelled.emit()

    def _refuse(self, problems: dict[str, list[fv.Problem]]) -> None:
        keys = [k for k in self.fields if k in problems] + \
            [k for k in problems if k not in self.fields]
        first = keys[0]
        editor = self.fields.get(first)
        label = self._label_of(first)
        message = problem_message(problems[first][0])
        if len(keys) == 1:
            text = self.tr("Not saved: {field}: {problem}").format(field=label, problem=message)
        else:
            count = len(keys)
            text = self.tr("Not saved: %n field(s) need correcting. {field}: {problem}", "",
                           count).format(field=label, problem=message)
        self.show_message(text)
        for key in keys:
            if key in self.fields:
                self.fields[key].validate()
        if editor is not None:
            self.scroll_area.ensureWidgetVisible(editor)
            editor.setFocus()

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str, *, error: bool = True) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)
        self.banner.show()

    def clear_message(self) -> None:
        self.banner.clear()
        self.banner.hide()

    def _show_notice(self) -> None:
        lines = []
        if self._stored.is_retracted:
            lines.append(self.tr("This work has been retracted: check the retraction notice "
                                 "before citing it."))
        if self._in_trash:
            lines.append(self.tr("This reference is in the trash."))
        if self.library.read_only:
            lines.append(self.tr("The library is open read-only."))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))
        self.save_button.setEnabled(not self.library.read_only)

    # ------------------------------------------------------------------ library changes
    def on_library_changed(self, change: LibraryChange) -> None:
        """Follow changes made elsewhere (undo, redo, a refresh): an unchanged form shows the
        stored record again; unsaved edits are kept and, when saved, applied to the record as
        it is then."""
        if self.ref_id is None or self.is_new or self.ref_id not in change.ids:
            return
        if change.kind in (TRASHED, RESTORED, ADDED):
            self._in_trash = change.kind == TRASHED
            self._show_notice()
        elif change.kind == EDITED and not self._dirty:
            self.load(self.ref_id)
        elif change.kind == EDITED:
            self.show_message(self.tr("This reference was changed elsewhere. Your changes are "
                                      "kept and will be applied to it when you save."),
                              error=False)

    # ------------------------------------------------------------------ layout
    def _fill_type_combo(self) -> None:
        labels = type_labels()
        self.type_combo.clear()
        for t in COMMON_TYPES:
            self.type_combo.addItem(labels.get(t, t), t)
        self.type_combo.insertSeparator(self.type_combo.count())
        for t in sorted((t for t in CSL_TYPES if t not in COMMON_TYPES),
                        key=lambda t: (labels.get(t) or t).casefold()):
            self.type_combo.addItem(labels.get(t, t), t)

    def _select_type(self, type_: str) -> None:
        index = self.type_combo.findData(type_)
        if index < 0:  # a type from another tool: kept and shown as it is
            self.type_combo.addItem(type_, type_)
            index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(index)

    def set_type(self, type_: str) -> None:
        """Change the item type: the form is laid out again, every value kept."""
        self._select_type(type_)
        self._type_changed(type_)

    def _type_chosen(self, index: int) -> None:
        self._type_changed(str(self.type_combo.itemData(index)))

    def _type_changed(self, type_: str) -> None:
        if type_ == self._type:
            return
        self._type = type_
        self.creators_editor.set_roles(tf.form_for(type_).roles)
        focus = self.type_combo.hasFocus()
        self._relayout()
        if focus:
            self.type_combo.setFocus()
        self._update_dirty()

    def _label_of(self, key: str) -> str:
        """The label a field has in the form now (its type's label), else its default one."""
        editor = self.fields.get(key)
        label = editor.field.label if editor is not None else fv.spec_of(key).label
        return self._labels.get(label, label)

    def _sections(self) -> list[tf.Section]:
        present = [k for k, t in self._texts.items() if t.strip()]
        return tf.sections_of(self._type, tf.other_fields_of(self._type, present))

    def _relayout(self) -> None:
        """Lay the form out for the current type from the working texts. When the fields are the
        same as those shown (the next reference of the same type in the detail pane), the
        widgets are refilled instead of built again: that is ten times faster."""
        sections = self._sections()
        kept = tf.kept_extra_keys(self._stored)
        signature = (self._type, tuple((s.label, tuple((f.key, f.label) for f in s.fields))
                                       for s in sections), bool(kept))
        if signature == self._signature and self.scroll_area.widget() is not None:
            for key, editor in self.fields.items():
                editor.stored_text = self._loaded_texts.get(key)
                editor.set_text(self._texts.get(key, ""))
            self._show_kept(kept)
            self.scroll_area.verticalScrollBar().setValue(0)
            return
        self._signature = signature
        labels = self._labels
        content = QWidget()
        content.setObjectName("editor-content")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the form, not between its rows
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setContentsMargins(10, 8, 14, 8)

        old = self.scroll_area.takeWidget()
        for persistent in (self.type_combo, self.creators_editor, self.kept_label):
            persistent.setParent(self)  # survive the old content's deletion
        if old is not None:
            old.deleteLater()
        self.fields = {}

        type_label = QLabel(self.tr("Item type"), content)
        type_label.setBuddy(self.type_combo)
        self.type_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(type_label, self.type_combo)

        self._add_section(form, content, tf.title_section(self._type), labels, header=False)
        creators_label = QLabel(labels["creators"], content)
        creators_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        creators_label.setContentsMargins(0, 4, 0, 0)
        creators_label.setBuddy(self.creators_editor.view)
        form.addRow(creators_label, self.creators_editor)
        for section in sections:
            self._add_section(form, content, section, labels)
        if kept:
            form.addRow(self.kept_label)
        self._show_kept(kept)
        self.scroll_area.setWidget(content)
        self.type_combo.show()
        self.creators_editor.show()
        self._set_tab_order()

    def _show_kept(self, kept: list[str]) -> None:
        self.kept_label.setText(self.tr("Also stored with this record and kept unchanged: "
                                        "{keys}.").format(keys=", ".join(kept)))
        self.kept_label.setVisible(bool(kept))

    def _header(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        label.setObjectName("section-header")
        return label

    def _add_section(self, form: QFormLayout, content: QWidget, section: tf.Section,
                     labels: dict[str, str], *, header: bool = True) -> None:
        if header:
            form.addRow(self._header(labels.get(section.label, section.label), content))
        for field in section.fields:
            editor = FieldEditor(field, content)
            editor.stored_text = self._loaded_texts.get(field.key)
            editor.set_text(self._texts.get(field.key, ""))
            editor.edited.connect(self._field_edited)
            self._add_tools(editor)
            label = QLabel(labels.get(field.label, field.label), content)
            label.setBuddy(editor.input)
            label.setObjectName(f"label:{field.key}")
            if field.kind in (tf.TITLE, tf.LONG):
                # level with the first line of text, which sits below the frame and margin
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 5, 0, 0)
            form.addRow(label, editor)
            self.fields[field.key] = editor

    def _add_tools(self, editor: FieldEditor) -> None:
        key = editor.key
        if key in _SENTENCE_CASE_FIELDS:
            button = QToolButton(editor)
            button.setObjectName(f"sentence-case:{key}")
            button.setText(self.tr("Sentence case"))
            button.setToolTip(self.tr("Convert the title to sentence case. Acronyms and proper "
                                      "nouns keep their capitals; Ctrl+Z in the field undoes it."))
            button.clicked.connect(lambda _=False, k=key: self.sentence_case(k))
            editor.add_tool(button)
        if key in _TRANSLIT_SOURCE:
            button = QToolButton(editor)
            button.setObjectName(f"transliterate:{key}")
            button.setText(self.tr("Transliterate"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            menu = QMenu(button)
            group = QActionGroup(menu)
            for scheme, name in scheme_labels().items():
                action = menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(scheme == self.translit_scheme)
                action.setData(scheme)
                group.addAction(action)
                action.triggered.connect(lambda _=False, s=scheme, k=key: self.transliterate(k, s))
            button.setMenu(menu)
            self._update_translit_tooltip(button)
            button.clicked.connect(lambda _=False, k=key: self.transliterate(k))
            editor.add_tool(button)

    def _update_translit_tooltip(self, button: QToolButton) -> None:
        button.setToolTip(self.tr("Fill in from the original by {scheme} (the arrow chooses "
                                  "another scheme)").format(
            scheme=scheme_labels().get(self.translit_scheme, self.translit_scheme)))

    def _set_tab_order(self) -> None:
        widgets: list[QWidget] = [self.type_combo]
        for key, editor in self.fields.items():
            widgets.append(editor.input)
            if key == "title_translated":
                widgets.append(self.creators_editor.view)
        for a, b in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------------ editing tools
    def sentence_case(self, key: str = "title") -> None:
        """Convert a title field to sentence case (an explicit edit the user sees and can undo)."""
        editor = self.fields.get(key)
        if editor is None or not editor.text().strip():
            return
        converted = to_sentence_case(editor.text())
        if converted != editor.text():
            editor.replace_text(converted)

    def transliterate(self, key: str = "title_translit", scheme: str | None = None) -> None:
        """Fill a transliterated field from its original with `scheme` (remembered for the next
        time)."""
        if scheme is not None:
            self.translit_scheme = scheme
            for field_editor in self.fields.values():
                for button in field_editor.findChildren(QToolButton):
                    if button.objectName().startswith("transliterate:"):
                        self._update_translit_tooltip(button)
        source = self._texts.get(_TRANSLIT_SOURCE[key], "")
        editor = self.fields.get(key)
        if editor is None:
            return
        if not any("\u0400" <= ch <= "\u04ff" for ch in source):
            self.show_message(self.tr("Nothing to transliterate: the original has no Cyrillic "
                                      "letters."), error=False)
            return
        language = self._texts.get("language", "").strip()
        text = transliterate(source, self.translit_scheme,
                             language if language in ("ru", "kk") else None)
        editor.replace_text(text)

    # ------------------------------------------------------------------ change tracking
    def _field_edited(self, key: str) -> None:
        editor = self.fields.get(key)
        if editor is None:
            return
        self._texts[key] = editor.text()
        if self.banner.isVisible() and not self.problems():
            self.clear_message()
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.is_new and self.pages.currentWidget() is self.form_page
        if not dirty:
            dirty = (self._type != self._stored.type
                     or any(t != self._loaded_texts.get(k, "") for k, t in self._texts.items())
                     or _csl_creators(self.creators_editor.creators())
                     != _csl_creators(self._stored.creators))
        self._set_dirty(dirty)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)


class ReferenceEditorDialog(QDialog):
    """The editor in its own window: closes when saved (accepted) or cancelled (rejected).
    Closing the window with unsaved changes asks first; the Cancel button discards."""

    def __init__(self, library: Library, ref_id: int | None = None, *,
                 new_type: str | None = None, language: str | None = None,
                 undo_stack: QUndoStack | None = None, notify: Notify | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 translit_scheme: str = "bsi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = ReferenceEditor(library, undo_stack=undo_stack, notify=notify,
                                      on_error=on_error, translit_scheme=translit_scheme,
                                      parent=self)
        self.saved_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.editor)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self._cancelled)
        self.editor.save_button.setDefault(True)
        self.editor.save_button.setAutoDefault(True)
        self.editor.cancel_button.setAutoDefault(False)
        if ref_id is not None:
            self.editor.load(ref_id)
            self.setWindowTitle(self.tr("Edit reference"))
        else:
            self.editor.new_reference(new_type, language)
            self.setWindowTitle(self.tr("New reference"))
        self.setMinimumSize(480, 400)
        self.resize(760, 820)

    def _saved(self, ref_id: int) -> None:
        self.saved_id = ref_id
        self.accept()

    def _cancelled(self) -> None:
        super().reject()

    def reject(self) -> None:  # Escape or the window's close button
        if self.editor.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Discard the changes to this reference?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
