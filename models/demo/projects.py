"""Demo enrichment of projects and partners: functions, stages, progress, menukaart, ambassadors.

Runs on the demo built by models.demo.builder, through the same services the screens use, so
the demo is validated like a coach's input. Safe to call twice: what exists is left alone.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.editing import ActionInput
from models.core.enums import NoteKind, SessionStatus
from models.demo.content import DEMO_TRAJECTORIES
from models.orm import (
    ParticipantProject,
    Partner,
    Person,
    SessionNote,
    Trajectory,
    TrajectorySession,
)
from models.partners.dto import NewContact, PartnerInput
from models.partners.network import create_partner, set_ambassador
from models.projects.dto import MemberInput, ProjectInput
from models.projects.editing import create_project, update_project
from models.projects.progress import (
    add_project_action,
    progress_sessions,
    set_progress_note,
)


@dataclass(frozen=True)
class _Project:
    name: str
    functions: tuple[str, ...]
    stage: str
    members: tuple[tuple[str, str], ...] = ()  # (first, last) of members besides the trekkers
    # Progress notes, one per held work session in date order.
    progress: tuple[str, ...] = ()
    # Actions taken on in the first held work session: (title, owner first name, due in days).
    actions: tuple[tuple[str, str, int], ...] = ()


BUURTPUNTEN = (
    _Project(
        "Buurtpunt Kieldrecht",
        ("mobipunt", "deelfietsen", "ontmoetingsplek", "buurtwinkel", "korte_keten"),
        "verkenning",
        progress=(
            "Leegstaande winkel aan het Dorpsplein in beeld; de dorpsraad wil een dorpswinkel "
            "met hoeveproducten, een ontmoetingshoek en drie deelfietsen aan de bushalte.",
        ),
        # Her action for the boeren is in the action plan demo ("Twee lokale boeren vragen").
    ),
    _Project(
        "Buurtpunt Rieme",
        ("deelautos", "buurtcafe", "pakjespunt"),
        "verkenning",
        progress=(
            "Het buurtcafé sluit eind dit jaar; Dries onderzoekt een doorstart als buurtcafé "
            "met pakjespunt. Een deelauto voor de wijk is de tweede stap.",
        ),
    ),
    _Project(
        "Dorpspunt Sint-Margriete-Houtem",
        ("openbaar_vervoer", "ontmoetingsplek", "lokale_markt"),
        "verkenning",
        progress=(
            "Zaterdagmarkt op het kerkplein als proef in het voorjaar; met De Lijn bekijken "
            "of de belbus een halte met wachtruimte aan het dorpspunt kan krijgen.",
        ),
    ),
    _Project(
        "Buurtpunt Tielrode",
        ("deelfietsen", "ontmoetingsplek", "buurtactiviteiten"),
        "idee",
        progress=(
            "Fatima stelde het idee van de oude pastorij voor; eerst nagaan wie eigenaar is "
            "en wat de buurt er zelf wil.",
        ),
        actions=(("Korte bevraging bij de buren van de pastorij", "Fatima", 21),),
    ),
)

CLIMATE_GROUPS = (
    _Project(
        "Repaircafé Herent",
        (),
        "gekozen",
        members=(("Ingrid", "Jacobs"), ("Yusuf", "Aydin")),
        progress=(
            "Uit de brainstorm: herstellen in plaats van weggooien; Rudi kent vrijwilligers "
            "van het repaircafé in Kortenberg.",
            "Groep gevormd met Ingrid en Yusuf. Locatie: cafetaria van GC De Wildeman, elke "
            "tweede zaterdag. Budget voor gereedschap en verzekering gevraagd.",
        ),
    ),
    _Project(
        "Volkstuin Veltem",
        (),
        "gekozen",
        members=(("Veerle", "Willems"), ("An", "Hermans")),
        progress=(
            "Idee van een gedeelde moestuin; perceel naast de school van Veltem mogelijk vrij.",
            "Groep gevormd. Eerst de grond vastleggen met de gemeente, dan een "
            "compostcursus voor de buurt.",
        ),
    ),
    _Project(
        "Fietsbib Winksele",
        (),
        "gekozen",
        members=(("Stijn", "Van Damme"),),
        progress=(
            "Jonge gezinnen in Winksele zoeken kinderfietsen die meegroeien.",
            "Bram en Stijn trekken de fietsbib; opslag in de garage van de parochiezaal.",
        ),
    ),
)

NEW_CLIMATE_GROUP = ProjectInput(
    name="Energiecoöperatie Herent",
    place="Herent",
    goals="Samen zonnepanelen op het dak van de sporthal, met aandelen voor de inwoners.",
    stage="idee",
    menu_item_key="energiecooperatie",
    budget_requested_cents=80_000,
)
NEW_CLIMATE_MEMBERS = (("Joris", "Smets", True), ("Karolien", "Michiels", False))

# Partners per demo trajectory: name, category key, engagement, contact, ambassador, what.
PARTNERS: dict[str, tuple[tuple[str, str, str, tuple[str, ...], bool, str], ...]] = {
    "autodelen": (
        (
            "Landelijke Gilden Kachtem",
            "ledenorganisaties",
            "informs",
            (),
            False,
            "Zet de infosessie in de ledenbrief.",
        ),
        (
            "Bakkerij Vanneste",
            "duurzame_initiatieven_en_handelaars",
            "communicates",
            (),
            False,
            "Affiche aan de toonbank en flyers bij het brood.",
        ),
    ),
    "klimaatdoeners": (
        (
            "Velt Herent",
            "natuur_en_milieu",
            "cooperates",
            ("Hilde", "Van Roey", "hilde.vanroey@example.org"),
            True,
            "Advies en zaden voor de volkstuin in Veltem.",
        ),
        (
            "Milieuraad Herent",
            "adviesraden",
            "communicates",
            (),
            False,
            "Verspreidt de oproep en denkt mee over de menukaart.",
        ),
        (
            "Fietsbieb Leuven",
            "deelorganisaties",
            "cooperates",
            ("Tom", "Peeters", "tom.peeters@example.org"),
            False,
            "Helpt de fietsbib in Winksele opstarten met hun uitleensysteem.",
        ),
    ),
    "buurtpunt": (
        (
            "Landelijke Gilden Kieldrecht",
            "ledenorganisaties",
            "communicates",
            (),
            False,
            "Brengt de boeren uit de polder samen voor de dorpswinkel.",
        ),
        (
            "OKRA Rieme",
            "ledenorganisaties",
            "informs",
            (),
            False,
            "Vertelt de senioren over het buurtcafé met pakjespunt.",
        ),
        (
            "Gemeente Temse – dienst lokale economie",
            "gemeente",
            "cooperates",
            (),
            False,
            "Zoekt mee naar een bestemming voor de pastorij in Tielrode.",
        ),
    ),
}
# Partners the demo already has, given a contact person: partner name -> (first, last).
PARTNER_CONTACTS = {
    "Wijkcomité Kachtem": ("Marc", "D'hondt"),
    "Mobiliteitsraad Izegem": ("Wouter", "Deprez"),
}
AMBASSADORS = {
    "autodelen": (("Marc", "D'hondt"), ("Koen", "Vermeersch"), ("Griet", "de Smet")),
    "klimaatdoeners": (("Sofie", "Wouters"),),
}


class _Demo:
    def __init__(self, session: Session, trajectory: Trajectory, today: date) -> None:
        self.session = session
        self.trajectory = trajectory
        self.today = today

    def person(self, first: str, last: str) -> Person | None:
        return self.session.scalar(
            select(Person).where(Person.first_name == first, Person.last_name == last).limit(1)
        )

    def project(self, name: str) -> ParticipantProject | None:
        return self.session.scalar(
            select(ParticipantProject).where(
                ParticipantProject.trajectory_uid == self.trajectory.uid,
                ParticipantProject.name == name,
            )
        )

    def held_sessions(self) -> list[TrajectorySession]:
        return [
            m
            for m in progress_sessions(self.session, self.trajectory.uid)
            if m.status is SessionStatus.HELD
        ]

    def enrich(self, spec: _Project) -> None:
        project = self.project(spec.name)
        if project is None:
            return
        members = [MemberInput(str(m.person_uid), m.is_lead, m.role) for m in project.members]
        for first, last in spec.members:
            person = self.person(first, last)
            if person is not None:
                members.append(MemberInput(str(person.uid), False, ""))
        functions = spec.functions or tuple(project.functions or ())
        update_project(
            self.session,
            project.uid,
            ProjectInput(
                name=project.name,
                place=project.place,
                goals=project.goals,
                functions=functions,
                stage=spec.stage,
                menu_item_key=project.menu_item_key,
                budget_requested_cents=project.budget_requested_cents,
                budget_granted_cents=project.budget_granted_cents,
                notes=project.notes,
                members=tuple(members),
            ),
        )
        self.progress(project, spec)

    def progress(self, project: ParticipantProject, spec: _Project) -> None:
        held = self.held_sessions()
        has_notes = self.session.scalar(
            select(SessionNote.uid).where(
                SessionNote.project_uid == project.uid, SessionNote.kind == NoteKind.PROGRESS
            )
        )
        if has_notes is not None or not held:
            return
        for meeting, text in zip(held, spec.progress, strict=False):
            set_progress_note(self.session, project.uid, meeting.uid, text)
        for title, owner_first, due_in in spec.actions:
            owner = next(
                (m.person for m in project.members if m.person.first_name == owner_first), None
            )
            add_project_action(
                self.session,
                project.uid,
                held[0].uid,
                ActionInput(
                    title,
                    owner_person_uid=owner.uid if owner else None,
                    owner_text="" if owner else owner_first,
                    due_on=self.today + timedelta(days=due_in),
                ),
                by="demo",
            )

    def new_group(self) -> None:
        if self.project(NEW_CLIMATE_GROUP.name) is not None:
            return
        members = []
        for first, last, lead in NEW_CLIMATE_MEMBERS:
            person = self.person(first, last)
            if person is not None:
                members.append(MemberInput(str(person.uid), lead, "trekker" if lead else ""))
        uid = create_project(
            self.session,
            self.trajectory.uid,
            ProjectInput(
                name=NEW_CLIMATE_GROUP.name,
                place=NEW_CLIMATE_GROUP.place,
                goals=NEW_CLIMATE_GROUP.goals,
                stage=NEW_CLIMATE_GROUP.stage,
                menu_item_key=NEW_CLIMATE_GROUP.menu_item_key,
                budget_requested_cents=NEW_CLIMATE_GROUP.budget_requested_cents,
                members=tuple(members),
            ),
        )
        held = self.held_sessions()
        if held:
            set_progress_note(
                self.session,
                uid,
                held[-1].uid,
                "Joris en Karolien willen een energiecoöperatie; eerst uitzoeken welke daken "
                "van de gemeente geschikt zijn.",
            )

    def partners(self, programme: str) -> None:
        existing = set(
            self.session.scalars(
                select(Partner.name).where(Partner.trajectory_uid == self.trajectory.uid)
            )
        )
        for name, category, engagement, contact, ambassador, what in PARTNERS.get(programme, ()):
            if name in existing:
                continue
            new_contact = None
            if contact:
                first, last, email = contact
                new_contact = NewContact(first, last, email)
            create_partner(
                self.session,
                self.trajectory.uid,
                PartnerInput(
                    name=name,
                    category_key=category,
                    engagement=engagement,
                    new_contact=new_contact,
                    is_ambassador=ambassador,
                    activities=what,
                ),
            )
        for partner in self.session.scalars(
            select(Partner).where(Partner.trajectory_uid == self.trajectory.uid)
        ):
            names = PARTNER_CONTACTS.get(partner.name)
            person = self.person(*names) if names else None
            if person is not None and partner.contact_person_uid is None:
                partner.contact_person_uid = person.uid
        for first, last in AMBASSADORS.get(programme, ()):
            person = self.person(first, last)
            if person is not None:
                set_ambassador(self.session, self.trajectory.uid, person.uid, True)


def add_projects_demo(session: Session, today: date) -> None:
    """Enriches the demo trajectories' projects, progress, partners and ambassadors."""
    names = [spec.name for spec in DEMO_TRAJECTORIES]
    for trajectory in session.scalars(select(Trajectory).where(Trajectory.name.in_(names))).all():
        demo = _Demo(session, trajectory, today)
        if trajectory.programme_key == "buurtpunt":
            for spec in BUURTPUNTEN:
                demo.enrich(spec)
        elif trajectory.programme_key == "klimaatdoeners":
            for spec in CLIMATE_GROUPS:
                demo.enrich(spec)
            demo.new_group()
        demo.partners(trajectory.programme_key)
    session.flush()
