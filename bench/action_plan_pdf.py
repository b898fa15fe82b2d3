"""Action plan PDF: a 3-page and a 100-page plan through the app's export, against plain
ReportLab platypus building the same tables and paragraphs with the same embedded font.

Targets: 3 pages <= 0.15 s, 100 pages <= 1.5 s, ratio to plain ReportLab <= 1.3.
Prints figures only. Run: python bench/action_plan_pdf.py [runs]
"""

import io
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.actions.action_plan_pdf import build_action_plan_pdf
from exports.actions.action_plan_rows import (
    action_rows,
    cover_facts,
    next_session_lines,
    overview_rows,
    section_facts,
)
from models.actions.dto import (
    ActionPlanDocument,
    NextSession,
    PlanAction,
    PlanSection,
)

TODAY = date(2026, 11, 22)
WORDS = (
    "Gesprek met de eigenaar van de leegstaande winkel over huur en inrichting",
    "Bewoners bevragen over openingsuren",
    "Deelfietsen: offerte bij twee aanbieders",
    "Vergunning voor de zaterdagmarkt aanvragen bij de dienst lokale economie",
    "Vrijwilligers zoeken",
)


def _section(number: int, actions: int) -> PlanSection:
    return PlanSection(
        uid=str(number),
        title=f"Buurtpunt {number}",
        place=f"Dorp {number}",
        goals="Dorpswinkel met korte keten, een mobipunt met deelfietsen en een ontmoetingshoek.",
        leads=("Jan Van Puyvelde", "Mieke Saelens"),
        functions=("Mobipunt", "Deelfietsen"),
        actions=tuple(
            PlanAction(
                i + 1,
                WORDS[i % len(WORDS)],
                "Samen met de dorpsraad." if i % 4 == 0 else "",
                "Fatima El Amrani",
                date(2026, 12, 1 + i % 28),
                ("open", "in_progress", "done")[i % 3],
                i % 7 == 0,
            )
            for i in range(actions)
        ),
    )


def _document(sections: int, actions: int) -> ActionPlanDocument:
    return ActionPlanDocument(
        trajectory_uid="t",
        trajectory_name="Lerend netwerk 'ons buurtpunt' 2026–2027",
        programme_name="Lerend netwerk 'ons buurtpunt'",
        provider_name="Netwerk Duurzame Mobiliteit",
        clients=("Dorpsraad Kieldrecht", "Buurtwerking Rieme"),
        clients_label="Deelnemers",
        project_label="buurtpunt",
        project_label_plural="buurtpunten",
        subject="Lerend netwerk 'ons buurtpunt' 2026–2027",
        is_project_plan=False,
        session_title="Werksessie 1: stappen en aspecten van een buurtpunt",
        session_at=datetime(2026, 11, 3, 19, 30),
        issued_on=TODAY,
        sections=tuple(_section(n, actions) for n in range(1, sections + 1)),
        next_session=NextSession(
            "Werksessie 2: juridische aspecten",
            datetime(2027, 1, 4, 19, 30),
            "Dorpshuis Kieldrecht",
            "Dorpsplein 3, 9130 Beveren-Kruibeke-Zwijndrecht",
            12,
        ),
    )


def _plain(doc: ActionPlanDocument, target: Path) -> int:
    """The same paragraphs and tables with bare platypus and the same TTF: no page furniture,
    no page counter, no styling beyond the font and a grid. Returns the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from exports.actions.action_plan_layout import table_cell
    from exports.pdf import register_fonts
    from exports.pdf.fonts import BOLD, REGULAR

    register_fonts()
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=12)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=13.5, leading=18)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.25, "#A6A6A6"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def facts(rows: list[tuple[str, str]]) -> Table:
        return Table([[Paragraph(k, body), Paragraph(v, body)] for k, v in rows] or [[""]])

    story: list = [Paragraph(doc.trajectory_name, head), facts(cover_facts(doc))]
    overview = Table([[Paragraph(c, body) for c in row] for row in overview_rows(doc)])
    overview.setStyle(style)
    story += [Paragraph("In dit actieplan", head), overview]
    story += [Paragraph(line, body) for line in next_session_lines(doc.next_session)]
    story.append(PageBreak())
    widths = [7 * mm, 9 * mm, 70.5 * mm, 35 * mm, 23.5 * mm, 17 * mm]
    for section in doc.sections:
        story += [Paragraph(section.title, head), facts(section_facts(section))]
        rows = action_rows(section)
        cells = [rows[0]]
        for row, action in zip(rows[1:], section.actions, strict=True):
            what = table_cell(row[2], body, widths[2])
            if action.description:
                what = [Paragraph(row[2], body), Paragraph(action.description, body)]
            cells.append([row[0], row[1], what, table_cell(row[3], body, widths[3]), *row[4:]])
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story.append(table)
        story.append(Paragraph(" · ".join(next_session_lines(doc.next_session)), body))
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR)
    template.build(story)
    target.write_bytes(buffer.getvalue())
    return int(template.page)


def _interleaved(app, plain, runs: int) -> tuple[float, float]:
    """Median seconds of each, run turn about so a busy machine slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for work, bucket in ((app, times[0]), (plain, times[1])):
            start = time.perf_counter()
            work()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    from pypdf import PdfReader

    from exports.pdf import register_fonts

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    register_fonts()  # both sides start with the font registered (it costs ~0.03 s once)
    folder = Path(tempfile.mkdtemp())
    app_path, plain_path = folder / "app.pdf", folder / "plain.pdf"
    cases = (("3 pages", _document(5, 6), 0.15), ("100 pages", _document(40, 52), 1.5))
    print(f"{'case':<10} {'pages':>5} {'app s':>7} {'plain s':>8} {'plain p':>7} {'ratio':>6}")
    for name, doc, target in cases:
        app, plain = _interleaved(
            lambda doc=doc: build_action_plan_pdf(doc, app_path),
            lambda doc=doc: _plain(doc, plain_path),
            runs,
        )
        pages, plain_pages = len(PdfReader(app_path).pages), len(PdfReader(plain_path).pages)
        verdict = "ok" if app <= target and app / plain <= 1.3 else "OVER TARGET"
        print(
            f"{name:<10} {pages:>5} {app:>7.3f} {plain:>8.3f} {plain_pages:>7} "
            f"{app / plain:>6.2f}  target {target} s, ratio 1.3: {verdict}"
        )


if __name__ == "__main__":
    main()
