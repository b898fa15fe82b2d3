"""The shared foundation of every PDF export: fonts, stylesheet, escaping, atomic building."""

from exports.pdf.atomic import write_atomically
from exports.pdf.document import build_pdf, frame_width, page_label, render_pdf
from exports.pdf.fonts import FAMILY, register_fonts
from exports.pdf.styles import (
    Styles,
    cell_grid,
    cell_look,
    plain_table,
    styles,
    table_paint_commands,
    table_style,
    table_style_commands,
)
from exports.pdf.text import markup, para

__all__ = [
    "FAMILY",
    "Styles",
    "build_pdf",
    "cell_grid",
    "cell_look",
    "frame_width",
    "markup",
    "page_label",
    "para",
    "plain_table",
    "register_fonts",
    "render_pdf",
    "styles",
    "table_paint_commands",
    "table_style",
    "table_style_commands",
    "write_atomically",
]
