"""The window's central area: the references (filter bar and table), or the journals view, or the
grant progress view, as the sidebar chooses. The two views are made (and their modules imported)
the first time they are shown, and reload when the library changes what they show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from db.library import Library
from gui.changes import Changes
from gui.tasks import TaskRunner

if TYPE_CHECKING:
    from gui.grant_progress import GrantProgressView
    from gui.journals_view import JournalsView

REFERENCES, JOURNALS, GRANT = "references", "journals", "grant"


class CentralViews(QStackedWidget):
    """`journals_changed()` after the user edited or imported journals in the journals view;
    `message(str)` for the status bar (a grant report written)."""

    journals_changed = Signal()
    message = Signal(str)

    def __init__(self, references: QWidget, library: Library, runner: TaskRunner, *,
                 team_project: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralViews")
        self.references = references
        self.library = library
        self.runner = runner
        self.team_project = team_project
        self.journals_view: JournalsView | None = None
        self.grant_view: GrantProgressView | None = None
        self.addWidget(references)

    def show_view(self, view: str) -> QWidget:
        widget: QWidget
        if view == JOURNALS:
            widget = self.journals()
        elif view == GRANT:
            widget = self.grant()
        else:
            widget = self.references
        if self.currentWidget() is not widget:
            self.setCurrentWidget(widget)
        return widget

    def showing(self) -> str:
        current = self.currentWidget()
        if current is not None and current is self.journals_view:
            return JOURNALS
        if current is not None and current is self.grant_view:
            return GRANT
        return REFERENCES

    def journals(self) -> JournalsView:
        if self.journals_view is None:
            from gui.journals_view import JournalsView

            view = JournalsView(self.library, self.runner, self)
            view.setObjectName("journalsView")
            view.library_changed.connect(self.journals_changed)
            self.addWidget(view)
            self.journals_view = view
            view.reload()
        return self.journals_view

    def grant(self) -> GrantProgressView:
        if self.grant_view is None:
            from gui.grant_progress import GrantProgressView

            view = GrantProgressView(self.library, self.runner, self, project=self.team_project)
            view.setObjectName("grantView")
            view.exported.connect(lambda path: self.message.emit(
                self.tr("Grant report written: {path}").format(path=path)))
            self.addWidget(view)
            self.grant_view = view
            view.reload()
        return self.grant_view

    def on_library_changed(self, changes: Changes) -> None:
        if self.journals_view is not None and (changes.journals or changes.everything):
            self.journals_view.reload()
        if self.grant_view is not None and changes.badges:
            self.grant_view.reload()

    def set_library(self, library: Library) -> None:
        """Another library: the views of the old one go (made again when asked)."""
        self.library = library
        for view in (self.journals_view, self.grant_view):
            if view is not None:
                self.removeWidget(view)
                view.deleteLater()
        self.journals_view = self.grant_view = None
        self.setCurrentWidget(self.references)
