"""The evaluation report PDF: lines and chart data computed here, laid out in the _layout module."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from exports.evaluation.report_layout import story
from models.core.formatting import format_date
from models.evaluation.dto import (
    EvaluationReport,
)


def report_file_name(report: EvaluationReport, today: datetime | None = None) -> str:
    from exports.document_files import safe_file_name

    day = (today or report.made_on).date().isoformat()
    return f"{safe_file_name(f'{day} {report.title}')}.pdf"


def build_evaluation_pdf(report: EvaluationReport, path: Path | str) -> Path:
    """Write the report as an A4 PDF to path, atomically."""
    from exports.pdf import build_pdf

    return build_pdf(
        path,
        story(report),
        title=report.title,
        subtitle=report.provider_name or report.programme_name,
        footer_left=f"{report.title} · {format_date(report.made_on.date())}",
        author=report.provider_name,
        legal_line=report.provider.legal_line if report.provider else "",
    )


def save_evaluation_pdf(report: EvaluationReport, folder: Path | None = None) -> Path:
    """Into the documents folder, in the trajectory's subfolder, under a free name."""
    from exports.document_files import free_document_path

    return build_evaluation_pdf(
        report, free_document_path(report.trajectory_name, report_file_name(report), folder)
    )
