"""What tests over the demo data share: its day and finding a demo trajectory."""

from datetime import date

from models.demo.content import DEMO_TRAJECTORIES
from models.workspace import Workspace

DEMO_DAY = date(2026, 11, 22)


def demo_name(programme: str) -> str:
    """The name of the demo's running trajectory of a programme (the first one listed)."""
    return next(spec.name for spec in DEMO_TRAJECTORIES if spec.programme == programme)


def trajectory_uid(workspace: Workspace, programme: str) -> str:
    """The uid of the demo trajectory of a programme ('autodelen', 'buurtpunt', …); for
    autodelen the single municipality (Izegem), not the joint trajectory."""
    name = demo_name(programme)
    return next(row.uid for row in workspace.trajectories.trajectories() if row.name == name)
