"""The preview of an import: every row cleaned, duplicates grouped, what will be done to whom.

Pure data in, pure data out (no database): the service hands in the people already known and
the coach's decisions (fixes typed in the preview, rows skipped, suggestions accepted).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from models.people.importing.headers import Field, SheetTable
from models.people.importing.matching import (
    ExistingPerson,
    Groups,
    NameKeys,
    NearIndex,
    PeopleIndex,
    name_keys,
    sure_keys,
)
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
SureKeys = list[tuple[str, ...]]  # a row's keys under which two rows are surely one person
PERSON_FIELDS = ("email", "phone", "postcode", "municipality", "organisation")


@dataclass(frozen=True)
class TablePlan:
    sheet_index: int
    sheet_name: str
    header_row: int
    headers: tuple[str, ...]
    mapping: Mapping[str, Field]  # header → field (IGNORE for columns not kept)


@dataclass(frozen=True)
class Decisions:
    """What the coach decided in the preview; empty for the command line."""

    overrides: Mapping[RowKey, Mapping[str, str]] = field(default_factory=dict)
    skipped: frozenset[RowKey] = frozenset()
    accepted: frozenset[tuple[RowKey, str]] = frozenset()  # (row, "person:<uid>"|"row:<i>:<n>")


@dataclass(frozen=True)
class Suggestion:
    key: RowKey
    target: str  # "person:<uid>" or "row:<sheet index>:<row>"
    label: str  # who the target is: a name and a detail, for the coach
    reason: str


class PlannedPerson(NamedTuple):
    """What the import does for one person (a tuple: one is made for every new person)."""

    rows: tuple[RowKey, ...]
    values: PersonValues
    action: str  # "create", "update" or "unchanged"
    existing_uid: str | None = None
    existing_name: str = ""
    updates: tuple[str, ...] = ()  # fields the import fills in for a known person


@dataclass(frozen=True)
class ImportPreview:
    source_name: str
    tables: tuple[TablePlan, ...]
    rows: tuple[CleanRow, ...]
    people: tuple[PlannedPerson, ...]
    duplicates: tuple[tuple[RowKey, ...], ...]
    suggestions: tuple[Suggestion, ...]
    skipped_rows: tuple[RowKey, ...]

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
) -> ImportPreview:
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
    sure: dict[RowKey, SureKeys] = {}
    groups = _group(active, decisions, sure)
    people, suggestions = _plan_people(groups, known, decisions, consented_uids, sure)
    duplicates = tuple(tuple(r.key for r in group) for group in groups if len(group) > 1)
    if progress is not None:
        progress(total, total)
    return ImportPreview(source_name, plans, tuple(rows), people, duplicates, suggestions, skipped)


def _group(
    rows: Sequence[CleanRow], decisions: Decisions, sure: dict[RowKey, SureKeys] | None = None
) -> list[list[CleanRow]]:
    """Rows that are surely one person, grouped; `sure` is filled with each row's keys.

    Only rows that share a key with another row enter the union-find: most rows stand alone.
    """
    joined = Groups()
    first_with: dict[tuple[str, ...], RowKey] = {}
    sure = {} if sure is None else sure
    for row in rows:
        own = row.key
        keys = sure[own] = sure_keys(row.values)
        for key in keys:
            first = first_with.setdefault(key, own)
            if first != own:
                joined.union(first, own)
    present = {row.key for row in rows}
    for row_key, target in decisions.accepted:
        if target.startswith("row:"):
            _, sheet, number = target.split(":")
            other = (int(sheet), int(number))
            if row_key in present and other in present:
                joined.union(other, row_key)
    groups: list[list[CleanRow]] = []
    together: dict[object, list[CleanRow]] = {}
    for row in rows:
        if row.key not in joined:
            groups.append([row])
            continue
        root = joined.find(row.key)
        members = together.get(root)
        if members is None:
            members = together[root] = []
            groups.append(members)
        members.append(row)
    return sorted(groups, key=lambda group: group[0].key)


def _merged(group: Sequence[CleanRow]) -> PersonValues:
    if len(group) == 1:
        return group[0].values
    best = max(group, key=lambda row: row.values.filled())
    values = best.values
    for row in group:
        values = values.completed_by(row.values)
    return values


def _plan_people(
    groups: Sequence[Sequence[CleanRow]],
    known: PeopleIndex,
    decisions: Decisions,
    consented_uids: frozenset[str],
    sure: Mapping[RowKey, SureKeys] | None = None,
) -> tuple[tuple[PlannedPerson, ...], tuple[Suggestion, ...]]:
    accepted_people = {
        key: target[len("person:") :]
        for key, target in decisions.accepted
        if target.startswith("person:")
    }
    people: list[PlannedPerson] = []
    suggestions: list[Suggestion] = []
    near: NearIndex[int] = NearIndex()
    for group in groups:
        values = _merged(group)
        keys = (group[0].key,) if len(group) == 1 else tuple(row.key for row in group)
        existing = _accepted(keys, accepted_people, known)
        if existing is None:
            single = sure.get(keys[0]) if sure is not None and len(group) == 1 else None
            existing = known.sure_match(values, single)
        if existing is None:
            names = name_keys(values.first_name, values.last_name)
            for person_uid, reason in known.near_matches(values, keys=names):
                person = known.people[person_uid]
                detail = person.email or person.municipality or person.phone or ""
                label = f"{person.full_name} ({detail})" if detail else person.full_name
                suggestions.append(Suggestion(keys[0], f"person:{person_uid}", label, reason))
            if names is not None:
                suggestions.extend(_file_suggestions(names, keys[0], people, near))
            people.append(PlannedPerson(keys, values, "create"))
            continue
        updates = tuple(
            name for name in PERSON_FIELDS if not getattr(existing, name) and getattr(values, name)
        )
        if values.consent_on and existing.uid not in consented_uids:
            updates += ("consent",)
        people.append(
            PlannedPerson(
                keys,
                values,
                "update" if updates else "unchanged",
                existing.uid,
                existing.full_name,
                updates,
            )
        )
    return tuple(people), tuple(suggestions)


def _accepted(
    keys: Sequence[RowKey], accepted_people: Mapping[RowKey, str], known: PeopleIndex
) -> ExistingPerson | None:
    """The known person the coach said these rows are, if any."""
    if not accepted_people:
        return None
    uid = next((accepted_people[k] for k in keys if k in accepted_people), None)
    return known.people.get(uid) if uid else None


def _file_suggestions(
    names: NameKeys,
    key: RowKey,
    planned: Sequence[PlannedPerson],
    near: NearIndex[int],
) -> list[Suggestion]:
    """Earlier rows of the same file that may be this person (only new people are compared)."""
    found: list[Suggestion] = []
    for index, reason in near.near_then_add(names, len(planned)):
        other = planned[index]
        first = other.rows[0]
        label = f"{other.values.full_name} (rij {first[1]})"
        found.append(Suggestion(key, f"row:{first[0]}:{first[1]}", label, reason))
    return found


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
    return Decisions(overrides, decisions.skipped, decisions.accepted)


def with_skip(decisions: Decisions, key: RowKey, skip: bool) -> Decisions:
    skipped = decisions.skipped | {key} if skip else decisions.skipped - {key}
    return Decisions(decisions.overrides, frozenset(skipped), decisions.accepted)


def with_accepted(decisions: Decisions, key: RowKey, target: str, same: bool) -> Decisions:
    pair = (key, target)
    accepted = decisions.accepted | {pair} if same else decisions.accepted - {pair}
    return Decisions(decisions.overrides, decisions.skipped, frozenset(accepted))
