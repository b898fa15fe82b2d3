"""Where a person's name or e-mail address still stands in text the coach typed.

Erasing a person wipes every field that belongs to them; a name typed into a session note,
an action title or an agenda line is the coach's own text and cannot be rewritten safely by
a program ("Jan" may be two people). So the erasure lists those places for the coach to edit.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session, object_session

from models.core.errors import Phrase, phrase
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
_PLACES: Sequence[tuple[type, Sequence[Any], Callable[[Any], Phrase]]] = (
    (
        TrajectorySession,
        (TrajectorySession.notes,),
        lambda r: phrase("Session '{title}': notes", title=r.title),
    ),
    (
        SessionNote,
        (SessionNote.text,),
        lambda r: phrase("Note at session '{title}'", title=_session_title(r)),
    ),
    (
        AgendaBlock,
        (AgendaBlock.title, AgendaBlock.who, AgendaBlock.method),
        lambda r: phrase(
            "Agenda item '{title}' of session '{session}'",
            title=r.title,
            session=_session_title(r),
        ),
    ),
    (
        Action,
        (Action.title, Action.description, Action.owner_text),
        lambda r: phrase("Action '{title}'", title=r.title),
    ),
    (Trajectory, (Trajectory.notes,), lambda r: phrase("Trajectory '{name}': notes", name=r.name)),
    (
        IntakeAnswer,
        (IntakeAnswer.notes, cast(IntakeAnswer.value, String)),
        lambda r: phrase("The intake"),
    ),
    (
        ParticipantProject,
        (ParticipantProject.notes,),
        lambda r: phrase("Project '{name}': notes", name=r.name),
    ),
    (
        Partner,
        (Partner.activities,),
        lambda r: phrase("Partner '{name}': what they do", name=r.name),
    ),
    (Phase, (Phase.notes,), lambda r: phrase("Phase '{name}': notes", name=r.name)),
    (Task, (Task.title, Task.description), lambda r: phrase("Task '{title}'", title=r.title)),
    (
        Organisation,
        (Organisation.notes,),
        lambda r: phrase("Organisation '{name}': notes", name=r.name),
    ),
    (Setting, (cast(Setting.value, String),), lambda r: phrase("Setting '{key}'", key=r.key)),
    (
        EvaluationAnswer,
        (cast(EvaluationAnswer.value, String),),
        lambda r: phrase("Evaluation answer to '{question}'", question=r.question_text),
    ),
)


def name_mentions(session: Session, texts: Iterable[str]) -> tuple[Phrase, ...]:
    """The places, named for the coach, whose free text contains one of texts."""
    needles = sorted({t.strip() for t in texts if len(t.strip()) >= MIN_LENGTH})
    if not needles:
        return ()
    found: list[Phrase] = []
    for model, columns, describe in _PLACES:
        condition = or_(
            *(column.contains(needle, autoescape=True) for column in columns for needle in needles)
        )
        rows: Sequence[Any] = session.scalars(select(model).where(condition)).all()
        found.extend(describe(row) for row in rows)
    return tuple(dict.fromkeys(found))
