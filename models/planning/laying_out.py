"""Laying out a programme on the calendar: phases, tasks, milestones and sessions of a trajectory.

Every phase is laid out, booked or not: a phase outside the booked scope shows as "niet
geboekt" (PlanItems.is_booked) and is planned the moment the scope is extended. A session or
milestone that each municipality (or cluster) holds on its own is laid out once for each.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind, Responsible, SessionKind, WorkStatus
from models.orm import AgendaBlock, Milestone, Phase, Task, Trajectory, TrajectorySession
from models.planning.layout import WHO_LABELS
from models.planning.schedule import deadline, month_end, month_start, session_start
from models.programmes.schema import Programme
from models.programmes.schema_plan import SessionTemplate


@dataclass(frozen=True)
class Holder:
    """Who holds one copy of a session: the trajectory, one municipality or one cluster."""

    label: str = ""  # added to the title: "Izegem", "Zuiderkempen"; empty for the trajectory
    organisation_uid: uuid.UUID | None = None
    cluster: str = ""
    turn: int = 0  # how many hold the same session before this one (spread over the days)


def municipalities(trajectory: Trajectory) -> list[tuple[uuid.UUID, str, str]]:
    """(uid, name, cluster) of the trajectory's municipalities, in client order."""
    return [
        (c.organisation_uid, c.organisation.name, c.cluster or "")
        for c in trajectory.clients
        if c.organisation.kind is OrganisationKind.MUNICIPALITY
    ]


def clusters(trajectory: Trajectory) -> list[str]:
    """The names of the trajectory's clusters in client order ([""]: one unnamed cluster)."""
    return list(dict.fromkeys(c.cluster or "" for c in trajectory.clients)) or [""]


def holders(template: SessionTemplate | None, trajectory: Trajectory) -> list[Holder]:
    """One holder per municipality or cluster when the template repeats and there are several."""
    if template is not None and template.repeat_per_client:
        found = municipalities(trajectory)
        if len(found) > 1:
            return [Holder(name, uid, cluster, i) for i, (uid, name, cluster) in enumerate(found)]
    if template is not None and template.repeat_per_cluster:
        names = clusters(trajectory)
        if len(names) > 1:
            return [Holder(name, None, name, i) for i, name in enumerate(names)]
        return [Holder("", None, names[0], 0)]
    return [Holder()]


def turn_of(item: TrajectorySession, trajectory: Trajectory) -> int:
    """The place of a repeated session's municipality or cluster, as holders() numbered it."""
    if item.organisation_uid is not None:
        uids = [uid for uid, _name, _cluster in municipalities(trajectory)]
        return uids.index(item.organisation_uid) if item.organisation_uid in uids else 0
    names = clusters(trajectory)
    return names.index(item.cluster) if item.cluster and item.cluster in names else 0


def _responsible(value: str) -> Responsible:
    try:
        return Responsible(value)
    except ValueError:
        return Responsible.BOTH


def _phase_owner(owners: list[str]) -> Responsible:
    """Whoever does all of a phase's activities carries it; where the municipality shares the
    work it is both; otherwise the provider, who coaches every phase."""
    if len(set(owners)) == 1:
        return _responsible(owners[0])
    shared = {"municipality", "both"} & set(owners)
    return Responsible.BOTH if shared else Responsible.PROVIDER


def lay_out_plan(
    session: Session, trajectory: Trajectory, programme: Programme, start: date
) -> dict[str, Phase]:
    """Creates the dated plan of a trajectory from its programme; returns phases by key."""
    trajectory.start_date = start
    phases: dict[str, Phase] = {}
    for position, spec in enumerate(programme.phases):
        phase = Phase(
            trajectory_uid=trajectory.uid,
            key=spec.key,
            label=f"Fase {spec.number}" if spec.number else "",
            name=spec.name,
            position=position,
            start_month=spec.start_month,
            end_month=spec.end_month,
            planned_start=month_start(start, spec.start_month),
            planned_end=month_end(start, spec.end_month),
            status=WorkStatus.PLANNED,
            responsible=_phase_owner([a.responsible.value for a in spec.activities]),
        )
        session.add(phase)
        phases[spec.key] = phase
        session.flush()
        for activity in spec.activities:
            session.add(
                Task(
                    trajectory_uid=trajectory.uid,
                    phase_uid=phase.uid,
                    key=activity.key,
                    title=activity.name,
                    description=activity.description,
                    start_month=activity.start_month,
                    end_month=activity.end_month,
                    planned_start=month_start(start, activity.start_month),
                    due_on=None if activity.open_ended else deadline(start, activity.end_month),
                    responsible=_responsible(activity.responsible),
                    optional=activity.optional,
                )
            )
        for milestone in spec.milestones:
            towns = municipalities(trajectory) if milestone.repeat_per_client else []
            for suffix in [f" – {name}" for _uid, name, _c in towns] if len(towns) > 1 else [""]:
                session.add(
                    Milestone(
                        trajectory_uid=trajectory.uid,
                        phase_uid=phase.uid,
                        key=milestone.key,
                        name=f"{milestone.name}{suffix}"[:200],
                        month=milestone.month,
                        planned_on=deadline(start, milestone.month),  # reached by month's end
                        responsible=_responsible(milestone.responsible),
                    )
                )
    _add_responsibilities(session, trajectory, programme, phases, start)
    for template in programme.session_templates:
        if template.repeat_per_participant or not template.applies_to(trajectory.arrangement):
            continue  # per participant: created when the participants are known
        for holder in holders(template, trajectory):
            add_session_from_template(
                session, trajectory, programme, template.key, phases, start, holder
            )
    return phases


def _add_responsibilities(
    session: Session,
    trajectory: Trajectory,
    programme: Programme,
    phases: dict[str, Phase],
    start: date,
) -> None:
    """The client's responsibilities as a checklist; one tied to a phase is due at its end."""
    for spec in programme.responsibilities:
        phase = phases.get(spec.phase) if spec.phase else None
        session.add(
            Task(
                trajectory_uid=trajectory.uid,
                phase_uid=phase.uid if phase else None,
                key=spec.key,
                title=spec.text[:200],
                description=spec.text,
                is_responsibility=True,
                start_month=phase.start_month if phase else 0,
                end_month=phase.end_month if phase else None,
                planned_start=phase.planned_start if phase else start,
                due_on=deadline(start, phase.end_month or 0) if phase else None,
                responsible=_responsible(spec.owner.value),
            )
        )


def add_session_from_template(
    session: Session,
    trajectory: Trajectory,
    programme: Programme,
    template_key: str,
    phases: dict[str, Phase],
    start: date,
    holder: Holder | None = None,
) -> TrajectorySession:
    """One session of the programme, dated and with its agenda, for the trajectory or a holder."""
    template = next(t for t in programme.session_templates if t.key == template_key)
    holder = holder or Holder()
    kind = SessionKind(template.kind.value)
    title = f"{template.title} – {holder.label}" if holder.label else template.title
    planned = TrajectorySession(
        trajectory_uid=trajectory.uid,
        phase_uid=phases[template.phase].uid if template.phase in phases else None,
        template_key=template.key,
        kind=kind,
        title=title[:200],
        purpose=template.purpose,
        starts_at=session_start(
            start,
            template,
            programme.session_hours,
            avoid_school_holidays=trajectory.avoid_school_holidays is not False,
            turn=holder.turn,
        ),
        duration_minutes=template.duration_minutes,
        optional=template.optional,
        organisation_uid=holder.organisation_uid,
        cluster=holder.cluster,
    )
    planned.agenda = [
        AgendaBlock(
            position=index,
            title=block.title,
            minutes=block.minutes,
            method=block.method,
            who=WHO_LABELS.get(str(block.who), str(block.who)),
        )
        for index, block in enumerate(template.agenda)
    ]
    session.add(planned)
    return planned
