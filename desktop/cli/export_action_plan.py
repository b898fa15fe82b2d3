"""`export action-plan UID`: a trajectory's whole action plan, or one project's plan."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.actions.action_plan_pdf import build_action_plan_pdf, save_action_plan_pdf

    document = store.action_plan_document(uid)
    if output is not None:
        return build_action_plan_pdf(document, output)
    return save_action_plan_pdf(document)
