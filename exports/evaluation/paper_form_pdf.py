"""The printable evaluation form: the questions in the entry screen's order, with their numbers.

Each answer box shows the key the coach types in the fast-entry grid (the scale digit, 1/2 for
yes/no, the option's number), so typing from paper is reading digits off the page.
"""

from __future__ import annotations

from pathlib import Path

from models.core.errors import UserError
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
    if question.kind == "yes_no":
        return [f"{BOX} 1  ja", f"{BOX} 2  nee"]
    return [f"{BOX} {n}  {o.label}" for n, o in enumerate(question.options, start=1)]


def hint(question: QuestionDTO) -> str:
    if question.kind == "multiple_choice":
        return "Meerdere antwoorden mogelijk."
    if question.kind == "single_choice":
        return "Kruis één antwoord aan."
    if question.kind == "scale":
        low, high = scale_bounds(question)
        return f"Omcirkel of kruis één cijfer aan van {low} tot {high}."
    return ""


def scale_points(question: QuestionDTO) -> list[str]:
    low, high = scale_bounds(question)
    return [str(point) for point in range(low, high + 1)]


def answer_lines(question: QuestionDTO) -> int:
    """Writing lines under a text question."""
    return 1 if question.kind == "short_text" else 4


def paper_form_file_name(form: FormDTO) -> str:
    from exports.document_files import safe_file_name

    return f"{safe_file_name(f'Formulier {form.title} {form.target}')}.pdf"


def build_paper_form_pdf(form: FormDTO, path: Path | str, copies: int = 1) -> Path:
    """Write the form (copies times, each starting on a new page) to path, atomically."""
    from exports.evaluation.paper_form_layout import story
    from exports.pdf import build_pdf

    if not form.questions:
        raise UserError(
            "Dit formulier heeft geen vragen. Voeg eerst vragen toe in de formulier-editor."
        )
    return build_pdf(
        path,
        story(form, max(1, copies)),
        title=form.title,
        subtitle=form_subtitle(form),
        footer_left="Bedankt om dit formulier in te vullen!",
    )


def save_paper_form_pdf(form: FormDTO, folder: Path | None = None) -> Path:
    from exports.document_files import free_document_path

    return build_paper_form_pdf(
        form, free_document_path(form.trajectory_name, paper_form_file_name(form), folder)
    )
