"""Stopping after a phase, late items, tasks for named people, and the overview's agenda."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_planning import TODAY, new_trajectory

from models.core.errors import UserError
from models.planning.dto import NewTask
from models.workspace import Workspace
from tests.demo import demo_name
from tests.dutch import raises_dutch


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "stop.sqlite")
    yield workspace
    workspace.close()


def _autodelen_with_quote(workspace: Workspace) -> str:
    """Herent (no discount), Fase 1+2+3 quoted, Fase 1 under way."""
    uid = new_trajectory(workspace, "autodelen", date(2026, 5, 4), "Herent")
    workspace.quotes.new_quote_version(uid, "fase_1_2_3", today=date(2026, 4, 20))
    fase_1 = next(r for r in workspace.planning.plan(uid, TODAY).rows if r.label == "Fase 1")
    workspace.planning.edit_plan_item(uid, fase_1.uid, "status", "in_progress", today=TODAY)
    return uid


def test_a_stop_is_only_offered_after_a_phase_that_has_started(workspace: Workspace) -> None:
    """Before Fase 1 starts no stop is offered (and one is refused); once it runs, 'after
    Fase 1' is; never after the last booked phase."""
    uid = new_trajectory(workspace, "autodelen", date(2026, 5, 4), "Herent")
    assert workspace.planning.plan(uid, TODAY).stop_choices == ()
    with pytest.raises(UserError) as error:
        workspace.planning.stop_after_phase(uid, "fase_1", "Geen budget", today=TODAY)
    assert error.value.field == "phase" and "not started" in error.value.text
    fase_1 = next(r for r in workspace.planning.plan(uid, TODAY).rows if r.label == "Fase 1")
    workspace.planning.edit_plan_item(uid, fase_1.uid, "status", "in_progress", today=TODAY)
    choices = workspace.planning.plan(uid, TODAY).stop_choices
    assert choices == (("fase_1", "Fase 1 Voorbereiding"),)


def test_stop_after_fase_1_cancels_what_follows_and_recalculates_the_quote(
    workspace: Workspace,
) -> None:
    """Seed 000: stopping after Fase 1 cancels Fase 2 and 3 and bills Fase 1 (€ 3.500)."""
    uid = _autodelen_with_quote(workspace)
    before = workspace.quotes.quotes(uid)[0]
    result = workspace.planning.stop_after_phase(
        uid, "fase_1", "Beslissing schepencollege", today=TODAY
    )
    assert result.phase_title == "Fase 1 Voorbereiding"
    assert result.quote_created and result.quote is not None
    assert result.quote.total_excl_vat_cents == 350_000 < before.total_excl_vat_cents
    assert result.quote.version == before.version + 1
    plan = workspace.planning.plan(uid, TODAY)
    later = [r for r in plan.rows if r.phase_uid != plan.rows[0].uid and r.kind != "phase"]
    phases = [r for r in plan.rows if r.kind == "phase"]
    assert [p.status for p in phases] == ["in_progress", "cancelled", "cancelled"]
    fase_1 = phases[0].uid
    assert all(r.status == "cancelled" for r in later if r.phase_uid != fase_1)
    assert plan.status == "stopped" and plan.stop_reason == "Beslissing schepencollege"
    assert plan.stopped_after == "Fase 1 Voorbereiding" and plan.stopped_on == TODAY
    assert plan.stop_choices == ()


def test_stop_needs_a_reason_and_a_phase_before_the_last(workspace: Workspace) -> None:
    """No reason, the last phase, an unknown phase: a message, and nothing is stopped."""
    uid = _autodelen_with_quote(workspace)
    with raises_dutch("waarom") as error:
        workspace.planning.stop_after_phase(uid, "fase_1", "   ", today=TODAY)
    assert error.value.field == "reason"
    with raises_dutch("laatste fase"):
        workspace.planning.stop_after_phase(uid, "fase_3", "Klaar", today=TODAY)
    with raises_dutch("Kies de fase"):
        workspace.planning.stop_after_phase(uid, "fase_9", "Klaar", today=TODAY)
    assert workspace.planning.plan(uid, TODAY).status != "stopped"
    assert len(workspace.quotes.quotes(uid)) == 1


def test_stop_twice_or_before_a_done_phase_is_refused(workspace: Workspace) -> None:
    """A stopped trajectory cannot stop again; a phase already done cannot be cancelled."""
    uid = _autodelen_with_quote(workspace)
    fase_2 = next(r for r in workspace.planning.plan(uid, TODAY).rows if r.label == "Fase 2")
    workspace.planning.edit_plan_item(uid, fase_2.uid, "status", "done", today=TODAY)
    with raises_dutch("al afgerond"):
        workspace.planning.stop_after_phase(uid, "fase_1", "Geen budget", today=TODAY)
    workspace.planning.stop_after_phase(uid, "fase_2", "Geen budget", today=TODAY)
    with raises_dutch("al gestopt"):
        workspace.planning.stop_after_phase(uid, "fase_2", "Nogmaals", today=TODAY)


def test_stopping_a_free_programme_makes_no_quote(workspace: Workspace) -> None:
    """The learning network is free: stopping records the reason, there is no price."""
    uid = new_trajectory(workspace, "buurtpunt", date(2026, 6, 1), "Herent", "Zele")
    opstart = next(r for r in workspace.planning.plan(uid, TODAY).rows if r.kind == "phase")
    workspace.planning.edit_plan_item(uid, opstart.uid, "status", "in_progress", today=TODAY)
    result = workspace.planning.stop_after_phase(uid, "opstart", "Te weinig trekkers", today=TODAY)
    assert result.quote is None and result.cancelled > 0


def test_overdue_items_are_detected(workspace: Workspace) -> None:
    """A milestone past its day and still open is late; done or cancelled ones are not."""
    uid = new_trajectory(workspace, "autodelen", date(2026, 5, 4), "Herent")
    plan = workspace.planning.plan(uid, TODAY)
    late = {r.name for r in plan.rows if r.overdue}
    assert "Wijk/kern gekozen en timing vastgelegd" in late
    assert "Kennismakingsoverleg" in late  # a session still 'planned' after its day
    assert "Traject geëvalueerd" not in late
    mark = next(r for r in plan.rows if r.name == "Wijk/kern gekozen en timing vastgelegd")
    workspace.planning.edit_plan_item(uid, mark.uid, "status", "done", today=TODAY)
    assert not next(
        r for r in workspace.planning.plan(uid, TODAY).rows if r.uid == mark.uid
    ).overdue


def test_tasks_for_named_people_with_due_dates(workspace: Workspace) -> None:
    """A task goes to a contact person by name with a due date inside the trajectory."""
    from models.trajectories.setup import ClientInput, ContactInput, NewTrajectory

    nis = "36008"  # Izegem
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory(
            "autodelen",
            "gemeente",
            (ClientInput(nis_code=nis),),
            (ContactInput("Sarah", "Vandenbussche", "Lokale trekker"),),
            start_date=date(2026, 10, 5),
        )
    )
    board = workspace.planning.task_board(uid, TODAY)
    (person_uid, name), *_ = board.people
    assert name == "Sarah Vandenbussche"
    row = workspace.planning.add_task(
        uid, NewTask("Zaal vastleggen", "15/12/2026", person_uid), today=TODAY
    )
    assert row.who == "Sarah Vandenbussche" and row.due_on == date(2026, 12, 15)
    with raises_dutch("na het einde van het traject"):
        workspace.planning.add_task(uid, NewTask("Te laat", "15/12/2030", person_uid), today=TODAY)
    with raises_dutch("omschrijving"):
        workspace.planning.add_task(uid, NewTask("  ", "15/12/2026", person_uid), today=TODAY)
    programme_task = next(
        t for t in workspace.planning.task_board(uid, TODAY).tasks if t.from_programme
    )
    with raises_dutch("uit het programma"):
        workspace.planning.delete_task(uid, programme_task.uid)
    workspace.planning.delete_task(uid, row.uid)
    assert "Zaal vastleggen" not in {
        t.title for t in workspace.planning.task_board(uid, TODAY).tasks
    }


def test_agenda_over_all_trajectories(demo_copy) -> None:
    """The overview lists sessions and milestones of the coming weeks and everything late."""
    workspace = demo_copy(TODAY)
    agenda = workspace.overview.agenda(TODAY, days=42)
    kinds = {item.kind for item in agenda.coming}
    assert {"session", "milestone"} <= kinds
    assert all(TODAY <= item.due_on <= date(2027, 1, 4) for item in agenda.coming)  # type: ignore[operator]
    assert all(item.due_on < TODAY for item in agenda.overdue)  # type: ignore[operator]
    assert "Affiche in de bakkerij en het dorpscafé hangen" in {i.title for i in agenda.overdue}
    autodelen = next(
        t for t in workspace.trajectories.trajectories(TODAY) if t.name == demo_name("autodelen")
    )
    workspace.planning.stop_after_phase(autodelen.uid, "fase_2", "Test", today=TODAY)
    coming = [
        i
        for i in workspace.overview.agenda(TODAY, days=400).coming
        if i.trajectory == autodelen.uid
    ]
    titles = {i.title for i in coming}
    assert "Infosessie 'Autodelen in je wijk'" in titles  # Fase 2 still runs to its end
    assert "Evaluatie van het traject" not in titles  # Fase 3 was cancelled
