"""Text is clean at the door: no control characters or bidi overrides reach the database."""

import uuid
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Table, select

from models.core.text import clean_line, clean_multiline, is_clean
from models.orm import Person, Setting, Trajectory
from models.storage.bulk_insert import insert_rows

FORBIDDEN = {chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))} | {
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufffe",
    "\uffff",
}


@given(st.text())
def test_a_clean_line_holds_nothing_forbidden_and_cleaning_twice_changes_nothing(text) -> None:
    """Single-line text keeps no control character at all, and cleaning is stable."""
    cleaned = clean_line(text)
    assert not set(cleaned) & FORBIDDEN
    assert clean_line(cleaned) == cleaned
    assert is_clean(cleaned)


@given(st.text())
def test_multiline_text_keeps_only_tabs_and_newlines(text) -> None:
    """Multi-line text keeps tab and newline, nothing else of the forbidden set."""
    cleaned = clean_multiline(text)
    assert not set(cleaned) & (FORBIDDEN - {"\t", "\n"})
    assert clean_multiline(cleaned) == cleaned


@given(st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))))
def test_ordinary_text_is_left_exactly_as_it_is(text) -> None:
    """Names with accents, emoji and spaces pass unchanged."""
    assert clean_line(text) == text
    assert clean_multiline(text) == text


def test_the_examples_from_the_field() -> None:
    """NUL, BEL, ESC sequences and a right-to-left override are taken out; breaks become spaces."""
    assert clean_line("An\x00na\x07") == "Anna"
    assert clean_line("\x1b[31mRood\x1b[0m") == "[31mRood[0m"
    assert clean_line("Jan\u202eexe.gpj") == "Janexe.gpj"
    assert clean_line("Jan\r\nPeeters\tKortrijk") == "Jan Peeters Kortrijk"
    assert clean_multiline("eerste\r\ntweede\rderde\u2028vierde\x0c") == (
        "eerste\ntweede\nderde\nvierde"
    )
    assert clean_line("Zoë Dupont-Ñúñez 🚲") == "Zoë Dupont-Ñúñez 🚲"


def test_text_typed_in_the_app_is_cleaned_when_saved(database: Any) -> None:
    """Any service writing through the ORM stores clean text: one line, many lines, JSON."""
    with database.session_factory.begin() as session:
        person = Person(first_name="An\x1b[2Jna", last_name="Pee\u202eters", notes="a\x00\r\nb\tc")
        session.add(person)
        session.add(Setting(key="coach", value={"naam\x07": ["Jan\x00", {"x": "y\u2066"}]}))
        session.flush()
        uid = person.uid
    with database.session_factory() as session:
        stored = session.get(Person, uid)
        assert stored is not None
        assert (stored.first_name, stored.last_name) == ("An[2Jna", "Peeters")
        assert stored.notes == "a\nb\tc"
        setting = session.scalar(select(Setting).where(Setting.key == "coach"))
        assert setting is not None and setting.value == {"naam": ["Jan", {"x": "y"}]}


def test_a_changed_row_is_cleaned_too(database: Any) -> None:
    """An edit of a stored row passes the same rule."""
    with database.session_factory.begin() as session:
        trajectory = Trajectory(name="Herent", programme_key="klimaatdoeners", programme_version=1)
        session.add(trajectory)
    with database.session_factory.begin() as session:
        again = session.get(Trajectory, trajectory.uid)
        assert again is not None
        again.name = "Her\x00ent\u202d"
        again.notes = "lijn 1\rlijn 2"
    with database.session_factory() as session:
        stored = session.get(Trajectory, trajectory.uid)
        assert stored is not None and (stored.name, stored.notes) == ("Herent", "lijn 1\nlijn 2")


def test_rows_written_past_the_orm_are_cleaned(database: Any) -> None:
    """The import's bulk insert applies the rule of each column."""
    table = Person.__table__
    assert isinstance(table, Table)
    uid = uuid.uuid4()
    with database.session_factory.begin() as session:
        insert_rows(
            session,
            table,
            ("uid", "first_name", "last_name", "notes", "created_at", "updated_at"),
            [(uid, "Jan\nus", "Pee\x1bters", "x\r\ny\x00", _now(), _now())],
        )
    with database.session_factory() as session:
        stored = session.get(Person, uid)
        assert stored is not None
        assert (stored.first_name, stored.last_name, stored.notes) == ("Jan us", "Peeters", "x\ny")


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
