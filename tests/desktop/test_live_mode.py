"""Live mode driven like a coach in the hall: check in, walk-in, note, action, decision, close."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.sessions.live_mode import LiveModeWindow
from models.workspace import Workspace

# The offscreen platform cannot resize a shown top-level window to new size hints; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 22)
NOW = datetime(2026, 12, 2, 19, 25)


class _Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    workspace = demo_copy(DAY)
    return workspace


@pytest.fixture
def uid(workspace: Workspace) -> str:
    return next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def window(qtbot, workspace, uid, clock) -> LiveModeWindow:
    window = LiveModeWindow(workspace, uid, clock=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _present(workspace: Workspace, uid: str) -> set[str]:
    return {
        r.name
        for r in workspace.sessions.session_detail(uid).registrations
        if r.status == "present"
    }


def test_every_registered_person_is_checked_in_in_at_most_four_keystrokes(
    qtbot, window, workspace, uid
) -> None:
    """For each person on the list the shortest prefix of a name plus Enter checks them in."""
    registered = [r for r in workspace.sessions.session_detail(uid).registrations]
    for row in registered:
        keys = None
        for word in (row.name.split()[0], row.name.split()[-1]):
            for length in range(1, 4):
                window.checkin.search.clear()
                qtbot.keyClicks(window.checkin.search, word[:length].lower())
                top = window.checkin.selected()
                if top is not None and top.person_uid == row.person_uid:
                    keys = length + 1
                    break
            if keys:
                break
        assert keys is not None and keys <= 4, row.name
        qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
        assert "✓" in window.checkin.message.text()
    assert _present(workspace, uid) == {r.name for r in registered}
    assert window.counts.text().startswith(f"{len(registered)} present")


def test_koen_in_three_letters_and_enter(qtbot, window, workspace, uid) -> None:
    """'koe' and Enter: Koen Vermeersch is present, the search field is empty again."""
    qtbot.keyClicks(window.checkin.search, "koe")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert "Koen Vermeersch" in _present(workspace, uid)
    assert window.checkin.search.text() == ""
    qtbot.keyClicks(window.checkin.search, "koe")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert "already" in window.checkin.message.text()


def test_arrow_keys_choose_another_result(qtbot, window, workspace, uid) -> None:
    """Down in the search field picks the second result; Enter checks that one in."""
    qtbot.keyClicks(window.checkin.search, "e")
    second = window.checkin.results.item(1).text().split("  ·  ")[0]
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert second in _present(workspace, uid)


def test_unknown_name_becomes_a_walk_in_in_seconds(qtbot, window, workspace, uid) -> None:
    """Typing a new name and Enter fills the walk-in form; contact, tick, Enter: checked in.

    The name is nobody in the demo (its sessions have walk-ins of their own, who are then known).
    """
    qtbot.keyClicks(window.checkin.search, "Wannes Tuerlinckx")
    assert window.checkin.selected() is None  # unknown: not a demo person nor an earlier walk-in
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert window.checkin.walk_in_name.text() == "Wannes Tuerlinckx"
    qtbot.keyClicks(window.checkin.walk_in_contact, "0476 55 12 34")
    window.checkin.walk_in_consent.setChecked(True)
    qtbot.keyClick(window.checkin.walk_in_contact, Qt.Key.Key_Return)
    row = next(
        r
        for r in workspace.sessions.session_detail(uid).registrations
        if r.name == "Wannes Tuerlinckx"
    )
    assert row.walk_in and row.has_consent and row.status == "present"
    assert "1 walk-ins" in window.counts.text()


def test_a_bad_contact_is_said_at_the_walk_in(qtbot, dutch_ui, window, workspace, uid) -> None:
    """A broken e-mail (to be kept: consent ticked) shows the Dutch message and adds nobody."""
    qtbot.keyClicks(window.checkin.walk_in_name, "Jo Peeters")
    qtbot.keyClicks(window.checkin.walk_in_contact, "jo@")
    window.checkin.walk_in_consent.setChecked(True)
    qtbot.keyClick(window.checkin.walk_in_contact, Qt.Key.Key_Return)
    assert window.checkin.message.text() == (
        "'jo@' is geen geldig e-mailadres. Typ bv. naam@voorbeeld.be."
    )
    assert "Jo Peeters" not in {
        r.name for r in workspace.sessions.session_detail(uid).registrations
    }


def test_clock_current_block_and_over_time(qtbot, window, clock) -> None:
    """Before 19:30 it says when it starts; next item starts a block; later it shows over time."""
    window.tick()
    assert window.clock_label.text() == "19:25"
    assert "19:30" in window.current.text()
    clock.now = datetime(2026, 12, 2, 19, 32)
    assert window.next_button.text() == "Start the agenda ▶"
    window.step_block(1)
    assert window.current.text().startswith("1. Onthaal")
    assert window.next_button.text() == "Next item ▶"
    assert window.time_left.text() == "10 min left"
    clock.now += timedelta(minutes=13)
    window.tick()
    assert window.time_left.text() == "3 min over time"
    assert window.time_left.property("over") is True
    window.step_block(1)
    assert window.current.text().startswith("2. ")


def test_notes_follow_the_current_block_and_are_stored_per_keystroke(
    qtbot, window, workspace, uid, clock
) -> None:
    """Typing in the notes stores each keystroke; the note belongs to the current block."""
    clock.now = datetime(2026, 12, 2, 19, 45)
    for _ in range(3):  # the agenda starts, then two items further
        window.step_block(1)
    window.show_tab(1)
    qtbot.keyClicks(window.notes.note, "Zaal vol")
    detail = workspace.sessions.session_detail(uid)
    note = next(n for n in detail.notes if n.kind == "note")
    assert note.text == "Zaal vol"
    assert note.agenda_block_uid == detail.agenda[2].uid
    qtbot.keyClicks(window.notes.decision, "Tweede infosessie in maart")
    assert workspace.live.live_drafts(uid) == {"decision": "Tweede infosessie in maart"}
    qtbot.keyClick(window.notes.decision, Qt.Key.Key_Return)
    assert [
        n.text for n in workspace.sessions.session_detail(uid).notes if n.kind == "decision"
    ] == ["Tweede infosessie in maart"]
    assert workspace.live.live_drafts(uid) == {}


def test_an_action_with_an_attendee_and_next_week(qtbot, window, workspace, uid) -> None:
    """Title, owner picked from the attendees, the 'next week' button, Enter: stored."""
    qtbot.keyClicks(window.checkin.search, "koe")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    window.show_tab(2)
    qtbot.keyClicks(window.actions_panel.title, "Affiches ophangen in de bakkerij")
    window.actions_panel.owner.setEditText("Koen Vermeersch")
    button = window.actions_panel.due_buttons.itemAt(0).widget()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.actions_panel.title, Qt.Key.Key_Return)
    action = workspace.sessions.session_detail(uid).actions[-1]
    assert action.title == "Affiches ophangen in de bakkerij"
    assert action.owner == "Koen Vermeersch" and action.owner_person_uid
    assert action.due_on == date(2026, 12, 2) + timedelta(days=7)
    assert window.actions_panel.action_list.count() == 1
    window.actions_panel.owner.setEditText("Iemand van de bib")
    qtbot.keyClicks(window.actions_panel.title, "Boekenstand")
    qtbot.keyClick(window.actions_panel.title, Qt.Key.Key_Return)
    assert workspace.sessions.session_detail(uid).actions[-1].owner == "Iemand van de bib"


def test_a_bad_due_date_is_refused(qtbot, window, workspace, uid) -> None:
    """'31/02/2027' is said to be wrong; no action is added."""
    window.show_tab(2)
    qtbot.keyClicks(window.actions_panel.title, "Iets")
    qtbot.keyClicks(window.actions_panel.due, "31/02/2027")
    qtbot.keyClick(window.actions_panel.title, Qt.Key.Key_Return)
    assert window.actions_panel.message.text()
    assert workspace.sessions.session_detail(uid).actions == ()


def test_reopening_restores_the_drafts(qtbot, window, workspace, uid, clock) -> None:
    """A half-typed action is back in its field when live mode opens again."""
    qtbot.keyClicks(window.actions_panel.title, "Flyers bij de")
    window.close()
    again = LiveModeWindow(workspace, uid, clock=clock)
    qtbot.addWidget(again)
    assert again.actions_panel.title.text() == "Flyers bij de"


def _closing(qtbot, window: LiveModeWindow):
    """Clicks Close session; returns the question that is then open."""
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    dialog = window.closing_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_closing_the_session(qtbot, window, workspace, uid) -> None:
    """Close, confirmed on the day: the session is held, the missing are absent, it closes."""
    qtbot.keyClicks(window.checkin.search, "koe")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    missing = workspace.sessions.session_detail(uid).counts.waiting
    dialog = _closing(qtbot, window)
    assert str(missing) in dialog.checkBox().text() and dialog.mark_absent  # said, and ticked
    with qtbot.waitSignal(window.closed_session):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    detail = workspace.sessions.session_detail(uid)
    assert detail.status == "held"
    assert detail.counts.absent == missing
    assert not window.isVisible()


def test_closing_asks_first_and_cancel_keeps_everything(qtbot, window, workspace, uid):
    """Cancel: the session stays open, nobody is absent and the half-typed action stays."""
    qtbot.keyClicks(window.actions_panel.title, "Flyers bij de")
    dialog = _closing(qtbot, window)
    assert "Enter" in dialog.text()  # the coach is told the typed action would be lost
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    detail = workspace.sessions.session_detail(uid)
    assert detail.status != "held" and detail.counts.absent == 0
    assert workspace.live.live_drafts(uid) == {"action": "Flyers bij de"}
    assert window.isVisible()


def test_closing_on_another_day_says_so_and_marks_nobody_absent(
    qtbot, workspace, uid, clock
) -> None:
    """Closed 44 days early: the question names both days, the tick is off, nobody absent."""
    clock.now = datetime(2026, 10, 19, 19, 25)
    window = LiveModeWindow(workspace, uid, clock=clock)
    qtbot.addWidget(window)
    window.show()
    dialog = _closing(qtbot, window)
    assert "02/12/2026" in dialog.text() and "19/10/2026" in dialog.text()
    assert not dialog.mark_absent
    assert dialog.defaultButton() is dialog.cancel_button
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    detail = workspace.sessions.session_detail(uid)
    assert detail.status == "held" and detail.counts.absent == 0
    assert detail.counts.waiting == detail.counts.registered


def test_closing_on_another_day_marks_absent_only_when_ticked(qtbot, workspace, uid, clock):
    """The coach ticks the box on another day: then, and only then, the missing are absent."""
    clock.now = datetime(2026, 12, 3, 9, 0)  # the morning after
    window = LiveModeWindow(workspace, uid, clock=clock)
    qtbot.addWidget(window)
    dialog = _closing(qtbot, window)
    dialog.checkBox().setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    counts = workspace.sessions.session_detail(uid).counts
    assert counts.absent == counts.registered and counts.waiting == 0


def test_an_earlier_walk_in_is_found_and_not_added_twice(qtbot, window, workspace, uid) -> None:
    """Who walked in at an earlier session of the trajectory is known at the door next time."""
    from models.demo.sessions import CONTENT

    walk_in = CONTENT["werksessie_communicatieplan"].walk_in
    assert walk_in is not None
    name = walk_in[0]
    qtbot.keyClicks(window.checkin.search, name)
    assert (found := window.checkin.selected()) is not None and found.name == name
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert window.checkin.walk_in_name.text() == ""
    rows = [r for r in workspace.sessions.session_detail(uid).registrations if r.name == name]
    assert len(rows) == 1 and rows[0].status == "present"
