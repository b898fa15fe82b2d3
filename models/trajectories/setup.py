"""Creating a trajectory: its programme, client organisations and contact persons."""

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import ClientArrangement, OrganisationKind, TrajectoryStatus
from models.core.errors import UserError, domain_text
from models.core.reference import municipality_by_nis, search_municipalities
from models.orm import Organisation, Person, Role, Trajectory, TrajectoryClient, TrajectoryContact
from models.planning.laying_out import lay_out_plan
from models.programmes import get_programme
from models.programmes.schema import Programme

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTACT_ROLES = (
    "Lokale trekker",
    "Duurzaamheidsambtenaar",
    "Mobiliteitsambtenaar",
    "Medewerker dienst samenleven",
    "Schepen",
    "Burgemeester",
    "Algemeen directeur",
    "Communicatiedienst",
)
# The kinds of local organisation a trajectory can be for; the screens show them translated.
LOCAL_KINDS = {
    OrganisationKind.ASSOCIATION: domain_text("Association"),
    OrganisationKind.NEIGHBOURHOOD_COMMITTEE: domain_text("Neighbourhood committee"),
    OrganisationKind.SCHOOL: domain_text("School"),
    OrganisationKind.MERCHANT: domain_text("Merchant"),
    OrganisationKind.CITIZEN_GROUP: domain_text("Citizen group"),
    OrganisationKind.OTHER: domain_text("Other local actor"),
}
# The same inside a sentence.
LOCAL_KIND_WORDS = {
    OrganisationKind.ASSOCIATION: domain_text("association"),
    OrganisationKind.NEIGHBOURHOOD_COMMITTEE: domain_text("neighbourhood committee"),
    OrganisationKind.SCHOOL: domain_text("school"),
    OrganisationKind.MERCHANT: domain_text("merchant"),
    OrganisationKind.CITIZEN_GROUP: domain_text("citizen group"),
    OrganisationKind.OTHER: domain_text("other local actor"),
}


@dataclass(frozen=True)
class MunicipalityChoice:
    nis_code: str
    name: str
    province: str
    postcodes: str
    discount_hint: str  # e.g. the provincial discount this municipality can get


@dataclass(frozen=True)
class ClientInput:
    """A municipality (by NIS code) or a local organisation (by name, kind and place); in a
    programme of clusters, the cluster it belongs to."""

    nis_code: str | None = None
    name: str = ""
    kind: OrganisationKind = OrganisationKind.MUNICIPALITY
    place: str = ""
    cluster: str = ""

    @property
    def client_kind(self) -> str:
        """The programme's word for it: a municipality, or a local group."""
        return "municipality" if self.nis_code is not None else "local_group"


@dataclass(frozen=True)
class ContactInput:
    first_name: str
    last_name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class NewTrajectory:
    programme_key: str
    client_option_key: str
    clients: tuple[ClientInput, ...]
    contacts: tuple[ContactInput, ...] = ()
    name: str = ""
    start_date: date | None = None


def municipality_choices(
    query: str, programme_key: str | None = None, limit: int = 20
) -> list[MunicipalityChoice]:
    """Municipalities matching a name or postal code, with the discount the programme offers."""
    programme = get_programme(programme_key) if programme_key else None
    choices = []
    for municipality in search_municipalities(query, limit=limit):
        hint = ""
        if programme is not None and municipality.province:
            discount = programme.pricing.discount_for(municipality.province)
            if discount is not None:
                hint = f"{discount.percent} % korting mogelijk"
        choices.append(
            MunicipalityChoice(
                nis_code=municipality.nis_code,
                name=municipality.name,
                province=municipality.province or "Brussels Hoofdstedelijk Gewest",
                postcodes=", ".join(municipality.postcodes[:4]),
                discount_hint=hint,
            )
        )
    return choices


def _arrangement(programme: Programme, option_key: str) -> ClientArrangement:
    option = next((o for o in programme.clients if o.key == option_key), None)
    if option is None:
        raise UserError(
            "This programme does not know that kind of client. Choose from: {known}.",
            known=tuple(o.label for o in programme.clients),
            field="client_option",
        )
    kind = option.kind.value
    if kind == "network":
        return ClientArrangement.NETWORK
    if kind == "cluster":
        joint = programme.pricing.joint
        if joint is not None and option.min_count >= joint.min_municipalities:
            return ClientArrangement.JOINT
        return ClientArrangement.CLUSTER
    return ClientArrangement.SINGLE


CLUSTER_MAX = 100  # TrajectoryClient.cluster's column size


def _check_kinds(programme: Programme, data: NewTrajectory) -> None:
    """A programme meant for municipalities takes municipalities only, unless it lists others."""
    option = next(o for o in programme.clients if o.key == data.client_option_key)
    allowed = {kind.value for kind in option.member_kinds} or {option.kind.value}
    if "cluster" in allowed or "network" in allowed:
        allowed |= {"municipality"}
    for client in data.clients:
        if client.client_kind not in allowed:
            label = LOCAL_KIND_WORDS.get(client.kind, LOCAL_KIND_WORDS[OrganisationKind.OTHER])
            raise UserError(
                "{programme} is meant for municipalities: '{name}' is a local organisation "
                "({kind}). Choose the municipality as the client; the organisation can take "
                "part as a partner.",
                field="clients",
                programme=programme.name,
                name=client.name.strip(),
                kind=label,
            )


def _check_clusters(programme: Programme, data: NewTrajectory) -> None:
    """Clusters only where the programme works with clusters, each big enough to be one."""
    names = [" ".join(c.cluster.split()) for c in data.clients]
    if not any(names):
        return
    clustered = programme.pricing.per_cluster or any(
        t.repeat_per_cluster for t in programme.session_templates
    )
    if not clustered:
        raise UserError(
            "{programme} does not work with clusters of municipalities. Leave the cluster "
            "names empty.",
            field="clients",
            programme=programme.name,
        )
    if not all(names):
        raise UserError(
            "Some municipalities have a cluster and others not. Give every municipality the "
            "name of its cluster.",
            field="clients",
        )
    option = next(o for o in programme.clients if o.key == data.client_option_key)
    for name in dict.fromkeys(names):
        count = names.count(name)
        if len(name) > CLUSTER_MAX:
            raise UserError(
                "The cluster name '{name}' is too long: keep it under {limit} characters.",
                field="clients",
                name=name[:40] + "…",
                limit=CLUSTER_MAX,
            )
        if count < option.min_count:
            raise UserError(
                "The cluster '{name}' has {count} municipality; a cluster needs at least "
                "{minimum}. Add its neighbours or put it in another cluster.",
                field="clients",
                name=name,
                count=count,
                minimum=option.min_count,
            )


def _check_count(programme: Programme, data: NewTrajectory) -> None:
    option = next(o for o in programme.clients if o.key == data.client_option_key)
    count = len(data.clients)
    if count < option.min_count:
        raise UserError(
            "'{option}' asks for at least {minimum} client(s); you chose {count}. "
            "Add {missing} more.",
            option=option.label,
            minimum=option.min_count,
            count=count,
            missing=option.min_count - count,
            field="clients",
        )
    if option.max_count is not None and count > option.max_count:
        raise UserError(
            "'{option}' is for {maximum} client(s); you chose {count}. "
            "Remove some, or choose a joint trajectory.",
            option=option.label,
            maximum=option.max_count,
            count=count,
            field="clients",
        )


def _organisation(session: Session, client: ClientInput) -> Organisation:
    if client.nis_code is not None:
        reference = municipality_by_nis(client.nis_code)
        if reference is None:
            raise UserError(
                "'{code}' is not in the list of Belgian municipalities. Look the municipality "
                "up by name or postcode and choose it from the list.",
                code=client.nis_code,
                field="clients",
            )
        existing = session.scalar(
            select(Organisation).where(Organisation.nis_code == reference.nis_code)
        )
        if existing is not None:
            return existing
        organisation = Organisation(
            name=reference.name,
            kind=OrganisationKind.MUNICIPALITY,
            nis_code=reference.nis_code,
            province=reference.province,
            postcode=reference.postcodes[0] if reference.postcodes else None,
            municipality=reference.name,
        )
    else:
        name = client.name.strip()
        if not name:
            raise UserError("Give the local organisation a name.", field="clients")
        organisation = Organisation(name=name, kind=client.kind, municipality=client.place.strip())
    session.add(organisation)
    return organisation


def _contact(contact: ContactInput) -> Person:
    first, last = contact.first_name.strip(), contact.last_name.strip()
    if not (first or last):
        raise UserError("A contact person needs a name.", field="contacts")
    email = contact.email.strip().lower()
    if email and not EMAIL.match(email):
        raise UserError(
            "'{email}' is not a valid e-mail address. Type an address such as "
            "naam@gemeente.be, or leave it empty.",
            email=contact.email,
            field="contacts",
        )
    return Person(
        first_name=first, last_name=last, email=email or None, phone=contact.phone.strip() or None
    )


def create_trajectory(session: Session, data: NewTrajectory) -> uuid.UUID:
    """Creates the trajectory in the intake stage; with a start date its plan is laid out."""
    programme = get_programme(data.programme_key)
    arrangement = _arrangement(programme, data.client_option_key)
    _check_kinds(programme, data)
    _check_count(programme, data)
    _check_clusters(programme, data)
    keys = [c.nis_code or c.name.strip().casefold() for c in data.clients]
    if len(set(keys)) != len(keys):
        raise UserError("The same client is in the list twice.", field="clients")
    organisations = [_organisation(session, client) for client in data.clients]
    name = data.name.strip() or f"{programme.name} – {', '.join(o.name for o in organisations)}"
    trajectory = Trajectory(
        name=name[:200],
        programme_key=programme.key,
        programme_version=programme.version,
        status=TrajectoryStatus.INTAKE,
        arrangement=arrangement,
    )
    trajectory.clients = [
        TrajectoryClient(
            organisation=o, position=i, is_lead=i == 0, cluster=" ".join(c.cluster.split())
        )
        for i, (o, c) in enumerate(zip(organisations, data.clients, strict=True))
    ]
    session.add(trajectory)
    session.flush()
    for contact in data.contacts:
        person = _contact(contact)
        session.add(person)
        trajectory.contacts.append(
            TrajectoryContact(
                person=person, role=contact.role.strip(), organisation_uid=organisations[0].uid
            )
        )
        if contact.role.strip():
            person.roles.append(Role(organisation=organisations[0], title=contact.role.strip()))
    if data.start_date is not None:
        lay_out_plan(session, trajectory, programme, data.start_date)
    session.flush()
    return trajectory.uid
