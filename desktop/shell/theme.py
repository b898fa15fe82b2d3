"""The look: Qt's palette and one style sheet, both made from the light or the dark set of
colours (desktop/shell/tones.py), light or dark as the system is (or as the coach chose).

Type sizes are relative to the system's font, so a coach who made text larger in the system
settings gets larger text here too. Windows with a style sheet of their own (live mode, the
kiosk) set only sizes there; their colours come from here, and follow a change of scheme.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

import resources
from desktop.shell import settings
from desktop.shell.tones import DARK, LIGHT, Tones
from desktop.widgets.keyboard import KeyboardStyle

SCHEMES = ("system", "light", "dark")
# The hall's big tick boxes draw their own tick: white on the accent, in light and dark.
TICK = (Path(resources.__file__).parent / "icons" / "tick.png").as_posix()


class _Theme(QObject):
    """Which set is in use; `changed` when the scheme changes while the app runs."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.tones = LIGHT
        self.base_points = 0.0  # the system's font size, read once


_theme: _Theme | None = None


def theme() -> _Theme:
    global _theme
    if _theme is None:
        _theme = _Theme()
    return _theme


def tones() -> Tones:
    """The colours in use now (painting asks for them at each paint)."""
    return theme().tones


def qcolor(name: str) -> QColor:
    """A colour of the set in use, by name: `qcolor("error")`."""
    value = getattr(tones(), name)
    assert isinstance(value, str)
    return QColor(value)


def palette_for(tones: Tones) -> QPalette:
    """Qt's palette from a set: every role Fusion paints with, disabled text dimmer."""
    palette = QPalette()
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    roles = {
        Role.Window: tones.window,
        Role.WindowText: tones.window_text,
        Role.Base: tones.base,
        Role.AlternateBase: tones.alternate_base,
        Role.Text: tones.text,
        Role.Button: tones.button,
        Role.ButtonText: tones.button_text,
        Role.BrightText: tones.on_accent,
        Role.Highlight: tones.highlight,
        Role.HighlightedText: tones.highlighted_text,
        Role.PlaceholderText: tones.placeholder,
        Role.ToolTipBase: tones.tooltip_base,
        Role.ToolTipText: tones.tooltip_text,
        Role.Link: tones.link,
        Role.LinkVisited: tones.link,
        Role.Light: tones.light,
        Role.Midlight: tones.midlight,
        Role.Mid: tones.mid,
        Role.Dark: tones.shadow,
        Role.Shadow: tones.shadow,
        Role.Accent: tones.accent,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor(tones.disabled_text))
    return palette


def points(factor: float) -> str:
    """A type size as a multiple of the system's font size, for a style sheet."""
    base = theme().base_points or 9.0
    return f"{base * factor:.1f}pt"


def style_sheet(t: Tones) -> str:
    """The app's style sheet: colours from `t`, sizes relative to the system's font."""
    return f"""
QListWidget#navigation {{
    background: {t.navigation}; border: none; font-size: {points(1.2)}; padding-top: 8px;
    color: {t.text};
}}
QListWidget#navigation::item {{ padding: 10px 14px; color: {t.text}; }}
QListWidget#navigation::item:selected {{
    background: {t.accent}; color: {t.on_accent}; border-radius: 4px;
}}
QListWidget#navigation:focus {{ border-right: 3px solid {t.accent}; }}
QLabel[role="title"] {{ font-size: {points(1.6)}; font-weight: 600; color: {t.window_text}; }}
QLabel[role="subtitle"] {{ color: {t.muted}; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="empty"] {{ color: {t.muted}; font-style: italic; padding: 12px; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: 600; }}
QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="notice"] {{
    background: {t.success_bg}; color: {t.success_text}; padding: 14px; font-weight: 600;
}}
QLabel[role="banner"] {{ font-size: {points(1.2)}; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {points(1.4)}; font-weight: 600; padding-top: 14px; }}
QLabel[role="section"] {{
    font-size: {points(1.2)}; font-weight: 600; color: {t.accent_text}; padding-top: 10px;
}}
QLabel[role="question"] {{ font-weight: 600; }}
QLabel[role="column"] {{ font-weight: 600; color: {t.muted}; }}
QLabel[role="help"] {{ color: {t.muted}; }}
QLabel[role="prompt"] {{ color: {t.muted}; font-style: italic; }}
QFrame#conditionsBanner {{ border-radius: 4px; }}
QFrame#conditionsBanner[state="met"] {{
    background: {t.success_bg}; border: 1px solid {t.success_edge};
    border-left: 6px solid {t.success_edge};
}}
QFrame#conditionsBanner[state="unmet"] {{
    background: {t.warning_bg}; border: 1px solid {t.warning_edge};
    border-left: 6px solid {t.warning_edge};
}}
QFrame#conditionsBanner QLabel {{ color: {t.text}; }}
QFrame#conditionsBanner QScrollArea, QFrame#conditionsBanner QScrollArea > QWidget > QWidget {{
    background: transparent;
}}
QLabel#readOnlyBanner {{
    background: {t.warning_bg}; color: {t.warning_text};
    border-bottom: 1px solid {t.warning_edge}; padding: 8px 16px; font-weight: 600;
}}
QTableView, QTreeView {{ gridline-color: {t.grid}; }}
QHeaderView::section {{
    background: {t.header}; color: {t.text}; padding: 4px; border: none;
    border-bottom: 1px solid {t.grid}; font-weight: 600;
}}
QPushButton[role="primary"] {{
    background: {t.accent}; color: {t.on_accent}; padding: 6px 14px;
    border: 2px solid {t.accent}; border-radius: 4px;
}}
QPushButton[role="primary"]:focus {{ border: 2px solid {t.window_text}; }}
QPushButton[role="primary"]:disabled {{
    background: {t.button}; color: {t.disabled_text}; border-color: {t.mid};
}}
QPushButton[role="answer"] {{
    padding: 8px 16px; border: 2px solid {t.outline}; border-radius: 6px;
    background: {t.button}; color: {t.button_text};
}}
QPushButton[role="answer"]:checked {{
    background: {t.accent}; color: {t.on_accent}; border-color: {t.accent};
}}
QPushButton[role="answer"]:focus {{ border: 3px solid {t.window_text}; }}
QLabel#logoPreview {{ border: 1px solid {t.grid}; background: {t.paper}; }}
LiveModeWindow, KioskWindow {{ background: {t.base}; }}
LiveModeWindow QCheckBox::indicator, KioskWindow QCheckBox::indicator {{
    border: 2px solid {t.outline}; border-radius: 4px; background: {t.base};
}}
LiveModeWindow QCheckBox::indicator:checked, KioskWindow QCheckBox::indicator:checked {{
    background: {t.accent}; border-color: {t.accent}; image: url({TICK});
}}
QLabel#liveTitle, QLabel#liveCounts {{ color: {t.window_text}; }}
QLabel#liveClock, QLabel#liveMessage {{ color: {t.accent_text}; }}
QLabel#liveNote {{ color: {t.muted}; }}
QLabel#liveTimeLeft[over="true"] {{ color: {t.error}; }}
LiveModeWindow QListWidget::item:selected {{
    background: {t.highlight}; color: {t.highlighted_text};
}}
"""


def dark_wanted(choice: str, system: Qt.ColorScheme) -> bool:
    """Dark when chosen, or when following a system that is dark."""
    return choice == "dark" or (choice == "system" and system == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, choice: str | None = None) -> Tones:
    """Fusion, the palette and the style sheet of the scheme chosen (the setting when None);
    with "system", a change of the system's scheme while the app runs is followed."""
    state = theme()
    if not state.base_points:
        app.setStyle(KeyboardStyle())  # Fusion, every widget tuned for the keyboard
        state.base_points = QGuiApplication.font().pointSizeF() or 9.0
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow(app))
    choice = choice or settings.COLOUR_SCHEME.get()
    dark = dark_wanted(choice, app.styleHints().colorScheme())
    state.tones = DARK if dark else LIGHT
    app.setPalette(palette_for(state.tones))
    app.setStyleSheet(style_sheet(state.tones))
    state.changed.emit()
    return state.tones


def _follow(app: QApplication) -> None:
    if settings.COLOUR_SCHEME.get() == "system":
        apply_theme(app)
