"""The plain data of a quote PDF, built from one stored version, its trajectory and programme.

A free programme (the learning network) gets no priced offer but a participation agreement
(deelnameovereenkomst): what is offered, what is expected of the trekkers, free thanks to its
funder; no vat anywhere.
"""

import uuid

from sqlalchemy.orm import Session, selectinload

from models.core.enums import QuoteLineKind
from models.core.errors import UserError
from models.core.formatting import format_date, format_money
from models.orm import Organisation, Quote, Trajectory
from models.people.provider_block import payment_clause, provider_block
from models.programmes import Programme, get_programme
from models.programmes.schema_base import Owner
from models.programmes.schema_pricing import PricingModel
from models.quotes.dto import ClientBlock, PhaseLine, QuoteDocument
from models.quotes.pricing import PriceLine, QuotePrice, is_joint, programme_vat_rate
from models.quotes.pricing_data import shares_of
from models.quotes.versions import pricing_input
from models.trajectories.detail import get_trajectory

_MUNICIPALITY = (Owner.MUNICIPALITY, Owner.BOTH)


def months_text(start: int, end: int) -> str:
    """'maand 3' or 'maand 0–5'; month 0 is the start of the trajectory."""
    return f"maand {start}" if start == end else f"maand {start}–{end}"


def _load_quote(session: Session, quote_uid: uuid.UUID) -> Quote:
    quote = session.get(Quote, quote_uid, options=[selectinload(Quote.lines)])
    if quote is None:
        raise UserError(
            "There is no quote with code {uid}. Choose a quote from the list of versions.",
            uid=quote_uid,
        )
    return quote


def stored_price(quote: Quote, programme: Programme, names: dict[str, str]) -> QuotePrice:
    """The price exactly as this version stored it (a later programme file changes nothing)."""
    lines = tuple(
        PriceLine(
            line.kind,
            line.description,
            line.amount_cents,
            line.vat_rate_basis_points,
            str(line.organisation_uid) if line.organisation_uid else "",
            line.vat_cents if line.kind is not QuoteLineKind.INFO else 0,
            line.cluster,
        )
        for line in quote.lines
    )
    counted = [line.vat_basis_points for line in lines if line.counts]
    rate = counted[0] if counted else programme_vat_rate(programme)
    scope = programme.scope(quote.scope_key)
    reasons = [line.description for line in lines if line.kind is QuoteLineKind.DISCOUNT]
    return QuotePrice(
        scope_key=quote.scope_key,
        scope_name=scope.name if scope is not None else (quote.scope_key or ""),
        lines=lines,
        total_excl_vat_cents=quote.total_excl_vat_cents,
        vat_cents=quote.vat_cents,
        total_incl_vat_cents=quote.total_incl_vat_cents,
        vat_basis_points=rate,
        indicative=quote.indicative,
        price_on_request=quote.price_on_request,
        discount_reason="; ".join(reasons),
        shares=shares_of(lines, names),
        discount_note=quote.discount_note,
    )


def _client_block(organisation: Organisation) -> ClientBlock:
    town = " ".join(p for p in (organisation.postcode, organisation.municipality) if p)
    lines = (organisation.address, town, organisation.email)
    return ClientBlock(organisation.name, tuple(line for line in lines if line))


def _provider_lines(programme: Programme) -> tuple[str, ...]:
    provider = programme.provider
    organisations = ", ".join(provider.organisations)
    lines = [organisations] if organisations != provider.name else []
    lines += [provider.email, provider.phone, provider.website]
    person = provider.contact_person
    if person is not None:
        lines.append(" · ".join(p for p in (person.name, person.role) if p))
    return tuple(line for line in lines if line)


def _phases(programme: Programme, scope_key: str | None) -> tuple[PhaseLine, ...]:
    keys = set(programme.booked_phase_keys(scope_key))
    return tuple(
        PhaseLine(
            f"Fase {p.number}" if p.number else "", p.name, months_text(p.start_month, p.end_month)
        )
        for p in programme.phases
        if p.key in keys
    )


def price_statement(programme: Programme, quote: Quote) -> str:
    """What kind of price this is: a richtprijs only where the programme says so."""
    pricing = programme.pricing
    if pricing.model is PricingModel.FREE:
        funder = f" dankzij de steun van {pricing.funded_by}" if pricing.funded_by else ""
        return f"Deelname is gratis voor de deelnemers{funder}."
    if quote.price_on_request:
        return (
            "Prijs op aanvraag: het bedrag wordt afgesproken met de deelnemende gemeenten "
            "en volgt in een nieuwe versie van deze offerte."
        )
    if quote.indicative:
        scope = programme.scope(quote.scope_key)
        return scope.note if scope is not None and scope.note else "Dit is een richtprijs."
    if _agreed(quote, programme):
        return "Dit is de prijs die met de klant is afgesproken, excl. btw."
    return "Dit is een vaste prijs, excl. btw."


def _agreed(quote: Quote, programme: Programme) -> bool:
    """Whether the coach typed this price (a joint trajectory's, an adjusted richtprijs)."""
    choices = quote.price_choices if isinstance(quote.price_choices, dict) else {}
    if choices:
        return "manual_amount_cents" in choices
    shared = any(line.kind is QuoteLineKind.SHARE for line in quote.lines)
    return shared and programme.pricing.joint is not None  # versions made before choices


def _price_notes(quote: Quote, programme: Programme, budget: int | None) -> tuple[str, ...]:
    notes = [price_statement(programme, quote)]
    if quote.discount_note:
        notes.append(f"Afwijking van de kortingsregel: {quote.discount_note}")
    for extra in programme.pricing.extra_budgets:
        given = (
            f"{format_money(budget)}, voorzien door de gemeente"
            if budget is not None
            else "het bedrag legt de gemeente nog vast"
        )
        text = f"{extra.label}: {given}; het staat los van de prijs van de begeleiding."
        notes.append(text + (f" {extra.description}" if extra.description else ""))
    return tuple(notes)


def _conditions(trajectory: Trajectory, programme: Programme) -> tuple[str, ...]:
    pricing = programme.pricing
    _, clients = pricing_input(trajectory)
    conditions = [pricing.stop_rule.text] if pricing.stop_rule is not None else []
    if pricing.joint is not None and is_joint(programme, clients):
        conditions.append(pricing.joint.text)
    return tuple(conditions)


def _tasks(programme: Programme, scope_key: str | None, owners: tuple[Owner, ...]) -> list[str]:
    """What the client or the participants take on, for the phases the quote covers."""
    booked = set(programme.booked_phase_keys(scope_key))
    return [
        r.text
        for r in programme.responsibilities
        if r.owner in owners and (r.phase is None or r.phase in booked)
    ]


def quote_document(session: Session, quote_uid: uuid.UUID) -> QuoteDocument:
    """Everything the PDF of this version prints; raises UserError for an unknown quote."""
    quote = _load_quote(session, quote_uid)
    trajectory = get_trajectory(session, quote.trajectory_uid)
    programme = get_programme(trajectory.programme_key)
    organisations = [client.organisation for client in trajectory.clients]
    names = {str(o.uid): o.name for o in organisations}
    # The contact marked as addressee; else, as the seeds do, the local lead (lokale trekker)
    # first and the rest by name, so it is stable.
    contacts = sorted(
        trajectory.contacts,
        key=lambda c: (not c.is_addressee, "trekker" not in c.role.lower(), c.person.full_name),
    )
    contact = contacts[0] if contacts else None
    attention = ""
    if contact is not None:
        attention = ", ".join(p for p in (f"t.a.v. {contact.person.full_name}", contact.role) if p)
    price = stored_price(quote, programme, names)
    accepted = ""
    if quote.accepted_on is not None:
        accepted = f"{format_date(quote.accepted_on)}, door {quote.accepted_by}"
    provider = provider_block(session, programme)
    return QuoteDocument(
        uid=str(quote.uid),
        number=quote.number,
        version=quote.version,
        status=quote.status,
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        trajectory_name=trajectory.name,
        programme_name=programme.name,
        provider_name=provider.name,
        provider_lines=provider.lines
        if provider.legal_line != provider.name
        else _provider_lines(programme),
        clients=tuple(_client_block(o) for o in organisations),
        attention=attention,
        scope_name=price.scope_name,
        phases=_phases(programme, quote.scope_key),
        included=programme.included_texts(quote.scope_key),
        municipality_tasks=tuple(_tasks(programme, quote.scope_key, _MUNICIPALITY)),
        participant_tasks=tuple(_tasks(programme, quote.scope_key, (Owner.PARTICIPANTS,))),
        price=price,
        price_notes=_price_notes(quote, programme, trajectory.working_budget_cents),
        conditions=_conditions(trajectory, programme),
        is_agreement=programme.is_free,
        open_conditions=tuple(str(text) for text in quote.open_conditions or ()),
        accepted=accepted,
        clusters=tuple(dict.fromkeys(c.cluster for c in trajectory.clients if c.cluster)),
        provider=provider,
        payment_clause=payment_clause(provider, f"offerte {quote.number}"),
    )
