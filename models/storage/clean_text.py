"""Every text written to the database is clean (models/core/text.py), whoever writes it.

The rule comes from the column: a String with a length (a name, an e-mail address, a title)
is one line; a String without one (notes, descriptions) may hold several; JSON values are
cleaned string by string as multi-line text. A session hook applies it to every new and
changed row before each flush, so no service can forget it; `bulk_insert.insert_rows`, which
writes past the ORM, asks `cleaner_for` per column.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, String, event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker
from sqlalchemy.types import TypeEngine

from models.core.text import clean_line, clean_multiline

Cleaner = Callable[[str], str]


def cleaner_for(column_type: TypeEngine[Any]) -> Cleaner | None:
    """How text in a column of this type is cleaned; None when it holds no text."""
    if isinstance(column_type, String):
        return clean_line if column_type.length is not None else clean_multiline
    return None


def clean_json(value: Any) -> Any:
    """A JSON value with every string in it (keys too) cleaned; the same object if clean."""
    if isinstance(value, str):
        return clean_multiline(value)
    if isinstance(value, list):
        items = [clean_json(item) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, dict):
        pairs = [(clean_json(k), clean_json(v)) for k, v in value.items()]
        same = all(a is k and b is v for (a, b), (k, v) in zip(pairs, value.items(), strict=True))
        return value if same else dict(pairs)
    return value


_PLANS: dict[Mapper[Any], tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _plan(mapper: Mapper[Any]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """(attribute, cleaner) for every text and JSON column of a mapped class, found once."""
    plan = _PLANS.get(mapper)
    if plan is None:
        found: list[tuple[str, Callable[[Any], Any]]] = []
        for attribute in mapper.column_attrs:
            column_type = attribute.columns[0].type
            cleaner = cleaner_for(column_type)
            if cleaner is not None:
                found.append((attribute.key, _text_only(cleaner)))
            elif isinstance(column_type, JSON):
                found.append((attribute.key, clean_json))
        plan = _PLANS[mapper] = tuple(found)
    return plan


def _text_only(cleaner: Cleaner) -> Callable[[Any], Any]:
    return lambda value: cleaner(value) if isinstance(value, str) else value


def clean_row(row: object) -> None:
    """Cleans the text of one mapped object in place (only what changes is set)."""
    state = inspect(row)
    values = state.dict
    for key, cleaner in _plan(state.mapper):
        value = values.get(key)
        if value is None:
            continue
        cleaned = cleaner(value)
        if cleaned is not value and cleaned != value:
            setattr(row, key, cleaned)


def clean_before_flush(factory: sessionmaker[Session]) -> None:
    """Installs the hook on every session `factory` makes."""

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        for row in (*session.new, *session.dirty):
            clean_row(row)

    event.listen(factory, "before_flush", before_flush)
