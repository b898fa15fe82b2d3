"""A coach who works by keyboard, and a screen-reader user, reach and hear every control: Tab
walks every page, tab and dialog without getting stuck, and every control has a name."""

import pytest

from desktop.shell.main_window import MainWindow
from tests.desktop.keyboard_probe import nameless, unreached
from tests.desktop.screen_tour import each_dialog, screens, window

__all__ = ["window"]  # the fixture

# Windows of their own (dialogs, live mode) are shown: offscreen Qt says it cannot size them.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_tab_reaches_every_control_of_every_page(window: MainWindow) -> None:
    """From the navigation, Tab reaches every visible control of each page and tab."""
    missed = {name: unreached(window) for name in screens(window)}
    assert not {name: m for name, m in missed.items() if m}


def test_every_control_of_every_page_has_a_name(window: MainWindow) -> None:
    """Qt's accessibility tree names every control a screen reader can land on."""
    missing = {name: nameless(window) for name in screens(window)}
    bad = {name: m for name, m in missing.items() if m}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_tab_reaches_every_control_of_every_dialog(window: MainWindow) -> None:
    """In each dialog, the wizard, live mode and the kiosk, Tab reaches every control."""
    bad = each_dialog(window, unreached)
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_every_control_of_every_dialog_has_a_name(window: MainWindow) -> None:
    """The same windows: every control has a name for a screen reader."""
    bad = each_dialog(window, nameless)
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_f6_jumps_between_the_navigation_the_list_and_the_detail(window: MainWindow, qtbot) -> None:
    """People: F6 from the navigation reaches the list, then the person's detail, then the
    navigation again; Shift+F6 goes back."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.show_page(2)
    window.navigation.setFocus()
    people = window.people

    def inside(part) -> bool:  # type: ignore[no-untyped-def]
        focus = QApplication.focusWidget()
        return focus is not None and (focus is part or part.isAncestorOf(focus))

    qtbot.keyClick(window.navigation, Qt.Key.Key_F6)
    assert inside(people.view) or people.view.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert not inside(people.view) and not inside(window.navigation)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert inside(window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert not inside(window.navigation) and not inside(people.view)
