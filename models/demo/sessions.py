"""Demo content of the sessions already held: notes per block, decisions, actions, a walk-in.

Works on the demo built by models/services/demo.py (sessions, agendas and attendance are
there); runs through the same services as live mode, so the demo is validated like real input.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.editing import update_action
from models.core.enums import ActionStatus, NoteKind, RegistrationStatus, SessionStatus
from models.orm import (
    AgendaBlock,
    ParticipantProject,
    Person,
    Registration,
    SessionNote,
    TrajectorySession,
)
from models.sessions import live
from models.sessions.reading import to_utc


@dataclass(frozen=True)
class DemoAction:
    title: str
    owner: int | str  # index into the people present, or a free-text owner
    due_in_days: int  # after the session
    project: str | None = None  # the project's name: creation order is no reliable index
    done: bool = False


@dataclass(frozen=True)
class DemoSession:
    notes: dict[int, str] = field(default_factory=dict)  # agenda block index -> note
    decisions: tuple[str, ...] = ()
    actions: tuple[DemoAction, ...] = ()
    walk_in: tuple[str, str] | None = None  # name, contact
    # Progress notes per project are the projects demo's (models/services/demo_projects.py).


CONTENT: dict[str, DemoSession] = {
    "kennismakingsoverleg": DemoSession(
        notes={
            1: "Particulier autodelen en deelwagens van aanbieders toegelicht; vragen over "
            "verzekering en het gebruik van een boekingsplatform.",
            3: "Kachtem, Emelgem en centrum bekeken. Kachtem heeft veel gezinnen met een "
            "tweede wagen, een actief wijkcomité en een basisschool.",
            4: "Budget 3.250 euro na provinciale korting. Flankerend: parkeerplaatsen voor "
            "deelwagens in het parkeerreglement.",
        },
        decisions=(
            "Wijk Kachtem wordt de wijk waar het 'bottom-up' autodelen opstart.",
            "De infosessie valt in het najaar, gekoppeld aan het thema 'leefbare straten'.",
        ),
        actions=(
            DemoAction("Aanknopingspunten in Kachtem oplijsten", 0, 21, done=True),
            DemoAction("Communicatietemplates bezorgen", "Autodelen.net", 14, done=True),
        ),
    ),
    "startoverleg_ambassadeurs": DemoSession(
        notes={
            0: "Wijkcomité, oudercomité en twee handelaars aanwezig.",
            3: "Bakkerij en dorpscafé willen affiches ophangen; de school verspreidt flyers.",
        },
        decisions=("Ambassadeurs krijgen een eigen flyer met hun naam en telefoonnummer.",),
        actions=(DemoAction("Ambassadeursflyer ontwerpen", "Autodelen.net", 14, done=True),),
    ),
    "werksessie_communicatieplan": DemoSession(
        notes={
            1: "Doelgroep: gezinnen met een tweede wagen en senioren die weinig rijden.",
            2: "Kanalen: stadsblad, Facebookgroep van Kachtem, schoolpoort, bakkerij.",
            3: "Infosessie begin december; drie weken vooraf flyeren.",
        },
        decisions=(
            "De infosessie krijgt als tweede thema 'leefbare straten'.",
            "Flyers gaan in alle brievenbussen van Kachtem, niet enkel bij de ambassadeurs.",
        ),
        actions=(
            DemoAction("Artikel voor het stadsblad schrijven", 0, 10, done=True),
            DemoAction("Facebookgroep Kachtem: bericht met de datum", 2, 20),
            DemoAction("Zaal reserveren voor de infosessie", 1, 7, done=True),
        ),
        walk_in=("Roos Vercruysse", "0476 55 12 34"),
    ),
    "intakegesprek": DemoSession(
        notes={
            2: "Klimaatplan: 40 % minder CO2 tegen 2030; accent op voeding en circulaire economie.",
            3: "Menukaart: repaircafé, volkstuin, fietsbib, energiecoöperatie, kortketenmarkt.",
        },
        decisions=("De oproep naar burgers gaat eind augustus de deur uit.",),
        actions=(DemoAction("Reglement werkingsbudget laten goedkeuren", 0, 21, done=True),),
    ),
    "kickoff": DemoSession(
        notes={
            2: "Elf klimaatdoeners, van student tot gepensioneerde ingenieur.",
            5: "Ideeën: repaircafé, volkstuin, fietsbib, deelbakfiets, buurtcompost.",
        },
        decisions=("We werken tussen de sessies verder via de online samenwerkingstool.",),
        actions=(DemoAction("Iedereen uitnodigen in de samenwerkingstool", "Ecolife", 7),),
        walk_in=("Hanne Lemmens", "hanne.lemmens@example.org"),
    ),
    "pick_n_choose": DemoSession(
        notes={
            1: "De ideeën in vier clusters: herstellen, voeding, mobiliteit, energie.",
            3: "Drie acties gekozen; energie schuift door naar een volgende ronde.",
        },
        decisions=(
            "Drie groepen: Repaircafé Herent, Volkstuin Veltem en Fietsbib Winksele.",
            "Elke groep vraagt zijn budget aan vóór de Hands on-sessie.",
        ),
        actions=(
            DemoAction("Budgetaanvraag repaircafé indienen", 3, 14, "Repaircafé Herent", done=True),
            DemoAction("Eigenaar perceel Veltem contacteren", 2, 21, "Volkstuin Veltem"),
            DemoAction("Tweedehands kinderfietsen inzamelen", 1, 30, "Fietsbib Winksele"),
        ),
    ),
    "startoverleg": DemoSession(
        notes={
            1: "Herselt, Hulshout en Westerlo stappen in; Westerlo trekt.",
            3: "Eerste acties: gezamenlijke renovatiecampagne en deelmobiliteit.",
        },
        decisions=("De kostprijs wordt in drie gelijke delen verdeeld.",),
        actions=(DemoAction("Samenwerkingsovereenkomst opstellen", "Ecolife", 30, done=True),),
    ),
    "werksessie_samenwerkingsverband": DemoSession(
        notes={1: "Vaste vergaderruimte: raadzaal Westerlo, beurtelings voorzitterschap."},
        decisions=(
            "Elke gemeente duidt een vaste ambtenaar en een communicatieverantwoordelijke aan.",
        ),
        actions=(DemoAction("Contactlijst van de drie diensten delen", 0, 7, done=True),),
    ),
    "werksessie_acties": DemoSession(
        notes={
            1: "Renovatiecampagne: gezamenlijke infoavond en renovatiebegeleiding.",
            2: "Deelmobiliteit: deelwagen per deelgemeente onderzoeken.",
        },
        decisions=("De renovatiecampagne start in februari in de drie gemeenten tegelijk.",),
        actions=(DemoAction("Offerte drukwerk campagne opvragen", 1, 14),),
    ),
    "werksessie_1": DemoSession(
        notes={
            1: "Vier buurtpunten stelden zich voor: Kieldrecht, Rieme, Sint-Margriete-Houtem "
            "en Tielrode.",
            4: "Functies per buurtpunt in kaart gebracht; locatie is overal de grootste vraag.",
            5: "Tip uit Beveren: begin klein met één vaste openingsdag.",
        },
        decisions=("Tussen de sessies delen de trekkers hun actieplan in de gedeelde map.",),
        actions=(
            DemoAction("Actieplan buurtpunt eerste versie", 0, 21, "Buurtpunt Kieldrecht"),
            DemoAction("Bevraging bewoners Rieme opstellen", 2, 28, "Buurtpunt Rieme"),
            DemoAction(
                "Praktijkboek: hoofdstuk opstart nalezen", "Netwerk Duurzame Mobiliteit", 30
            ),
        ),
    ),
}

# The second cluster of the Kempen trajectory holds the same sessions with its own content.
CLUSTER_CONTENT: dict[tuple[str, str], DemoSession] = {
    ("startoverleg", "Netevallei"): DemoSession(
        notes={
            1: "Grobbendonk, Vorselaar en Herenthout stappen in; Vorselaar trekt.",
            3: "Eerste acties: samen een energiescan voor verenigingslokalen en trage wegen.",
        },
        decisions=("De kostprijs van de cluster wordt in drie gelijke delen verdeeld.",),
        actions=(DemoAction("Plan van aanpak Netevallei uitschrijven", "Ecolife", 21, done=True),),
    ),
    ("werksessie_samenwerkingsverband", "Netevallei"): DemoSession(
        notes={1: "Vergaderen beurtelings in de drie gemeentehuizen; Vorselaar houdt de agenda."},
        decisions=("Elke gemeente duidt een vaste ambtenaar aan voor de cluster.",),
        actions=(DemoAction("Gedeelde map voor de drie diensten opzetten", 0, 7, done=True),),
    ),
    ("werksessie_acties", "Netevallei"): DemoSession(
        notes={1: "Energiescan: acht verenigingslokalen per gemeente als eerste ronde."},
        decisions=("De energiescans starten na de krokusvakantie.",),
        actions=(DemoAction("Lijst verenigingslokalen Herenthout bezorgen", 1, 14),),
    ),
}

GENERIC = DemoSession(
    notes={0: "Iedereen welkom geheten; de agenda overlopen."},
    decisions=("Volgende bijeenkomst volgens de planning.",),
)


def _present(session: Session, meeting: TrajectorySession) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(Registration, Registration.person_uid == Person.uid)
            .where(
                Registration.session_uid == meeting.uid,
                Registration.status == RegistrationStatus.PRESENT,
            )
            .order_by(Registration.created_at)
        )
    )


def _enrich(session: Session, meeting: TrajectorySession, today: date) -> None:
    assert meeting.starts_at is not None
    key = meeting.template_key or ""
    content = CLUSTER_CONTENT.get((key, meeting.cluster)) or CONTENT.get(key, GENERIC)
    blocks = list(
        session.scalars(
            select(AgendaBlock)
            .where(AgendaBlock.session_uid == meeting.uid)
            .order_by(AgendaBlock.position)
        )
    )
    moment = meeting.starts_at + timedelta(minutes=5)  # they always start a little late
    for block in blocks:
        block.started_at = to_utc(moment)
        moment += timedelta(minutes=block.minutes)
    if content.walk_in is not None:
        name, contact = content.walk_in
        live.walk_in(
            session,
            meeting.uid,
            name,
            contact,
            True,
            at=meeting.starts_at + timedelta(minutes=3),
            today=meeting.starts_at.date(),
        )
    for index, text in content.notes.items():
        if index < len(blocks):
            live.save_block_note(session, meeting.uid, blocks[index].uid, text)
    for text in content.decisions:
        live.add_decision(session, meeting.uid, text)
    projects = {
        p.name: p.uid
        for p in session.scalars(
            select(ParticipantProject).where(
                ParticipantProject.trajectory_uid == meeting.trajectory_uid
            )
        )
    }
    present = _present(session, meeting)
    for demo in content.actions:
        _action(session, meeting, demo, present, projects, today)


def _action(
    session: Session,
    meeting: TrajectorySession,
    demo: DemoAction,
    present: list[Person],
    projects: dict[str, uuid.UUID],
    today: date,
) -> None:
    assert meeting.starts_at is not None
    owner_uid: uuid.UUID | None = None
    owner_text = ""
    if isinstance(demo.owner, int) and present:
        owner_uid = present[demo.owner % len(present)].uid
    else:
        owner_text = str(demo.owner) if isinstance(demo.owner, str) else ""
    project_uid = projects.get(demo.project) if demo.project is not None else None
    due = meeting.starts_at.date() + timedelta(days=demo.due_in_days)
    action_uid = live.add_session_action(
        session,
        meeting.uid,
        demo.title,
        owner_person_uid=owner_uid,
        owner_text=owner_text,
        due_on=due,
        project_uid=project_uid,
        by="demo",
    )
    if demo.done:
        update_action(
            session, action_uid, status=ActionStatus.DONE, today=min(due, today), by="demo"
        )


def add_sessions_demo(session: Session, today: date) -> None:
    """Notes, decisions, actions and a walk-in for every held demo session not yet filled."""
    now = datetime.combine(today, datetime.min.time())
    held = session.scalars(
        select(TrajectorySession)
        .where(
            TrajectorySession.status == SessionStatus.HELD,
            TrajectorySession.starts_at.is_not(None),
            TrajectorySession.starts_at < now,
        )
        .order_by(TrajectorySession.starts_at)
    ).all()
    for meeting in held:
        # Progress notes per project are the projects demo's: only ours count here.
        has_notes = session.scalar(
            select(SessionNote.uid)
            .where(
                SessionNote.session_uid == meeting.uid,
                SessionNote.kind.in_([NoteKind.NOTE, NoteKind.DECISION]),
            )
            .limit(1)
        )
        if has_notes is None:
            _enrich(session, meeting, today)
    session.flush()
