"""Every document the app makes, by kind: the one way from a uid to a PDF on disk.

The command line's `export KIND UID [-o FILE]` and `print KIND UID`, the screens' PDF buttons
and printing all come through `write_document`, so each kind is built the same way wherever
it is asked for.
"""

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.workspace import Workspace


class DocumentKind(StrEnum):
    """The kinds of `trajectwijzer export KIND UID` (the names are part of the contract)."""

    QUOTE = "quote"  # trajectory uid: the latest quote version, made first if there is none
    # (or a version's uid); for a free programme (the learning network) that is its
    # participation agreement
    AGREEMENT = "agreement"  # trajectory uid of a free programme: the participation agreement
    PLAN = "plan"  # trajectory uid; phases outside the booked scope only `with_unbooked`
    SIGN_IN_SHEET = "sign-in-sheet"  # session uid
    SESSION_REPORT = "session-report"  # session uid
    ACTION_PLAN = "action-plan"  # trajectory uid, or project uid
    EVALUATION_REPORT = "evaluation-report"  # trajectory or session uid
    EVALUATION_FORM = "evaluation-form"  # the paper form: form, session or trajectory uid


@dataclass(frozen=True)
class DocumentRequest:
    """One document to make: its kind, whose it is, and the choices a screen adds."""

    kind: DocumentKind
    uid: str
    after_session: str | None = None  # action plan: as it stands after this session
    per_project: bool = False  # action plan: one project per page, to hand out
    with_unbooked: bool = False  # plan: also the phases outside the booked scope


def write_document(
    workspace: "Workspace",
    kind: DocumentKind,
    uid: str,
    output: Path | None = None,
    *,
    with_unbooked: bool = False,
) -> Path:
    """Builds the document and writes it to `output`, or without one to the trajectory's
    folder in the documents folder (a dated name, never overwriting); returns the path."""
    return write_requested(
        workspace, DocumentRequest(kind, uid, with_unbooked=with_unbooked), output
    )


def write_requested(
    workspace: "Workspace",
    request: DocumentRequest,
    output: Path | None = None,
    folder: Path | None = None,
) -> Path:
    """`write_document` with the screen's choices (the session, one project per page);
    without `output` into the trajectory's folder under `folder` (the documents folder)."""
    uid, kind = request.uid, request.kind
    match kind:
        case DocumentKind.QUOTE | DocumentKind.AGREEMENT:
            from exports.quotes.quote_pdf import build_quote_pdf, save_quote_pdf

            if kind is DocumentKind.AGREEMENT:
                quote = workspace.quotes.participation_agreement(uid)
            else:
                quote = workspace.quotes.printable_quote(uid)
            return build_quote_pdf(quote, output) if output else save_quote_pdf(quote, folder)
        case DocumentKind.PLAN:
            from exports.planning.plan_pdf import build_plan_pdf, save_plan_pdf

            plan = workspace.planning.plan_document(uid, with_unbooked=request.with_unbooked)
            return build_plan_pdf(plan, output) if output else save_plan_pdf(plan, folder)
        case DocumentKind.SIGN_IN_SHEET:
            from exports.sessions.sign_in_sheet_pdf import (
                build_sign_in_sheet_pdf,
                save_sign_in_sheet_pdf,
            )

            sheet = workspace.sessions.sign_in_sheet(uid)
            return (
                build_sign_in_sheet_pdf(sheet, output)
                if output
                else save_sign_in_sheet_pdf(sheet, folder)
            )
        case DocumentKind.SESSION_REPORT:
            from exports.sessions.session_report_pdf import (
                build_session_report_pdf,
                save_session_report_pdf,
            )

            report = workspace.sessions.session_report(uid)
            if output:
                return build_session_report_pdf(report, output)
            return save_session_report_pdf(report, folder)
        case DocumentKind.ACTION_PLAN:
            from exports.actions.action_plan_pdf import build_action_plan_pdf, save_action_plan_pdf

            actions = workspace.actions.action_plan_document(uid, request.after_session)
            if output:
                return build_action_plan_pdf(actions, output, per_project=request.per_project)
            return save_action_plan_pdf(actions, folder, per_project=request.per_project)
        case DocumentKind.EVALUATION_REPORT:
            from exports.evaluation.report_pdf import build_evaluation_pdf, save_evaluation_pdf

            evaluation = workspace.evaluation.evaluation_report(uid)
            if output:
                return build_evaluation_pdf(evaluation, output)
            return save_evaluation_pdf(evaluation, folder)
        case DocumentKind.EVALUATION_FORM:
            from exports.evaluation.paper_form_pdf import build_paper_form_pdf, save_paper_form_pdf

            form = workspace.evaluation.paper_form(uid)
            return (
                build_paper_form_pdf(form, output) if output else save_paper_form_pdf(form, folder)
            )
