"""Where a person's name or e-mail address still stands in text the coach typed.

Erasing a person wipes every field that belongs to them; a name typed into a session note,
an action title or an agenda line is the coach's own text and cannot be rewritten safely by
a program ("Jan" may be two people). So the erasure lists those places for the coach to edit.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session, object_session

from models.orm import (
    Action,
    AgendaBlock,
    EvaluationAnswer,
    IntakeAnswer,
    Organisation,
    ParticipantProject,
    Partner,
    Phase,
    SessionNote,
    Setting,
    Task,
    Trajectory,
    TrajectorySession,
)

MIN_LENGTH = 4  # shorter names ("An") would match inside half the words of every note


def _session_title(row: Any) -> str:
    """The title of the session a note or agenda block belongs to."""
    owner = object_session(row)
    meeting = owner.get(TrajectorySession, row.session_uid) if owner is not None else None
    return str(meeting.title) if meeting is not None else "?"


# (model, the free-text columns, how the place is named to the coach)
_PLACES: Sequence[tuple[type, Sequence[Any], Callable[[Any], str]]] = (
    (TrajectorySession, (TrajectorySession.notes,), lambda r: f"Bijeenkomst '{r.title}': notities"),
    (SessionNote, (SessionNote.text,), lambda r: f"Notitie bij bijeenkomst '{_session_title(r)}'"),
    (
        AgendaBlock,
        (AgendaBlock.title, AgendaBlock.who, AgendaBlock.method),
        lambda r: f"Agendapunt '{r.title}' van bijeenkomst '{_session_title(r)}'",
    ),
    (
        Action,
        (Action.title, Action.description, Action.owner_text),
        lambda r: f"Actie '{r.title}'",
    ),
    (Trajectory, (Trajectory.notes,), lambda r: f"Traject '{r.name}': notities"),
    (IntakeAnswer, (IntakeAnswer.notes, cast(IntakeAnswer.value, String)), lambda r: "Intake"),
    (
        ParticipantProject,
        (ParticipantProject.notes,),
        lambda r: f"Project '{r.name}': notities",
    ),
    (Partner, (Partner.activities,), lambda r: f"Partner '{r.name}': wat ze doen"),
    (Phase, (Phase.notes,), lambda r: f"Fase '{r.name}': notities"),
    (Task, (Task.title, Task.description), lambda r: f"Taak '{r.title}'"),
    (Organisation, (Organisation.notes,), lambda r: f"Organisatie '{r.name}': notities"),
    (Setting, (cast(Setting.value, String),), lambda r: f"Instelling '{r.key}'"),
    (
        EvaluationAnswer,
        (cast(EvaluationAnswer.value, String),),
        lambda r: f"Evaluatieantwoord op '{r.question_text}'",
    ),
)


def name_mentions(session: Session, texts: Iterable[str]) -> tuple[str, ...]:
    """The places, named for the coach, whose free text contains one of texts."""
    needles = sorted({t.strip() for t in texts if len(t.strip()) >= MIN_LENGTH})
    if not needles:
        return ()
    found: list[str] = []
    for model, columns, describe in _PLACES:
        condition = or_(
            *(column.contains(needle, autoescape=True) for column in columns for needle in needles)
        )
        rows: Sequence[Any] = session.scalars(select(model).where(condition)).all()
        found.extend(describe(row) for row in rows)
    return tuple(dict.fromkeys(found))
