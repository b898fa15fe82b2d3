"""The data of the sign-in sheet and the session report, built from one session's detail."""

import uuid

from sqlalchemy.orm import Session

from models.core.enums import NoteKind, RegistrationStatus, SessionKind
from models.core.formatting import format_time
from models.people.provider_block import ProviderBlock
from models.sessions.dto import (
    ReportBlock,
    SessionDetail,
    SessionHeader,
    SessionReport,
    SheetRow,
    SignInSheet,
)
from models.sessions.reading import session_detail

KIND_NAMES = {
    SessionKind.FIRST_MEETING: "Kennismakingsoverleg",
    SessionKind.INFO_SESSION: "Infosessie",
    SessionKind.FOLLOW_UP: "Vervolgbijeenkomst",
    SessionKind.WORK_SESSION: "Werksessie",
    SessionKind.NETWORK_SESSION: "Sessie lerend netwerk",
    SessionKind.INSPIRATION_DAY: "Inspiratiedag",
    SessionKind.PRESS_MOMENT: "Persmoment",
    SessionKind.EVALUATION: "Evaluatie",
    SessionKind.MEETING: "Overleg",
}
ON_SHEET = {RegistrationStatus.INVITED, RegistrationStatus.REGISTERED, RegistrationStatus.PRESENT}
MIN_EMPTY_ROWS = 8


def kind_name(value: str) -> str:
    try:
        return KIND_NAMES[SessionKind(value)]
    except ValueError:
        return value


def header_of(detail: SessionDetail) -> SessionHeader:
    return SessionHeader(
        title=detail.title,
        kind=kind_name(detail.kind),
        trajectory_name=detail.trajectory_name,
        programme_name=detail.programme_name,
        provider_name=detail.provider_name,
        starts_at=detail.starts_at,
        ends_at=detail.ends_at,
        location_name=detail.location_name,
        address=detail.address,
        facilitators=detail.facilitators,
    )


def empty_row_count(registered: int) -> int:
    """Room for walk-ins: a third of the list, at least eight lines."""
    return max(MIN_EMPTY_ROWS, (registered + 2) // 3)


def sign_in_sheet(session: Session, session_uid: uuid.UUID) -> SignInSheet:
    detail = session_detail(session, session_uid)
    rows = tuple(
        SheetRow(r.name, r.organisation, r.has_consent, known_contact=True)
        for r in detail.registrations
        if RegistrationStatus(r.status) in ON_SHEET
    )
    return SignInSheet(header_of(detail), rows, empty_row_count(len(rows)))


def session_report(session: Session, session_uid: uuid.UUID) -> SessionReport:
    detail = session_detail(session, session_uid)
    notes_by_block: dict[str, list[str]] = {}
    decisions_by_block: dict[str, list[str]] = {}
    general: list[str] = []
    decisions: list[str] = []
    progress: list[tuple[str, str]] = []
    block_uids = {row.uid for row in detail.agenda}
    for note in detail.notes:
        text = note.text.strip()
        if not text:
            continue
        in_block = note.agenda_block_uid in block_uids
        if note.kind == NoteKind.DECISION:
            target = decisions_by_block.setdefault(note.agenda_block_uid, []) if in_block else None
            (target if target is not None else decisions).append(text)
        elif note.project_uid:
            progress.append((note.project, text))
        elif in_block:
            notes_by_block.setdefault(note.agenda_block_uid, []).append(text)
        else:
            general.append(text)
    blocks = tuple(
        ReportBlock(
            time=format_time(row.starts_at.time()) if row.starts_at else "",
            title=row.title,
            minutes=row.minutes,
            notes=tuple(notes_by_block.get(row.uid, ())),
            decisions=tuple(decisions_by_block.get(row.uid, ())),
        )
        for row in detail.agenda
    )
    present = tuple(r.name for r in detail.registrations if r.status == RegistrationStatus.PRESENT)
    excused = tuple(r.name for r in detail.registrations if r.status == RegistrationStatus.EXCUSED)
    return SessionReport(
        header=header_of(detail),
        purpose=detail.purpose,
        counts=detail.counts,
        present=present,
        excused=excused,
        blocks=blocks,
        general_notes=tuple(general),
        decisions=tuple(decisions),
        project_notes=tuple(progress),
        actions=detail.actions,
        provider=_provider(session, session_uid),
    )


def _provider(session: Session, session_uid: uuid.UUID) -> ProviderBlock | None:
    from models.orm import Trajectory, TrajectorySession
    from models.people.provider_block import provider_for_key

    meeting = session.get(TrajectorySession, session_uid)
    trajectory = session.get(Trajectory, meeting.trajectory_uid) if meeting else None
    return provider_for_key(session, trajectory.programme_key) if trajectory else None
