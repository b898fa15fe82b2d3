"""The action plan through its service: rows, statuses with history, carrying, the PDF data."""

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select

from models.actions.carry import OPEN_ACTIONS_BLOCK
from models.demo.action_plans import _BUURTPUNT_ACTIONS, add_action_plan_demo
from models.orm import Action, AgendaBlock, TrajectorySession
from models.workspace import Workspace
from tests.demo import demo_name
from tests.dutch import raises_dutch

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 21, 30)


@pytest.fixture
def workspace(demo_copy) -> Workspace:  # type: ignore[no-untyped-def]
    workspace: Workspace = demo_copy(TODAY)
    with workspace.database.session_factory.begin() as session:
        add_action_plan_demo(session, TODAY)  # a second run adds nothing
    return workspace


def _uid(workspace: Workspace, programme: str) -> str:
    return next(
        row.uid for row in workspace.trajectories.trajectories() if row.name == demo_name(programme)
    )


def _project(workspace: Workspace, name: str) -> str:
    return next(row.uid for row in workspace.projects.all_projects() if row.name == name)


def _stored_actions(workspace: Workspace, trajectory_uid: str) -> list[str]:
    """What the database holds, whichever demo part added it (sessions, projects, action plan)."""
    with workspace.database.session_factory() as session:
        return [
            str(uid)
            for uid in session.scalars(
                select(Action.uid).where(Action.trajectory_uid == uuid.UUID(trajectory_uid))
            )
        ]


def test_the_plan_lists_every_action_with_owners_once(workspace: Workspace) -> None:
    """The learning network: every action once, each owner once, printed after the first session."""
    trajectory = _uid(workspace, "buurtpunt")
    plan = workspace.actions.action_plan(trajectory, today=TODAY, now=NOW)
    uids = [item.uid for item in plan.items]
    assert len(uids) == len(set(uids))
    assert sorted(uids) == sorted(_stored_actions(workspace, trajectory))
    assert {demo.title for demo in _BUURTPUNT_ACTIONS} <= {item.title for item in plan.items}
    names = [owner.name for owner in plan.owners]
    assert len(names) == len(set(names)) and "Mieke Saelens" in names
    assert plan.projects[0].name == "Buurtpunt Kieldrecht"
    current = next(s for s in plan.sessions if s.uid == plan.current_session_uid)
    assert current.title.startswith("Werksessie 1")
    late = {item.title for item in plan.items if item.overdue}
    assert late == {
        "Bevraging bewoners over openingsuren",
        "Parkeerplaats voor de deelauto bespreken met de gemeente",
        # Werksessie 1 left the autumn break for Friday 30/10: three weeks on is 20/11.
        "Actieplan buurtpunt eerste versie",
    }


def test_a_project_plan_holds_only_its_actions(workspace: Workspace) -> None:
    trajectory = _uid(workspace, "buurtpunt")
    plan = workspace.actions.action_plan(
        trajectory, _project(workspace, "Buurtpunt Rieme"), TODAY, NOW
    )
    assert {item.project for item in plan.items} == {"Buurtpunt Rieme"}
    other = _project(workspace, "Fietsbib Winksele")
    with raises_dutch("hoort niet"):
        workspace.actions.action_plan(trajectory, other, TODAY, NOW)


def test_a_status_change_is_kept_in_the_history(workspace: Workspace) -> None:
    """Done through the workspace: one history line with who and from what to what."""
    plan = workspace.actions.action_plan(_uid(workspace, "buurtpunt"), today=TODAY, now=NOW)
    action = next(i for i in plan.items if i.title.startswith("Bezoek aan het repaircafé"))
    changed = workspace.actions.set_action_status(
        action.uid, "done", by="Fatima El Amrani", today=TODAY
    )
    assert changed.status == "done" and changed.done_on == TODAY and not changed.unfinished
    history = workspace.actions.action_history(action.uid)
    assert [line.field for line in history] == ["created", "carried", "status"]
    assert (history[-1].old_value, history[-1].new_value) == ("open", "done")
    assert history[-1].changed_by == "Fatima El Amrani"


def test_a_wrong_status_or_action_is_refused(workspace: Workspace) -> None:
    plan = workspace.actions.action_plan(_uid(workspace, "buurtpunt"), today=TODAY, now=NOW)
    with pytest.raises(ValueError):
        workspace.actions.set_action_status(plan.items[0].uid, "half klaar")
    assert workspace.actions.action_history(plan.items[0].uid)[-1].field != "status"
    with raises_dutch("bestaat niet"):
        workspace.actions.action_history("00000000-0000-0000-0000-000000000000")
    with raises_dutch("geen geldige code"):
        workspace.actions.action_history("actie 3")


def _agenda(workspace: Workspace, session_uid: str) -> list[AgendaBlock]:
    with workspace.database.session_factory() as session:
        meeting = session.get(TrajectorySession, uuid.UUID(session_uid))
        assert meeting is not None
        return list(
            session.scalars(
                select(AgendaBlock)
                .where(AgendaBlock.session_uid == meeting.uid)
                .order_by(AgendaBlock.position)
            )
        )


def test_carrying_adds_one_block_after_the_opening(workspace: Workspace) -> None:
    """Klimaatdoeners after Pick'n Choose: the block comes second, once, however often."""
    trajectory = _uid(workspace, "klimaatdoeners")
    first = workspace.actions.carry_open_actions(trajectory, now=NOW)
    assert first.session_title == "Hands on" and first.block_added
    assert first.carried == first.open_total > 0
    blocks = _agenda(workspace, first.session_uid)
    assert blocks[1].title == OPEN_ACTIONS_BLOCK
    assert [b.position for b in blocks] == sorted({b.position for b in blocks})
    again = workspace.actions.carry_open_actions(trajectory, now=NOW)
    assert not again.block_added and again.carried == 0
    assert [b.title for b in _agenda(workspace, first.session_uid)].count(OPEN_ACTIONS_BLOCK) == 1
    listed = workspace.actions.carried_actions(first.session_uid, TODAY)
    assert len(listed) == first.open_total and all(item.unfinished for item in listed)


def test_carrying_without_a_next_session_says_what_to_do(workspace: Workspace) -> None:
    with raises_dutch("Plan eerst de volgende bijeenkomst"):
        workspace.actions.carry_open_actions(_uid(workspace, "buurtpunt"), now=datetime(2028, 1, 1))


def test_the_document_has_a_section_per_buurtpunt(workspace: Workspace) -> None:
    """The network's actions first, then each buurtpunt by name, with goals and trekkers."""
    doc = workspace.actions.action_plan_document(_uid(workspace, "buurtpunt"), today=TODAY, now=NOW)
    assert [s.title for s in doc.sections] == [
        "Voor het hele netwerk",
        "Buurtpunt Kieldrecht",
        "Buurtpunt Rieme",
        "Buurtpunt Tielrode",
        "Dorpspunt Sint-Margriete-Houtem",
    ]
    kieldrecht = doc.sections[1]
    assert kieldrecht.leads == ("Jan Van Puyvelde", "Mieke Saelens")
    assert kieldrecht.goals.startswith("Dorpswinkel")
    plan = workspace.actions.action_plan(_uid(workspace, "buurtpunt"), today=TODAY, now=NOW)
    on_plan = [
        i for i in plan.items if i.project == "Buurtpunt Kieldrecht" and i.status != "cancelled"
    ]
    assert len(on_plan) > 1 and any(i.status == "done" for i in on_plan)
    assert [a.number for a in kieldrecht.actions] == list(range(1, len(on_plan) + 1))
    assert kieldrecht.actions[-1].status == "done"  # what is done comes last
    assert doc.session_title.startswith("Werksessie 1") and doc.clients_label == "Deelnemers"
    assert doc.next_session is not None and doc.next_session.title.startswith("Werksessie 2")


def test_a_project_uid_gives_that_projects_plan(workspace: Workspace) -> None:
    doc = workspace.actions.action_plan_document(
        _project(workspace, "Buurtpunt Tielrode"), today=TODAY, now=NOW
    )
    assert doc.is_project_plan and doc.subject == "Buurtpunt Tielrode"
    assert [s.title for s in doc.sections] == ["Buurtpunt Tielrode"]


def test_cancelled_actions_stay_off_paper(workspace: Workspace) -> None:
    trajectory = _uid(workspace, "autodelen")
    plan = workspace.actions.action_plan(trajectory, today=TODAY, now=NOW)
    workspace.actions.set_action_status(plan.items[0].uid, "cancelled", today=TODAY)
    doc = workspace.actions.action_plan_document(trajectory, today=TODAY, now=NOW)
    assert [s.title for s in doc.sections] == ["Plan van aanpak"]
    titles = [a.title for a in doc.sections[0].actions]
    assert plan.items[0].title not in titles and len(titles) == len(plan.items) - 1


def test_an_unknown_uid_is_refused_with_the_list_command(workspace: Workspace) -> None:
    with raises_dutch("list projects"):
        workspace.actions.action_plan_document("00000000-0000-0000-0000-000000000000")


def test_an_action_added_later_comes_last_in_the_plan(workspace: Workspace) -> None:
    """Captured order: an action added after the demo's numbered ones is listed after them."""
    trajectory = _uid(workspace, "buurtpunt")
    plan = workspace.actions.action_plan(trajectory, today=TODAY, now=NOW)
    before = plan.items
    positions = [item.position for item in before]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    workspace.live.add_session_action(
        plan.current_session_uid, "Zaal boeken voor sessie 2", owner_text="Begeleider NDM"
    )
    after = workspace.actions.action_plan(trajectory, today=TODAY, now=NOW).items
    assert [item.title for item in after] == [item.title for item in before] + [
        "Zaal boeken voor sessie 2"
    ]
