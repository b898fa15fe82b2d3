"""Table models of the import preview: problem rows (fix or skip in place) and suggestions."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from desktop.shell.theme import qcolor
from desktop.widgets.list_table import Index, ListTableModel

RowKey = tuple[int, int]


def field_label(field: str) -> str:
    labels = {
        "first_name": QCoreApplication.translate("ImportFields", "First name"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "full_name": QCoreApplication.translate("ImportFields", "Full name (first name first)"),
        "last_first_name": QCoreApplication.translate(
            "ImportFields", "Full name (last name first)"
        ),
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "email": QCoreApplication.translate("ImportFields", "Email"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "postcode": QCoreApplication.translate("ImportFields", "Postcode"),
        "municipality": QCoreApplication.translate("ImportFields", "Municipality"),
        "organisation": QCoreApplication.translate("ImportFields", "Organisation"),
        "consent": QCoreApplication.translate("ImportFields", "Consent"),
        "ignore": QCoreApplication.translate("ImportFields", "— do not import —"),
    }
    return labels.get(field, field)


@dataclass(frozen=True)
class ProblemLine:
    key: RowKey
    sheet: str
    row: int
    field: str
    message: str
    value: str  # what the sheet (or the coach's fix) says
    skipped: bool
    blocking: bool


class ProblemTableModel(ListTableModel):
    """Row · Field · Problem · Value (editable) · Skip (checkable)."""

    ROW, FIELD, MESSAGE, VALUE, SKIP = range(5)
    fix_requested = Signal(object, str, str)  # row key, field, text
    skip_toggled = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("ImportPreview", "Row"),
                QCoreApplication.translate("ImportPreview", "Field"),
                QCoreApplication.translate("ImportPreview", "Problem"),
                QCoreApplication.translate("ImportPreview", "Value (type to fix)"),
                QCoreApplication.translate("ImportPreview", "Skip"),
            ],
            parent,
        )

    def line(self, row: int) -> ProblemLine:
        line: ProblemLine = self._rows[row]
        return line

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        line = self.row_for(index)
        if index.column() == self.SKIP and line is not None and not line.blocking:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_for(index)
        if line is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ROW:
                return f"{line.sheet} {line.row}".strip()
            if column == self.FIELD:
                return field_label(line.field)
            if column == self.MESSAGE:
                return line.message
            if column == self.VALUE:
                return line.value
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return line.message
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SKIP:
            # A row that cannot be imported as it is shows as skipped until it is fixed.
            skipped = line.skipped or line.blocking
            return Qt.CheckState.Checked if skipped else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.row_for(index)
        if line is None:
            return False
        if index.column() == self.VALUE and role == Qt.ItemDataRole.EditRole:
            text = str(value)
            if text != line.value:
                self.fix_requested.emit(line.key, line.field, text)
            return True
        if index.column() == self.SKIP and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.skip_toggled.emit(line.key, checked)
            return True
        return False


@dataclass(frozen=True)
class SuggestionLine:
    """One resemblance, both people side by side: the row, and who it may be."""

    key: RowKey
    row_label: str  # the row (and the sheet, when there are several)
    mine: str  # this row's person: name and place, then e-mail and phone (two lines)
    target: str
    theirs: str  # who it may be, in the same two lines
    reason: str  # why, in the coach's words
    conflict: bool  # "possibly the same person": a detail differs; kept apart unless ticked
    accepted: bool  # merged in this preview


class SuggestionTableModel(ListTableModel):
    """Row · This row · Looks like · Why · Same person (checkable).

    A likely match with nothing in conflict comes ticked (the coach can untick it); any
    other resemblance comes unticked: nothing else merges unless the coach ticks it.
    """

    ROW, MINE, THEIRS, WHY, SAME = range(5)
    accept_toggled = Signal(object, str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("ImportPreview", "Row"),
                QCoreApplication.translate("ImportPreview", "This row"),
                QCoreApplication.translate("ImportPreview", "Looks like"),
                QCoreApplication.translate("ImportPreview", "Why"),
                QCoreApplication.translate("ImportPreview", "Same person"),
            ],
            parent,
        )

    def line(self, row: int) -> SuggestionLine:
        line: SuggestionLine = self._rows[row]
        return line

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.SAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_for(index)
        if line is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (line.row_label, line.mine, line.theirs, line.reason, None)
            return texts[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SAME:
            return Qt.CheckState.Checked if line.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHY and line.conflict:
            return qcolor("attention")  # dark orange in light, amber in dark
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.row_for(index)
        checkbox = index.column() == self.SAME and role == Qt.ItemDataRole.CheckStateRole
        if line is not None and checkbox:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.accept_toggled.emit(line.key, line.target, checked)
            return True
        return False
