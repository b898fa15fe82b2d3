"""Page ranges as the coach types them ("1,3", "2-3", "5-"): read, checked, handed on."""

import re
from dataclasses import dataclass

from models.core.errors import UserError

_PART = re.compile(r"^\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?$")


@dataclass(frozen=True)
class PageRanges:
    """Pages to print, as closed ranges of page numbers from 1; empty means every page."""

    ranges: tuple[tuple[int, int], ...] = ()

    @property
    def everything(self) -> bool:
        return not self.ranges

    def pages(self, count: int) -> list[int]:
        """The page numbers asked for that the document has, in the order asked, each once."""
        if self.everything:
            return list(range(1, count + 1))
        chosen: list[int] = []
        for first, last in self.ranges:
            for page in range(first, min(last, count) + 1):
                if page not in chosen:
                    chosen.append(page)
        return chosen

    def cups_text(self) -> str:
        """The IPP `page-ranges` value: "1,3-4" (ranges in ascending order, none overlapping)."""
        merged: list[list[int]] = []
        for first, last in sorted(self.ranges):
            if merged and first <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in merged)

    def checked(self, count: int) -> "PageRanges":
        """These ranges, cut to the document's pages; a UserError when none of them exists."""
        if self.everything:
            return self
        kept = tuple((a, min(b, count)) for a, b in self.ranges if a <= count)
        if not kept:
            raise UserError(
                "The document has {count} pages: there is no page {pages} to print.",
                count=count,
                pages=self.cups_text(),
                field="pages",
            )
        return PageRanges(kept)


def parse_page_ranges(text: str, count: int | None = None) -> PageRanges:
    """ "1,3" and "2-3" as typed; "5-" runs to the end; empty is every page.

    A range the coach cannot have meant ("3-1", "0", "a") is a UserError that says how to
    write one; with `count`, pages past the end are cut off (or refused if nothing is left).
    """
    parts = [part for part in text.replace(";", ",").split(",") if part.strip()]
    ranges: list[tuple[int, int]] = []
    for part in parts:
        match = _PART.match(part)
        if match is None:
            raise _bad(text)
        first = int(match.group(1))
        if match.group(2) is None:
            last = first
        elif match.group(3):
            last = int(match.group(3))
        else:
            last = count if count is not None else 9999
        if first < 1 or last < first:
            raise _bad(text)
        ranges.append((first, last))
    found = PageRanges(tuple(ranges))
    return found.checked(count) if count is not None else found


def _bad(text: str) -> UserError:
    return UserError(
        "'{typed}' is not a page range. Write pages like 1,3 or 2-4.",
        typed=text.strip(),
        field="pages",
    )
