"""Laying out a programme on the calendar: month offsets, the seeds' phases, sessions, owners."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from models.core.reference import search_municipalities
from models.planning.schedule import month_end, month_start, session_start
from models.programmes import get_programme
from models.trajectories.setup import ClientInput, NewTrajectory
from models.workspace import Workspace

TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "plan.sqlite")
    yield workspace
    workspace.close()


def new_trajectory(workspace: Workspace, programme: str, start: date | None, *towns: str) -> str:
    """A fresh trajectory for one municipality, or a cluster or network of several."""
    towns = towns or ("Izegem",)
    option = get_programme(programme).clients[0].key
    clients = tuple(
        ClientInput(nis_code=next(m.nis_code for m in search_municipalities(t) if m.name == t))
        for t in towns
    )
    return workspace.trajectories.create_trajectory(
        NewTrajectory(programme, option, clients, start_date=start)
    )


@pytest.mark.parametrize(
    ("start", "month", "first", "last"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28), date(2026, 3, 30)),  # no 31 February
        (date(2026, 1, 31), 2, date(2026, 3, 31), date(2026, 4, 29)),  # counted from the start
        (date(2027, 1, 31), 1, date(2027, 2, 28), date(2027, 3, 30)),
        (date(2028, 1, 31), 1, date(2028, 2, 29), date(2028, 3, 30)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28), date(2029, 3, 28)),  # leap day, a year on
        (date(2026, 3, 1), 0, date(2026, 3, 1), date(2026, 3, 31)),  # month 0 is the start
        (date(2026, 11, 15), 2, date(2027, 1, 15), date(2027, 2, 14)),  # over the new year
    ],
)
def test_month_offsets_become_calendar_dates(start, month, first, last) -> None:
    """A month offset starts on the same day n months on and ends the day before the next."""
    assert month_start(start, month) == first
    assert month_end(start, month) == last


def test_month_offsets_tile_the_calendar_without_gaps() -> None:
    """Consecutive month offsets follow each other day after day, also through February."""
    for start in (date(2026, 1, 31), date(2028, 1, 30), date(2027, 12, 29)):
        for month in range(14):
            assert (month_end(start, month) - month_start(start, month + 1)).days == -1


def test_sessions_avoid_weekends_holidays_and_the_christmas_break() -> None:
    """A session lands on a working day: evenings for citizens, office hours for officials."""
    autodelen = get_programme("autodelen")
    hours = autodelen.session_hours
    infosessie = autodelen.session_template("infosessie")
    overleg = autodelen.session_template("kennismakingsoverleg")
    assert infosessie is not None and overleg is not None
    # month 6 from 27/04/2026 runs 27/10–26/11; halfway is 10/11, a Tuesday before Wapenstilstand
    assert session_start(date(2026, 4, 27), infosessie, hours) == datetime(2026, 11, 10, 19, 30)
    # wanted on Wapenstilstand (Wed 11/11): the Thursday after, at 10:00 for the officials
    assert session_start(date(2026, 10, 28), overleg, hours) == datetime(2026, 11, 12, 10, 0)
    christmas = session_start(date(2026, 12, 11), overleg, hours)
    assert christmas.date() == date(2026, 12, 23)  # back before the closure, still in its month


def test_citizens_sessions_leave_the_school_break_unless_the_coach_says_otherwise() -> None:
    """Month 6 from 20/04/2026 wants Tue 3/11 (herfstvakantie 2–8/11): the Friday before."""
    autodelen = get_programme("autodelen")
    infosessie = autodelen.session_template("infosessie")
    assert infosessie is not None
    hours = autodelen.session_hours
    avoided = session_start(date(2026, 4, 20), infosessie, hours)
    kept = session_start(date(2026, 4, 20), infosessie, hours, avoid_school_holidays=False)
    assert avoided == datetime(2026, 10, 30, 19, 30)
    assert kept == datetime(2026, 11, 3, 19, 30)


def test_autodelen_plan_follows_seed_000(workspace: Workspace) -> None:
    """Fase 1 months 0–5, Fase 2 months 6–7, Fase 3 months 8–12, each with their sessions."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 31))
    plan = workspace.planning.plan(uid, TODAY)
    phases = [r for r in plan.rows if r.kind == "phase"]
    assert [(p.label, p.name) for p in phases] == [
        ("Fase 1", "Voorbereiding"),
        ("Fase 2", "Eerste infosessie"),
        ("Fase 3", "Tweede vibe"),
    ]
    assert [(p.planned_start, p.planned_end) for p in phases] == [
        (date(2027, 1, 31), date(2027, 7, 30)),
        (date(2027, 7, 31), date(2027, 9, 29)),
        (date(2027, 9, 30), date(2028, 2, 28)),
    ]
    assert plan.start_date == date(2027, 1, 31) and plan.end_date == date(2028, 2, 28)
    sessions = [r.name for r in plan.rows if r.kind == "session"]
    assert sessions[0] == "Kennismakingsoverleg"
    assert "Infosessie 'Autodelen in je wijk'" in sessions
    assert sessions[-1] == "Evaluatie van het traject"
    evaluated = next(r for r in plan.rows if r.name == "Traject geëvalueerd")
    assert evaluated.planned_start == date(2028, 2, 28)  # reached by the end of month 12
    assert all(r.planned_start for r in plan.rows)


def test_klimaatdoeners_plan_has_one_six_one_months_and_four_sessions(workspace: Workspace) -> None:
    """Seed 002: 1 month preparation, 6 months with Kickoff … Wrap up, 1 month evaluation."""
    uid = new_trajectory(workspace, "klimaatdoeners", date(2027, 3, 1), "Herent")
    plan = workspace.planning.plan(uid, TODAY)
    phases = [r for r in plan.rows if r.kind == "phase"]
    months = [(p.planned_end - p.planned_start).days // 28 for p in phases]  # type: ignore[operator]
    assert months == [1, 6, 1]
    assert [p.label for p in phases] == ["Fase 1", "Fase 2", "Fase 3"]
    work = [r.name for r in plan.rows if r.kind == "session" and r.phase_uid == phases[1].uid]
    assert work == ["Kickoff", "Pick'n Choose", "Hands on", "Wrap up"]


def test_intergemeentelijk_lasts_one_year_and_buurtpunt_has_four_sessions(
    workspace: Workspace,
) -> None:
    """Seed 003 runs one year; seed 004 has 4 work sessions and an inspiration day."""
    cluster = workspace.planning.plan(
        new_trajectory(workspace, "intergemeentelijk", date(2027, 2, 1), "Herselt", "Westerlo")
    )
    assert cluster.end_date == date(2028, 1, 31)
    network = workspace.planning.plan(
        new_trajectory(workspace, "buurtpunt", date(2027, 2, 1), "Herent", "Zele")
    )
    sessions = [r.name for r in network.rows if r.kind == "session"]
    assert sum(name.startswith("Werksessie") for name in sessions) == 4
    assert any("Inspiratiedag" in name for name in sessions)


def test_responsibilities_become_a_checklist_with_owners(workspace: Workspace) -> None:
    """The municipality's responsibilities from the programme are listed with their owner."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    board = workspace.planning.task_board(uid, TODAY)
    owners = {r.who for r in board.responsibilities}
    assert owners == {"Gemeente", "Deelnemers"}
    assert any("logistieke ondersteuning" in r.title.lower() for r in board.responsibilities)
    assert all(r.status == "planned" for r in board.responsibilities)
    assert {t.title for t in board.tasks} >= {"Kennismakingsoverleg", "Evaluatie"}


def test_phase_owner_follows_its_activities(workspace: Workspace) -> None:
    """A phase shared with the municipality is 'both'; a network phase is the provider's."""
    network = workspace.planning.plan(
        new_trajectory(workspace, "buurtpunt", date(2027, 2, 1), "Herent", "Zele")
    )
    assert [r.who for r in network.rows if r.kind == "phase"] == ["Begeleider"] * 3
    autodelen = workspace.planning.plan(new_trajectory(workspace, "autodelen", date(2027, 2, 1)))
    assert {r.who for r in autodelen.rows if r.kind == "phase"} == {"Begeleider en gemeente"}


def test_every_demo_trajectory_has_a_dated_plan(demo_copy) -> None:
    """Each demo trajectory has dated phases labelled Fase 1, Fase 2, …; the running ones
    began before today, the joint Leiestreek one starts soon with Fase 1 alone booked."""
    workspace = demo_copy(TODAY)
    for row in workspace.trajectories.trajectories(TODAY):
        plan = workspace.planning.plan(row.uid, TODAY)
        phases = [r for r in plan.rows if r.kind == "phase"]
        assert [p.label for p in phases] == [f"Fase {n + 1}" for n in range(len(phases))]
        assert all(r.planned_start for r in plan.rows)
        assert plan.timeline is not None and plan.timeline.lanes
        assert plan.start_date is not None
        if row.status == "running":
            assert plan.start_date < TODAY and all(p.booked for p in phases)
        else:
            assert row.name == "Gezamenlijk autodelen Leiestreek" and plan.start_date >= TODAY
            assert [p.booked for p in phases] == [True, False, False]


def test_a_joint_trajectory_plans_each_municipality_and_the_exchange_moments(
    workspace: Workspace,
) -> None:
    """Five municipalities: an infosessie and a chosen wijk each, plus three exchange moments."""
    towns = ("Izegem", "Roeselare", "Deinze", "Kruisem", "Wielsbeke")
    option = "gezamenlijk"
    clients = tuple(
        ClientInput(nis_code=next(m.nis_code for m in search_municipalities(t) if m.name == t))
        for t in towns
    )
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", option, clients, start_date=date(2027, 1, 4))
    )
    plan = workspace.planning.plan(uid, TODAY)
    sessions = [r for r in plan.rows if r.kind == "session"]
    infos = [r for r in sessions if r.name.startswith("Infosessie 'Autodelen in je wijk'")]
    assert sorted(r.name.rsplit(" – ", 1)[1] for r in infos) == sorted(towns)
    assert len({r.starts_at for r in infos}) == 5  # spread over the days, never two at once
    exchanges = [r.name for r in sessions if r.name.startswith("Uitwisselingsmoment")]
    assert len(exchanges) == 3
    chosen = [r.name for r in plan.rows if r.name.startswith("Wijk/kern gekozen")]
    assert sorted(name.rsplit(" – ", 1)[1] for name in chosen) == sorted(towns)


def test_a_single_municipality_has_no_exchange_moments(workspace: Workspace) -> None:
    """The exchange moments belong to joint trajectories only."""
    uid = new_trajectory(workspace, "autodelen", date(2027, 1, 4))
    names = [r.name for r in workspace.planning.plan(uid, TODAY).rows]
    assert not any(name.startswith("Uitwisselingsmoment") for name in names)
    assert names.count("Infosessie 'Autodelen in je wijk'") == 1


def test_no_session_or_deadline_falls_on_a_public_holiday(workspace: Workspace) -> None:
    """Over every programme and many start days, sessions and deadlines avoid Belgian holidays."""
    from models.planning.calendar import public_holiday

    for programme in ("autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"):
        towns = ("Izegem", "Roeselare") if programme in ("intergemeentelijk", "buurtpunt") else ()
        for offset in range(0, 365, 29):
            start = date(2026, 1, 2) + timedelta(days=offset)
            uid = new_trajectory(workspace, programme, start, *towns)
            days = [
                (row.name, row.starts_at.date() if row.starts_at else row.planned_start)
                for row in workspace.planning.plan(uid, TODAY).rows
                if row.kind in ("session", "milestone")
            ]
            board = workspace.planning.task_board(uid, TODAY)
            days += [(t.title, t.due_on) for t in (*board.tasks, *board.responsibilities)]
            for name, day in days:
                if day is None:
                    continue  # open-ended: "na afloop"
                assert public_holiday(day) is None and day.weekday() < 5, (programme, name, day)
