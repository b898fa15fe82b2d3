"""Turns a programme file into the plain text the programme sheet (and its screen) shows."""

from decimal import Decimal

from exports.programmes.programme_sheet import Activity, Phase, PriceLine, ProgrammeSheetData
from models.core.formatting import format_money
from models.programmes.schema import Programme

RESPONSIBLE_LABELS = {
    "provider": "begeleider",
    "municipality": "gemeente",
    "both": "begeleider en gemeente",
    "participants": "deelnemers",
}


def months_text(start: int, end: int, open_ended: bool = False) -> str:
    if open_ended:
        return f"vanaf maand {start}" if start else "doorlopend"
    return f"maand {start}" if start == end else f"maand {start}–{end}"


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def _included(programme: Programme) -> tuple[str, ...]:
    """Every inclusion; one tied to scopes says with which ('bij Fase 1+2+3')."""
    names = {scope.key: scope.name for scope in programme.pricing.scopes}
    texts = []
    for item in programme.included:
        scopes = " of ".join(names.get(key, key) for key in item.scopes)
        texts.append(f"{item.text} (bij {scopes})" if scopes else item.text)
    return tuple(texts)


def _price_lines(programme: Programme) -> tuple[PriceLine, ...]:
    pricing = programme.pricing
    lines = [
        PriceLine(
            scope.name + (" (richtprijs)" if scope.indicative else ""),
            format_money(_cents(scope.amount)) + " excl. btw",
        )
        for scope in pricing.scopes
    ]
    if pricing.amount is not None:
        label = "Begeleiding" + (" (richtprijs)" if pricing.indicative else " (vaste prijs)")
        if pricing.model.value == "split_over_clients":
            per = " per cluster" if pricing.per_cluster else ""
            label = f"Begeleiding{per}, te verdelen over de deelnemende gemeenten"
        lines.append(PriceLine(label, format_money(_cents(pricing.amount)) + " excl. btw", True))
    if pricing.free_for_participants:
        funded = f" (dankzij {pricing.funded_by})" if pricing.funded_by else ""
        lines.append(PriceLine("Gratis voor de deelnemers" + funded, format_money(0), True))
    return tuple(lines)


def _price_heading(programme: Programme) -> str:
    """'Richtprijs' only where the programme says a price is indicative; else 'Prijs'."""
    pricing = programme.pricing
    if pricing.model.value == "free":
        return "Gratis"
    return "Richtprijs" if pricing.is_indicative and not pricing.scopes else "Prijs"


def _price_notes(programme: Programme) -> tuple[str, ...]:
    pricing = programme.pricing
    notes = [pricing.note] if pricing.note else []
    notes += [f"{d.reason} ({d.percent} % korting)" for d in pricing.discounts]
    if pricing.stop_rule:
        notes.append(pricing.stop_rule.text)
    if pricing.joint:
        notes.append(pricing.joint.text)
    notes += [
        f"{budget.label}: {budget.description}".rstrip(": ") for budget in pricing.extra_budgets
    ]
    notes.append(f"Btw: {pricing.vat_rate} %.")
    return tuple(note for note in notes if note)


def programme_sheet_data(programme: Programme) -> ProgrammeSheetData:
    provider = programme.provider
    organisations = ", ".join(provider.organisations)
    contact = [organisations] if organisations != provider.name else []
    contact.append(provider.email)
    if provider.phone:
        contact.append(provider.phone)
    if provider.website:
        contact.append(provider.website)
    if provider.contact_person:
        person = provider.contact_person
        contact.append(" · ".join(p for p in (person.name, person.email, person.phone) if p))
    phases = tuple(
        Phase(
            label=f"Fase {phase.number}" if phase.number else "",
            name=phase.name,
            months=months_text(phase.start_month, phase.end_month),
            description=phase.description,
            activities=tuple(
                Activity(
                    months_text(a.start_month, a.end_month, a.open_ended),
                    a.name + (" (optioneel)" if a.optional else ""),
                    RESPONSIBLE_LABELS.get(str(a.responsible), str(a.responsible)),
                )
                for a in phase.activities
            ),
        )
        for phase in programme.phases
    )
    return ProgrammeSheetData(
        programme_name=programme.name,
        provider_name=provider.name,
        provider_contact=tuple(contact),
        summary=programme.summary,
        phases=phases,
        included=_included(programme),
        price_heading=_price_heading(programme),
        responsibilities=tuple(r.text for r in programme.responsibilities),
        price_lines=_price_lines(programme),
        price_notes=_price_notes(programme),
        conditions=tuple(c.text for c in programme.conditions),
    )
