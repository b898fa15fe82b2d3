"""Finding the header row below title rows, and which column holds which field."""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from models.people.importing.sheets import Cell
from models.people.importing.workbook import RawSheet

HEADER_SEARCH_ROWS = 30


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # "Anneleen Van den Broeck" (or "Van den Broeck, Anneleen")
    LAST_FIRST_NAME = "last_first_name"  # "Naam en voornaam": "Van den Broeck, Anneleen"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    MUNICIPALITY = "municipality"
    ORGANISATION = "organisation"
    CONSENT = "consent"
    IGNORE = "ignore"


NAME_FIELDS = frozenset({Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME, Field.LAST_FIRST_NAME})

_NOT_ALNUM = re.compile(r"[\W_]+")


def fold_header(text: str) -> str:
    """'E-mailadres:' → 'e mailadres'; 'Naam + voornaam' → 'naam voornaam'."""
    if text.isascii():  # most cells: no accents to take off
        return _NOT_ALNUM.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", plain).strip()


_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: (
        "voornaam",
        "voornamen",
        "roepnaam",
        "first name",
        "firstname",
        "given name",
        "prenom",
        "forename",
    ),
    Field.LAST_NAME: (
        "familienaam",
        "achternaam",
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom",
        "naam",
    ),
    Field.FULL_NAME: (
        "volledige naam",
        "voornaam en naam",
        "voornaam naam",
        "voornaam en familienaam",
        "voornaam familienaam",
        "voornaam achternaam",
        "voor en achternaam",
        "voor en familienaam",
        "voor en naam",
        "full name",
        "name",
        "naam deelnemer",
        "deelnemer",
        "contactpersoon",
        "participant",
    ),
    Field.LAST_FIRST_NAME: (
        "naam en voornaam",
        "naam voornaam",
        "familienaam en voornaam",
        "familienaam voornaam",
        "achternaam voornaam",
        "achternaam en voornaam",
        "last name first name",
        "surname first name",
    ),
    Field.EMAIL: (
        "e mail",
        "email",
        "mail",
        "e mailadres",
        "emailadres",
        "mailadres",
        "e mail adres",
        "email adres",
        "email address",
        "e mail address",
        "mail address",
    ),
    Field.PHONE: (
        "gsm",
        "gsm nummer",
        "gsm nr",
        "gsmnummer",
        "tel",
        "tel nr",
        "telnr",
        "telefoon",
        "telefoonnummer",
        "telefoon nr",
        "phone",
        "phone number",
        "telephone",
        "mobile",
        "mobiel",
        "mobiel nummer",
        "gsm telefoon",
        "telefoon gsm",
        "tel gsm",
        "gsm tel",
    ),
    Field.POSTCODE: (
        "postcode",
        "post code",
        "postnummer",
        "zip",
        "zip code",
        "zipcode",
        "postal code",
        "pc",
    ),
    Field.MUNICIPALITY: (
        "gemeente",
        "woonplaats",
        "city",
        "town",
        "plaats",
        "stad",
        "deelgemeente",
        "woonachtig te",
        "gemeente woonplaats",
    ),
    Field.ORGANISATION: (
        "organisatie",
        "vereniging",
        "organization",
        "organisation",
        "bedrijf",
        "company",
        "instelling",
        "namens",
        "dienst",
        "werkgever",
        "vereniging organisatie",
        "organisatie vereniging",
        "school",
    ),
    Field.CONSENT: (
        "toestemming",
        "akkoord",
        "gdpr",
        "privacy",
        "consent",
        "akkoord privacy",
        "toestemming gegevens",
        "akkoord gdpr",
        "opt in",
    ),
}
_EXACT = {name: field for field, names in _SYNONYMS.items() for name in names}

# Headers nobody spells the same way twice: looked for as words inside the header, in order.
_PATTERNS: tuple[tuple[re.Pattern[str], Field], ...] = (
    (re.compile(r"\b(familie|achter)?naam\b.*\bvoornaam\b"), Field.LAST_FIRST_NAME),
    (re.compile(r"\bvoornaam\b.*\b(familie|achter)?naam\b"), Field.FULL_NAME),
    (re.compile(r"\bvoor en (familie|achter)?naam\b"), Field.FULL_NAME),  # "Voor- en achternaam"
    (re.compile(r"\bvoornaam|first ?name|given name"), Field.FIRST_NAME),
    (re.compile(r"mail"), Field.EMAIL),
    (re.compile(r"\b(gsm|tel|telefoon\w*|phone|mobiel|mobile)\b"), Field.PHONE),
    (re.compile(r"\b(postcode|postnummer|zip|postal)\b"), Field.POSTCODE),
    (re.compile(r"\b(gemeente|woonplaats|city|plaats)\b"), Field.MUNICIPALITY),
    (
        re.compile(r"\b(organisatie|vereniging|organi[sz]ation|bedrijf|company)\b"),
        Field.ORGANISATION,
    ),
    (re.compile(r"\b(toestemming|akkoord|gdpr|privacy|consent)\b"), Field.CONSENT),
    (re.compile(r"\b(familienaam|achternaam|surname|last ?name)\b"), Field.LAST_NAME),
    (re.compile(r"\bna(am|me)\b"), Field.FULL_NAME),
)


def exact_field(header: str) -> Field | None:
    """The field a header names word for word ("E-mailadres", "Naam"), else None."""
    return _EXACT.get(fold_header(header))


def guess_field(header: str) -> Field | None:
    """The field a header names, or None when it names nothing we keep."""
    folded = fold_header(header)
    if not folded:
        return None
    if folded in _EXACT:
        return _EXACT[folded]
    for pattern, field in _PATTERNS:
        if pattern.search(folded):
            return field
    return None


@dataclass(frozen=True)
class SheetTable:
    """The people table of one sheet: its header and its data rows with sheet row numbers."""

    sheet_index: int
    sheet_name: str
    header_row: int  # 1-based sheet row number
    headers: tuple[str, ...]  # unique, as written (or "Kolom C" for an empty header)
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (sheet row number, cells)

    @property
    def header_key(self) -> frozenset[str]:
        return frozenset(fold_header(h) for h in self.headers)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _score(row: Sequence[Cell]) -> tuple[int, bool]:
    fields = {guess_field(cell) for cell in row if isinstance(cell, str)} - {None}
    return len(fields), bool(fields & NAME_FIELDS)


def find_header_row(rows: Sequence[Sequence[Cell]]) -> int | None:
    """0-based index of the header row: the first of the best-scoring rows near the top."""
    best: int | None = None
    best_score = 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score, has_name = _score(row)
        if has_name and (score >= 2 or _filled(row) == 1) and score > best_score:
            best, best_score = index, score
    return best


def _is_sub_header(rows: Sequence[Sequence[Cell]], index: int) -> bool:
    """The row below the header only names fields that the header row left unnamed."""
    if index + 1 >= len(rows):
        return False
    header, below = rows[index], rows[index + 1]
    filled = [(col, cell) for col, cell in enumerate(below) if cell is not None]
    if not filled or not all(isinstance(cell, str) and guess_field(cell) for _, cell in filled):
        return False
    return any(col >= len(header) or guess_field(_text(header[col])) is None for col, _ in filled)


def _filled(row: Sequence[Cell]) -> int:
    return sum(1 for cell in row if cell is not None)


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def detect_table(sheet: RawSheet, sheet_index: int) -> SheetTable | None:
    """The table of people in a sheet, or None when no row looks like a people header."""
    header_index = find_header_row(sheet.rows)
    if header_index is None:
        return None
    width = max((len(row) for row in sheet.rows), default=0)
    header_cells = list(sheet.rows[header_index]) + [None] * width
    if _is_sub_header(sheet.rows, header_index):
        # Two header rows: "Contact" spanning two columns above "E-mail" and "GSM".
        below = list(sheet.rows[header_index + 1]) + [None] * width
        header_cells = [
            b if b is not None else h for h, b in zip(header_cells, below, strict=False)
        ]
        header_index += 1
    above = sheet.rows[header_index - 1] if header_index > 0 else []
    names: list[str] = []
    for col in range(width):
        text = _text(header_cells[col])
        if not text:
            text = _merged_text(sheet, header_index, col)
        if not text and col < len(above) and guess_field(_text(above[col])) is not None:
            # A header cell merged downwards over two rows, where the reader gave no merges.
            text = _text(above[col])
        names.append(text)
    data: list[tuple[int, tuple[Cell, ...]]] = []
    header_folded = [fold_header(n) for n in names]
    for index in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if not any(cell is not None for cell in row):
            continue
        cells = tuple(row) + (None,) * (width - len(row))
        if _repeats_header(cells, header_folded):
            continue  # the header repeated (a list printed over several pages)
        data.append((index + 1, cells))
    used = [
        col
        for col in range(width)
        if names[col] or any(cells[col] is not None for _, cells in data)
    ]
    headers = unique_names([names[col] or f"Kolom {column_letter(col)}" for col in used])
    if len(used) == width:  # every column kept: the rows are ready
        rows = tuple(data)
    else:
        rows = tuple((number, tuple(cells[col] for col in used)) for number, cells in data)
    return SheetTable(sheet_index, sheet.name, header_index + 1, headers, rows)


def _repeats_header(cells: Sequence[Cell], header_folded: Sequence[str]) -> bool:
    if cells[0] is not None:
        first: int | None = 0
    else:
        first = next((i for i, cell in enumerate(cells) if cell is not None), None)
    if first is None or first >= len(header_folded):
        return False
    cell = cells[first]
    if type(cell) is not str:
        return False
    word = header_folded[first].split(" ", 1)[0]
    if word and cell.isascii() and word not in cell.lower():
        return False  # the cheapest test first: most rows stop here
    if fold_header(_text(cell)) != header_folded[first]:
        return False
    return [fold_header(_text(c)) for c in cells] == list(header_folded)


def _merged_text(sheet: RawSheet, row: int, col: int) -> str:
    for (top, left), (bottom, right) in sheet.merged:
        # Only a cell merged down from above: a header spanning columns names the first one.
        if top < row <= bottom and left == col <= right and top < len(sheet.rows):
            return _text(sheet.rows[top][left]) if left < len(sheet.rows[top]) else ""
    return ""


def unique_names(names: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    result: list[str] = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        result.append(name if count == 1 else f"{name} ({count})")
    return tuple(result)


def guess_mapping(
    headers: Sequence[str], remembered: Mapping[str, str] | None = None
) -> dict[str, Field]:
    """Header → field: what the coach chose before for that header, else the guess."""
    remembered = remembered or {}
    mapping: dict[str, Field] = {}
    for header in headers:
        chosen = remembered.get(fold_header(header))
        if chosen is not None and chosen in Field._value2member_map_:
            mapping[header] = Field(chosen)
            continue
        mapping[header] = guess_field(header) or Field.IGNORE
    fields = set(mapping.values())
    if Field.FIRST_NAME in fields:
        # Beside a first-name column, "Naam" is the family name.
        for header, field in mapping.items():
            if field is Field.FULL_NAME and fold_header(header) in ("naam", "name"):
                mapping[header] = Field.LAST_NAME
    elif Field.LAST_NAME in fields and not fields & {Field.FULL_NAME, Field.LAST_FIRST_NAME}:
        for header, field in mapping.items():
            if field is Field.LAST_NAME and fold_header(header) in ("naam", "name"):
                mapping[header] = Field.FULL_NAME
    return mapping
