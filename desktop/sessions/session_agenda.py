"""The agenda table of the session editor: edit in place, reorder by dragging or Alt+arrows.

Start times are derived (session start plus the minutes before), so they are never edited;
every change goes to the workspace at once and the table reloads with the new times.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal

from desktop.shell.formats import time_text
from desktop.shell.messages import user_message
from desktop.widgets.list_table import Index, ListTableModel
from models.core.errors import UserError
from models.sessions.dto import AgendaRow

MIME = "application/x-trajectwijzer-agenda-row"
START, TITLE, MINUTES, METHOD, WHO = range(5)
FIELDS = {TITLE: "title", MINUTES: "minutes", METHOD: "method", WHO: "who"}


class AgendaModel(ListTableModel):
    """Rows are AgendaRow DTOs; edits and moves are handed to callbacks that call the workspace."""

    failed = Signal(str)  # a UserError's message

    def __init__(
        self,
        on_edit: Callable[[str, str, str], None],
        on_move: Callable[[str, int], None],
        parent: Any = None,
    ) -> None:
        super().__init__(
            [
                self.tr("Start"),
                self.tr("Agenda item"),
                self.tr("Minutes"),
                self.tr("Method"),
                self.tr("Who"),
            ],
            parent,
        )
        self._on_edit = on_edit
        self._on_move = on_move

    def row_at(self, row: int) -> AgendaRow:
        agenda_row: AgendaRow = self._rows[row]
        return agenda_row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            column = index.column()
            if column == START:
                return time_text(row.starts_at.time()) if row.starts_at else ""
            if column == MINUTES:
                return str(row.minutes) if role == Qt.ItemDataRole.DisplayRole else row.minutes
            return getattr(row, FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (START, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != START:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == START:
            return False
        row = self._rows[index.row()]
        try:
            self._on_edit(row.uid, FIELDS[index.column()], str(value))
        except UserError as error:
            self.failed.emit(user_message(error))
            return False
        return True

    # drag and drop: the row number travels in our own mime type; the workspace does the move

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Moves the dragged block; returns False so the view never removes a row itself."""
        if not data.hasFormat(MIME) or action != Qt.DropAction.MoveAction:
            return False
        source = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if source < target:
            target -= 1  # the dragged row leaves its place first
        if 0 <= source < len(self._rows) and source != target:
            self._on_move(self._rows[source].uid, target)
        return False
