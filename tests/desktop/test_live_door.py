"""Live mode in the hall, second pass: typos forgiven, known walk-ins offered, consent, ticks."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from desktop.sessions.live_mode import LiveModeWindow
from models.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 22)
NOW = datetime(2027, 1, 4, 19, 20)  # the evening of the buurtpunt's second work session


@pytest.fixture
def workspace(demo_copy) -> Workspace:
    return demo_copy(DAY)


@pytest.fixture
def uid(workspace: Workspace) -> str:
    return next(
        r.uid for r in workspace.sessions.all_sessions() if r.title.startswith("Werksessie 2: jur")
    )


@pytest.fixture
def window(qtbot, workspace, uid) -> LiveModeWindow:
    window = LiveModeWindow(workspace, uid, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    return window


def _status(workspace: Workspace, uid: str, name: str) -> str:
    rows = [r for r in workspace.sessions.session_detail(uid).registrations if r.name == name]
    assert len(rows) == 1, rows
    return rows[0].status


def _people_named(workspace: Workspace, name: str) -> int:
    return sum(1 for p in workspace.people.all_people() if p.name == name)


def test_a_typo_still_checks_the_person_in(qtbot, window, workspace, uid) -> None:
    """'Saelans' + Enter checks in Mieke Saelens, 'Wuijts' + Enter Luc Wuyts (marked ≈)."""
    for typed, name in (("Saelans", "Mieke Saelens"), ("Wuijts", "Luc Wuyts")):
        qtbot.keyClicks(window.checkin.search, typed)
        top = window.checkin.results.item(0)
        assert top is not None and top.text().startswith(f"≈ {name}")
        qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
        assert _status(workspace, uid, name) == "present"
        assert name in window.checkin.message.text()
    assert window.checkin.walk_in_name.text() == ""  # nobody went to the walk-in form


def test_an_exact_name_comes_before_a_near_one(qtbot, window) -> None:
    """'Mieke' lists Mieke Saelens without the ≈ mark."""
    qtbot.keyClicks(window.checkin.search, "Mieke")
    assert window.checkin.results.item(0).text().startswith("Mieke Saelens")


def test_a_walk_in_who_is_known_is_offered_and_one_key_checks_them_in(
    qtbot, window, workspace, uid
) -> None:
    """'Evelien Peters' in the walk-in form: Evelien Peeters is offered; '1' checks her in."""
    form = window.checkin.walk_in
    people = len(workspace.people.all_people())
    qtbot.keyClicks(form.name, "Evelien Peters")
    assert form.known.isVisible() and form.known.item(0).text().startswith("1  Evelien Peeters")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # on to the contact
    qtbot.keyClick(form.contact, Qt.Key.Key_Return)  # add: first the known people get the focus
    assert form.known.hasFocus() and "N" in form.known_label.text()
    assert len(workspace.people.all_people()) == people
    qtbot.keyClick(form.known, Qt.Key.Key_1)
    assert _status(workspace, uid, "Evelien Peeters") == "present"
    assert len(workspace.people.all_people()) == people and form.name.text() == ""
    assert "Evelien Peeters" in window.checkin.message.text()


def test_a_digit_in_the_name_field_picks_at_once(qtbot, window, workspace, uid) -> None:
    """Names hold no digits: '1' typed in the name field checks in the first one offered."""
    form = window.checkin.walk_in
    qtbot.keyClicks(form.name, "Evelien Peters")
    qtbot.keyClick(form.name, Qt.Key.Key_1)
    assert _status(workspace, uid, "Evelien Peeters") == "present"


def test_n_adds_a_new_person_after_all(qtbot, window, workspace, uid) -> None:
    """Offered a known Luc Wuyts, the coach presses N: a second Luc is made and checked in."""
    form = window.checkin.walk_in
    qtbot.keyClicks(form.name, "Luc Wuijts")
    assert form.known.count() >= 1
    form.request_add()
    qtbot.keyClick(form.known, Qt.Key.Key_N)
    assert _people_named(workspace, "Luc Wuijts") == 1
    assert _status(workspace, uid, "Luc Wuijts") == "present"
    assert _status(workspace, uid, "Luc Wuyts") == "registered"


def test_nobody_similar_adds_at_once(qtbot, window, workspace, uid) -> None:
    """A name like nobody's: Enter adds the walk-in without a question."""
    form = window.checkin.walk_in
    qtbot.keyClicks(form.name, "Wannes Tuerlinckx")
    assert not form.known.isVisible()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.keyClick(form.contact, Qt.Key.Key_Return)
    assert _status(workspace, uid, "Wannes Tuerlinckx") == "present"


def test_the_consent_line_says_what_is_kept(qtbot, window, workspace, uid) -> None:
    """Unticked: 'only the name'; the phone typed is not stored. Ticked: it is."""
    form = window.checkin.walk_in
    assert "only the name" in form.consent_note.text()
    qtbot.keyClicks(form.name, "Wannes Tuerlinckx")
    qtbot.keyClicks(form.contact, "0476 55 12 34")
    qtbot.keyClick(form.contact, Qt.Key.Key_Return)
    wannes = next(p for p in workspace.people.all_people() if p.name == "Wannes Tuerlinckx")
    assert not wannes.phone and not wannes.email
    qtbot.keyClicks(form.name, "Roos Claeys")
    qtbot.keyClicks(form.contact, "roos@example.org")
    form.consent.setChecked(True)
    assert "e-mail and phone are kept" in form.consent_note.text()
    form.request_add()
    if form.known.hasFocus():  # someone like her is known: this is someone new
        qtbot.keyClick(form.known, Qt.Key.Key_N)
    roos = next(p for p in workspace.people.all_people() if p.name == "Roos Claeys")
    assert roos.email == "roos@example.org"


def _indicator(box: QCheckBox) -> int:
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    return min(rect.width(), rect.height())


def test_tick_boxes_are_touch_sized_in_live_and_kiosk_mode(qtbot, window, workspace) -> None:
    """The consent ticks are at least 24 px, in live mode and in the kiosk."""
    from desktop.evaluation.kiosk import KioskWindow

    assert _indicator(window.checkin.walk_in.consent) >= 24
    trajectory = next(
        t.uid for t in workspace.trajectories.trajectories() if t.programme == "buurtpunt"
    )
    form = workspace.evaluation.evaluation_overview(trajectory).forms[0]
    kiosk = KioskWindow(workspace, workspace.evaluation.evaluation_form(form.uid), "1234")
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert _indicator(kiosk.named) >= 24
    kiosk.force_close()


def test_walk_in_fields_come_back_as_drafts(qtbot, window, workspace, uid) -> None:
    """A half-typed walk-in (name, contact, tick) is there again when live mode reopens."""
    form = window.checkin.walk_in
    qtbot.keyClicks(form.name, "Wannes Tuer")
    qtbot.keyClicks(form.contact, "0476 55")
    form.consent.setChecked(True)
    window.close()
    again = LiveModeWindow(workspace, uid, clock=lambda: NOW)
    qtbot.addWidget(again)
    assert again.checkin.walk_in.name.text() == "Wannes Tuer"
    assert again.checkin.walk_in.contact.text() == "0476 55"
    assert again.checkin.walk_in.consent.isChecked()
