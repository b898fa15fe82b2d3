"""A4 PDFs for every export: shared page furniture, "pagina x van y", written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import pagesizes
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Table

from exports.pdf.atomic import write_atomically
from exports.pdf.fonts import BOLD, REGULAR, register_fonts
from exports.pdf.styles import ACCENT, MUTED, RULE

APP_NAME = "Trajectwijzer"
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 14 * mm  # baseline of the header text, measured down from the top edge
FOOTER_Y = 11 * mm  # baseline of the footer text, measured up from the bottom edge
FURNITURE_SIZE = 8
LEGAL_SIZE = 6.2  # the sender's legal identity under the footer: small, on every page
LEGAL_Y = 7.6 * mm  # first line; a second one 2.6 mm lower (still inside a printer's reach)
LEGAL_LEADING = 2.6 * mm


@dataclass(frozen=True)
class _Furniture:
    """The header and footer texts every page repeats."""

    title: str
    subtitle: str
    footer_left: str
    legal_line: str = ""

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer: for every page of most documents."""
        self.draw_header(canvas, doc)
        self.draw_footer(canvas, doc)

    def draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Title left, subtitle right, a thin accent rule under both."""
        width, height = doc.pagesize
        right, baseline = width - MARGIN_X, height - HEADER_Y
        subtitle = fit_text(self.subtitle, REGULAR, (width - 2 * MARGIN_X) * 0.4)
        room = width - 2 * MARGIN_X - _width(subtitle, REGULAR) - 6 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, FURNITURE_SIZE)
        canvas.drawString(MARGIN_X, baseline, fit_text(self.title, BOLD, room))
        if subtitle:
            canvas.setFont(REGULAR, FURNITURE_SIZE)
            canvas.drawRightString(right, baseline, subtitle)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, baseline - 2.5 * mm, right, baseline - 2.5 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A thin grey rule with the left text under it; the canvas adds the page counter."""
        width, _ = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN_X, FOOTER_Y + 4 * mm, width - MARGIN_X, FOOTER_Y + 4 * mm)
        if self.footer_left:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, FURNITURE_SIZE)
            # The page counter on the right needs about a fifth of the line.
            room = (width - 2 * MARGIN_X) * 0.78
            canvas.drawString(MARGIN_X, FOOTER_Y, fit_text(self.footer_left, REGULAR, room))
        if self.legal_line:
            # Belgian business documents name the sender's enterprise on every page.
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, LEGAL_SIZE)
            room = width - 2 * MARGIN_X
            for number, line in enumerate(legal_lines(self.legal_line, room)):
                canvas.drawString(MARGIN_X, LEGAL_Y - number * LEGAL_LEADING, line)
        canvas.restoreState()


class _NumberedCanvas(Canvas):
    """A canvas that holds every page back until save(), when the page total is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        # ReportLab's own page-count recipe: start a fresh page without emitting this one yet.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize  # type: ignore[attr-defined]
        self.saveState()
        self.setFont(REGULAR, FURNITURE_SIZE)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN_X, FOOTER_Y, page_label(self.getPageNumber(), total))
        self.restoreState()


@lru_cache(maxsize=256)
def fit_text(text: str, font: str, max_width: float, size: float = FURNITURE_SIZE) -> str:
    """Text cut with '…' so it fits max_width: long titles must not overprint the header.

    Cached: every page repeats the same header and footer, and cutting a long footer a
    character at a time costs more than drawing the whole page furniture."""
    if _width(text, font, size) <= max_width:
        return text
    while text and _width(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


@lru_cache(maxsize=64)
def legal_lines(text: str, room: float) -> tuple[str, ...]:
    """The legal line on one line, or on two split between its parts (' · ')."""
    if _width(text, REGULAR, LEGAL_SIZE) <= room:
        return (text,)
    parts = text.split(" · ")
    first: list[str] = []
    while parts and _width(" · ".join([*first, parts[0]]), REGULAR, LEGAL_SIZE) <= room:
        first.append(parts.pop(0))
    if not first:
        first.append(parts.pop(0))
    rest = fit_text(" · ".join(parts), REGULAR, room, LEGAL_SIZE) if parts else ""
    return tuple(
        line for line in (fit_text(" · ".join(first), REGULAR, room, LEGAL_SIZE), rest) if line
    )


def _width(text: str, font: str, size: float = FURNITURE_SIZE) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def page_label(page: int, total: int) -> str:
    """The footer's page counter: 'pagina 1 van 2'."""
    return f"pagina {page} van {total}"


def frame_width(*, landscape: bool = False) -> float:
    """The usable text width in points, for callers that size table columns."""
    page_width, _ = _page_size(landscape)
    return float(page_width - 2 * MARGIN_X)


def _page_size(landscape: bool) -> tuple[float, float]:
    return pagesizes.landscape(pagesizes.A4) if landscape else pagesizes.A4


def _rows_may_split(flowables: Sequence[Any]) -> None:
    """Lets a table row that is taller than what is left of the page go on to the next one.

    Without it one long text (notes pasted from a report, a name of a thousand letters) makes
    a row taller than a page, and ReportLab gives up on the whole document. A header row that
    would take more than a third of a page is not repeated on each page, so it may split too.
    """
    for flowable in flowables:
        if isinstance(flowable, Table):
            flowable.splitInRow = 1
            if flowable.repeatRows and _header_height(flowable) > MAX_REPEATED_HEADER:
                flowable.repeatRows = 0
            for row in getattr(flowable, "_cellvalues", ()):
                for cell in row:
                    if isinstance(cell, Flowable):
                        _rows_may_split([cell])
                    elif isinstance(cell, list | tuple):
                        _rows_may_split(cell)
        elif isinstance(flowable, KeepTogether):
            _rows_may_split(getattr(flowable, "_content", ()))


MAX_REPEATED_HEADER = 240.0  # points: a third of an A4 page's text height


def _header_height(table: Table) -> float:
    """The height of a table's repeated rows, measured by their paragraphs."""
    repeated = table.repeatRows
    rows = range(repeated) if isinstance(repeated, int) else repeated
    widths = getattr(table, "_argW", ())
    cells = getattr(table, "_cellvalues", ())
    total = 0.0
    for index in rows:
        tallest = 0.0
        for cell, width in zip(cells[index], widths, strict=False):
            if isinstance(cell, Flowable):
                available = width if isinstance(width, int | float) else 500.0
                tallest = max(tallest, cell.wrap(available, 1e9)[1])
        total += tallest
    return total


def render_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    subtitle: str = "",
    footer_left: str = "",
    author: str = "",
    landscape: bool = False,
    header_on_first_page: bool = True,
    legal_line: str = "",
) -> bytes:
    """The PDF as bytes, built in memory so a failing build never touches a file."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=_page_size(landscape),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subtitle,
        author=author or APP_NAME,
        creator=APP_NAME,
        lang="nl-BE",
        # Without this the canvas starts in Helvetica, which is then listed in the PDF unembedded.
        initialFontName=REGULAR,
    )
    # No frame padding: text then lines up with the header and footer rules at the margins.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    furniture = _Furniture(title, subtitle, footer_left, legal_line)
    first_page = furniture.draw if header_on_first_page else furniture.draw_footer
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=furniture.draw),
        ]
    )
    _rows_may_split(story)
    # build() consumes the list it gets: hand it a copy so the caller's story stays intact.
    doc.build(list(story), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def build_pdf(
    path: Path | str,
    story: Sequence[Flowable],
    *,
    title: str,
    subtitle: str = "",
    footer_left: str = "",
    author: str = "",
    landscape: bool = False,
    header_on_first_page: bool = True,
    legal_line: str = "",
) -> Path:
    """Build an A4 PDF with the shared header and footer and write it atomically to path.

    Raises UserError when the file cannot be written (disk full, folder missing or read-only,
    file open elsewhere); an earlier file at path is then left exactly as it was. A document
    that opens with its own masthead passes header_on_first_page=False.
    """
    data = render_pdf(
        story,
        title=title,
        subtitle=subtitle,
        footer_left=footer_left,
        author=author,
        landscape=landscape,
        header_on_first_page=header_on_first_page,
        legal_line=legal_line,
    )
    return write_atomically(Path(path), data)
