"""The action plan PDF: rows computed from plain data by pure functions, laid out elsewhere.

Two layouts of the same document: the whole plan (a cover, then every project) and one
project per page, to hand each trekker their own.
"""

from __future__ import annotations

from pathlib import Path

from exports.actions.action_plan_layout import story
from exports.actions.action_plan_rows import KIND, document_title, session_text
from exports.document_files import dated_file_name, free_document_path
from models.actions.dto import ActionPlanDocument
from models.core.formatting import format_date


def plan_file_name(doc: ActionPlanDocument, per_project: bool = False) -> str:
    """'2026-11-22 Actieplan Buurtpunt Beveren.pdf'; the handouts 'Actieplan per buurtpunt …'."""
    if per_project and not doc.is_project_plan:
        return dated_file_name(
            doc.issued_on, f"{KIND} per {doc.project_label}", doc.trajectory_name
        )
    return dated_file_name(doc.issued_on, KIND, doc.subject)


def plan_pdf_path(
    doc: ActionPlanDocument, folder: Path | None = None, per_project: bool = False
) -> Path:
    """A free path in the trajectory's folder of the documents folder (the folder is made)."""
    return free_document_path(doc.trajectory_name, plan_file_name(doc, per_project), folder)


def render_action_plan(doc: ActionPlanDocument, per_project: bool = False) -> bytes:
    """The PDF as bytes (for the benchmark and previews that need no file)."""
    from exports.pdf import render_pdf

    title, subtitle, footer = furniture_texts(doc)
    return render_pdf(
        story(doc, per_project=per_project),
        title=title,
        subtitle=subtitle,
        footer_left=footer,
        author=doc.provider_name,
        header_on_first_page=False,
        legal_line=doc.provider.legal_line if doc.provider else "",
    )


def furniture_texts(doc: ActionPlanDocument) -> tuple[str, str, str]:
    """(header title, header subtitle, footer) repeated on every page."""
    session = session_text(doc)
    after = f" · na {session}" if session else ""
    subtitle = doc.trajectory_name if doc.is_project_plan else doc.provider_name
    return (
        document_title(doc),
        subtitle,
        f"{document_title(doc)}{after} · {format_date(doc.issued_on)}",
    )


def build_action_plan_pdf(
    doc: ActionPlanDocument, path: Path | str, per_project: bool = False
) -> Path:
    """Write the plan as an A4 PDF to path, atomically: a failed build leaves no half file."""
    from exports.pdf import write_atomically

    return write_atomically(Path(path), render_action_plan(doc, per_project))


def save_action_plan_pdf(
    doc: ActionPlanDocument, folder: Path | None = None, per_project: bool = False
) -> Path:
    """Into the trajectory's documents folder under a free, readable name; never overwrites."""
    data = render_action_plan(doc, per_project)  # built first: a failure makes no folder
    from exports.pdf import write_atomically

    return write_atomically(plan_pdf_path(doc, folder, per_project), data)
