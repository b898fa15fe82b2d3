"""Who is who: the same person twice in the file or already in the database.

Sure matches: the same email; otherwise the same name with the same phone or postcode.
Near matches (a typo, a missing accent, the same name with other details) are only offered
as suggestions: the coach decides, nothing is merged silently.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from models.importing.cleaning import phone_key
from models.importing.rows import PersonValues
from models.reference import fold


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
    """At most one letter added, left out, changed, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) < len(b):
        a, b = b, a
    p = 0
    shorter = len(b)
    while p < shorter and a[p] == b[p]:
        p += 1
    if len(a) == len(b):
        if a[p + 1 :] == b[p + 1 :]:
            return True
        return p + 1 < len(a) and a[p] == b[p + 1] and a[p + 1] == b[p] and a[p + 2 :] == b[p + 2 :]
    return a[p + 1 :] == b[p:]


@dataclass(frozen=True)
class NameKeys:
    exact: str  # case and spacing ignored
    loose: str  # accents and punctuation ignored too


def name_keys(first: str, last: str) -> NameKeys | None:
    exact = name_key(first, last)
    return NameKeys(exact, fold(exact)) if exact else None


def near_reason(a: NameKeys, b: NameKeys) -> str | None:
    """Why two people with different sure keys may still be one, in Dutch; None if not."""
    if a.exact == b.exact:
        return "zelfde naam, andere gegevens"
    if a.loose == b.loose:
        return "zelfde naam op een accent of leesteken na"
    if close_enough(a.loose, b.loose):
        return "naam verschilt één letter (tikfout?)"
    return None


class NearIndex[T]:
    """Names blocked so that a near name is found without comparing with everyone.

    One edit leaves the first or the second half of a name intact (pigeonhole), so a name is
    filed under its first and last (n-1)//2 letters and looked up for its length and the two
    neighbouring lengths. Each block keeps only its latest entries: lists are mostly sorted,
    so a typo'd double sits close to the original, and the work per row stays bounded.
    """

    PER_BLOCK = 4

    def __init__(self) -> None:
        self._blocks: dict[str, list[tuple[NameKeys, T]]] = {}

    @staticmethod
    def _filed(keys: NameKeys) -> list[str]:
        k = (len(keys.loose) - 1) // 2
        return ["e" + keys.exact, "l" + keys.loose, "p" + keys.loose[:k], "s" + keys.loose[-k:]]

    @staticmethod
    def _looked_up(keys: NameKeys) -> list[str]:
        loose = keys.loose
        found = ["e" + keys.exact, "l" + loose]
        for length in (len(loose) - 1, len(loose), len(loose) + 1):
            k = (length - 1) // 2
            if k >= 2:
                found.append("p" + loose[:k])
                found.append("s" + loose[-k:])
        return list(dict.fromkeys(found))

    def add(self, keys: NameKeys, item: T) -> None:
        for block in self._filed(keys):
            entries = self._blocks.setdefault(block, [])
            entries.append((keys, item))
            if len(entries) > self.PER_BLOCK * 2:
                del entries[: self.PER_BLOCK]

    def near(self, keys: NameKeys, limit: int = 3) -> list[tuple[T, str]]:
        found: list[tuple[T, str]] = []
        seen: set[int] = set()
        for block in self._looked_up(keys):
            for other, item in self._blocks.get(block, ())[-self.PER_BLOCK :]:
                if id(item) in seen:
                    continue
                seen.add(id(item))
                reason = near_reason(keys, other)
                if reason:
                    found.append((item, reason))
                    if len(found) >= limit:
                        return found
        return found


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

    def sure_match(self, values: PersonValues) -> ExistingPerson | None:
        for key in sure_keys(values):
            uid = self._sure.get(key)
            if uid is not None:
                return self.people[uid]
        return None

    def near_matches(self, values: PersonValues, limit: int = 3) -> list[tuple[str, str]]:
        """(uid, reason) of people who may be this one."""
        keys = name_keys(values.first_name, values.last_name)
        return self._near.near(keys, limit) if keys is not None else []


class Groups:
    """Union-find over row keys: rows that are one person end up in one group."""

    def __init__(self) -> None:
        self._parent: dict[object, object] = {}

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
