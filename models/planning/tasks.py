"""Who does what, and how far it is: the checklist, tasks for named people, status and actuals."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import PlanItemKind, Responsible
from models.core.errors import Phrase, UserError
from models.core.formatting import format_date
from models.core.nouns import PERSON, PLAN_ITEM
from models.orm import (
    ParticipantProject,
    Person,
    Phase,
    ProjectMember,
    Registration,
    Task,
    TrajectoryContact,
    TrajectorySession,
)
from models.planning.dto import DonePolicy, NewTask, PlanChange, TaskBoard, TaskRow
from models.planning.layout import (
    PlanItem,
    PlanItems,
    item_name,
    load_plan,
    person_names,
    phase_label,
    phase_title,
    who_text,
)
from models.planning.replanning import (
    move_phase,
    move_point,
    parse_day,
)
from models.planning.stopping import is_overdue, set_actual, set_status
from models.trajectories.listing import parse_uid

PERSON_PREFIX = "person:"
WORK = frozenset({"responsible", "status"})
KINDS: dict[type, PlanItemKind] = {
    Phase: PlanItemKind.PHASE,
    Task: PlanItemKind.TASK,
    TrajectorySession: PlanItemKind.SESSION,
}
EDITABLE = {
    PlanItemKind.PHASE: WORK | {"planned_start", "planned_end", "actual_start", "actual_end"},
    PlanItemKind.MILESTONE: WORK | {"planned_start", "actual_start", "actual_end"},  # one day
    PlanItemKind.SESSION: frozenset({"planned_start", "status"}),
    PlanItemKind.TASK: WORK | {"planned_end", "actual_end"},
}


def trajectory_people(session: Session, trajectory_uid: uuid.UUID) -> tuple[tuple[str, str], ...]:
    """Contacts, registered participants and project leads: whom a task can go to."""
    contacts = select(TrajectoryContact.person_uid).where(
        TrajectoryContact.trajectory_uid == trajectory_uid
    )
    registered = (
        select(Registration.person_uid)
        .join(TrajectorySession, TrajectorySession.uid == Registration.session_uid)
        .where(TrajectorySession.trajectory_uid == trajectory_uid)
    )
    members = (
        select(ProjectMember.person_uid)
        .join(ParticipantProject, ParticipantProject.uid == ProjectMember.project_uid)
        .where(ParticipantProject.trajectory_uid == trajectory_uid)
    )
    people = session.scalars(
        select(Person)
        .where(Person.uid.in_(contacts.union(registered, members)), Person.erased_at.is_(None))
        .order_by(Person.first_name, Person.last_name)
    )
    return tuple((str(p.uid), p.full_name) for p in people)


def task_row(
    task: Task,
    phases: dict[uuid.UUID, Phase],
    names: dict[uuid.UUID, str],
    today: date,
    booked: bool = True,
) -> TaskRow:
    person = names.get(task.responsible_person_uid) if task.responsible_person_uid else None
    phase = phases.get(task.phase_uid) if task.phase_uid else None
    return TaskRow(
        uid=str(task.uid),
        title=task.title,
        is_responsibility=task.is_responsibility,
        from_programme=task.key is not None,
        phase_label=phase_label(phase) if phase else "",
        responsible=task.responsible,
        person_uid=str(task.responsible_person_uid) if task.responsible_person_uid else None,
        who=who_text(task.responsible, person or ""),
        due_on=task.due_on,
        done_on=task.done_on,
        status=task.status,
        overdue=booked and is_overdue(task, today),
        optional=task.optional,
        editable=EDITABLE[PlanItemKind.TASK],
        booked=booked,
    )


def task_board(session: Session, trajectory_uid: uuid.UUID, today: date) -> TaskBoard:
    plan = load_plan(session, trajectory_uid)
    phases = {p.uid: p for p in plan.phases}
    names = person_names(session, {t.responsible_person_uid for t in plan.tasks})
    rows = [task_row(t, phases, names, today, plan.is_booked(t)) for t in plan.tasks]
    return TaskBoard(
        trajectory_uid=str(trajectory_uid),
        responsibilities=tuple(r for r in rows if r.is_responsibility),
        tasks=tuple(r for r in rows if not r.is_responsibility),
        people=trajectory_people(session, trajectory_uid),
        phases=tuple((str(p.uid), phase_title(p)) for p in plan.phases),
    )


def add_task(session: Session, trajectory_uid: uuid.UUID, new: NewTask, today: date) -> TaskRow:
    """Adds a task with a due date, for a named person or a party; refused with a reason."""
    plan = load_plan(session, trajectory_uid)
    title = " ".join(new.title.split())
    if not title:
        raise UserError("Give the task a short description.", field="title")
    due = parse_day(new.due_on, "due_on", required=True)
    assert due is not None  # required=True never returns None
    _check_within(plan, due, title, "due_on")
    task = Task(trajectory_uid=plan.trajectory.uid, title=title[:200], due_on=due)
    if new.phase_uid:
        phase = next((p for p in plan.phases if str(p.uid) == new.phase_uid), None)
        if phase is None:
            raise UserError("That phase does not belong to this trajectory.", field="phase")
        task.phase_uid = phase.uid
    value = PERSON_PREFIX + new.person_uid if new.person_uid else new.responsible
    _set_responsible(session, plan, task, value)
    session.add(task)
    session.flush()
    names = person_names(session, {task.responsible_person_uid})
    return task_row(task, {p.uid: p for p in plan.phases}, names, today)


def delete_task(session: Session, trajectory_uid: uuid.UUID, task_uid: str) -> None:
    plan = load_plan(session, trajectory_uid)
    task = next((t for t in plan.tasks if str(t.uid) == task_uid), None)
    if task is None:
        raise UserError("That task no longer exists in this trajectory.", field="task")
    if task.key is not None:
        raise UserError(
            "'{title}' comes from the programme and cannot be deleted. Set its status to "
            "'Cancelled' if it does not go ahead.",
            title=task.title,
            field="task",
        )
    session.delete(task)


def edit_item(
    session: Session,
    trajectory_uid: uuid.UUID,
    item_uid: str,
    field: str,
    value: str,
    *,
    today: date,
    policy: DonePolicy = DonePolicy.ASK,
) -> PlanChange:
    """Changes one field of a phase, milestone, session or task as the coach typed or chose it."""
    plan = load_plan(session, trajectory_uid)
    uid = parse_uid(item_uid, PLAN_ITEM)
    item = next((i for i in plan.dated() if i.uid == uid), None)
    if item is None:
        raise UserError("That part no longer belongs to this trajectory.", field=field)
    kind = kind_of(item)
    if field not in EDITABLE[kind]:
        raise UserError(
            "'{name}': this field cannot be changed here.", name=item_name(item), field=field
        )
    warnings: list[Phrase] = []
    if kind is PlanItemKind.MILESTONE and field == "actual_end":
        field = "actual_start"  # a milestone has one real day: the table's "done on"
    if field == "responsible":
        _set_responsible(session, plan, item, value)
    elif field == "status":
        set_status(item, value, today)
    elif field.startswith("actual"):
        set_actual(item, field, parse_day(value, field, required=False), today)
    else:
        day = parse_day(value, field, required=True)
        assert day is not None
        if isinstance(item, Phase):
            span = (
                (day, item.planned_end) if field == "planned_start" else (item.planned_start, day)
            )
            return move_phase(plan, item, span, policy, warnings)
        if isinstance(item, Task):
            _check_within(plan, day, item.title, field)
            item.due_on = day
        else:
            return move_point(plan, item, day, warnings)
    return PlanChange(applied=True, moved=0, warnings=tuple(warnings))


def kind_of(item: PlanItem) -> PlanItemKind:
    """phase, milestone, session or task."""
    return KINDS.get(type(item), PlanItemKind.MILESTONE)


def _check_within(plan: PlanItems, day: date, name: str, field: str) -> None:
    start, end = plan.trajectory.start_date, plan.end()
    if start is not None and day < start:
        raise UserError(
            "'{name}': {day} is before the start of the trajectory ({start}). Choose a date "
            "within the trajectory.",
            name=name,
            day=format_date(day),
            start=format_date(start),
            field=field,
        )
    if end is not None and day > end:
        raise UserError(
            "'{name}': {day} is after the end of the trajectory ({end}). Choose a date "
            "within the trajectory.",
            name=name,
            day=format_date(day),
            end=format_date(end),
            field=field,
        )


def _set_responsible(session: Session, plan: PlanItems, item: PlanItem, value: str) -> None:
    if isinstance(item, TrajectorySession):
        raise UserError("A session has coaches, not someone responsible.", field="responsible")
    if value.startswith(PERSON_PREFIX):
        uid = parse_uid(value.removeprefix(PERSON_PREFIX), PERSON)
        person = session.get(Person, uid)
        if person is None or person.erased_at is not None:
            raise UserError(
                "That person is no longer known. Choose someone from the list.",
                field="responsible",
            )
        item.responsible, item.responsible_person_uid = Responsible.PERSON, uid
        return
    try:
        party = Responsible(value)
    except ValueError:
        party = Responsible.PERSON
    if party is Responsible.PERSON:
        raise UserError(
            "Choose who takes this on: the coach, the municipality, both, the participants or "
            "a person from the list.",
            field="responsible",
        )
    item.responsible, item.responsible_person_uid = party, None
