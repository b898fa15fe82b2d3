"""Participant projects: a buurtpunt of a learning network, a citizen group's climate action.

What a project may contain (functions, stages, menukaart) comes from the trajectory's programme
file; the people who lead or join it are the trajectory's people.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from models.core.enums import ActionStatus, NoteKind, ProjectKind
from models.core.errors import DomainText, UserError, domain_text
from models.core.formatting import format_money
from models.core.lookup import trajectory_or_fail
from models.core.nouns import PERSON
from models.orm import (
    Action,
    ParticipantProject,
    Person,
    ProjectMember,
    SessionNote,
    Trajectory,
)
from models.programmes import Programme, get_programme
from models.projects.dto import (
    BudgetSummary,
    Choice,
    FunctionGroupChoice,
    MemberInput,
    MemberRow,
    MenuUse,
    ProjectInput,
    ProjectOptions,
    ProjectsOverview,
    ProjectSummary,
)
from models.projects.people import trajectory_people
from models.storage.versions import check_version, stored_as_changed
from models.trajectories.listing import parse_uid

NAME_MAX = 200
PLACE_MAX = 200
ROLE_MAX = 100


def get_project(session: Session, uid: uuid.UUID) -> ParticipantProject:
    project = session.get(
        ParticipantProject,
        uid,
        options=[selectinload(ParticipantProject.members).selectinload(ProjectMember.person)],
    )
    if project is None:
        raise UserError(
            "This project no longer exists. Use 'trajectwijzer list projects' to see the codes."
        )
    return project


def project_options(session: Session, trajectory: Trajectory) -> ProjectOptions:
    """What the programme file allows for this trajectory's projects."""
    programme = get_programme(trajectory.programme_key)
    people = tuple(trajectory_people(session, trajectory.uid))
    spec = programme.projects
    if spec is None:
        return ProjectOptions(
            trajectory_uid=str(trajectory.uid),
            has_projects=False,
            programme_name=programme.name,
            kind=None,
            label="",
            label_plural="",
            description="",
            function_groups=(),
            stages=(),
            menu=(),
            uses_budget=False,
            people=people,
        )
    return ProjectOptions(
        trajectory_uid=str(trajectory.uid),
        has_projects=True,
        programme_name=programme.name,
        kind=ProjectKind(spec.kind.value),
        label=spec.label,
        label_plural=spec.label_plural,
        description=spec.description,
        function_groups=tuple(
            FunctionGroupChoice(
                g.key, g.name, tuple(Choice(f.key, f.name, f.description) for f in g.functions)
            )
            for g in spec.function_groups
        ),
        stages=tuple(Choice(s.key, s.name, s.description) for s in spec.stages),
        menu=tuple(Choice(m.key, m.name, m.description) for m in spec.menu),
        uses_budget=bool(programme.pricing.extra_budgets),
        people=people,
    )


def _action_counts(session: Session, trajectory_uid: uuid.UUID) -> dict[uuid.UUID, list[int]]:
    """Per project: [open or in progress, done]."""
    counts: dict[uuid.UUID, list[int]] = {}
    query = (
        select(Action.project_uid, Action.status, func.count())
        .where(Action.trajectory_uid == trajectory_uid, Action.project_uid.is_not(None))
        .group_by(Action.project_uid, Action.status)
    )
    for project_uid, status, count in session.execute(query):
        if project_uid is None:
            continue
        entry = counts.setdefault(project_uid, [0, 0])
        if status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS):
            entry[0] += count
        elif status is ActionStatus.DONE:
            entry[1] += count
    return counts


def summarise(
    project: ParticipantProject, options: ProjectOptions, counts: Sequence[int] = (0, 0)
) -> ProjectSummary:
    stage = next((s for s in options.stages if s.key == project.stage), None)
    if stage is None and project.stage:  # a stage the programme file no longer has
        stage = Choice(project.stage, project.stage)
    menu_item = None
    if project.menu_item_key:
        menu_item = next(
            (m for m in options.menu if m.key == project.menu_item_key),
            Choice(project.menu_item_key, project.menu_item_key),
        )
    members = sorted(project.members, key=lambda m: (not m.is_lead, m.person.full_name.casefold()))
    return ProjectSummary(
        uid=str(project.uid),
        trajectory=str(project.trajectory_uid),
        name=project.name,
        kind=project.kind,
        place=project.place,
        goals=project.goals,
        notes=project.notes,
        functions=tuple(
            Choice(key, options.function_name(key)) for key in (project.functions or [])
        ),
        stage=stage,
        menu_item=menu_item,
        budget_requested_cents=project.budget_requested_cents,
        budget_granted_cents=project.budget_granted_cents,
        members=tuple(
            MemberRow(str(m.person_uid), m.person.full_name, m.is_lead, m.role) for m in members
        ),
        open_actions=counts[0],
        done_actions=counts[1],
        row_version=project.row_version,
    )


def list_projects(
    session: Session, trajectory: Trajectory, options: ProjectOptions
) -> list[ProjectSummary]:
    projects = session.scalars(
        select(ParticipantProject)
        .where(ParticipantProject.trajectory_uid == trajectory.uid)
        .options(selectinload(ParticipantProject.members).selectinload(ProjectMember.person))
        .order_by(func.lower(ParticipantProject.name))
    ).all()
    counts = _action_counts(session, trajectory.uid)
    return [summarise(p, options, counts.get(p.uid, (0, 0))) for p in projects]


def projects_overview(session: Session, trajectory_uid: uuid.UUID) -> ProjectsOverview:
    """Everything the Deelnemers tab shows, read in one session."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    options = project_options(session, trajectory)
    projects = tuple(list_projects(session, trajectory, options))
    budget = None
    if options.uses_budget:
        budget = BudgetSummary(
            working_budget_cents=trajectory.working_budget_cents,
            requested_cents=sum(p.budget_requested_cents or 0 for p in projects),
            granted_cents=sum(p.budget_granted_cents or 0 for p in projects),
        )
    menu_use = tuple(
        MenuUse(
            item.key,
            item.name,
            item.description,
            tuple(p.name for p in projects if p.menu_item and p.menu_item.key == item.key),
        )
        for item in options.menu
    )
    return ProjectsOverview(options, projects, budget, menu_use)


# ------------------------------------------------------------------------ changes


def _programme_projects(trajectory: Trajectory) -> tuple[Programme, ProjectKind]:
    programme = get_programme(trajectory.programme_key)
    if programme.projects is None:
        raise UserError(
            "The programme '{programme}' does not work with participant projects; "
            "add the participants to the sessions.",
            programme=programme.name,
        )
    return programme, ProjectKind(programme.projects.kind.value)


# What a message calls a field: inside a sentence, and at its start.
NAME = domain_text("The name")
PLACE = domain_text("The place")
ROLE = domain_text("The role")
REQUESTED = (domain_text("the requested budget"), domain_text("The requested budget"))
GRANTED = (domain_text("the granted budget"), domain_text("The granted budget"))


def _clean(text: str, limit: int, what: DomainText, field: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise UserError(
            "{what} is at most {limit} characters long; make it shorter.",
            what=what,
            limit=limit,
            field=field,
        )
    return cleaned


def _check_money(cents: int | None, what: tuple[DomainText, DomainText], field: str) -> int | None:
    if cents is None:
        return None
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise UserError("Give {what} as an amount, e.g. 1.200,00.", what=what[0], field=field)
    if cents < 0:
        raise UserError("{what} cannot be negative.", what=what[1], field=field)
    return cents


def _check_within_budget(
    session: Session,
    trajectory: Trajectory,
    project_uid: uuid.UUID | None,
    requested: int | None,
    granted: int | None,
) -> None:
    """A grant fits the group's working budget: what the other projects got plus this one.
    Asking more than the budget is allowed (the overview says so); granting more is not."""
    if granted is None or granted == 0:
        return
    if requested is not None and granted > requested:
        raise UserError(
            "The granted budget ({granted}) is more than the group asked ({requested}). "
            "Raise what was asked first, or grant less.",
            field="granted",
            granted=format_money(granted),
            requested=format_money(requested),
        )
    budget = trajectory.working_budget_cents
    if budget is None:
        raise UserError(
            "The municipality's working budget is not known yet, so nothing can be granted. "
            "Note it in the intake (or on the quote) first.",
            field="granted",
        )
    others = session.scalar(
        select(func.coalesce(func.sum(ParticipantProject.budget_granted_cents), 0)).where(
            ParticipantProject.trajectory_uid == trajectory.uid,
            ParticipantProject.uid != (project_uid or uuid.uuid4()),
        )
    )
    left = budget - int(others or 0)
    if granted > left:
        raise UserError(
            "Granting {granted} would bring the granted budgets over the working budget of "
            "{budget}: {left} is left. Grant at most that, or raise the working budget.",
            field="granted",
            granted=format_money(granted),
            budget=format_money(budget),
            left=format_money(max(left, 0)),
        )


def _validated(
    session: Session,
    trajectory: Trajectory,
    data: ProjectInput,
    project_uid: uuid.UUID | None,
) -> ProjectInput:
    """The input cleaned and checked against the programme file; raises UserError."""
    programme, _kind = _programme_projects(trajectory)
    spec = programme.projects
    assert spec is not None
    label = spec.label.lower()
    name = _clean(data.name, NAME_MAX, NAME, "name")
    if not name:
        raise UserError(
            "Give the {label} a name, e.g. the village or the neighbourhood.",
            label=label,
            field="name",
        )
    clash = session.scalar(
        select(ParticipantProject.uid).where(
            ParticipantProject.trajectory_uid == trajectory.uid,
            func.lower(ParticipantProject.name) == name.lower(),
            ParticipantProject.uid != (project_uid or uuid.uuid4()),
        )
    )
    if clash is not None:
        raise UserError(
            "There is already a {label} '{name}' in this trajectory; choose another name.",
            label=label,
            name=name,
            field="name",
        )
    known_functions = [f.key for g in spec.function_groups for f in g.functions]
    for key in data.functions:
        if key not in known_functions:
            raise UserError(
                "The function '{key}' is not in the programme '{programme}'.",
                key=key,
                programme=programme.name,
                field="functions",
            )
    stages = [s.key for s in spec.stages]
    if data.stage and data.stage not in stages:
        raise UserError(
            "The stage '{stage}' does not exist; choose from {stages}.",
            stage=data.stage,
            stages=tuple(stages),
            field="stage",
        )
    menu_keys = [m.key for m in spec.menu]
    if data.menu_item_key and data.menu_item_key not in menu_keys:
        raise UserError(
            "'{key}' is not on the menu of '{programme}'.",
            key=data.menu_item_key,
            programme=programme.name,
            field="menu_item",
        )
    requested = _check_money(data.budget_requested_cents, REQUESTED, "requested")
    granted = _check_money(data.budget_granted_cents, GRANTED, "granted")
    if programme.pricing.extra_budgets:
        _check_within_budget(session, trajectory, project_uid, requested, granted)
    members = _validated_members(session, data)
    return ProjectInput(
        name=name,
        place=_clean(data.place, PLACE_MAX, PLACE, "place"),
        goals=data.goals.strip(),
        # Keep the programme's order, whatever order the boxes were ticked in.
        functions=tuple(k for k in known_functions if k in data.functions),
        stage=data.stage or (stages[0] if stages else ""),
        menu_item_key=data.menu_item_key or None,
        budget_requested_cents=requested,
        budget_granted_cents=granted,
        notes=data.notes.strip(),
        members=members,
    )


def _validated_members(session: Session, data: ProjectInput) -> tuple[MemberInput, ...]:
    seen: dict[uuid.UUID, MemberInput] = {}
    for member in data.members:
        uid = parse_uid(member.person_uid, PERSON)
        person = session.get(Person, uid)
        if person is None or person.erased_at is not None:
            raise UserError("This person no longer exists; choose another one.", field="members")
        role = _clean(member.role, ROLE_MAX, ROLE, "members")
        previous = seen.get(uid)
        # Named twice (as trekker and as member): a trekker is a member too, keep the lead.
        is_lead = member.is_lead or (previous is not None and previous.is_lead)
        seen[uid] = MemberInput(str(uid), is_lead, role or (previous.role if previous else ""))
    return tuple(seen.values())


def _apply(project: ParticipantProject, data: ProjectInput) -> None:
    project.name = data.name
    project.place = data.place
    project.goals = data.goals
    project.functions = list(data.functions)
    project.stage = data.stage
    project.menu_item_key = data.menu_item_key
    project.budget_requested_cents = data.budget_requested_cents
    project.budget_granted_cents = data.budget_granted_cents
    project.notes = data.notes
    wanted = {uuid.UUID(m.person_uid): m for m in data.members}
    for old in list(project.members):
        if old.person_uid not in wanted:
            project.members.remove(old)
    present = {m.person_uid: m for m in project.members}
    for person_uid, member_input in wanted.items():
        member = present.get(person_uid)
        if member is None:
            project.members.append(
                ProjectMember(
                    person_uid=person_uid, is_lead=member_input.is_lead, role=member_input.role
                )
            )
        else:
            member.is_lead, member.role = member_input.is_lead, member_input.role


def create_project(session: Session, trajectory_uid: uuid.UUID, data: ProjectInput) -> uuid.UUID:
    """A new project of the trajectory, with its trekkers and members; raises UserError."""
    trajectory = trajectory_or_fail(session, trajectory_uid)
    clean = _validated(session, trajectory, data, None)
    _programme, kind = _programme_projects(trajectory)
    project = ParticipantProject(trajectory_uid=trajectory.uid, kind=kind, name=clean.name)
    session.add(project)
    _apply(project, clean)
    session.flush()
    return project.uid


def update_project(
    session: Session, project_uid: uuid.UUID, data: ProjectInput, version: int | None = None
) -> None:
    """Replaces the project's fields and members with the input; raises UserError.

    `version`: the project's row version the form was filled from; when another coach stored
    the project since, EditConflict and nothing changes.
    """
    project = get_project(session, project_uid)
    check_version(project, version, project.name)
    trajectory = trajectory_or_fail(session, project.trajectory_uid)
    clean = _validated(session, trajectory, data, project.uid)
    _apply(project, clean)
    stored_as_changed(project, "name")  # its members are part of the form
    session.flush()


def delete_project(session: Session, project_uid: uuid.UUID) -> None:
    """Removes the project and its progress notes; its actions stay with the trajectory."""
    project = get_project(session, project_uid)
    session.execute(
        delete(SessionNote).where(
            SessionNote.project_uid == project.uid, SessionNote.kind == NoteKind.PROGRESS
        )
    )
    session.delete(project)
    session.flush()
