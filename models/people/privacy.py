"""GDPR in one place: erase a person, export everything about a person, who to review.

Erasing anonymises the person's row instead of deleting it. The row is what registrations,
action owners, project members, partner contacts and trajectory contacts point at (those
foreign keys RESTRICT deletion on purpose): kept without any personal field, it leaves
attendance counts, the action plan and the project's size intact, as "gewiste persoon".
Roles and consents are deleted; evaluation responses are unlinked (kept anonymous); the
person's name is replaced in action histories and the values an import kept to undo itself.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from models.core.enums import TrajectoryStatus
from models.core.errors import Phrase, UserError
from models.orm import (
    Action,
    ActionEvent,
    Consent,
    EvaluationResponse,
    ImportChange,
    Milestone,
    Partner,
    Person,
    PersonMerge,
    Phase,
    ProjectMember,
    Registration,
    Role,
    Task,
    Trajectory,
    TrajectoryContact,
    TrajectorySession,
)
from models.people.erasure_traces import (
    ERASED_NAME,
    add_tombstone,
    name_pattern,
    wipe_name_in_metadata,
)
from models.people.privacy_mentions import name_mentions

ENDED = (TrajectoryStatus.COMPLETED, TrajectoryStatus.STOPPED, TrajectoryStatus.CANCELLED)


@dataclass(frozen=True)
class ErasureResult:
    person_uid: str
    registrations_kept: int  # attendance still counted, anonymously
    links_kept: int  # action owner, project member, partner contact, trajectory contact
    history_lines_wiped: int
    # Free text the coach typed that still names the person: to edit by hand (see
    # privacy_mentions); found before the name was wiped.
    mentions: tuple[Phrase, ...] = ()  # the screen words them in its language
    # The app's own metadata where the name was replaced (an import's file name...).
    metadata_wiped: tuple[str, ...] = ()
    # The write-ahead log was emptied right after (False: a reader held it; it is emptied
    # when Trajectwijzer closes).
    log_emptied: bool = True


@dataclass(frozen=True)
class ReviewRow:
    """A person to look at: why, and since when."""

    uid: str
    name: str
    email: str
    reason: str  # Dutch
    since: date | None


def _person(session: Session, person_uid: uuid.UUID) -> Person:
    person = session.get(Person, person_uid)
    if person is None:
        raise UserError("This person no longer exists.")
    return person


def erase_person(session: Session, person_uid: uuid.UUID, now: datetime) -> ErasureResult:
    """Wipes every personal field; links stay, pointing at an anonymous row. Caller commits."""
    person = _person(session, person_uid)
    if person.erased_at is not None:
        raise UserError("This person has already been erased.")
    names = {n for n in (person.full_name, person.email or "") if n}
    mentions = name_mentions(session, names)
    pattern = name_pattern(person.first_name, person.last_name, person.email)
    metadata: tuple[str, ...] = ()
    if pattern is not None:
        needles = (person.first_name, person.last_name, person.email or "")
        metadata = wipe_name_in_metadata(session, pattern, needles)
    wiped = 0
    # Every history line that names them in full (an owner's name typed or chosen, a change
    # made by them), whichever action it belongs to.
    events = session.scalars(
        select(ActionEvent).where(
            or_(
                ActionEvent.old_value.in_(names),
                ActionEvent.new_value.in_(names),
                ActionEvent.changed_by.in_(names),
            )
        )
    ).all()
    for event in events:
        for attribute in ("old_value", "new_value", "changed_by"):
            if getattr(event, attribute) in names:
                setattr(event, attribute, ERASED_NAME)
                wiped += 1
    for change in session.scalars(
        select(ImportChange).where(ImportChange.person_uid == person_uid)
    ):
        change.previous = None  # the values to undo with are personal data too
        wiped += 1
    # A merge keeps the other record's details to undo itself with: personal data too. The
    # other record's uid gets a tombstone as well: a backup from before the merge has it.
    merged = session.scalars(
        select(PersonMerge.merged_person_uid).where(PersonMerge.kept_person_uid == person_uid)
    ).all()
    for merged_uid in merged:
        add_tombstone(session, merged_uid, now)
    session.execute(delete(PersonMerge).where(PersonMerge.kept_person_uid == person_uid))
    session.execute(delete(Role).where(Role.person_uid == person_uid))
    session.execute(delete(Consent).where(Consent.person_uid == person_uid))
    session.execute(
        update(EvaluationResponse)
        .where(EvaluationResponse.person_uid == person_uid)
        .values(person_uid=None)
    )
    for model in (Phase, Milestone, Task):
        session.execute(
            update(model)
            .where(model.responsible_person_uid == person_uid)
            .values(responsible_person_uid=None)
        )
    person.first_name, person.last_name = "", ERASED_NAME
    person.email = person.phone = person.postcode = person.municipality = None
    person.organisation_text = None
    person.notes = ""
    person.erased_at = now
    add_tombstone(session, person_uid, now)
    registrations = _count(session, Registration, Registration.person_uid == person_uid)
    links = sum(
        _count(session, model, column == person_uid)
        for model, column in (
            (Action, Action.owner_person_uid),
            (ProjectMember, ProjectMember.person_uid),
            (Partner, Partner.contact_person_uid),
            (TrajectoryContact, TrajectoryContact.person_uid),
        )
    )
    session.flush()
    return ErasureResult(str(person_uid), registrations, links, wiped, mentions, metadata)


def erase_again(session: Session, uids: Iterable[uuid.UUID], now: datetime) -> int:
    """Erases the people of these tombstones who are here and not erased (a restored backup
    made before their erasure); every uid gets its tombstone. Returns how many were erased."""
    wanted = set(uids)
    if not wanted:
        return 0
    present = session.scalars(
        select(Person.uid).where(Person.uid.in_(wanted), Person.erased_at.is_(None))
    ).all()
    for uid in present:
        erase_person(session, uid, now)
    for uid in wanted:
        add_tombstone(session, uid, now)
    session.flush()
    return len(present)


def _count(session: Session, model: type, condition: Any) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(model).where(condition)) or 0)


def _trajectory_end(session: Session, trajectory: Trajectory) -> date | None:
    """When an ended trajectory ended: its stop date, else its last session or phase."""
    if trajectory.status not in ENDED:
        return None
    if trajectory.stopped_on:
        return trajectory.stopped_on
    last_session = session.scalar(
        select(TrajectorySession.starts_at)
        .where(TrajectorySession.trajectory_uid == trajectory.uid)
        .order_by(TrajectorySession.starts_at.desc())
        .limit(1)
    )
    phase_end = session.scalar(
        select(Phase.actual_end)
        .where(Phase.trajectory_uid == trajectory.uid, Phase.actual_end.is_not(None))
        .order_by(Phase.actual_end.desc())
        .limit(1)
    )
    candidates = [d for d in (last_session.date() if last_session else None, phase_end) if d]
    return max(candidates) if candidates else trajectory.updated_at.date()


def person_trajectories(session: Session, person_uid: uuid.UUID) -> set[uuid.UUID]:
    """Every trajectory the person takes part in, by any link."""
    found: set[uuid.UUID] = set()
    found.update(
        session.scalars(
            select(TrajectorySession.trajectory_uid)
            .join(Registration, Registration.session_uid == TrajectorySession.uid)
            .where(Registration.person_uid == person_uid)
        )
    )
    found.update(
        session.scalars(
            select(TrajectoryContact.trajectory_uid).where(
                TrajectoryContact.person_uid == person_uid
            )
        )
    )
    found.update(
        session.scalars(select(Action.trajectory_uid).where(Action.owner_person_uid == person_uid))
    )
    found.update(
        session.scalars(
            select(Partner.trajectory_uid).where(Partner.contact_person_uid == person_uid)
        )
    )
    from models.orm import ParticipantProject

    found.update(
        session.scalars(
            select(ParticipantProject.trajectory_uid)
            .join(ProjectMember, ProjectMember.project_uid == ParticipantProject.uid)
            .where(ProjectMember.person_uid == person_uid)
        )
    )
    return found


def people_to_review(
    session: Session, today: date, consent_months: int = 24, ended_months: int = 12
) -> list[ReviewRow]:
    """People whose consent was withdrawn or is older than `consent_months`, and people whose
    trajectories all ended more than `ended_months` ago. Erased people are not listed."""
    consent_limit = today - relativedelta(months=consent_months)
    ended_limit = today - relativedelta(months=ended_months)
    ends = {t.uid: _trajectory_end(session, t) for t in session.scalars(select(Trajectory))}
    rows: list[ReviewRow] = []
    people = session.scalars(
        select(Person)
        .where(Person.erased_at.is_(None))
        .order_by(Person.last_name, Person.first_name)
    )
    for person in people:
        consents = session.scalars(select(Consent).where(Consent.person_uid == person.uid)).all()
        withdrawn = [c.withdrawn_on for c in consents if c.withdrawn_on and c.withdrawn_on <= today]
        valid = [c for c in consents if c.withdrawn_on is None or c.withdrawn_on > today]
        reason, since = "", None
        if consents and not valid:
            reason, since = "toestemming ingetrokken", max(withdrawn)
        elif valid and max(c.given_on for c in valid) < consent_limit:
            newest = max(c.given_on for c in valid)
            reason, since = "toestemming verlopen", newest + relativedelta(months=consent_months)
        else:
            trajectories = person_trajectories(session, person.uid)
            endings = [ends.get(uid) for uid in trajectories]
            if trajectories and all(e is not None and e < ended_limit for e in endings):
                reason, since = "trajecten afgelopen", max(e for e in endings if e is not None)
        if reason:
            rows.append(
                ReviewRow(str(person.uid), person.full_name, person.email or "", reason, since)
            )
    return rows


def find_people(session: Session, text: str, limit: int = 50) -> list[tuple[str, str, str]]:
    """(uid, name, e-mail) of people not erased whose name or e-mail contains the text."""
    pattern = f"%{text.strip()}%"
    query = (
        select(Person)
        .where(
            Person.erased_at.is_(None),
            or_(
                Person.first_name.ilike(pattern),
                Person.last_name.ilike(pattern),
                Person.email.ilike(pattern),
                (Person.first_name + " " + Person.last_name).ilike(pattern),
            ),
        )
        .order_by(Person.last_name, Person.first_name)
        .limit(limit)
    )
    return [(str(p.uid), p.full_name, p.email or "") for p in session.scalars(query)]
