"""The session report: attendance counts, notes per agenda block, decisions and actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from exports.sessions.session_pdf_common import document_path, facts_table, footer_text
from models.core.formatting import format_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

from models.core.enums import ActionStatus
from models.sessions.dto import Counts, SessionActionRow, SessionReport

ACTION_HEADER = ("Actie", "Wie", "Tegen", "Project")
STATUS_NAMES: dict[str, str] = {
    ActionStatus.OPEN: "",
    ActionStatus.IN_PROGRESS: " (bezig)",
    ActionStatus.DONE: " (klaar)",
    ActionStatus.CANCELLED: " (geschrapt)",
}


class CountLine(NamedTuple):
    label: str
    value: int
    part: bool = False  # a part of the line above it: printed indented


def count_rows(counts: Counts) -> list[CountLine]:
    """The attendance in lines that add up: the registered split into present, excused,
    absent (and not yet marked), then the walk-ins and everyone present."""
    rows = [
        CountLine("Ingeschreven", counts.registered),
        CountLine("aanwezig", counts.registered_present, part=True),
        CountLine("verontschuldigd", counts.excused, part=True),
        CountLine("afwezig", counts.absent, part=True),
    ]
    if counts.waiting:
        rows.append(CountLine("nog niet aangeduid", counts.waiting, part=True))
    if counts.walk_ins:
        rows += [
            CountLine("Zonder inschrijving gekomen", counts.walk_ins),
            CountLine("Aanwezig in totaal", counts.present),
        ]
    if counts.invited:
        rows.append(CountLine("Uitgenodigd, niet ingeschreven", counts.invited))
    return rows


def action_rows(actions: tuple[SessionActionRow, ...]) -> list[list[str]]:
    rows = [list(ACTION_HEADER)]
    for action in actions:
        rows.append(
            [
                action.title + STATUS_NAMES.get(action.status, ""),
                action.owner or "nog niemand",
                format_date(action.due_on) if action.due_on else "",
                action.project,
            ]
        )
    return rows


def build_session_report_pdf(report: SessionReport, path: Path | str) -> Path:
    from exports.pdf import build_pdf

    return build_pdf(
        path,
        _story(report),
        title=f"Verslag · {report.header.title}",
        subtitle=report.header.provider_name,
        footer_left=footer_text(report.header),
        author=report.header.provider_name,
        legal_line=report.provider.legal_line if report.provider else "",
    )


def save_session_report_pdf(report: SessionReport, folder: Path | None = None) -> Path:
    return build_session_report_pdf(report, document_path(report.header, "Verslag", folder))


def _story(report: SessionReport) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from exports.pdf import frame_width, para, plain_table, styles, table_style

    s = styles()
    parts: list[Flowable] = [para("Verslag", s.kicker), para(report.header.title, s.title)]
    if report.header.kind:
        parts.append(para(report.header.kind, s.small))
    parts.append(facts_table(report.header))
    if report.purpose:
        parts += [Spacer(1, 2 * mm), para(report.purpose, s.body)]

    parts.append(para("Aanwezigheid", s.heading1))
    part = ParagraphStyle("count_part", parent=s.table_body, leftIndent=5 * mm)
    counts = plain_table(
        [
            [
                para(line.label, part if line.part else s.table_body),
                para(str(line.value), s.table_body_right),
            ]
            for line in count_rows(report.counts)
        ],
        [60 * mm, 14 * mm],
        h_align="LEFT",
    )
    parts.append(counts)
    if report.present:
        parts += [Spacer(1, 2 * mm), para("Aanwezig: " + ", ".join(report.present) + ".", s.body)]
    if report.excused:
        parts.append(para("Verontschuldigd: " + ", ".join(report.excused) + ".", s.small))

    if report.decisions or any(block.decisions for block in report.blocks):
        parts.append(para("Beslissingen", s.heading1))
        for text in [d for b in report.blocks for d in b.decisions] + list(report.decisions):
            parts.append(para(f"• {text}", s.bullet))

    if report.general_notes:
        parts.append(para("Algemene notities", s.heading1))
        for text in report.general_notes:
            parts.append(para(text, s.body))

    parts.append(para("Verloop per agendapunt", s.heading1))
    for block in report.blocks:
        time = f"{block.time}  " if block.time else ""
        parts.append(para(f"{time}{block.title} ({block.minutes} min)", s.heading2))
        for text in block.notes:
            parts.append(para(text, s.body))
        if not block.notes:
            parts.append(para("Geen notities.", s.small))
    if report.project_notes:
        parts.append(para("Voortgang per project", s.heading1))
        for project, text in report.project_notes:
            parts.append(para(f"{project}: {text}", s.bullet))

    parts.append(para("Acties", s.heading1))
    if report.actions:
        rows = action_rows(report.actions)
        cells = [[para(t, s.table_header) for t in rows[0]]]
        cells += [[para(t, s.table_body) for t in row] for row in rows[1:]]
        widths = [None, 38 * mm, 22 * mm, 36 * mm]
        widths[0] = frame_width() - sum(w for w in widths if w)
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(table_style())
        parts.append(table)
    else:
        parts.append(para("Er werden geen acties afgesproken.", s.small))
    return parts
