"""Nothing is said by colour alone: late and over budget carry a sign and a word too."""

from types import SimpleNamespace

from desktop.planning.timeline_table import row_status
from models.core.enums import WorkStatus


def test_a_late_row_says_late_in_words_and_a_sign() -> None:
    """The planning's status column: '⚠ Planned · late' for an overdue task, not only red."""
    late = SimpleNamespace(booked=True, overdue=True, status=WorkStatus.PLANNED)
    on_time = SimpleNamespace(booked=True, overdue=False, status=WorkStatus.PLANNED)
    assert row_status(late).startswith("⚠") and "late" in row_status(late)
    assert "late" not in row_status(on_time) and "⚠" not in row_status(on_time)


def test_the_timeline_tip_and_legend_name_late(qtbot) -> None:
    """A late item's tooltip on the chart says 'late'; the legend shows the late sign."""
    from datetime import date

    from desktop.planning.timeline_chart import TimelineChart

    chart = TimelineChart()
    qtbot.addWidget(chart)
    row = SimpleNamespace(
        label="",
        name="Zaal vastleggen",
        planned_start=date(2026, 11, 2),
        planned_end=None,
        who="",
        responsible="",
        booked=True,
        overdue=True,
        kind="task",
        status=WorkStatus.PLANNED,
    )
    assert "late" in chart._tip(row).splitlines()
