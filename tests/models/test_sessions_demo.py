"""The demo gets notes, decisions and actions for the sessions held in every trajectory."""

from datetime import date

from models.demo.sessions import add_sessions_demo

DAY = date(2026, 11, 22)


def test_every_trajectory_has_a_held_session_with_notes_decisions_and_actions(
    demo_workspace,
) -> None:
    """Per running trajectory: attendees, notes, a decision and an action; running it twice
    adds nothing. The joint trajectory that has not started yet held no session."""
    workspace = demo_workspace
    for _ in range(2):
        with workspace.database.session_factory.begin() as session:
            add_sessions_demo(session, DAY)
    for trajectory in workspace.trajectories.trajectories(DAY):
        if trajectory.status != "running":
            assert trajectory.name == "Gezamenlijk autodelen Leiestreek"
            continue
        reports = [
            workspace.sessions.session_report(row.uid)
            for row in workspace.sessions.trajectory_sessions(trajectory.uid)
            if workspace.sessions.session_detail(row.uid).status == "held"
        ]
        assert reports, trajectory.name
        assert all(r.counts.present for r in reports)
        assert any(any(b.notes for b in r.blocks) for r in reports)
        assert any(r.decisions for r in reports)
        assert any(r.actions for r in reports)
    kickoff = next(r for r in workspace.sessions.all_sessions() if r.title == "Kickoff")
    assert workspace.sessions.session_detail(kickoff.uid).counts.walk_ins == 1
    network = next(
        r for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 1: stappen")
    )
    assert len(workspace.sessions.session_report(network.uid).project_notes) >= 3


def test_the_session_list_counts_as_the_session_screen_does(demo_workspace) -> None:
    """'Registered / present' in a list of sessions is the same attendance the session itself
    shows: walk-ins are present but were never on the list, the merely invited count nowhere."""
    rows = demo_workspace.sessions.all_sessions()
    assert any(demo_workspace.sessions.session_detail(r.uid).counts.walk_ins for r in rows)
    for row in rows:
        counts = demo_workspace.sessions.session_detail(row.uid).counts
        assert (row.registered, row.present) == (counts.registered, counts.present), row.title
