"""Quote versions of a trajectory: the yearly number, new versions on change, the form's data."""

import uuid
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.enums import QuoteStatus
from models.orm import Quote, QuoteLine, Setting, Trajectory
from models.programmes import Programme, get_programme
from models.quotes.discounts import eligible_discount
from models.quotes.dto import ClientDiscount, NewVersion, QuoteForm, QuoteVersionRow, ScopeChoice
from models.quotes.history import (
    accepted_version,
    carried_options,
    state_of,
    stored_choices,
    version_row,
    versions_of,
)
from models.quotes.pricing import (
    Client,
    PriceOptions,
    QuotePrice,
    amount_adjustable,
    applicable_discounts,
    needs_manual_amount,
    price_quote,
)
from models.quotes.pricing_data import cents_of
from models.trajectories.detail import get_trajectory

VALIDITY_DAYS = 30
VALIDITY_SETTING = "quote_validity_days"  # a coach-wide override, stored in the settings table
DESCRIPTION_LENGTH = 300  # QuoteLine.description's column size


def pricing_input(trajectory: Trajectory) -> tuple[Programme, list[Client]]:
    """The trajectory's programme and its clients with their provinces, for the pricing rules."""
    programme = get_programme(trajectory.programme_key)
    clients = [
        Client(
            c.organisation.name,
            c.organisation.province,
            str(c.organisation_uid),
            c.cluster or "",
        )
        for c in trajectory.clients
    ]
    return programme, clients


def _default_scope(trajectory: Trajectory, programme: Programme) -> str | None:
    keys = [scope.key for scope in programme.pricing.scopes]
    if trajectory.scope_key in keys:
        return trajectory.scope_key
    return keys[-1] if keys else None


def _working_budget(session: Session, trajectory: Trajectory, programme: Programme) -> int | None:
    """The citizen group's budget: as the trajectory keeps it, else as the intake noted it."""
    if trajectory.working_budget_cents is not None:
        return trajectory.working_budget_cents
    from models.intake.answers import intake_answers

    for budget in programme.pricing.extra_budgets:
        if budget.intake_question is not None:
            answer = intake_answers(session, trajectory.uid).get(budget.intake_question)
            if isinstance(answer, int) and not isinstance(answer, bool):
                return answer
    return None


def _resolved(
    session: Session,
    trajectory: Trajectory,
    programme: Programme,
    scope_key: str | None,
    options: PriceOptions,
) -> tuple[str | None, PriceOptions]:
    """Fill in what the trajectory already knows: its scope, its stop, its working budget."""
    if scope_key is None:
        scope_key = _default_scope(trajectory, programme)
    if options.stopped_after_phase is None:
        options = replace(options, stopped_after_phase=trajectory.stopped_after_phase_key)
    # A budget left from another programme means nothing here, so only pass it where it counts.
    if options.working_budget_cents is None and programme.pricing.extra_budgets:
        options = replace(
            options, working_budget_cents=_working_budget(session, trajectory, programme)
        )
    return scope_key, options


def preview_price(
    session: Session, trajectory_uid: uuid.UUID, scope_key: str | None, options: PriceOptions
) -> QuotePrice:
    """The price a new version would get, without writing anything."""
    trajectory = get_trajectory(session, trajectory_uid)
    programme, clients = pricing_input(trajectory)
    scope_key, options = _resolved(session, trajectory, programme, scope_key, options)
    return price_quote(programme, scope_key, clients, options)


def list_versions(
    session: Session, trajectory_uid: uuid.UUID, today: date
) -> list[QuoteVersionRow]:
    """Every version of the trajectory's quote, newest first, with its state today."""
    trajectory = get_trajectory(session, trajectory_uid)
    programme = get_programme(trajectory.programme_key)
    return [version_row(q, programme, today) for q in versions_of(session, trajectory_uid)]


def open_conditions(session: Session, trajectory_uid: uuid.UUID) -> tuple[str, ...]:
    """The conditions for starting the intake does not (yet) meet, in the programme's words."""
    from models.intake.answers import intake_state

    return tuple(c.text for c in intake_state(session, trajectory_uid).report.unmet)


def _client_discounts(
    programme: Programme, clients: list[Client], latest: Quote | None
) -> tuple[ClientDiscount, ...]:
    given = None
    if latest is not None and any(line.amount_cents for line in latest.lines):
        given = {str(line.organisation_uid or "") for line in latest.lines if line.amount_cents < 0}
    result = []
    for client in clients:
        discount = eligible_discount(programme, client)
        applied = discount is not None
        if given is not None:
            applied = client.key in given or (len(clients) == 1 and "" in given)
        result.append(
            ClientDiscount(
                client.key,
                client.name,
                client.province or "",
                discount is not None,
                discount.reason if discount is not None else "",
                applied,
            )
        )
    return tuple(result)


def quote_form(session: Session, trajectory_uid: uuid.UUID, today: date) -> QuoteForm:
    """The choices the quote form offers for this trajectory, with what the rules propose."""
    trajectory = get_trajectory(session, trajectory_uid)
    programme, clients = pricing_input(trajectory)
    discounts = applicable_discounts(programme, clients)
    versions = versions_of(session, trajectory_uid)
    accepted = accepted_version(versions)
    budget = next(iter(programme.pricing.extra_budgets), None)
    latest = versions[0] if versions else None
    return QuoteForm(
        trajectory_uid=str(trajectory.uid),
        trajectory_name=trajectory.name,
        programme_name=programme.name,
        clients=tuple(client.name for client in clients),
        scopes=tuple(
            ScopeChoice(
                s.key,
                s.name,
                cents_of(s.amount),
                s.indicative,
                amount_adjustable(programme, s.key, clients),
            )
            for s in programme.pricing.scopes
        ),
        scope_key=_default_scope(trajectory, programme),
        discount_proposed=bool(discounts),
        discount_reason="; ".join(d.reason for d in discounts),
        manual_amount_required=needs_manual_amount(programme, clients),
        amount_adjustable=amount_adjustable(programme, None, clients),
        is_free=programme.is_free,
        latest=version_row(latest, programme, today) if latest is not None else None,
        accepted=version_row(accepted, programme, today) if accepted is not None else None,
        client_discounts=_client_discounts(programme, clients, latest),
        discount_note=latest.discount_note if latest is not None else "",
        working_budget_label=budget.label if budget is not None else "",
        working_budget_cents=_working_budget(session, trajectory, programme) if budget else None,
        open_conditions=open_conditions(session, trajectory_uid),
        has_discounts=bool(programme.pricing.discounts),
        typed_amount_cents=carried_options(
            versions, _default_scope(trajectory, programme), programme, clients
        ).manual_amount_cents,
    )


def _line_keys(lines: list[QuoteLine]) -> list[tuple[object, ...]]:
    return [
        (
            line.kind,
            line.description,
            line.amount_cents,
            line.vat_rate_basis_points,
            line.vat_cents,
            line.organisation_uid,
        )
        for line in lines
    ]


def _new_lines(price: QuotePrice) -> list[QuoteLine]:
    return [
        QuoteLine(
            position=position,
            kind=line.kind,
            description=line.description[:DESCRIPTION_LENGTH],
            amount_cents=line.amount_cents,
            vat_rate_basis_points=line.vat_basis_points,
            vat_cents=line.vat_cents,
            cluster=line.cluster,
            organisation_uid=uuid.UUID(line.client_key) if line.client_key else None,
        )
        for position, line in enumerate(price.lines)
    ]


def _unchanged(
    latest: Quote, price: QuotePrice, lines: list[QuoteLine], conditions: tuple[str, ...]
) -> bool:
    return (
        latest.scope_key == price.scope_key
        and latest.indicative == price.indicative
        and latest.price_on_request == price.price_on_request
        and latest.discount_note == price.discount_note
        and tuple(latest.open_conditions or ()) == conditions
        and _line_keys(list(latest.lines)) == _line_keys(lines)
    )


def validity_days(session: Session) -> int:
    """How long a quote stays valid: the setting if the coach set one, else 30 days."""
    value = session.scalar(select(Setting.value).where(Setting.key == VALIDITY_SETTING))
    return value if isinstance(value, int) and value > 0 else VALIDITY_DAYS


def _number(session: Session, versions: list[Quote], year: int) -> tuple[int, int, int]:
    """Year, sequence and version: the number is given once per trajectory, versions count up."""
    if versions:
        return versions[0].year, versions[0].sequence, versions[0].version + 1
    last = session.scalar(select(func.max(Quote.sequence)).where(Quote.year == year))
    return year, (last or 0) + 1, 1


def create_quote_version(
    session: Session,
    trajectory_uid: uuid.UUID,
    scope_key: str | None = None,
    options: PriceOptions | None = None,
    *,
    today: date,
) -> NewVersion:
    """A new draft when scope, price or open conditions changed, or when the latest version
    can no longer be accepted (expired, declined); never commits.

    Earlier drafts and sent versions become superseded; an accepted version stays accepted
    (and booked) until a later one is accepted. Raises UserError before anything is written
    when the input does not fit the programme.
    """
    trajectory = get_trajectory(session, trajectory_uid)
    programme, clients = pricing_input(trajectory)
    versions = versions_of(session, trajectory_uid)
    if scope_key is None:
        scope_key = _default_scope(trajectory, programme)
    if options is None:
        options = carried_options(versions, scope_key, programme, clients)
    scope_key, resolved = _resolved(session, trajectory, programme, scope_key, options)
    price = price_quote(programme, scope_key, clients, resolved)
    lines = _new_lines(price)
    conditions = open_conditions(session, trajectory_uid)
    latest = versions[0] if versions else None
    if latest is not None and _unchanged(latest, price, lines, conditions):
        still_good = state_of(latest, today) in (
            QuoteStatus.DRAFT,
            QuoteStatus.SENT,
            QuoteStatus.ACCEPTED,
        )
        if still_good:
            return NewVersion(version_row(latest, programme, today), created=False)
    year, sequence, version = _number(session, versions, today.year)
    for earlier in versions:
        if earlier.status in (QuoteStatus.DRAFT, QuoteStatus.SENT):
            earlier.status = QuoteStatus.SUPERSEDED
    quote = Quote(
        trajectory_uid=trajectory.uid,
        year=year,
        sequence=sequence,
        version=version,
        status=QuoteStatus.DRAFT,
        issued_on=today,
        valid_until=today + timedelta(days=validity_days(session)),
        scope_key=price.scope_key,
        indicative=price.indicative,
        price_on_request=price.price_on_request,
        total_excl_vat_cents=price.total_excl_vat_cents,
        vat_cents=price.vat_cents,
        total_incl_vat_cents=price.total_incl_vat_cents,
        discount_note=price.discount_note,
        open_conditions=list(conditions),
        price_choices=stored_choices(resolved),
        lines=lines,
    )
    session.add(quote)
    budget = resolved.working_budget_cents
    if budget is not None and programme.pricing.extra_budgets:
        from models.intake.answers import note_working_budget

        if budget != trajectory.working_budget_cents:
            note_working_budget(session, trajectory.uid, budget)
        trajectory.working_budget_cents = budget
    if price.scope_key is not None and accepted_version(versions) is None:
        trajectory.scope_key = price.scope_key  # proposed until a version is accepted
    session.flush()
    return NewVersion(version_row(quote, programme, today), created=True)


def latest_or_new_version(
    session: Session, trajectory_uid: uuid.UUID, today: date
) -> QuoteVersionRow:
    """The latest version, or a first one made with the proposed choices when there is none."""
    versions = versions_of(session, trajectory_uid)
    if versions:
        programme = get_programme(get_trajectory(session, trajectory_uid).programme_key)
        return version_row(versions[0], programme, today)
    return create_quote_version(session, trajectory_uid, today=today).row
