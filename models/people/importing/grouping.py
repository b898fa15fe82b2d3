"""Rows into people: sure groups first, then the suggestions, then what the coach accepted.

1. Rows that are surely one person (duplicates.py) form a group, in the order of the file;
   a row never joins a group whose e-mail address or phone number it contradicts.
2. A group is matched with a known person only on a sure verdict.
3. Every other resemblance (to an earlier group, to a known person) is a suggestion.
4. Accepted suggestions join groups and people; two known people are never joined.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from models.people.importing.duplicates import Kind, Verdict, conflict, judge
from models.people.importing.matching import (
    Groups,
    NearIndex,
    PeopleIndex,
    Record,
    identity,
    name_keys,
    record,
)
from models.people.importing.rows import CleanRow, PersonValues, RowKey


@dataclass
class Group:
    """Rows that are surely one person: the first row leads; `reasons` say why the others
    joined it."""

    rows: list[CleanRow]
    values: PersonValues
    rec: Record
    reasons: list[tuple[RowKey, str]] = field(default_factory=list)

    @property
    def key(self) -> RowKey:
        return self.rows[0].key


def sure_groups(rows: Sequence[CleanRow]) -> tuple[list[Group], list[tuple[int, int, Verdict]]]:
    """The groups, and (later group, earlier group, verdict) for e-mail addresses that two
    groups share without being surely one person (another name or phone number)."""
    groups: list[Group] = []
    by_email: dict[str, list[int]] = {}
    by_identity: dict[tuple[str, ...], int] = {}
    clashes: list[tuple[int, int, Verdict]] = []
    for row in rows:
        rec = record(row.values, name_keys(row.values.first_name, row.values.last_name))
        key = identity(rec)
        candidates = list(by_email.get(rec.email, ())) if rec.email else []
        same = by_identity.get(key) if key is not None else None
        if same is not None and same not in candidates:
            candidates.append(same)
        joined: int | None = None
        seen: list[tuple[int, Verdict]] = []
        for index in candidates:
            verdict = judge(rec, groups[index].rec)
            if verdict is not None and verdict.kind is Kind.SURE and joined is None:
                joined = index
                group = groups[index]
                group.rows.append(row)
                group.reasons.append((row.key, verdict.reason))
                group.values = group.values.completed_by(row.values)
                group.rec = record(group.values, group.rec.names)
            elif verdict is not None and verdict.kind is not Kind.SURE:
                seen.append((index, verdict))
        if joined is None:
            joined = len(groups)
            groups.append(Group([row], row.values, rec))
        clashes += [(joined, index, verdict) for index, verdict in seen if index != joined]
        if rec.email:
            indexes = by_email.setdefault(rec.email, [])
            if joined not in indexes:
                indexes.append(joined)
        if key is not None:
            by_identity.setdefault(key, joined)
    return groups, clashes


@dataclass(frozen=True)
class Pair:
    """A resemblance between a group (`later`, by index) and an earlier group or a person."""

    later: int
    target: str  # "row:<sheet>:<row>" or "person:<uid>"
    earlier: int | None  # the earlier group, for a row target
    verdict: Verdict
    theirs: PersonValues


def known_matches(groups: Sequence[Group], known: PeopleIndex) -> dict[int, tuple[str, str]]:
    """group index → (uid, reason) for groups that surely are a known person."""
    found: dict[int, tuple[str, str]] = {}
    if not known.people:
        return found
    for index, group in enumerate(groups):
        rec = group.rec
        for uid in known.candidates(rec.email, identity(rec), rec.names):
            verdict = judge(rec, known.records[uid])
            if verdict is not None and verdict.kind is Kind.SURE:
                found[index] = (uid, verdict.reason)
                break
    return found


def resemblances(
    groups: Sequence[Group],
    known: PeopleIndex,
    matched: Collection[int],
    clashes: Sequence[tuple[int, int, Verdict]],
) -> list[Pair]:
    """Every suggestion: each group against earlier groups, and (when it is not surely a
    known person) against the people already known."""
    by_later: dict[int, list[tuple[int, Verdict]]] = {}
    for later, before, clash in clashes:
        by_later.setdefault(later, []).append((before, clash))
    near: NearIndex[int] = NearIndex()
    pairs: list[Pair] = []
    for index, group in enumerate(groups):
        rec = group.rec
        earlier: dict[int, Verdict] = dict(by_later.get(index, ()))
        if rec.names is not None:
            for other in near.near_then_add(rec.names, index):
                found = judge(rec, groups[other].rec) if other not in earlier else None
                if found is not None:
                    earlier[other] = _as_suggestion(found)
        for other, verdict in sorted(earlier.items()):
            sheet, number = groups[other].key
            target = f"row:{sheet}:{number}"
            pairs.append(Pair(index, target, other, verdict, groups[other].values))
        if index in matched or not known.people:
            continue
        for uid in known.candidates(rec.email, identity(rec), rec.names):
            found = judge(rec, known.records[uid])
            if found is not None:
                theirs = known.records[uid].values
                pairs.append(Pair(index, f"person:{uid}", None, _as_suggestion(found), theirs))
    return pairs


def _as_suggestion(verdict: Verdict) -> Verdict:
    """A sure verdict found late (two groups that filled each other's gaps) is only likely."""
    return Verdict(Kind.LIKELY, verdict.reason) if verdict.kind is Kind.SURE else verdict


@dataclass(frozen=True)
class Joined:
    """The groups as people: each person's groups (the first leads) and known uid, if any."""

    people: list[tuple[list[int], str | None]]
    applied: set[int]  # indexes of the pairs that were applied


def join(
    groups: Sequence[Group],
    known: PeopleIndex,
    matched: dict[int, tuple[str, str]],
    pairs: Sequence[Pair],
    accepted: dict[int, bool],
) -> Joined:
    """Applies the accepted pairs (index → ticked by the coach), in order.

    Two known people are never made one. A pair only proposed (not ticked) is left out when
    the person it would join has another e-mail address or phone number: proposals chain
    (row 3 is like a known person, row 4 is like row 3), and a chain must not merge away
    a detail that nobody looked at.
    """
    union = Groups()
    person: dict[object, str] = {}
    merged: dict[object, Record] = {}
    for index, (uid, _) in matched.items():
        person[union.find(index)] = uid
    applied: set[int] = set()
    for number, pair in enumerate(pairs):
        ticked = accepted.get(number)
        if ticked is None:
            continue
        target_uid = pair.target.removeprefix("person:") if pair.earlier is None else None
        a = union.find(pair.later)
        b = union.find(pair.earlier) if pair.earlier is not None else None
        known_a = person.get(a)
        known_b = person.get(b) if b is not None else target_uid
        if known_a and known_b and known_a != known_b:
            continue
        if b == a:
            applied.add(number)
            continue
        side_a = _whole(a, groups[pair.later], merged, known_a, known)
        assert side_a is not None  # a group is always there
        other = groups[pair.earlier] if pair.earlier is not None else None
        side_b = _whole(b, other, merged, known_b, known)
        if not ticked and side_b is not None and conflict(side_a, side_b):
            continue
        if b is not None:
            union.union(b, a)
        root = union.find(pair.later)
        if side_b is not None:
            merged[root] = record(side_a.values.completed_by(side_b.values), side_a.names)
        if known_a or known_b:
            person[root] = known_a or known_b or ""
        applied.add(number)
    together: dict[object, list[int]] = {}
    people: list[list[int]] = []
    for index in range(len(groups)):
        root = union.find(index)
        members = together.get(root)
        if members is None:
            members = together[root] = []
            people.append(members)
        members.append(index)
    return Joined([(members, person.get(union.find(members[0]))) for members in people], applied)


def _whole(
    root: object | None,
    group: Group | None,
    merged: dict[object, Record],
    uid: str | None,
    known: PeopleIndex,
) -> Record | None:
    """Everything known so far of the person at `root`: its joined groups and known person."""
    if root is not None and root in merged:
        rec = merged[root]
    elif group is not None:
        rec = group.rec
    elif uid:
        return known.records[uid]
    else:
        return None
    if uid and uid in known.records:
        theirs = known.records[uid]
        return record(rec.values.completed_by(theirs.values), rec.names)
    return rec
