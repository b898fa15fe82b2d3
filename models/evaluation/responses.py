"""Responses: typed in from paper or given in kiosk mode, checked whole before anything is kept.

A response belongs to its form and to a session; it carries a person only when the respondent
agreed, and that agreement is kept as a Consent (purpose 'evaluatie'). Each answer keeps the
question's text as it was asked, so editing the form later never rewrites what people said.
"""

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import QuestionKind, RegistrationStatus, ResponseChannel
from models.core.errors import UserError
from models.core.lookup import session_or_fail
from models.evaluation.dto import FormDTO, RawAnswers, RawTable, ResponseRow
from models.evaluation.forms import form_dto
from models.evaluation.values import display_answer, is_empty, parse_answer
from models.orm import (
    Consent,
    EvaluationAnswer,
    EvaluationResponse,
    Person,
    Registration,
    TrajectorySession,
)

CONSENT_PURPOSE = "evaluatie"


def checked_answers(form: FormDTO, answers: RawAnswers, channel: ResponseChannel) -> dict[str, Any]:
    """Every answer parsed (question uid -> stored value, empty ones left out), or UserError."""
    active = {q.uid: q for q in form.questions}
    for uid, raw in answers.items():
        if uid not in active and not is_empty(raw):
            raise UserError(
                "The form was changed in the meantime: a question is no longer on it. "
                "Open the form again; nothing was saved."
            )
    values = {}
    for question in form.questions:
        value = parse_answer(question, answers.get(question.uid))
        if value is not None:
            values[question.uid] = value
    if not values and channel is ResponseChannel.KIOSK:
        raise UserError(
            "You have not answered any question yet. Answer at least one question and then "
            "press Send again."
        )
    if not values:
        raise UserError(
            "This form is empty: type at least one answer, or skip the form.",
        )
    return values


def add_response(
    session: Session,
    form_uid: uuid.UUID,
    answers: RawAnswers,
    channel: ResponseChannel | str = ResponseChannel.PAPER,
    *,
    session_uid: uuid.UUID | None = None,
    person_uid: uuid.UUID | None = None,
    consent: bool = False,
    today: date,
) -> uuid.UUID:
    """Store one response; a UserError (field = question uid) stores nothing at all."""
    channel = ResponseChannel(channel)
    form = form_dto(session, form_uid)
    values = checked_answers(form, answers, channel)
    if person_uid is not None:
        if not consent:
            raise UserError(
                "An answer is only linked to a name if the person agrees to that. "
                "Tick the consent, or leave out the name: then the answer stays anonymous.",
                field="person",
            )
        person = session.get(Person, person_uid)
        if person is None or person.erased_at is not None:
            raise UserError("This person no longer exists. Choose another name or no name.")
        person.consents.append(
            Consent(
                given_on=today,
                source=f"evaluatieformulier ({channel.value})",
                purposes=[CONSENT_PURPOSE],
            )
        )
    if session_uid is not None:
        session_or_fail(session, session_uid)
    elif form.session_uid is not None:
        session_uid = uuid.UUID(form.session_uid)
    texts = {q.uid: q.text for q in form.questions}
    response = EvaluationResponse(
        form_uid=form_uid, session_uid=session_uid, person_uid=person_uid, channel=channel
    )
    response.answers = [
        EvaluationAnswer(question_uid=uuid.UUID(uid), question_text=texts[uid], value=value)
        for uid, value in values.items()
    ]
    session.add(response)
    session.flush()
    return response.uid


def delete_response(session: Session, response_uid: uuid.UUID) -> None:
    response = session.get(EvaluationResponse, response_uid)
    if response is None:
        raise UserError("This answer no longer exists.")
    session.delete(response)
    session.flush()


def stored_responses(session: Session, form_uid: uuid.UUID) -> list[EvaluationResponse]:
    return list(
        session.scalars(
            select(EvaluationResponse)
            .options(selectinload(EvaluationResponse.answers))
            .where(EvaluationResponse.form_uid == form_uid)
            .order_by(EvaluationResponse.submitted_at, EvaluationResponse.created_at)
        )
    )


def _by_question(response: EvaluationResponse) -> dict[str, Any]:
    return {str(a.question_uid): a.value for a in response.answers if a.question_uid is not None}


def _names(session: Session, responses: list[EvaluationResponse]) -> dict[uuid.UUID, str]:
    uids = {r.person_uid for r in responses if r.person_uid is not None}
    if not uids:
        return {}
    people = session.scalars(select(Person).where(Person.uid.in_(uids)))
    return {p.uid: p.full_name for p in people if p.erased_at is None}


def _session_titles(session: Session, responses: list[EvaluationResponse]) -> dict[uuid.UUID, str]:
    uids = {r.session_uid for r in responses if r.session_uid is not None}
    if not uids:
        return {}
    found = session.scalars(select(TrajectorySession).where(TrajectorySession.uid.in_(uids)))
    return {s.uid: s.title for s in found}


def response_rows(session: Session, form_uid: uuid.UUID) -> list[ResponseRow]:
    """Stored responses in the order given, answers as text in the form's question order."""
    form = form_dto(session, form_uid)
    responses = stored_responses(session, form_uid)
    names, titles = _names(session, responses), _session_titles(session, responses)
    rows = []
    for number, response in enumerate(responses, start=1):
        values = _by_question(response)
        rows.append(
            ResponseRow(
                uid=str(response.uid),
                number=number,
                submitted_at=response.submitted_at,
                channel=response.channel,
                person=names.get(response.person_uid, "") if response.person_uid else "",
                session_title=titles.get(response.session_uid, "") if response.session_uid else "",
                values=tuple(display_answer(q, values.get(q.uid)) for q in form.questions),
            )
        )
    return rows


def raw_table(session: Session, form_uid: uuid.UUID) -> RawTable:
    """One row per response, one column per question (retired ones and earlier texts too)."""
    form = form_dto(session, form_uid)
    responses = stored_responses(session, form_uid)
    names, titles = _names(session, responses), _session_titles(session, responses)
    asked = [q for q in form.questions] + [q for q in form.retired if q.answer_count]
    orphans: list[str] = []
    for response in responses:
        for answer in response.answers:
            if answer.question_uid is None and answer.question_text not in orphans:
                orphans.append(answer.question_text)
    header = ["Nr", "Ingevuld op", "Kanaal", "Bijeenkomst", "Naam"]
    header += [f"V{q.number} {q.text}" if q.number else f"(vervallen) {q.text}" for q in asked]
    header += [f"(eerder) {text}" for text in orphans]
    rows = []
    for number, response in enumerate(responses, start=1):
        values = _by_question(response)
        earlier = {a.question_text: a.value for a in response.answers if a.question_uid is None}
        row: list[Any] = [
            number,
            response.submitted_at.replace(tzinfo=None),
            "papier" if response.channel is ResponseChannel.PAPER else "kiosk",
            titles.get(response.session_uid, "") if response.session_uid else "",
            names.get(response.person_uid, "") if response.person_uid else "",
        ]
        for question in asked:
            value = values.get(question.uid)
            row.append(
                value if question.kind == QuestionKind.SCALE else display_answer(question, value)
            )
        row += [_plain(earlier.get(text)) for text in orphans]
        rows.append(tuple(row))
    return RawTable(title=form.title, header=tuple(header), rows=tuple(rows))


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def session_people(session: Session, session_uid: uuid.UUID | None) -> list[tuple[str, str]]:
    """(uid, name) of the people registered for or present at the session, by name."""
    if session_uid is None:
        return []
    people = session.scalars(
        select(Person)
        .join(Registration, Registration.person_uid == Person.uid)
        .where(
            Registration.session_uid == session_uid,
            Registration.status.in_([RegistrationStatus.PRESENT, RegistrationStatus.REGISTERED]),
            Person.erased_at.is_(None),
        )
    )
    return sorted(((str(p.uid), p.full_name) for p in people), key=lambda p: p[1].casefold())


def answers_by_question(responses: list[EvaluationResponse]) -> Mapping[str, list[Any]]:
    """Stored values per question uid, over the given responses (empty answers not stored)."""
    found: dict[str, list[Any]] = {}
    for response in responses:
        for answer in response.answers:
            if answer.question_uid is not None:
                found.setdefault(str(answer.question_uid), []).append(answer.value)
    return found
