"""The quotes' calls: versions, the form's choices, a price preview, the PDF's data."""

import uuid
from datetime import date
from typing import TYPE_CHECKING

from models.core.service_base import ServiceBase
from models.quotes.document import quote_document
from models.quotes.dto import NewVersion, QuoteDocument, QuoteForm, QuoteVersionRow
from models.quotes.pricing import PriceOptions, QuotePrice
from models.quotes.versions import (
    create_quote_version,
    latest_or_new_version,
    list_versions,
    preview_price,
    quote_form,
)
from models.trajectories.listing import parse_uid

if TYPE_CHECKING:
    pass

TRAJECTORY = "een traject"


class QuotesService(ServiceBase):
    """Quotes for the Offerte tab and `trajectwijzer export quote`; needs `self.database`."""

    def quotes(self, trajectory_uid: str) -> list[QuoteVersionRow]:
        """Every version of the trajectory's quote, newest first."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return list_versions(session, uid)

    def quote_options(self, trajectory_uid: str) -> QuoteForm:
        """What the quote form offers: scopes, the proposed discount, whether a price is typed."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory() as session:
            return quote_form(session, uid)

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
            return create_quote_version(
                session, uid, scope_key, options, today=today or self.clock.today()
            )

    def ensure_quote(self, trajectory_uid: str, today: date | None = None) -> QuoteVersionRow:
        """The latest version, made first with the proposed choices when there is none yet."""
        uid = parse_uid(trajectory_uid, TRAJECTORY)
        with self.database.session_factory.begin() as session:
            return latest_or_new_version(session, uid, today or self.clock.today())

    def printable_quote(self, uid: str, today: date | None = None) -> QuoteDocument:
        """What a printed quote shows: uid names a version (that one) or a trajectory (its
        latest version, made first with the proposed choices when there is none yet)."""
        from models.orm import Quote

        parsed = parse_uid(uid, "een offerte of traject")
        with self.database.session_factory.begin() as session:
            if session.get(Quote, parsed) is None:
                parsed = uuid.UUID(
                    latest_or_new_version(session, parsed, today or self.clock.today()).uid
                )
            return quote_document(session, parsed)

    def quote_document(self, quote_uid: str) -> QuoteDocument:
        """Everything the PDF of one version prints."""
        uid = parse_uid(quote_uid, "een offerte")
        with self.database.session_factory() as session:
            return quote_document(session, uid)
