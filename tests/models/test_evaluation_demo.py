"""The demo gets filled-in evaluations for the sessions held so far, once."""

from datetime import date

from models.demo.evaluation import add_evaluation_demo
from tests.demo import demo_name

DAY = date(2026, 11, 22)


def test_demo_evaluations_cover_several_trajectories_and_run_once(demo_workspace) -> None:
    """At least two trajectories get forms with answers; a second run adds nothing."""
    workspace = demo_workspace
    for _ in range(2):
        with workspace.database.session_factory.begin() as session:
            add_evaluation_demo(session, DAY)
    counts = {
        row.programme: [
            f.response_count for f in workspace.evaluation.evaluation_overview(row.uid).forms
        ]
        for row in workspace.trajectories.trajectories()
    }
    assert sum(1 for found in counts.values() if found and all(found)) >= 2
    herent = next(
        r.uid
        for r in workspace.trajectories.trajectories()
        if r.name == demo_name("klimaatdoeners")
    )
    form = workspace.evaluation.evaluation_overview(herent).forms[0]
    rows = workspace.evaluation.evaluation_responses(form.uid)
    assert len(rows) == form.response_count >= 6
    assert sum(1 for row in rows if row.person) == 2  # two gave their name, with consent
    assert workspace.evaluation.evaluation_comparisons(herent)  # Kickoff against Pick'n Choose
