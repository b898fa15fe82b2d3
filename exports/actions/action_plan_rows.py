"""The action plan's rows and texts: pure functions of the plan's plain data, tested alone."""

from __future__ import annotations

from datetime import date, datetime

from models.actions.dto import UNFINISHED, ActionPlanDocument, NextSession, PlanAction, PlanSection
from models.core.enums import ActionStatus
from models.core.formatting import format_date, format_date_long, format_time

BOX_OPEN, BOX_DONE = "\u2610", "\u2611"  # ☐ ☑: ticked off by hand, or already done
ACTION_HEADER = ("", "Nr", "Wat", "Wie", "Tegen", "Status")


OVERVIEW_HEADER = ("", "Trekkers", "Open", "Te laat", "Eerstvolgende")


STATUS_TEXT: dict[str, str] = {
    ActionStatus.OPEN: "open",
    ActionStatus.IN_PROGRESS: "bezig",
    ActionStatus.DONE: "klaar",
    ActionStatus.CANCELLED: "geschrapt",
}


OVERDUE_TEXT = "te laat"


_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


KIND = "Actieplan"


def status_text(action: PlanAction) -> str:
    """'te laat' says more than 'open' for an action past its date; colour carries nothing."""
    if action.overdue:
        return OVERDUE_TEXT
    return STATUS_TEXT.get(action.status, action.status)


def action_rows(section: PlanSection) -> list[list[str]]:
    """Header plus one row per action: tick box, number, what, who, by when, status."""
    rows = [list(ACTION_HEADER)]
    for action in section.actions:
        box = BOX_DONE if action.status == ActionStatus.DONE else BOX_OPEN
        due = format_date(action.due_on) if action.due_on else "—"
        owner = action.owner or "nog niemand"
        rows.append([box, str(action.number), action.title, owner, due, status_text(action)])
    return rows


def when_text(moment: datetime | None) -> str:
    """'maandag 4 januari 2027 om 19:30'; an unplanned date says so."""
    if moment is None:
        return "datum nog te bepalen"
    day = f"{_WEEKDAYS[moment.weekday()]} {format_date_long(moment.date())}"
    if moment.hour == 0 and moment.minute == 0:
        return day
    return f"{day} om {format_time(moment.time())}"


def session_text(doc: ActionPlanDocument) -> str:
    """'Werksessie 1: … (03/11/2026)' or '' when the plan follows no session yet."""
    if not doc.session_title:
        return ""
    when = f" ({format_date(doc.session_at.date())})" if doc.session_at else ""
    return f"{doc.session_title}{when}"


def cover_facts(doc: ActionPlanDocument) -> list[tuple[str, str]]:
    """The facts of the cover: trajectory, clients, session, date, coaching."""
    facts = [("Traject", doc.trajectory_name)]
    if doc.is_project_plan:
        facts.insert(0, (doc.project_label.capitalize(), doc.subject))
    if doc.clients:
        facts.append((doc.clients_label, ", ".join(doc.clients)))
    session = session_text(doc)
    if session:
        facts.append(("Opgemaakt na", session))
    facts.append(("Datum", format_date_long(doc.issued_on)))
    if doc.provider_name:
        facts.append(("Begeleiding", doc.provider_name))
    return facts


def section_facts(section: PlanSection) -> list[tuple[str, str]]:
    """Goals, trekkers and functions of a project; only what is filled in."""
    facts = []
    if section.goals:
        facts.append(("Doel", section.goals))
    if section.leads:
        label = "Trekker" if len(section.leads) == 1 else "Trekkers"
        facts.append((label, ", ".join(section.leads)))
    if section.functions:
        facts.append(("Functies", ", ".join(section.functions)))
    if section.place and section.place not in section.title:
        facts.insert(0, ("Plaats", section.place))
    return facts


def _next_due(section: PlanSection) -> date | None:
    dates = [a.due_on for a in section.actions if a.due_on and a.status in UNFINISHED]
    return min(dates) if dates else None


def overview_rows(doc: ActionPlanDocument) -> list[list[str]]:
    """The cover's table: per section its trekkers, open and late actions, the next date."""
    header = [doc.project_label.capitalize() if any(s.leads for s in doc.sections) else ""]
    rows = [header + list(OVERVIEW_HEADER[1:])]
    rows[0][0] = rows[0][0] or "Onderdeel"
    for section in doc.sections:
        due = _next_due(section)
        rows.append(
            [
                section.title,
                ", ".join(section.leads) or "—",
                str(section.open_count),
                str(section.overdue_count) if section.overdue_count else "—",
                format_date(due) if due else "—",
            ]
        )
    return rows


def next_session_lines(next_session: NextSession | None) -> list[str]:
    """What, when and where the plan is looked at next; a line when nothing is planned."""
    if next_session is None:
        return ["Er is nog geen volgende bijeenkomst gepland."]
    lines = [next_session.title, when_text(next_session.starts_at)]
    place = ", ".join(p for p in (next_session.location, next_session.address) if p)
    if place:
        lines.append(place)
    return lines


def next_session_note(next_session: NextSession | None) -> str:
    if next_session is None or not next_session.open_actions:
        return ""
    return "We overlopen er samen de openstaande acties: breng je plan mee."


def empty_text(doc: ActionPlanDocument) -> str:
    return f"Nog geen acties voor dit {doc.project_label}."


def document_title(doc: ActionPlanDocument) -> str:
    return f"{KIND} {doc.subject}"
