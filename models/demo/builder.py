"""Fills a database with the demo trajectories, dated relative to today."""

import importlib
import uuid
from datetime import UTC, date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import (
    ActionStatus,
    ClientArrangement,
    Engagement,
    OrganisationKind,
    ProjectKind,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    TrajectoryStatus,
    WorkStatus,
)
from models.core.reference import search_municipalities
from models.demo.content import DEMO_TRAJECTORIES, DemoPerson, DemoTrajectory
from models.demo.providers import TOWN_HALLS
from models.intake.answers import save_answer, save_areas, save_meeting_notes, tick_attendee
from models.intake.values import Area, RawAnswer
from models.orm import (
    Action,
    Consent,
    Milestone,
    Organisation,
    ParticipantProject,
    Partner,
    Person,
    Phase,
    ProjectMember,
    Registration,
    Role,
    Task,
    Trajectory,
    TrajectoryClient,
    TrajectoryContact,
    TrajectorySession,
)
from models.planning.laying_out import lay_out_plan
from models.programmes import get_programme
from models.programmes.partners import load_partner_categories
from models.quotes import lifecycle
from models.quotes.pricing_data import PriceOptions
from models.quotes.versions import create_quote_version


def _email(person: DemoPerson) -> str:
    local = f"{person.first}.{person.last}".lower().replace(" ", "").replace("'", "")
    return f"{local}@{person.email_domain}"


class _Builder:
    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.now = datetime.combine(today, datetime.min.time()).replace(hour=12)
        self.people: dict[tuple[str, str], Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self.phone_counter = 0

    def person(self, spec: DemoPerson) -> Person:
        key = (spec.first, spec.last)
        if key not in self.people:
            self.phone_counter += 1
            person = Person(
                first_name=spec.first,
                last_name=spec.last,
                email=_email(spec),
                phone=f"+32 470 12 {self.phone_counter // 100:02d} {self.phone_counter % 100:02d}",
                postcode=spec.postcode,
                municipality=spec.municipality,
            )
            person.consents = [
                Consent(
                    given_on=self.today - timedelta(days=90),
                    source="inschrijving",
                    purposes=["contact_traject", "uitnodigingen"],
                )
            ]
            self.session.add(person)
            self.people[key] = person
        return self.people[key]

    def municipality(self, name: str) -> Organisation:
        if name not in self.organisations:
            found = [m for m in search_municipalities(name, limit=5) if m.name == name]
            if not found:
                raise LookupError(f"demo municipality {name!r} not in the reference data")
            ref = found[0]
            existing = self.session.scalar(
                select(Organisation).where(Organisation.nis_code == ref.nis_code)
            )
            self.organisations[name] = existing or Organisation(
                name=ref.name,
                kind=OrganisationKind.MUNICIPALITY,
                nis_code=ref.nis_code,
                province=ref.province,
                postcode=ref.postcodes[0] if ref.postcodes else None,
                municipality=ref.name,
                address=TOWN_HALLS.get(ref.name),
            )
            self.session.add(self.organisations[name])
        return self.organisations[name]

    def local_organisation(self, name: str, kind: str, town: str) -> Organisation:
        if name not in self.organisations:
            self.organisations[name] = Organisation(
                name=name, kind=OrganisationKind(kind), municipality=town
            )
            self.session.add(self.organisations[name])
        return self.organisations[name]

    def build(self, spec: DemoTrajectory) -> Trajectory:
        programme = get_programme(spec.programme)
        start = self.today - relativedelta(months=spec.months_ago, days=spec.days_earlier)
        trajectory = Trajectory(
            name=spec.name,
            programme_key=programme.key,
            programme_version=programme.version,
            status=TrajectoryStatus.INTAKE,
            arrangement=ClientArrangement(spec.arrangement),
            scope_key=spec.scope_key,
            notes=spec.notes,
        )
        self.session.add(trajectory)
        clients = [self.municipality(name) for name in spec.municipalities]
        clients += [self.local_organisation(*org) for org in spec.local_organisations]
        clusters = list(spec.clusters) + [""] * len(clients)
        trajectory.clients = [
            TrajectoryClient(organisation=org, position=i, is_lead=i == 0, cluster=clusters[i])
            for i, org in enumerate(clients)
        ]
        self.session.flush()
        for index, contact in enumerate(spec.contacts):
            person = self.person(contact)
            organisation = clients[0] if clients else None
            trajectory.contacts.append(
                TrajectoryContact(
                    person=person,
                    role=contact.role,
                    organisation_uid=organisation.uid if organisation else None,
                    is_addressee=index == 0,
                )
            )
            if organisation is not None:
                person.roles.append(Role(organisation=organisation, title=contact.role))
        participants = [self.person(p) for p in spec.participants]
        lay_out_plan(self.session, trajectory, programme, start)
        self.session.flush()
        self._progress(trajectory)
        contacts = [self.person(c) for c in spec.contacts]
        self._register(trajectory, spec, participants, contacts)
        projects = self._projects(spec, trajectory, programme)
        self._partners(spec, trajectory)
        self._actions(spec, trajectory, participants, projects)
        self._intake(spec, trajectory, start)
        self._quote(spec, trajectory, start)
        if spec.status == "running":
            trajectory.status = TrajectoryStatus.RUNNING
        return trajectory

    def _quote(self, spec: DemoTrajectory, trajectory: Trajectory, start: date) -> None:
        """The quote's life as a coach lives it: made four weeks before the start, sent two
        days later, accepted three weeks before the start by the one who signed."""
        options = None
        if spec.agreed_amount is not None:
            options = PriceOptions(manual_amount_cents=spec.agreed_amount * 100)
        made = start - timedelta(days=28)
        row = create_quote_version(
            self.session, trajectory.uid, spec.scope_key, options, today=made
        ).row
        uid = uuid.UUID(row.uid)
        lifecycle.mark_sent(self.session, uid, made + timedelta(days=2), self.today)
        by = spec.accepted_by or "de gemeente"
        lifecycle.accept(self.session, uid, start - timedelta(days=21), by, self.today)
        self.session.flush()

    def _intake(self, spec: DemoTrajectory, trajectory: Trajectory, start: date) -> None:
        """The intake through the same service the intake view uses, so it is validated."""
        answers: dict[str, RawAnswer] = {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in spec.intake_answers.items()
        }
        programme = get_programme(spec.programme)
        if answers and programme.intake.question("gewenste_start") is not None:
            answers.setdefault("gewenste_start", start)  # the start agreed in the first meeting
        for key, raw in answers.items():
            save_answer(self.session, trajectory.uid, key, raw)
        for key, text in spec.meeting_notes.items():
            save_meeting_notes(self.session, trajectory.uid, key, text)
        # Everyone the first meeting needed was there: the conditions are met as in real life.
        for role in get_programme(spec.programme).minimum_attendees:
            tick_attendee(self.session, trajectory.uid, role, True)
        if spec.areas:
            areas = [Area(name, potential, chosen) for name, potential, chosen in spec.areas]
            save_areas(self.session, trajectory.uid, "potentieel", areas)
        self.session.flush()

    def _progress(self, trajectory: Trajectory) -> None:
        """Marks as done what lies in the past, so the demo looks mid-way."""
        uid = trajectory.uid
        for phase in self.session.scalars(select(Phase).where(Phase.trajectory_uid == uid)):
            if phase.planned_end and phase.planned_end < self.today:
                phase.status = WorkStatus.DONE
                phase.actual_start, phase.actual_end = phase.planned_start, phase.planned_end
            elif phase.planned_start and phase.planned_start <= self.today:
                phase.status = WorkStatus.IN_PROGRESS
                phase.actual_start = phase.planned_start
        for task in self.session.scalars(select(Task).where(Task.trajectory_uid == uid)):
            if task.due_on and task.due_on < self.today:
                task.status, task.done_on = WorkStatus.DONE, task.due_on
        for milestone in self.session.scalars(
            select(Milestone).where(Milestone.trajectory_uid == uid)
        ):
            if milestone.planned_on and milestone.planned_on < self.today:
                milestone.status, milestone.actual_on = WorkStatus.DONE, milestone.planned_on

    def _sessions(self, trajectory: Trajectory) -> list[TrajectorySession]:
        return list(
            self.session.scalars(
                select(TrajectorySession)
                .where(TrajectorySession.trajectory_uid == trajectory.uid)
                .order_by(TrajectorySession.starts_at)
            )
        )

    def _register(
        self,
        trajectory: Trajectory,
        spec: DemoTrajectory,
        participants: list[Person],
        contacts: list[Person],
    ) -> None:
        """Attendance for the sessions held so far, registrations for the next one."""
        officials_only = {SessionKind.FIRST_MEETING, SessionKind.MEETING, SessionKind.PRESS_MOMENT}
        next_found = False
        for number, planned in enumerate(self._sessions(trajectory)):
            planned.location_name, planned.address = spec.location, spec.address
            planned.facilitators = "Begeleider van " + get_programme(spec.programme).provider.name
            held = planned.starts_at is not None and planned.starts_at < self.now
            if not held:
                if next_found or planned.optional:
                    continue
                next_found = True
            planned.status = SessionStatus.HELD if held else SessionStatus.PLANNED
            people = contacts if planned.kind in officials_only and contacts else participants
            for index, person in enumerate(people):
                status = RegistrationStatus.REGISTERED
                if held:
                    # Someone is always missing: a different person each time.
                    absent = index % 5 == number % 5
                    status = RegistrationStatus.EXCUSED if absent else RegistrationStatus.PRESENT
                checked_in = None
                if status is RegistrationStatus.PRESENT and planned.starts_at:
                    checked_in = planned.starts_at.replace(tzinfo=UTC)
                self.session.add(
                    Registration(
                        session_uid=planned.uid,
                        person_uid=person.uid,
                        status=status,
                        checked_in_at=checked_in,
                    )
                )

    def _projects(
        self, spec: DemoTrajectory, trajectory: Trajectory, programme: object
    ) -> list[ParticipantProject]:
        projects_spec = getattr(programme, "projects", None)
        result = []
        for demo in spec.projects:
            functions: list[str] = []
            stage, menu_key = "", None
            if projects_spec is not None:
                all_functions = [f.key for g in projects_spec.function_groups for f in g.functions]
                functions = [
                    all_functions[i] for i in demo.function_indexes if i < len(all_functions)
                ]
                stages = projects_spec.stages
                stage = stages[min(demo.stage_index, len(stages) - 1)].key
                if demo.menu_index is not None and projects_spec.menu:
                    menu_key = projects_spec.menu[demo.menu_index % len(projects_spec.menu)].key
            organisation = self.organisations.get(demo.organisation)
            project = ParticipantProject(
                trajectory_uid=trajectory.uid,
                kind=ProjectKind.BUURTPUNT
                if spec.programme == "buurtpunt"
                else ProjectKind.CLIMATE_ACTION,
                name=demo.name,
                place=demo.place,
                organisation_uid=organisation.uid if organisation else None,
                goals=demo.goals,
                functions=functions,
                stage=stage,
                menu_item_key=menu_key,
                budget_requested_cents=demo.budget_requested * 100
                if demo.budget_requested
                else None,
                budget_granted_cents=demo.budget_granted * 100 if demo.budget_granted else None,
            )
            project.members = [
                ProjectMember(person=self.person(lead), is_lead=True, role="trekker")
                for lead in demo.leads
            ]
            self.session.add(project)
            result.append(project)
        self.session.flush()
        return result

    def _partners(self, spec: DemoTrajectory, trajectory: Trajectory) -> None:
        categories = load_partner_categories()
        for name, category, engagement, what in spec.partners:
            self.session.add(
                Partner(
                    trajectory_uid=trajectory.uid,
                    name=name,
                    category_key=categories[category % len(categories)].key,
                    engagement=Engagement(engagement),
                    is_ambassador=engagement == "cooperates",
                    activities=what,
                )
            )

    def _actions(
        self,
        spec: DemoTrajectory,
        trajectory: Trajectory,
        participants: list[Person],
        projects: list[ParticipantProject],
    ) -> None:
        held = [s for s in self._sessions(trajectory) if s.status is SessionStatus.HELD]
        for position, demo in enumerate(spec.actions):
            due = self.today + timedelta(days=demo.due_in_days)
            self.session.add(
                Action(
                    trajectory_uid=trajectory.uid,
                    project_uid=projects[demo.project].uid if demo.project is not None else None,
                    origin_session_uid=held[-1].uid if held else None,
                    title=demo.title,
                    owner_person_uid=(
                        participants[demo.owner].uid if demo.owner is not None else None
                    ),
                    owner_text=demo.owner_text,
                    due_on=due,
                    status=ActionStatus.DONE if demo.done else ActionStatus.OPEN,
                    done_on=due if demo.done else None,
                    position=position,
                )
            )


def add_demo_data(session: Session, today: date) -> int:
    """Adds each demo trajectory not yet present; returns how many were added."""
    from models.demo.providers import add_providers

    add_providers(session)
    existing = set(session.scalars(select(Trajectory.name)))
    builder = _Builder(session, today)
    added = 0
    for spec in DEMO_TRAJECTORIES:
        if spec.name in existing:
            continue
        builder.build(spec)
        added += 1
    session.flush()
    for module, function in _DEMO_EXTRAS:
        getattr(importlib.import_module(module), function)(session, today)
    session.flush()
    return added


# What each part of the app adds to the built demo trajectories; each is idempotent.
# In this order: projects read which sessions were held, the action plan adds to the projects.
_DEMO_EXTRAS = (
    ("models.demo.sessions", "add_sessions_demo"),
    ("models.demo.projects", "add_projects_demo"),
    ("models.demo.action_plans", "add_action_plan_demo"),
    ("models.demo.evaluation", "add_evaluation_demo"),
)
