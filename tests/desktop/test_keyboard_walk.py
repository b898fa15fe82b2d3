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
