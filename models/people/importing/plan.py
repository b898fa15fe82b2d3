"""The preview of an import: every row cleaned, duplicates found, what will be done to whom.

Pure data in, pure data out (no database): the service hands in the people already known and
the coach's decisions (fixes typed in the preview, rows skipped, suggestions ticked or
unticked). Every row read ends in exactly one outcome, so the counts always add up; every
merge is listed with its reason; no two people are merged on a guess unless the coach (or,
in the window, the default for a likely match without any conflict) says so.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from models.people.importing.duplicates import Kind
from models.people.importing.grouping import (
    Group,
    Pair,
    join,
    known_matches,
    resemblances,
    sure_groups,
)
from models.people.importing.headers import Field, SheetTable
from models.people.importing.matching import ExistingPerson, PeopleIndex
from models.people.importing.rows import (
    CleanRow,
    PersonValues,
    Problem,
    RowKey,
    clean_row,
    row_texts,
)
from models.people.importing.sheets import Cancelled

PROGRESS_EVERY = 250
PERSON_FIELDS = ("email", "phone", "postcode", "municipality", "organisation")


@dataclass(frozen=True)
class TablePlan:
    sheet_index: int
    sheet_name: str
    header_row: int
    headers: tuple[str, ...]
    mapping: Mapping[str, Field]  # header → field (IGNORE for columns not kept)


Choice = tuple[RowKey, str]  # (row, "person:<uid>" | "row:<sheet index>:<row>")


@dataclass(frozen=True)
class Decisions:
    """What the coach decided in the preview; empty for the command line."""

    overrides: Mapping[RowKey, Mapping[str, str]] = field(default_factory=dict)
    skipped: frozenset[RowKey] = frozenset()
    accepted: frozenset[Choice] = frozenset()  # "the same person", ticked
    refused: frozenset[Choice] = frozenset()  # "not the same person", unticked


@dataclass(frozen=True)
class Suggestion:
    """A row (the first of its group) that may be an earlier row or a known person."""

    key: RowKey
    target: str  # "person:<uid>" or "row:<sheet index>:<row>"
    label: str  # the name of who the target is
    reason: str  # a domain text: why they may be one
    kind: Kind  # likely, conflict (possibly the same person) or near
    proposed: bool  # merged unless the coach says otherwise (likely, in the window)
    same: bool  # merged in this preview
    mine: PersonValues
    theirs: PersonValues


@dataclass(frozen=True)
class Merge:
    """A row that is taken as an earlier row's person or a known person, and why."""

    key: RowKey
    target: str  # "row:<sheet index>:<row>" or "person:<uid>"
    label: str
    reason: str
    confirmed: bool  # True: a suggestion accepted; False: a sure match


class PlannedPerson(NamedTuple):
    """What the import does for one person (a tuple: one is made for every new person)."""

    rows: tuple[RowKey, ...]
    values: PersonValues
    action: str  # "create", "update" or "unchanged"
    existing_uid: str | None = None
    existing_name: str = ""
    updates: tuple[str, ...] = ()  # fields the import fills in for a known person


class Outcome(StrEnum):
    """What became of one row read: each row has exactly one."""

    ADDED = "added"
    COMPLETED = "completed"
    ALREADY_KNOWN = "already_known"
    MERGED = "merged"
    POSSIBLE_DUPLICATE = "possible_duplicate"  # added as a new person, but resembles someone
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ImportPreview:
    source_name: str
    tables: tuple[TablePlan, ...]
    rows: tuple[CleanRow, ...]
    people: tuple[PlannedPerson, ...]
    duplicates: tuple[tuple[RowKey, ...], ...]  # rows of the file taken as one person
    suggestions: tuple[Suggestion, ...]
    skipped_rows: tuple[RowKey, ...]
    merges: tuple[Merge, ...] = ()
    outcomes: Mapping[RowKey, Outcome] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for row in self.rows for problem in row.problems)

    def count(self, action: str) -> int:
        return sum(1 for person in self.people if person.action == action)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def skipped(self) -> int:
        return len(self.skipped_rows)

    def counts(self) -> dict[Outcome, int]:
        """Rows per outcome; they add up to `rows_read`."""
        found = dict.fromkeys(Outcome, 0)
        for outcome in self.outcomes.values():
            found[outcome] += 1
        return found

    @property
    def possible_duplicates(self) -> tuple[Suggestion, ...]:
        """The resemblances left unmerged: both are kept, the coach may want to look."""
        return tuple(s for s in self.suggestions if not s.same)


def columns_of(table: TablePlan) -> list[tuple[int, Field]]:
    return [
        (index, table.mapping.get(header, Field.IGNORE))
        for index, header in enumerate(table.headers)
        if table.mapping.get(header, Field.IGNORE) is not Field.IGNORE
    ]


def build_preview(
    source_name: str,
    tables: Sequence[SheetTable],
    mappings: Mapping[int, Mapping[str, Field]],
    known: PeopleIndex,
    today: date,
    decisions: Decisions | None = None,
    consented_uids: frozenset[str] = frozenset(),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    merge_likely: bool = True,
) -> ImportPreview:
    """The preview; `merge_likely` False (the command line) merges nothing on a guess."""
    decisions = decisions or Decisions()
    plans = tuple(
        TablePlan(t.sheet_index, t.sheet_name, t.header_row, t.headers, mappings[t.sheet_index])
        for t in tables
    )
    total = sum(len(t.rows) for t in tables)
    rows: list[CleanRow] = []
    for table, plan in zip(tables, plans, strict=True):
        columns = [(index, kind.value) for index, kind in columns_of(plan)]
        sheet = table.sheet_name if len(tables) > 1 else ""
        for number, cells in table.rows:
            key = (table.sheet_index, number)
            found = row_texts(cells, columns)
            rows.append(clean_row(key, sheet, found, today, decisions.overrides.get(key)))
            if len(rows) % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled
                if progress is not None:
                    progress(len(rows), total)
    active = [r for r in rows if not r.blocked and r.key not in decisions.skipped]
    skipped = tuple(r.key for r in rows if r.blocked or r.key in decisions.skipped)
    groups, clashes = sure_groups(active)
    matched = known_matches(groups, known)
    pairs = resemblances(groups, known, matched, clashes)
    accepted = {
        number: (groups[pair.later].key, pair.target) in decisions.accepted
        for number, pair in enumerate(pairs)
        if _accepted(groups[pair.later].key, pair, decisions, merge_likely)
    }
    joined = join(groups, known, matched, pairs, accepted)
    suggestions = tuple(
        _suggestion(groups[p.later], p, merge_likely, number in joined.applied)
        for number, p in enumerate(pairs)
    )
    people = tuple(
        _person(groups, members, uid, known, consented_uids) for members, uid in joined.people
    )
    merges = _merges(groups, matched, pairs, joined.applied, known)
    outcomes = _outcomes(people, suggestions, skipped)
    duplicates = tuple(person.rows for person in people if len(person.rows) > 1)
    if progress is not None:
        progress(total, total)
    return ImportPreview(
        source_name, plans, tuple(rows), people, duplicates, suggestions, skipped, merges, outcomes
    )


def _accepted(key: RowKey, pair: Pair, decisions: Decisions, merge_likely: bool) -> bool:
    choice = (key, pair.target)
    if choice in decisions.accepted:
        return True
    proposed = merge_likely and pair.verdict.kind is Kind.LIKELY
    return proposed and choice not in decisions.refused


def _label(pair: Pair, groups: Sequence[Group], known: PeopleIndex) -> str:
    if pair.earlier is not None:
        return groups[pair.earlier].values.full_name
    person = known.people.get(pair.target.removeprefix("person:"))
    return person.full_name if person is not None else ""


def _suggestion(group: Group, pair: Pair, merge_likely: bool, applied: bool) -> Suggestion:
    label = pair.theirs.full_name
    proposed = merge_likely and pair.verdict.kind is Kind.LIKELY
    kind, reason = pair.verdict
    return Suggestion(
        group.key, pair.target, label, reason, kind, proposed, applied, group.values, pair.theirs
    )


def _person(
    groups: Sequence[Group],
    members: Sequence[int],
    uid: str | None,
    known: PeopleIndex,
    consented_uids: frozenset[str],
) -> PlannedPerson:
    keys = tuple(row.key for index in members for row in groups[index].rows)
    values = _merged([groups[index].values for index in members])
    existing = known.people.get(uid) if uid else None
    if existing is None:
        return PlannedPerson(keys, values, "create")
    updates = _updates(existing, values, consented_uids)
    action = "update" if updates else "unchanged"
    return PlannedPerson(keys, values, action, existing.uid, existing.full_name, updates)


def _merged(all_values: Sequence[PersonValues]) -> PersonValues:
    if len(all_values) == 1:
        return all_values[0]
    merged = all_values[0]
    for values in all_values[1:]:
        merged = merged.completed_by(values)
    return merged


def _updates(
    existing: ExistingPerson, values: PersonValues, consented_uids: frozenset[str]
) -> tuple[str, ...]:
    updates = tuple(
        name for name in PERSON_FIELDS if not getattr(existing, name) and getattr(values, name)
    )
    if values.consent_on and existing.uid not in consented_uids:
        updates += ("consent",)
    return updates


def _merges(
    groups: Sequence[Group],
    matched: Mapping[int, tuple[str, str]],
    pairs: Sequence[Pair],
    applied: set[int],
    known: PeopleIndex,
) -> tuple[Merge, ...]:
    """Every merge that happens, per row, with its reason, in the order of the file."""
    found: list[Merge] = []
    for index, group in enumerate(groups):
        sheet, number = group.key
        for key, reason in group.reasons:
            found.append(Merge(key, f"row:{sheet}:{number}", group.values.full_name, reason, False))
        if index in matched:
            uid, reason = matched[index]
            name = known.people[uid].full_name
            found.append(Merge(group.key, f"person:{uid}", name, reason, False))
    for number in sorted(applied):
        pair = pairs[number]
        label = _label(pair, groups, known)
        found.append(Merge(groups[pair.later].key, pair.target, label, pair.verdict.reason, True))
    return tuple(sorted(found, key=lambda merge: merge.key))


_ACTION_OUTCOME = {
    "create": Outcome.ADDED,
    "update": Outcome.COMPLETED,
    "unchanged": Outcome.ALREADY_KNOWN,
}


def _outcomes(
    people: Sequence[PlannedPerson], suggestions: Sequence[Suggestion], skipped: Sequence[RowKey]
) -> dict[RowKey, Outcome]:
    resembling = {s.key for s in suggestions if not s.same}
    outcomes: dict[RowKey, Outcome] = dict.fromkeys(skipped, Outcome.SKIPPED)
    for person in people:
        lead, *others = person.rows
        outcome = _ACTION_OUTCOME[person.action]
        if outcome is Outcome.ADDED and resembling.intersection(person.rows):
            outcome = Outcome.POSSIBLE_DUPLICATE
        outcomes[lead] = outcome
        outcomes.update(dict.fromkeys(others, Outcome.MERGED))
    return outcomes


def with_fix(decisions: Decisions, key: RowKey, field_name: str, text: str) -> Decisions:
    """The decisions with the coach's correction of one field of one row.

    A missing name is typed as one text ("Anneleen Van den Broeck", or "Van den Broeck,
    Anneleen"): it is split like a full-name column.
    """
    from models.people.importing.cleaning import split_full_name

    fixes = dict(decisions.overrides.get(key, {}))
    if field_name == "name":
        first, last = split_full_name(text, last_first=False)
        fixes.update(first_name=first, last_name=last)
    else:
        fixes[field_name] = text
    overrides = {**decisions.overrides, key: fixes}
    return Decisions(overrides, decisions.skipped, decisions.accepted, decisions.refused)


def with_skip(decisions: Decisions, key: RowKey, skip: bool) -> Decisions:
    skipped = decisions.skipped | {key} if skip else decisions.skipped - {key}
    return Decisions(decisions.overrides, frozenset(skipped), decisions.accepted, decisions.refused)


def with_accepted(decisions: Decisions, key: RowKey, target: str, same: bool) -> Decisions:
    """The coach ticked (`same`) or unticked "the same person" for one suggestion."""
    pair = (key, target)
    accepted = decisions.accepted | {pair} if same else decisions.accepted - {pair}
    refused = decisions.refused - {pair} if same else decisions.refused | {pair}
    return Decisions(
        decisions.overrides, decisions.skipped, frozenset(accepted), frozenset(refused)
    )
