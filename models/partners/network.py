"""Partners of a trajectory (seed 001), its ambassadors, and which categories are covered."""

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import Engagement
from models.core.errors import UserError
from models.core.lookup import trajectory_or_fail
from models.core.nouns import PERSON
from models.orm import Partner, Person, TrajectoryContact
from models.partners.dto import (
    CategoryChoice,
    CategoryCoverage,
    EngagementChoice,
    NewContact,
    PartnerInput,
    PartnerRow,
    PartnersOverview,
)
from models.programmes.partners import EngagementLevel, load_partner_reference
from models.projects.people import AMBASSADOR_ROLE, trajectory_people
from models.storage.versions import check_version, stored_as_changed
from models.trajectories.listing import parse_uid

NAME_MAX = 200
# The reference file's levels, lightest first, stored as the Engagement enum.
_LEVEL_KEYS = {
    "informeert": Engagement.INFORMS,
    "communiceert_mee": Engagement.COMMUNICATES,
    "werkt_mee": Engagement.COOPERATES,
}
_RANK = {Engagement.INFORMS: 1, Engagement.COMMUNICATES: 2, Engagement.COOPERATES: 3}


def _engagement(level: EngagementLevel, index: int) -> Engagement:
    order = list(Engagement)
    return _LEVEL_KEYS.get(level.key, order[min(index, len(order) - 1)])


def engagement_choices() -> tuple[EngagementChoice, ...]:
    levels = load_partner_reference().engagement_levels
    return tuple(
        EngagementChoice(_engagement(level, i), level.name, level.description, level.rank)
        for i, level in enumerate(levels)
    )


def category_choices() -> tuple[CategoryChoice, ...]:
    return tuple(
        CategoryChoice(c.key, c.name, c.examples, c.note)
        for c in load_partner_reference().categories
    )


def _rows(session: Session, trajectory_uid: uuid.UUID) -> list[PartnerRow]:
    names = {c.key: c.name for c in category_choices()}
    partners = session.scalars(
        select(Partner)
        .where(Partner.trajectory_uid == trajectory_uid)
        .options(selectinload(Partner.contact_person))
        .order_by(func.lower(Partner.name))
    )
    rows = []
    for p in partners:
        contact = p.contact_person if p.contact_person and not p.contact_person.erased_at else None
        rows.append(
            PartnerRow(
                uid=str(p.uid),
                name=p.name,
                category_key=p.category_key,
                category_name=names.get(p.category_key, p.category_key),
                engagement=p.engagement,
                engagement_rank=_RANK[p.engagement],
                contact_person_uid=str(contact.uid) if contact else None,
                contact_name=contact.full_name if contact else "",
                contact_email=(contact.email or "") if contact else "",
                contact_phone=(contact.phone or "") if contact else "",
                is_ambassador=p.is_ambassador,
                activities=p.activities,
                row_version=p.row_version,
            )
        )
    return rows


def coverage(rows: list[PartnerRow]) -> tuple[CategoryCoverage, ...]:
    """Each category of the guidance, in its order, with the partners found for it."""
    result = []
    for category in category_choices():
        found = [r for r in rows if r.category_key == category.key]
        deepest = max(found, key=lambda r: r.engagement_rank).engagement if found else None
        result.append(
            CategoryCoverage(
                category.key,
                category.name,
                category.examples,
                category.note,
                tuple(r.name for r in found),
                deepest,
            )
        )
    return tuple(result)


def partners_overview(session: Session, trajectory_uid: uuid.UUID) -> PartnersOverview:
    trajectory_or_fail(session, trajectory_uid)
    rows = _rows(session, trajectory_uid)
    people = tuple(trajectory_people(session, trajectory_uid))
    return PartnersOverview(
        trajectory_uid=str(trajectory_uid),
        partners=tuple(rows),
        coverage=coverage(rows),
        categories=category_choices(),
        engagement_levels=engagement_choices(),
        ambassadors=tuple(p for p in people if p.is_ambassador),
        people=people,
        guidance=" ".join(load_partner_reference().introduction.split()),
    )


# ------------------------------------------------------------------------ changes


def _get_partner(session: Session, uid: uuid.UUID) -> Partner:
    partner = session.get(Partner, uid)
    if partner is None:
        raise UserError("This partner no longer exists.")
    return partner


def _contact(session: Session, data: PartnerInput, partner_name: str) -> uuid.UUID | None:
    if data.new_contact is not None:
        return _new_contact(session, data.new_contact, partner_name)
    if not data.contact_person_uid:
        return None
    uid = parse_uid(data.contact_person_uid, PERSON)
    person = session.get(Person, uid)
    if person is None or person.erased_at is not None:
        raise UserError("This person no longer exists; choose another one.", field="contact")
    return uid


def _new_contact(session: Session, contact: NewContact, partner_name: str) -> uuid.UUID:
    first, last = " ".join(contact.first_name.split()), " ".join(contact.last_name.split())
    email, phone = contact.email.strip(), " ".join(contact.phone.split())
    if not (first or last):
        raise UserError("Give the name of the contact person.", field="contact")
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise UserError(
            "'{email}' is not an e-mail address. Type an address such as naam@voorbeeld.be.",
            email=email,
            field="contact_email",
        )
    if len(first) > 100 or len(last) > 100 or len(email) > 254 or len(phone) > 32:
        raise UserError("The contact person's details are too long.", field="contact")
    if email:  # someone already known by this address is the same person
        known = session.scalar(
            select(Person).where(
                func.lower(Person.email) == email.lower(), Person.erased_at.is_(None)
            )
        )
        if known is not None:
            return known.uid
    person = Person(
        first_name=first,
        last_name=last,
        email=email or None,
        phone=phone or None,
        organisation_text=partner_name[:200],
    )
    session.add(person)
    session.flush()
    return person.uid


def _validated(
    session: Session, trajectory_uid: uuid.UUID, data: PartnerInput, partner_uid: uuid.UUID | None
) -> tuple[str, str, Engagement]:
    name = " ".join(data.name.split())
    if not name:
        raise UserError("Give the partner's name, e.g. 'Natuurpunt Herent'.", field="name")
    if len(name) > NAME_MAX:
        raise UserError(
            "The name is at most {limit} characters long.", limit=NAME_MAX, field="name"
        )
    clash = session.scalar(
        select(Partner.uid).where(
            Partner.trajectory_uid == trajectory_uid,
            func.lower(Partner.name) == name.lower(),
            Partner.uid != (partner_uid or uuid.uuid4()),
        )
    )
    if clash is not None:
        raise UserError(
            "'{name}' is already a partner of this trajectory.", name=name, field="name"
        )
    keys = [c.key for c in category_choices()]
    if data.category_key not in keys:
        raise UserError("Choose the kind of partner from the list.", field="category")
    try:
        engagement = Engagement(data.engagement)
    except ValueError:
        raise UserError(
            "Choose how the partner takes part: informs, communicates along or works along.",
            field="engagement",
        ) from None
    return name, data.category_key, engagement


def _apply(
    session: Session, partner: Partner, data: PartnerInput, checked: tuple[str, str, Engagement]
) -> None:
    name, category_key, engagement = checked
    partner.name = name
    partner.category_key = category_key
    partner.engagement = engagement
    partner.contact_person_uid = _contact(session, data, name)
    partner.is_ambassador = data.is_ambassador
    partner.activities = data.activities.strip()


def create_partner(session: Session, trajectory_uid: uuid.UUID, data: PartnerInput) -> uuid.UUID:
    trajectory_or_fail(session, trajectory_uid)
    checked = _validated(session, trajectory_uid, data, None)
    partner = Partner(trajectory_uid=trajectory_uid, name=checked[0], category_key=checked[1])
    _apply(session, partner, data, checked)
    session.add(partner)
    session.flush()
    return partner.uid


def update_partner(
    session: Session, partner_uid: uuid.UUID, data: PartnerInput, version: int | None = None
) -> None:
    """Stores the form; `version` as in `models.storage.versions.check_version`."""
    partner = _get_partner(session, partner_uid)
    check_version(partner, version, partner.name)
    checked = _validated(session, partner.trajectory_uid, data, partner.uid)
    _apply(session, partner, data, checked)
    stored_as_changed(partner, "name")  # a new contact person is part of the form
    session.flush()


def delete_partner(session: Session, partner_uid: uuid.UUID) -> None:
    session.delete(_get_partner(session, partner_uid))
    session.flush()


def set_ambassador(
    session: Session, trajectory_uid: uuid.UUID, person_uid: uuid.UUID, ambassador: bool
) -> None:
    """Makes a person of the trajectory an ambassador, or no longer one."""
    trajectory_or_fail(session, trajectory_uid)
    person = session.get(Person, person_uid)
    if person is None or person.erased_at is not None:
        raise UserError("This person no longer exists; choose another one.", field="person")
    existing = session.scalar(
        select(TrajectoryContact).where(
            TrajectoryContact.trajectory_uid == trajectory_uid,
            TrajectoryContact.person_uid == person_uid,
            TrajectoryContact.role == AMBASSADOR_ROLE,
        )
    )
    if ambassador and existing is None:
        session.add(
            TrajectoryContact(
                trajectory_uid=trajectory_uid, person_uid=person_uid, role=AMBASSADOR_ROLE
            )
        )
    elif not ambassador and existing is not None:
        session.delete(existing)
    session.flush()
