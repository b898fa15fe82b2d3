"""Evaluation forms of a trajectory: copied from the programme's templates, listed, read.

A form is a copy: editing it in the app never changes the programme file, and a new version
of the programme file never changes a form that already has answers. The caller's session is
used; nothing here commits.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import QuestionKind
from models.core.errors import UserError
from models.core.lookup import form_or_fail, session_or_fail, trajectory_or_fail
from models.core.nouns import NONE
from models.evaluation.dto import (
    EvaluationOverview,
    FormDTO,
    FormRow,
    OptionDTO,
    QuestionDTO,
    SessionChoice,
)
from models.orm import (
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    EvaluationResponse,
    Trajectory,
    TrajectorySession,
)
from models.programmes import ProgrammeError, get_programme
from models.programmes.schema_evaluation import (
    EvaluationFormTemplate,
    end_of_trajectory_form,
    form_for_session,
)


def programme_forms(programme_key: str) -> tuple[EvaluationFormTemplate, ...]:
    """The programme's form templates; none when its file is gone (the forms made stay)."""
    try:
        return get_programme(programme_key).evaluation_forms
    except ProgrammeError:
        return ()


def session_form(session: Session, session_uid: uuid.UUID) -> EvaluationForm | None:
    return session.scalars(
        select(EvaluationForm).where(EvaluationForm.session_uid == session_uid)
    ).first()


def _end_form(session: Session, trajectory_uid: uuid.UUID) -> EvaluationForm | None:
    return session.scalars(
        select(EvaluationForm).where(
            EvaluationForm.trajectory_uid == trajectory_uid, EvaluationForm.session_uid.is_(None)
        )
    ).first()


def _copy(template: EvaluationFormTemplate, form: EvaluationForm) -> None:
    for position, (section, q) in enumerate(template.questions()):
        scale = q.kind is QuestionKind.SCALE
        form.questions.append(
            EvaluationQuestion(
                position=position,
                section=section,
                key=q.key,
                text=q.text,
                kind=q.kind,
                options=[{"key": o.key, "label": o.label} for o in q.options],
                scale_min=q.low if scale else None,
                scale_max=q.high if scale else None,
                min_label=q.min_label,
                max_label=q.max_label,
            )
        )


def create_session_form(
    session: Session, session_uid: uuid.UUID, template_key: str | None = None
) -> uuid.UUID:
    """The session's form, copied from the programme's template first if there is none yet."""
    planned = session_or_fail(session, session_uid)
    existing = session_form(session, session_uid)
    if existing is not None:
        return existing.uid
    trajectory = trajectory_or_fail(session, planned.trajectory_uid)
    templates = programme_forms(trajectory.programme_key)
    if template_key:
        template = next((t for t in templates if t.key == template_key), None)
    else:
        template = form_for_session(templates, planned.template_key, planned.kind.value)
    if template is None:
        known = tuple(t.title for t in templates if not t.end_of_trajectory) or (NONE,)
        raise UserError(
            "There is no evaluation form for the session '{title}'. "
            "Choose one of the programme's forms ({known}).",
            title=planned.title,
            known=known,
        )
    form = EvaluationForm(
        trajectory_uid=trajectory.uid,
        session_uid=planned.uid,
        template_key=template.key,
        title=template.title,
        introduction=template.introduction,
    )
    _copy(template, form)
    session.add(form)
    session.flush()
    return form.uid


def create_end_form(session: Session, trajectory_uid: uuid.UUID) -> uuid.UUID:
    """The form for the end of the trajectory, copied from the programme on first use."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    existing = _end_form(session, trajectory_uid)
    if existing is not None:
        return existing.uid
    template = end_of_trajectory_form(programme_forms(trajectory.programme_key))
    if template is None:
        raise UserError(
            "The programme of '{name}' has no evaluation form for the end of the "
            "trajectory. Make a form for a session.",
            name=trajectory.name,
        )
    form = EvaluationForm(
        trajectory_uid=trajectory.uid,
        template_key=template.key,
        title=template.title,
        introduction=template.introduction,
    )
    _copy(template, form)
    session.add(form)
    session.flush()
    return form.uid


def paper_form_uid(session: Session, uid: uuid.UUID) -> uuid.UUID:
    """The form uid names, or the form of the session or trajectory it names (made first)."""
    if session.get(EvaluationForm, uid) is not None:
        return uid
    if session.get(TrajectorySession, uid) is not None:
        return create_session_form(session, uid)
    if session.get(Trajectory, uid) is not None:
        return create_end_form(session, uid)
    raise UserError(
        "There is no evaluation form, session or trajectory with code {uid}. "
        "See 'trajectwijzer list sessions' or 'trajectwijzer list trajectories'.",
        uid=str(uid),
        field="uid",
    )


def answer_counts(session: Session, form_uid: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = session.execute(
        select(EvaluationAnswer.question_uid, func.count())
        .join(EvaluationResponse, EvaluationResponse.uid == EvaluationAnswer.response_uid)
        .where(EvaluationResponse.form_uid == form_uid, EvaluationAnswer.question_uid.is_not(None))
        .group_by(EvaluationAnswer.question_uid)
    )
    return {uid: int(count) for uid, count in rows if uid is not None}


def response_count(session: Session, form_uid: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(EvaluationResponse)
            .where(EvaluationResponse.form_uid == form_uid)
        )
        or 0
    )


def question_dto(question: EvaluationQuestion, number: int, answers: int = 0) -> QuestionDTO:
    options = question.options if isinstance(question.options, list) else []
    return QuestionDTO(
        uid=str(question.uid),
        number=number,
        section=question.section,
        key=question.key,
        text=question.text,
        kind=question.kind,
        options=tuple(OptionDTO(str(o["key"]), str(o["label"])) for o in options),
        scale_min=question.scale_min,
        scale_max=question.scale_max,
        min_label=question.min_label,
        max_label=question.max_label,
        retired=question.retired,
        answer_count=answers,
    )


def form_dto(session: Session, form_uid: uuid.UUID) -> FormDTO:
    form = form_or_fail(session, form_uid)
    trajectory = trajectory_or_fail(session, form.trajectory_uid)
    planned = session.get(TrajectorySession, form.session_uid) if form.session_uid else None
    counts = answer_counts(session, form.uid)
    ordered = sorted(form.questions, key=lambda q: q.position)
    active = [q for q in ordered if not q.retired]
    return FormDTO(
        uid=str(form.uid),
        trajectory_uid=str(trajectory.uid),
        trajectory_name=trajectory.name,
        programme_key=trajectory.programme_key,
        title=form.title,
        introduction=form.introduction,
        template_key=form.template_key,
        session_uid=str(planned.uid) if planned else None,
        session_title=planned.title if planned else "",
        session_starts_at=planned.starts_at if planned else None,
        questions=tuple(
            question_dto(q, n, counts.get(q.uid, 0)) for n, q in enumerate(active, start=1)
        ),
        retired=tuple(question_dto(q, 0, counts.get(q.uid, 0)) for q in ordered if q.retired),
        response_count=response_count(session, form.uid),
    )


def trajectory_forms(session: Session, trajectory_uid: uuid.UUID) -> Sequence[EvaluationForm]:
    """The trajectory's forms: sessions in date order, then the end-of-trajectory form."""
    forms = session.scalars(
        select(EvaluationForm)
        .outerjoin(TrajectorySession, TrajectorySession.uid == EvaluationForm.session_uid)
        .where(EvaluationForm.trajectory_uid == trajectory_uid)
        .order_by(
            EvaluationForm.session_uid.is_(None),
            TrajectorySession.starts_at.nulls_last(),
            EvaluationForm.created_at,
        )
    ).all()
    return forms


def evaluation_overview(session: Session, trajectory_uid: uuid.UUID) -> EvaluationOverview:
    trajectory = trajectory_or_fail(session, trajectory_uid)
    templates = programme_forms(trajectory.programme_key)
    sessions = session.scalars(
        select(TrajectorySession)
        .where(TrajectorySession.trajectory_uid == trajectory_uid)
        .order_by(TrajectorySession.starts_at.nulls_last(), TrajectorySession.title)
    ).all()
    by_uid = {s.uid: s for s in sessions}
    rows = []
    for form in trajectory_forms(session, trajectory_uid):
        planned = by_uid.get(form.session_uid) if form.session_uid else None
        rows.append(
            FormRow(
                uid=str(form.uid),
                title=form.title,
                target=planned.title if planned else "",
                session_uid=str(planned.uid) if planned else None,
                starts_at=planned.starts_at if planned else None,
                question_count=sum(1 for q in form.questions if not q.retired),
                response_count=response_count(session, form.uid),
            )
        )
    with_form = {row.session_uid for row in rows}
    choices = []
    for planned in sessions:
        template = form_for_session(templates, planned.template_key, planned.kind.value)
        choices.append(
            SessionChoice(
                uid=str(planned.uid),
                title=planned.title,
                starts_at=planned.starts_at,
                template_key=template.key if template else None,
                template_title=template.title if template else "",
            )
        )
    end = end_of_trajectory_form(templates)
    has_end = any(row.session_uid is None for row in rows)
    return EvaluationOverview(
        trajectory_uid=str(trajectory.uid),
        trajectory_name=trajectory.name,
        programme_key=trajectory.programme_key,
        forms=tuple(rows),
        sessions_without_form=tuple(
            c for c in choices if c.uid not in with_form and c.template_key is not None
        ),
        end_form_title=end.title if end is not None and not has_end else "",
        sessions=tuple(choices),
    )
