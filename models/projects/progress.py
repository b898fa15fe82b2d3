"""Following projects across sessions: a progress note and actions per session and project."""

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.actions.editing import ActionInput, add_action, update_action
from models.core.enums import ActionStatus, NoteKind, SessionKind, SessionStatus
from models.core.errors import UserError
from models.core.lookup import trajectory_or_fail
from models.orm import Action, Person, SessionNote, TrajectorySession
from models.projects.dto import (
    ProgressCell,
    ProgressGrid,
    ProgressNote,
    ProgressSession,
    ProjectAction,
    SessionProgress,
)
from models.projects.editing import get_project, list_projects, project_options

# Sessions where the participants work on their projects; others join the grid once they hold
# a project's note or action.
PROGRESS_KINDS = (
    SessionKind.WORK_SESSION,
    SessionKind.NETWORK_SESSION,
    SessionKind.FOLLOW_UP,
    SessionKind.EVALUATION,
)
PREVIEW_LENGTH = 80
_OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _progress_session(meeting: TrajectorySession) -> ProgressSession:
    return ProgressSession(
        uid=str(meeting.uid),
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        held=meeting.status is SessionStatus.HELD,
    )


def progress_sessions(session: Session, trajectory_uid: uuid.UUID) -> list[TrajectorySession]:
    """The work sessions of the trajectory, plus any session that holds project progress."""
    with_notes = select(SessionNote.session_uid).where(SessionNote.project_uid.is_not(None))
    with_actions = select(Action.origin_session_uid).where(
        Action.project_uid.is_not(None), Action.origin_session_uid.is_not(None)
    )
    return list(
        session.scalars(
            select(TrajectorySession)
            .where(
                TrajectorySession.trajectory_uid == trajectory_uid,
                TrajectorySession.status != SessionStatus.CANCELLED,
                or_(
                    TrajectorySession.kind.in_(PROGRESS_KINDS),
                    TrajectorySession.uid.in_(with_notes),
                    TrajectorySession.uid.in_(with_actions),
                ),
            )
            .order_by(TrajectorySession.starts_at.nulls_last(), TrajectorySession.title)
        )
    )


def _preview(texts: list[str]) -> str:
    text = " ".join(" ".join(texts).split())
    return text if len(text) <= PREVIEW_LENGTH else text[: PREVIEW_LENGTH - 1] + "…"


def progress_grid(session: Session, trajectory_uid: uuid.UUID) -> ProgressGrid:
    """Every project against every work session: is there a note, how many actions."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    options = project_options(session, trajectory)
    projects = list_projects(session, trajectory, options)
    meetings = progress_sessions(session, trajectory_uid)
    meeting_uids = {m.uid for m in meetings}
    notes: dict[tuple[uuid.UUID, uuid.UUID], list[SessionNote]] = defaultdict(list)
    for note in session.scalars(
        select(SessionNote)
        .join(TrajectorySession, TrajectorySession.uid == SessionNote.session_uid)
        .where(
            TrajectorySession.trajectory_uid == trajectory_uid,
            SessionNote.project_uid.is_not(None),
        )
        .order_by(SessionNote.created_at)
    ):
        assert note.project_uid is not None
        notes[(note.project_uid, note.session_uid)].append(note)
    actions: dict[tuple[uuid.UUID, uuid.UUID | None], list[Action]] = defaultdict(list)
    for action in session.scalars(
        select(Action).where(
            Action.trajectory_uid == trajectory_uid, Action.project_uid.is_not(None)
        )
    ):
        assert action.project_uid is not None
        origin = action.origin_session_uid if action.origin_session_uid in meeting_uids else None
        actions[(action.project_uid, origin)].append(action)

    def cell(project_uid: uuid.UUID, meeting_uid: uuid.UUID | None) -> ProgressCell:
        found = notes.get((project_uid, meeting_uid), []) if meeting_uid else []
        # The progress note first: it is what the coach wrote about this project.
        found = sorted(found, key=lambda n: n.kind is not NoteKind.PROGRESS)
        texts = [n.text for n in found if n.text.strip()]
        taken = actions.get((project_uid, meeting_uid), [])
        return ProgressCell(
            has_note=bool(texts),
            note_preview=_preview(texts),
            actions=len(taken),
            open_actions=sum(1 for a in taken if a.status in _OPEN),
        )

    cells = []
    outside = []
    for project in projects:
        project_uid = uuid.UUID(project.uid)
        cells.append(tuple(cell(project_uid, m.uid) for m in meetings))
        outside.append(cell(project_uid, None))
    return ProgressGrid(
        sessions=tuple(_progress_session(m) for m in meetings),
        projects=tuple(projects),
        cells=tuple(cells),
        outside=tuple(outside),
    )


def _session_of(
    session: Session, trajectory_uid: uuid.UUID, session_uid: uuid.UUID
) -> TrajectorySession:
    meeting = session.get(TrajectorySession, session_uid)
    if meeting is None or meeting.trajectory_uid != trajectory_uid:
        raise UserError("This session does not belong to this trajectory.", field="session")
    return meeting


def _action_row(action: Action, owner: Person | None) -> ProjectAction:
    return ProjectAction(
        uid=str(action.uid),
        title=action.title,
        owner=owner.full_name if owner is not None else action.owner_text,
        due_on=action.due_on,
        status=action.status,
        session_uid=str(action.origin_session_uid) if action.origin_session_uid else None,
    )


def session_progress(
    session: Session, project_uid: uuid.UUID, session_uid: uuid.UUID | None
) -> SessionProgress:
    """One project in one session (or, for None, its actions outside the grid's sessions)."""
    project = get_project(session, project_uid)
    meeting = _session_of(session, project.trajectory_uid, session_uid) if session_uid else None
    progress_text = ""
    others: list[ProgressNote] = []
    query = (
        select(Action, Person)
        .outerjoin(Person, Person.uid == Action.owner_person_uid)
        .where(Action.project_uid == project.uid)
        .order_by(Action.due_on.nulls_last(), Action.position, Action.created_at)
    )
    if meeting is not None:
        for note in session.scalars(
            select(SessionNote)
            .where(SessionNote.session_uid == meeting.uid, SessionNote.project_uid == project.uid)
            .order_by(SessionNote.created_at)
        ):
            if note.kind is NoteKind.PROGRESS and not progress_text:
                progress_text = note.text
            else:
                others.append(ProgressNote(str(note.uid), note.kind, note.text))
        query = query.where(Action.origin_session_uid == meeting.uid)
    else:
        shown = [m.uid for m in progress_sessions(session, project.trajectory_uid)]
        query = query.where(
            or_(Action.origin_session_uid.is_(None), Action.origin_session_uid.not_in(shown))
        )
    return SessionProgress(
        project_uid=str(project.uid),
        project_name=project.name,
        session=_progress_session(meeting) if meeting is not None else None,
        progress_text=progress_text,
        other_notes=tuple(others),
        actions=tuple(_action_row(a, p) for a, p in session.execute(query)),
    )


def set_progress_note(
    session: Session, project_uid: uuid.UUID, session_uid: uuid.UUID, text: str
) -> None:
    """Stores what the coach wrote on the project in this session; empty text removes it."""
    project = get_project(session, project_uid)
    meeting = _session_of(session, project.trajectory_uid, session_uid)
    notes = list(
        session.scalars(
            select(SessionNote)
            .where(
                SessionNote.session_uid == meeting.uid,
                SessionNote.project_uid == project.uid,
                SessionNote.kind == NoteKind.PROGRESS,
            )
            .order_by(SessionNote.created_at)
        )
    )
    cleaned = text.strip()
    if not notes:
        if cleaned:
            session.add(
                SessionNote(
                    session_uid=meeting.uid,
                    project_uid=project.uid,
                    kind=NoteKind.PROGRESS,
                    text=cleaned,
                )
            )
    elif cleaned:
        notes[0].text = cleaned
    else:
        session.delete(notes[0])
    session.flush()


def add_project_action(
    session: Session,
    project_uid: uuid.UUID,
    session_uid: uuid.UUID | None,
    data: ActionInput,
    *,
    by: str = "",
) -> uuid.UUID:
    """An action of the project, taken on in this session; through the actions service."""
    project = get_project(session, project_uid)
    data = ActionInput(
        title=data.title,
        owner_person_uid=data.owner_person_uid,
        owner_text=data.owner_text,
        due_on=data.due_on,
        project_uid=project.uid,
        origin_session_uid=session_uid,
        phase_uid=data.phase_uid,
        description=data.description,
    )
    return add_action(session, project.trajectory_uid, data, by=by).uid


def set_action_done(session: Session, action_uid: uuid.UUID, done: bool, today: date) -> None:
    """Ticks an action off, or opens it again; the change goes into its history."""
    status = ActionStatus.DONE if done else ActionStatus.OPEN
    update_action(session, action_uid, status=status, today=today)
