"""`export plan TRAJECTORY_UID [-o FILE]`: the planning as an A4 landscape PDF."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.planning.plan_pdf import build_plan_pdf, save_plan_pdf

    document = _planning(store).plan_document(uid)
    if output is not None:
        return build_plan_pdf(document, output)
    return save_plan_pdf(document)


def _planning(store: Any) -> Any:
    """The store itself once it has the planning methods; until then the mixin over its database."""
    if hasattr(store, "plan_document"):
        return store
    from models.planning.service import PlanningStoreMixin

    planning = PlanningStoreMixin()
    planning.database = store.database
    return planning
