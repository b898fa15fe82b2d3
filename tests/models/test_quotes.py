"""Quote versions: yearly numbers, new versions only on change, nothing written on bad input."""

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from models.core.enums import OrganisationKind, QuoteStatus
from models.core.errors import UserError
from models.orm import Organisation, Quote, QuoteLine, Setting, Trajectory, TrajectoryClient
from models.quotes.document import quote_document
from models.quotes.pricing import PriceOptions
from models.quotes.versions import create_quote_version, list_versions, quote_form
from models.workspace import Workspace
from tests.dutch import raises_dutch

DAY = date(2026, 11, 22)


def _trajectory(session, programme: str, *clients: tuple[str, str | None], **fields) -> Trajectory:
    trajectory = Trajectory(name=f"{programme} test", programme_key=programme, programme_version=1)
    for key, value in fields.items():
        setattr(trajectory, key, value)
    trajectory.clients = [
        TrajectoryClient(
            organisation=Organisation(
                name=name,
                kind=OrganisationKind.MUNICIPALITY,
                province=province,
                postcode="8870",
                municipality=name,
            ),
            position=index,
        )
        for index, (name, province) in enumerate(clients)
    ]
    session.add(trajectory)
    session.flush()
    return trajectory


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_quote_numbers_follow_a_yearly_sequence(database) -> None:
    """The first quotes of 2026 are 2026-001 and 2026-002; 2027 starts again at 2027-001."""
    with database.session_factory.begin() as session:
        first = _trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen"))
        second = _trajectory(session, "klimaatdoeners", ("Herent", "Vlaams-Brabant"))
        third = _trajectory(session, "klimaatdoeners", ("Leuven", "Vlaams-Brabant"))
        numbers = [
            create_quote_version(session, first.uid, today=DAY).row.number,
            create_quote_version(session, second.uid, today=DAY).row.number,
            create_quote_version(session, third.uid, today=date(2027, 1, 4)).row.number,
        ]
    assert numbers == ["2026-001", "2026-002", "2027-001"]


def test_a_changed_price_makes_a_new_version_and_supersedes_the_old(database) -> None:
    """Switching the discount off: version 2 of the same number; version 1 is kept, superseded."""
    with database.session_factory.begin() as session:
        trajectory = _trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen"))
        first = create_quote_version(session, trajectory.uid, "fase_1_2_3", today=DAY)
        options = PriceOptions(discount=False, discount_note="Niet ingetekend op de oproep")
        second = create_quote_version(session, trajectory.uid, "fase_1_2_3", options, today=DAY)
        versions = list_versions(session, trajectory.uid, DAY)
    assert first.created and second.created
    assert (second.row.number, second.row.version) == (first.row.number, 2)
    assert [(v.version, v.status) for v in versions] == [(2, "draft"), (1, "superseded")]
    assert [v.total_excl_vat_cents for v in versions] == [650_000, 325_000]


def test_nothing_changed_makes_no_new_version(database) -> None:
    """The same choices again return the current version and write nothing."""
    with database.session_factory.begin() as session:
        trajectory = _trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen"))
        first = create_quote_version(session, trajectory.uid, "fase_1", today=DAY)
        again = create_quote_version(session, trajectory.uid, "fase_1", today=DAY + timedelta(1))
        assert _count(session, Quote) == 1
    assert not again.created
    assert again.row == first.row


def test_bad_input_writes_nothing(database) -> None:
    """A typed price for a firm scope is refused before anything is stored, scope unchanged."""
    workspace = Workspace(database)
    with database.session_factory.begin() as session:
        uid = str(_trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen")).uid)
    with pytest.raises(UserError) as info:
        workspace.quotes.new_quote_version(uid, "fase_1", PriceOptions(manual_amount_cents=100_000))
    assert info.value.field == "manual_amount"
    with pytest.raises(UserError):
        workspace.quotes.new_quote_version(uid, "fase_9")
    with database.session_factory() as session:
        assert _count(session, Quote) == _count(session, QuoteLine) == 0
        assert session.scalar(select(Trajectory.scope_key)) is None


def test_the_trajectory_stop_and_working_budget_reach_the_quote(database) -> None:
    """A trajectory stopped after fase 1 is quoted € 3.500; a klimaatdoeners budget is shown."""
    with database.session_factory.begin() as session:
        stopped = _trajectory(
            session, "autodelen", ("Mechelen", "Antwerpen"), stopped_after_phase_key="fase_1"
        )
        budget = _trajectory(
            session, "klimaatdoeners", ("Herent", "Vlaams-Brabant"), working_budget_cents=500_000
        )
        row = create_quote_version(session, stopped.uid, "fase_1_2_3", today=DAY).row
        quote = create_quote_version(session, budget.uid, today=DAY).row
        document = quote_document(session, uuid.UUID(quote.uid))
    assert row.total_excl_vat_cents == 350_000
    assert quote.total_excl_vat_cents == 750_000
    assert [line.amount_cents for line in document.price.lines] == [750_000, 500_000]


def test_validity_is_30_days_unless_the_setting_says_otherwise(database) -> None:
    """Valid until 22/12/2026 by default; with the setting at 60 days until 21/01/2027."""
    with database.session_factory.begin() as session:
        trajectory = _trajectory(session, "klimaatdoeners", ("Herent", "Vlaams-Brabant"))
        assert create_quote_version(session, trajectory.uid, today=DAY).row.valid_until == date(
            2026, 12, 22
        )
        other = _trajectory(session, "klimaatdoeners", ("Leuven", "Vlaams-Brabant"))
        session.add(Setting(key="quote_validity_days", value=60))
        row = create_quote_version(session, other.uid, today=DAY).row
    assert row.valid_until == date(2027, 1, 21)


def test_the_form_proposes_the_discount_and_says_when_a_price_is_typed(database) -> None:
    """Izegem: the discount is proposed with its reason; only Fase 1+2+3 can be typed over."""
    with database.session_factory.begin() as session:
        trajectory = _trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen"))
        form = quote_form(session, trajectory.uid, DAY)
        joint = _trajectory(session, "autodelen", *((f"G{n}", "Limburg") for n in range(5)))
        joint_form = quote_form(session, joint.uid, DAY)
    assert form.discount_proposed and "West-Vlaanderen" in form.discount_reason
    assert [(s.key, s.adjustable) for s in form.scopes] == [
        ("fase_1", False),
        ("fase_1_2", False),
        ("fase_1_2_3", True),
    ]
    assert form.scope_key == "fase_1_2_3" and not form.manual_amount_required
    assert joint_form.manual_amount_required and not joint_form.discount_proposed


def test_the_document_holds_what_the_pdf_prints(database) -> None:
    """Provider, client with address, scope phases with months, conditions and the price."""
    workspace = Workspace(database)
    with database.session_factory.begin() as session:
        uid = str(_trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen")).uid)
    row = workspace.quotes.new_quote_version(uid, "fase_1_2", today=DAY).row
    document = workspace.quotes.quote_document(row.uid)
    assert document.title == "Offerte 2026-001 (versie 1)"
    assert document.provider_name == "Autodelen.net"
    assert "overheden@autodelen.net" in document.provider_lines
    assert document.clients[0].name == "Izegem" and "8870 Izegem" in document.clients[0].lines
    assert [(p.label, p.months) for p in document.phases] == [
        ("Fase 1", "maand 0–5"),
        ("Fase 2", "maand 6–7"),
    ]
    assert any("Na elke fase" in text for text in document.conditions)
    assert document.price.total_excl_vat_cents == 225_000
    assert document.included and document.municipality_tasks


def test_a_cluster_document_shows_each_share(database) -> None:
    """The shares of a split price come back from the stored lines, adding up to the total."""
    workspace = Workspace(database)
    with database.session_factory.begin() as session:
        clients = (("Herselt", "Antwerpen"), ("Hulshout", "Antwerpen"), ("Westerlo", "Antwerpen"))
        uid = str(_trajectory(session, "intergemeentelijk", *clients).uid)
    document = workspace.quotes.quote_document(workspace.quotes.ensure_quote(uid, today=DAY).uid)
    shares = document.price.shares
    assert [(s.client, s.excl_vat_cents) for s in shares] == [
        ("Herselt", 333_334),
        ("Hulshout", 333_333),
        ("Westerlo", 333_333),
    ]
    assert sum(s.incl_vat_cents for s in shares) == document.price.total_incl_vat_cents
    assert workspace.quotes.ensure_quote(uid).version == 1  # the existing version, not a new one


def test_unknown_uids_are_refused_in_dutch(database) -> None:
    """An unknown trajectory or quote code gives a message that says how to find the codes."""
    workspace = Workspace(database)
    for call in (
        workspace.quotes.quotes,
        workspace.quotes.ensure_quote,
        workspace.quotes.quote_options,
    ):
        with raises_dutch("geen traject"):
            call("00000000-0000-0000-0000-000000000000")
    with raises_dutch("geen geldige code"):
        workspace.quotes.quote_document("drieduizend")


def test_demo_data_has_one_accepted_quote_per_trajectory(demo_workspace) -> None:
    """Each demo quote went through its life (sent, then accepted by someone): Izegem € 3.250,
    two clusters € 10.000 each, the joint Leiestreek Fase 1 at € 12.500 less 50 % each."""
    workspace = demo_workspace
    totals = {}
    for row in workspace.trajectories.trajectories(DAY):
        versions = workspace.quotes.quotes(row.uid, DAY)
        assert [v.status for v in versions] == [QuoteStatus.ACCEPTED.value]
        (accepted,) = versions
        assert accepted.sent_on is not None and accepted.accepted_on is not None
        assert accepted.sent_on <= accepted.accepted_on <= DAY and accepted.accepted_by
        assert accepted.open_conditions == ()
        word = "deelnameovereenkomst" if row.programme == "buurtpunt" else "offerte"
        assert row.accepted_quote.startswith(f"{word} {accepted.number} versie 1, aanvaard op")
        totals[row.name] = accepted.total_excl_vat_cents
    assert totals == {
        "Bottom-up autodelen Izegem – wijk Kachtem": 325_000,
        "Klimaatdoeners Herent": 750_000,
        "Klimaatsamenwerking Zuiderkempen en Netevallei": 2_000_000,
        "Lerend netwerk 'ons buurtpunt' 2026–2027": 0,
        "Gezamenlijk autodelen Leiestreek": 625_000,
    }


def test_a_recalculation_keeps_the_coachs_discount_choice_and_typed_price(database) -> None:
    """€ 6.000 typed, discount off; stopped after fase 2 → € 4.153,85, after fase 1 → € 3.230,77."""
    with database.session_factory.begin() as session:
        trajectory = _trajectory(session, "autodelen", ("Izegem", "West-Vlaanderen"))
        options = PriceOptions(
            discount=False, discount_note="Op vraag van de gemeente", manual_amount_cents=600_000
        )
        create_quote_version(session, trajectory.uid, "fase_1_2_3", options, today=DAY)
        trajectory.stopped_after_phase_key = "fase_2"
        after_two = create_quote_version(session, trajectory.uid, today=DAY).row
        trajectory.stopped_after_phase_key = "fase_1"
        after_one = create_quote_version(session, trajectory.uid, today=DAY).row
    assert after_two.total_excl_vat_cents == 415_385  # 6.000 × 4.500 / 6.500
    assert after_one.total_excl_vat_cents == 323_077  # 6.000 × 3.500 / 6.500
    assert (after_two.version, after_one.version) == (2, 3)
