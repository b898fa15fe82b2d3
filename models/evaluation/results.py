"""Results of evaluation forms: counts, mean and median, distributions, open answers, comparisons.

Every share is taken over the respondents who answered that question; a respondent who left a
question empty counts under `empty`, never as a zero. A multiple-choice option counts the
respondents who ticked it; `ticks` adds all ticks together.
"""

import statistics
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import ComparisonKind, QuestionKind
from models.core.lookup import trajectory_or_fail
from models.evaluation.dto import (
    Bar,
    Comparison,
    ComparisonColumn,
    ComparisonRow,
    FormDTO,
    FormResults,
    QuestionDTO,
    QuestionResult,
)
from models.evaluation.forms import form_dto, trajectory_forms
from models.evaluation.responses import answers_by_question, stored_responses
from models.evaluation.values import scale_bounds
from models.orm import EvaluationForm, Trajectory, TrajectorySession

COMPARED_KINDS = (QuestionKind.SCALE, QuestionKind.YES_NO)


def _bars(pairs: Sequence[tuple[str, int]], answered: int) -> tuple[Bar, ...]:
    return tuple(Bar(label, count, count / answered if answered else 0.0) for label, count in pairs)


def question_result(question: QuestionDTO, values: Sequence[Any], responses: int) -> QuestionResult:
    """The aggregates of one question over `responses` respondents, `values` the given answers."""
    given = [v for v in values if v is not None and v != "" and v != []]
    answered = len(given)
    base: dict[str, Any] = {
        "uid": question.uid,
        "number": question.number,
        "section": question.section,
        "key": question.key,
        "text": question.text,
        "kind": question.kind,
        "retired": question.retired,
        "answered": answered,
        "empty": max(responses - answered, 0),
        "min_label": question.min_label,
        "max_label": question.max_label,
    }
    kind = question.kind
    if kind == QuestionKind.SCALE:
        points = [int(v) for v in given if isinstance(v, int) and not isinstance(v, bool)]
        low, high = scale_bounds(question)
        low, high = min([low, *points]), max([high, *points])
        pairs = [(str(p), points.count(p)) for p in range(low, high + 1)]
        return QuestionResult(
            **base,
            mean=statistics.fmean(points) if points else None,
            median=float(statistics.median(points)) if points else None,
            bars=_bars(pairs, answered),
        )
    if kind == QuestionKind.YES_NO:
        pairs = [("ja", given.count(True)), ("nee", given.count(False))]
        return QuestionResult(**base, bars=_bars(pairs, answered))
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
        picked = [v if isinstance(v, list) else [v] for v in given]
        keys = [o.key for o in question.options]
        keys += sorted({str(k) for p in picked for k in p} - set(keys))  # options since removed
        pairs = [(question.option_label(k), sum(k in p for p in picked)) for k in keys]
        ticks = sum(len(p) for p in picked) if kind == QuestionKind.MULTIPLE_CHOICE else 0
        return QuestionResult(**base, bars=_bars(pairs, answered), ticks=ticks)
    return QuestionResult(**base, open_answers=tuple(str(v) for v in given))


def _earlier(form: FormDTO, session: Session, form_uid: uuid.UUID) -> list[QuestionResult]:
    responses = stored_responses(session, form_uid)
    values = answers_by_question(responses)
    results = [
        question_result(q, values.get(q.uid, []), len(responses))
        for q in form.retired
        if q.uid in values
    ]
    orphans: dict[str, list[Any]] = {}
    for response in responses:
        for answer in response.answers:
            if answer.question_uid is None:
                orphans.setdefault(answer.question_text, []).append(answer.value)
    for text, given in orphans.items():
        plain = QuestionDTO(
            uid="", number=0, section="", key="", text=text, kind=QuestionKind.LONG_TEXT
        )
        shown = [_plain_text(v) for v in given]
        results.append(question_result(plain, shown, len(responses)))
    return results


def _plain_text(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else str(value)


def form_results(session: Session, form_uid: uuid.UUID) -> FormResults:
    form = form_dto(session, form_uid)
    responses = stored_responses(session, form_uid)
    values = answers_by_question(responses)
    return FormResults(
        form=form,
        responses=len(responses),
        questions=tuple(
            question_result(q, values.get(q.uid, []), len(responses)) for q in form.questions
        ),
        earlier=tuple(_earlier(form, session, form_uid)),
    )


def _summary(question: QuestionDTO, values: Sequence[Any]) -> tuple[float | None, int]:
    """Mean of a scale, or % yes of a yes/no question, and how many answered."""
    if question.kind == QuestionKind.SCALE:
        points = [int(v) for v in values if isinstance(v, int) and not isinstance(v, bool)]
        return (statistics.fmean(points) if points else None), len(points)
    answers = [v for v in values if isinstance(v, bool)]
    return (100 * sum(answers) / len(answers) if answers else None), len(answers)


def _comparison(
    kind: ComparisonKind,
    subject: str,
    columns: list[tuple[ComparisonColumn, list[tuple[FormDTO, dict[str, list[Any]]]]]],
) -> Comparison | None:
    """Rows for question keys asked in at least two columns; None with fewer than two columns."""
    if len(columns) < 2:
        return None
    order: dict[str, QuestionDTO] = {}
    for _, forms in columns:
        for form, _values in forms:
            for q in form.questions:
                if q.kind in COMPARED_KINDS:
                    order.setdefault(q.key, q)
    rows = []
    for key, first in order.items():
        cells: list[tuple[float | None, int]] = []
        for _, forms in columns:
            pooled: list[Any] = []
            for form, values in forms:
                same = [q for q in form.questions if q.key == key and q.kind == first.kind]
                for q in same:
                    pooled += values.get(q.uid, [])
            cells.append(_summary(first, pooled))
        if sum(value is not None for value, _ in cells) >= 2:
            rows.append(
                ComparisonRow(
                    key=key,
                    text=first.text,
                    kind=first.kind,
                    scale_max=scale_bounds(first)[1] if first.kind == QuestionKind.SCALE else None,
                    values=tuple(value for value, _ in cells),
                    counts=tuple(count for _, count in cells),
                )
            )
    if not rows:
        return None
    return Comparison(kind, subject, columns=tuple(c for c, _ in columns), rows=tuple(rows))


def _loaded(session: Session, form: EvaluationForm) -> tuple[FormDTO, dict[str, list[Any]], int]:
    responses = stored_responses(session, form.uid)
    return form_dto(session, form.uid), dict(answers_by_question(responses)), len(responses)


def compare_sessions(session: Session, trajectory_uid: uuid.UUID) -> Comparison | None:
    """The trajectory's session forms side by side (sessions in date order)."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    columns = []
    for form in trajectory_forms(session, trajectory_uid):
        if form.session_uid is None:
            continue
        dto, values, count = _loaded(session, form)
        if not count:
            continue
        planned = session.get(TrajectorySession, form.session_uid)
        held_on = planned.starts_at.date() if planned and planned.starts_at else None
        column = ComparisonColumn(dto.session_title, count, held_on=held_on)
        columns.append((column, [(dto, values)]))
    return _comparison(ComparisonKind.SESSIONS, trajectory.name, columns)


def compare_trajectories(session: Session, trajectory_uid: uuid.UUID) -> list[Comparison]:
    """Per form template of this trajectory: the same form in the programme's other trajectories."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    others = session.scalars(
        select(Trajectory)
        .where(Trajectory.programme_key == trajectory.programme_key)
        .order_by(Trajectory.start_date.nulls_last(), Trajectory.name)
    ).all()
    ordered = [trajectory] + [t for t in others if t.uid != trajectory.uid]
    own_templates: list[str] = []
    for form in trajectory_forms(session, trajectory_uid):
        if form.template_key and form.template_key not in own_templates:
            own_templates.append(form.template_key)
    comparisons = []
    for template_key in own_templates:
        columns = []
        for other in ordered:
            forms = session.scalars(
                select(EvaluationForm).where(
                    EvaluationForm.trajectory_uid == other.uid,
                    EvaluationForm.template_key == template_key,
                )
            ).all()
            loaded = [_loaded(session, f) for f in forms]
            count = sum(n for _, _, n in loaded)
            if count:
                column = ComparisonColumn(other.name, count, forms=len(forms))
                columns.append((column, [(dto, values) for dto, values, _ in loaded]))
        title = loaded_title(session, trajectory_uid, template_key)
        found = _comparison(ComparisonKind.TRAJECTORIES, title, columns)
        if found is not None:
            comparisons.append(found)
    return comparisons


def loaded_title(session: Session, trajectory_uid: uuid.UUID, template_key: str) -> str:
    title = session.scalar(
        select(EvaluationForm.title).where(
            EvaluationForm.trajectory_uid == trajectory_uid,
            EvaluationForm.template_key == template_key,
        )
    )
    return title or template_key
