"""Participant projects: created from the programme file, with trekkers from the trajectory."""

from datetime import date

import pytest

from models.core.errors import UserError
from models.projects.dto import MemberInput, ProjectInput
from models.workspace import Workspace
from tests.demo import trajectory_uid
from tests.dutch import raises_dutch

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def test_buurtpunt_options_come_from_the_programme_file(workspace: Workspace) -> None:
    """The network offers the four function groups of seed 004 and the buurtpunt stages."""
    options = workspace.projects.projects_overview(trajectory_uid(workspace, "buurtpunt")).options
    assert options.has_projects and options.label == "Buurtpunt"
    groups = {g.key: [f.key for f in g.functions] for g in options.function_groups}
    assert {"mobipunt", "deelautos", "deelfietsen"} <= set(groups["mobiliteit"])
    assert {"ontmoetingsplek", "buurtcafe"} <= set(groups["sociaal"])
    assert {"buurtwinkel", "lokale_markt"} <= set(groups["commercieel"])
    assert "diensten" in groups
    assert [s.key for s in options.stages][:2] == ["idee", "verkenning"]
    assert not options.uses_budget and not options.menu


def test_a_buurtpunt_is_created_with_functions_stage_and_trekkers(workspace: Workspace) -> None:
    """A new buurtpunt keeps the programme's function order, its trekkers and members."""
    uid = trajectory_uid(workspace, "buurtpunt")
    people = workspace.projects.projects_overview(uid).options.people
    lead, member = people[0], people[1]
    project_uid = workspace.projects.create_project(
        uid,
        ProjectInput(
            name="  Buurtpunt   Doel ",
            place="Doel",
            functions=("lokale_markt", "mobipunt"),
            stage="verkenning",
            members=(MemberInput(lead.uid, True, "trekker"), MemberInput(member.uid, False)),
        ),
    )
    project = workspace.projects.project(project_uid)
    assert project.name == "Buurtpunt Doel"
    assert [f.key for f in project.functions] == ["mobipunt", "lokale_markt"]
    assert project.stage is not None and project.stage.name == "Verkenning"
    assert project.leads == (lead.name,) and project.other_members == (member.name,)
    assert any(
        p.uid == project_uid for p in workspace.projects.all_projects()
    )  # `list projects` sees it too
    person = next(
        p for p in workspace.projects.projects_overview(uid).options.people if p.uid == lead.uid
    )
    assert "Buurtpunt Doel" in person.lead_of


def test_members_can_change_and_leave(workspace: Workspace) -> None:
    """Editing replaces the members: a trekker removed is gone, a member becomes trekker."""
    uid = trajectory_uid(workspace, "buurtpunt")
    overview = workspace.projects.projects_overview(uid)
    project = next(p for p in overview.projects if p.name == "Buurtpunt Kieldrecht")
    _first, second = project.members
    data = ProjectInput(
        name=project.name,
        functions=tuple(f.key for f in project.functions),
        stage="actieplan",
        members=(MemberInput(second.person_uid, True, "trekker"),),
    )
    workspace.projects.update_project(project.uid, data)
    changed = workspace.projects.project(project.uid)
    assert changed.leads == (second.name,) and changed.stage and changed.stage.key == "actieplan"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (ProjectInput(name="   "), "name", "Geef de buurtpunt een naam"),
        (ProjectInput(name="buurtpunt rieme"), "name", "al een buurtpunt 'buurtpunt rieme'"),
        (ProjectInput(name="X", functions=("zwembad",)), "functions", "'zwembad'"),
        (ProjectInput(name="X", stage="klaar"), "stage", "'klaar' bestaat niet"),
        (ProjectInput(name="X" * 201), "name", "hoogstens 200"),
        (
            ProjectInput(name="X", members=(MemberInput("00000000-0000-0000-0000-000000000001"),)),
            "members",
            "bestaat niet",
        ),
        (ProjectInput(name="X", members=(MemberInput("geen-code"),)), None, "geen geldige code"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    workspace: Workspace, data: ProjectInput, field: str | None, message: str
) -> None:
    """Each mistake names its field in Dutch and adds no project."""
    uid = trajectory_uid(workspace, "buurtpunt")
    before = len(workspace.projects.projects_overview(uid).projects)
    with raises_dutch(message) as caught:
        workspace.projects.create_project(uid, data)
    assert caught.value.field == field
    assert len(workspace.projects.projects_overview(uid).projects) == before


def test_climate_actions_come_from_the_menukaart_with_budgets(workspace: Workspace) -> None:
    """Klimaatdoeners: menukaart use, budget asked and granted against the working budget."""
    uid = trajectory_uid(workspace, "klimaatdoeners")
    overview = workspace.projects.projects_overview(uid)
    assert overview.options.uses_budget and overview.budget is not None
    assert overview.budget.working_budget_cents == 500_000
    assert overview.budget.granted_cents == sum(
        p.budget_granted_cents or 0 for p in overview.projects
    )
    use = {m.key: m.projects for m in overview.menu_use}
    assert use["repaircafe"] == ("Repaircafé Herent",)
    assert use["korte_keten"] == ()  # not chosen yet: shown as still open on the menukaart
    # The groups asked more than the € 5.000 (allowed, and said); granted stays within it.
    assert overview.budget.requested_cents > 500_000 >= overview.budget.granted_cents
    assert overview.budget.asked_over_budget and not overview.budget.over_budget
    count = len(overview.projects)
    with pytest.raises(UserError) as caught:  # granted € 1.000 + € 2.000: € 2.000 left
        workspace.projects.create_project(
            uid,
            ProjectInput(
                name="Korte keten Herent",
                menu_item_key="korte_keten",
                budget_requested_cents=300_000,
                budget_granted_cents=300_000,
            ),
        )
    left = 500_000 - overview.budget.granted_cents
    assert caught.value.field == "granted" and left < 300_000
    assert len(workspace.projects.projects_overview(uid).projects) == count  # nothing stored
    new = workspace.projects.create_project(
        uid,
        ProjectInput(
            name="Korte keten Herent",
            menu_item_key="korte_keten",
            budget_requested_cents=300_000,
            budget_granted_cents=left,
        ),
    )
    after = workspace.projects.projects_overview(uid)
    assert after.budget is not None and after.budget.remaining_cents == 0
    assert workspace.projects.project(new).stage is not None  # the first stage when none is given
    assert {m.key: m.projects for m in after.menu_use}["korte_keten"] == ("Korte keten Herent",)


def test_a_grant_needs_a_working_budget_and_no_more_than_was_asked(workspace: Workspace) -> None:
    """More granted than asked is refused; without a working budget nothing can be granted."""
    uid = trajectory_uid(workspace, "klimaatdoeners")
    too_much = ProjectInput(name="Z", budget_requested_cents=10_000, budget_granted_cents=20_000)
    with pytest.raises(UserError) as caught:
        workspace.projects.create_project(uid, too_much)
    assert caught.value.field == "granted" and "more than the group asked" in caught.value.text
    workspace.intake.save_intake_answer(uid, "werkingsbudget_bedrag", None)
    assert workspace.projects.projects_overview(uid).budget.working_budget_cents is None  # type: ignore[union-attr]
    fitting = ProjectInput(name="Z", budget_requested_cents=10_000, budget_granted_cents=10_000)
    with raises_dutch("nog niet gekend"):
        workspace.projects.create_project(uid, fitting)


def test_bad_menu_item_and_negative_budget_are_refused(workspace: Workspace) -> None:
    uid = trajectory_uid(workspace, "klimaatdoeners")
    with raises_dutch("menukaart") as caught:
        workspace.projects.create_project(uid, ProjectInput(name="Y", menu_item_key="kerncentrale"))
    assert caught.value.field == "menu_item"
    with raises_dutch("negatief") as caught:
        workspace.projects.create_project(uid, ProjectInput(name="Y", budget_requested_cents=-100))
    assert caught.value.field == "requested"


def test_a_programme_without_projects_says_so(workspace: Workspace) -> None:
    """Autodelen has no participant projects: the overview says so, creating one is refused."""
    uid = trajectory_uid(workspace, "autodelen")
    overview = workspace.projects.projects_overview(uid)
    assert not overview.options.has_projects and overview.projects == ()
    assert overview.options.people  # contacts and participants are still listed
    with raises_dutch("werkt niet met deelnemersprojecten"):
        workspace.projects.create_project(uid, ProjectInput(name="Kachtem"))


def test_deleting_a_project_keeps_its_actions(workspace: Workspace) -> None:
    """The actions stay with the trajectory (without project); the project is gone."""
    uid = trajectory_uid(workspace, "buurtpunt")
    project = next(p for p in workspace.projects.projects_overview(uid).projects if p.open_actions)
    open_before = len(workspace.overview.overdue_actions(date(2030, 1, 1)))
    workspace.projects.delete_project(project.uid)
    assert all(p.uid != project.uid for p in workspace.projects.projects_overview(uid).projects)
    assert len(workspace.overview.overdue_actions(date(2030, 1, 1))) == open_before
    with raises_dutch("bestaat niet"):
        workspace.projects.project(project.uid)


def test_contact_persons_and_participants_are_the_trajectory_people(workspace: Workspace) -> None:
    """Contacts first with their role; participants with their attendance."""
    people = workspace.projects.projects_overview(
        trajectory_uid(workspace, "klimaatdoeners")
    ).options.people
    assert [p.is_contact for p in people[:3]] == [True, True, False]
    evelien = next(p for p in people if p.name == "Evelien Peeters")
    assert evelien.contact_roles == ("Duurzaamheidsambtenaar",)
    participant = next(p for p in people if p.name == "Rudi Mertens")
    assert participant.present >= 1 and "Repaircafé Herent" in participant.lead_of
