"""What the window's tests share: a DatabaseKeeper over a real main window, cleaned up after;
and a real print system for the printing tests: CUPS with PDF printer queues (A4, Letter, one
stopped).

`bash tools/test_printers.sh` (as root; CI runs it) installs CUPS and cups-pdf, starts cupsd
and adds the queues; each writes what it receives as a PDF named after the job number into
PRINT_OUTPUT, which the tests read back. Without them the tests that need them skip, and say
how to get them.
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import desktop.shell.app
from desktop.shell.app import DatabaseKeeper, create_application
from desktop.shell.main_window import MainWindow

if TYPE_CHECKING:
    from models.workspace import Workspace

A4_QUEUE = "Trajectwijzer_A4"
LETTER_QUEUE = "Trajectwijzer_Letter"
STOPPED_QUEUE = "Trajectwijzer_Off"  # stopped, as a printer that is switched off
PRINT_OUTPUT = Path(
    os.environ.get("TRAJECTWIJZER_TEST_PRINTS", "/var/spool/cups-pdf/trajectwijzer-tests")
)
HOW = "run `bash tools/test_printers.sh` as root (CI does)"


@pytest.fixture(autouse=True, scope="session")
def _english_locale() -> None:
    """Without the Dutch catalogue the window is the app's English: en_BE, as the language
    setting makes it (dates 22/11/2026, amounts 3.500,00), whatever this machine's locale."""
    QLocale.setDefault(QLocale("en_BE"))


@pytest.fixture(autouse=True, scope="session")
def _the_apps_style(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every window in the look the app gives it: palette, style sheet, and the style that
    tunes each widget for the keyboard (Tab, names, Alt letters, windows that fit)."""
    from desktop.shell.theme import apply_theme

    apply_theme(qapp, "light")


@pytest.fixture(autouse=True)
def _previews_closed() -> Iterator[None]:
    """A print preview is a window of its own: closed after each test, so that none is still
    on screen (and restyled, with Qt's warnings) during the next."""
    yield
    from desktop.printing.preview import PdfPreview

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreview):
            widget.close()


@pytest.fixture(scope="session")
def cups_queues() -> tuple[str, str]:
    """The A4 and Letter test queues of a running CUPS; skips with the reason without them."""
    from desktop.printing import cups

    if cups.libcups() is None:
        pytest.skip(f"CUPS is not installed here: {HOW}")
    try:
        names = {printer.name for printer in cups.printers()}
    except cups.CupsError as error:
        pytest.skip(f"CUPS does not answer ({error.reason}): {HOW}")
    if not {A4_QUEUE, LETTER_QUEUE} <= names or not PRINT_OUTPUT.is_dir():
        pytest.skip(f"the PDF test printers are missing: {HOW}")
    return A4_QUEUE, LETTER_QUEUE


@pytest.fixture(scope="session")
def stopped_queue(cups_queues: tuple[str, str]) -> str:
    """The stopped test queue; skips without it."""
    from desktop.printing import cups

    if not any(p.name == STOPPED_QUEUE and p.stopped for p in cups.printers()):
        pytest.skip(f"the stopped test printer is missing: {HOW}")
    return STOPPED_QUEUE


def _finished(pattern: str) -> Path | None:
    for path in PRINT_OUTPUT.glob(pattern):
        if path.read_bytes().rstrip().endswith(b"%%EOF"):  # Ghostscript has closed it
            return path
    return None


@pytest.fixture
def printed(qtbot) -> Callable[[str], Path]:  # type: ignore[no-untyped-def]
    """Waits for the PDF the test printer made of a job ("Trajectwijzer_A4-12") and returns it."""

    def wait(job: str) -> Path:
        match = re.search(r"-(\d+)$", job)
        assert match, f"not a CUPS job: {job!r}"
        pattern = f"*-job_{int(match.group(1))}.pdf"
        qtbot.waitUntil(lambda: _finished(pattern) is not None, timeout=60_000)
        found = _finished(pattern)
        assert found is not None
        return found

    return wait


@pytest.fixture
def printed_titled(qtbot) -> Callable[[str], Path]:  # type: ignore[no-untyped-def]
    """Waits for the PDF the test printer made of the job with this (unique) title: for jobs
    whose number the print system does not tell (Qt's own printing)."""

    def wait(title: str) -> Path:
        pattern = f"{title}*-job_*.pdf"
        qtbot.waitUntil(lambda: _finished(pattern) is not None, timeout=60_000)
        found = _finished(pattern)
        assert found is not None
        return found

    return wait


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window in Dutch, as the coach runs it: our catalogue and Qt's own."""
    from PySide6.QtCore import QLocale

    from desktop.shell.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator["Workspace"]:
    """One demo workspace for a module whose tests print from it (they only read, except a
    quote made once); built once: the demo takes seconds to fill."""
    from models.storage.lifecycle import open_database
    from models.workspace import Workspace
    from tests.demo import DEMO_DAY

    folder = tmp_path_factory.mktemp("shared-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRAJECTWIJZER_DATA_DIR", str(folder / "data"))
        database = open_database(folder / "demo.sqlite")
        workspace = Workspace(database)
        workspace.demo.fill_demo_data(DEMO_DAY)
    yield workspace
    database.close()


@pytest.fixture
def keeper_for(qtbot, monkeypatch):
    """Builds keepers for a database path (None: the usual one); the app's exit is recorded."""
    made: list[DatabaseKeeper] = []
    exits: list[int] = []
    # create_application installs the Dutch catalogue in the one QApplication of the test run:
    # taken out again afterwards, or every later test would see Dutch texts.
    installed: list = []
    install = desktop.shell.app.install_translators
    monkeypatch.setattr(
        desktop.shell.app,
        "install_translators",
        lambda app, language: installed.extend(install(app, language)) or installed,
    )
    locale = QLocale()

    def build(database: Path | None) -> DatabaseKeeper:
        app = create_application()
        monkeypatch.setattr(app, "exit", exits.append)
        window = MainWindow()
        qtbot.addWidget(window)
        keeper = DatabaseKeeper(app, window, str(database) if database else None, demo=False)
        keeper.exits = exits  # type: ignore[attr-defined]
        made.append(keeper)
        return keeper

    yield build
    for keeper in made:
        keeper.close()
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(locale)
