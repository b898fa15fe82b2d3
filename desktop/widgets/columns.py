"""Column definitions of the tables, with Belgian formatting of dates and amounts."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop.shell.formats import date_text, datetime_text
from desktop.shell.labels import (
    engagement_label,
    phase_status_label,
    session_kind_label,
    status_label,
)
from desktop.widgets.row_table import Column
from models.trajectories.rows import SessionRow


def _date(value: date | None) -> str:
    return date_text(value) if value else ""


def _datetime(value: datetime | None) -> str:
    return datetime_text(value) if value else ""


def trajectory_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Trajectory"), lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Programme"), lambda r: r.programme_name),
        Column(QCoreApplication.translate("Columns", "Clients"), lambda r: ", ".join(r.clients)),
        Column(
            QCoreApplication.translate("Columns", "Start"),
            lambda r: _date(r.start_date),
            lambda r: r.start_date,
        ),
        Column(QCoreApplication.translate("Columns", "Phase now"), lambda r: r.current_phase),
        Column(QCoreApplication.translate("Columns", "Status"), lambda r: status_label(r.status)),
    ]


def _session_title(row: SessionRow) -> str:
    """A session of a phase the quote does not book says so (it is planned, not sold)."""
    if row.booked:
        return row.title
    return QCoreApplication.translate("Columns", "%1 (not booked)").replace("%1", row.title)


def session_columns(with_trajectory: bool = False) -> list[Column]:
    columns = [
        Column(
            QCoreApplication.translate("Columns", "When"),
            lambda r: _datetime(r.starts_at),
            lambda r: r.starts_at,
        ),
        Column(QCoreApplication.translate("Columns", "Session"), _session_title),
        Column(QCoreApplication.translate("Columns", "Kind"), lambda r: session_kind_label(r.kind)),
        Column(QCoreApplication.translate("Columns", "Location"), lambda r: r.location),
        Column(
            QCoreApplication.translate("Columns", "Registered / present"),
            lambda r: f"{r.registered} / {r.present}",
            lambda r: r.registered,
        ),
    ]
    if with_trajectory:
        columns.insert(
            2,
            Column(
                QCoreApplication.translate("Columns", "Trajectory"), lambda r: r.trajectory_name
            ),
        )
    return columns


def phase_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Phase"), lambda r: r.label),
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name),
        Column(
            QCoreApplication.translate("Columns", "From"),
            lambda r: _date(r.planned_start),
            lambda r: r.planned_start,
        ),
        Column(
            QCoreApplication.translate("Columns", "Until"),
            lambda r: _date(r.planned_end),
            lambda r: r.planned_end,
        ),
        Column(
            QCoreApplication.translate("Columns", "Status"), lambda r: phase_status_label(r.status)
        ),
    ]


def people_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Email"), lambda r: r.email),
        Column(QCoreApplication.translate("Columns", "Phone"), lambda r: r.phone),
        Column(QCoreApplication.translate("Columns", "Municipality"), lambda r: r.municipality),
        Column(QCoreApplication.translate("Columns", "Organisation"), lambda r: r.organisation),
    ]


def project_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Project"), lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Place"), lambda r: r.place),
        Column(QCoreApplication.translate("Columns", "Leads"), lambda r: ", ".join(r.leads)),
    ]


def contact_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r[0]),
        Column(QCoreApplication.translate("Columns", "Role"), lambda r: r[1]),
    ]


def partner_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Partner"), lambda r: r[0]),
        Column(QCoreApplication.translate("Columns", "Category"), lambda r: r[1]),
        Column(
            QCoreApplication.translate("Columns", "Engagement"), lambda r: engagement_label(r[2])
        ),
    ]


def action_columns(with_trajectory: bool = False) -> list[Column]:
    columns = [
        Column(
            QCoreApplication.translate("Columns", "Due"),
            lambda r: _date(r.due_on),
            lambda r: r.due_on,
        ),
        Column(QCoreApplication.translate("Columns", "Action"), lambda r: r.title),
        Column(QCoreApplication.translate("Columns", "Owner"), lambda r: r.owner),
        Column(QCoreApplication.translate("Columns", "Project"), lambda r: r.project),
    ]
    if with_trajectory:
        columns.insert(
            2,
            Column(
                QCoreApplication.translate("Columns", "Trajectory"), lambda r: r.trajectory_name
            ),
        )
    return columns
