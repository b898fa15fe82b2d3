"""The trajectory list (read as plain columns, for an office's thousand trajectories) says
the same of each trajectory as its own page does."""

from models.workspace import Workspace


def test_each_row_of_the_list_is_the_trajectorys_own_row(demo_workspace: Workspace) -> None:
    """Clients in their order, status, current phase and accepted quote as the page shows."""
    rows = demo_workspace.trajectories.trajectories()
    assert len(rows) == 5
    assert any(row.current_phase for row in rows) and any(row.accepted_quote for row in rows)
    assert any(len(row.clients) > 1 for row in rows)
    for row in rows:
        assert demo_workspace.trajectories.trajectory(row.uid).row == row
