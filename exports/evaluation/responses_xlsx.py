"""The raw responses of a form as an Excel file: one row per response, one column per question."""

from __future__ import annotations

from pathlib import Path

from exports.spreadsheet import write_table
from models.evaluation.dto import RawTable


def raw_file_name(table: RawTable) -> str:
    from exports.document_files import safe_file_name

    return f"{safe_file_name(f'Antwoorden {table.title}')}.xlsx"


def write_raw_responses(table: RawTable, path: Path | str) -> Path:
    """Header frozen, filter on, text that looks like a formula kept as text (write_table)."""
    return write_table(Path(path), table.title, table.header, table.rows)


def save_raw_responses(table: RawTable, folder_name: str, folder: Path | None = None) -> Path:
    from exports.document_files import free_document_path

    return write_raw_responses(table, free_document_path(folder_name, raw_file_name(table), folder))
