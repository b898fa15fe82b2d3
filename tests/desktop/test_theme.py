"""Colours come from the palette: readable text in light and dark, and a scheme that follows
the system or the coach's choice."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.shell import settings
from desktop.shell.theme import apply_theme, dark_wanted, palette_for, style_sheet
from desktop.shell.tones import DARK, LIGHT, TEXT_PAIRS, Tones, colour_names, contrast

ROLE_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


@pytest.mark.parametrize("tones", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_at_4_5_to_1_on_its_backgrounds(tones: Tones) -> None:
    """Each text colour the style sheet and the painting use reads at 4.5:1 or more."""
    weak = [
        (fg, bg, round(contrast(getattr(tones, fg), getattr(tones, bg)), 2))
        for fg, bg in TEXT_PAIRS
        if contrast(getattr(tones, fg), getattr(tones, bg)) < 4.5
    ]
    assert not weak


@pytest.mark.parametrize("tones", [LIGHT, DARK], ids=["light", "dark"])
def test_the_palette_roles_qt_paints_text_with_read_at_4_5_to_1(tones: Tones, qapp) -> None:
    """Computed from the QPalette itself: the roles Fusion draws text and backgrounds with."""
    palette = palette_for(tones)
    for text_role, back_role in ROLE_PAIRS:
        ratio = contrast(palette.color(text_role).name(), palette.color(back_role).name())
        assert ratio >= 4.5, (text_role, back_role, ratio)


def test_the_style_sheet_names_no_colour_of_its_own() -> None:
    """Every colour in the style sheet is one of the set's, so dark is dark everywhere."""
    for tones in (LIGHT, DARK):
        used = set(re.findall(r"#[0-9A-Fa-f]{6}", style_sheet(tones)))
        allowed = {getattr(tones, name) for name in colour_names()}
        assert used <= allowed


def test_no_screen_names_a_colour_outside_the_two_sets() -> None:
    """No '#RRGGBB', no 'white' or Qt.GlobalColor in the screens: colours come from the theme."""
    desktop = Path(__file__).parents[2] / "desktop"
    found = []
    pattern = re.compile(r"#[0-9A-Fa-f]{6}\b|QColor\(\"|GlobalColor\.(white|black)|: white;")
    for path in desktop.rglob("*.py"):
        if path.name == "tones.py" or "printing" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(desktop)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_dark_follows_the_system_unless_the_coach_chose() -> None:
    """'system' follows the system's scheme; 'light' and 'dark' stay as chosen."""
    assert dark_wanted("system", Qt.ColorScheme.Dark)
    assert not dark_wanted("system", Qt.ColorScheme.Light)
    assert dark_wanted("dark", Qt.ColorScheme.Light)
    assert not dark_wanted("light", Qt.ColorScheme.Dark)


def test_choosing_dark_recolours_the_running_app(qapp: QApplication) -> None:
    """After the choice, the app's palette and style sheet are the dark ones; light again after."""
    try:
        assert apply_theme(qapp, "dark") is DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window
        assert DARK.navigation in qapp.styleSheet()
    finally:
        apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Base).name().upper() == LIGHT.base
    assert settings.COLOUR_SCHEME.get() in ("system", "light", "dark")


def test_the_coach_chooses_dark_in_settings_and_every_window_follows(qtbot, qapp) -> None:
    """Instellingen › Kleuren › Donker: the palette turns dark at once and the choice is kept."""
    from desktop.shell.settings_page import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    try:
        page.colours.setCurrentIndex(page.colours.findData("dark"))
        assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window
        assert settings.COLOUR_SCHEME.get() == "dark"
    finally:
        page.colours.setCurrentIndex(page.colours.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window
