"""Human words for the stored enum values, translated through Qt."""

import re

from PySide6.QtCore import QCoreApplication


def status_label(value: str) -> str:
    return {
        "intake": QCoreApplication.translate("Labels", "Intake"),
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "running": QCoreApplication.translate("Labels", "Running"),
        "stopped": QCoreApplication.translate("Labels", "Stopped early"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)


def phase_status_label(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)


def session_kind_label(value: str) -> str:
    return {
        "kennismakingsoverleg": QCoreApplication.translate("Labels", "First meeting"),
        "infosessie": QCoreApplication.translate("Labels", "Info session"),
        "vervolgbijeenkomst": QCoreApplication.translate("Labels", "Follow-up meeting"),
        "werksessie": QCoreApplication.translate("Labels", "Work session"),
        "lerend_netwerk_sessie": QCoreApplication.translate("Labels", "Learning network session"),
        "inspiratiedag": QCoreApplication.translate("Labels", "Inspiration day"),
        "persmoment": QCoreApplication.translate("Labels", "Press moment"),
        "evaluatie": QCoreApplication.translate("Labels", "Evaluation"),
        "overleg": QCoreApplication.translate("Labels", "Meeting"),
    }.get(value, value)


def engagement_label(value: str) -> str:
    return {
        "informs": QCoreApplication.translate("Labels", "Informs"),
        "communicates": QCoreApplication.translate("Labels", "Communicates along"),
        "cooperates": QCoreApplication.translate("Labels", "Works along"),
    }.get(value, value)


def action_status_label(value: str) -> str:
    """An action's status: open, or one of the work statuses phases and tasks share."""
    if value == "open":
        return QCoreApplication.translate("Labels", "Open")
    return phase_status_label(value)


def responsible_label(value: str) -> str:
    """Who carries a phase, milestone or task when it is not one named person."""
    return {
        "provider": QCoreApplication.translate("Labels", "Provider"),
        "municipality": QCoreApplication.translate("Labels", "Municipality"),
        "both": QCoreApplication.translate("Labels", "Provider and municipality"),
        "participants": QCoreApplication.translate("Labels", "Participants"),
    }.get(value, value)


def phase_label(label: str) -> str:
    """A phase's stored label ('Fase 2', as the programme and the documents say it), or a text
    that starts with one ('Fase 2 Uitwerking'), in the interface's language ('Phase 2')."""
    match = re.match(r"Fase (\d+)\b", label)
    if match is None:
        return label
    phase = QCoreApplication.translate("Labels", "Phase %1").replace("%1", match.group(1))
    return phase + label[match.end() :]
