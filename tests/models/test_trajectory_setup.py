"""Creating a trajectory: programme, clients, contacts, and refusals with a Dutch message."""

from datetime import date

import pytest

from models.core.errors import UserError
from models.trajectories.setup import (
    ClientInput,
    ContactInput,
    NewTrajectory,
    municipality_choices,
)
from models.workspace import Workspace
from tests.dutch import raises_dutch


@pytest.fixture
def workspace(db_path) -> Workspace:
    workspace = Workspace.open(db_path)
    yield workspace
    workspace.close()


def _izegem() -> str:
    return next(c.nis_code for c in municipality_choices("Izegem") if c.name == "Izegem")


def test_search_by_postcode_tells_the_province_and_the_discount() -> None:
    """Typing a postcode finds the municipality, its province and the provincial discount."""
    choices = municipality_choices("8870", "autodelen")
    izegem = next(c for c in choices if c.name == "Izegem")
    assert izegem.province == "West-Vlaanderen"
    assert izegem.discount_hint == "50 % korting mogelijk"
    leuven = next(c for c in municipality_choices("Leuven", "autodelen") if c.name == "Leuven")
    assert leuven.discount_hint == ""


def test_create_autodelen_trajectory_with_contacts(workspace: Workspace) -> None:
    """A new autodelen trajectory for Izegem starts in intake with its contact persons."""
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory(
            programme_key="autodelen",
            client_option_key="gemeente",
            clients=(ClientInput(nis_code=_izegem()),),
            contacts=(
                ContactInput("Sarah", "Vandenbussche", "Lokale trekker", "Sarah@Izegem.example.be"),
            ),
        )
    )
    detail = workspace.trajectories.trajectory(uid)
    assert detail.row.clients == ("Izegem",)
    assert detail.row.status == "intake"
    assert detail.contacts == (("Sarah Vandenbussche", "Lokale trekker"),)
    assert detail.phases == ()  # no start date yet: nothing planned


def test_start_date_lays_out_the_plan(workspace: Workspace) -> None:
    """With a start date the phases of the programme are dated at once."""
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory(
            "autodelen",
            "gemeente",
            (ClientInput(nis_code=_izegem()),),
            start_date=date(2027, 1, 15),
        )
    )
    phases = workspace.trajectories.trajectory(uid).phases
    assert [p.label for p in phases] == ["Fase 1", "Fase 2", "Fase 3"]
    assert phases[0].planned_start == date(2027, 1, 15)


def test_cluster_needs_at_least_two_municipalities(workspace: Workspace) -> None:
    """A cluster of one municipality is refused with what to do; nothing is stored."""
    with raises_dutch("minstens 2") as info:
        workspace.trajectories.create_trajectory(
            NewTrajectory("intergemeentelijk", "cluster", (ClientInput(nis_code=_izegem()),))
        )
    assert info.value.field == "clients"
    assert workspace.trajectories.trajectories() == []


def test_single_municipality_programme_refuses_two(workspace: Workspace) -> None:
    """Klimaatdoeners is for one municipality: two are refused."""
    herent = municipality_choices("Herent")[0].nis_code
    with raises_dutch("Verwijder er"):
        workspace.trajectories.create_trajectory(
            NewTrajectory(
                "klimaatdoeners",
                "gemeente",
                (ClientInput(nis_code=_izegem()), ClientInput(nis_code=herent)),
            )
        )


def test_unknown_municipality_code_is_refused(workspace: Workspace) -> None:
    """A municipality that is not in the official list is refused."""
    with raises_dutch("niet in de lijst van Belgische gemeenten"):
        workspace.trajectories.create_trajectory(
            NewTrajectory("autodelen", "gemeente", (ClientInput(nis_code="99999"),))
        )


def test_bad_contact_email_is_refused_and_nothing_stored(workspace: Workspace) -> None:
    """A contact with a broken e-mail address stops the creation; nothing half-written."""
    with raises_dutch("geen geldig e-mailadres"):
        workspace.trajectories.create_trajectory(
            NewTrajectory(
                "autodelen",
                "gemeente",
                (ClientInput(nis_code=_izegem()),),
                contacts=(ContactInput("Jan", "Peeters", email="jan.peeters@"),),
            )
        )
    assert workspace.trajectories.trajectories() == []
    assert workspace.people.all_people() == []


def test_network_of_local_groups(workspace: Workspace) -> None:
    """A learning network is made of local organisations, each with its place."""
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory(
            "buurtpunt",
            "lerend_netwerk",
            (
                ClientInput(
                    name="Dorpsraad Kieldrecht",
                    kind="neighbourhood_committee",
                    place="Beveren-Kruibeke-Zwijndrecht",
                ),
                ClientInput(
                    name="Buurtwerking Rieme", kind="neighbourhood_committee", place="Evergem"
                ),
            ),
        )
    )
    assert workspace.trajectories.trajectory(uid).arrangement == "network"


def test_joint_autodelen_trajectory_from_five_municipalities(workspace: Workspace) -> None:
    """Five municipalities together make a joint autodelen trajectory (price on request)."""
    names = ["Izegem", "Roeselare", "Ingelmunster", "Lendelede", "Kuurne"]
    clients = tuple(
        ClientInput(nis_code=next(c.nis_code for c in municipality_choices(n) if c.name == n))
        for n in names
    )
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", "gezamenlijk", clients)
    )
    assert workspace.trajectories.trajectory(uid).arrangement == "joint"


def test_an_association_is_refused_for_a_programme_meant_for_municipalities(
    workspace: Workspace,
) -> None:
    """Autodelen is for a municipality: an association is refused with the reason, unstored."""
    with pytest.raises(UserError) as caught:
        workspace.trajectories.create_trajectory(
            NewTrajectory(
                "autodelen",
                "gemeente",
                (ClientInput(name="Velt Izegem", kind="association", place="Izegem"),),
            )
        )
    assert caught.value.field == "clients"
    assert "meant for municipalities" in caught.value.text
    assert caught.value.params["name"] == "Velt Izegem"
    assert workspace.trajectories.trajectories() == []


def _nis(name: str) -> str:
    return next(c.nis_code for c in municipality_choices(name) if c.name == name)


def test_a_trajectory_can_hold_several_clusters(workspace: Workspace) -> None:
    """Two clusters of neighbours: each holds its own start meeting, named after it."""
    clients = tuple(
        ClientInput(nis_code=_nis(name), cluster=cluster)
        for name, cluster in (
            ("Herselt", "Zuiderkempen"),
            ("Hulshout", "Zuiderkempen"),
            ("Grobbendonk", "Netevallei"),
            ("Vorselaar", "Netevallei"),
        )
    )
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory("intergemeentelijk", "cluster", clients, start_date=date(2027, 2, 1))
    )
    plan = workspace.planning.plan(uid)
    starts = [r.name for r in plan.rows if r.kind == "session" and "Startoverleg" in r.name]
    assert starts == [
        "Startoverleg cluster: werving, plan van aanpak en timing – Zuiderkempen",
        "Startoverleg cluster: werving, plan van aanpak en timing – Netevallei",
    ]


def test_a_cluster_of_one_is_refused(workspace: Workspace) -> None:
    """A cluster needs at least two neighbours; the message names the cluster."""
    clients = (
        ClientInput(nis_code=_nis("Herselt"), cluster="Zuiderkempen"),
        ClientInput(nis_code=_nis("Hulshout"), cluster="Zuiderkempen"),
        ClientInput(nis_code=_nis("Grobbendonk"), cluster="Netevallei"),
    )
    with pytest.raises(UserError) as caught:
        workspace.trajectories.create_trajectory(
            NewTrajectory("intergemeentelijk", "cluster", clients)
        )
    assert caught.value.params["name"] == "Netevallei"
    assert workspace.trajectories.trajectories() == []


def test_clusters_are_refused_where_the_programme_has_none(workspace: Workspace) -> None:
    """Autodelen knows no clusters: a cluster name is refused rather than silently dropped."""
    clients = tuple(
        ClientInput(nis_code=_nis(n), cluster="West")
        for n in ("Izegem", "Roeselare", "Ingelmunster", "Lendelede", "Kuurne")
    )
    with pytest.raises(UserError) as caught:
        workspace.trajectories.create_trajectory(NewTrajectory("autodelen", "gezamenlijk", clients))
    assert "does not work with clusters" in caught.value.text
