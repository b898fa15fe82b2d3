"""One undo stack per open database: every everyday edit is a command that can be undone.

A screen runs its edit through `run_edit(workspace, name, call)`: the call's service calls
are recorded (what each row was before and after) and the step goes on the stack under its
name ("naam wijzigen"), which the Edit menu shows. Undo and redo put the rows back in one
transaction each; if the data changed elsewhere since, the step is refused with a message
and taken off the stack, and nothing changes. Typing in one field makes one step: the
saves of a field merge while they follow each other.
"""

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.storage.journal import Journal

if TYPE_CHECKING:
    from models.workspace import Workspace

_STACKS: "weakref.WeakKeyDictionary[Workspace, QUndoStack]" = weakref.WeakKeyDictionary()
_MERGE_IDS: dict[str, int] = {}
UNDO_LIMIT = 100


def edit_stack(workspace: "Workspace") -> QUndoStack:
    """The undo stack of this open database (made on first use)."""
    stack = _STACKS.get(workspace)
    if stack is None:
        stack = QUndoStack(QApplication.instance())
        stack.setUndoLimit(UNDO_LIMIT)
        _STACKS[workspace] = stack
    return stack


def _refused(error: UserError) -> None:
    QMessageBox.information(
        QApplication.activeWindow(),
        QApplication.translate("Undo", "Undo"),
        user_message(error),
    )


class _Step(QUndoCommand):
    """A step whose undo and redo may be refused: then it leaves the stack, data untouched."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._done = True  # pushed after the edit itself ran

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.apply_forwards)

    def undo(self) -> None:
        self._run(self.apply_backwards)

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except UserError as error:
            self.setObsolete(True)
            _refused(error)

    def apply_forwards(self) -> None:
        raise NotImplementedError

    def apply_backwards(self) -> None:
        raise NotImplementedError


class JournalStep(_Step):
    """An edit recorded as rows before and after."""

    def __init__(self, workspace: "Workspace", name: str, journal: Journal, key: str = ""):
        super().__init__(name)
        self.workspace = workspace
        self.journal = journal
        self.key = key

    def id(self) -> int:
        if not self.key:
            return -1
        return _MERGE_IDS.setdefault(self.key, len(_MERGE_IDS) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, JournalStep) or other.key != self.key:
            return False
        self.journal = self.journal.then(other.journal)
        return True

    def apply_forwards(self) -> None:
        self.workspace.undo.redo(self.journal)

    def apply_backwards(self) -> None:
        self.workspace.undo.undo(self.journal)


class MergeStep(_Step):
    """Two people merged: undone and redone through the merge's own record."""

    def __init__(self, workspace: "Workspace", name: str, merge_uid: str) -> None:
        super().__init__(name)
        self.workspace = workspace
        self.merge_uid = merge_uid

    def apply_forwards(self) -> None:
        self.workspace.people.redo_merge(self.merge_uid)

    def apply_backwards(self) -> None:
        self.workspace.people.undo_merge(self.merge_uid)


def run_edit[T](workspace: "Workspace", name: str, call: Callable[[], T], key: str = "") -> T:
    """Runs an edit (UserErrors pass through) and puts it on the undo stack as `name`.

    Saves with the same `key` that follow each other become one step (typing in a field).
    """
    result, journal = workspace.undo.record(call)
    if journal and journal.complete:
        edit_stack(workspace).push(JournalStep(workspace, name, journal, key))
    return result


def push_merge(workspace: "Workspace", name: str, merge_uid: str) -> None:
    edit_stack(workspace).push(MergeStep(workspace, name, merge_uid))
