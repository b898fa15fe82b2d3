"""A form stored after another coach stored the same record: the dialog says so in Dutch, keeps
what was typed, and stores it over theirs only when it is stored again."""

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from desktop.people.organisation_dialog import OrganisationDialog
from desktop.projects.projects_view import ProjectsView
from models.workspace import Workspace
from tests.demo import trajectory_uid


@pytest.fixture
def other_coach(demo_workspace: Workspace) -> Iterator[Callable[[], Workspace]]:
    """A second window's workspace on the same database."""
    opened: list[Workspace] = []

    def another() -> Workspace:
        assert demo_workspace.path is not None
        opened.append(Workspace.open(demo_workspace.path, create=False))
        return opened[-1]

    yield another
    for workspace in opened:
        workspace.close()


def test_the_project_dialog_keeps_the_text_and_stores_on_a_second_ok(
    qtbot, dutch: None, demo_workspace: Workspace, other_coach: Callable[[], Workspace]
) -> None:
    """The other coach's goals stay after the first store; storing again puts the new place in."""
    view = ProjectsView()
    qtbot.addWidget(view)
    view.set_workspace(demo_workspace)
    view.show_trajectory(trajectory_uid(demo_workspace, "buurtpunt"))
    project = view.projects_model.row_at(0)
    dialog = view.project_dialog(project)
    qtbot.addWidget(dialog)
    other = other_coach()
    stored = other.projects.project(project.uid)
    from models.projects.dto import MemberInput, ProjectInput

    other.projects.update_project(
        project.uid,
        ProjectInput(
            name=stored.name,
            place=stored.place,
            goals="Doelen van de andere coach",
            functions=tuple(f.key for f in stored.functions),
            stage=stored.stage.key if stored.stage else "",
            members=tuple(MemberInput(m.person_uid, m.is_lead, m.role) for m in stored.members),
        ),
        stored.row_version,
    )
    dialog.place.setText("Kerkplein 1")
    dialog.save()
    assert dialog.result() == 0 and dialog.place.text() == "Kerkplein 1"
    assert "intussen gewijzigd" in dialog.error.text() and "Bewaar opnieuw" in dialog.error.text()
    assert demo_workspace.projects.project(project.uid).place != "Kerkplein 1"
    dialog.save()
    assert dialog.result() == 1
    assert demo_workspace.projects.project(project.uid).place == "Kerkplein 1"


def test_the_organisation_dialog_never_drops_notes_or_another_coachs_change(
    qtbot, dutch: None, demo_workspace: Workspace, other_coach: Callable[[], Workspace]
) -> None:
    """Notes the dialog does not show survive an edit; a change stored meanwhile is reported."""
    organisations = demo_workspace.organisations
    row = next(o for o in demo_workspace.people.organisations() if o.kind != "municipality")
    form = organisations.organisation_form(row.uid)
    organisations.update_organisation(
        row.uid, replace(form, notes="Sleutel bij de buren", phone="050 12 34 00")
    )
    dialog = OrganisationDialog(demo_workspace, row.uid)
    qtbot.addWidget(dialog)
    other = other_coach()
    theirs = other.organisations.organisation_form(row.uid)
    other.organisations.update_organisation(row.uid, replace(theirs, website="ander.example"))
    dialog.phone.setText("050 12 34 56")
    dialog.accept()
    assert dialog.result() == 0 and "intussen gewijzigd" in dialog.error.text()
    assert organisations.organisation_form(row.uid).website == "ander.example"
    dialog.accept()
    assert dialog.result() == 1
    stored = organisations.organisation_form(row.uid)
    assert stored.phone == "+32 50 12 34 56" and stored.notes == "Sleutel bij de buren"
