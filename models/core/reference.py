"""Belgian municipalities with their postcodes and places, read from the shipped reference CSVs."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import resources

__all__ = [
    "Municipality",
    "ReferenceData",
    "fold",
    "load_municipalities",
    "municipalities_for_postcode",
    "municipality_by_nis",
    "normalize_postcode",
    "province_of",
    "reference_dir",
    "search_municipalities",
]


@dataclass(frozen=True, slots=True)
class Municipality:
    """A municipality as Statbel lists it, keyed by its NIS (REFNIS) code."""

    nis_code: str
    name: str
    """Dutch name; Statbel gives one for every municipality, also "Luik" for Liège"""
    name_fr: str
    province: str | None
    """Dutch province name; None in the Brussels-Capital Region, which has no province"""
    region: str
    """One of Vlaanderen, Wallonië, Brussel"""
    postcodes: tuple[str, ...]
    places: tuple[str, ...]
    """Localities (deelgemeenten) as bpost spells them; empty when the data carries none"""


def reference_dir() -> Path:
    """The folder with the CSV files, next to the resources package (also in a bundle)."""
    return Path(resources.__file__).parent / "reference"


# Four digits, optionally after "B-"/"BE-" as written on letters, and optionally followed by
# ".0" because spreadsheets and pandas turn 8500 into 8500.0.
_POSTCODE = re.compile(r"(?:BE?[-\s]?)?(\d{4})(?:\.0+)?", re.IGNORECASE)
_NIS = re.compile(r"(\d{5})(?:\.0+)?")
_PARTIAL_POSTCODE = re.compile(r"\d{1,4}(?:\.0+)?")
_NOT_ALNUM = re.compile(r"[\W_]+")

# Ranks of a match, best first: what the search promises is exact, prefix, contains; a word
# start ("kruibeke" in Beveren-Kruibeke-Zwijndrecht) sits between the last two because after
# the 2025 mergers people type the name of their old municipality.
_EXACT, _PREFIX, _WORD_START, _CONTAINS = range(4)
_NAME, _PLACE = range(2)


def fold(text: str) -> str:
    """Text as compared in a search: no accents, no case, punctuation and hyphens as spaces."""
    if not text.isascii():
        # Most names are plain ASCII: skipping the decomposition for them halves the load time.
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_ALNUM.sub(" ", text.casefold()).strip()


def normalize_postcode(value: str | int | float | None) -> str | None:
    """A Belgian postcode as four digits, from "8500", " 8500 ", "8500.0", 8500 or "B-8500"."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    match = _POSTCODE.fullmatch(str(value).strip())
    return match.group(1) if match else None


def _normalize_nis(value: str | int | float | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    match = _NIS.fullmatch(str(value).strip())
    return match.group(1) if match else None


_MUNICIPALITY_COLUMNS = ("nis_code", "name_nl", "name_fr", "name_de", "province", "region")
_POSTCODE_COLUMNS = ("postcode", "place", "nis_code")


def _expect_header(header: list[str], expected: tuple[str, ...], name: str) -> None:
    # Columns are read by position, so a reordered file must fail loudly, not mix up names.
    if tuple(header) != expected:
        raise ValueError(f"{name}: expected columns {expected}, found {tuple(header)}")


@dataclass(frozen=True, slots=True)
class _Entry:
    """A municipality with its search keys folded once, at load time."""

    municipality: Municipality
    sort_key: str
    names: tuple[str, ...]
    places: tuple[str, ...]


def _rank(query: str, keys: Iterable[str]) -> int | None:
    best: int | None = None
    for key in keys:
        if key == query:
            return _EXACT
        if key.startswith(query):
            rank = _PREFIX
        elif f" {query}" in f" {key}":
            rank = _WORD_START
        elif query in key:
            rank = _CONTAINS
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


class ReferenceData:
    """Municipalities indexed for lookups by NIS code, postcode and name as you type."""

    def __init__(self, municipalities: Iterable[Municipality]) -> None:
        self.municipalities = tuple(municipalities)
        self._by_nis = {item.nis_code: item for item in self.municipalities}
        by_postcode: dict[str, list[Municipality]] = {}
        for item in self.municipalities:
            for postcode in item.postcodes:
                by_postcode.setdefault(postcode, []).append(item)
        self._by_postcode = {code: tuple(items) for code, items in by_postcode.items()}
        self._postcodes = tuple(sorted(self._by_postcode))
        self._sort_keys = {item.nis_code: fold(item.name) for item in self.municipalities}
        self._entries = tuple(
            _Entry(
                municipality=item,
                sort_key=self._sort_keys[item.nis_code],
                names=tuple(dict.fromkeys(fold(name) for name in (item.name, item.name_fr))),
                places=tuple(dict.fromkeys(fold(place) for place in item.places)),
            )
            for item in self.municipalities
        )

    @classmethod
    def from_folder(cls, folder: Path) -> ReferenceData:
        """Read municipalities.csv and postal_codes.csv as tools/build_reference_data.py wrote."""
        postcodes: dict[str, dict[str, None]] = {}
        places: dict[str, dict[str, None]] = {}
        # Plain readers over DictReader: the header is checked once, and loading stays fast.
        with (folder / "postal_codes.csv").open(encoding="utf-8", newline="") as file:
            rows = csv.reader(file)
            _expect_header(next(rows), _POSTCODE_COLUMNS, file.name)
            for postcode, place, nis in rows:
                # Dicts as ordered sets: the file is sorted by postcode, and so stay these.
                postcodes.setdefault(nis, {})[postcode] = None
                if place:
                    places.setdefault(nis, {})[place] = None
        with (folder / "municipalities.csv").open(encoding="utf-8", newline="") as file:
            rows = csv.reader(file)
            _expect_header(next(rows), _MUNICIPALITY_COLUMNS, file.name)
            return cls(
                Municipality(
                    nis_code=nis,
                    name=name_nl or name_fr,
                    name_fr=name_fr,
                    province=province or None,
                    region=region,
                    postcodes=tuple(postcodes.get(nis, ())),
                    places=tuple(places.get(nis, ())),
                )
                for nis, name_nl, name_fr, _name_de, province, region in rows
            )

    def by_nis(self, nis: str | int) -> Municipality | None:
        """The municipality with this NIS code ("34022", 34022), or None."""
        code = _normalize_nis(nis)
        return self._by_nis.get(code) if code else None

    def for_postcode(self, postcode: str | int | float) -> tuple[Municipality, ...]:
        """The municipalities of a postcode: one, two for 1040, 1050 and 1804, none if unknown."""
        code = normalize_postcode(postcode)
        return self._by_postcode.get(code, ()) if code else ()

    def search(self, query: str, limit: int = 20) -> list[Municipality]:
        """Municipalities by postcode (prefix) or name / place (exact, prefix, word, contains)."""
        if limit <= 0:
            return []
        text = query.strip()
        if _PARTIAL_POSTCODE.fullmatch(text):
            return self._search_postcode(text.split(".")[0])[:limit]
        digits = [token for token in text.split() if normalize_postcode(token)]
        if digits:
            # "8500 Kortrijk", as copied from an address: the postcode narrows, the words rank.
            words = fold(" ".join(token for token in text.split() if token not in digits))
            candidates = self._search_postcode(normalize_postcode(digits[0]) or "")
            if not candidates:
                # A postcode we don't know (a typo, an organisation's own code): trust the words.
                return self._search_text(words)[:limit]
            named = [item for item in self._search_text(words) if item in candidates]
            return (named or candidates)[:limit]
        return self._search_text(fold(text))[:limit]

    def _search_postcode(self, prefix: str) -> list[Municipality]:
        found: dict[str, tuple[int, str, str, Municipality]] = {}
        for code in self._postcodes:
            if not code.startswith(prefix):
                continue
            for item in self._by_postcode[code]:
                rank = (0 if code == prefix else 1, code, self._sort_keys[item.nis_code], item)
                if item.nis_code not in found or rank[:3] < found[item.nis_code][:3]:
                    found[item.nis_code] = rank
        return [rank[3] for rank in sorted(found.values(), key=lambda rank: rank[:3])]

    def _search_text(self, query: str) -> list[Municipality]:
        if not query:
            return []
        ranked: list[tuple[int, int, str, str, Municipality]] = []
        for entry in self._entries:
            name_rank = _rank(query, entry.names)
            place_rank = _rank(query, entry.places)
            # A municipality's own name outranks a place of the same rank elsewhere.
            options = [
                (rank, kind)
                for rank, kind in ((name_rank, _NAME), (place_rank, _PLACE))
                if rank is not None
            ]
            if options:
                rank, kind = min(options)
                item = entry.municipality
                ranked.append((rank, kind, entry.sort_key, item.nis_code, item))
        ranked.sort(key=lambda row: row[:4])
        return [row[4] for row in ranked]


@cache
def _default() -> ReferenceData:
    return ReferenceData.from_folder(reference_dir())


def load_municipalities() -> tuple[Municipality, ...]:
    """Every current municipality, in NIS-code order; read once, then cached."""
    return _default().municipalities


def municipality_by_nis(nis: str | int) -> Municipality | None:
    """The municipality with this NIS code, or None."""
    return _default().by_nis(nis)


def municipalities_for_postcode(postcode: str | int | float) -> tuple[Municipality, ...]:
    """The municipalities of a postcode ("8500", " 8500 ", "8500.0", 8500); () if unknown."""
    return _default().for_postcode(postcode)


def search_municipalities(query: str, limit: int = 20) -> list[Municipality]:
    """Municipalities matching a name, place or postcode, best first, at most `limit`."""
    return _default().search(query, limit)


def province_of(nis: str | int) -> str | None:
    """The Dutch province name of a municipality; None in Brussels or for an unknown code."""
    municipality = _default().by_nis(nis)
    return municipality.province if municipality else None
