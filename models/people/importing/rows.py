"""One sheet row → the person it describes, with every problem and its reason."""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from models.people.importing.cleaning import (
    MAX_LENGTHS,
    cell_text,
    clean_consent,
    clean_email,
    clean_phone,
    clean_place,
    fit,
    split_full_name,
)
from models.people.importing.headers import Field
from models.people.importing.sheets import Cell

RowKey = tuple[int, int]  # (sheet index, sheet row number)

EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "postcode",
    "municipality",
    "organisation",
    "consent",
)
_EDITABLE = frozenset(EDITABLE_FIELDS)


class PersonValues(NamedTuple):
    """What the import keeps of one person (a tuple: one is made for every row)."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    organisation: str | None = None
    consent_on: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def filled(self) -> int:
        return sum(1 for value in self if value is not None and value != "")

    def completed_by(self, other: "PersonValues") -> "PersonValues":
        """These values, with the gaps filled from `other` (a merge keeps the most data)."""
        if all(value is not None and value != "" for value in self):
            return self
        merged = (
            theirs if (mine is None or mine == "") and theirs is not None and theirs != "" else mine
            for mine, theirs in zip(self, other, strict=True)
        )
        return PersonValues._make(merged)


@dataclass(frozen=True)
class Problem:
    key: RowKey
    sheet: str
    row: int
    field: str
    message: str
    blocking: bool = False  # the row cannot be imported as it is


class CleanRow(NamedTuple):
    key: RowKey
    sheet: str
    row: int
    cells: Mapping[str, Cell]  # what the sheet (or the coach's fix) says per field
    values: PersonValues
    problems: tuple[Problem, ...] = ()

    def text(self, field_name: str) -> str:
        """What the sheet says in a field, as the fix-in-place editor shows it."""
        return cell_text(self.cells.get(field_name)) if field_name in _EDITABLE else ""

    @property
    def blocked(self) -> bool:
        return any(problem.blocking for problem in self.problems)


def row_texts(cells: Sequence[Cell], columns: Sequence[tuple[int, str]]) -> dict[str, Cell]:
    """Per field the first non-empty mapped cell; full-name columns split into first / last.

    `columns` holds (cell index, field value): plain text, compared faster than enum members.
    """
    found: dict[str, Cell] = {}
    size = len(cells)
    for index, kind in columns:
        value = cells[index] if index < size else None
        if value is None or (type(value) is str and not value.strip()):
            continue
        if kind in _FULL_NAMES:
            first, last = split_full_name(cell_text(value), kind == _LAST_FIRST)
            if first:
                found.setdefault("first_name", first)
            if last:
                found.setdefault("last_name", last)
        elif kind != _IGNORE:
            found.setdefault(kind, value)
    return found


_FULL_NAMES = frozenset({Field.FULL_NAME.value, Field.LAST_FIRST_NAME.value})
_LAST_FIRST = Field.LAST_FIRST_NAME.value
_IGNORE = Field.IGNORE.value


_NOT_A_NAME = re.compile(r"[\d@]")


def clean_row(
    key: RowKey,
    sheet: str,
    found: Mapping[str, Cell],
    today: date,
    overrides: Mapping[str, str] | None = None,
) -> CleanRow:
    """Cleans what a row says; `overrides` are the coach's fixes, typed in the preview.

    Runs once per sheet row, so the common case (nothing wrong) takes the shortest way.
    """
    raw: Mapping[str, Cell] = {**found, **overrides} if overrides else found
    get = raw.get
    notes: list[tuple[str, str, bool]] = []  # (field, message, blocking)
    first = _fitted("first_name", cell_text(get("first_name")), notes)
    last = _fitted("last_name", cell_text(get("last_name")), notes)
    email = clean_email(cell_text(get("email")))
    if email.problem:
        notes.append(("email", email.problem, False))
    phone = clean_phone(get("phone"))
    if phone.problem:
        notes.append(("phone", phone.problem, False))
    place = clean_place(get("postcode"), cell_text(get("municipality")))
    if place.problem:
        notes.append((place.problem_field, place.problem, False))
    organisation = _fitted("organisation", cell_text(get("organisation")), notes) or None
    consent = clean_consent(get("consent"), today)
    if consent.problem:
        notes.append(("consent", consent.problem, False))
    municipality = place.municipality
    if municipality is not None and len(municipality) > MAX_LENGTHS["municipality"]:
        municipality = municipality[: MAX_LENGTHS["municipality"]]
    full = f"{first} {last}".strip()
    if not full:
        notes.append(("name", "Geen naam: deze rij wordt overgeslagen (vul een naam in).", True))
    elif _NOT_A_NAME.search(full):
        message = (
            f"'{full}' lijkt geen naam (er staan cijfers of een @ in); de rij wordt "
            "overgeslagen tenzij je de naam verbetert."
        )
        notes.append(("name", message, True))
    values = PersonValues(
        first,
        last,
        email.value,
        phone.value,
        place.postcode,
        municipality,
        organisation,
        consent.value,
    )
    row = key[1]
    problems = tuple(Problem(key, sheet, row, *note) for note in notes) if notes else ()
    return CleanRow(key, sheet, row, raw, values, problems)


def _fitted(name: str, text: str, notes: list[tuple[str, str, bool]]) -> str:
    """The text cut to what its column holds; a note when it had to be cut."""
    if len(text) <= MAX_LENGTHS[name]:
        return text
    cut = fit(name, text)
    assert cut.problem is not None and cut.value is not None
    notes.append((name, cut.problem, False))
    return cut.value
