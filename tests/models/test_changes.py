"""What a committed unit of work changed is reported once, after the commit, and only then."""

from datetime import date
from pathlib import Path

import pytest

from models.core.changes import Changes, DataKind
from models.core.clock import FixedClock
from models.core.errors import UserError
from models.workspace import Workspace
from tests.demo import DEMO_DAY, trajectory_uid


@pytest.fixture
def heard(demo_workspace: Workspace) -> list[Changes]:
    seen: list[Changes] = []
    demo_workspace.changes.subscribe(seen.append)
    return seen


def test_a_committed_edit_reports_its_kinds_and_uids(demo_workspace, heard) -> None:
    """Changing an action's status reports the action (and its history line) by uid."""
    uid = trajectory_uid(demo_workspace, "buurtpunt")
    item = next(i for i in demo_workspace.actions.action_plan(uid).items if i.status == "open")
    demo_workspace.actions.set_action_status(item.uid, "done")
    assert len(heard) == 1
    assert heard[0].touches(DataKind.ACTION) and heard[0].touches(DataKind.ACTION_EVENT)
    assert item.uid in heard[0].uids
    assert not heard[0].touches(DataKind.QUOTE)


def test_a_refused_edit_reports_nothing(demo_workspace, heard) -> None:
    """A UserError rolls the unit back: no screen hears of a change that did not happen."""
    uid = trajectory_uid(demo_workspace, "buurtpunt")
    with pytest.raises(UserError):
        demo_workspace.planning.stop_after_phase(uid, "no-such-phase", "", DEMO_DAY)
    assert heard == []


def test_reading_reports_nothing(demo_workspace, heard) -> None:
    """Lists and details are read without any change being reported."""
    for row in demo_workspace.trajectories.trajectories():
        demo_workspace.actions.action_plan(row.uid)
        demo_workspace.planning.plan(row.uid)
    assert heard == []


def test_statements_past_the_unit_of_work_are_reported_too(demo_workspace, heard) -> None:
    """Erasing a person updates many rows by statement; the people and their links are told."""
    person = next(p for p in demo_workspace.people.people_list() if p.email)
    demo_workspace.privacy.erase_person(person.uid)
    assert heard and heard[-1].touches(DataKind.PERSON)


def test_an_import_through_the_bulk_path_reports_the_people(tmp_path: Path) -> None:
    """Rows written past the ORM (the fast import path) still reach the change report."""
    from openpyxl import Workbook

    workspace = Workspace.open(tmp_path / "import.sqlite", clock=FixedClock(date(2026, 11, 22)))
    heard: list[Changes] = []
    workspace.changes.subscribe(heard.append)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Voornaam", "Naam", "E-mail"])
    sheet.append(["Lien", "Maes", "lien.maes@example.be"])
    book.save(tmp_path / "lijst.xlsx")
    draft = workspace.people.read_people_file(tmp_path / "lijst.xlsx")
    workspace.people.commit_people_import(workspace.people.preview_people_import(draft))
    workspace.close()
    assert any(change.touches(DataKind.PERSON) for change in heard)


def test_an_unsubscribed_listener_hears_no_more(demo_workspace) -> None:
    """A closed screen stops listening."""
    seen: list[Changes] = []
    stop = demo_workspace.changes.subscribe(seen.append)
    stop()
    uid = trajectory_uid(demo_workspace, "buurtpunt")
    item = demo_workspace.actions.action_plan(uid).items[0]
    demo_workspace.actions.set_action_status(item.uid, "in_progress")
    assert seen == []
