"""What an erasure leaves: a tombstone (the uid only), and no name in the app's own metadata.

The file name of an import ("inschrijving Mieke Saelens.csv") is kept with the import batch
and in the source of the consents it recorded; an erasure replaces the person's name and
e-mail address there and says where. The tombstone makes an erasure stick: a restored
backup or a hand-over file made before it brings the person in again, and then they are
erased again (`privacy.erase_again`) or their rows are dropped.
"""

import re
import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.core.errors import domain_text
from models.orm import Consent, ErasedPerson, ImportBatch

ERASED_NAME = "[gewist]"


def name_pattern(first_name: str, last_name: str, email: str | None) -> re.Pattern[str] | None:
    """The person's full name (either order, any separator) or e-mail address, any case."""
    parts = []
    first, last = first_name.strip(), last_name.strip()
    if first and last:
        gap = r"[\s._,-]+"
        parts.append(rf"{re.escape(first)}{gap}{re.escape(last)}")
        parts.append(rf"{re.escape(last)}{gap}{re.escape(first)}")
    elif len(first or last) >= 4:
        parts.append(re.escape(first or last))
    if email and email.strip():
        parts.append(re.escape(email.strip()))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def wipe_name_in_metadata(
    session: Session, pattern: re.Pattern[str], needles: Iterable[str]
) -> tuple[str, ...]:
    """Replaces the name in import file names and consent sources; says where.

    `needles` (the name's parts, the e-mail address) narrow the rows read to those that may
    hold the name; the pattern decides.
    """
    words = [n.strip() for n in needles if n and n.strip()]
    if not words:
        return ()
    places: list[str] = []
    batches = select(ImportBatch).where(
        or_(*(ImportBatch.source_name.contains(w, autoescape=True) for w in words))
    )
    for batch in session.scalars(batches):
        if pattern.search(batch.source_name):
            batch.source_name = pattern.sub(ERASED_NAME, batch.source_name)
            places.append(domain_text("the file name of an import"))
    consents = select(Consent).where(
        or_(*(Consent.source.contains(w, autoescape=True) for w in words))
    )
    for consent in session.scalars(consents):
        if pattern.search(consent.source):
            consent.source = pattern.sub(ERASED_NAME, consent.source)
            places.append(domain_text("where a consent came from"))
    return tuple(dict.fromkeys(places))


def add_tombstone(session: Session, person_uid: uuid.UUID, now: datetime) -> None:
    if session.get(ErasedPerson, person_uid) is None:
        session.add(ErasedPerson(uid=person_uid, created_at=now, updated_at=now))


def tombstones(session: Session) -> set[uuid.UUID]:
    return set(session.scalars(select(ErasedPerson.uid)))
