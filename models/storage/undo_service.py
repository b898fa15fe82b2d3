"""Undo and redo of everyday edits: record what a call changed, put it back, do it again."""

from collections.abc import Callable

from models.core.service_base import ServiceBase
from models.storage.journal import Journal, recording
from models.storage.journal_apply import apply_journal


class UndoService(ServiceBase):
    """The journal behind the window's undo stack; each undo or redo is one transaction."""

    def record[T](self, call: Callable[[], T]) -> tuple[T, Journal]:
        """Runs `call` (any service calls) and returns its result with what it changed."""
        with recording() as active:
            result = call()
        return result, active.journal

    def undo(self, journal: Journal) -> None:
        """Puts back every row as it was; UserError (nothing changed) if they changed since."""
        with self.database.session_factory.begin() as session:
            apply_journal(session, journal, backwards=True)

    def redo(self, journal: Journal) -> None:
        """Does the step again; UserError (nothing changed) if the rows changed since."""
        with self.database.session_factory.begin() as session:
            apply_journal(session, journal, backwards=False)
