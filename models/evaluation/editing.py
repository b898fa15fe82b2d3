"""Editing a form in the app: add, change, reorder and remove questions without losing answers.

Once a question has answers, a change that would change what those answers mean (another
kind, another scale, an option taken away) retires the old question and puts a new one in its
place; the answers stay with the old question, readable under the text they were asked with,
and are never moved to the new one. Rewording and new options are changes in place: answers
store option keys and the text as it was asked.
"""

import re
import unicodedata
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import QuestionKind
from models.core.errors import UserError, phrase
from models.core.lookup import form_or_fail
from models.evaluation.dto import QuestionChange, QuestionDraft
from models.orm import EvaluationAnswer, EvaluationForm, EvaluationQuestion

TEXT_MAX = 500
LABEL_MAX = 100
CHOICES = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def _question(session: Session, uid: uuid.UUID) -> EvaluationQuestion:
    question = session.get(EvaluationQuestion, uid)
    if question is None:
        raise UserError("This question no longer exists. Open the form again.")
    return question


def _answers(session: Session, question_uid: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(EvaluationAnswer)
            .where(EvaluationAnswer.question_uid == question_uid)
        )
        or 0
    )


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40].strip("_")
    return slug if slug[:1].isalpha() else f"v_{slug}".rstrip("_")


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base[:36]}_{number}"
        number += 1
    return candidate


def _options(labels: list[str], existing: list[dict[str, str]]) -> list[dict[str, str]]:
    """Options for labels; a label already there keeps its key, so its answers keep meaning."""
    by_label = {o["label"].casefold(): o["key"] for o in existing}
    taken = {o["key"] for o in existing}
    options = []
    for label in labels:
        key = by_label.get(label.casefold())
        if key is None:
            key = _unique(_slug(label) or "optie", taken)
            taken.add(key)
        options.append({"key": key, "label": label})
    return options


def _fields(draft: QuestionDraft, existing: list[dict[str, str]]) -> dict[str, Any]:
    """The draft checked and turned into column values; UserError says what to fix."""
    text = draft.text.strip()
    if not text:
        raise UserError("Type the question.", field="text")
    if len(text) > TEXT_MAX:
        raise UserError(
            "The question is too long: keep it under {limit} characters.",
            limit=TEXT_MAX,
            field="text",
        )
    try:
        kind = QuestionKind(draft.kind)
    except ValueError:
        raise UserError(
            "Unknown kind of question '{kind}'.", kind=draft.kind, field="kind"
        ) from None
    fields: dict[str, Any] = {
        "section": draft.section.strip()[:200],
        "text": text,
        "kind": kind,
        "options": [],
        "scale_min": None,
        "scale_max": None,
        "min_label": "",
        "max_label": "",
    }
    if kind in CHOICES:
        labels = [label.strip()[:LABEL_MAX] for label in draft.options if label.strip()]
        if len({label.casefold() for label in labels}) != len(labels):
            raise UserError("Two options have the same text.", field="options")
        if not 2 <= len(labels) <= 9:
            raise UserError(
                "A choice question has 2 to 9 options (one digit per option when typing in).",
                field="options",
            )
        fields["options"] = _options(labels, existing)
    if kind is QuestionKind.SCALE:
        low = 1 if draft.scale_min is None else draft.scale_min
        high = 5 if draft.scale_max is None else draft.scale_max
        if not 0 <= low < high <= 9:
            raise UserError(
                "A scale runs from a low to a high digit between 0 and 9 (e.g. 1 to 5), "
                "so that one key is enough when typing in.",
                field="scale",
            )
        fields.update(
            scale_min=low,
            scale_max=high,
            min_label=draft.min_label.strip()[:LABEL_MAX],
            max_label=draft.max_label.strip()[:LABEL_MAX],
        )
    return fields


def _same_meaning(question: EvaluationQuestion, fields: dict[str, Any]) -> bool:
    """Whether stored answers keep their meaning under the new fields."""
    if question.kind is not fields["kind"]:
        return False
    if question.kind is QuestionKind.SCALE:
        return (question.scale_min, question.scale_max) == (
            fields["scale_min"],
            fields["scale_max"],
        )
    if question.kind in CHOICES:
        old = {str(o["key"]) for o in question.options or []}
        return old <= {o["key"] for o in fields["options"]}
    return True


def _renumber(form: EvaluationForm, ordered: list[EvaluationQuestion]) -> None:
    for position, question in enumerate(ordered):
        question.position = position


def _ordered(form: EvaluationForm) -> list[EvaluationQuestion]:
    return sorted(form.questions, key=lambda q: q.position)


def add_question(
    session: Session, form_uid: uuid.UUID, draft: QuestionDraft, after: uuid.UUID | None = None
) -> uuid.UUID:
    """A new question after `after` (or at the end); its key comes from its text."""
    form = form_or_fail(session, form_uid)
    fields = _fields(draft, [])
    taken = {q.key for q in form.questions}
    question = EvaluationQuestion(key=_unique(_slug(fields["text"]) or "vraag", taken), **fields)
    ordered = _ordered(form)
    index = next((i + 1 for i, q in enumerate(ordered) if q.uid == after), len(ordered))
    ordered.insert(index, question)
    form.questions.append(question)
    _renumber(form, ordered)
    session.flush()
    return question.uid


def update_question(
    session: Session, question_uid: uuid.UUID, draft: QuestionDraft
) -> QuestionChange:
    """Change in place, or retire and replace when answers would change meaning."""
    question = _question(session, question_uid)
    if question.retired:
        raise UserError("This question was retired and can no longer be changed.")
    existing = question.options if isinstance(question.options, list) else []
    fields = _fields(draft, existing)
    answered = _answers(session, question.uid)
    if not answered or _same_meaning(question, fields):
        for name, value in fields.items():
            setattr(question, name, value)
        session.flush()
        return QuestionChange("changed", str(question.uid))
    form = form_or_fail(session, question.form_uid)
    taken = {q.key for q in form.questions}
    replacement = EvaluationQuestion(key=_unique(question.key, taken), **fields)
    ordered = _ordered(form)
    ordered.insert(ordered.index(question) + 1, replacement)
    form.questions.append(replacement)
    question.retired = True
    _renumber(form, ordered)
    session.flush()
    return QuestionChange(
        "replaced",
        str(replacement.uid),
        phrase(
            "The question already had {count} answers. They stay with the old question "
            "(now retired); the new question starts without answers.",
            count=answered,
        ),
    )


def remove_question(session: Session, question_uid: uuid.UUID) -> QuestionChange:
    """Delete an unanswered question; an answered one is retired, its answers kept."""
    question = _question(session, question_uid)
    answered = _answers(session, question.uid)
    if answered:
        question.retired = True
        session.flush()
        return QuestionChange(
            "retired",
            str(question.uid),
            phrase(
                "The question already had {count} answers: it is no longer on the form, "
                "but the answers stay visible with the results.",
                count=answered,
            ),
        )
    form = form_or_fail(session, question.form_uid)
    form.questions.remove(question)
    session.delete(question)
    _renumber(form, _ordered(form))
    session.flush()
    return QuestionChange("deleted", str(question_uid))


def move_question(session: Session, question_uid: uuid.UUID, offset: int) -> None:
    """Move a question up (negative) or down among the active questions."""
    question = _question(session, question_uid)
    form = form_or_fail(session, question.form_uid)
    ordered = _ordered(form)
    active = [q for q in ordered if not q.retired]
    if question not in active:
        return
    target = max(0, min(len(active) - 1, active.index(question) + offset))
    active.remove(question)
    active.insert(target, question)
    retired = [q for q in ordered if q.retired]
    _renumber(form, active + retired)
    session.flush()


def update_form_text(session: Session, form_uid: uuid.UUID, title: str, introduction: str) -> None:
    form = form_or_fail(session, form_uid)
    if not title.strip():
        raise UserError("Give the form a title.", field="title")
    form.title = title.strip()[:200]
    form.introduction = introduction.strip()
    session.flush()
