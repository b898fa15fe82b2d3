"""The hall's windows for a finger and a screen reader: 48-pixel targets, lists that swipe,
kiosk answers read with their question, the thanks and errors said aloud, charts that the
keyboard reaches and that read as text; type that follows the system's size."""

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QScroller, QWidget

from desktop.evaluation.charts import BarChart
from desktop.evaluation.kiosk import KioskWindow
from desktop.sessions.live_mode import LiveModeWindow
from desktop.shell.theme import apply_theme, theme
from desktop.widgets.touch import TARGET_PX
from models.workspace import Workspace
from tests.factories import herent_kickoff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, bool]]:
    """What was announced to a screen reader: (text, assertive)."""
    heard: list[tuple[str, bool]] = []

    def update(event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


@pytest.fixture
def kiosk(qtbot, database) -> Iterator[tuple[KioskWindow, Workspace]]:
    apply_theme(QApplication.instance(), "light")
    workspace = Workspace(database)
    session_uid, _ = herent_kickoff(workspace, present=True)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    window = KioskWindow(workspace, workspace.evaluation.evaluation_form(form_uid), "2468")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, workspace
    window.force_close()


def _targets(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QAbstractButton)
        if w.isVisibleTo(window) and (w.text() or isinstance(w, QCheckBox))
    ]


def test_every_kiosk_target_is_48_pixels_high(kiosk) -> None:
    """Answer buttons, the consent tick box, Submit and the coach's button: 48 pixels or more."""
    window, _ = kiosk
    small = [(w.text(), w.height()) for w in _targets(window) if w.height() < TARGET_PX]
    assert not small


def test_kiosk_answers_are_read_with_their_question(kiosk) -> None:
    """A screen reader says '1. How …?: 4', not only '4'; the scale's ends describe 1 and 5."""
    window, _ = kiosk
    question = window.questions[0]
    names = [b.accessibleName() for b in question.buttons()]
    assert all(name.startswith(question.title.text()) for name in names)
    assert question.buttons()[0].accessibleDescription() == question.question.min_label


def test_the_kiosk_says_its_thanks_and_its_errors_aloud(qtbot, kiosk, said) -> None:
    """An empty Submit is announced at once (assertive); an answered one thanks aloud."""
    window, _ = kiosk
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert said and said[-1][1] and said[-1][0] == window.error.text()
    qtbot.mouseClick(window.questions[0].buttons()[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert said[-1] == (window.thanks.text(), False)


def test_kiosk_lists_swipe_with_a_finger(kiosk) -> None:
    """The questions scroll with a finger (kinetic scrolling on the scroll area)."""
    window, _ = kiosk
    viewport = window.scroll_area.viewport()
    assert QScroller.hasScroller(viewport) or QScroller.grabbedGesture(viewport) != 0


@pytest.fixture
def live(qtbot, demo_copy) -> Iterator[LiveModeWindow]:
    apply_theme(QApplication.instance(), "light")
    workspace = demo_copy(date(2026, 11, 22))
    uid = next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )
    window = LiveModeWindow(workspace, uid, clock=lambda: datetime(2026, 12, 2, 19, 25))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.timer.stop()


def test_live_mode_targets_are_48_pixels_high(live: LiveModeWindow) -> None:
    """Previous, next, close, the tabs' buttons and tick boxes: 48 pixels or more."""
    small = [(w.text(), w.height()) for w in _targets(live) if w.height() < TARGET_PX]
    assert not small


def test_live_mode_lists_swipe(live: LiveModeWindow) -> None:
    """The agenda and the check-in results scroll with a finger."""
    viewport = live.agenda.viewport()
    assert QScroller.grabbedGesture(viewport) != 0


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the bar's tooltip
def test_a_chart_is_reached_by_tab_named_and_read_bar_by_bar(qtbot, said) -> None:
    """The chart takes focus, is named for its question, describes every bar, and the arrow
    keys say each bar aloud; Ctrl+C copies the figures."""
    chart = BarChart([("Ja", 3, 0.6, "3 (60%)"), ("Nee", 2, 0.4, "2 (40%)")], "Was it useful?")
    qtbot.addWidget(chart)
    chart.show()
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chart.accessibleName() == "Was it useful?"
    assert chart.accessibleDescription() == "Ja: 3 (60%); Nee: 2 (40%)"
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert [text for text, _ in said] == ["Ja: 3 (60%)", "Nee: 2 (40%)"]
    qtbot.keyClick(chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Ja: 3 (60%)\nNee: 2 (40%)"


def test_type_sizes_follow_the_systems_font(monkeypatch) -> None:
    """A coach who set larger text in the system gets larger titles: sizes are multiples."""
    from desktop.shell.theme import points, style_sheet
    from desktop.shell.tones import LIGHT

    monkeypatch.setattr(theme(), "base_points", 12.0)
    assert points(1.6) == "19.2pt"
    assert "font-size: 19.2pt" in style_sheet(LIGHT)
    monkeypatch.setattr(theme(), "base_points", 9.0)
    assert "font-size: 14.4pt" in style_sheet(LIGHT)
