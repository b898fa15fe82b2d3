"""Who is who: the same person twice in the file or already in the database.

Sure matches: the same email; otherwise the same name with the same phone or postcode.
Near matches (a typo, a missing accent, the same name with other details) are only offered
as suggestions: the coach decides, nothing is merged silently.
"""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

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


def sure_keys(values: PersonValues) -> list[tuple[str, ...]]:
    """The keys under which two records are surely the same person."""
    keys: list[tuple[str, ...]] = []
    if values.email:
        keys.append(("email", values.email.casefold()))
    name = name_key(values.first_name, values.last_name)
    if name:
        phone = phone_key(values.phone)
        if phone:
            keys.append(("name+phone", name, phone))
        if values.postcode:
            keys.append(("name+postcode", name, values.postcode))
    return keys


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


SAME_NAME = "zelfde naam, andere gegevens"
SAME_LETTERS = "zelfde naam op een accent of leesteken na"
ONE_LETTER = "naam verschilt één letter (tikfout?)"


def near_reason(a: NameKeys, b: NameKeys) -> str | None:
    """Why two people with different sure keys may still be one, in Dutch; None if not."""
    if a.exact == b.exact:
        return SAME_NAME
    if a.loose == b.loose:
        return SAME_LETTERS
    if close_enough(a.loose, b.loose):
        return ONE_LETTER
    return None


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

    def near(self, keys: NameKeys, limit: int = 3) -> list[tuple[T, str]]:
        return self._near(keys, limit, _halves(keys.loose))

    def near_then_add(self, keys: NameKeys, item: T, limit: int = 3) -> list[tuple[T, str]]:
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

    def _near(
        self, keys: NameKeys, limit: int, halves: dict[int, tuple[str, str]]
    ) -> list[tuple[T, str]]:
        exact, loose = keys.exact, keys.loose
        size = len(loose)
        same, letters, firsts, seconds = self._blocks
        looked_up = [same.get(exact), letters.get(loose)]
        for first, second in halves.values():
            looked_up += [firsts.get(first), seconds.get(second)]
        found: list[tuple[T, str]] = []
        seen: set[T] = set()
        for entries in looked_up:
            if not entries:
                continue
            for other_exact, other_loose, item in entries[-self.PER_BLOCK :]:
                if item in seen:
                    continue
                seen.add(item)
                if other_exact == exact:
                    reason = SAME_NAME
                elif other_loose == loose:
                    reason = SAME_LETTERS
                elif -1 <= len(other_loose) - size <= 1 and close_enough(loose, other_loose):
                    reason = ONE_LETTER
                else:
                    continue
                found.append((item, reason))
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
    """People already in the database, indexed for sure and near matches."""

    def __init__(self, people: Iterable[ExistingPerson]) -> None:
        self.people = {person.uid: person for person in people}
        self._sure: dict[tuple[str, ...], str] = {}
        self._near: NearIndex[str] = NearIndex()
        for person in self.people.values():
            for key in sure_keys(person.values()):
                self._sure.setdefault(key, person.uid)
            keys = name_keys(person.first_name, person.last_name)
            if keys is not None:
                self._near.add(keys, person.uid)

    def sure_match(
        self, values: PersonValues, keys: list[tuple[str, ...]] | None = None
    ) -> ExistingPerson | None:
        """The known person with one of these sure keys (`keys` when computed already)."""
        if not self.people:
            return None
        for key in sure_keys(values) if keys is None else keys:
            uid = self._sure.get(key)
            if uid is not None:
                return self.people[uid]
        return None

    def near_matches(
        self, values: PersonValues, limit: int = 3, keys: NameKeys | None = None
    ) -> list[tuple[str, str]]:
        """(uid, reason) of people who may be this one (`keys`: its name keys, if known)."""
        if not self.people:
            return []
        keys = keys or name_keys(values.first_name, values.last_name)
        return self._near.near(keys, limit) if keys is not None else []


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
