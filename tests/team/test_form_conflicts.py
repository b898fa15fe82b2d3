"""Two coaches with the same project, partner or organisation open in a form: the one who stores
second is told, and nothing of the first coach's change is lost."""

from collections.abc import Callable
from dataclasses import replace

import pytest

from models.core.errors import EditConflict
from models.partners.dto import PartnerInput
from models.projects.dto import MemberInput, ProjectInput, ProjectSummary
from models.workspace import Workspace
from tests.demo import trajectory_uid


@pytest.fixture
def two_coaches(demo_copy: Callable[..., Workspace]) -> tuple[Workspace, Workspace]:
    """Two coaches on one database (a server, or the same file), each with their own window."""
    first = demo_copy()
    url = first.database.engine.url.render_as_string(hide_password=False)
    second = Workspace.open(first.path or url, create=False)
    yield first, second  # type: ignore[misc]
    second.close()


def _form(project: ProjectSummary, **changes: object) -> ProjectInput:
    data = ProjectInput(
        name=project.name,
        place=project.place,
        goals=project.goals,
        functions=tuple(f.key for f in project.functions),
        stage=project.stage.key if project.stage else "",
        members=tuple(MemberInput(m.person_uid, m.is_lead, m.role) for m in project.members),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_a_project_stored_by_another_coach_first_is_not_overwritten(
    two_coaches: tuple[Workspace, Workspace],
) -> None:
    """The second coach's form is refused; stored again knowingly, it goes in."""
    first, second = two_coaches
    uid = trajectory_uid(first, "buurtpunt")
    mine = first.projects.projects_overview(uid).projects[0]
    theirs = second.projects.project(mine.uid)
    first.projects.update_project(mine.uid, _form(mine, stage="actieplan"), mine.row_version)
    with pytest.raises(EditConflict) as conflict:
        second.projects.update_project(
            mine.uid, _form(theirs, place="Kerkplein 1"), theirs.row_version
        )
    stored = first.projects.project(mine.uid)
    assert stored.stage is not None and stored.stage.key == "actieplan"
    assert stored.place != "Kerkplein 1"
    assert conflict.value.stored_version == stored.row_version
    second.projects.update_project(
        mine.uid, _form(theirs, place="Kerkplein 1"), conflict.value.stored_version
    )
    assert first.projects.project(mine.uid).place == "Kerkplein 1"


def test_changing_only_a_projects_members_tells_the_other_form(
    two_coaches: tuple[Workspace, Workspace],
) -> None:
    """A trekker added by one coach is a change the other coach's open form is told about."""
    first, second = two_coaches
    uid = trajectory_uid(first, "buurtpunt")
    overview = first.projects.projects_overview(uid)
    project = overview.projects[0]
    newcomer = next(
        p for p in overview.options.people if p.uid not in {m.person_uid for m in project.members}
    )
    members = (*_form(project).members, MemberInput(newcomer.uid, True, "trekker"))
    first.projects.update_project(project.uid, _form(project, members=members), project.row_version)
    with pytest.raises(EditConflict):
        second.projects.update_project(project.uid, _form(project), project.row_version)
    assert newcomer.name in first.projects.project(project.uid).leads


def test_a_partner_stored_by_another_coach_first_is_not_overwritten(
    two_coaches: tuple[Workspace, Workspace],
) -> None:
    """The first coach's engagement stays; the second coach's activities wait for a new OK."""
    first, second = two_coaches
    uid = trajectory_uid(first, "klimaatdoeners")
    partner = first.partners.partners_overview(uid).partners[0]
    form = PartnerInput(
        name=partner.name,
        category_key=partner.category_key,
        engagement=partner.engagement,
        contact_person_uid=partner.contact_person_uid,
        is_ambassador=partner.is_ambassador,
        activities=partner.activities,
    )
    first.partners.update_partner(
        partner.uid, replace(form, engagement="cooperates"), partner.row_version
    )
    with pytest.raises(EditConflict):
        second.partners.update_partner(
            partner.uid, replace(form, activities="Standje op de markt"), partner.row_version
        )
    stored = next(p for p in first.partners.partners_overview(uid).partners if p.uid == partner.uid)
    assert stored.engagement == "cooperates" and stored.activities == partner.activities


def test_an_organisation_stored_by_another_coach_first_is_not_overwritten(
    two_coaches: tuple[Workspace, Workspace],
) -> None:
    """The form read before the other coach's change is refused and changes nothing."""
    first, second = two_coaches
    row = next(o for o in first.people.organisations() if o.kind != "municipality")
    mine, theirs = (
        first.organisations.organisation_form(row.uid),
        (second.organisations.organisation_form(row.uid)),
    )
    first.organisations.update_organisation(row.uid, replace(mine, phone="050 12 34 56"))
    with pytest.raises(EditConflict):
        second.organisations.update_organisation(row.uid, replace(theirs, website="x.example"))
    stored = first.organisations.organisation_form(row.uid)
    assert stored.phone == "+32 50 12 34 56" and stored.website == theirs.website
