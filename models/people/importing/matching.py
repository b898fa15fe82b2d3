"""Finding who may be who, fast: the people already known indexed by e-mail address, by
their exact details and by name (near names too). Whether two records are one person is
decided in duplicates.py; here only the candidates are found.
"""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance.OSA import distance as _osa_distance

from models.core.reference import fold
from models.people.importing.cleaning import phone_key
from models.people.importing.rows import PersonValues


@dataclass(frozen=True)
class ExistingPerson:
    uid: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    postcode: str | None
    municipality: str | None
    organisation: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def values(self) -> PersonValues:
        return PersonValues(
            self.first_name,
            self.last_name,
            self.email,
            self.phone,
            self.postcode,
            self.municipality,
            self.organisation,
        )


def name_key(first: str, last: str) -> str:
    """The same name: case and spacing do not count, accents do (they are a near match)."""
    return " ".join(f"{first} {last}".casefold().split())


def close_enough(a: str, b: str) -> bool:
    """At most one letter added, left out, changed, or two neighbours swapped.

    That is an optimal-string-alignment distance of at most 1, computed by rapidfuzz (C++):
    an import compares tens of thousands of candidate pairs.
    """
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4:
        return False
    return _osa_distance(a, b, score_cutoff=1) <= 1


@dataclass(frozen=True)
class NameKeys:
    exact: str  # case and spacing ignored
    loose: str  # accents and punctuation ignored too


def name_keys(first: str, last: str) -> NameKeys | None:
    exact = name_key(first, last)
    return NameKeys(exact, fold(exact)) if exact else None


class Record(NamedTuple):
    """What the rules compare: the values and their keys, computed once per record."""

    values: PersonValues
    names: NameKeys | None
    email: str  # casefolded, "" when none
    phone: str  # international digits, "" when none
    place: str  # folded municipality, "" when none


def record(values: PersonValues, names: NameKeys | None) -> Record:
    email = values.email.casefold() if values.email else ""
    place = _place(values.municipality) if values.municipality else ""
    return Record(values, names, email, phone_key(values.phone) if values.phone else "", place)


_place = lru_cache(maxsize=4096)(fold)  # a list names a few places many times over


def identity(one: Record) -> tuple[str, ...] | None:
    """Records with this key are the same person: same name, same details to the letter."""
    if one.names is None:
        return None
    values = one.values
    return (one.names.exact, one.email, one.phone, values.postcode or "", one.place)


class NearIndex[T: Hashable]:
    """Names blocked so that a near name is found without comparing with everyone.

    One edit leaves the first or the second half of a name intact (pigeonhole), so a name is
    filed under its first and last (n-1)//2 letters and looked up for its length and the two
    neighbouring lengths. Each block keeps only its latest entries: lists are mostly sorted,
    so a typo'd double sits close to the original, and the work per row stays bounded.
    """

    PER_BLOCK = 4

    def __init__(self) -> None:
        # Same name; same letters; same first half; same second half.
        self._blocks: tuple[dict[str, list[tuple[str, str, T]]], ...] = ({}, {}, {}, {})

    def add(self, keys: NameKeys, item: T) -> None:
        self._file(keys, item, _halves(keys.loose))

    def near(self, keys: NameKeys, limit: int = 3) -> list[T]:
        return self._near(keys, limit, _halves(keys.loose))

    def near_then_add(self, keys: NameKeys, item: T, limit: int = 3) -> list[T]:
        """`near`, then `add`: the halves of the name are cut once (a file's rows, in turn)."""
        halves = _halves(keys.loose)
        found = self._near(keys, limit, halves)
        self._file(keys, item, halves)
        return found

    def _file(self, keys: NameKeys, item: T, halves: dict[int, tuple[str, str]]) -> None:
        exact, loose = keys.exact, keys.loose
        half = halves.get((len(loose) - 1) // 2)  # shorter halves are never looked up
        filed = (exact, loose) if half is None else (exact, loose, *half)
        entry = (exact, loose, item)
        for blocks, block in zip(self._blocks, filed, strict=False):
            entries = blocks.get(block)
            if entries is None:
                blocks[block] = [entry]
                continue
            entries.append(entry)
            if len(entries) > self.PER_BLOCK * 2:
                del entries[: self.PER_BLOCK]

    def _near(self, keys: NameKeys, limit: int, halves: dict[int, tuple[str, str]]) -> list[T]:
        exact, loose = keys.exact, keys.loose
        size = len(loose)
        same, letters, firsts, seconds = self._blocks
        looked_up = [same.get(exact), letters.get(loose)]
        for first, second in halves.values():
            looked_up += [firsts.get(first), seconds.get(second)]
        found: list[T] = []
        seen: set[T] = set()
        for entries in looked_up:
            if not entries:
                continue
            for other_exact, other_loose, item in entries[-self.PER_BLOCK :]:
                if item in seen:
                    continue
                seen.add(item)
                if (
                    other_exact == exact
                    or other_loose == loose
                    or (-1 <= len(other_loose) - size <= 1 and close_enough(loose, other_loose))
                ):
                    found.append(item)
                    if len(found) >= limit:
                        return found
        return found


def _halves(loose: str) -> dict[int, tuple[str, str]]:
    """The first and last k letters, for the k of a name one letter shorter, as long, and one
    letter longer ((n-2)//2 and n//2: (n-1)//2 is one of them); halves under 2 letters are
    not used."""
    size = len(loose)
    return {k: (loose[:k], loose[-k:]) for k in ((size - 2) // 2, size // 2) if k >= 2}


class PeopleIndex:
    """People already in the database, indexed by e-mail address, exact details and name."""

    def __init__(self, people: Iterable[ExistingPerson]) -> None:
        self.people = {person.uid: person for person in people}
        self.records: dict[str, Record] = {}
        self._by_email: dict[str, list[str]] = {}
        self._by_identity: dict[tuple[str, ...], str] = {}
        self._near: NearIndex[str] = NearIndex()
        for person in self.people.values():
            keys = name_keys(person.first_name, person.last_name)
            known = self.records[person.uid] = record(person.values(), keys)
            if known.email:
                self._by_email.setdefault(known.email, []).append(person.uid)
            key = identity(known)
            if key is not None:
                self._by_identity.setdefault(key, person.uid)
            if keys is not None:
                self._near.add(keys, person.uid)

    def candidates(
        self, email: str, key: tuple[str, ...] | None, names: NameKeys | None, limit: int = 3
    ) -> list[str]:
        """Uids of people who may be this one: same e-mail address, same details, near name."""
        if not self.people:
            return []
        found = list(self._by_email.get(email, ())) if email else []
        same = self._by_identity.get(key) if key is not None else None
        if same is not None and same not in found:
            found.append(same)
        if names is not None:
            found += [uid for uid in self._near.near(names, limit) if uid not in found]
        return found


class Groups:
    """Union-find over row keys: rows that are one person end up in one group."""

    def __init__(self) -> None:
        self._parent: dict[object, object] = {}

    def __contains__(self, item: object) -> bool:
        """Whether the item was ever joined with another."""
        return item in self._parent

    def find(self, item: object) -> object:
        parent = self._parent.setdefault(item, item)
        while parent != item:
            grand = self._parent.setdefault(parent, parent)
            self._parent[item] = grand
            item, parent = parent, grand
        return item

    def union(self, a: object, b: object) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[root_b] = root_a
