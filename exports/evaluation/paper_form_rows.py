"""The paper form's texts: numbered questions, choices, scale points, lines to write on."""

from __future__ import annotations

from models.core.enums import QuestionKind
from models.core.formatting import format_date
from models.evaluation.dto import FormDTO, QuestionDTO
from models.evaluation.values import scale_bounds

BOX = "☐"


CONSENT_TEXT = (
    "Je antwoorden blijven anoniem. Wil je dat we je naam bij je antwoorden bewaren? "
    "Vul dan je naam in en kruis aan:"
)


def form_subtitle(form: FormDTO) -> str:
    when = f" · {format_date(form.session_starts_at.date())}" if form.session_starts_at else ""
    return f"{form.target}{when} · {form.trajectory_name}"


def choice_lines(question: QuestionDTO) -> list[str]:
    """'☐ 1  Ja, vaak' per option; yes/no as '☐ 1 ja', '☐ 2 nee'."""
    if question.kind == QuestionKind.YES_NO:
        return [f"{BOX} 1  ja", f"{BOX} 2  nee"]
    return [f"{BOX} {n}  {o.label}" for n, o in enumerate(question.options, start=1)]


def hint(question: QuestionDTO) -> str:
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return "Meerdere antwoorden mogelijk."
    if question.kind == QuestionKind.SINGLE_CHOICE:
        return "Kruis één antwoord aan."
    if question.kind == QuestionKind.SCALE:
        low, high = scale_bounds(question)
        return f"Omcirkel of kruis één cijfer aan van {low} tot {high}."
    return ""


def scale_points(question: QuestionDTO) -> list[str]:
    low, high = scale_bounds(question)
    return [str(point) for point in range(low, high + 1)]


def answer_lines(question: QuestionDTO) -> int:
    """Writing lines under a text question."""
    return 1 if question.kind == QuestionKind.SHORT_TEXT else 4
