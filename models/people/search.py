"""Matching people rows against what the coach types in the search field."""

import unicodedata
from collections.abc import Sequence

from models.trajectories.rows import PersonRow


def fold(text: str) -> str:
    """Lower case without accents: 'Véronique' is found by 'veron'."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_key(row: PersonRow) -> str:
    digits = "".join(c for c in row.phone if c.isdigit())
    if digits.startswith("32"):
        digits += " 0" + digits[2:]  # found by "0470…" as well as by "+32 470…"
    return fold(" ".join((row.name, row.email, row.municipality, row.organisation, digits)))


def filter_people(rows: Sequence[PersonRow], query: str) -> list[PersonRow]:
    """Rows whose name, email, phone, municipality or organisation hold every typed word."""
    return PeopleSearch(rows).filter(query)


class PeopleSearch:
    """Search as you type over many people: keys folded once, each keystroke narrows the last.

    Typing one more letter can only shrink the hits, so the next filter starts from them;
    the longest word is tested first because it rules out the most rows.
    """

    def __init__(self, rows: Sequence[PersonRow]) -> None:
        self.rows = list(rows)
        self._keys = [search_key(row) for row in self.rows]
        self._last_words: list[str] = []
        self._last_hits: list[int] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def filter(self, query: str) -> list[PersonRow]:
        words = sorted(set(fold(query).split()), key=len, reverse=True)
        if not words:
            self._last_words, self._last_hits = [], None
            return list(self.rows)
        keys = self._keys
        candidates: Sequence[int] = range(len(keys))
        if self._last_hits is not None and self._refines(words):
            candidates = self._last_hits
        hits = [i for i in candidates if words[0] in keys[i]]
        for word in words[1:]:
            hits = [i for i in hits if word in keys[i]]
        self._last_words, self._last_hits = words, hits
        rows = self.rows
        return [rows[i] for i in hits]

    def _refines(self, words: list[str]) -> bool:
        """Every earlier word is still inside one of the new words: hits can only shrink."""
        return all(any(old in new for new in words) for old in self._last_words)
