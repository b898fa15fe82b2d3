"""The two sets of colours (light and dark): calm greys with one accent, each text colour
readable (4.5:1 or more) on the backgrounds it is used on. Only this module names colours."""

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Tones:
    """Every colour the app uses, by what it is for; `#RRGGBB` strings."""

    dark: bool
    # Qt's palette roles
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str  # a chosen row (soft), read with `highlighted_text`
    highlighted_text: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    link: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    shadow: str
    # our own
    accent: str  # filled: the chosen page, primary buttons, bars; read with `on_accent`
    on_accent: str
    accent_text: str  # the accent as text (section headings, the clock) on window and base
    muted: str  # secondary text on window, base and alternate base
    error: str  # error text on window and base; also late and over budget
    navigation: str  # the navigation's background
    header: str  # table headers
    grid: str  # lines between cells, chart grid lines
    zebra: str  # every other month in the timeline
    track: str  # the empty part of a chart bar
    faint: str  # a planned phase bar
    school_break: str  # school breaks behind the timeline
    warning_bg: str  # "not met yet", read only
    warning_edge: str
    warning_text: str
    success_bg: str  # "met", a saved row, the kiosk's thanks
    success_edge: str
    success_text: str
    outline: str  # the border of a big answer button
    attention: str  # what is still missing (a partner category not yet covered), as text
    paper: str  # behind a logo: white, as the documents print it


LIGHT = Tones(
    dark=False,
    window="#F7F8F8",
    window_text="#1E2524",
    base="#FFFFFF",
    alternate_base="#F2F5F4",
    text="#1E2524",
    button="#ECEFEE",
    button_text="#1E2524",
    highlight="#CFE3E1",
    highlighted_text="#1E2524",
    placeholder="#5E6866",
    tooltip_base="#FFFBE6",
    tooltip_text="#1E2524",
    link="#1A5A8A",
    disabled_text="#8C9593",
    light="#FFFFFF",
    midlight="#E3E7E6",
    mid="#B5BEBC",
    shadow="#7A8482",
    accent="#1F5F5B",
    on_accent="#FFFFFF",
    accent_text="#1F5F5B",
    muted="#4F5A58",
    error="#A3231B",
    navigation="#EBEFEE",
    header="#E7ECEB",
    grid="#D5DAD9",
    zebra="#F4F6F5",
    track="#DDE3E1",
    faint="#CFE3E1",
    school_break="#F3EBD3",
    warning_bg="#FCF3E3",
    warning_edge="#A8660F",
    warning_text="#3B2F00",
    success_bg="#E8F3EC",
    success_edge="#2E7D4F",
    success_text="#1E3A28",
    outline="#7F8B89",
    attention="#7A4F00",
    paper="#FFFFFF",
)

DARK = Tones(
    dark=True,
    window="#1E2322",
    window_text="#E4EAE9",
    base="#161A19",
    alternate_base="#222827",
    text="#E4EAE9",
    button="#2C3331",
    button_text="#E4EAE9",
    highlight="#2F5450",
    highlighted_text="#F2F6F5",
    placeholder="#9AA5A3",
    tooltip_base="#2C3331",
    tooltip_text="#E4EAE9",
    link="#8CC4F0",
    disabled_text="#6C7674",
    light="#3A4240",
    midlight="#2F3735",
    mid="#4B5553",
    shadow="#0B0D0D",
    accent="#2A7A74",
    on_accent="#FFFFFF",
    accent_text="#7FCBC3",
    muted="#AAB5B3",
    error="#FFB0A6",
    navigation="#191D1C",
    header="#2A302F",
    grid="#3A4341",
    zebra="#1B201F",
    track="#333B39",
    faint="#2C4B48",
    school_break="#3A3424",
    warning_bg="#3A3020",
    warning_edge="#D9A04A",
    warning_text="#F6E7C6",
    success_bg="#1E3527",
    success_edge="#5FB07E",
    success_text="#D4F0DD",
    outline="#8A9694",
    attention="#F2C46B",
    paper="#FFFFFF",
)

# Text on a background, as the style sheet and the painting use them: each pair must read at
# 4.5:1 at least (tests/desktop/test_theme.py computes it for both sets).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("placeholder", "base"),
    ("tooltip_text", "tooltip_base"),
    ("link", "base"),
    ("link", "window"),
    ("on_accent", "accent"),
    ("accent_text", "window"),
    ("accent_text", "base"),
    ("muted", "window"),
    ("muted", "base"),
    ("muted", "alternate_base"),
    ("muted", "navigation"),
    ("muted", "zebra"),
    ("error", "window"),
    ("error", "base"),
    ("error", "alternate_base"),
    ("error", "highlight"),
    ("text", "navigation"),
    ("text", "header"),
    ("text", "zebra"),
    ("text", "school_break"),
    ("text", "success_bg"),
    ("text", "warning_bg"),
    ("warning_text", "warning_bg"),
    ("success_text", "success_bg"),
    ("accent_text", "success_bg"),
    ("attention", "base"),
    ("attention", "alternate_base"),
)


def colour_names() -> list[str]:
    """The names of the colours of a set (without `dark`)."""
    return [field.name for field in fields(Tones) if field.name != "dark"]


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#RRGGBB'."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
