"""Plain data the PDF and operation tests build documents from (no database needed)."""

from dataclasses import replace
from datetime import date, datetime

from models.actions.dto import ActionPlanDocument, NextSession, PlanAction, PlanSection

DAY = date(2026, 11, 22)


def action(number: int, **fields) -> PlanAction:
    action = PlanAction(number, f"Actie {number}", "", "Mieke Saelens", DAY, "open", False)
    return replace(action, **fields)


def section(title: str, actions: int = 3, **fields) -> PlanSection:
    section = PlanSection(
        uid=title,
        title=title,
        place="",
        goals="Dorpswinkel met korte keten",
        leads=("Jan Van Puyvelde", "Mieke Saelens"),
        functions=("Mobipunt",),
        actions=tuple(action(n) for n in range(1, actions + 1)),
    )
    return replace(section, **fields)


def action_plan_document(sections=None, **fields) -> ActionPlanDocument:
    doc = ActionPlanDocument(
        trajectory_uid="t",
        trajectory_name="Lerend netwerk 'ons buurtpunt' 2026–2027",
        programme_name="Lerend netwerk 'ons buurtpunt'",
        provider_name="Netwerk Duurzame Mobiliteit",
        clients=("Dorpsraad Kieldrecht", "Buurtwerking Rieme"),
        clients_label="Deelnemers",
        project_label="buurtpunt",
        project_label_plural="buurtpunten",
        subject="Lerend netwerk 'ons buurtpunt' 2026–2027",
        is_project_plan=False,
        session_title="Werksessie 1: stappen en aspecten van een buurtpunt",
        session_at=datetime(2026, 11, 3, 19, 30),
        issued_on=DAY,
        sections=sections or (section("Buurtpunt Beveren"), section("Buurtpunt Rieme")),
        next_session=NextSession(
            "Werksessie 2: juridische aspecten",
            datetime(2027, 1, 4, 19, 30),
            "Dorpshuis Kieldrecht",
            "Dorpsplein 3",
            4,
        ),
    )
    return replace(doc, **fields)


def long_action_plan(pages: int = 100) -> ActionPlanDocument:
    """An action plan of about `pages` A4 pages: one buurtpunt per page, full of actions."""
    return action_plan_document(
        sections=tuple(section(f"Buurtpunt {n}", actions=22) for n in range(1, pages + 1))
    )
