"""DejaVu Sans registered once with ReportLab, so every PDF embeds its fonts and prints é and €."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}


def fonts_dir() -> Path:
    """The shipped fonts folder, both from source and inside the PyInstaller bundle."""
    return Path(resources.__file__).parent / "fonts"


@cache
def register_fonts() -> str:
    """Register the DejaVu Sans faces (once per process) and return the family name for styles."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # The family mapping is what lets <b> and <i> inside a Paragraph find the bold and oblique
    # faces; no bold-oblique file ships, so <b><i> falls back to bold rather than failing.
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, OBLIQUE)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY
