"""`export evaluation-report UID`: the evaluation report of a trajectory or of one session."""

from pathlib import Path
from typing import Any


def export(store: Any, uid: str, output: Path | None) -> Path:
    from exports.evaluation.report_pdf import build_evaluation_pdf, save_evaluation_pdf

    report = store.evaluation_report(uid)
    if output is not None:
        return build_evaluation_pdf(report, output)
    return save_evaluation_pdf(report)
