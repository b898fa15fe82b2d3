"""A quote's life: draft → sent (date) → accepted (date, by whom), declined, or expired.

An accepted version is locked: a change makes a new version, and the accepted one stays
accepted until a later version is accepted in its place. Accepting books the version's scope:
the plan then follows it (phases outside it show as "niet geboekt").
"""

import unicodedata
import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from models.core.enums import QuoteStatus, TrajectoryStatus
from models.core.errors import UserError
from models.core.formatting import format_date
from models.orm import Quote
from models.quotes.history import state_of, versions_of
from models.trajectories.detail import get_trajectory

OPEN = (QuoteStatus.DRAFT, QuoteStatus.SENT)
BY_MAX = 200  # Quote.accepted_by's column size


def one_line(text: str) -> str:
    """Typed text as one clean line: no control or direction characters, single spaces."""
    kept = "".join(c if unicodedata.category(c) not in ("Cc", "Cf") else " " for c in text)
    return " ".join(kept.split())


def _load(session: Session, quote_uid: uuid.UUID) -> Quote:
    quote = session.get(Quote, quote_uid)
    if quote is None:
        raise UserError(
            "There is no quote with code {uid}. Choose a version from the list.", uid=quote_uid
        )
    return quote


def _check_open(quote: Quote, day: date) -> None:
    """Only the current draft or sent version can still be sent, accepted or declined; its
    validity counts on the day it happened (a quote accepted last week was valid then)."""
    state = state_of(quote, day)
    facts: dict[str, Any] = {"version": quote.version, "number": quote.number}
    if state is QuoteStatus.EXPIRED:
        raise UserError(
            "Version {version} of quote {number} expired on {day}. Make a new version: the "
            "same price gets new dates.",
            field="status",
            day=format_date(quote.valid_until),
            **facts,
        )
    if state is QuoteStatus.ACCEPTED:
        raise UserError(
            "Version {version} of quote {number} is accepted and therefore locked. A change "
            "makes a new version.",
            field="status",
            **facts,
        )
    if state is QuoteStatus.DECLINED:
        raise UserError(
            "Version {version} of quote {number} was declined. Make a new version to propose "
            "again.",
            field="status",
            **facts,
        )
    if state not in OPEN:
        raise UserError(
            "Version {version} of quote {number} was replaced by a later version. Choose the "
            "latest version.",
            field="status",
            **facts,
        )


def _check_day(quote: Quote, day: date, today: date, field: str) -> None:
    if day > today:
        raise UserError(
            "{day} lies in the future: note the day it happened, today at the latest.",
            field=field,
            day=format_date(day),
        )
    if day < quote.issued_on:
        raise UserError(
            "{day} lies before the quote was made ({issued}). Check the date.",
            field=field,
            day=format_date(day),
            issued=format_date(quote.issued_on),
        )


def mark_sent(session: Session, quote_uid: uuid.UUID, day: date, today: date) -> Quote:
    """The version went to the client on `day`."""
    quote = _load(session, quote_uid)
    _check_open(quote, day)
    if quote.status is QuoteStatus.SENT:
        raise UserError(
            "This version was already sent on {day}.",
            field="status",
            day=format_date(quote.sent_on) if quote.sent_on else "?",
        )
    _check_day(quote, day, today, "sent_on")
    quote.status, quote.sent_on = QuoteStatus.SENT, day
    return quote


def accept(session: Session, quote_uid: uuid.UUID, day: date, by: str, today: date) -> Quote:
    """The client accepted the version: it is locked, replaces an earlier accepted one, and its
    scope is what the trajectory books."""
    quote = _load(session, quote_uid)
    _check_day(quote, day, today, "accepted_on")
    if day > quote.valid_until and quote.status in OPEN:
        raise UserError(
            "The quote was valid until {valid}: an acceptance on {day} comes too late. "
            "Make a new version and have that one accepted.",
            field="accepted_on",
            valid=format_date(quote.valid_until),
            day=format_date(day),
        )
    _check_open(quote, day)
    if quote.sent_on is not None and day < quote.sent_on:
        raise UserError(
            "It was accepted on {day}, before it was sent ({sent}). Check the date.",
            field="accepted_on",
            day=format_date(day),
            sent=format_date(quote.sent_on),
        )
    if quote.price_on_request:
        raise UserError(
            "This version has no price yet (price on request). Make a version with the agreed "
            "price and have that one accepted.",
            field="status",
        )
    who = one_line(by)
    if not who:
        raise UserError(
            "Note who accepted the quote (e.g. 'Ann Vanhoutte, schepen' or 'schepencollege "
            "van 12/03').",
            field="accepted_by",
        )
    if len(who) > BY_MAX:
        raise UserError(
            "Keep who accepted it under {limit} characters.", field="accepted_by", limit=BY_MAX
        )
    for earlier in versions_of(session, quote.trajectory_uid):
        if earlier.status is QuoteStatus.ACCEPTED:
            earlier.status = QuoteStatus.SUPERSEDED
    quote.status, quote.accepted_on, quote.accepted_by = QuoteStatus.ACCEPTED, day, who
    quote.sent_on = quote.sent_on or day  # handed over and signed at once
    trajectory = get_trajectory(session, quote.trajectory_uid)
    trajectory.scope_key = quote.scope_key
    if trajectory.status is TrajectoryStatus.INTAKE:
        trajectory.status = TrajectoryStatus.PLANNED
    return quote


def decline(session: Session, quote_uid: uuid.UUID, day: date, today: date, note: str) -> Quote:
    """The client said no to this version; it stays on record, an accepted one stays booked."""
    quote = _load(session, quote_uid)
    _check_open(quote, day)
    _check_day(quote, day, today, "declined_on")
    quote.status, quote.declined_on = QuoteStatus.DECLINED, day
    reason = one_line(note)
    if reason:
        quote.notes = reason
    return quote
