"""Laying out a programme on the calendar: month offsets, the seeds' phases, sessions, owners."""

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from models.core.enums import SessionKind
from models.core.reference import search_municipalities
from models.planning.layout import month_end, month_start, session_start
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
    """A planned session lands on a working day, evenings for citizens, office hours else."""
    assert session_start(date(2026, 10, 27), 0, SessionKind.WORK_SESSION) == datetime(
        2026, 11, 10, 19, 30
    )  # 10/11 is a Tuesday; the 11th (Wapenstilstand) is not chosen
    assert session_start(date(2026, 10, 28), 0, SessionKind.MEETING) == datetime(
        2026, 11, 12, 10, 0
    )  # 11 November skipped
    christmas = session_start(date(2026, 12, 11), 0, SessionKind.WORK_SESSION)
    assert christmas.date() == date(2026, 12, 23)  # back before the break, still in its month


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
    """Each of the four demo trajectories has dated phases labelled Fase 1, Fase 2, …"""
    workspace = demo_copy(TODAY)
    for row in workspace.trajectories.trajectories(TODAY):
        plan = workspace.planning.plan(row.uid, TODAY)
        phases = [r for r in plan.rows if r.kind == "phase"]
        assert [p.label for p in phases] == [f"Fase {n + 1}" for n in range(len(phases))]
        assert all(r.planned_start for r in plan.rows)
        assert plan.timeline is not None and plan.timeline.lanes
        assert plan.start_date is not None and plan.start_date < TODAY
