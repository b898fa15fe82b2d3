"""A print job as plain data: where, how many, which pages, on what paper; and what follows
from it: the CUPS job options, and where an A4 page lands on other paper (fitted, centred).

Every document the app makes is A4 (portrait or landscape) with its own margins. On A4 paper
it prints as it is; on other paper it is scaled to fit and centred, never pinned to a corner.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.printing.page_ranges import PageRanges

MM_PER_POINT = 25.4 / 72
_TOLERANCE_MM = 1.5  # "A4" from one driver is 209.9 × 297.0 mm, from another 210 × 297
_INCH = 25.4


@dataclass(frozen=True)
class Paper:
    """A paper size: the name the printer knows it by, and its size in millimetres."""

    name: str
    width_mm: float
    height_mm: float

    def same_size(self, other: "Paper") -> bool:
        """Equal in size whichever way round (A4 portrait is A4 landscape turned)."""
        mine = sorted((self.width_mm, self.height_mm))
        theirs = sorted((other.width_mm, other.height_mm))
        return all(abs(a - b) <= _TOLERANCE_MM for a, b in zip(mine, theirs, strict=True))

    @property
    def is_a4(self) -> bool:
        return self.same_size(A4)


A4 = Paper("A4", 210.0, 297.0)
_KNOWN = {
    "a4": A4,
    "a3": Paper("A3", 297.0, 420.0),
    "a5": Paper("A5", 148.0, 210.0),
    "letter": Paper("Letter", 8.5 * _INCH, 11 * _INCH),
    "legal": Paper("Legal", 8.5 * _INCH, 14 * _INCH),
}
# PWG self-describing media names: iso_a4_210x297mm, na_letter_8.5x11in, om_small-photo_100x150mm
_PWG = re.compile(r"^[a-z0-9]+_[^_]+_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$")


def paper_named(name: str) -> Paper | None:
    """The paper a CUPS or PPD media name stands for ("A4", "Letter", "iso_a4_210x297mm",
    "A4.Borderless"); None for a name that says no size."""
    key = name.strip().casefold()
    if not key:
        return None
    base = re.sub(r"\.[a-z]+$", "", key).removesuffix("_borderless")  # A4.Borderless
    if base in _KNOWN:
        return _KNOWN[base]
    match = _PWG.match(base)
    if match is None:
        return None
    factor = _INCH if match.group(3) == "in" else 1.0
    width, height = float(match.group(1)) * factor, float(match.group(2)) * factor
    known = next((p for p in _KNOWN.values() if p.same_size(Paper("", width, height))), None)
    return known or Paper(name.strip(), width, height)


class Sides(StrEnum):
    """The IPP `sides` values: one-sided, or two-sided bound on the long or the short edge."""

    ONE_SIDED = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


@dataclass(frozen=True)
class PrintJob:
    """What the coach asked for in the print dialog (or on the command line)."""

    printer: str
    copies: int = 1
    collate: bool = True
    sides: Sides | None = None  # None: the printer's own default
    pages: PageRanges = field(default_factory=PageRanges)
    paper: Paper = A4
    monochrome: bool | None = None  # None: the printer's own default
    # Other CUPS options the print dialog set (pages per sheet, banners, priority …).
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def fits_to_other_paper(self) -> bool:
        """The A4 pages are scaled onto other paper (and the coach is told so)."""
        return not self.paper.is_a4


# Options the app decides itself; the dialog's own values for them are not passed on.
_OWN_OPTIONS = {
    "copies",
    "collate",
    "multiple-document-handling",
    "sides",
    "page-ranges",
    "media",
    "PageSize",
    "print-scaling",
    "fit-to-page",
    "scaling",
    "print-color-mode",
}


def cups_options(job: PrintJob) -> dict[str, str]:
    """The IPP job options for CUPS: copies, duplex, page ranges, media and scaling."""
    options = {k: v for k, v in job.extra.items() if k not in _OWN_OPTIONS}
    options["copies"] = str(max(job.copies, 1))
    if job.copies > 1:
        options["multiple-document-handling"] = (
            "separate-documents-collated-copies"
            if job.collate
            else "separate-documents-uncollated-copies"
        )
        options["collate"] = "true" if job.collate else "false"
    if job.sides is not None:
        options["sides"] = job.sides.value
    if not job.pages.everything:
        options["page-ranges"] = job.pages.cups_text()
    options["media"] = job.paper.name
    if job.fits_to_other_paper:
        # Scaled to fit the paper and centred (cups-filters and macOS both read these).
        options["print-scaling"] = "fit"
        options["fit-to-page"] = "true"
    else:
        options["print-scaling"] = "none"  # the page keeps A4 and its margins
    if job.monochrome is not None:
        options["print-color-mode"] = "monochrome" if job.monochrome else "color"
    return options


@dataclass(frozen=True)
class Placement:
    """Where a page goes on the paper, in the paper's units: scale, then offset."""

    scale: float
    x: float
    y: float
    width: float
    height: float


def place_page(page_w: float, page_h: float, paper_w: float, paper_h: float) -> Placement:
    """The page as large as fits on the paper, centred; the same size on the same paper.

    Page and paper in the same units and the same orientation (the caller turns the paper
    with the page).
    """
    scale = min(paper_w / page_w, paper_h / page_h)
    if abs(scale - 1.0) < 0.005:  # the same paper: no resampling for a rounding error
        scale = 1.0
    width, height = page_w * scale, page_h * scale
    return Placement(scale, (paper_w - width) / 2, (paper_h - height) / 2, width, height)


def scale_percent(paper: Paper, landscape: bool = False) -> int:
    """How large an A4 page prints on this paper, in whole percent (94 on Letter)."""
    page = (A4.height_mm, A4.width_mm) if landscape else (A4.width_mm, A4.height_mm)
    short, long_ = sorted((paper.width_mm, paper.height_mm))
    sheet = (long_, short) if landscape else (short, long_)
    return int(place_page(*page, *sheet).scale * 100)
