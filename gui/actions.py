"""The window's actions (menus, toolbar, context menus, first-run buttons and shortcuts all trigger
the same QAction) and its menu bar, retranslated live."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from gui.i18n import NATIVE_NAMES, UI_LANGUAGES

# name -> shortcut. Features other helpers build are reached through the window's hooks
# (open_add_doi, open_editor, ...); see MainWindow.HOOKS.
# Standard keys are resolved when the actions are made (they need the platform's key bindings).
SHORTCUTS: dict[str, QKeySequence.StandardKey | str] = {
    "new_reference": QKeySequence.StandardKey.New,     # Ctrl+N
    "add_doi": "Ctrl+D",
    "import_file": "Ctrl+I",
    "export": "Ctrl+E",
    "open_library": QKeySequence.StandardKey.Open,     # Ctrl+O
    "settings": "Ctrl+,",
    "quit": "Ctrl+Q",  # no standard binding on Windows
    "edit_reference": "F2",
    "copy_citation": "Ctrl+Shift+C",
    "trash": QKeySequence.StandardKey.Delete,           # Del
    "restore": "Ctrl+Shift+R",
    "select_all": QKeySequence.StandardKey.SelectAll,  # Ctrl+A
    "find": QKeySequence.StandardKey.Find,             # Ctrl+F
    "refresh": "F5",
    "bibliography": "Ctrl+B",
    "journals": "Ctrl+J",
    "duplicates": "Ctrl+Shift+D",
    "undo": QKeySequence.StandardKey.Undo,              # Ctrl+Z
    "redo": "Ctrl+Shift+Z",                             # (and Ctrl+Y, added below)
    "edit_in_window": "Shift+F2",
}


class Actions(QObject):
    """Every action of the main window, by name (`actions.trash`, `actions["trash"]`)."""

    NAMES = (
        "new_reference", "add_doi", "import_file", "export", "open_library", "new_library",
        "settings", "quit", "edit_reference", "copy_citation", "trash", "restore", "empty_trash",
        "select_all", "find", "new_collection", "add_tag", "team_add", "team_remove", "refresh",
        "show_sidebar", "show_details", "bibliography", "find_doi", "crossref_refresh",
        "duplicates", "journals", "backup", "check_library", "about", "undo", "redo",
        "edit_in_window", "attach_file", "import_metrics", "grant_progress",
    )

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.by_name: dict[str, QAction] = {}
        for name in self.NAMES:
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            shortcut = SHORTCUTS.get(name)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            self.by_name[name] = action
            setattr(self, name, action)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for name in ("show_sidebar", "show_details"):
            self.by_name[name].setCheckable(True)
            self.by_name[name].setChecked(True)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            action = QAction(NATIVE_NAMES[code], window)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.menus: dict[str, QMenu] = {}
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    # Declared for type checkers; set in __init__.
    new_reference: QAction
    add_doi: QAction
    import_file: QAction
    export: QAction
    open_library: QAction
    new_library: QAction
    settings: QAction
    quit: QAction
    edit_reference: QAction
    copy_citation: QAction
    trash: QAction
    restore: QAction
    empty_trash: QAction
    select_all: QAction
    find: QAction
    new_collection: QAction
    add_tag: QAction
    team_add: QAction
    team_remove: QAction
    refresh: QAction
    show_sidebar: QAction
    show_details: QAction
    bibliography: QAction
    find_doi: QAction
    crossref_refresh: QAction
    duplicates: QAction
    journals: QAction
    backup: QAction
    check_library: QAction
    about: QAction
    undo: QAction
    redo: QAction
    edit_in_window: QAction
    attach_file: QAction
    import_metrics: QAction
    grant_progress: QAction

    def retranslate(self) -> None:
        texts = {
            "new_reference": (self.tr("&New reference…"),
                              self.tr("Type in a source by hand: a law, a court decision, a book")),
            "add_doi": (self.tr("Add by &DOI…"),
                        self.tr("Paste one DOI or a block of text with many; Crossref fills in "
                                "the rest")),
            "import_file": (self.tr("&Import…"),
                            self.tr("Import a BibTeX, RIS, CSL-JSON, Scopus or Web of Science "
                                    "file")),
            "export": (self.tr("&Export…"), self.tr("Export the selected references")),
            "open_library": (self.tr("&Open library…"), self.tr("Open another library file")),
            "new_library": (self.tr("New &library…"), self.tr("Create a new, empty library file")),
            "settings": (self.tr("&Settings…"), ""),
            "quit": (self.tr("&Quit"), ""),
            "edit_reference": (self.tr("&Edit reference…"), self.tr("Edit the selected reference")),
            "copy_citation": (self.tr("&Copy citation"),
                              self.tr("Copy the selected references as citations in the default "
                                      "style")),
            "trash": (self.tr("Move to &trash"), self.tr("Move the selected references to the "
                                                         "trash (they can be restored)")),
            "restore": (self.tr("&Restore from trash"),
                        self.tr("Bring the selected references back from the trash")),
            "empty_trash": (self.tr("Empty trash…"),
                            self.tr("Delete the references in the trash for good (a backup is "
                                    "made first)")),
            "select_all": (self.tr("Select &all"), ""),
            "find": (self.tr("&Find"), self.tr("Go to the search field")),
            "new_collection": (self.tr("New &collection…"), ""),
            "add_tag": (self.tr("Add &tag…"), self.tr("Tag the selected references")),
            "team_add": (self.tr("Mark as team publication"),
                         self.tr("Count the selected references as the team's own publications")),
            "team_remove": (self.tr("Unmark as team publication"), ""),
            "refresh": (self.tr("&Refresh"),
                        self.tr("Read the library again (changes made by another window or "
                                "program)")),
            "show_sidebar": (self.tr("Show &sidebar"), ""),
            "show_details": (self.tr("Show &details"), ""),
            "bibliography": (self.tr("&Bibliography…"),
                             self.tr("Build a GOST or APA list from the selection or a "
                                     "collection")),
            "find_doi": (self.tr("Find &DOI…"),
                         self.tr("Look up the DOI of the selected reference in Crossref")),
            "crossref_refresh": (self.tr("&Update from Crossref…"),
                                 self.tr("Compare the selected references with Crossref, field "
                                         "by field")),
            "duplicates": (self.tr("Find d&uplicates…"), ""),
            "journals": (self.tr("&Journals and grant…"),
                         self.tr("Journal metrics, indexes and lists; the grant's progress")),
            "backup": (self.tr("&Back up now"),
                       self.tr("Copy the library into its backups folder")),
            "check_library": (self.tr("&Check the library"),
                              self.tr("Run SQLite's integrity check on the library file")),
            "about": (self.tr("&About Silteme"), ""),
            "undo": (self.tr("&Undo"), self.tr("Undo the last edit, move to the trash or "
                                               "restore")),
            "redo": (self.tr("&Redo"), self.tr("Do again what was undone")),
            "edit_in_window": (self.tr("Edit in a &window…"),
                               self.tr("Edit the selected reference in a window of its own")),
            "attach_file": (self.tr("&Attach file…"),
                            self.tr("Link a file (a PDF, a scan) to the selected reference")),
            "import_metrics": (self.tr("Import journal &metrics…"),
                               self.tr("Import a CiteScore, SCImago, Web of Science or ministry "
                                       "list file")),
            "grant_progress": (self.tr("&Grant progress"),
                               self.tr("How the team's publications meet the grant's "
                                       "requirements")),
        }
        for name, (text, tip) in texts.items():
            action = self.by_name[name]
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help"),
                  "columns": self.tr("&Columns"), "language": self.tr("&Language")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])

    def build_menus(self, bar: QMenuBar, column_actions: list[QAction]) -> None:
        def menu(key: str, parent: QMenuBar | QMenu) -> QMenu:
            m = QMenu(parent)
            m.setObjectName(f"menu_{key}")
            self.menus[key] = m
            parent.addMenu(m)
            return m

        file_menu = menu("file", bar)
        for name in ("new_reference", "add_doi", "import_file", "export"):
            file_menu.addAction(self.by_name[name])
        file_menu.addSeparator()
        for name in ("open_library", "new_library", "backup", "check_library"):
            file_menu.addAction(self.by_name[name])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menu("edit", bar)
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        for name in ("edit_reference", "edit_in_window", "copy_citation", "attach_file"):
            edit_menu.addAction(self.by_name[name])
        edit_menu.addSeparator()
        for name in ("new_collection", "add_tag", "team_add", "team_remove"):
            edit_menu.addAction(self.by_name[name])
        edit_menu.addSeparator()
        for name in ("trash", "restore", "empty_trash"):
            edit_menu.addAction(self.by_name[name])
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all)
        edit_menu.addAction(self.find)
        view_menu = menu("view", bar)
        view_menu.addAction(self.refresh)
        view_menu.addSeparator()
        view_menu.addAction(self.show_sidebar)
        view_menu.addAction(self.show_details)
        columns = menu("columns", view_menu)
        for action in column_actions:
            columns.addAction(action)
        language = menu("language", view_menu)
        for action in self.language_actions.values():
            language.addAction(action)
        tools_menu = menu("tools", bar)
        for name in ("bibliography", None, "journals", "grant_progress", "import_metrics", None,
                     "find_doi", "crossref_refresh", "duplicates"):
            if name is None:
                tools_menu.addSeparator()
            else:
                tools_menu.addAction(self.by_name[name])
        help_menu = menu("help", bar)
        help_menu.addAction(self.about)
        self.retranslate()

    def shortcut_text(self, name: str) -> str:
        return self.by_name[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

