"""Excel exports: the header frozen and filtered, and no cell that runs as a formula."""

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from exports.spreadsheet import neutralise, write_table


def test_formula_text_is_written_as_text(tmp_path: Path) -> None:
    """A name like '=HYPERLINK(...)' or a phone '+32…' never becomes a live formula."""
    path = write_table(
        tmp_path / "personen.xlsx",
        "Personen: export [1]",
        ("Naam", "Telefoon", "Datum"),
        [('=HYPERLINK("http://x")', "+32 470 12 34 56", date(2026, 11, 23)), ("An", None, None)],
    )
    sheet = load_workbook(path).active
    assert sheet.title == "Personen_ export _1_"
    assert sheet["A2"].value == '\'=HYPERLINK("http://x")'
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value == "'+32 470 12 34 56"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert sheet["A1"].font.bold


def test_plain_values_are_left_alone() -> None:
    assert neutralise("Van den Broeck") == "Van den Broeck"
    assert neutralise(-3) == -3
    assert neutralise("@home") == "'@home"
