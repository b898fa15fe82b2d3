"""Everything stored about one person (GDPR right of access), as plain lines for JSON or Excel."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.formatting import format_date, format_datetime
from models.orm import (
    Action,
    ActionEvent,
    Consent,
    EvaluationAnswer,
    EvaluationResponse,
    ImportChange,
    Organisation,
    ParticipantProject,
    Partner,
    PersonMerge,
    ProjectMember,
    Registration,
    Role,
    Trajectory,
    TrajectoryContact,
    TrajectorySession,
)
from models.people.merging import merged_record
from models.people.privacy import _person

PERSON_FIELDS = (
    ("first_name", "voornaam"),
    ("last_name", "achternaam"),
    ("email", "e-mail"),
    ("phone", "telefoon"),
    ("postcode", "postcode"),
    ("municipality", "gemeente"),
    ("organisation_text", "organisatie"),
    ("notes", "notities"),
    ("created_at", "aangemaakt"),
    ("updated_at", "laatst gewijzigd"),
)


@dataclass(frozen=True)
class DossierLine:
    section: str  # Dutch: "persoon", "inschrijving", "actie"...
    item: str  # which one: a session's title, an action's title
    field: str
    value: str


@dataclass(frozen=True)
class PersonDossier:
    person_uid: str
    name: str
    lines: tuple[DossierLine, ...]

    def as_json(self) -> dict[str, Any]:
        sections: dict[str, dict[str, dict[str, str]]] = {}
        for line in self.lines:
            sections.setdefault(line.section, {}).setdefault(line.item, {})[line.field] = line.value
        return {"persoon": self.person_uid, "naam": self.name, "gegevens": sections}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))


def person_dossier(session: Session, person_uid: uuid.UUID) -> PersonDossier:
    person = _person(session, person_uid)
    lines: list[DossierLine] = []

    def add(section: str, item: str, pairs: list[tuple[str, Any]]) -> None:
        lines.extend(DossierLine(section, item, key, _shown(value)) for key, value in pairs)

    add("persoon", person.full_name, [(label, getattr(person, f)) for f, label in PERSON_FIELDS])
    for role, organisation in session.execute(
        select(Role, Organisation).join(Organisation).where(Role.person_uid == person_uid)
    ).all():
        add("rol", organisation.name, [("functie", role.title)])
    for consent in session.scalars(select(Consent).where(Consent.person_uid == person_uid)):
        add(
            "toestemming",
            format_date(consent.given_on),
            [
                ("bron", consent.source),
                ("doelen", consent.purposes),
                ("ingetrokken", consent.withdrawn_on),
            ],
        )
    for registration, meeting, trajectory in session.execute(
        select(Registration, TrajectorySession, Trajectory)
        .join(TrajectorySession, Registration.session_uid == TrajectorySession.uid)
        .join(Trajectory, TrajectorySession.trajectory_uid == Trajectory.uid)
        .where(Registration.person_uid == person_uid)
    ).all():
        add(
            "bijeenkomst",
            f"{trajectory.name}: {meeting.title}",
            [
                ("datum", meeting.starts_at),
                ("status", registration.status),
                ("aangemeld om", registration.checked_in_at),
                ("zonder inschrijving", "ja" if registration.walk_in else "nee"),
            ],
        )
    for contact, trajectory in session.execute(
        select(TrajectoryContact, Trajectory)
        .join(Trajectory)
        .where(TrajectoryContact.person_uid == person_uid)
    ).all():
        add("contactpersoon", trajectory.name, [("rol", contact.role)])
    for member, project in session.execute(
        select(ProjectMember, ParticipantProject)
        .join(ParticipantProject)
        .where(ProjectMember.person_uid == person_uid)
    ).all():
        add(
            "project",
            project.name,
            [("rol", member.role), ("trekker", "ja" if member.is_lead else "nee")],
        )
    for partner in session.scalars(select(Partner).where(Partner.contact_person_uid == person_uid)):
        add("partner", partner.name, [("activiteiten", partner.activities)])
    for action in session.scalars(select(Action).where(Action.owner_person_uid == person_uid)):
        add("actie", action.title, [("tegen", action.due_on), ("status", action.status)])
        for event in session.scalars(
            select(ActionEvent).where(ActionEvent.action_uid == action.uid)
        ):
            add(
                "actiegeschiedenis",
                action.title,
                [
                    (
                        f"{format_datetime(event.at)} {event.field}",
                        f"{event.old_value} → {event.new_value}",
                    )
                ],
            )
    for response in session.scalars(
        select(EvaluationResponse).where(EvaluationResponse.person_uid == person_uid)
    ):
        answers = session.scalars(
            select(EvaluationAnswer).where(EvaluationAnswer.response_uid == response.uid)
        )
        add(
            "evaluatie",
            format_datetime(response.submitted_at),
            [(answer.question_text, answer.value) for answer in answers],
        )
    for change in session.scalars(
        select(ImportChange).where(ImportChange.person_uid == person_uid)
    ):
        add("import", format_datetime(change.created_at), [("wijziging", change.kind)])
    for merge in session.scalars(
        select(PersonMerge)
        .where(
            (PersonMerge.kept_person_uid == person_uid)
            | (PersonMerge.merged_person_uid == person_uid)
        )
        .order_by(PersonMerge.merged_at)
    ):
        add("samenvoeging", format_datetime(merge.merged_at), _merge_pairs(merge, person_uid))
    return PersonDossier(str(person_uid), person.full_name, tuple(lines))


def _merge_pairs(merge: PersonMerge, person_uid: uuid.UUID) -> list[tuple[str, Any]]:
    """A merge that kept this person or took this person's record in, with the record that
    was merged as the merge keeps it (so that the merge can be undone)."""
    kept = merge.kept_person_uid == person_uid
    pairs: list[tuple[str, Any]] = [
        ("soort", "een andere fiche samengevoegd in deze" if kept else "deze fiche samengevoegd"),
        ("ongedaan gemaakt", merge.undone_at),
    ]
    former = merged_record(merge.journal)
    pairs += [
        (f"samengevoegde fiche: {label}", former[field])
        for field, label in PERSON_FIELDS
        if former.get(field) not in (None, "")
    ]
    return pairs
