"""Partners with a category from seed 001, their engagement and contact; ambassadors; coverage."""

from datetime import date

import pytest

from models.partners.dto import NewContact, PartnerInput
from models.workspace import Workspace
from tests.demo import trajectory_uid
from tests.dutch import raises_dutch

DAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    return demo_workspace


def test_coverage_lists_every_category_of_the_guidance(workspace: Workspace) -> None:
    """All eleven categories of seed 001 in order; Izegem covers some, the rest are open."""
    overview = workspace.partners.partners_overview(trajectory_uid(workspace, "autodelen"))
    assert len(overview.coverage) == 11
    assert overview.coverage[0].name == "Natuur- en milieuverenigingen"
    assert overview.coverage[0].examples == ("VELT", "Natuurpunt", "Oxfam")
    wijk = next(c for c in overview.coverage if c.key == "wijkactoren")
    assert wijk.covered and wijk.deepest == "cooperates"
    assert overview.covered_count + len(overview.uncovered) == 11
    assert "jeugdbewegingen" in [c.key for c in overview.uncovered]


def test_a_partner_is_added_with_a_new_contact_person(workspace: Workspace) -> None:
    """Chiro Kachtem covers youth movements; its leader becomes a known person."""
    uid = trajectory_uid(workspace, "autodelen")
    workspace.partners.create_partner(
        uid,
        PartnerInput(
            name=" Chiro  Kachtem ",
            category_key="jeugdbewegingen",
            engagement="communicates",
            new_contact=NewContact("Lien", "Verhelst", "lien@chiro.example.be", "0470 11 22 33"),
            activities="Flyers op het ouderfeest.",
        ),
    )
    overview = workspace.partners.partners_overview(uid)
    chiro = next(p for p in overview.partners if p.name == "Chiro Kachtem")
    assert chiro.category_name == "Jeugdbewegingen" and chiro.contact_name == "Lien Verhelst"
    assert chiro.contact_email == "lien@chiro.example.be"
    assert "jeugdbewegingen" not in [c.key for c in overview.uncovered]
    person = next(p for p in overview.people if p.name == "Lien Verhelst")
    assert person.partner_of == ("Chiro Kachtem",)


def test_a_known_email_reuses_the_person(workspace: Workspace) -> None:
    """Typing the address of someone known links that person instead of a duplicate."""
    uid = trajectory_uid(workspace, "klimaatdoeners")
    workspace.partners.create_partner(
        uid,
        PartnerInput(
            name="Natuurpunt Herent",
            category_key="natuur_en_milieu",
            new_contact=NewContact("H.", "Van Roey", "HILDE.VANROEY@example.org"),
        ),
    )
    overview = workspace.partners.partners_overview(uid)
    assert [p.name for p in overview.people].count("Hilde Van Roey") == 1
    assert next(p for p in overview.partners if p.name == "Natuurpunt Herent").contact_name == (
        "Hilde Van Roey"
    )


def test_editing_and_deleting_a_partner(workspace: Workspace) -> None:
    uid = trajectory_uid(workspace, "klimaatdoeners")
    partner = workspace.partners.partners_overview(uid).partners[0]
    workspace.partners.update_partner(
        partner.uid,
        PartnerInput(name=partner.name, category_key="gemeente", engagement="cooperates"),
    )
    changed = next(
        p for p in workspace.partners.partners_overview(uid).partners if p.uid == partner.uid
    )
    assert changed.category_key == "gemeente" and changed.contact_name == ""
    workspace.partners.delete_partner(partner.uid)
    assert all(p.uid != partner.uid for p in workspace.partners.partners_overview(uid).partners)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (PartnerInput(name="  ", category_key="scholen"), "name", "Geef de naam"),
        (PartnerInput(name="Velt herent", category_key="scholen"), "name", "al partner"),
        (PartnerInput(name="X", category_key="sportclubs"), "category", "Kies de soort"),
        (PartnerInput(name="X", category_key="scholen", engagement="veel"), "engagement", "Kies"),
        (
            PartnerInput(name="X", category_key="scholen", new_contact=NewContact("", "")),
            "contact",
            "naam van de contactpersoon",
        ),
        (
            PartnerInput(name="X", category_key="scholen", new_contact=NewContact("A", "", "a@")),
            None,
            None,
        ),
        (
            PartnerInput(
                name="X", category_key="scholen", new_contact=NewContact("A", "", "geen mail")
            ),
            "contact_email",
            "geen e-mailadres",
        ),
        (
            PartnerInput(name="X", category_key="scholen", contact_person_uid="123"),
            None,
            "geen geldige code",
        ),
    ],
)
def test_bad_partner_input_is_refused_and_nothing_is_stored(
    workspace: Workspace, data: PartnerInput, field: str | None, message: str | None
) -> None:
    uid = trajectory_uid(workspace, "klimaatdoeners")
    before = workspace.partners.partners_overview(uid)
    if message is None:  # "a@" passes the light check: an address is the coach's to judge
        workspace.partners.create_partner(uid, data)
        return
    with raises_dutch(message) as caught:
        workspace.partners.create_partner(uid, data)
    assert caught.value.field == field
    after = workspace.partners.partners_overview(uid)
    assert len(after.partners) == len(before.partners) and len(after.people) == len(before.people)


def test_ambassadors_are_people_of_the_trajectory(workspace: Workspace) -> None:
    """Marking and unmarking; a person is an ambassador once, however often marked."""
    uid = trajectory_uid(workspace, "buurtpunt")
    assert workspace.partners.partners_overview(uid).ambassadors == ()
    person = workspace.partners.partners_overview(uid).people[0]
    workspace.partners.set_ambassador(uid, person.uid, True)
    workspace.partners.set_ambassador(uid, person.uid, True)
    overview = workspace.partners.partners_overview(uid)
    assert [a.uid for a in overview.ambassadors] == [person.uid]
    workspace.partners.set_ambassador(uid, person.uid, False)
    assert workspace.partners.partners_overview(uid).ambassadors == ()
    with raises_dutch("bestaat niet"):
        workspace.partners.set_ambassador(uid, "00000000-0000-0000-0000-000000000001", True)


def test_demo_izegem_has_ambassadors_and_partner_contacts(workspace: Workspace) -> None:
    overview = workspace.partners.partners_overview(trajectory_uid(workspace, "autodelen"))
    assert {a.name for a in overview.ambassadors} == {
        "Marc D'hondt",
        "Koen Vermeersch",
        "Griet de Smet",
    }
    wijk = next(p for p in overview.partners if p.name == "Wijkcomité Kachtem")
    assert wijk.contact_name == "Marc D'hondt" and wijk.is_ambassador
