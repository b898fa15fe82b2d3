"""Columns and texts of the Deelnemers tab: people, projects and the progress grid."""

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.shell.formats import date_text, money_text
from desktop.widgets.list_table import Index
from desktop.widgets.row_table import Column, RowTableModel
from models.projects.dto import (
    BudgetSummary,
    ProgressCell,
    ProgressGrid,
    ProjectOptions,
    ProjectSummary,
    TrajectoryPerson,
)


def person_role(person: TrajectoryPerson) -> str:
    """What a person is in this trajectory, most important first."""
    parts = [role for role in person.contact_roles if role]
    if person.is_contact and not parts:
        parts.append(QCoreApplication.translate("ProjectsParts", "Contact person"))
    parts += [
        QCoreApplication.translate("ProjectsParts", "Lead of %1").replace("%1", name)
        for name in person.lead_of
    ]
    parts += [
        QCoreApplication.translate("ProjectsParts", "Member of %1").replace("%1", name)
        for name in person.member_of
    ]
    parts += [
        QCoreApplication.translate("ProjectsParts", "Contact of %1").replace("%1", name)
        for name in person.partner_of
    ]
    if person.is_ambassador:
        parts.append(QCoreApplication.translate("ProjectsParts", "Ambassador"))
    return " · ".join(parts) or QCoreApplication.translate("ProjectsParts", "Participant")


def people_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("ProjectsParts", "Name"), lambda p: p.name),
        Column(
            QCoreApplication.translate("ProjectsParts", "Present"),
            lambda p: f"{p.present} / {p.registered}" if p.registered else "",
            lambda p: p.present,
            align_right=True,
        ),
        Column(QCoreApplication.translate("ProjectsParts", "Role"), person_role),
    ]


def _money(cents: int | None) -> str:
    return money_text(cents) if cents is not None else "—"


def project_columns(
    options: ProjectOptions, projects: tuple[ProjectSummary, ...] = ()
) -> list[Column]:
    """Functions for a buurtpunt; menukaart item and budget for a climate action (last: wide)."""
    columns = [
        Column(
            options.label or QCoreApplication.translate("ProjectsParts", "Project"),
            lambda p: p.name,
        ),
        Column(QCoreApplication.translate("ProjectsParts", "Place"), lambda p: p.place),
        Column(QCoreApplication.translate("ProjectsParts", "Leads"), lambda p: ", ".join(p.leads)),
    ]
    if any(p.other_members for p in projects):
        columns.append(
            Column(
                QCoreApplication.translate("ProjectsParts", "Members"),
                lambda p: ", ".join(p.other_members),
            )
        )
    columns.append(
        Column(
            QCoreApplication.translate("ProjectsParts", "Stage"),
            lambda p: p.stage.name if p.stage else "",
            lambda p: stage_rank(options, p),
        )
    )
    columns.append(
        Column(
            QCoreApplication.translate("ProjectsParts", "Open actions"),
            lambda p: str(p.open_actions),
            lambda p: p.open_actions,
            True,
        )
    )
    if options.uses_budget:
        columns.append(
            Column(
                QCoreApplication.translate("ProjectsParts", "Asked / granted"),
                lambda p: f"{_money(p.budget_requested_cents)} / {_money(p.budget_granted_cents)}",
                lambda p: p.budget_requested_cents,
                align_right=True,
            )
        )
    if options.menu:
        columns.append(
            Column(QCoreApplication.translate("ProjectsParts", "From the menu"), menu_text)
        )
    if options.function_groups:
        columns.append(
            Column(
                QCoreApplication.translate("ProjectsParts", "Functions"),
                lambda p: ", ".join(f.name for f in p.functions),
            )
        )
    return columns


def menu_text(project: ProjectSummary) -> str:
    return (
        project.menu_item.name
        if project.menu_item
        else QCoreApplication.translate("ProjectsParts", "Own idea")
    )


def stage_rank(options: ProjectOptions, project: ProjectSummary) -> int:
    keys = [s.key for s in options.stages]
    return keys.index(project.stage.key) if project.stage and project.stage.key in keys else -1


def cell_text(cell: ProgressCell) -> str:
    """A grid cell: a tick for a note, then the actions (how many still open)."""
    parts = []
    if cell.has_note:
        parts.append("✓ " + QCoreApplication.translate("ProjectsParts", "note"))
    if cell.actions:
        text = QCoreApplication.translate("ProjectsParts", "%n actions", "", cell.actions)
        if cell.open_actions:
            text += " " + QCoreApplication.translate("ProjectsParts", "(%1 open)").replace(
                "%1", str(cell.open_actions)
            )
        parts.append(text)
    return " · ".join(parts) or "—"


def short_title(title: str, limit: int = 24) -> str:
    """'Werksessie 1: stappen en …' -> 'Werksessie 1'; long titles end in an ellipsis."""
    head = title.split(":")[0].strip()
    return head if len(head) <= limit else head[: limit - 1] + "…"


def grid_columns(grid: ProgressGrid) -> list[Column]:
    """The project, one column per work session, and the actions between sessions."""
    columns = [
        Column(
            QCoreApplication.translate("ProjectsParts", "Project"),
            lambda row: grid.projects[row].name,
        )
    ]
    for index, meeting in enumerate(grid.sessions):
        when = date_text(meeting.starts_at.date()) if meeting.starts_at else ""
        title = short_title(meeting.title)
        columns.append(Column(f"{title}\n{when}" if when else title, partial(_cell, grid, index)))
    columns.append(
        Column(
            QCoreApplication.translate("ProjectsParts", "Between sessions"),
            lambda row: cell_text(grid.outside[row]),
        )
    )
    return columns


def _cell(grid: ProgressGrid, column: int, row: int) -> str:
    return cell_text(grid.cells[row][column])


class GridModel(RowTableModel):
    """The progress grid: rows are project indexes; tooltips give whole titles and notes."""

    def __init__(self, grid: ProgressGrid, parent: Any = None) -> None:
        super().__init__(grid_columns(grid), parent)
        self._grid = grid
        self.set_rows(list(range(len(grid.projects))))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        sessions = self._grid.sessions
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 1 <= section <= len(sessions)
        ):
            return sessions[section - 1].title
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() >= 1:
            row, column = index.row(), index.column() - 1
            if row < len(self._grid.cells) and column < len(self._grid.sessions):
                return self._grid.cells[row][column].note_preview or None
        return super().data(index, role)


def budget_text(overview_budget: BudgetSummary | None) -> str:
    """'Working budget € 5.000,00 · asked € 6.000,00 · granted € 3.000,00 · left € 2.000,00'."""
    if overview_budget is None:
        return ""
    parts = []
    if overview_budget.working_budget_cents is not None:
        parts.append(
            QCoreApplication.translate("ProjectsParts", "Working budget %1").replace(
                "%1", money_text(overview_budget.working_budget_cents)
            )
        )
    parts.append(
        QCoreApplication.translate("ProjectsParts", "asked %1").replace(
            "%1", money_text(overview_budget.requested_cents)
        )
    )
    parts.append(
        QCoreApplication.translate("ProjectsParts", "granted %1").replace(
            "%1", money_text(overview_budget.granted_cents)
        )
    )
    budget = overview_budget.working_budget_cents
    if budget is None:
        parts.insert(0, QCoreApplication.translate("ProjectsParts", "Working budget not set"))
    elif overview_budget.asked_over_budget:
        parts.append(
            QCoreApplication.translate("ProjectsParts", "asked %1 more than the budget").replace(
                "%1", money_text(overview_budget.requested_cents - budget)
            )
        )
    remaining = overview_budget.remaining_cents
    if remaining is not None:
        if remaining < 0:
            parts.append(
                QCoreApplication.translate("ProjectsParts", "%1 over budget").replace(
                    "%1", money_text(-remaining)
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("ProjectsParts", "left %1").replace(
                    "%1", money_text(remaining)
                )
            )
    return " · ".join(parts)
