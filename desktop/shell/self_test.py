"""`trajectwijzer --self-test`: proves an installation (or a bundle) can do its job."""

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _check_database(folder: Path) -> str:
    from models.workspace import Workspace

    workspace = Workspace.open(folder / "selftest.sqlite", folder / "backups")
    try:
        added = workspace.demo.fill_demo_data()
        listed = len(workspace.trajectories.trajectories())
    finally:
        workspace.close()
    if listed != added or added == 0:
        raise RuntimeError(f"{added} demo trajectories added, {listed} listed")
    return f"database aangemaakt en gemigreerd, {listed} demotrajecten"


def _check_programmes(_folder: Path) -> str:
    from models.programmes import load_programmes

    programmes = load_programmes()
    if not programmes:
        raise RuntimeError("no programme files found")
    return f"{len(programmes)} programma's geladen: {', '.join(sorted(programmes))}"


def _check_reference(_folder: Path) -> str:
    from models.core.reference import load_municipalities

    return f"{len(load_municipalities())} gemeenten in de referentiegegevens"


def _check_pdf(folder: Path) -> str:
    from exports.programmes.programme_sheet import build_programme_sheet
    from exports.programmes.programme_sheet_data import programme_sheet_data
    from models.programmes import load_programmes

    programme = next(iter(load_programmes().values()))
    path = build_programme_sheet(programme_sheet_data(programme), folder / "fiche.pdf")
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise RuntimeError("the PDF is empty or damaged")
    return f"PDF geschreven ({len(data) // 1024} kB)"


def _check_qt(_folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.shell.app import create_application
    from desktop.shell.i18n import install_translators
    from desktop.shell.main_window import MainWindow

    app = create_application([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    translators = install_translators(app, "nl")
    window = MainWindow()
    window.show()
    QCoreApplication.processEvents()
    translated = window.navigation.item(1).text()
    # Qt's own catalogue (qtbase_nl): the print and file dialogs speak Dutch too.
    qt_catalogues = [t.filePath() for t in translators if "qtbase_nl" in t.filePath()]
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    if translated != "Trajecten":
        raise RuntimeError(f"the Dutch translation is missing (navigation shows {translated!r})")
    if not qt_catalogues:
        raise RuntimeError("Qt's Dutch translation (qtbase_nl) is missing: dialogs show English")
    return f"venster getoond, Nederlandse vertaling geladen (navigatie: {translated})"


def _check_printing(_folder: Path) -> str:
    """Which way documents go to a printer here (informative: a laptop may have none)."""
    from desktop.printing.printers import NoPrinting
    from desktop.printing.system import print_system

    system = print_system()
    way = "als PDF via CUPS" if system.sends_pdf else "als getekende pagina's via Qt"
    try:
        printers = system.printers()
    except NoPrinting:
        return f"{way}; er draait geen afdruksysteem"
    return f"{way}; {len(printers)} printer(s)"


def _check_print_preview(folder: Path) -> str:
    """QtPdf, which the print preview uses, can read the PDF the exports write."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(folder / "fiche.pdf"))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot read the PDF ({error})")
    return f"afdrukvoorbeeld kan de PDF lezen ({document.pageCount()} blz.)"


def _check_import(folder: Path) -> str:
    """A people list is read (in the reading child process: the bundle runs itself with its
    hidden flag), cleaned and matched (calamine, phone data, near names)."""
    from openpyxl import Workbook

    from models.people.service import PeopleService
    from models.storage.lifecycle import open_database

    path = folder / "deelnemers.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Voornaam", "Naam", "GSM", "Postcode"])
    sheet.append(["Anneleen", "Van den Broeck", 470123456, 8500])
    sheet.append(["Anneleen", "Van den Broek", None, 8500])  # a typo: suggested, not merged
    sheet.append(["Jan", "Peeters", "09 212 34 56", 9000])
    sheet.append(["Lien", "Maes", "+31 20 123 4567", None])
    workbook.save(path)
    database = open_database(folder / "import.sqlite")
    people = PeopleService(database)
    try:
        preview = people.preview_people_import(people.read_people_file(path))
        result = people.commit_people_import(preview)
    finally:
        database.close()
    phones = sorted(person.values.phone or "" for person in preview.people)
    expected = ["", "+31 20 123 4567", "+32 470 12 34 56", "+32 9 212 34 56"]
    if phones != expected or len(preview.suggestions) != 1 or result.created != 4:
        raise RuntimeError(f"import gave {phones}, {len(preview.suggestions)} suggestions")
    return f"deelnemerslijst ingelezen: {result.created} personen, 1 mogelijke dubbele"


def _check_reader_limits(folder: Path) -> str:
    """A file that makes the spreadsheet reader abort is contained in its child process.

    One filled cell at XFD1048576 makes python-calamine ask for billions of cells and abort;
    with the quick checks switched off the reading child must die alone, under its limits,
    and the app must give the coach a message and carry on.
    """
    from openpyxl import Workbook

    from models.core.errors import UserError
    from models.people.importing.sandbox import ReadLimits, read_workbook

    path = folder / "vijandig.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Voornaam", "Naam"])
    sheet["XFD1048576"] = "x"
    workbook.save(path)
    try:
        read_workbook(path, limits=ReadLimits(precheck=False))
    except UserError as error:
        if "could not be read" not in error.message:
            raise RuntimeError(f"unexpected message: {error.message}") from None
        return "een lezer die afbreekt, blijft in zijn eigen proces; de app gaat door"
    raise RuntimeError("the hostile file was read instead of stopping the reader")


def _check_handover(_folder: Path) -> str:
    """The encryption of a hand-over file works in this installation."""
    from models.storage.handover_crypto import seal, unseal

    if unseal(seal(b"trajectwijzer", "zelftest-12345"), "zelftest-12345") != b"trajectwijzer":
        raise RuntimeError("a sealed hand-over does not open again")
    return "overdrachtsbestand versleuteld en weer geopend"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("programma's", _check_programmes),
    ("referentiegegevens", _check_reference),
    ("database", _check_database),
    ("PDF", _check_pdf),
    ("afdrukvoorbeeld", _check_print_preview),
    ("deelnemerslijst", _check_import),
    ("vijandig rekenblad", _check_reader_limits),
    ("overdracht", _check_handover),
    ("Qt", _check_qt),
    ("afdrukken", _check_printing),
]


def run_self_test() -> int:
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trajectwijzer-selftest-") as tmp:
        folder = Path(tmp)
        for name, check in CHECKS:
            try:
                print(f"ok    {name}: {check(folder)}", flush=True)
            except Exception as error:  # every failure is reported, then the next check runs
                failed.append(name)
                print(f"FOUT  {name}: {error.__class__.__name__}: {error}", flush=True)
                traceback.print_exc(file=sys.stderr)
    if failed:
        print(f"Zelftest mislukt: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("Zelftest geslaagd.")
    return 0
