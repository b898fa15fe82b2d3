"""The shared PDF foundation: fonts, stylesheet, escaping, page furniture and atomic writes."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table
from reportlab.platypus.tables import CellStyle

from exports.pdf import (
    build_pdf,
    cell_grid,
    cell_look,
    markup,
    page_label,
    para,
    styles,
    table_paint_commands,
    table_style_commands,
)
from exports.pdf.document import fit_text
from exports.pdf.fonts import BOLD, REGULAR, register_fonts
from models.core.errors import UserError
from models.core.formatting import format_money

OLD_BYTES = b"%PDF-1.4 an earlier, good quote\n"


def pdf_text(path: Path) -> str:
    """All text of the PDF, no-break spaces read as spaces."""
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")


def pdf_fonts(path: Path) -> list[Any]:
    """Every font dictionary used by any page of the PDF."""
    fonts = []
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            fonts.append(font.get_object())
    return fonts


def one_page(text: str = "Hallo") -> list[Flowable]:
    return [para(text, styles().body)]


class Explodes(Flowable):
    """A flowable that fails half-way through a build, like a bug in a report would."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        raise RuntimeError("boom")


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_accents_and_euro_survive(tmp_path: Path) -> None:
    """Dutch accents and the euro sign come back out of the PDF's text."""
    target = build_pdf(
        tmp_path / "offerte.pdf",
        one_page(f"Café in België, coördinatie: {format_money(350000)}"),
        title="Offerte",
    )
    text = pdf_text(target)
    assert "é" in text
    assert "ë" in text
    assert "€ 3.500,00" in text


def test_page_counter_knows_the_total(tmp_path: Path) -> None:
    """A two-page document says 'pagina 1 van 2' and 'pagina 2 van 2'."""
    story = [*one_page("een"), PageBreak(), *one_page("twee")]
    target = build_pdf(tmp_path / "twee.pdf", story, title="Plan", footer_left="Gemeente Zele")
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    assert "pagina 1 van 2" in first
    assert "pagina 2 van 2" in second
    assert "Gemeente Zele" in first and "Plan" in second


def test_fit_text_shortens_only_what_does_not_fit() -> None:
    """Header texts that are too wide are cut with an ellipsis; short ones stay whole."""
    register_fonts()
    assert fit_text("Plan", REGULAR, 200) == "Plan"
    cut = fit_text("Actieplan " * 30, REGULAR, 100)
    assert cut.endswith("…")
    assert stringWidth(cut, REGULAR, 8) <= 100


def test_page_label_wording() -> None:
    """The page counter reads 'pagina x van y'."""
    assert page_label(3, 7) == "pagina 3 van 7"


def test_all_fonts_are_embedded_and_none_is_helvetica(tmp_path: Path) -> None:
    """Every font in the PDF, bold and italic included, is an embedded TrueType file."""
    s = styles()
    story = [
        Paragraph("<b>vet</b> <i>schuin</i> <b><i>beide</i></b>", s.body),
        *one_page("gewoon"),
    ]
    target = build_pdf(tmp_path / "fonts.pdf", story, title="Fonts", footer_left="voet")
    fonts = pdf_fonts(target)
    names = {str(font["/BaseFont"]) for font in fonts}
    assert not any("Helvetica" in name for name in names)
    assert {name.split("+")[-1] for name in names} >= {REGULAR, BOLD, "DejaVuSans-Oblique"}
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_metadata_names_the_app(tmp_path: Path) -> None:
    """Title, author and creator are set in the PDF's document information."""
    target = build_pdf(tmp_path / "m.pdf", one_page(), title="Actieplan Zele", author="Coach An")
    info = PdfReader(target).metadata
    assert info is not None
    assert info.title == "Actieplan Zele"
    assert info.author == "Coach An"
    assert info.creator == "Trajectwijzer"


def test_user_markup_is_printed_literally(tmp_path: Path) -> None:
    """'<b>' and '&' typed by a user appear as text and change nothing."""
    target = build_pdf(tmp_path / "esc.pdf", one_page("Zaal <b>De Linde</b> & bar"), title="T")
    assert "Zaal <b>De Linde</b> & bar" in pdf_text(target)


def test_markup_escapes_and_keeps_line_breaks() -> None:
    """markup() escapes XML, keeps newlines as <br/> and drops control characters."""
    assert markup("a < b & c\r\nd\ne\x07") == "a &lt; b &amp; c<br/>d<br/>e"


def test_story_is_not_consumed(tmp_path: Path) -> None:
    """The caller's story list is left intact by a build."""
    story = one_page()
    build_pdf(tmp_path / "a.pdf", story, title="T")
    assert len(story) == 1


def test_landscape_turns_the_page(tmp_path: Path) -> None:
    """landscape=True gives a page wider than it is high."""
    target = build_pdf(tmp_path / "l.pdf", one_page(), title="T", landscape=True)
    box = PdfReader(target).pages[0].mediabox
    assert box.width > box.height


def test_first_page_header_can_be_left_out(tmp_path: Path) -> None:
    """header_on_first_page=False prints the header only from page 2 on."""
    story = [*one_page("een"), PageBreak(), *one_page("twee")]
    target = build_pdf(tmp_path / "h.pdf", story, title="Kopregel", header_on_first_page=False)
    first, second = (page.extract_text() for page in PdfReader(target).pages)
    assert "Kopregel" not in first
    assert "Kopregel" in second


def test_every_style_uses_the_embedded_font() -> None:
    """No paragraph style falls back to a built-in PDF font."""
    for name, style in vars(styles()).items():
        assert style.fontName.startswith("DejaVuSans"), name


def test_table_style_commands() -> None:
    """The table look: TTF everywhere, bold header band, zebra rows, right-aligned columns."""
    commands = table_style_commands(header_rows=1, right_columns=(2,))
    fonts = {command[3] for command in commands if command[0] == "FONTNAME"}
    assert fonts == {REGULAR, BOLD}
    assert ("FONTNAME", (0, 0), (-1, 0), BOLD) in commands
    assert any(command[0] == "ROWBACKGROUNDS" and command[1] == (0, 1) for command in commands)
    assert ("ALIGN", (2, 0), (2, -1), "RIGHT") in commands
    plain = table_style_commands(header_rows=0, zebra=False)
    assert not any(command[0] in {"ROWBACKGROUNDS", "BACKGROUND"} for command in plain)


_LOOK = ("fontname", "fontsize", "leading", "color", "alignment", "valign")
_PADDING = ("leftPadding", "rightPadding", "topPadding", "bottomPadding")


def looks_alike(cell: CellStyle, look: CellStyle) -> bool:
    return all(getattr(cell, name) == getattr(look, name) for name in _LOOK + _PADDING)


def test_cell_look_is_what_the_table_style_gives_a_cell() -> None:
    """A table built from cell looks and the paint commands looks like one styled by commands."""
    table = Table([["Nr", "Wat"], ["1", "x"]], style=table_style_commands(right_columns=(0,)))
    cells = table._cellStyles  # type: ignore[attr-defined]
    assert looks_alike(cells[0][0], cell_look(fontname=BOLD, alignment="RIGHT"))
    assert looks_alike(cells[0][1], cell_look(fontname=BOLD))
    assert looks_alike(cells[1][0], cell_look(alignment="RIGHT"))
    assert looks_alike(cells[1][1], cell_look())
    assert all(c in table_style_commands() for c in table_paint_commands())
    with pytest.raises(TypeError):
        cell_look(font_name=BOLD)


def test_cell_grid_gives_every_cell_its_own_style() -> None:
    """Rows of one kind start alike, yet a later style command changes only its own cells."""
    look = cell_look(alignment="RIGHT")
    grid = cell_grid([[look], [look]])
    assert grid[0][0] is not grid[1][0] and looks_alike(grid[1][0], look)
    table = Table([["1"], ["2"]], cellStyles=grid)
    table.setStyle([("FONTNAME", (0, 0), (0, 0), BOLD)])
    assert grid[0][0].fontname == BOLD and grid[1][0].fontname == REGULAR == look.fontname


def test_failed_build_keeps_the_earlier_file(tmp_path: Path) -> None:
    """An exception during the build leaves the old file byte for byte and no temporary file."""
    target = tmp_path / "offerte.pdf"
    target.write_bytes(OLD_BYTES)
    with pytest.raises(RuntimeError, match="boom"):
        build_pdf(target, [*one_page(), Explodes()], title="T")
    assert target.read_bytes() == OLD_BYTES
    assert folder_listing(tmp_path) == ["offerte.pdf"]


def test_full_disk_keeps_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills up while writing gives a Dutch UserError and keeps the old file."""
    target = tmp_path / "offerte.pdf"
    target.write_bytes(OLD_BYTES)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(UserError, match="De schijf is vol") as caught:
        build_pdf(target, one_page(), title="T")
    assert "Maak ruimte vrij" in caught.value.message
    assert target.read_bytes() == OLD_BYTES
    assert folder_listing(tmp_path) == ["offerte.pdf"]


def test_file_open_elsewhere_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused rename (the PDF open in a viewer on Windows) says to close it; no temp left."""
    target = tmp_path / "offerte.pdf"
    target.write_bytes(OLD_BYTES)

    def locked(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="Sluit het bestand of kies een andere map"):
        build_pdf(target, one_page(), title="T")
    assert target.read_bytes() == OLD_BYTES
    assert folder_listing(tmp_path) == ["offerte.pdf"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_unwritable_folder_is_a_user_error(tmp_path: Path) -> None:
    """A read-only folder gives a Dutch UserError and leaves its old file untouched."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    target = folder / "offerte.pdf"
    target.write_bytes(OLD_BYTES)
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="mag niet schrijven in"):
            build_pdf(target, one_page(), title="T")
    finally:
        folder.chmod(0o700)
    assert target.read_bytes() == OLD_BYTES
    assert folder_listing(folder) == ["offerte.pdf"]


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    """A folder that does not exist is named in a Dutch UserError."""
    with pytest.raises(UserError, match=r"bestaat niet\. Kies een bestaande map"):
        build_pdf(tmp_path / "weg" / "offerte.pdf", one_page(), title="T")
    assert folder_listing(tmp_path) == []


def test_target_that_is_a_folder_is_a_user_error(tmp_path: Path) -> None:
    """Saving onto an existing folder is refused with a Dutch message; the folder stays."""
    (tmp_path / "offerte.pdf").mkdir()
    with pytest.raises(UserError, match="is een map, geen bestand"):
        build_pdf(tmp_path / "offerte.pdf", one_page(), title="T")
    assert folder_listing(tmp_path) == ["offerte.pdf"]
    assert (tmp_path / "offerte.pdf").is_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_file_gets_normal_permissions(tmp_path: Path) -> None:
    """The written PDF gets the usual mode (0o666 minus the umask), not a private temp mode."""
    umask = os.umask(0)
    os.umask(umask)
    target = build_pdf(tmp_path / "o.pdf", one_page(), title="T")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_pdfs_are_built_with_reportlabs_c_accelerator() -> None:
    """Without rl_accel every string width is measured in Python: a 100-page plan takes
    ~1.4x longer (bench/action_plan_pdf.py)."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
