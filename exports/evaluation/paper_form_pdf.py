"""The printable evaluation form: the questions in the entry screen's order, with their numbers.

Each answer box shows the key the coach types in the fast-entry grid (the scale digit, 1/2 for
yes/no, the option's number), so typing from paper is reading digits off the page.
"""

from __future__ import annotations

from pathlib import Path

from exports.evaluation.paper_form_layout import story
from exports.evaluation.paper_form_rows import form_subtitle
from models.core.errors import UserError
from models.evaluation.dto import FormDTO


def paper_form_file_name(form: FormDTO) -> str:
    from exports.document_files import safe_file_name

    return f"{safe_file_name(f'Formulier {form.title} {form.target}')}.pdf"


def build_paper_form_pdf(form: FormDTO, path: Path | str, copies: int = 1) -> Path:
    """Write the form (copies times, each starting on a new page) to path, atomically."""
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
