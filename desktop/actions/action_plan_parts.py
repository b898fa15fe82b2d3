"""Pieces of the Acties tab: status and history words, the grouped model, the status editor."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.shell.formats import date_text, datetime_text
from desktop.shell.labels import action_status_label
from desktop.shell.theme import qcolor
from models.actions.dto import ActionGroup, ActionItem, Choice, Grouping, HistoryLine
from models.core.enums import ActionStatus

STATUSES = tuple(ActionStatus)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActionItem behind a row
STATUS_COLUMN = 4
_Index = QModelIndex | QPersistentModelIndex


def headers() -> list[str]:
    return [
        QCoreApplication.translate("ActionPlanParts", "Due"),
        QCoreApplication.translate("ActionPlanParts", "Action"),
        QCoreApplication.translate("ActionPlanParts", "Owner"),
        QCoreApplication.translate("ActionPlanParts", "Project / phase"),
        QCoreApplication.translate("ActionPlanParts", "Status"),
    ]


def _due_text(item: ActionItem) -> str:
    if item.due_on is None:
        return ""
    text = date_text(item.due_on)
    if not item.overdue:
        return text
    late = QCoreApplication.translate("ActionPlanParts", "late")
    return f"{text} · {late}"


def _where(item: ActionItem) -> str:
    return " · ".join(part for part in (item.project, item.phase) if part)


def _group_title(group: ActionGroup, grouping: Grouping) -> str:
    """The group's name; the catch-all group's name is said in the UI language."""
    if group.key:
        return group.title
    return {
        Grouping.PROJECT: QCoreApplication.translate("ActionPlanParts", "Whole trajectory"),
        Grouping.PHASE: QCoreApplication.translate("ActionPlanParts", "No phase"),
        Grouping.OWNER: QCoreApplication.translate("ActionPlanParts", "Nobody yet"),
    }[grouping]


def fill_model(
    model: QStandardItemModel, groups: Sequence[ActionGroup], grouping: Grouping
) -> None:
    """Groups as top-level rows, their actions under them; only the status cell is editable."""
    model.clear()
    model.setHorizontalHeaderLabels(headers())
    bold = QFont()
    bold.setBold(True)
    for group in groups:
        heading = QStandardItem(
            QCoreApplication.translate("ActionPlanParts", "%1 (%2 open)")
            .replace("%1", _group_title(group, grouping))
            .replace("%2", str(group.open_count))
        )
        heading.setFont(bold)
        heading.setEditable(False)
        heading.setData(group.key, ITEM_ROLE + 1)
        fillers = [QStandardItem() for _ in range(len(headers()) - 1)]
        for filler in fillers:
            filler.setEditable(False)
        for action in group.actions:
            cells = [
                QStandardItem(_due_text(action)),
                QStandardItem(action.title),
                QStandardItem(
                    action.owner or QCoreApplication.translate("ActionPlanParts", "nobody yet")
                ),
                QStandardItem(_where(action)),
                QStandardItem(action_status_label(action.status)),
            ]
            for column, cell in enumerate(cells):
                cell.setEditable(column == STATUS_COLUMN)
                cell.setData(action, ITEM_ROLE)
                cell.setToolTip(action.description or action.title)
            if action.overdue:
                cells[0].setForeground(QBrush(qcolor("error")))  # "late" says it too
                cells[0].setFont(bold)
            if action.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
                for cell in cells:
                    cell.setForeground(QBrush(qcolor("muted")))
            heading.appendRow(cells)
        model.appendRow([heading, *fillers])


def item_at(index: _Index) -> ActionItem | None:
    value = index.data(ITEM_ROLE) if index.isValid() else None
    return value if isinstance(value, ActionItem) else None


class StatusDelegate(QStyledItemDelegate):
    """A combo box in the status cell; choosing a status calls back instead of editing the model,
    so the change goes through the workspace (and its history) and the plan is reloaded."""

    def __init__(self, on_change: Callable[[str, str], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_change = on_change

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for status in STATUSES:
            combo.addItem(action_status_label(status), status)
        # A choice is final at once: commit and close without waiting for the focus to move.
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        action = item_at(index)
        if isinstance(editor, QComboBox) and action is not None:
            editor.setCurrentIndex(max(editor.findData(action.status), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        action = item_at(index)
        if isinstance(editor, QComboBox) and action is not None:
            status = str(editor.currentData())
            if status != action.status:
                # After the editor is closed: the change reloads the model under the view.
                QTimer.singleShot(0, lambda: self._on_change(action.uid, status))


def _field_label(field: str) -> str:
    return {
        "created": QCoreApplication.translate("ActionPlanParts", "Created"),
        "title": QCoreApplication.translate("ActionPlanParts", "Action"),
        "status": QCoreApplication.translate("ActionPlanParts", "Status"),
        "due_on": QCoreApplication.translate("ActionPlanParts", "Due date"),
        "owner": QCoreApplication.translate("ActionPlanParts", "Owner"),
        "project": QCoreApplication.translate("ActionPlanParts", "Project"),
        "carried": QCoreApplication.translate("ActionPlanParts", "On the agenda of"),
    }.get(field, field)


def _value(field: str, value: str, projects: dict[str, str]) -> str:
    if field == "status":
        return action_status_label(value)
    if field == "project":
        return projects.get(value, value) or QCoreApplication.translate(
            "ActionPlanParts", "whole trajectory"
        )
    return value or "—"


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def history_lines(lines: Sequence[HistoryLine], projects: Sequence[Choice]) -> list[str]:
    """'22/11/2026 14:05 · Mieke' over 'Status: Open → Done', oldest first."""
    names = {choice.key: choice.name for choice in projects}
    texts = []
    for line in lines:
        when = datetime_text(_local(line.at))
        who = f" · {line.changed_by}" if line.changed_by else ""
        label = _field_label(line.field)
        if line.field in ("created", "carried"):
            change = f"{label}: {_value(line.field, line.new_value, names)}"
        else:
            old = _value(line.field, line.old_value, names)
            new = _value(line.field, line.new_value, names)
            change = f"{label}: {old} → {new}"
        texts.append(f"{when}{who}\n{change}")
    return texts
