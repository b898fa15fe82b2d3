"""What tests over the demo data share: its day and finding a demo trajectory."""

from datetime import date

from models.workspace import Workspace

DEMO_DAY = date(2026, 11, 22)


def trajectory_uid(workspace: Workspace, programme: str) -> str:
    """The uid of the demo trajectory of a programme ('autodelen', 'buurtpunt', …)."""
    return next(
        row.uid for row in workspace.trajectories.trajectories() if row.programme == programme
    )
