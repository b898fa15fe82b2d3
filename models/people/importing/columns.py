"""Which column fills a field when several could: chosen by what the values are.

A form tool puts its account column ("E-mail": anonymous) beside the address the person
typed; a sheet keeps an empty "Naam" beside "Voor- en achternaam"; a "Naam" column holds
first and last name while "Voornaam" stays empty. The header alone picks the wrong one, so
a sample of the values decides: the column with the most values that are what the field
holds (valid e-mail addresses, phone numbers, postcodes; names that look like names) wins
and the others are left out. Every such choice is returned, to be shown in the mapping step.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from models.people.importing.cleaning import cell_text, clean_email, clean_phone
from models.people.importing.headers import Field, SheetTable
from models.people.importing.sheets import Cell

SAMPLE_ROWS = 200


@dataclass(frozen=True)
class ColumnChoice:
    """One column in a choice between columns: used for `field` or left out."""

    header: str
    field: Field  # the field it was considered for (after the choice: what it fills)
    used: bool
    fitting: int  # sample values that are what the field holds
    filled: int  # sample values that are not empty
    other: str  # the column it was weighed against (the chosen one, or the best left out)


_NOT_A_NAME = re.compile(r"[\d@_=<>{}\[\]|/\\#]")
_PLACEHOLDERS = frozenset(
    {"anonymous", "anoniem", "onbekend", "unknown", "n/a", "nvt", "geen", "none", "-", "x", "?"}
)


def looks_like_name(text: str) -> bool:
    """Letters (any script), spaces, hyphens and apostrophes; not a placeholder."""
    value = text.strip()
    return (
        len(value) >= 2
        and any(c.isalpha() for c in value)
        and not _NOT_A_NAME.search(value)
        and value.casefold() not in _PLACEHOLDERS
    )


def _is_email(value: Cell) -> bool:
    return clean_email(cell_text(value)).value is not None


def _is_phone(value: Cell) -> bool:
    return clean_phone(value).value is not None


def _is_postcode(value: Cell) -> bool:
    from models.core.reference import municipalities_for_postcode, normalize_postcode

    text = cell_text(value)
    code = normalize_postcode(text)
    return code is not None and bool(municipalities_for_postcode(code))


def _is_text(value: Cell) -> bool:
    return looks_like_name(cell_text(value))


_FITS: dict[Field, Callable[[Cell], bool]] = {
    Field.EMAIL: _is_email,
    Field.PHONE: _is_phone,
    Field.POSTCODE: _is_postcode,
    Field.MUNICIPALITY: _is_text,
    Field.ORGANISATION: lambda value: bool(cell_text(value)),
    Field.CONSENT: lambda value: bool(cell_text(value)),
    Field.FIRST_NAME: _is_text,
    Field.LAST_NAME: _is_text,
    Field.FULL_NAME: lambda value: _is_text(value) and len(cell_text(value).split()) >= 2,
    Field.LAST_FIRST_NAME: lambda value: _is_text(value) and len(cell_text(value).split()) >= 2,
}


def choose_columns(
    table: SheetTable, mapping: Mapping[str, Field], fixed: frozenset[str] = frozenset()
) -> tuple[dict[str, Field], tuple[ColumnChoice, ...]]:
    """The mapping with one column per field, chosen by the values, and the choices made.

    Headers in `fixed` (chosen by the coach before, for these column names) are kept.
    """
    chosen = dict(mapping)
    choices: list[ColumnChoice] = []
    sample = [cells for _, cells in table.rows[:SAMPLE_ROWS]]
    index = {header: position for position, header in enumerate(table.headers)}
    for field in _FITS:
        columns = [h for h, f in chosen.items() if f is field and h not in fixed]
        if len(columns) > 1:
            choices += _keep_best(chosen, columns, field, sample, index)
    choices += _name_source(chosen, sample, index, fixed)
    return chosen, tuple(choices)


def _score(sample: Sequence[Sequence[Cell]], position: int, field: Field) -> tuple[int, int]:
    fits = _FITS[field]
    values = [row[position] for row in sample if position < len(row)]
    filled = [value for value in values if value is not None and cell_text(value)]
    return sum(1 for value in filled if fits(value)), len(filled)


def _keep_best(
    chosen: dict[str, Field],
    columns: Sequence[str],
    field: Field,
    sample: Sequence[Sequence[Cell]],
    index: Mapping[str, int],
) -> list[ColumnChoice]:
    scores = {header: _score(sample, index[header], field) for header in columns}
    best = max(columns, key=lambda header: scores[header])  # the first on a tie
    runner_up = max((h for h in columns if h != best), key=lambda header: scores[header])
    found: list[ColumnChoice] = []
    for header in columns:
        used = header == best
        if not used:
            chosen[header] = Field.IGNORE
        fitting, filled = scores[header]
        other = runner_up if used else best
        found.append(ColumnChoice(header, field, used, fitting, filled, other))
    return found


def _name_source(
    chosen: dict[str, Field],
    sample: Sequence[Sequence[Cell]],
    index: Mapping[str, int],
    fixed: frozenset[str],
) -> list[ColumnChoice]:
    """First and last name columns against a column holding both: the side that gives more
    names wins. A "Naam" column full of first and last names, beside an empty "Voornaam",
    becomes the full name (split as the full-name columns are)."""
    if any(header in fixed for header, f in chosen.items() if f in _NAME_FIELDS):
        return []
    parts = [h for h, f in chosen.items() if f in (Field.FIRST_NAME, Field.LAST_NAME)]
    whole = next(
        (h for h, f in chosen.items() if f in (Field.FULL_NAME, Field.LAST_FIRST_NAME)), None
    )
    fits = {h: _score(sample, index[h], chosen[h]) for h in parts}
    if whole is not None and parts:
        whole_fit = _score(sample, index[whole], chosen[whole])
        best_part = max(parts, key=lambda header: fits[header])
        if whole_fit[0] > fits[best_part][0]:
            found = [ColumnChoice(whole, chosen[whole], True, *whole_fit, best_part)]
            for header in parts:
                found.append(ColumnChoice(header, chosen[header], False, *fits[header], whole))
                chosen[header] = Field.IGNORE
            return found
        field = chosen[whole]
        chosen[whole] = Field.IGNORE
        return [ColumnChoice(whole, field, False, *whole_fit, best_part)]
    first = [h for h in parts if chosen[h] is Field.FIRST_NAME]
    last = [h for h in parts if chosen[h] is Field.LAST_NAME]
    if whole is not None or len(first) != 1 or len(last) != 1:
        return []
    both = _score(sample, index[last[0]], Field.FULL_NAME)
    if fits[first[0]][0] * 4 < fits[last[0]][0] and both[0] * 2 > fits[last[0]][0]:
        # Hardly any first names, and the "last name" column mostly holds two words or more.
        chosen[first[0]], chosen[last[0]] = Field.IGNORE, Field.FULL_NAME
        return [
            ColumnChoice(last[0], Field.FULL_NAME, True, *both, first[0]),
            ColumnChoice(first[0], Field.FIRST_NAME, False, *fits[first[0]], last[0]),
        ]
    return []


_NAME_FIELDS = frozenset(
    {Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME, Field.LAST_FIRST_NAME}
)
