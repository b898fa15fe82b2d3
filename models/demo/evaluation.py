"""Filled-in evaluations for the demo: every session held so far that has a form gets answers.

Runs on the demo trajectories already built; the answers are invented but stable (a seeded
random per session), mostly anonymous from paper, a few from the kiosk with a name and consent.
"""

import random
import zlib
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import RegistrationStatus, SessionStatus
from models.evaluation.dto import QuestionDTO, RawValue
from models.evaluation.forms import create_session_form, form_dto, programme_forms
from models.evaluation.responses import add_response
from models.orm import EvaluationForm, Registration, Trajectory, TrajectorySession
from models.programmes.schema_evaluation import form_for_session

DEMO_PROGRAMMES = ("klimaatdoeners", "autodelen", "buurtpunt", "intergemeentelijk")

_TEXTS: dict[str, tuple[str, ...]] = {
    "positief": (
        "Fijne sfeer en goed tempo.",
        "Veel energie in de groep, iedereen kwam aan bod.",
        "De brainstorm in kleine groepen werkte goed.",
        "Concreet: we weten wat we tegen de volgende keer doen.",
        "Goede uitleg en duidelijke voorbeelden.",
    ),
    "beter": (
        "Iets minder lang plenair, meer tijd in groepjes.",
        "De zaal was wat krap.",
        "Graag de presentatie vooraf doorsturen.",
        "Start om 19u is krap na het werk.",
    ),
    "vragen": (
        "Hoe zit het met de verzekering als een buur met mijn wagen rijdt?",
        "Wie betaalt het onderhoud?",
        "Kan dit ook met een elektrische wagen?",
    ),
}


def _text(rng: random.Random, key: str) -> str:
    pool = _TEXTS.get(key) or _TEXTS["positief"]
    return rng.choice(pool) if rng.random() < 0.6 else ""


def _answer(rng: random.Random, question: QuestionDTO) -> RawValue:
    if rng.random() < 0.08:
        return None  # someone always skips a question
    if question.kind == "scale":
        low = 1 if question.scale_min is None else question.scale_min
        high = 5 if question.scale_max is None else question.scale_max
        return max(low, min(high, high - rng.choice((0, 0, 1, 1, 1, 2, 3))))
    if question.kind == "yes_no":
        return rng.random() < 0.75
    if question.kind == "single_choice":
        weights = [len(question.options) - i for i in range(len(question.options))]
        return rng.choices([o.key for o in question.options], weights)[0]
    if question.kind == "multiple_choice":
        count = rng.randint(1, min(3, len(question.options)))
        return rng.sample([o.key for o in question.options], count)
    if question.kind == "short_text":
        return rng.choice(("12", "ongeveer 20", "8 gezinnen", "")) if rng.random() < 0.7 else ""
    return _text(rng, question.key)


def _present(session: Session, planned: TrajectorySession) -> list[Any]:
    return list(
        session.scalars(
            select(Registration.person_uid).where(
                Registration.session_uid == planned.uid,
                Registration.status == RegistrationStatus.PRESENT,
            )
        )
    )


def _fill(session: Session, planned: TrajectorySession, today: date) -> None:
    form_uid = create_session_form(session, planned.uid)
    form = form_dto(session, form_uid)
    if form.response_count:
        return
    rng = random.Random(zlib.crc32(f"{planned.title}|{planned.starts_at}".encode()))
    present = _present(session, planned)
    count = max(6, int(len(present) * 0.8)) if present else rng.randint(8, 14)
    for number in range(count):
        answers = {q.uid: _answer(rng, q) for q in form.questions}
        if not any(v not in (None, "", []) for v in answers.values()):
            answers[form.questions[0].uid] = 4
        named = number < 2 and number < len(present)  # two kiosk respondents gave their name
        add_response(
            session,
            form_uid,
            answers,
            "kiosk" if named else "paper",
            person_uid=present[number] if named else None,
            consent=named,
            today=today,
        )


def add_evaluation_demo(session: Session, today: date) -> None:
    """Forms with answers for the sessions held so far in the demo trajectories."""
    now = datetime.combine(today, datetime.min.time())
    trajectories = session.scalars(
        select(Trajectory).where(Trajectory.programme_key.in_(DEMO_PROGRAMMES))
    ).all()
    for trajectory in trajectories:
        templates = programme_forms(trajectory.programme_key)
        held = session.scalars(
            select(TrajectorySession)
            .where(
                TrajectorySession.trajectory_uid == trajectory.uid,
                TrajectorySession.starts_at < now,
                TrajectorySession.status != SessionStatus.CANCELLED,
            )
            .order_by(TrajectorySession.starts_at)
        ).all()
        for planned in held:
            if form_for_session(templates, planned.template_key, planned.kind.value) is None:
                continue
            existing = session.scalar(
                select(EvaluationForm.uid).where(EvaluationForm.session_uid == planned.uid)
            )
            if existing is None or not form_dto(session, existing).response_count:
                _fill(session, planned, today)
    session.flush()
