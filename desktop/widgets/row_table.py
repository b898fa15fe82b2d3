"""A table model over a plain list of rows; it sorts its own list (no proxy: see FACTS.md)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.widgets.list_table import Index, ListTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object behind a line
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


class RowTableModel(ListTableModel):
    """Shows rows through column definitions; `set_rows` replaces them all at once."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        muted: Callable[[Any], bool] | None = None,
    ) -> None:
        """`muted(row)`: a line drawn in the palette's quiet colour (planned but not booked)."""
        super().__init__([column.header for column in columns], parent)
        self._columns = list(columns)
        self._muted = muted

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.display(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(row):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(column, row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        definition = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda row: self._sort_value(definition, row),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()

    @staticmethod
    def _sort_value(column: Column, row: Any) -> Any:
        if column.sort_key is not None:
            value = column.sort_key(row)
            # None sorts last in ascending order without comparing None to other types.
            return (value is None, value if value is not None else 0)
        return (False, column.display(row).casefold())
