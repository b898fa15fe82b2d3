"""What a spreadsheet is once read: sheets of cells in one shape, whatever the file was."""

from dataclasses import dataclass, field

from models.people.importing.sheets import Cell, FileKind, Merged


@dataclass(frozen=True)
class RawSheet:
    """A sheet as read: rows from A1 (row index 0 is sheet row 1), merged areas."""

    name: str
    rows: list[list[Cell]]
    merged: tuple[Merged, ...] = field(default=())


@dataclass(frozen=True)
class RawWorkbook:
    source_name: str  # the file name only, never its folder
    kind: FileKind
    sheets: tuple[RawSheet, ...]
