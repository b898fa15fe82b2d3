"""One sheet row → the person it describes, with every problem and its reason."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

from models.importing.cleaning import (
    cell_text,
    clean_consent,
    clean_email,
    clean_name,
    clean_phone,
    clean_place,
    fit,
    split_full_name,
)
from models.importing.headers import Field
from models.importing.readers import Cell

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


@dataclass(frozen=True)
class PersonValues:
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
        return sum(1 for f in fields(self) if getattr(self, f.name) not in (None, ""))

    def completed_by(self, other: "PersonValues") -> "PersonValues":
        """These values, with the gaps filled from `other` (a merge keeps the most data)."""
        changes = {
            f.name: getattr(other, f.name)
            for f in fields(self)
            if getattr(self, f.name) in (None, "") and getattr(other, f.name) not in (None, "")
        }
        return replace(self, **changes) if changes else self


@dataclass(frozen=True)
class Problem:
    key: RowKey
    sheet: str
    row: int
    field: str
    message: str
    blocking: bool = False  # the row cannot be imported as it is


@dataclass(frozen=True)
class CleanRow:
    key: RowKey
    sheet: str
    row: int
    texts: Mapping[str, str]  # what the sheet says per field, for the fix-in-place editor
    values: PersonValues
    problems: tuple[Problem, ...] = field(default=())

    @property
    def blocked(self) -> bool:
        return any(problem.blocking for problem in self.problems)


def row_texts(cells: Sequence[Cell], columns: Sequence[tuple[int, Field]]) -> dict[str, Cell]:
    """Per field the first non-empty mapped cell; full-name columns split into first / last."""
    found: dict[str, Cell] = {}
    for index, kind in columns:
        value = cells[index] if index < len(cells) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if kind in (Field.FULL_NAME, Field.LAST_FIRST_NAME):
            first, last = split_full_name(cell_text(value), kind is Field.LAST_FIRST_NAME)
            if first:
                found.setdefault("first_name", first)
            if last:
                found.setdefault("last_name", last)
        elif kind is Field.CONSENT:
            found.setdefault("consent", value)
        elif kind is not Field.IGNORE:
            found.setdefault(kind.value, value)
    return found


def clean_row(
    key: RowKey,
    sheet: str,
    found: Mapping[str, Cell],
    today: date,
    overrides: Mapping[str, str] | None = None,
) -> CleanRow:
    """Cleans what a row says; `overrides` are the coach's fixes, typed in the preview."""
    raw: dict[str, Cell] = dict(found)
    if overrides:
        raw.update(overrides)
    problems: list[Problem] = []

    def problem(field_name: str, message: str | None, blocking: bool = False) -> None:
        if message:
            problems.append(Problem(key, sheet, key[1], field_name, message, blocking))

    def text(name: str) -> str:
        return cell_text(raw.get(name))

    names: dict[str, str] = {}
    for name in ("first_name", "last_name"):
        cut = fit(name, clean_name(text(name)) or None)
        problem(name, cut.problem)
        names[name] = cut.value or ""
    email = clean_email(text("email"))
    problem("email", email.problem)
    phone = clean_phone(raw.get("phone"))
    problem("phone", phone.problem)
    place = clean_place(raw.get("postcode"), text("municipality"))
    problem(place.problem_field, place.problem)
    organisation = fit("organisation", clean_name(text("organisation")) or None)
    problem("organisation", organisation.problem)
    consent = clean_consent(raw.get("consent"), today)
    problem("consent", consent.problem)
    municipality = fit("municipality", place.municipality)
    full = f"{names['first_name']} {names['last_name']}".strip()
    if not full:
        problem("name", "Geen naam: deze rij wordt overgeslagen (vul een naam in).", True)
    elif any(c.isdigit() for c in full) or "@" in full:
        problem(
            "name",
            f"'{full}' lijkt geen naam (er staan cijfers of een @ in); de rij wordt "
            "overgeslagen tenzij je de naam verbetert.",
            True,
        )
    values = PersonValues(
        first_name=names["first_name"],
        last_name=names["last_name"],
        email=email.value,
        phone=phone.value,
        postcode=place.postcode,
        municipality=municipality.value,
        organisation=organisation.value,
        consent_on=consent.value,
    )
    texts = {name: cell_text(raw.get(name)) for name in EDITABLE_FIELDS if name in raw}
    return CleanRow(key, sheet, key[1], texts, values, tuple(problems))
