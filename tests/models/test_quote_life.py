"""A quote's life and the booked scope: sent, accepted (locked), declined, expired; the plan
follows what was accepted."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.quotes.pricing_data import PriceOptions
from models.trajectories.setup import ClientInput, NewTrajectory, municipality_choices
from models.workspace import Workspace

MADE = date(2026, 11, 2)
TODAY = date(2026, 11, 23)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "life.sqlite")
    yield workspace
    workspace.close()


def _nis(name: str) -> str:
    return next(c.nis_code for c in municipality_choices(name) if c.name == name)


def _herent(workspace: Workspace, start: date = date(2027, 1, 11)) -> str:
    """Autodelen for Herent (Vlaams-Brabant: no discount), planned from `start`."""
    return workspace.trajectories.create_trajectory(
        NewTrajectory(
            "autodelen", "gemeente", (ClientInput(nis_code=_nis("Herent")),), start_date=start
        )
    )


def test_draft_sent_accepted_books_the_scope(workspace: Workspace) -> None:
    """Fase 1 made, sent on the 4th, accepted on the 16th by the schepen: the trajectory shows
    that version, and the plan books Fase 1 only."""
    uid = _herent(workspace)
    row = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    assert (row.status, row.total_excl_vat_cents) == ("draft", 350_000)
    sent = workspace.quotes.mark_quote_sent(row.uid, "04/11/2026", today=TODAY)
    assert (sent.status, sent.sent_on) == ("sent", date(2026, 11, 4))
    accepted = workspace.quotes.accept_quote(
        row.uid, date(2026, 11, 16), "  Ann  Peeters, schepen ", today=TODAY
    )
    assert (accepted.status, accepted.accepted_by) == ("accepted", "Ann Peeters, schepen")
    detail = workspace.trajectories.trajectory(uid, TODAY)
    assert detail.row.accepted_quote == (f"offerte {row.number} versie 1, aanvaard op 16/11/2026")
    assert detail.row.status == "planned"
    plan = workspace.planning.plan(uid, TODAY)
    assert [(r.label, r.booked) for r in plan.rows if r.kind == "phase"] == [
        ("Fase 1", True),
        ("Fase 2", False),
        ("Fase 3", False),
    ]
    assert plan.booked_scope == "Fase 1"
    assert plan.unbooked_phases == ("Fase 2 Eerste infosessie", "Fase 3 Tweede vibe")


def test_an_accepted_version_is_locked_and_an_extension_plans_the_later_phases(
    workspace: Workspace,
) -> None:
    """After Fase 1 is accepted, Fase 1+2 is a new draft: the accepted version stays accepted
    and the plan keeps Fase 2 unbooked until the extension is accepted in its turn."""
    uid = _herent(workspace)
    first = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    workspace.quotes.accept_quote(first.uid, MADE, "College van burgemeester", today=TODAY)
    extension = workspace.quotes.new_quote_version(uid, "fase_1_2", today=TODAY).row
    assert extension.version == 2 and extension.status == "draft"
    versions = {v.version: v.status for v in workspace.quotes.quotes(uid, TODAY)}
    assert versions == {1: "accepted", 2: "draft"}
    assert workspace.quotes.quote_options(uid, TODAY).accepted.version == 1  # type: ignore[union-attr]
    with pytest.raises(UserError) as error:
        workspace.quotes.mark_quote_sent(first.uid, TODAY, today=TODAY)
    assert "locked" in error.value.text
    booked = [r.booked for r in workspace.planning.plan(uid, TODAY).rows if r.kind == "phase"]
    assert booked == [True, False, False]
    workspace.quotes.accept_quote(extension.uid, TODAY, "College van burgemeester", today=TODAY)
    versions = {v.version: v.status for v in workspace.quotes.quotes(uid, TODAY)}
    assert versions == {1: "superseded", 2: "accepted"}
    booked = [r.booked for r in workspace.planning.plan(uid, TODAY).rows if r.kind == "phase"]
    assert booked == [True, True, False]


def test_a_version_past_its_validity_expires(workspace: Workspace) -> None:
    """Sent on the day it was made and not answered in 30 days: it reads 'expired', cannot be
    accepted, and the same price again makes a new version with new dates."""
    uid = _herent(workspace)
    row = workspace.quotes.new_quote_version(uid, "fase_1", today=date(2026, 9, 1)).row
    workspace.quotes.mark_quote_sent(row.uid, date(2026, 9, 1), today=TODAY)
    assert workspace.quotes.quotes(uid, TODAY)[0].status == "expired"
    assert workspace.quotes.quotes(uid, date(2026, 9, 30))[0].status == "sent"
    with pytest.raises(UserError) as error:
        workspace.quotes.accept_quote(row.uid, TODAY, "Schepen", today=TODAY)
    assert error.value.field == "accepted_on" and "too late" in error.value.text
    renewed = workspace.quotes.new_quote_version(uid, "fase_1", today=TODAY)
    assert renewed.created and renewed.row.version == 2
    assert renewed.row.valid_until == TODAY + timedelta(days=30)


def test_a_declined_version_stays_and_the_accepted_one_stays_booked(
    workspace: Workspace,
) -> None:
    """The extension to Fase 1+2+3 is declined: Fase 1 stays the booked scope."""
    uid = _herent(workspace)
    first = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    workspace.quotes.accept_quote(first.uid, MADE, "Schepen", today=TODAY)
    wider = workspace.quotes.new_quote_version(uid, "fase_1_2_3", today=TODAY).row
    declined = workspace.quotes.decline_quote(wider.uid, TODAY, "Geen budget in 2027")
    assert declined.status == "declined" and declined.declined_on == TODAY
    assert workspace.planning.plan(uid, TODAY).booked_scope == "Fase 1"
    with pytest.raises(UserError):
        workspace.quotes.accept_quote(wider.uid, TODAY, "Schepen", today=TODAY)


@pytest.mark.parametrize(
    ("day", "by", "field"),
    [
        (TODAY + timedelta(days=1), "Schepen", "accepted_on"),  # in the future
        (MADE - timedelta(days=1), "Schepen", "accepted_on"),  # before it was made
        (TODAY, "   ", "accepted_by"),  # nobody
    ],
)
def test_a_wrong_acceptance_changes_nothing(
    workspace: Workspace, day: date, by: str, field: str
) -> None:
    """A wrong date or no name is refused at its field; the version stays a draft."""
    uid = _herent(workspace)
    row = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    with pytest.raises(UserError) as error:
        workspace.quotes.accept_quote(row.uid, day, by, today=TODAY)
    assert error.value.field == field
    assert workspace.quotes.quotes(uid, MADE)[0].status == "draft"
    assert workspace.trajectories.trajectory(uid, TODAY).row.accepted_quote == ""


def test_a_price_on_request_cannot_be_accepted(workspace: Workspace) -> None:
    """A joint trajectory without its agreed price is sent as 'op aanvraag', not accepted."""
    clients = tuple(
        ClientInput(nis_code=_nis(n))
        for n in ("Wielsbeke", "Dentergem", "Oostrozebeke", "Zulte", "Deinze")
    )
    uid = workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", "gezamenlijk", clients)
    )
    row = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    assert row.price_on_request
    with pytest.raises(UserError, match="price on request"):
        workspace.quotes.accept_quote(row.uid, TODAY, "Schepen", today=TODAY)
    agreed = workspace.quotes.new_quote_version(
        uid, "fase_1", PriceOptions(manual_amount_cents=1_250_000), today=TODAY
    ).row
    accepted = workspace.quotes.accept_quote(agreed.uid, TODAY, "De vijf colleges", today=TODAY)
    assert accepted.total_excl_vat_cents == 625_000  # € 2.500 each, less 50 % each


def test_a_quote_made_before_the_conditions_are_met_says_so(workspace: Workspace) -> None:
    """An empty intake: the version keeps the open conditions and its document prints them."""
    uid = _herent(workspace)
    row = workspace.quotes.new_quote_version(uid, "fase_1", today=MADE).row
    assert "De gemeente kan de nodige budgetten vrijmaken." in row.open_conditions
    document = workspace.quotes.quote_document(row.uid)
    assert document.open_conditions == row.open_conditions
    form = workspace.quotes.quote_options(uid, TODAY)
    assert form.open_conditions == row.open_conditions


def test_the_overview_leaves_out_what_is_not_booked(demo_workspace: Workspace) -> None:
    """Leiestreek booked Fase 1: its kennismakingsoverleg is coming, its infosessies (Fase 2)
    are in nobody's due list; Izegem's, fully booked, are."""
    today = date(2026, 11, 22)
    coming = demo_workspace.overview.agenda(today, days=400).coming
    joint = [i.title for i in coming if i.trajectory_name == "Gezamenlijk autodelen Leiestreek"]
    assert "Kennismakingsoverleg" in joint
    assert not any(title.startswith("Infosessie") for title in joint)
    assert not any(title.startswith("Persmoment") for title in joint)
    izegem = [i.title for i in coming if i.trajectory_name.startswith("Bottom-up autodelen")]
    assert any(title.startswith("Infosessie") or "infosessie" in title for title in izegem)


def test_an_overridden_discount_prints_its_reason(workspace: Workspace) -> None:
    """Izegem without its 50 %: the version keeps the coach's reason and the document prints it."""
    izegem = workspace.trajectories.create_trajectory(
        NewTrajectory("autodelen", "gemeente", (ClientInput(nis_code=_nis("Izegem")),))
    )
    options = PriceOptions(discount=False, discount_note="De gemeente tekende niet in")
    row = workspace.quotes.new_quote_version(izegem, "fase_1", options, today=MADE).row
    assert row.total_excl_vat_cents == 350_000
    notes = workspace.quotes.quote_document(row.uid).price_notes
    assert "Afwijking van de kortingsregel: De gemeente tekende niet in" in notes
    assert "Dit is een vaste prijs, excl. btw." in notes
    again = workspace.quotes.new_quote_version(izegem, "fase_1", today=TODAY)  # carried over
    assert not again.created and again.row.uid == row.uid
