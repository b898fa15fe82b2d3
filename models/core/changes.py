"""What a committed unit of work changed: kinds of data and uids, told to whoever listens.

The storage layer records every row a session inserts, updates or deletes (ORM flushes and
ORM-enabled bulk statements alike) and, once the transaction has committed, publishes one
`Changes` to the database's `ChangeFeed`. A rollback publishes nothing. Listeners are called
on the thread that committed; the desktop turns that into a Qt signal on the GUI thread.
"""

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class DataKind(StrEnum):
    """One kind of stored data; the values are the table names."""

    ACTION = "actions"
    ACTION_EVENT = "action_events"
    EVALUATION_FORM = "evaluation_forms"
    EVALUATION_QUESTION = "evaluation_questions"
    EVALUATION_RESPONSE = "evaluation_responses"
    EVALUATION_ANSWER = "evaluation_answers"
    IMPORT_BATCH = "import_batches"
    IMPORT_CHANGE = "import_changes"
    ORGANISATION = "organisations"
    PERSON = "people"
    PERSON_MERGE = "person_merges"
    ROLE = "roles"
    CONSENT = "consents"
    PHASE = "phases"
    MILESTONE = "milestones"
    TASK = "tasks"
    PROJECT = "projects"
    PROJECT_MEMBER = "project_members"
    PARTNER = "partners"
    SESSION = "sessions"
    AGENDA_BLOCK = "agenda_blocks"
    REGISTRATION = "registrations"
    SESSION_NOTE = "session_notes"
    TRAJECTORY = "trajectories"
    TRAJECTORY_CLIENT = "trajectory_clients"
    TRAJECTORY_CONTACT = "trajectory_contacts"
    INTAKE_ANSWER = "intake_answers"
    QUOTE = "quotes"
    QUOTE_LINE = "quote_lines"
    SETTING = "settings"
    TAKE_OUT = "take_outs"
    EVERYTHING = "*"  # the whole database was replaced (a restore, a hand-over)

    @classmethod
    def of_table(cls, table: str) -> "DataKind | None":
        try:
            return cls(table)
        except ValueError:
            return None


@dataclass(frozen=True)
class Changes:
    """The kinds of data and the uids (as text) one or more committed transactions changed."""

    kinds: frozenset[DataKind] = frozenset()
    uids: frozenset[str] = field(default=frozenset())

    def touches(self, *kinds: DataKind) -> bool:
        """True when any of these kinds changed (or everything did)."""
        return DataKind.EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds, self.uids | other.uids)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @classmethod
    def of(cls, *kinds: DataKind, uids: Iterable[str] = ()) -> "Changes":
        return cls(frozenset(kinds), frozenset(uids))


EVERYTHING = Changes.of(DataKind.EVERYTHING)

Listener = Callable[[Changes], None]


class ChangeFeed:
    """Listeners of one database's changes; safe to publish from any thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Adds a listener; returns the function that removes it again."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)
