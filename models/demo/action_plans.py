"""Demo action plans: each buurtpunt's trekkers leave the first session with their own plan.

Works on the demo data already built (the learning network 'ons buurtpunt'), through the same
action services the app uses, so every action has a history; safe to run twice.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actions.carry import carry_open_actions
from models.actions.editing import ActionInput, add_action, update_action
from models.core.enums import SessionStatus
from models.orm import Action, ParticipantProject, Person, Trajectory, TrajectorySession

COACH = "Begeleider NDM"


@dataclass(frozen=True)
class _Demo:
    project: str  # project name, "" for the whole network
    title: str
    owner: str  # a trekker's full name, or a name typed as text
    due_in_days: int
    status: str = "open"
    description: str = ""


_BUURTPUNT_ACTIONS = (
    _Demo("", "Praktijkgetuigenis Dorpspunt Beveren vastleggen voor sessie 2", COACH, 20),
    _Demo("", "Juridische vragen van de trekkers bundelen voor de expert", COACH, 35),
    _Demo(
        "Buurtpunt Kieldrecht",
        "Huurvoorwaarden en staat van het gebouw nagaan",
        "Jan Van Puyvelde",
        21,
        "in_progress",
        "Samen met de eigenaar van de leegstaande winkel op de Dorpsstraat.",
    ),
    _Demo(
        "Buurtpunt Kieldrecht", "Twee lokale boeren vragen voor de korte keten", "Mieke Saelens", 28
    ),
    _Demo(
        "Buurtpunt Kieldrecht", "Deelfietsen: offerte bij twee aanbieders", "Jan Van Puyvelde", 40
    ),
    _Demo(
        "Buurtpunt Kieldrecht", "Dorpsraad informeren over het plan", "Mieke Saelens", -6, "done"
    ),
    _Demo("Buurtpunt Rieme", "Uitbater buurtcafé polsen voor een pakjespunt", "Dries De Wilde", 9),
    _Demo(
        "Buurtpunt Rieme",
        "Parkeerplaats voor de deelauto bespreken met de gemeente",
        "Dries De Wilde",
        -3,
    ),
    _Demo(
        "Buurtpunt Rieme",
        "Bewonersavond plannen in het parochiecentrum",
        "Buurtwerking Rieme",
        30,
    ),
    _Demo(
        "Dorpspunt Sint-Margriete-Houtem",
        "Vergunning voor de zaterdagmarkt aanvragen",
        "Luc Wuyts",
        14,
        "in_progress",
    ),
    _Demo(
        "Dorpspunt Sint-Margriete-Houtem",
        "Belbus-halte: wachtruimte voorstellen aan De Lijn",
        "Nele Van Acker",
        33,
    ),
    _Demo("Buurtpunt Tielrode", "Bezoek aan het repaircafé van Temse", "Fatima El Amrani", 10),
    _Demo(
        "Buurtpunt Tielrode",
        "Vrijwilligers zoeken voor de ontmoetingsplek",
        "Fatima El Amrani",
        25,
        description="Oproep in het wijkblad en op de schoolpoort.",
    ),
)


def _people(session: Session) -> dict[str, Person]:
    return {p.full_name: p for p in session.scalars(select(Person))}


def add_action_plan_demo(session: Session, today: date) -> None:
    """Fills out the learning network's action plans and carries them to the next session."""
    trajectory = session.scalars(
        select(Trajectory).where(Trajectory.programme_key == "buurtpunt")
    ).first()
    if trajectory is None:
        return
    titles = set(
        session.scalars(select(Action.title).where(Action.trajectory_uid == trajectory.uid))
    )
    if _BUURTPUNT_ACTIONS[0].title in titles:
        return
    projects = {
        p.name: p.uid
        for p in session.scalars(
            select(ParticipantProject).where(ParticipantProject.trajectory_uid == trajectory.uid)
        )
    }
    held = session.scalars(
        select(TrajectorySession)
        .where(
            TrajectorySession.trajectory_uid == trajectory.uid,
            TrajectorySession.status == SessionStatus.HELD,
        )
        .order_by(TrajectorySession.starts_at.desc())
    ).first()
    people = _people(session)
    for demo in _BUURTPUNT_ACTIONS:  # add_action puts each after the actions already there
        person = people.get(demo.owner)
        action = add_action(
            session,
            trajectory.uid,
            ActionInput(
                demo.title,
                owner_person_uid=person.uid if person else None,
                owner_text="" if person else demo.owner,
                due_on=today + timedelta(days=demo.due_in_days),
                project_uid=projects.get(demo.project),
                origin_session_uid=held.uid if held else None,
                description=demo.description,
            ),
            by=COACH,
        )
        if demo.status != "open":
            update_action(session, action.uid, status=demo.status, today=today, by=demo.owner)
    session.flush()
    now = datetime.combine(today, time(12, 0))
    carry_open_actions(session, trajectory.uid, now, held.uid if held else None, by=COACH)
