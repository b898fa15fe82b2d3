"""Undo and redo of recorded edits put every row back exactly, or refuse and change nothing."""

import pytest

from models.core.errors import UserError
from models.workspace import Workspace
from tests.demo import trajectory_uid


def _session_uid(workspace: Workspace) -> str:
    uid = trajectory_uid(workspace, "klimaatdoeners")
    return next(r.uid for r in workspace.sessions.trajectory_sessions(uid) if r.title == "Kickoff")


def test_undo_and_redo_an_agenda_edit(demo_workspace: Workspace) -> None:
    """A renamed agenda item gets its name back on undo, and the new one on redo."""
    uid = _session_uid(demo_workspace)
    block = demo_workspace.sessions.session_detail(uid).agenda[0]
    _, journal = demo_workspace.undo.record(
        lambda: demo_workspace.sessions.update_agenda_block(block.uid, title="Welkom en koffie")
    )
    assert journal and journal.complete
    demo_workspace.undo.undo(journal)
    assert demo_workspace.sessions.session_detail(uid).agenda[0].title == block.title
    demo_workspace.undo.redo(journal)
    assert demo_workspace.sessions.session_detail(uid).agenda[0].title == "Welkom en koffie"


def test_undo_a_deleted_session_brings_back_its_agenda_and_registrations(
    demo_workspace: Workspace,
) -> None:
    """Deleting a session removes what the database cascades; undo brings all of it back."""
    uid = _session_uid(demo_workspace)
    before = demo_workspace.sessions.session_detail(uid)
    assert before.agenda
    _, journal = demo_workspace.undo.record(lambda: demo_workspace.sessions.delete_session(uid))
    demo_workspace.undo.undo(journal)
    after = demo_workspace.sessions.session_detail(uid)
    assert [b.uid for b in after.agenda] == [b.uid for b in before.agenda]
    assert sorted(r.uid for r in after.registrations) == sorted(r.uid for r in before.registrations)


def test_undo_refuses_when_the_row_changed_elsewhere_since(demo_workspace: Workspace) -> None:
    """A later change that is not on the undo stack is never overwritten: undo refuses."""
    uid = _session_uid(demo_workspace)
    block = demo_workspace.sessions.session_detail(uid).agenda[0]
    _, journal = demo_workspace.undo.record(
        lambda: demo_workspace.sessions.update_agenda_block(block.uid, title="Eerste")
    )
    demo_workspace.sessions.update_agenda_block(block.uid, title="Later getypt")
    with pytest.raises(UserError):
        demo_workspace.undo.undo(journal)
    assert demo_workspace.sessions.session_detail(uid).agenda[0].title == "Later getypt"


def test_undo_of_an_added_item_refuses_when_something_hangs_on_it(
    demo_workspace: Workspace,
) -> None:
    """A session added and registered to since is not removed again with its registration."""
    trajectory = trajectory_uid(demo_workspace, "klimaatdoeners")
    uid, journal = demo_workspace.undo.record(
        lambda: demo_workspace.sessions.create_session(trajectory, None, title="Extra")
    )
    person = demo_workspace.people.people_list()[0].uid
    demo_workspace.sessions.register_person(uid, person)
    with pytest.raises(UserError):
        demo_workspace.undo.undo(journal)
    assert demo_workspace.sessions.session_detail(uid).registrations
