"""The plain data of a quote PDF, built from one stored version, its trajectory and programme."""

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session, selectinload

from models.core.enums import QuoteLineKind
from models.core.errors import UserError
from models.orm import Organisation, Quote, Trajectory
from models.people.provider_block import payment_clause, provider_block
from models.programmes import Programme, get_programme
from models.programmes.schema_base import Owner
from models.quotes.dto import ClientBlock, PhaseLine, QuoteDocument
from models.quotes.pricing import PriceLine, QuotePrice, Share, is_joint, programme_vat_rate
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
            f"Er is geen offerte met code {quote_uid}. Kies een offerte uit de lijst van versies."
        )
    return quote


def _shares(lines: Sequence[PriceLine], names: dict[str, str]) -> tuple[Share, ...]:
    """Each municipality's part of a split price: its share line and any discount on it."""
    grouped: dict[str, list[PriceLine]] = {}
    for line in lines:
        if line.client_key and line.kind in (QuoteLineKind.SHARE, QuoteLineKind.DISCOUNT):
            grouped.setdefault(line.client_key, []).append(line)
    if not any(line.kind is QuoteLineKind.SHARE for line in lines):
        return ()
    shares = []
    for key, own in grouped.items():
        excl, vat = sum(x.amount_cents for x in own), sum(x.vat_cents for x in own)
        shares.append(Share(names.get(key, own[0].description), key, excl, vat, excl + vat))
    return tuple(shares)


def stored_price(quote: Quote, programme: Programme, names: dict[str, str]) -> QuotePrice:
    """The price exactly as this version stored it (a later programme file changes nothing)."""
    lines = tuple(
        PriceLine(
            line.kind,
            line.description,
            line.amount_cents,
            line.vat_rate_basis_points,
            str(line.organisation_uid) if line.organisation_uid else "",
        )
        for line in quote.lines
    )
    counted = [line.vat_basis_points for line in lines if line.counts]
    rate = counted[0] if counted else programme_vat_rate(programme)
    scope = next((s for s in programme.pricing.scopes if s.key == quote.scope_key), None)
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
        shares=_shares(lines, names),
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
    scope = next((s for s in programme.pricing.scopes if s.key == scope_key), None)
    keys = set(scope.phases) if scope is not None else set(programme.phase_keys)
    return tuple(
        PhaseLine(
            f"Fase {p.number}" if p.number else "", p.name, months_text(p.start_month, p.end_month)
        )
        for p in programme.phases
        if p.key in keys
    )


def _price_notes(quote: Quote, programme: Programme) -> tuple[str, ...]:
    pricing = programme.pricing
    notes = []
    if quote.indicative:
        scope = next((s for s in pricing.scopes if s.key == quote.scope_key), None)
        notes.append(scope.note if scope is not None and scope.note else "Dit is een richtprijs.")
    if quote.price_on_request:
        notes.append(
            "Prijs op aanvraag: het bedrag wordt afgesproken met de deelnemende gemeenten "
            "en volgt in een nieuwe versie van deze offerte."
        )
    notes += [f"{b.label}: {b.description}".rstrip(": ") for b in pricing.extra_budgets]
    return tuple(notes)


def _conditions(trajectory: Trajectory, programme: Programme) -> tuple[str, ...]:
    pricing = programme.pricing
    _, clients = pricing_input(trajectory)
    conditions = [pricing.stop_rule.text] if pricing.stop_rule is not None else []
    if pricing.joint is not None and is_joint(programme, clients):
        conditions.append(pricing.joint.text)
    return tuple(conditions)


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
    responsibilities = programme.responsibilities
    price = stored_price(quote, programme, names)
    provider = provider_block(session, programme)
    return QuoteDocument(
        uid=str(quote.uid),
        number=quote.number,
        version=quote.version,
        status=quote.status.value,
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
        included=programme.included,
        municipality_tasks=tuple(r.text for r in responsibilities if r.owner in _MUNICIPALITY),
        participant_tasks=tuple(r.text for r in responsibilities if r.owner is Owner.PARTICIPANTS),
        price=price,
        price_notes=_price_notes(quote, programme),
        conditions=_conditions(trajectory, programme),
        provider=provider,
        payment_clause=payment_clause(provider, f"offerte {quote.number}"),
    )
