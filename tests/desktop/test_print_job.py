"""What a print job asks of the printer: pages as typed, paper, copies, duplex, scaling."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.printing.job import (
    A4,
    Paper,
    PrintJob,
    Sides,
    cups_options,
    paper_named,
    place_page,
    scale_percent,
)
from desktop.printing.page_ranges import PageRanges, parse_page_ranges
from desktop.shell.messages import user_message
from models.core.errors import UserError

LETTER = paper_named("Letter")


@pytest.mark.parametrize(
    ("typed", "pages"),
    [
        ("1,3", [1, 3]),
        ("2-3", [2, 3]),
        (" 3 , 1 ", [3, 1]),
        ("2-", [2, 3, 4, 5]),
        ("1-2,2-3", [1, 2, 3]),
        ("4-9", [4, 5]),
        ("", [1, 2, 3, 4, 5]),
        ("1;5", [1, 5]),
    ],
)
def test_pages_as_typed(typed: str, pages: list[int]) -> None:
    """'1,3' prints pages 1 and 3, not 1 to 3; a range past the end stops at the last page."""
    assert parse_page_ranges(typed, 5).pages(5) == pages


@pytest.mark.parametrize("typed", ["3-1", "0", "a", "1,,x", "-2", "1-2-3"])
def test_a_range_nobody_means_is_refused_in_dutch(typed: str, dutch: None) -> None:
    """A range that cannot be meant says how to write one, in Dutch."""
    with pytest.raises(UserError) as caught:
        parse_page_ranges(typed, 5)
    assert "1,3 of 2-4" in user_message(caught.value)


def test_pages_past_the_end_are_said_not_printed(dutch: None) -> None:
    """Asking for page 7 of a 3-page document prints nothing and says there is no page 7."""
    with pytest.raises(UserError) as caught:
        parse_page_ranges("7", 3)
    assert user_message(caught.value) == (
        "Het document heeft 3 pagina's: er is geen pagina 7 om af te drukken."
    )


def test_cups_gets_the_ranges_sorted_and_merged() -> None:
    """CUPS wants ascending, non-overlapping ranges: '3,1-2,2' is sent as '1-3'."""
    assert PageRanges(((3, 3), (1, 2), (2, 2))).cups_text() == "1-3"
    assert PageRanges(((1, 1), (3, 3))).cups_text() == "1,3"


@given(st.lists(st.tuples(st.integers(1, 40), st.integers(0, 5)), min_size=1, max_size=6))
def test_cups_text_prints_the_same_pages(parts: list[tuple[int, int]]) -> None:
    """Whatever the coach types, CUPS is asked for exactly the pages the app would draw."""
    ranges = PageRanges(tuple((first, first + extra) for first, extra in parts))
    again = parse_page_ranges(ranges.cups_text())
    assert sorted(again.pages(50)) == sorted(ranges.pages(50))


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("A4", (210.0, 297.0)),
        ("iso_a4_210x297mm", (210.0, 297.0)),
        ("A4.Borderless", (210.0, 297.0)),
        ("Letter", (215.9, 279.4)),
        ("na_letter_8.5x11in", (215.9, 279.4)),
        ("om_small-photo_100x150mm", (100.0, 150.0)),
    ],
)
def test_paper_names_from_drivers_and_ipp(name: str, size: tuple[float, float]) -> None:
    """Paper is known by its PPD name, its IPP name or its borderless variant."""
    paper = paper_named(name)
    assert paper is not None
    assert (round(paper.width_mm, 1), round(paper.height_mm, 1)) == size


def test_a_name_without_a_size_is_not_guessed() -> None:
    assert paper_named("") is None
    assert paper_named("Custom") is None


def test_an_a4_job_keeps_a4_and_its_margins() -> None:
    """On A4 the page is sent unscaled, with copies, duplex and the pages as job options."""
    job = PrintJob("Zaal", copies=3, sides=Sides.LONG_EDGE, pages=parse_page_ranges("1,3"))
    assert cups_options(job) == {
        "copies": "3",
        "collate": "true",
        "multiple-document-handling": "separate-documents-collated-copies",
        "sides": "two-sided-long-edge",
        "page-ranges": "1,3",
        "media": "A4",
        "print-scaling": "none",
    }


def test_other_paper_is_fitted_and_the_dialog_options_are_kept() -> None:
    """On Letter the page is scaled to fit; the dialog's own options (two pages per sheet)
    go along, but not its page size or scaling, which the app decides."""
    assert LETTER is not None
    extra = {"number-up": "2", "PageSize": "A4", "print-scaling": "none", "job-priority": "50"}
    options = cups_options(PrintJob("Zaal", paper=LETTER, monochrome=True, extra=extra))
    assert options["media"] == "Letter"
    assert options["print-scaling"] == "fit" and options["fit-to-page"] == "true"
    assert options["number-up"] == "2" and options["job-priority"] == "50"
    assert options["print-color-mode"] == "monochrome"
    assert "PageSize" not in options and "page-ranges" not in options


def test_an_a4_page_on_a4_is_placed_as_it_is() -> None:
    place = place_page(595.28, 841.89, 595.0, 842.0)
    assert (place.scale, round(place.x, 1), round(place.y, 1)) == (1.0, -0.1, 0.1)


def test_an_a4_page_on_letter_is_centred_not_pinned_to_a_corner() -> None:
    """94 % and centred: the margins left and right are equal, and top and bottom too."""
    assert LETTER is not None
    place = place_page(595.28, 841.89, 612.0, 792.0)
    assert round(place.scale, 3) == 0.941
    right = 612.0 - place.x - place.width
    bottom = 792.0 - place.y - place.height
    assert place.x == pytest.approx(right) and place.y == pytest.approx(bottom) == 0
    assert scale_percent(LETTER) == 94 and scale_percent(LETTER, landscape=True) == 94


def test_a4_is_a4_whichever_way_round() -> None:
    assert Paper("A4", 297, 210).is_a4 and A4.is_a4
    assert LETTER is not None and not LETTER.is_a4
