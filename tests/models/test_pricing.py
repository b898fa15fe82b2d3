"""Every price rule of the seeds, with amounts computed by hand, and the invariants behind them."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.core.enums import QuoteLineKind
from models.core.errors import UserError
from models.programmes import get_programme
from models.quotes.pricing import (
    Client,
    PriceOptions,
    QuotePrice,
    applicable_discounts,
    needs_manual_amount,
    percent_of,
    price_quote,
    split_cents,
    vat_of,
)

AUTODELEN = get_programme("autodelen")
KLIMAATDOENERS = get_programme("klimaatdoeners")
INTERGEMEENTELIJK = get_programme("intergemeentelijk")
BUURTPUNT = get_programme("buurtpunt")
IZEGEM = Client("Izegem", "West-Vlaanderen", "izegem")
GENT = Client("Gent", "Oost-Vlaanderen", "gent")
MECHELEN = Client("Mechelen", "Antwerpen", "mechelen")
HERENT = Client("Herent", "Vlaams-Brabant", "herent")
CLUSTER = [Client("Herselt", "Antwerpen", "a"), Client("Hulshout", "Antwerpen", "b")]
CLUSTER.append(Client("Westerlo", "Antwerpen", "c"))
PROVINCES = ["West-Vlaanderen", "Oost-Vlaanderen", "Antwerpen", "Limburg", None]


def _totals(price: QuotePrice) -> tuple[int, int, int]:
    return price.total_excl_vat_cents, price.vat_cents, price.total_incl_vat_cents


def _error(call: Callable[..., object], *args: object, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as info:
        call(*args, **kwargs)
    return info.value


@pytest.mark.parametrize(
    ("scope", "excl", "vat", "incl"),
    [
        ("fase_1", 350_000, 73_500, 423_500),
        ("fase_1_2", 450_000, 94_500, 544_500),
        ("fase_1_2_3", 650_000, 136_500, 786_500),
    ],
)
def test_autodelen_scopes_are_cumulative(scope: str, excl: int, vat: int, incl: int) -> None:
    """Fase 1 = € 3.500, Fase 1+2 = € 4.500, Fase 1+2+3 = € 6.500, plus 21 % btw."""
    price = price_quote(AUTODELEN, scope, [MECHELEN])
    assert _totals(price) == (excl, vat, incl)
    assert price.discount_reason == ""


def test_only_the_full_autodelen_scope_is_a_richtprijs() -> None:
    """Fase 1+2+3 is marked richtprijs; the smaller scopes are firm prices."""
    assert price_quote(AUTODELEN, "fase_1_2_3", [MECHELEN]).indicative
    assert "(richtprijs)" in price_quote(AUTODELEN, "fase_1_2_3", [MECHELEN]).lines[0].description
    assert not price_quote(AUTODELEN, "fase_1", [MECHELEN]).indicative


def test_west_vlaanderen_gets_half_price_with_the_reason() -> None:
    """Izegem: € 6.500 − 50 % = € 3.250 excl. btw, € 682,50 btw, € 3.932,50 incl., reason kept."""
    price = price_quote(AUTODELEN, "fase_1_2_3", [IZEGEM])
    assert _totals(price) == (325_000, 68_250, 393_250)
    discount = [line for line in price.lines if line.kind is QuoteLineKind.DISCOUNT]
    assert [line.amount_cents for line in discount] == [-325_000]
    assert "West-Vlaanderen" in price.discount_reason


def test_oost_vlaanderen_gets_half_price_too() -> None:
    """Gent, Fase 1: € 3.500 − € 1.750 = € 1.750 excl. btw."""
    assert price_quote(AUTODELEN, "fase_1", [GENT]).total_excl_vat_cents == 175_000
    assert "Oost-Vlaanderen" in price_quote(AUTODELEN, "fase_1", [GENT]).discount_reason


def test_the_discount_can_be_switched_off_with_a_reason() -> None:
    """With the discount off Izegem pays the list price; the coach's reason is kept to print."""
    options = PriceOptions(discount=False, discount_note="Oproep van de provincie is afgesloten")
    price = price_quote(AUTODELEN, "fase_1_2_3", [IZEGEM], options)
    assert price.total_excl_vat_cents == 650_000
    assert price.discount_reason == ""
    assert price.discount_note == "Oproep van de provincie is afgesloten"


def test_overriding_the_discount_without_a_reason_is_refused() -> None:
    """Off for Izegem or on for Mechelen (Antwerpen) without a reason: refused at the note."""
    error = _error(price_quote, AUTODELEN, "fase_1", [IZEGEM], PriceOptions(discount=False))
    assert error.field == "discount_note"
    assert "Izegem zonder korting" in error.message
    error = _error(price_quote, AUTODELEN, "fase_1", [MECHELEN], PriceOptions(discount=True))
    assert error.field == "discount_note"
    assert "Mechelen (Antwerpen) met korting" in error.message


def test_a_discount_outside_the_provinces_with_a_reason() -> None:
    """Mechelen granted 50 % by exception: € 3.500 − € 1.750; the line says it deviates."""
    options = PriceOptions(discount=True, discount_note="Afspraak met de provincie Antwerpen")
    price = price_quote(AUTODELEN, "fase_1", [MECHELEN], options)
    assert _totals(price) == (175_000, 36_750, 211_750)
    assert "afwijking van de kortingsregel" in price.discount_reason


def test_a_changed_percentage_and_one_over_100_percent() -> None:
    """25 % of € 6.500 is € 1.625; 120 % is refused at the discount percentage field."""
    options = PriceOptions(discount_percent=Decimal(25), discount_note="Budget provincie op")
    price = price_quote(AUTODELEN, "fase_1_2_3", [IZEGEM], options)
    assert price.total_excl_vat_cents == 487_500
    assert "aangepast naar 25%" in price.discount_reason
    error = _error(
        price_quote, AUTODELEN, "fase_1", [IZEGEM], PriceOptions(discount_percent=Decimal(120))
    )
    assert error.field == "discount_percent"
    assert "120" in error.message


def test_a_richtprijs_can_be_adjusted_per_quote() -> None:
    """€ 6.000 instead of € 6.500: no longer a richtprijs, the discount still applies."""
    price = price_quote(
        AUTODELEN, "fase_1_2_3", [IZEGEM], PriceOptions(manual_amount_cents=600_000)
    )
    assert price.total_excl_vat_cents == 300_000
    assert not price.indicative


def test_a_firm_price_cannot_be_typed_over() -> None:
    """Fase 1 and klimaatdoeners have fixed prices: a typed amount is refused at its field."""
    for programme, scope in ((AUTODELEN, "fase_1"), (KLIMAATDOENERS, None)):
        options = PriceOptions(manual_amount_cents=100_000)
        assert _error(price_quote, programme, scope, [HERENT], options).field == "manual_amount"


def test_negative_amounts_are_refused() -> None:
    """A negative price or working budget is refused, naming the field."""
    options = PriceOptions(manual_amount_cents=-1)
    assert _error(price_quote, AUTODELEN, "fase_1_2_3", [IZEGEM], options).field == "manual_amount"
    options = PriceOptions(working_budget_cents=-500)
    assert _error(price_quote, KLIMAATDOENERS, None, [HERENT], options).field == "working_budget"


@pytest.mark.parametrize(
    ("stopped_after", "excl"), [("fase_1", 350_000), ("fase_2", 450_000), ("fase_3", 650_000)]
)
def test_stopping_after_a_phase_charges_the_scope_delivered(stopped_after: str, excl: int) -> None:
    """Booked Fase 1+2+3, stopped after fase 1 → € 3.500, after fase 2 → € 4.500."""
    price = price_quote(
        AUTODELEN, "fase_1_2_3", [MECHELEN], PriceOptions(stopped_after_phase=stopped_after)
    )
    assert price.total_excl_vat_cents == excl


def test_stopping_reduces_an_adjusted_price_in_proportion() -> None:
    """€ 5.200 agreed for Fase 1+2+3, stopped after fase 2: 5.200 × 4.500 / 6.500 = € 3.600."""
    options = PriceOptions(manual_amount_cents=520_000, stopped_after_phase="fase_2")
    price = price_quote(AUTODELEN, "fase_1_2_3", [MECHELEN], options)
    assert price.total_excl_vat_cents == 360_000
    assert "gestopt na Fase 2" in price.lines[0].description


def test_stopping_after_a_later_phase_than_booked_never_raises_the_price() -> None:
    """Booked Fase 1 only, stopped after fase 3: still € 3.500."""
    options = PriceOptions(stopped_after_phase="fase_3")
    assert price_quote(AUTODELEN, "fase_1", [MECHELEN], options).total_excl_vat_cents == 350_000


def test_unknown_scope_and_phase_are_refused_with_the_choices() -> None:
    """An unknown scope or phase names the field and lists what exists."""
    error = _error(price_quote, AUTODELEN, "fase_9", [MECHELEN])
    assert error.field == "scope"
    assert "Fase 1+2+3" in error.message
    assert _error(price_quote, AUTODELEN, None, [MECHELEN]).field == "scope"
    assert _error(price_quote, KLIMAATDOENERS, "fase_1", [HERENT]).field == "scope"
    options = PriceOptions(stopped_after_phase="fase_7")
    assert _error(price_quote, AUTODELEN, "fase_1", [MECHELEN], options).field == (
        "stopped_after_phase"
    )


def test_a_joint_trajectory_without_amount_is_price_on_request() -> None:
    """Five municipalities and no amount yet: 'prijs op aanvraag', totals zero, not negative."""
    clients = [Client(f"Gemeente {n}", "Limburg", str(n)) for n in range(5)]
    assert needs_manual_amount(AUTODELEN, clients)
    price = price_quote(AUTODELEN, "fase_1_2_3", clients)
    assert price.price_on_request and not price.indicative
    assert _totals(price) == (0, 0, 0)
    assert "prijs op aanvraag" in price.lines[0].description


def test_a_joint_trajectory_with_an_agreed_amount() -> None:
    """Five municipalities at € 12.000: € 2.520 btw, € 14.520 incl."""
    clients = [Client(f"Gemeente {n}", "Limburg", str(n)) for n in range(5)]
    price = price_quote(
        AUTODELEN, "fase_1_2_3", clients, PriceOptions(manual_amount_cents=1_200_000)
    )
    assert _totals(price) == (1_200_000, 252_000, 1_452_000)
    assert not price.price_on_request
    assert "Gezamenlijk traject van 5 gemeenten" in price.lines[0].description


def test_a_joint_trajectory_over_west_and_oost_vlaanderen_gives_each_its_discount() -> None:
    """€ 10.000 over 3 West- and 2 Oost-Vlaamse municipalities: € 2.000 each, each − € 1.000;
    € 5.000 excl., € 1.050 btw, € 6.050 incl.; every share € 1.000 + € 210 = € 1.210."""
    clients = [Client(f"W{n}", "West-Vlaanderen", f"w{n}") for n in range(3)]
    clients += [Client(f"O{n}", "Oost-Vlaanderen", f"o{n}") for n in range(2)]
    options = PriceOptions(manual_amount_cents=1_000_000)
    price = price_quote(AUTODELEN, "fase_1", clients, options)
    assert len(applicable_discounts(AUTODELEN, clients)) == 2
    assert _totals(price) == (500_000, 105_000, 605_000)
    assert [(s.excl_vat_cents, s.vat_cents, s.incl_vat_cents) for s in price.shares] == [
        (100_000, 21_000, 121_000)
    ] * 5
    assert "Oost-Vlaanderen" in price.discount_reason and "West-Vlaanderen" in price.discount_reason


def test_a_joint_trajectory_with_antwerpen_discounts_only_the_west_vlaamse_shares() -> None:
    """€ 12.500 over 3 West-Vlaamse and 2 Antwerpse: € 2.500 each, − € 1.250 for the West;
    € 8.750 excl. + € 1.837,50 btw = € 10.587,50; West pays € 1.512,50, Antwerpen € 3.025."""
    clients = [Client(f"W{n}", "West-Vlaanderen", f"w{n}") for n in range(3)]
    clients += [Client(f"A{n}", "Antwerpen", f"a{n}") for n in range(2)]
    price = price_quote(AUTODELEN, "fase_1", clients, PriceOptions(manual_amount_cents=1_250_000))
    assert _totals(price) == (875_000, 183_750, 1_058_750)
    assert [s.incl_vat_cents for s in price.shares] == [151_250] * 3 + [302_500] * 2


def test_one_municipality_can_be_taken_out_of_the_discount_with_a_reason() -> None:
    """Off for W0 only (its own call): W0 pays € 2.000, the others € 1.000; the note is kept."""
    clients = [Client(f"W{n}", "West-Vlaanderen", f"w{n}") for n in range(5)]
    options = PriceOptions(
        manual_amount_cents=1_000_000,
        discount_overrides={"w0": False},
        discount_note="W0 tekende niet in op de oproep",
    )
    price = price_quote(AUTODELEN, "fase_1", clients, options)
    assert [s.excl_vat_cents for s in price.shares] == [200_000] + [100_000] * 4
    assert price.discount_note == "W0 tekende niet in op de oproep"


def test_nine_municipalities_print_vat_that_adds_up() -> None:
    """€ 10.000 over nine: € 1.111,12 + 8 × € 1.111,11; vat on the total € 2.100,00 (not
    € 2.099,98), shared by largest remainder: € 233,34 for the first three, € 233,33 for six;
    € 12.100,00 incl., and every share excl. + vat = incl."""
    clients = [Client(f"G{n}", "Antwerpen", f"k{n}") for n in range(9)]
    price = price_quote(INTERGEMEENTELIJK, None, clients)
    assert _totals(price) == (1_000_000, 210_000, 1_210_000)
    assert [s.excl_vat_cents for s in price.shares] == [111_112] + [111_111] * 8
    assert [s.vat_cents for s in price.shares] == [23_334] * 3 + [23_333] * 6
    assert [s.incl_vat_cents for s in price.shares] == [134_446] + [134_445] * 2 + [134_444] * 6


def test_two_clusters_each_pay_the_price_of_a_cluster() -> None:
    """Two clusters (3 + 2): € 10.000 each; € 3.333,34/3.333,33/3.333,33 and € 5.000 twice;
    vat € 4.200 shared so each share is € 700 or € 1.050; € 24.200 incl."""
    clients = [Client(n, "Antwerpen", n, "Zuiderkempen") for n in ("Herselt", "Hulshout", "X")]
    clients += [Client(n, "Antwerpen", n, "Netevallei") for n in ("Grobbendonk", "Vorselaar")]
    price = price_quote(INTERGEMEENTELIJK, None, clients)
    assert _totals(price) == (2_000_000, 420_000, 2_420_000)
    assert [s.excl_vat_cents for s in price.shares] == [333_334, 333_333, 333_333, 500_000, 500_000]
    assert [s.vat_cents for s in price.shares] == [70_000, 70_000, 70_000, 105_000, 105_000]
    assert [s.cluster for s in price.shares] == ["Zuiderkempen"] * 3 + ["Netevallei"] * 2
    assert "cluster Netevallei: aandeel Grobbendonk" in price.lines[3].description


def test_klimaatdoeners_with_the_working_budget_beside_the_fee() -> None:
    """€ 7.500 excl. btw (€ 9.075 incl.); the € 5.000 working budget is an info line."""
    price = price_quote(KLIMAATDOENERS, None, [HERENT], PriceOptions(working_budget_cents=500_000))
    assert _totals(price) == (750_000, 157_500, 907_500)
    info = [line for line in price.lines if line.kind is QuoteLineKind.INFO]
    assert [(line.amount_cents, line.vat_cents) for line in info] == [(500_000, 0)]
    assert "Werkingsbudget" in info[0].description


def test_a_working_budget_for_a_programme_without_one_is_refused() -> None:
    """Autodelen asks no working budget: the field says so."""
    options = PriceOptions(working_budget_cents=100_000)
    assert _error(price_quote, AUTODELEN, "fase_1", [IZEGEM], options).field == "working_budget"


def test_intergemeentelijk_is_split_over_the_municipalities_to_the_cent() -> None:
    """€ 10.000 over three: € 3.333,34 + € 3.333,33 + € 3.333,33; incl. btw € 12.100 in all."""
    price = price_quote(INTERGEMEENTELIJK, None, CLUSTER)
    assert [s.excl_vat_cents for s in price.shares] == [333_334, 333_333, 333_333]
    assert [s.incl_vat_cents for s in price.shares] == [403_334, 403_333, 403_333]
    assert [s.client for s in price.shares] == ["Herselt", "Hulshout", "Westerlo"]
    assert _totals(price) == (1_000_000, 210_000, 1_210_000)


def test_a_split_without_municipalities_is_refused() -> None:
    """Splitting over nobody is refused at the clients field."""
    assert _error(price_quote, INTERGEMEENTELIJK, None, []).field == "clients"


def test_buurtpunt_is_free_and_names_its_funder() -> None:
    """Participants pay € 0,00, and the line says Cera pays."""
    price = price_quote(BUURTPUNT, None, [Client("Dorpsraad Kieldrecht")])
    assert _totals(price) == (0, 0, 0)
    assert "gratis" in price.lines[0].description and "Cera" in price.lines[0].description
    options = PriceOptions(manual_amount_cents=100)
    assert _error(price_quote, BUURTPUNT, None, [], options).field == "manual_amount"


def test_another_vat_rate_for_one_quote() -> None:
    """6 % btw on € 3.500 is € 210; a rate over 100 % is refused."""
    price = price_quote(AUTODELEN, "fase_1", [MECHELEN], PriceOptions(vat_basis_points=600))
    assert price.vat_cents == 21_000
    options = PriceOptions(vat_basis_points=10_001)
    assert _error(price_quote, AUTODELEN, "fase_1", [MECHELEN], options).field == "vat_rate"


def test_rounding_is_half_away_from_zero_per_line() -> None:
    """21 % of 50 cent is 10,5 → 11 cent; of −50 cent → −11; half of 1 cent → 1 cent."""
    assert (vat_of(50, 2100), vat_of(-50, 2100), percent_of(1, Decimal(50))) == (11, -11, 1)


def test_split_cents_gives_the_odd_cents_to_the_largest_remainders() -> None:
    """100 over three → 34, 33, 33; 10 by weights 1:2 → 3, 7."""
    assert split_cents(100, [1, 1, 1]) == [34, 33, 33]
    assert split_cents(10, [1, 2]) == [3, 7]


# ---------------------------------------------------------------- invariants

money = st.integers(min_value=0, max_value=10**11)
percent = st.decimals(min_value=0, max_value=100, places=2)


@settings(max_examples=300)
@given(money, st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=30))
def test_split_shares_add_up_and_stay_fair(total: int, weights: list[int]) -> None:
    """Any split adds up to the total exactly, each share within a cent of its exact part."""
    if sum(weights) == 0:
        weights[0] = 1
    parts = split_cents(total, weights)
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part * sum(weights) - total * weight) < sum(weights)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(PROVINCES), min_size=1, max_size=20),
    st.integers(min_value=0, max_value=10**9),
    st.booleans(),
)
def test_shares_and_vat_add_up_to_the_printed_totals(
    provinces: list[str | None], amount: int, joint: bool
) -> None:
    """The rule: vat = 21 % of the total excl. vat, rounded half away from zero; shared over
    the lines by largest remainder. For 1–20 municipalities (split or joint, discounts per
    province) shares + vat add up exactly to the totals, and each line's vat is within a
    cent of its own 21 %."""
    clients = [Client(f"G{n}", p, f"k{n}") for n, p in enumerate(provinces)]
    if joint and len(clients) >= 5:
        price = price_quote(
            AUTODELEN, "fase_1_2", clients, PriceOptions(manual_amount_cents=amount)
        )
    else:
        price = price_quote(INTERGEMEENTELIJK, None, clients)
    assert price.vat_cents == vat_of(price.total_excl_vat_cents, 2100)
    assert sum(s.excl_vat_cents for s in price.shares) == price.total_excl_vat_cents
    assert sum(s.vat_cents for s in price.shares) == price.vat_cents
    assert sum(s.incl_vat_cents for s in price.shares) == price.total_incl_vat_cents
    for share in price.shares:
        assert share.excl_vat_cents + share.vat_cents == share.incl_vat_cents
    for line in price.lines:
        assert abs(line.vat_cents * 10_000 - line.amount_cents * 2100) < 10_000


@given(money, percent, st.sampled_from(["West-Vlaanderen", "Oost-Vlaanderen"]))
def test_a_discount_never_makes_a_price_negative(amount: int, pct: Decimal, province: str) -> None:
    """Any agreed amount with any discount up to 100 %: totals and vat stay at or above zero."""
    clients = [Client(f"G{n}", province, str(n)) for n in range(5)]
    options = PriceOptions(manual_amount_cents=amount, discount_percent=pct, discount_note="x")
    price = price_quote(AUTODELEN, "fase_1_2_3", clients, options)
    assert price.total_excl_vat_cents >= 0 and price.vat_cents >= 0
    assert price.total_incl_vat_cents >= 0


scopes = st.sampled_from([s.key for s in AUTODELEN.pricing.scopes])
phases = st.sampled_from(list(AUTODELEN.phase_keys))


@given(scopes, phases, phases, st.one_of(st.none(), money), st.booleans())
def test_stopping_early_never_costs_more(
    scope: str, first: str, second: str, amount: int | None, discount: bool
) -> None:
    """Stopping costs at most going on, and stopping earlier at most stopping later."""
    keys = list(AUTODELEN.phase_keys)
    earlier, later = sorted((first, second), key=keys.index)
    if amount is not None and scope != "fase_1_2_3":
        amount = None  # only the richtprijs can be typed over

    def total(stopped: str | None) -> int:
        options = PriceOptions(
            discount=discount,
            discount_note="" if discount else "Geen korting op vraag van de gemeente",
            manual_amount_cents=amount,
            stopped_after_phase=stopped,
        )
        return price_quote(AUTODELEN, scope, [IZEGEM], options).total_incl_vat_cents

    assert total(earlier) <= total(later) <= total(None)


def _any_quote() -> st.SearchStrategy[QuotePrice]:
    def build(kind: int, amount: int, pct: Decimal, budget: int | None, n: int) -> QuotePrice:
        clients = [Client(f"G{i}", PROVINCES[i % len(PROVINCES)], str(i)) for i in range(n)]
        if kind == 0:
            return price_quote(
                AUTODELEN,
                "fase_1_2_3",
                clients[:1] or [IZEGEM],
                PriceOptions(manual_amount_cents=amount, discount_percent=pct, discount_note="x"),
            )
        if kind == 1:
            options = PriceOptions(working_budget_cents=budget)
            return price_quote(KLIMAATDOENERS, None, [HERENT], options)
        if kind == 2:
            return price_quote(INTERGEMEENTELIJK, None, clients or [HERENT])
        return price_quote(BUURTPUNT, None, clients)

    return st.builds(
        build,
        st.integers(0, 3),
        money,
        percent,
        st.one_of(st.none(), money),
        st.integers(0, 12),
    )


@given(_any_quote())
def test_totals_are_the_sum_of_the_lines(price: QuotePrice) -> None:
    """Excl. btw is the sum of the counted lines, btw the sum of their line vats, info apart."""
    counted = [line for line in price.lines if line.kind is not QuoteLineKind.INFO]
    assert price.total_excl_vat_cents == sum(line.amount_cents for line in counted)
    assert price.vat_cents == sum(line.vat_cents for line in counted)
    assert all(line.vat_cents == 0 for line in price.lines if line.kind is QuoteLineKind.INFO)
    assert price.total_incl_vat_cents == price.total_excl_vat_cents + price.vat_cents
