"""The four seed programmes as data: phases, sessions, prices, conditions, partners."""

from decimal import Decimal

import pytest
from pydantic import ValidationError

from models.programmes import (
    ClientKind,
    Programme,
    ProgrammeError,
    SessionKind,
    get_programme,
    load_engagement_levels,
    load_partner_categories,
    load_programmes,
)
from tests.dutch import raises_dutch


@pytest.fixture(scope="module")
def programmes() -> dict[str, Programme]:
    return load_programmes()


# ---------------------------------------------------------------- loading


def test_default_folder_holds_the_four_seed_programmes(programmes: dict[str, Programme]) -> None:
    """The shipped folder defines autodelen, klimaatdoeners, intergemeentelijk and buurtpunt."""
    assert set(programmes) == {"autodelen", "klimaatdoeners", "intergemeentelijk", "buurtpunt"}
    assert all(key == programme.key for key, programme in programmes.items())


def test_default_folder_is_read_once() -> None:
    """Loading the shipped folder twice gives the same objects, and callers cannot spoil it."""
    first = load_programmes()
    first.pop("autodelen")
    second = load_programmes()
    assert "autodelen" in second
    assert second["buurtpunt"] is load_programmes()["buurtpunt"]


def test_get_programme_finds_by_key_and_explains_an_unknown_key() -> None:
    """get_programme returns a programme, or a Dutch error listing the programmes that exist."""
    assert get_programme("klimaatdoeners").provider.name == "Ecolife"
    with raises_dutch(r"'zonnepanelen' bestaat niet.*autodelen", ProgrammeError):
        get_programme("zonnepanelen")


def test_programmes_are_immutable(programmes: dict[str, Programme]) -> None:
    """A loaded programme cannot be changed by accident."""
    with pytest.raises(ValidationError):
        programmes["autodelen"].name = "Iets anders"  # type: ignore[misc]


def test_every_agenda_adds_up_and_every_amount_is_decimal(
    programmes: dict[str, Programme],
) -> None:
    """All agendas fill their session exactly, and all money is Decimal, never float."""
    for programme in programmes.values():
        for template in programme.session_templates:
            assert sum(b.minutes for b in template.agenda) == template.duration_minutes
        amounts = [s.amount for s in programme.pricing.scopes] + [programme.pricing.amount]
        assert all(isinstance(a, Decimal) for a in amounts if a is not None)
        assert programme.pricing.vat_rate == Decimal("21")


# ---------------------------------------------------------------- autodelen (seed 000)


def test_autodelen_plan_runs_from_month_0_to_12_in_three_phases(
    programmes: dict[str, Programme],
) -> None:
    """Fase 1 is months 0-5, Fase 2 months 6-7, Fase 3 months 8-12 with open-ended support."""
    autodelen = programmes["autodelen"]
    assert [(p.number, p.start_month, p.end_month) for p in autodelen.phases] == [
        (1, 0, 5),
        (2, 6, 7),
        (3, 8, 12),
    ]
    activities = {a.key: a for p in autodelen.phases for a in p.activities}
    months = {key: (a.start_month, a.end_month) for key, a in activities.items()}
    assert months["kennismakingsoverleg"] == (0, 0)
    assert months["ambassadeursnetwerk"] == (1, 1)
    assert months["communicatieplan_uitvoeren"] == (2, 5)
    assert months["infosessie"] == (6, 6)
    assert months["vervolgbijeenkomst"] == (7, 7) and activities["vervolgbijeenkomst"].optional
    assert months["lancering"] == (8, 8) and months["tweede_vibe"] == (8, 10)
    assert months["evaluatie"] == (12, 12)
    assert activities["ondersteuning_ambassadeurs"].open_ended
    assert autodelen.duration_months == 13


def test_autodelen_sessions_follow_the_months(programmes: dict[str, Programme]) -> None:
    """Kennismaking in month 0, infosessie in 6, optional follow-up in 7, press in 8."""
    autodelen = programmes["autodelen"]
    months = {t.key: (t.kind, t.month, t.optional) for t in autodelen.session_templates}
    assert months["kennismakingsoverleg"] == (SessionKind.KENNISMAKINGSOVERLEG, 0, False)
    assert months["infosessie"] == (SessionKind.INFOSESSIE, 6, False)
    assert months["vervolgbijeenkomst"] == (SessionKind.VERVOLGBIJEENKOMST, 7, True)
    assert months["persmoment"] == (SessionKind.PERSMOMENT, 8, False)
    assert months["evaluatie"] == (SessionKind.EVALUATIE, 12, False)
    infomomenten = [t for t in autodelen.session_templates if t.kind is SessionKind.INFOSESSIE]
    assert len(infomomenten) == 3  # "een spreker bij drie infomomenten"


def test_autodelen_scopes_are_3500_4500_6500(programmes: dict[str, Programme]) -> None:
    """Fase 1, 1+2 and 1+2+3 cost 3.500, 4.500 and 6.500 EUR; the last is a richtprijs."""
    pricing = programmes["autodelen"].pricing
    assert pricing.model == "cumulative_scopes"
    assert [(s.phases, s.amount) for s in pricing.scopes] == [
        (("fase_1",), Decimal("3500.00")),
        (("fase_1", "fase_2"), Decimal("4500.00")),
        (("fase_1", "fase_2", "fase_3"), Decimal("6500.00")),
    ]
    assert [s.indicative for s in pricing.scopes] == [False, False, True]
    assert pricing.scope_for({"fase_1", "fase_2"}) == pricing.scopes[1]


def test_autodelen_first_meeting_has_five_items_and_three_attendees(
    programmes: dict[str, Programme],
) -> None:
    """The kennismakingsoverleg has the seed's 5 agenda items and its 3 minimum attendees."""
    autodelen = programmes["autodelen"]
    meeting = autodelen.first_meeting
    assert [i.key for i in meeting.items] == [
        "introductie",
        "ambities",
        "potentieel",
        "verwachtingen",
        "timing",
    ]
    potential = meeting.items[2]
    assert "kernen/wijken" in potential.title
    assert potential.area_selection is not None and potential.area_selection.choose_count == 1
    template = autodelen.session_template(meeting.session_template)
    assert template is not None
    attendees = " | ".join(template.minimum_attendees)
    assert len(template.minimum_attendees) == 3
    for role in ("trekker van het autodeelbeleid", "dienst samenleven", "Autodelen.net"):
        assert role in attendees
    numbered = [b.title for b in template.agenda if b.title[0].isdigit()]
    assert [t[:2] for t in numbered] == ["1.", "2.", "3.", "4.", "5."]


def test_autodelen_discount_is_half_in_west_and_oost_vlaanderen(
    programmes: dict[str, Programme],
) -> None:
    """Municipalities in West- and Oost-Vlaanderen get 50%, with the reason for the quote."""
    pricing = programmes["autodelen"].pricing
    for province in ("West-Vlaanderen", "Oost-Vlaanderen"):
        discount = pricing.discount_for(province)
        assert discount is not None and discount.percent == Decimal("50")
        assert province in discount.reason
    assert pricing.discount_for("Antwerpen") is None
    assert pricing.discount_for(None) is None


def test_autodelen_stop_rule_and_joint_trajectory(programmes: dict[str, Programme]) -> None:
    """Either party may stop after each phase; from 5 municipalities a joint offer on request."""
    autodelen = programmes["autodelen"]
    stop_rule = autodelen.pricing.stop_rule
    assert stop_rule is not None and stop_rule.after_each_phase
    assert stop_rule.text == (
        "Na elke fase kunnen beide partijen beslissen de overeenkomst te beëindigen. "
        "De doorgerekende kostprijs zal dan evenredig worden verminderd."
    )
    joint = autodelen.pricing.joint
    assert joint is not None and joint.min_municipalities == 5 and joint.price_on_request
    kinds = {c.kind: (c.min_count, c.max_count) for c in autodelen.clients}
    assert kinds == {ClientKind.MUNICIPALITY: (1, 1), ClientKind.CLUSTER: (5, None)}


def test_autodelen_conditions_need_all_three_facets(programmes: dict[str, Programme]) -> None:
    """Each facet must be committed to (now or in the past), budgets free, questionnaire done."""
    autodelen = programmes["autodelen"]
    answers: dict[str, object] = {
        "beleid_engagement": "ja",
        "aanbod_engagement": "verleden",
        "vraag_engagement": "ja",
        "budget_beschikbaar": True,
        "engagement_beschikbaar": True,
        "lokale_trekker": "An Peeters, mobiliteitsambtenaar",
        "ambities": "Autodelen in elke deelgemeente",
        "gewenste_start": "2026-09-01",
    }
    assert autodelen.unmet_conditions(answers) == ()
    unmet = autodelen.unmet_conditions({**answers, "vraag_engagement": "nee", "ambities": ""})
    assert [c.key for c in unmet] == ["facet_vraag", "vragenlijst"]
    facets = {s.key for s in autodelen.intake.sections}
    assert {"beleid", "aanbod", "vraag", "middelen", "ambities", "timing"} <= facets


def test_autodelen_included_and_municipality_tasks(programmes: dict[str, Programme]) -> None:
    """Four things are included; the municipality carries climate, input, plan, logistics, print."""
    autodelen = programmes["autodelen"]
    assert len(autodelen.included_texts("fase_1_2_3")) == 4
    assert any("drie infomomenten" in text for text in autodelen.included_texts("fase_1_2_3"))
    tasks = " ".join(r.text for r in autodelen.responsibilities if r.owner == "municipality")
    for task in ("slaagkansen", "analyse van actoren", "communicatieplan", "zaal", "huisstijl"):
        assert task in tasks


# ---------------------------------------------------------------- klimaatdoeners (seed 002)


def test_the_speaker_comes_with_the_phases_that_hold_the_infomomenten(
    programmes: dict[str, Programme],
) -> None:
    """Fase 1 includes no speaker; Fase 1+2 one at the infosessie; Fase 1+2+3 three infomomenten."""
    autodelen = programmes["autodelen"]
    speaker = [
        [t for t in autodelen.included_texts(k) if "spreker" in t.lower()]
        for k in ("fase_1", "fase_1_2", "fase_1_2_3")
    ]
    assert speaker[0] == []
    assert speaker[1] == [
        "Een spreker bij de infosessie 'Autodelen in je wijk' in de gekozen wijk."
    ]
    assert len(speaker[2]) == 1 and "drie infomomenten" in speaker[2][0]
    assert len(autodelen.included_texts("fase_1")) == 3


def test_session_hours_follow_the_audience(programmes: dict[str, Programme]) -> None:
    """Officials meet at 10:00 and citizens at 19:30 in autodelen; the inspiration day at 09:30."""
    autodelen, buurtpunt = programmes["autodelen"], programmes["buurtpunt"]
    hours = {
        t.key: autodelen.session_hours.for_audience(t.audience).strftime("%H:%M")
        for t in autodelen.session_templates
    }
    assert hours["kennismakingsoverleg"] == "10:00"
    assert hours["infosessie"] == "19:30"
    day = buurtpunt.session_template("inspiratiedag")
    assert day is not None and day.start_time == "09:30"


def test_the_first_meeting_attendance_is_a_condition(programmes: dict[str, Programme]) -> None:
    """Unticked minimum attendees leave the attendance condition unmet; ticked, it is met."""
    autodelen = programmes["autodelen"]
    roles = autodelen.minimum_attendees
    assert len(roles) == 3
    missing = autodelen.unmet_conditions({}, present=roles[1:])
    assert "minimum_aanwezigen" in [c.key for c in missing]
    ticked = autodelen.unmet_conditions({}, present=roles)
    assert "minimum_aanwezigen" not in [c.key for c in ticked]


def test_klimaatdoeners_has_four_work_sessions_and_fixed_price(
    programmes: dict[str, Programme],
) -> None:
    """Kickoff, Pick'n Choose, Hands on, Wrap up in 6 months; 7.500 excl. btw plus a budget."""
    programme = programmes["klimaatdoeners"]
    assert [(p.end_month - p.start_month + 1) for p in programme.phases] == [1, 6, 1]
    work = [t for t in programme.session_templates if t.kind is SessionKind.WERKSESSIE]
    assert [t.title for t in work] == ["Kickoff", "Pick'n Choose", "Hands on", "Wrap up"]
    assert all(t.phase == "begeleiding" for t in work)
    assert "brainstorm" in work[0].purpose and "zelfsturing" in work[3].purpose
    assert programme.pricing.model == "fixed"
    assert programme.pricing.amount == Decimal("7500.00")
    (budget,) = programme.pricing.extra_budgets
    assert budget.key == "werkingsbudget" and budget.paid_by == "municipality"
    assert {"werkingsbudget", "duurzaamheidsambtenaar"} <= {c.key for c in programme.conditions}


def test_klimaatdoeners_menu_and_collaboration_tool(programmes: dict[str, Programme]) -> None:
    """The menukaart lists the seed's example actions; an online tool is set up in month 0."""
    programme = programmes["klimaatdoeners"]
    assert programme.projects is not None and programme.projects.kind == "climate_action"
    menu = {item.key for item in programme.projects.menu}
    assert {"korte_keten", "lokale_producten", "volkstuintjes", "repaircafe"} <= menu
    assert {"fietsbibliotheek", "energiecooperatie"} <= menu
    tool = next(d for d in programme.deliverables if d.key == "samenwerkingstool")
    assert tool.phase == "voorbereiding" and tool.month == 0


# ---------------------------------------------------------------- intergemeentelijk (seed 003)


def test_intergemeentelijk_lasts_a_year_split_over_municipalities(
    programmes: dict[str, Programme],
) -> None:
    """A cluster of at least 2 municipalities shares 10.000 EUR excl. btw over 12 months."""
    programme = programmes["intergemeentelijk"]
    assert programme.duration_months == 12
    assert programme.pricing.model == "split_over_clients"
    assert programme.pricing.amount == Decimal("10000.00")
    (cluster,) = programme.clients
    assert cluster.kind is ClientKind.CLUSTER and cluster.min_count == 2
    assert len(programme.focus_areas) == 3
    assert any("Eigenaarschap" in g for g in programme.goals)
    assert any("Capaciteitsopbouw" in g for g in programme.goals)
    assert len(programme.responsibilities) == 4


# ---------------------------------------------------------------- buurtpunt (seed 004)


def test_buurtpunt_has_four_sessions_an_inspiration_day_and_is_free(
    programmes: dict[str, Programme],
) -> None:
    """Four learning-network sessions on the seed's themes, an inspiratiedag, free via Cera."""
    programme = programmes["buurtpunt"]
    sessions = [
        t for t in programme.session_templates if t.kind is SessionKind.LEREND_NETWERK_SESSIE
    ]
    themes = ["stappen en aspecten", "juridische aspecten", "methodieken", "succesfactoren"]
    assert len(sessions) == 4
    for session, theme in zip(sessions, themes, strict=True):
        assert theme in session.purpose
    assert [t.kind for t in programme.session_templates].count(SessionKind.INSPIRATIEDAG) == 1
    assert programme.is_free and programme.pricing.funded_by == "Cera"
    assert programme.pricing.amount is None and not programme.pricing.scopes


def test_buurtpunt_provider_network_and_projects(programmes: dict[str, Programme]) -> None:
    """Three organisations and Bernard Govaert; trekkers each build an own buurtpunt."""
    programme = programmes["buurtpunt"]
    assert programme.provider.organisations == (
        "Netwerk Duurzame Mobiliteit",
        "Cera",
        "Innovatiesteunpunt voor Landbouw en Platteland",
    )
    contact = programme.provider.contact_person
    assert contact is not None
    assert (contact.name, contact.email, contact.phone) == (
        "Bernard Govaert",
        "bernard@duurzame-mobiliteit.be",
        "09 331 59 10",
    )
    assert programme.clients[0].kind is ClientKind.NETWORK
    intake = programme.session_template(programme.first_meeting.session_template)
    assert intake is not None and intake.repeat_per_participant
    assert programme.projects is not None and programme.projects.kind == "buurtpunt"
    groups = {g.key: {f.key for f in g.functions} for g in programme.projects.function_groups}
    assert {"mobipunt", "deelautos", "deelfietsen"} <= groups["mobiliteit"]
    assert {"ontmoetingsplek", "buurtcafe"} <= groups["sociaal"]
    assert {"buurtwinkel", "lokale_markt", "korte_keten"} <= groups["commercieel"]
    assert "diensten" in groups
    assert {"praktijkboek", "inspiratiemomenten"} <= {d.key for d in programme.deliverables}


# ---------------------------------------------------------------- partners (seed 001)


def test_partner_categories_match_the_eleven_bullets_of_seed_001() -> None:
    """The reference file lists seed 001's 11 partner categories in order, with examples."""
    categories = load_partner_categories()
    assert [c.name.split()[0] for c in categories] == [
        "Natuur-",
        "Mobiliteitsorganisaties",
        "Gemeentelijke",
        "Deelorganisaties",
        "Scholen",
        "Jeugdbewegingen",
        "Lokale",
        "Ledenorganisaties",
        "Wijkactoren",
        "De",
        "Verenigingen",
    ]
    examples = {c.key: c.examples for c in categories}
    assert examples["natuur_en_milieu"] == ("VELT", "Natuurpunt", "Oxfam")
    assert "KVLV Vrouwen met Vaart" in examples["ledenorganisaties"]


def test_engagement_levels_go_from_informing_to_working_along() -> None:
    """A partner informs, communicates along, or works along, in that order."""
    levels = load_engagement_levels()
    assert [lvl.name for lvl in levels] == ["Informeert", "Communiceert mee", "Werkt mee"]


# ---------------------------------------------------------------- a fifth programme
