"""Rows written through `insert_rows` are stored byte for byte as SQLAlchemy stores them."""

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Table, insert

from models.core.enums import ImportChangeKind, RegistrationStatus
from models.orm import Consent, ImportBatch, ImportChange, Person
from models.storage.bulk_insert import insert_rows

NOW = datetime(2026, 11, 23, 14, 5, 9, 123456, tzinfo=UTC)
LATER = datetime(2026, 11, 24, 8, 0, 1, 654321, tzinfo=UTC)


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _stored(session: Any, table: Table, uid: uuid.UUID) -> tuple[object, ...]:
    """The row as the driver hands it back, without any type processing; on PostgreSQL each
    value also as the server's own text of what it stores."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(f"SELECT * FROM {table.name} WHERE uid = ?", (uid.hex,))
        (row,) = rows.fetchall()
        return tuple(row)
    names = ", ".join(f"{c.name}, {c.name}::text" for c in table.columns)
    rows = connection.exec_driver_sql(f"SELECT {names} FROM {table.name} WHERE uid = %s", (uid,))
    (row,) = rows.fetchall()
    return tuple(zip(row[::2], row[1::2], strict=True))


def _uid_as_stored(session: Any, uid: uuid.UUID) -> object:
    if session.connection().dialect.name == "sqlite":
        return uid.hex
    return (uid, str(uid))


def _both_ways(session: Any, model: Any, values: dict[str, object]) -> None:
    """Writes `values` once through Core and once through insert_rows; compares the rows."""
    table = _table(model)
    core_uid, fast_uid = uuid.uuid4(), uuid.uuid4()
    session.execute(insert(table), [{**values, "uid": core_uid}])
    columns = ("uid", *values)
    insert_rows(session, table, columns, [(fast_uid, *values.values())])
    core = _stored(session, table, core_uid)
    fast = _stored(session, table, fast_uid)
    uid_at = [column.name for column in table.columns].index("uid")
    assert fast[uid_at] == _uid_as_stored(session, fast_uid)
    assert core[:uid_at] + core[uid_at + 1 :] == fast[:uid_at] + fast[uid_at + 1 :]


def test_people_with_timestamps_and_empty_fields(database: Any) -> None:
    with database.session_factory.begin() as session:
        person = {
            "first_name": "Anneleen",
            "last_name": "Van den Broeck",
            "email": "anneleen@voorbeeld.be",
            "phone": None,
            "postcode": "8500",
            "municipality": "Kortrijk",
            "organisation_text": None,
            "notes": "",
            "created_at": NOW,
            "updated_at": NOW,
        }
        _both_ways(session, Person, person)


def test_enums_json_null_dates_and_lists(database: Any) -> None:
    with database.session_factory.begin() as session:
        batch = ImportBatch(source_name="lijst.xlsx", imported_at=NOW, mapping={}, rows_read=1)
        person = Person(first_name="Dirk", last_name="Maes")
        session.add_all([batch, person])
        session.flush()
        change = {
            "batch_uid": batch.uid,
            "person_uid": person.uid,
            "kind": ImportChangeKind.CREATED,
            "previous": None,  # JSON: stored as the text null, as Core does
            "created_at": NOW,
            "updated_at": NOW,
        }
        _both_ways(session, ImportChange, change)
        consent = {
            "person_uid": person.uid,
            "given_on": date(2026, 11, 22),
            "source": "import lijst.xlsx",
            "purposes": ["contact_traject", "uitnodigingen"],
            "created_at": NOW,
            "updated_at": NOW,
        }
        _both_ways(session, Consent, consent)


def test_repeated_values_are_stored_once_each_row(database: Any) -> None:
    """The same timestamp object on every row (as an import gives) still lands on every row."""
    with database.session_factory.begin() as session:
        rows = [
            (uuid.uuid4(), f"Naam{i}", "Peeters", "", NOW, NOW if i % 2 else LATER)
            for i in range(5)
        ]
        columns = ("uid", "first_name", "last_name", "notes", "created_at", "updated_at")
        assert insert_rows(session, _table(Person), columns, rows) == 5
        stored = {
            row.first_name: row
            for row in session.query(Person).where(Person.last_name == "Peeters").all()
        }
    assert len(stored) == 5
    assert all(person.created_at == NOW for person in stored.values())
    assert stored["Naam1"].updated_at == NOW and stored["Naam2"].updated_at != NOW


def test_a_column_with_a_default_cannot_be_left_out(database: Any) -> None:
    """Leaving out a column whose default Python would fill in is a programming error."""
    with database.session_factory.begin() as session, pytest.raises(ValueError, match="notes"):
        insert_rows(
            session,
            _table(Person),
            ("uid", "first_name", "last_name", "created_at", "updated_at"),
            [(uuid.uuid4(), "Els", "Claes", NOW, NOW)],
        )


def test_registration_status_and_flags(database: Any) -> None:
    from models.orm import Registration
    from models.workspace import Workspace
    from tests.factories import herent_kickoff

    session_uid, _ = herent_kickoff(Workspace(database))
    with database.session_factory.begin() as session:
        people = [Person(first_name="Tom", last_name="Wouters") for _ in range(2)]
        session.add_all(people)
        session.flush()
        table = _table(Registration)
        registration = {
            "session_uid": uuid.UUID(session_uid),
            "status": RegistrationStatus.REGISTERED,
            "walk_in": False,
            "import_batch_uid": None,
            "created_at": NOW,
            "updated_at": NOW,
        }
        core_uid, fast_uid = uuid.uuid4(), uuid.uuid4()
        session.execute(
            insert(table), [{**registration, "uid": core_uid, "person_uid": people[0].uid}]
        )
        columns = ("uid", "person_uid", *registration)
        insert_rows(session, table, columns, [(fast_uid, people[1].uid, *registration.values())])
        names = [column.name for column in table.columns]
        core, fast = _stored(session, table, core_uid), _stored(session, table, fast_uid)
        for name in ("session_uid", "status", "walk_in", "import_batch_uid", "created_at"):
            assert core[names.index(name)] == fast[names.index(name)], name
