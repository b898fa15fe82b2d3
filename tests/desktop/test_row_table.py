"""The generic table model: rows, roles and its own sorting, checked by Qt's model tester."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from desktop.widgets.row_table import ROW_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Row:
    name: str
    when: date | None


def _model() -> RowTableModel:
    return RowTableModel(
        [
            Column("Naam", lambda r: r.name),
            Column("Datum", lambda r: r.when.isoformat() if r.when else "", lambda r: r.when),
        ]
    )


def test_model_passes_the_qt_model_tester(qtmodeltester) -> None:
    """The model behaves as Qt's views expect, before and after new rows arrive."""
    model = _model()
    qtmodeltester.check(model)
    model.set_rows([Row("Lies", date(2026, 1, 2)), Row("Jan", None)])
    qtmodeltester.check(model)


def test_display_header_and_row_role() -> None:
    """Cells show the column text; the row role gives the row behind a line."""
    model = _model()
    rows = [Row("Anneleen", date(2026, 11, 22))]
    model.set_rows(rows)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    assert model.data(model.index(0, 1)) == "2026-11-22"
    assert model.data(model.index(0, 0), ROW_ROLE) is rows[0]


def test_sorting_by_date_puts_missing_dates_last() -> None:
    """Sorting by a date column orders by date, with rows without a date at the end."""
    model = _model()
    model.set_rows([Row("b", None), Row("c", date(2026, 3, 1)), Row("a", date(2025, 1, 1))])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).name for i in range(3)] == ["a", "c", "b"]


def test_sorting_text_ignores_case() -> None:
    """Names sort alphabetically whatever their case."""
    model = _model()
    model.set_rows([Row("van Dijk", None), Row("Aerts", None), Row("Bosmans", None)])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).name for i in range(3)] == ["Aerts", "Bosmans", "van Dijk"]
