"""The quotes' calls: versions, the form, a new version, its life, its document."""

import uuid
from datetime import date

from models.core.errors import UserError
from models.core.formatting import parse_date
from models.core.nouns import QUOTE, QUOTE_OR_TRAJECTORY, TRAJECTORY
from models.core.service_base import ServiceBase
from models.programmes import get_programme
from models.quotes import lifecycle
from models.quotes.document import quote_document
from models.quotes.dto import NewVersion, QuoteDocument, QuoteForm, QuoteVersionRow
from models.quotes.history import version_row
from models.quotes.pricing import PriceOptions, QuotePrice
from models.quotes.versions import (
    create_quote_version,
    latest_or_new_version,
    list_versions,
    preview_price,
    quote_form,
)
from models.storage.database import one_at_a_time
from models.trajectories.detail import get_trajectory
from models.trajectories.listing import parse_uid


def _day(value: date | str, field: str) -> date:
    return value if isinstance(value, date) else parse_date(value, field=field)


# Two coaches making a quote at once on a server never get the same yearly number.
QUOTE_NUMBERS = "quote numbers"


class QuotesService(ServiceBase):
    """Quotes for the Offerte tab and `trajectwijzer export quote`; needs `self.database`."""

    def quotes(self, trajectory_uid: str, today: date | None = None) -> list[QuoteVersionRow]:
        """Every version of the trajectory's quote, newest first, with its state today."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return list_versions(session, uid, today or self.clock.today())

    def quote_options(self, trajectory_uid: str, today: date | None = None) -> QuoteForm:
        """What the quote form offers: scopes, the proposed discount, whether a price is typed."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return quote_form(session, uid, today or self.clock.today())

    def preview_quote(
        self, trajectory_uid: str, scope_key: str | None, options: PriceOptions
    ) -> QuotePrice:
        """The price a new version would get; raises UserError (with its field) for bad input."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return preview_price(session, uid, scope_key, options)

    def new_quote_version(
        self,
        trajectory_uid: str,
        scope_key: str | None = None,
        options: PriceOptions | None = None,
        today: date | None = None,
    ) -> NewVersion:
        """A new version in one transaction, or the current one when nothing changed."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            one_at_a_time(session, QUOTE_NUMBERS)
            return create_quote_version(
                session, uid, scope_key, options, today=today or self.clock.today()
            )

    def ensure_quote(self, trajectory_uid: str, today: date | None = None) -> QuoteVersionRow:
        """The latest version, made first with the proposed choices when there is none yet."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            one_at_a_time(session, QUOTE_NUMBERS)
            return latest_or_new_version(session, uid, today or self.clock.today())

    def printable_quote(self, uid: str, today: date | None = None) -> QuoteDocument:
        """What a printed quote shows: uid names a version (that one) or a trajectory (its
        latest version, made first with the proposed choices when there is none yet)."""
        from models.orm import Quote

        parsed = parse_uid(uid, QUOTE_OR_TRAJECTORY)
        with self.database.session_factory.begin() as session:
            if session.get(Quote, parsed) is None:
                parsed = uuid.UUID(
                    latest_or_new_version(session, parsed, today or self.clock.today()).uid
                )
            return quote_document(session, parsed)

    def mark_quote_sent(
        self, quote_uid: str, sent_on: date | str, today: date | None = None
    ) -> QuoteVersionRow:
        """The version went to the client on that day."""
        return self._life(quote_uid, "sent", sent_on, today)

    def accept_quote(
        self, quote_uid: str, accepted_on: date | str, by: str, today: date | None = None
    ) -> QuoteVersionRow:
        """The client accepted the version (who, when): locked and booked, the plan follows."""
        return self._life(quote_uid, "accepted", accepted_on, today, by)

    def decline_quote(
        self, quote_uid: str, declined_on: date | str, note: str = "", today: date | None = None
    ) -> QuoteVersionRow:
        """The client declined the version; it stays on record."""
        return self._life(quote_uid, "declined", declined_on, today, note)

    def _life(
        self, quote_uid: str, step: str, day: date | str, today: date | None, text: str = ""
    ) -> QuoteVersionRow:
        uid = parse_uid(quote_uid, QUOTE)
        now = today or self.clock.today()
        with self.database.session_factory.begin() as session:
            if step == "sent":
                quote = lifecycle.mark_sent(session, uid, _day(day, "sent_on"), now)
            elif step == "accepted":
                quote = lifecycle.accept(session, uid, _day(day, "accepted_on"), text, now)
            else:
                quote = lifecycle.decline(session, uid, _day(day, "declined_on"), now, text)
            programme = get_programme(get_trajectory(session, quote.trajectory_uid).programme_key)
            return version_row(quote, programme, now)

    def participation_agreement(
        self, trajectory_uid: str, today: date | None = None
    ) -> QuoteDocument:
        """A free programme's participation agreement (its latest version, made if none)."""
        row = self.ensure_quote(trajectory_uid, today)
        document = self.quote_document(row.uid)
        if not document.is_agreement:
            raise UserError(
                "{programme} is a priced programme: it has a quote, not a participation "
                "agreement. Export the quote instead (export quote).",
                programme=document.programme_name,
            )
        return document

    def quote_document(self, quote_uid: str) -> QuoteDocument:
        """Everything the PDF of one version prints."""
        uid = parse_uid(quote_uid, QUOTE)
        with self.database.session_factory() as session:
            return quote_document(session, uid)
