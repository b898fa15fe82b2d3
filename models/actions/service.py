"""The action plan's calls: the plan, statuses with history, carrying, the PDF's data."""

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from models.actions.dto import (
    ActionItem,
    ActionPlan,
    ActionPlanDocument,
    CarryResult,
    HistoryLine,
)
from models.core.nouns import ACTION, PROJECT, SESSION, TRAJECTORY, TRAJECTORY_OR_PROJECT
from models.core.service_base import ServiceBase
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass


def _optional_uid(text: str | None, what: str) -> uuid.UUID | None:
    return parse_uid(text, what) if text else None


class ActionsService(ServiceBase):
    """The Acties tab, printing and `trajectwijzer export action-plan`; needs `self.database`."""

    def action_plan(
        self,
        trajectory_uid: str,
        project_uid: str | None = None,
        today: date | None = None,
        now: datetime | None = None,
    ) -> ActionPlan:
        """The actions of a trajectory (or one project), with owners, projects and sessions."""
        from models.actions.plan import action_plan

        uid = parse_uid(trajectory_uid, TRAJECTORY)
        project = _optional_uid(project_uid, PROJECT)
        with self.database.session_factory() as session:
            return action_plan(
                session, uid, today or self.clock.today(), now or self.clock.now(), project
            )

    def action_history(self, action_uid: str) -> list[HistoryLine]:
        from models.actions.plan import action_history

        uid = parse_uid(action_uid, ACTION)
        with self.database.session_factory() as session:
            return action_history(session, uid)

    def set_action_status(
        self, action_uid: str, status: str, by: str = "", today: date | None = None
    ) -> ActionItem:
        """Changes the status in one transaction (a history line when it really changed)."""
        from models.actions.editing import update_action
        from models.actions.plan import action_items

        uid = parse_uid(action_uid, ACTION)
        day = today or self.clock.today()
        with self.database.session_factory.begin() as session:
            action = update_action(session, uid, status=status, today=day, by=by)
            session.flush()
            items = action_items(session, action.trajectory_uid, day)
            return next(item for item in items if item.uid == str(uid))

    def carry_open_actions(
        self,
        trajectory_uid: str,
        from_session_uid: str | None = None,
        by: str = "",
        now: datetime | None = None,
    ) -> CarryResult:
        """Unfinished actions onto the next session's agenda, in one transaction."""
        from models.actions.carry import carry_open_actions

        uid = parse_uid(trajectory_uid, TRAJECTORY)
        origin = _optional_uid(from_session_uid, SESSION)
        with self.database.session_factory.begin() as session:
            return carry_open_actions(session, uid, now or self.clock.now(), origin, by)

    def carried_actions(self, session_uid: str, today: date | None = None) -> list[ActionItem]:
        """What the block 'Openstaande acties' of a session goes through (for live mode)."""
        from models.actions.carry import carried_actions

        uid = parse_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            return carried_actions(session, uid, today or self.clock.today())

    def action_plan_document(
        self,
        uid: str,
        session_uid: str | None = None,
        today: date | None = None,
        now: datetime | None = None,
    ) -> ActionPlanDocument:
        """The printed plan; uid names a trajectory (whole plan) or a project (its plan)."""
        from models.actions.document import action_plan_document
        from models.actions.plan import resolve_plan_target

        target = parse_uid(uid, TRAJECTORY_OR_PROJECT)
        meeting = _optional_uid(session_uid, SESSION)
        with self.database.session_factory() as session:
            trajectory, project = resolve_plan_target(session, target)
            return action_plan_document(
                session,
                trajectory,
                today=today or self.clock.today(),
                now=now or self.clock.now(),
                project_uid=project,
                session_uid=meeting,
            )
