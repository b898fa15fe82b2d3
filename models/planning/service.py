"""The planning's calls: the plan, re-planning, stopping after a phase, tasks."""

from datetime import date
from typing import TYPE_CHECKING

from models.core.formatting import parse_date
from models.core.nouns import TRAJECTORY
from models.core.service_base import ServiceBase
from models.planning import plan_view, replanning, stopping, tasks
from models.planning.dto import (
    DonePolicy,
    NewTask,
    PlanChange,
    PlanDocument,
    StopResult,
    TaskBoard,
    TaskRow,
    TrajectoryPlan,
)
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass


class PlanningService(ServiceBase):
    """The Planning tab, the overview's agenda, `trajectwijzer export plan`; needs `database`."""

    def plan(self, trajectory_uid: str, today: date | None = None) -> TrajectoryPlan:
        """Rows, timeline, people and stop choices of one trajectory's plan."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return plan_view.trajectory_plan(session, uid, today or self.clock.today())

    def plan_document(
        self, trajectory_uid: str, today: date | None = None, with_unbooked: bool = False
    ) -> PlanDocument:
        """What the planning PDF prints: the plan, the checklist and the tasks; the phases
        outside the booked scope only when asked for."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return plan_view.plan_document(session, uid, today or self.clock.today(), with_unbooked)

    def set_avoid_school_holidays(
        self, trajectory_uid: str, avoid: bool, today: date | None = None
    ) -> PlanChange:
        """Whether citizens' sessions stay out of the school breaks; open sessions move along."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return replanning.set_avoid_school_holidays(
                session, uid, avoid, today=today or self.clock.today()
            )

    def set_start_date(
        self,
        trajectory_uid: str,
        start: date | str,
        policy: DonePolicy = DonePolicy.ASK,
        today: date | None = None,
    ) -> PlanChange:
        """Lays out the plan, or moves it whole; with done items and ASK nothing moves."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        day = start if isinstance(start, date) else parse_date(start, field="start_date")
        with self.database.session_factory.begin() as session:
            return replanning.set_start_date(
                session, uid, day, today=today or self.clock.today(), policy=policy
            )

    def edit_plan_item(
        self,
        trajectory_uid: str,
        item_uid: str,
        field: str,
        value: str,
        policy: DonePolicy = DonePolicy.ASK,
        today: date | None = None,
    ) -> PlanChange:
        """One field of a phase, milestone, session or task; a re-plan is all or nothing."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return tasks.edit_item(
                session,
                uid,
                item_uid,
                field,
                value,
                today=today or self.clock.today(),
                policy=policy,
            )

    def stop_after_phase(
        self, trajectory_uid: str, phase_key: str, reason: str, today: date | None = None
    ) -> StopResult:
        """Stops after a phase, cancels what follows and makes the recalculated quote version."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return stopping.stop_after_phase(
                session, uid, phase_key, reason, today or self.clock.today()
            )

    def task_board(self, trajectory_uid: str, today: date | None = None) -> TaskBoard:
        """The responsibilities checklist and the tasks, with the people a task can go to."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return tasks.task_board(session, uid, today or self.clock.today())

    def add_task(self, trajectory_uid: str, new: NewTask, today: date | None = None) -> TaskRow:
        """A task for a named person (or a party) with a due date inside the trajectory."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return tasks.add_task(session, uid, new, today or self.clock.today())

    def delete_task(self, trajectory_uid: str, task_uid: str) -> None:
        """Removes a task the coach added; the programme's own can only be cancelled."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            tasks.delete_task(session, uid, task_uid)
