"""Excel lists of people and of a session's attendees (frozen header, widths, filter, safe text)."""

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from exports.spreadsheet import write_table

HEADER = ("Naam", "E-mail", "Telefoon", "Gemeente", "Organisatie")


class PersonLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def municipality(self) -> str: ...
    @property
    def organisation(self) -> str: ...


def _rows(people: Sequence[PersonLike]) -> list[tuple[str, str, str, str, str]]:
    return [(p.name, p.email, p.phone, p.municipality, p.organisation) for p in people]


def write_people(path: Path, people: Sequence[PersonLike]) -> Path:
    """One sheet "Personen"; a cell starting with = + - @ stays text (no formula injection)."""
    return write_table(path, "Personen", HEADER, _rows(people))


def write_attendees(path: Path, session_title: str, people: Sequence[PersonLike]) -> Path:
    """The people registered for a session, on a sheet named after it."""
    header = (*HEADER, "Aanwezig")
    rows = [(*row, "") for row in _rows(people)]
    return write_table(path, session_title or "Aanwezigen", header, rows)
