"""Kiosk mode: one respondent at a time, anonymous by default, only the coach's code leaves."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.evaluation.kiosk import KioskWindow
from models.core.errors import UserError
from models.workspace import Workspace
from tests.factories import herent_kickoff

# The offscreen platform says this whenever a top-level window is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace(database) -> Workspace:
    return Workspace(database)


@pytest.fixture
def kiosk(qtbot, workspace: Workspace) -> Iterator[tuple[KioskWindow, str]]:
    session_uid, _ = herent_kickoff(workspace, present=True)
    form_uid = workspace.evaluation.create_session_form(session_uid)
    window = KioskWindow(workspace, workspace.evaluation.evaluation_form(form_uid), "2468")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, form_uid
    window.force_close()
    qtbot.wait(20)  # let the platform's deferred messages arrive inside this test


def _click(qtbot, kiosk: KioskWindow, number: int, index: int) -> None:
    button = kiosk.questions[number - 1].buttons()[index]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_submit_stores_anonymously_and_shows_an_empty_form(qtbot, kiosk, workspace) -> None:
    """Scale 4 and 'ja': stored without a name; the next person gets an empty form and thanks."""
    window, form_uid = kiosk
    _click(qtbot, window, 1, 3)
    _click(qtbot, window, 5, 0)
    qtbot.keyClicks(window.questions[6].text_edit, "Fijne avond")
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    [row] = workspace.evaluation.evaluation_responses(form_uid)
    assert (row.channel, row.person) == ("kiosk", "")
    assert row.values[0] == "4" and row.values[4] == "ja" and row.values[6] == "Fijne avond"
    assert window.thanks.isVisible() and not window.error.isVisible()
    assert all(item.value() in (None, "", []) for item in window.questions)
    assert not window.named.isChecked() and window.count == 1


def test_an_empty_submission_is_refused_and_nothing_stored(
    qtbot, kiosk, workspace, dutch_ui
) -> None:
    """Submit with nothing answered: a clear message, no response, the form stays."""
    window, form_uid = kiosk
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.error.isVisible()
    assert "nog geen enkele vraag beantwoord" in window.error.text()
    assert workspace.evaluation.evaluation_responses(form_uid) == []


def test_a_name_only_with_consent_and_a_chosen_name(qtbot, kiosk, workspace) -> None:
    """Ticking the box without choosing a name is refused; with a name it is kept."""
    window, form_uid = kiosk
    _click(qtbot, window, 1, 4)
    window.named.setChecked(True)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.error.isVisible() and workspace.evaluation.evaluation_responses(form_uid) == []
    window.person.setCurrentIndex(window.person.findText("An Peeters"))
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    [row] = workspace.evaluation.evaluation_responses(form_uid)
    assert row.person == "An Peeters"
    assert not window.named.isChecked()  # the next respondent is anonymous again


def test_scale_buttons_are_exclusive_and_multiple_choice_is_not(qtbot, kiosk) -> None:
    """A second scale button replaces the first; a single choice keeps one."""
    window, _ = kiosk
    _click(qtbot, window, 1, 1)
    _click(qtbot, window, 1, 2)
    assert window.questions[0].value() == 3
    _click(qtbot, window, 6, 0)
    assert window.questions[5].value() == "vaak"


def test_only_the_coachs_code_leaves_kiosk_mode(qtbot, kiosk) -> None:
    """Escape and closing do nothing; a wrong code is refused; the right code closes."""
    window, _ = kiosk
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    assert window.isVisible() and window.pin_field.isVisible()
    qtbot.keyClicks(window.pin_field, "1111")
    qtbot.keyClick(window.pin_field, Qt.Key.Key_Return)
    assert window.isVisible() and window.pin_field.text() == ""
    with qtbot.waitSignal(window.closed):
        qtbot.keyClicks(window.pin_field, "2468")
        qtbot.keyClick(window.pin_field, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_a_short_code_is_refused_at_start(workspace: Workspace, kiosk) -> None:
    """A code of fewer than 4 digits cannot start kiosk mode; the coach reads why in Dutch."""
    from desktop.shell.messages import dutch_message

    _, form_uid = kiosk
    with pytest.raises(UserError, match="at least 4 digits") as refused:
        KioskWindow(workspace, workspace.evaluation.evaluation_form(form_uid), "12")
    assert "minstens 4 cijfers" in dutch_message(refused.value)
