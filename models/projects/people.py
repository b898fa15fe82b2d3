"""The people of a trajectory: contact persons, participants of its sessions, trekkers, partners.

Ambassadors are people of the trajectory too: a contact with the role AMBASSADOR_ROLE.
"""

import uuid
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import RegistrationStatus
from models.orm import (
    ParticipantProject,
    Partner,
    Person,
    ProjectMember,
    Registration,
    TrajectoryContact,
    TrajectorySession,
)
from models.projects.dto import TrajectoryPerson

AMBASSADOR_ROLE = "Ambassadeur"


def trajectory_people(session: Session, trajectory_uid: uuid.UUID) -> list[TrajectoryPerson]:
    """Everyone linked to the trajectory, contact persons first, then by name."""
    contact_roles: dict[uuid.UUID, list[str]] = defaultdict(list)
    ambassadors: set[uuid.UUID] = set()
    for person_uid, role in session.execute(
        select(TrajectoryContact.person_uid, TrajectoryContact.role).where(
            TrajectoryContact.trajectory_uid == trajectory_uid
        )
    ):
        if role == AMBASSADOR_ROLE:
            ambassadors.add(person_uid)
        else:
            contact_roles[person_uid].append(role)
    registered: dict[uuid.UUID, int] = defaultdict(int)
    present: dict[uuid.UUID, int] = defaultdict(int)
    for person_uid, status, count in session.execute(
        select(Registration.person_uid, Registration.status, func.count())
        .join(TrajectorySession, TrajectorySession.uid == Registration.session_uid)
        .where(TrajectorySession.trajectory_uid == trajectory_uid)
        .group_by(Registration.person_uid, Registration.status)
    ):
        registered[person_uid] += count
        if status is RegistrationStatus.PRESENT:
            present[person_uid] += count
    lead_of: dict[uuid.UUID, list[str]] = defaultdict(list)
    member_of: dict[uuid.UUID, list[str]] = defaultdict(list)
    for person_uid, is_lead, name in session.execute(
        select(ProjectMember.person_uid, ProjectMember.is_lead, ParticipantProject.name)
        .join(ParticipantProject, ParticipantProject.uid == ProjectMember.project_uid)
        .where(ParticipantProject.trajectory_uid == trajectory_uid)
        .order_by(ParticipantProject.name)
    ):
        (lead_of if is_lead else member_of)[person_uid].append(name)
    partner_of: dict[uuid.UUID, list[str]] = defaultdict(list)
    for contact_uid, name in session.execute(
        select(Partner.contact_person_uid, Partner.name)
        .where(Partner.trajectory_uid == trajectory_uid, Partner.contact_person_uid.is_not(None))
        .order_by(Partner.name)
    ):
        if contact_uid is not None:
            partner_of[contact_uid].append(name)
    uids = (
        set(contact_roles) | ambassadors | set(registered) | set(lead_of) | set(member_of)
    ) | set(partner_of)
    if not uids:
        return []
    people = session.scalars(
        select(Person).where(Person.uid.in_(uids), Person.erased_at.is_(None))
    ).all()
    rows = [
        TrajectoryPerson(
            uid=str(p.uid),
            name=p.full_name,
            email=p.email or "",
            phone=p.phone or "",
            contact_roles=tuple(contact_roles.get(p.uid, ())),
            lead_of=tuple(lead_of.get(p.uid, ())),
            member_of=tuple(member_of.get(p.uid, ())),
            partner_of=tuple(partner_of.get(p.uid, ())),
            is_ambassador=p.uid in ambassadors,
            registered=registered.get(p.uid, 0),
            present=present.get(p.uid, 0),
        )
        for p in people
    ]
    rows.sort(key=lambda r: (not r.is_contact, r.name.casefold()))
    return rows
