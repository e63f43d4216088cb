"""Undo and redo of what the user does to the library: edits, additions, moves to and from the trash.

Each command's `redo()` / `undo()` runs one transaction and then reports a `LibraryChange` through
the `notify` callable it was given (the main window emits its `library_changed` signal from it, so
every view reloads what it shows). Commands are carried out with `execute(stack, command)`, which
does the first write itself, so a failure (disk full, library locked) reaches the caller as an
exception and nothing is pushed:

    stack = QUndoStack(window)
    execute(stack, MoveToTrash(library, ids, notify=window.library_changed.emit))

A later undo or redo that fails reports the error through `on_error` and drops the command from
the stack (it no longer describes the library).

An edit is replayed field by field (core.field_values.replay_changes): undo sets back only the
CSL-JSON keys the edit changed, so a change made meanwhile by something outside the stack (a
refresh from Crossref) survives, and when nothing else changed the record is back exactly as it
was. Undoing an addition moves the new record to the trash (redo restores it), so the record and
anything attached to it since is never destroyed by an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.errors import NotFoundError
from core.field_values import replay_changes
from core.model import Reference
from db import references as repo
from db.library import Library

EDITED = "edited"
ADDED = "added"
TRASHED = "trashed"
RESTORED = "restored"


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What a command changed: `kind` (edited, added, trashed, restored) and the ids."""

    kind: str
    ids: tuple[int, ...]


Notify = Callable[[LibraryChange], None]
OnError = Callable[[BaseException], None]


def _short(title: str | None, limit: int = 40) -> str:
    text = " ".join((title or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LibraryCommand(QUndoCommand):
    """Base: subclasses implement `apply()` and `revert()`, each one transaction."""

    def __init__(self, library: Library, *, notify: Notify | None = None,
                 on_error: OnError | None = None) -> None:
        super().__init__()
        self.library = library
        self.notify = notify
        self.on_error = on_error
        self._skip_redo = False

    def apply(self) -> LibraryChange:
        raise NotImplementedError

    def revert(self) -> LibraryChange:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:  # execute() has just applied it
            self._skip_redo = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], LibraryChange]) -> None:
        try:
            change = step()
        except Exception as exc:  # noqa: BLE001 - reported, and the stack forgets this command
            self.setObsolete(True)
            if self.on_error is None:
                raise
            self.on_error(exc)
            return
        self._report(change)

    def _report(self, change: LibraryChange) -> None:
        if self.notify is not None:
            self.notify(change)


def execute(stack: QUndoStack | None, command: LibraryCommand) -> None:
    """Carry out `command` now (exceptions reach the caller, nothing is pushed), then put it on
    `stack` for undo. Without a stack the command is only carried out."""
    push_applied(stack, command, command.apply())


def push_applied(stack: QUndoStack | None, command: LibraryCommand,
                 change: LibraryChange) -> None:
    """The second half of `execute` for a command whose `apply()` ran elsewhere (the window moves
    thousands of references to the trash in a background task, then calls this on the GUI
    thread with what `apply()` returned): report the change and push the command without
    applying it again."""
    command._report(change)
    if stack is not None:
        command._skip_redo = True
        stack.push(command)


class EditReference(LibraryCommand):
    """Store the edit that turns `before` (the record as the editor loaded it) into `after`."""

    def __init__(self, library: Library, before: Reference, after: Reference, *,
                 notify: Notify | None = None, on_error: OnError | None = None) -> None:
        super().__init__(library, notify=notify, on_error=on_error)
        if before.id is None:
            raise ValueError("EditReference needs a stored record (with an id)")
        self.ref_id: int = before.id
        self.before = before.copy()
        self.after = after.copy()
        self.after.id = before.id
        self.setText(QCoreApplication.translate("Undo", "Edit “{title}”").format(
            title=_short(after.title or before.title)))

    def _replay(self, old: Reference, new: Reference) -> LibraryChange:
        with self.library.transaction() as s:
            current = repo.get(s, self.ref_id)
            merged = replay_changes(current, old, new)
            repo.update_reference(s, merged)
        return LibraryChange(EDITED, (self.ref_id,))

    def apply(self) -> LibraryChange:
        return self._replay(self.before, self.after)

    def revert(self) -> LibraryChange:
        return self._replay(self.after, self.before)


class AddReference(LibraryCommand):
    """Add a new record. Undo moves it to the trash; redo brings it back (same id)."""

    def __init__(self, library: Library, ref: Reference, *, notify: Notify | None = None,
                 on_error: OnError | None = None) -> None:
        super().__init__(library, notify=notify, on_error=on_error)
        self.ref = ref.copy()
        self.ref.id = None
        self.ref_id: int | None = None
        self.setText(QCoreApplication.translate("Undo", "Add “{title}”").format(
            title=_short(ref.title)))

    def apply(self) -> LibraryChange:
        with self.library.transaction() as s:
            if self.ref_id is None:
                self.ref_id = repo.insert(s, self.ref.copy())
            else:
                repo.restore(s, [self.ref_id])
        return LibraryChange(ADDED, (self.ref_id,))

    def revert(self) -> LibraryChange:
        assert self.ref_id is not None
        with self.library.transaction() as s:
            repo.move_to_trash(s, [self.ref_id])
        return LibraryChange(TRASHED, (self.ref_id,))


class _TrashCommand(LibraryCommand):
    """Moves a set of references to or from the trash; remembers which ones it actually moved,
    so undo leaves alone those that were already there."""

    to_trash = True

    def __init__(self, library: Library, ids: Iterable[int], *, notify: Notify | None = None,
                 on_error: OnError | None = None) -> None:
        super().__init__(library, notify=notify, on_error=on_error)
        self.ids: tuple[int, ...] = tuple(dict.fromkeys(ids))
        self.moved: tuple[int, ...] = ()

    def _move(self, ids: Iterable[int], to_trash: bool) -> tuple[int, ...]:
        ids = tuple(ids)
        with self.library.transaction() as s:
            states = repo.deleted_states(s, ids)
            if len(states) < len(set(ids)):
                missing = next(i for i in ids if i not in states)
                raise NotFoundError(f"no reference with id {missing}")
            chosen = tuple(i for i in ids if states[i] != to_trash)
            if to_trash:
                repo.move_to_trash(s, chosen)
            else:
                repo.restore(s, chosen)
        return chosen

    def apply(self) -> LibraryChange:
        self.moved = self._move(self.ids, self.to_trash)
        return LibraryChange(TRASHED if self.to_trash else RESTORED, self.moved)

    def revert(self) -> LibraryChange:
        back = self._move(self.moved, not self.to_trash)
        return LibraryChange(RESTORED if self.to_trash else TRASHED, back)


class MoveToTrash(_TrashCommand):
    """Delete (to the trash, restorable) a set of references."""

    to_trash = True

    def __init__(self, library: Library, ids: Iterable[int], *, notify: Notify | None = None,
                 on_error: OnError | None = None) -> None:
        super().__init__(library, ids, notify=notify, on_error=on_error)
        count = len(self.ids)  # (lupdate reads a plain name here, not a call)
        self.setText(QCoreApplication.translate(
            "Undo", "Move %n reference(s) to the trash", "", count))


class RestoreFromTrash(_TrashCommand):
    """Bring a set of references back from the trash."""

    to_trash = False

    def __init__(self, library: Library, ids: Iterable[int], *, notify: Notify | None = None,
                 on_error: OnError | None = None) -> None:
        super().__init__(library, ids, notify=notify, on_error=on_error)
        count = len(self.ids)
        self.setText(QCoreApplication.translate(
            "Undo", "Restore %n reference(s) from the trash", "", count))
