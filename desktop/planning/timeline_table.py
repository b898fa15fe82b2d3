"""The editable table beside the timeline: dates, who and status, edited in place."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.shell.formats import date_text, datetime_text
from desktop.shell.labels import action_status_label, phase_label, responsible_label
from desktop.shell.theme import qcolor
from desktop.widgets.list_table import Index, ListTableModel
from models.core.enums import PlanItemKind, Responsible, SessionStatus, WorkStatus

Choices = list[tuple[str, str]]  # (stored value, label)
PARTIES = (
    Responsible.PROVIDER,
    Responsible.MUNICIPALITY,
    Responsible.BOTH,
    Responsible.PARTICIPANTS,
)
DONE = (WorkStatus.DONE, SessionStatus.HELD)
CANCELLED = (WorkStatus.CANCELLED, SessionStatus.CANCELLED)


def status_text(value: str) -> str:
    if value == SessionStatus.HELD:
        return QCoreApplication.translate("Planning", "Held")
    return action_status_label(value)


def row_status(row: Any) -> str:
    """The status as the table shows it: 'Not booked' for an item outside the booked scope."""
    if not getattr(row, "booked", True):
        return QCoreApplication.translate("Planning", "Not booked")
    if getattr(row, "overdue", False):  # said in words, not only in red
        late = QCoreApplication.translate("Planning", "late")
        return f"⚠ {status_text(row.status)} · {late}"
    return status_text(row.status)


def status_choices(row: Any) -> Choices:
    session = getattr(row, "kind", PlanItemKind.TASK) == PlanItemKind.SESSION
    values: tuple[str, ...] = tuple(SessionStatus) if session else WORK_STATUSES
    return [(value, status_text(value)) for value in values]


WORK_STATUSES = tuple(WorkStatus)


def who_text(row: Any) -> str:
    """The named person, else the party, in the UI language."""
    if row.responsible == Responsible.PERSON:
        return str(row.who)
    return responsible_label(row.responsible) if row.responsible else ""


def _day(value: date | None) -> str:
    return date_text(value) if value else ""


@dataclass(frozen=True)
class EditColumn:
    """A column; `field` names what an edit changes, `choices` makes its editor a list."""

    header: str
    display: Callable[[Any], str]
    field: str = ""
    current: Callable[[Any], str] | None = None
    choices: Callable[[Any], Choices] | None = None
    check: bool = False  # a tick box: done or not


class EditableRowsModel(ListTableModel):
    """Plain rows with per-row editable fields; an edit is reported, never stored here."""

    edit_requested = Signal(str, str, str)  # uid, field, value as typed or chosen

    def __init__(self, columns: Sequence[EditColumn], parent: Any = None) -> None:
        super().__init__([column.header for column in columns], parent)
        self.columns = list(columns)

    def _editable(self, row: Any, column: EditColumn) -> bool:
        field = "status" if column.check else column.field
        return bool(field) and field in row.editable

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, column = self._rows[index.row()], self.columns[index.column()]
        if not self._editable(row, column):
            return base
        return base | (
            Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.check else column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.current(row) if column.current else column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.display(row) or None
        if role == Qt.ItemDataRole.CheckStateRole and column.check:
            done = row.status in DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in CANCELLED or not getattr(row, "booked", True):
                return QBrush(qcolor("muted"))
            return QBrush(qcolor("error")) if row.overdue else None
        if role == Qt.ItemDataRole.FontRole and getattr(row, "kind", "") == PlanItemKind.PHASE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & ~(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        ):
            return False
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.check:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            status = WorkStatus.DONE if checked else WorkStatus.PLANNED
            self.edit_requested.emit(row.uid, "status", status.value)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value if value is not None else "").strip()
        if text == str(self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False  # nothing changed: no workspace call
        self.edit_requested.emit(row.uid, column.field, text)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A list to pick from in columns with choices; a line to type a date in the others."""

    def _column(self, index: Index) -> EditColumn | None:
        model = index.model()
        return model.columns[index.column()] if isinstance(model, EditableRowsModel) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        model = index.model()
        if column is None or column.choices is None or not isinstance(model, EditableRowsModel):
            editor = super().createEditor(parent, option, index)
            editor.setToolTip(
                QCoreApplication.translate("Planning", "Type a date as dd/mm/yyyy, e.g. 22/11/2026")
            )
            return editor
        combo = QComboBox(parent)
        for value, label in column.choices(model.row_at(index.row())):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def plan_columns(people: Callable[[], Choices]) -> list[EditColumn]:
    """What · From · Until · Who · Status · Done on: a phase, milestone or session per line."""

    def who_choices(row: Any) -> Choices:
        return [(p, responsible_label(p)) for p in PARTIES] + people()

    def when(row: Any) -> str:
        return str(datetime_text(row.starts_at)) if row.starts_at else _day(row.planned_start)

    def name(row: Any) -> str:
        if row.kind == PlanItemKind.PHASE:
            return f"{phase_label(row.label)} {row.name}"
        mark = "◆ " if row.kind == PlanItemKind.MILESTONE else "● "
        optional = QCoreApplication.translate("Planning", " (optional)") if row.optional else ""
        return f"    {mark}{row.name}{optional}"

    def actual(row: Any) -> str:
        return _day(row.actual_end if row.kind == PlanItemKind.PHASE else row.actual_start)

    return [
        EditColumn(QCoreApplication.translate("Planning", "What"), name),
        EditColumn(
            QCoreApplication.translate("Planning", "From"),
            when,
            "planned_start",
            lambda r: _day(r.planned_start),
        ),
        EditColumn(
            QCoreApplication.translate("Planning", "Until"),
            lambda r: _day(r.planned_end),
            "planned_end",
        ),
        EditColumn(
            QCoreApplication.translate("Planning", "Who"),
            who_text,
            "responsible",
            _who_value,
            who_choices,
        ),
        EditColumn(
            QCoreApplication.translate("Planning", "Status"),
            row_status,
            "status",
            _status,
            status_choices,
        ),
        EditColumn(QCoreApplication.translate("Planning", "Done on"), actual, "actual_end", actual),
    ]


def task_columns(people: Callable[[], Choices], with_phase: bool = True) -> list[EditColumn]:
    """Done · Task · Who · Due · Status: the checklist and the tasks of named people."""

    def who_choices(row: Any) -> Choices:
        return [(p, responsible_label(p)) for p in PARTIES] + people()

    columns = [
        EditColumn(QCoreApplication.translate("Planning", "Done"), lambda r: "", check=True),
        EditColumn(QCoreApplication.translate("Planning", "Task"), lambda r: r.title),
        EditColumn(
            QCoreApplication.translate("Planning", "Who"),
            who_text,
            "responsible",
            _who_value,
            who_choices,
        ),
        EditColumn(
            QCoreApplication.translate("Planning", "Due"),
            lambda r: _day(r.due_on) or QCoreApplication.translate("Planning", "ongoing"),
            "planned_end",
            _due,
        ),
        EditColumn(
            QCoreApplication.translate("Planning", "Status"),
            row_status,
            "status",
            _status,
            status_choices,
        ),
    ]
    if with_phase:
        columns.insert(
            2, EditColumn(QCoreApplication.translate("Planning", "Phase"), lambda r: r.phase_label)
        )
    return columns


def _who_value(row: Any) -> str:
    return f"person:{row.person_uid}" if row.person_uid else str(row.responsible)


def _status(row: Any) -> str:
    return str(row.status)


def _due(row: Any) -> str:
    return _day(row.due_on)


def editable_table(model: EditableRowsModel) -> QTableView:
    """A table of the plan edited in place: a row at a time, choices from a list."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view
