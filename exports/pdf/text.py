"""User text made safe for ReportLab's Paragraph markup."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Pasted text (Word, e-mail) can carry control characters that break the PDF text stream.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def markup(text: str) -> str:
    """Plain user text as Paragraph markup: '<', '>' and '&' printed literally, newlines kept."""
    cleaned = _CONTROL.sub("", text).replace("\t", " ")
    return _NEWLINE.sub("<br/>", escape(cleaned))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing user text exactly as typed, line breaks included."""
    return Paragraph(markup(text), style)
