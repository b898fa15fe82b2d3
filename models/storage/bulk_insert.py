"""Many rows into one table in one driver call, stored exactly as SQLAlchemy stores them.

Core's executemany spends most of its time building a parameter dictionary per row and
running every bind processor on every value (≈ 25 µs a row). An import writes tens of
thousands of rows whose timestamps and batch are one value for all, so here each column's
own bind processor (the types' storage format: UUID as hex, UTC timestamps, enums, JSON)
runs once per distinct value in a row-to-row run, and the rows go to the driver as tuples:
to SQLite in one `executemany`, to PostgreSQL through COPY (one stream, no statement per row).
Text is cleaned by the column's rule, as the session's flush hook does for the ORM.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from models.core.changes import DataKind
from models.storage.clean_text import Cleaner, cleaner_for
from models.storage.database import record_changes


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Inserts `rows` (values in the order of `columns`) in the session's transaction.

    Every column with a Python-side default must be given: the default is not applied here.
    """
    missing = [
        column.name
        for column in table.columns
        if column.name not in columns and column.default is not None
    ]
    if missing:
        raise ValueError(f"{table.name}: no value for {', '.join(missing)}")
    connection = session.connection()
    dialect = connection.dialect
    server = dialect.name == "postgresql"
    if server:
        order = list(range(len(columns)))
        statement = ""
    else:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        order = [columns.index(name) for name in compiled.positiontup or ()]
        statement = str(compiled)
    if sorted(order) != list(range(len(columns))) or len(set(columns)) != len(columns):
        raise ValueError(f"{table.name}: columns {columns} do not match the statement")
    processors = [
        table.c[columns[i]].type.dialect_impl(dialect).bind_processor(dialect) for i in order
    ]
    stored_columns: list[Sequence[Any]] = []
    for index, processor in zip(order, processors, strict=True):
        values = [row[index] for row in rows]
        cleaner = cleaner_for(table.c[columns[index]].type)
        if cleaner is not None:
            values = _clean(values, cleaner)
        stored_columns.append(values if processor is None else _stored(values, processor))
    prepared = list(zip(*stored_columns, strict=True))
    if prepared:
        if server:
            _copy(connection, table, columns, prepared)
        else:
            connection.exec_driver_sql(statement, prepared)
        kind = DataKind.of_table(table.name)
        if kind is not None:  # past the ORM: the commit's change report needs telling
            record_changes(session, (kind,))
    return len(prepared)


def _copy(
    connection: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """The rows into the table through PostgreSQL's COPY, in the session's transaction."""
    quote = connection.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    driver = connection.connection.driver_connection
    if driver is None:  # pragma: no cover - a connection the pool has just closed
        raise RuntimeError("the database connection is closed")
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _clean(values: list[Any], cleaner: Cleaner) -> list[Any]:
    """Text as the ORM would store it (models/core/text.py); clean text is left as it is."""
    if all(type(value) is not str or value.isprintable() for value in values):
        return values
    return [cleaner(value) if type(value) is str else value for value in values]


def _stored(values: Sequence[Any], processor: Any) -> list[Any]:
    """The values in their stored form; a value repeated from the row before is not redone."""
    stored: list[Any] = []
    last: Any = _NOTHING
    result: Any = None
    for value in values:
        if value is not last:
            last = value
            result = processor(value)  # None too: JSON stores it as null
        stored.append(result)
    return stored


_NOTHING = object()
