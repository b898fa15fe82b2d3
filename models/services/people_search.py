"""Matching people rows against what the coach types in the search field."""

import unicodedata
from collections.abc import Sequence

from models.services.dto import PersonRow


def fold(text: str) -> str:
    """Lower case without accents: 'Véronique' is found by 'veron'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_key(row: PersonRow) -> str:
    digits = "".join(c for c in row.phone if c.isdigit())
    return fold(" ".join((row.name, row.email, row.municipality, row.organisation, digits)))


def filter_people(rows: Sequence[PersonRow], query: str) -> list[PersonRow]:
    """Rows whose name, email, phone, municipality or organisation hold every typed word."""
    words = fold(query).split()
    if not words:
        return list(rows)
    return [row for row in rows if all(word in search_key(row) for word in words)]
