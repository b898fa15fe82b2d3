"""The printers the coach can choose and what the print system says back, as plain data."""

from dataclasses import dataclass

from desktop.printing.job import Paper

# printer-state-reasons (RFC 8011) that mean the printer cannot be reached now; each may
# come with a "-report", "-warning" or "-error" suffix.
_AWAY = ("offline", "connecting-to-device", "timed-out", "shutdown")


@dataclass(frozen=True)
class Printer:
    """A printer the coach can choose."""

    name: str
    description: str = ""
    is_default: bool = False
    accepting: bool = True
    stopped: bool = False
    paper: Paper | None = None  # the paper it uses unless told otherwise; None: not known
    reasons: tuple[str, ...] = ()

    @property
    def away(self) -> bool:
        """Switched off or out of reach, as far as the print system knows."""
        return any(reason.startswith(_AWAY) for reason in self.reasons)


@dataclass(frozen=True)
class Sent:
    """A job the print system took."""

    printer: str
    job: str  # "Zaal_Kieldrecht-12" with CUPS; "" where the system gives no number
    pages: int | None = None  # pages drawn (Windows); None: the printer counts them


class NoPrinting(Exception):
    """Nothing can be printed here: no print system runs, or it knows no printer. The window
    and the command line each say so in their own way (and what to do instead)."""

    def __init__(self, system_running: bool) -> None:
        super().__init__("no printer" if system_running else "no print system")
        self.system_running = system_running
