"""Actions keep a history of every change, whoever made it."""

from datetime import date

import pytest
from sqlalchemy import select

from models.actions.editing import ActionInput, add_action, is_overdue, update_action
from models.core.enums import ActionStatus
from models.orm import Action, Person, Trajectory
from tests.dutch import raises_dutch

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(database):  # type: ignore[no-untyped-def]
    from models.demo.builder import add_demo_data

    with database.session_factory.begin() as session:
        add_demo_data(session, TODAY)
    return database


def test_changes_are_recorded_one_line_each(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.session_factory.begin() as session:
        trajectory = session.scalars(select(Trajectory)).first()
        person = session.scalars(select(Person)).first()
        action = add_action(
            session,
            trajectory.uid,
            ActionInput("  Flyers   drukken ", owner_text="Wijkcomité", due_on=date(2026, 12, 1)),
        )
        assert action.title == "Flyers drukken"
        update_action(session, action.uid, status="done", today=TODAY)
        update_action(session, action.uid, owner_person_uid=person.uid, today=TODAY)
        update_action(
            session, action.uid, due_on=date(2026, 12, 1), today=TODAY
        )  # unchanged: no line
        uid = action.uid
    with demo.session_factory() as session:
        action = session.get(Action, uid)
        assert [e.field for e in action.events] == ["created", "status", "owner"]
        assert action.events[1].old_value == "open" and action.events[1].new_value == "done"
        assert action.events[2].old_value == "Wijkcomité"
        assert action.done_on == TODAY and action.owner_text == ""
        assert not is_overdue(action, date(2027, 1, 1))


def test_an_empty_title_is_refused_and_nothing_is_added(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.session_factory() as session:
        trajectory = session.scalars(select(Trajectory)).first()
        before = len(session.scalars(select(Action)).all())
        with raises_dutch("Beschrijf de actie") as caught:
            add_action(session, trajectory.uid, ActionInput("   "))
        assert caught.value.field == "title"
        assert len(session.scalars(select(Action)).all()) == before


def test_overdue_means_open_and_past_due() -> None:
    action = Action(title="x", status=ActionStatus.OPEN, due_on=date(2026, 11, 22))
    assert is_overdue(action, TODAY)
    action.status = ActionStatus.CANCELLED
    assert not is_overdue(action, TODAY)
