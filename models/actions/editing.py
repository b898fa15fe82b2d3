"""Actions: create and change them, every change kept in the action's history.

Used by live session mode (actions captured as they are said), the action plan view and the
command line alike, so the history is complete whoever made the change.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import ActionStatus
from models.core.errors import UserError
from models.core.formatting import format_date
from models.orm import (
    Action,
    ActionEvent,
    ParticipantProject,
    Person,
    Trajectory,
    TrajectorySession,
)

_UNSET = object()
_TITLE_MAX = 500


@dataclass(frozen=True)
class ActionInput:
    """What the coach typed for a new action; the owner is a known person or free text."""

    title: str
    owner_person_uid: uuid.UUID | None = None
    owner_text: str = ""
    due_on: date | None = None
    project_uid: uuid.UUID | None = None
    origin_session_uid: uuid.UUID | None = None
    phase_uid: uuid.UUID | None = None
    description: str = ""


def _clean_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise UserError("Describe the action: what has to happen?", field="title")
    if len(text) > _TITLE_MAX:
        raise UserError(
            "An action is at most {limit} characters long; put the details in the description.",
            limit=_TITLE_MAX,
            field="title",
        )
    return text


def _check_links(session: Session, trajectory_uid: uuid.UUID, data: ActionInput) -> None:
    if session.get(Trajectory, trajectory_uid) is None:
        raise UserError("This trajectory no longer exists.", field="trajectory")
    if data.owner_person_uid is not None and session.get(Person, data.owner_person_uid) is None:
        raise UserError("This person no longer exists; choose another one.", field="owner")
    if data.project_uid is not None:
        project = session.get(ParticipantProject, data.project_uid)
        if project is None or project.trajectory_uid != trajectory_uid:
            raise UserError("This project does not belong to this trajectory.", field="project")
    if data.origin_session_uid is not None:
        meeting = session.get(TrajectorySession, data.origin_session_uid)
        if meeting is None or meeting.trajectory_uid != trajectory_uid:
            raise UserError("This session does not belong to this trajectory.", field="session")


def add_action(
    session: Session, trajectory_uid: uuid.UUID, data: ActionInput, *, by: str = ""
) -> Action:
    """A new open action, last in the trajectory's order; its creation is its first history line."""
    title = _clean_title(data.title)
    _check_links(session, trajectory_uid, data)
    last = session.scalar(
        select(func.max(Action.position)).where(Action.trajectory_uid == trajectory_uid)
    )
    action = Action(
        trajectory_uid=trajectory_uid,
        title=title,
        description=data.description.strip(),
        owner_person_uid=data.owner_person_uid,
        owner_text=" ".join(data.owner_text.split()) if data.owner_person_uid is None else "",
        due_on=data.due_on,
        project_uid=data.project_uid,
        origin_session_uid=data.origin_session_uid,
        phase_uid=data.phase_uid,
        status=ActionStatus.OPEN,
        # After every action already there, also those the demo numbered.
        position=0 if last is None else last + 1,
    )
    session.add(action)
    session.flush()
    action.events.append(
        ActionEvent(field="created", old_value=None, new_value=title, changed_by=by)
    )
    return action


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, ActionStatus):
        return value.value
    return str(value)


def _record(action: Action, field: str, old: object, new: object, by: str) -> None:
    if old != new:
        action.events.append(
            ActionEvent(field=field, old_value=_shown(old), new_value=_shown(new), changed_by=by)
        )


def update_action(
    session: Session,
    action_uid: uuid.UUID,
    *,
    title: object = _UNSET,
    status: object = _UNSET,
    due_on: object = _UNSET,
    owner_person_uid: object = _UNSET,
    owner_text: object = _UNSET,
    project_uid: object = _UNSET,
    today: date,
    by: str = "",
) -> Action:
    """Changes the given fields only; each real change becomes one history line."""
    action = session.get(Action, action_uid)
    if action is None:
        raise UserError("This action no longer exists.", field="action")
    if title is not _UNSET:
        new_title = _clean_title(str(title))
        _record(action, "title", action.title, new_title, by)
        action.title = new_title
    if status is not _UNSET:
        new_status = ActionStatus(str(status))
        _record(action, "status", action.status, new_status, by)
        action.status = new_status
        action.done_on = today if new_status is ActionStatus.DONE else None
    if due_on is not _UNSET:
        if due_on is not None and not isinstance(due_on, date):
            raise UserError("Give the due date as a date, e.g. 23/11/2026.", field="due_on")
        _record(action, "due_on", action.due_on, due_on, by)
        action.due_on = due_on
    if owner_person_uid is not _UNSET or owner_text is not _UNSET:
        _change_owner(session, action, owner_person_uid, owner_text, by)
    if project_uid is not _UNSET:
        data = ActionInput(title=action.title, project_uid=project_uid)  # type: ignore[arg-type]
        _check_links(session, action.trajectory_uid, data)
        _record(action, "project", action.project_uid, project_uid, by)
        action.project_uid = project_uid  # type: ignore[assignment]
    return action


def _owner_name(session: Session, person_uid: uuid.UUID | None, text: str) -> str:
    if person_uid is not None:
        person = session.get(Person, person_uid)
        return person.full_name if person else ""
    return text


def _change_owner(
    session: Session, action: Action, person_uid: object, text: object, by: str
) -> None:
    new_person = action.owner_person_uid if person_uid is _UNSET else person_uid
    new_text = "" if new_person is not None else ("" if text is _UNSET else str(text))
    if new_person is not None and not isinstance(new_person, uuid.UUID):
        raise UserError("Choose the owner from the list, or type a name.", field="owner")
    if new_person is not None and session.get(Person, new_person) is None:
        raise UserError("This person no longer exists; choose another one.", field="owner")
    old_name = _owner_name(session, action.owner_person_uid, action.owner_text)
    new_name = _owner_name(session, new_person, " ".join(new_text.split()))
    _record(action, "owner", old_name, new_name, by)
    action.owner_person_uid = new_person
    action.owner_text = " ".join(new_text.split())


def is_overdue(action: Action, today: date) -> bool:
    """Open or in progress, with a due date before today."""
    return (
        action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        and action.due_on is not None
        and action.due_on < today
    )
