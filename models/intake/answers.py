"""The intake of a trajectory: questionnaire answers, first-meeting notes and the conditions.

Storage in IntakeAnswer rows (one per trajectory, section and key; the caller's session, never
a commit here):
- section "questionnaire", key = question key (unique over the whole intake, so a question
  that moves to another section keeps its answer): value = the answer as JSON, see
  models/services/intake_values.py (bool, text, option key(s), number as text "12.5", money in
  cents, date as ISO text); null once the coach clears it, so the row keeps its history.
- section "first_meeting", key = agenda item key: notes = the coach's notes; value = the area
  list of an item with an area_selection, [{"name", "potential", "chosen"}, ...], else null.
- section "first_meeting_attendees", key = the first meeting's session template key: value =
  the texts of the minimum-attendee roles ticked as present (texts, as roles have no keys).
"""

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind
from models.core.errors import UserError
from models.core.lookup import trajectory_or_fail
from models.intake.state import IntakeState, build_intake_state
from models.intake.values import (
    Answer,
    Area,
    RawAnswer,
    areas_from_json,
    checked_areas,
    stored_answer,
    typed_answer,
)
from models.orm import IntakeAnswer, Organisation, TrajectoryClient
from models.programmes import FirstMeetingItem, Programme, Question, get_programme

QUESTIONNAIRE = "questionnaire"
FIRST_MEETING = "first_meeting"
ATTENDEES = "first_meeting_attendees"

# Tests and tools pass their own programmes; None reads the files shipped with the app.
Programmes = Mapping[str, Programme] | None


def _programme(session: Session, uid: uuid.UUID, programmes: Programmes) -> Programme:
    key = trajectory_or_fail(session, uid).programme_key
    if programmes is not None and key in programmes:
        return programmes[key]
    return get_programme(key)  # a ProgrammeError (a UserError) names the missing file


def _rows(session: Session, uid: uuid.UUID) -> dict[tuple[str, str], IntakeAnswer]:
    rows = session.scalars(select(IntakeAnswer).where(IntakeAnswer.trajectory_uid == uid))
    return {(row.section, row.key): row for row in rows}


def _row(session: Session, uid: uuid.UUID, section: str, key: str) -> IntakeAnswer:
    """The row to write, created on first use."""
    wanted = {"trajectory_uid": uid, "section": section, "key": key}
    row = session.scalars(select(IntakeAnswer).filter_by(**wanted)).one_or_none()
    if row is None:
        row = IntakeAnswer(trajectory_uid=uid, section=section, key=key, value=None, notes="")
        session.add(row)
    return row


def _answers(
    programme: Programme, rows: Mapping[tuple[str, str], IntakeAnswer]
) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for question in programme.intake.questions():
        row = rows.get((QUESTIONNAIRE, question.key))
        answer = typed_answer(question, row.value if row else None)
        if answer is not None:
            answers[question.key] = answer
    return answers


def intake_answers(
    session: Session, trajectory_uid: uuid.UUID, programmes: Programmes = None
) -> dict[str, Answer]:
    """The answered questions by key, typed (money in cents), for the quote and the checks."""
    return _answers(_programme(session, trajectory_uid, programmes), _rows(session, trajectory_uid))


def intake_state(
    session: Session, trajectory_uid: uuid.UUID, programmes: Programmes = None
) -> IntakeState:
    """Everything the intake view shows for one trajectory, conditions report included."""
    programme = _programme(session, trajectory_uid, programmes)
    rows = _rows(session, trajectory_uid)
    meeting = {key: row for (section, key), row in rows.items() if section == FIRST_MEETING}
    present = rows.get((ATTENDEES, programme.first_meeting.session_template))
    return build_intake_state(
        str(trajectory_uid),
        programme,
        answers=_answers(programme, rows),
        notes={key: row.notes for key, row in meeting.items()},
        areas={key: areas_from_json(row.value) for key, row in meeting.items()},
        present=present.value if present and isinstance(present.value, list) else (),
        municipalities=tuple(municipalities_of(session, trajectory_uid)),
    )


def _question(programme: Programme, key: str) -> Question:
    question = programme.intake.question(key)
    if question is None:
        raise UserError(
            "The question '{key}' is not in the questionnaire of {programme}.",
            key=key,
            programme=programme.name,
            field=key,
        )
    return question


def save_answer(
    session: Session,
    trajectory_uid: uuid.UUID,
    question_key: str,
    raw: RawAnswer,
    programmes: Programmes = None,
) -> None:
    """Validates and stores one answer; bad input raises a UserError and changes nothing."""
    programme = _programme(session, trajectory_uid, programmes)
    question = _question(programme, question_key)
    value = stored_answer(question, raw)  # raises before any row is touched
    _row(session, trajectory_uid, QUESTIONNAIRE, question_key).value = value
    if any(b.intake_question == question_key for b in programme.pricing.extra_budgets):
        # The working budget noted in the intake is the one the quote and the projects use.
        trajectory_or_fail(session, trajectory_uid).working_budget_cents = value


def note_working_budget(session: Session, trajectory_uid: uuid.UUID, cents: int) -> None:
    """The working budget typed on the quote, written to the intake question that holds it."""
    programme = _programme(session, trajectory_uid, None)
    for budget in programme.pricing.extra_budgets:
        if budget.intake_question is not None:
            _row(session, trajectory_uid, QUESTIONNAIRE, budget.intake_question).value = cents


def municipalities_of(session: Session, trajectory_uid: uuid.UUID) -> list[str]:
    """The municipalities of a trajectory of several (each chooses its own wijk); else []."""
    names = list(
        session.scalars(
            select(Organisation.name)
            .join(TrajectoryClient, TrajectoryClient.organisation_uid == Organisation.uid)
            .where(
                TrajectoryClient.trajectory_uid == trajectory_uid,
                Organisation.kind == OrganisationKind.MUNICIPALITY,
            )
            .order_by(TrajectoryClient.position)
        )
    )
    return names if len(names) > 1 else []


def _meeting_item(programme: Programme, key: str) -> FirstMeetingItem:
    item = next((i for i in programme.first_meeting.items if i.key == key), None)
    if item is None:
        raise UserError(
            "The agenda item '{key}' is not on the agenda of the first meeting of {programme}.",
            key=key,
            programme=programme.name,
            field=key,
        )
    return item


def save_meeting_notes(
    session: Session,
    trajectory_uid: uuid.UUID,
    item_key: str,
    text: str,
    programmes: Programmes = None,
) -> None:
    """Stores the coach's notes of one agenda item of the first meeting."""
    _meeting_item(_programme(session, trajectory_uid, programmes), item_key)
    _row(session, trajectory_uid, FIRST_MEETING, item_key).notes = text.strip()


def save_areas(
    session: Session,
    trajectory_uid: uuid.UUID,
    item_key: str,
    areas: Sequence[Area],
    programmes: Programmes = None,
) -> None:
    """Replaces the area list of an agenda item (add, rename, remove, potential, choice)."""
    item = _meeting_item(_programme(session, trajectory_uid, programmes), item_key)
    if item.area_selection is None:
        raise UserError(
            "The agenda item '{title}' has no list of village centres or neighbourhoods.",
            title=item.title,
            field=item_key,
        )
    towns = municipalities_of(session, trajectory_uid)
    value = checked_areas(item.area_selection, areas, field=item_key, municipalities=towns)
    _row(session, trajectory_uid, FIRST_MEETING, item_key).value = value


def tick_attendee(
    session: Session,
    trajectory_uid: uuid.UUID,
    role: int | str,
    present: bool,
    programmes: Programmes = None,
) -> None:
    """Ticks (or unticks) one minimum-attendee role of the first meeting, by index or text."""
    programme = _programme(session, trajectory_uid, programmes)
    template_key = programme.first_meeting.session_template
    template = programme.session_template(template_key)
    roles = template.minimum_attendees if template else ()
    if isinstance(role, int) and not isinstance(role, bool) and 0 <= role < len(roles):
        role = roles[role]
    if role not in roles:
        raise UserError(
            "'{role}' is not among those who must at least attend the first meeting.",
            role=role,
            field="attendees",
        )
    row = _row(session, trajectory_uid, ATTENDEES, template_key)
    ticked = set(row.value) if isinstance(row.value, list) else set()
    ticked = ticked | {role} if present else ticked - {role}
    # In programme order, and a new list so that the JSON column sees the change.
    row.value = [r for r in roles if r in ticked]
