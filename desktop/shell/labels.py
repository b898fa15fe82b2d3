"""Human words for the stored enum values, translated through Qt."""

import re

from PySide6.QtCore import QCoreApplication

from models.core.enums import (
    ActionStatus,
    Engagement,
    Responsible,
    SessionKind,
    TrajectoryStatus,
    WorkStatus,
)


def status_label(value: str) -> str:
    """A trajectory's status."""
    words: dict[str, str] = {
        TrajectoryStatus.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        TrajectoryStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        TrajectoryStatus.RUNNING: QCoreApplication.translate("Labels", "Running"),
        TrajectoryStatus.STOPPED: QCoreApplication.translate("Labels", "Stopped early"),
        TrajectoryStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        TrajectoryStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return words.get(value, value)


def phase_status_label(value: str) -> str:
    """The status of a phase, milestone or task."""
    words: dict[str, str] = {
        WorkStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        WorkStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        WorkStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        WorkStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return words.get(value, value)


def session_kind_label(value: str) -> str:
    words: dict[str, str] = {
        SessionKind.FIRST_MEETING: QCoreApplication.translate("Labels", "First meeting"),
        SessionKind.INFO_SESSION: QCoreApplication.translate("Labels", "Info session"),
        SessionKind.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up meeting"),
        SessionKind.WORK_SESSION: QCoreApplication.translate("Labels", "Work session"),
        SessionKind.NETWORK_SESSION: QCoreApplication.translate(
            "Labels", "Learning network session"
        ),
        SessionKind.INSPIRATION_DAY: QCoreApplication.translate("Labels", "Inspiration day"),
        SessionKind.PRESS_MOMENT: QCoreApplication.translate("Labels", "Press moment"),
        SessionKind.EVALUATION: QCoreApplication.translate("Labels", "Evaluation"),
        SessionKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
    }
    return words.get(value, value)


def engagement_label(value: str) -> str:
    words: dict[str, str] = {
        Engagement.INFORMS: QCoreApplication.translate("Labels", "Informs"),
        Engagement.COMMUNICATES: QCoreApplication.translate("Labels", "Communicates along"),
        Engagement.COOPERATES: QCoreApplication.translate("Labels", "Works along"),
    }
    return words.get(value, value)


def action_status_label(value: str) -> str:
    """An action's status: open, or one of the work statuses phases and tasks share."""
    if value == ActionStatus.OPEN:
        return QCoreApplication.translate("Labels", "Open")
    return phase_status_label(value)


def responsible_label(value: str) -> str:
    """Who carries a phase, milestone or task when it is not one named person."""
    words: dict[str, str] = {
        Responsible.PROVIDER: QCoreApplication.translate("Labels", "Provider"),
        Responsible.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        Responsible.BOTH: QCoreApplication.translate("Labels", "Provider and municipality"),
        Responsible.PARTICIPANTS: QCoreApplication.translate("Labels", "Participants"),
    }
    return words.get(value, value)


def phase_label(label: str) -> str:
    """A phase's stored label ('Fase 2', as the programme and the documents say it), or a text
    that starts with one ('Fase 2 Uitwerking'), in the interface's language ('Phase 2')."""
    match = re.match(r"Fase (\d+)\b", label)
    if match is None:
        return label
    phase = QCoreApplication.translate("Labels", "Phase %1").replace("%1", match.group(1))
    return phase + label[match.end() :]
