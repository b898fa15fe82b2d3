"""The command line: the contract in DESIGN.md (names, options and JSON fields are kept)."""

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.shell.messages import dutch_message
from desktop.shell.version import app_version

if TYPE_CHECKING:
    from models.workspace import Workspace

LIST_KINDS = ("trajectories", "sessions", "people", "projects")
EXPORT_KINDS = (
    "quote",
    "agreement",
    "plan",
    "sign-in-sheet",
    "session-report",
    "action-plan",
    "evaluation-report",
    "evaluation-form",
)


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked (argparse's own wants it upfront)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"trajectwijzer {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trajectwijzer",
        description="Trajectwijzer: begeleidingstrajecten van intake tot evaluatie, offline.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH",
        help="het databasebestand, of een server: postgresql+psycopg://gebruiker@server/db "
        "(anders TRAJECTWIJZER_DB of de gewone gegevensmap)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open de app met een nieuwe demodatabase"
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="toon het versienummer en sluit af"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="controleer of deze installatie werkt en sluit af"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo-data", help="vul de database met de demotrajecten, zonder venster")
    listing = commands.add_parser(
        "list", help="toon trajecten, bijeenkomsten, personen of projecten"
    )
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="als JSON-array")
    export = commands.add_parser("export", help="maak een PDF: offerte, plan, lijst of rapport")
    export.add_argument("kind", metavar="KIND", choices=EXPORT_KINDS, help=", ".join(EXPORT_KINDS))
    export.add_argument(
        "uid", metavar="UID", help="de code (uid) van het traject of de bijeenkomst"
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="het PDF-bestand (anders in de documentenmap)"
    )
    export.add_argument(
        "--with-unbooked",
        action="store_true",
        help="plan: ook de fasen die (nog) niet geboekt zijn",
    )
    from desktop.cli.print_command import add_parser as add_print_parser

    add_print_parser(commands)
    importing = commands.add_parser("import-people", help="lees personen uit een rekenblad")
    importing.add_argument("file", metavar="FILE", help="het rekenblad (.xlsx, .xls, .ods, .csv)")
    importing.add_argument(
        "--session", metavar="UID", help="schrijf de personen in voor deze bijeenkomst"
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="toon wat er zou gebeuren, schrijf niets"
    )
    importing.add_argument("--json", action="store_true", help="het resultaat als één JSON-object")
    backup = commands.add_parser("backup", help="maak een reservekopie van de database")
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="het bestand (anders in de reservekopiemap)"
    )
    restore = commands.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", metavar="FILE", help="de reservekopie")
    from desktop.cli import team

    team.add_commands(commands)
    return parser


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _list_records(workspace: "Workspace", kind: str) -> list[dict[str, Any]]:
    if kind == "trajectories":
        return [
            {**asdict(row), "clients": list(row.clients)}
            for row in workspace.trajectories.trajectories()
        ]
    if kind == "sessions":
        return [
            {
                "uid": row.uid,
                "name": row.title,
                "title": row.title,
                "trajectory": row.trajectory,
                "trajectory_name": row.trajectory_name,
                "date": row.starts_at.date().isoformat() if row.starts_at else None,
                "starts_at": row.starts_at.isoformat(timespec="minutes") if row.starts_at else None,
                "kind": row.kind,
                "location": row.location,
                "registered": row.registered,
                "present": row.present,
                "booked": row.booked,
            }
            for row in workspace.sessions.all_sessions()
        ]
    if kind == "people":
        return [asdict(row) for row in workspace.people.all_people()]
    return [{**asdict(row), "leads": list(row.leads)} for row in workspace.projects.all_projects()]


def _print_table(records: list[dict[str, Any]], kind: str) -> None:
    columns = {
        "trajectories": ("name", "programme", "status", "uid"),
        "sessions": ("date", "title", "trajectory_name", "uid"),
        "people": ("name", "email", "municipality", "uid"),
        "projects": ("name", "place", "kind", "uid"),
    }[kind]
    if not records:
        print("(geen)")
        return
    from models.core.text import clean_line

    for record in records:
        # Text from an older database may hold escape sequences: never hand them to a terminal.
        print("  ".join(clean_line(str(record.get(c) or "")) for c in columns))


def _open_workspace(database: str | None, *, create: bool = False) -> "Workspace":
    """The workspace of an existing database (a file or a server's URL); only `demo-data` may
    create one."""
    from desktop.cli.opening import open_workspace

    return open_workspace(database, create=create)


def _export(args: argparse.Namespace) -> int:
    """`export KIND UID [-o FILE]`: writes the PDF and prints where it went."""
    from exports.documents import DocumentKind, write_document

    output = Path(args.output).expanduser() if args.output else None
    workspace = _open_workspace(args.database)
    try:
        path = write_document(
            workspace,
            DocumentKind(args.kind),
            args.uid,
            output,
            with_unbooked=args.with_unbooked,
        )
    finally:
        workspace.close()
    print(path)
    return 0


def _demo_data(args: argparse.Namespace) -> int:
    """`demo-data`: writes, so it holds a file's lock like the app (a server needs none)."""
    from desktop.cli.writer_lock import writer_lock
    from models.storage.paths import database_location

    with writer_lock(database_location(args.database)):
        workspace = _open_workspace(args.database, create=True)
        try:
            added = workspace.demo.fill_demo_data()
            print(f"{added} demotrajecten toegevoegd aan {workspace.where}")
        finally:
            workspace.close()
    return 0


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "export":
        return _export(args)
    if args.command == "print":
        from desktop.cli import print_command

        return print_command.run(args)
    if args.command == "import-people":
        from desktop.cli import import_people

        return import_people.run(args)
    if args.command == "backup":
        from desktop.cli import backup

        return backup.run(args)
    if args.command == "restore":
        from desktop.cli import restore

        return restore.run(args)
    if args.command in ("take-out", "bring-back"):
        from desktop.cli import team

        return team.run(args)
    if args.command == "demo-data":
        return _demo_data(args)
    workspace = _open_workspace(args.database)
    try:
        if args.command == "list":
            records = _list_records(workspace, args.kind)
            if args.json:
                print(json.dumps(records, ensure_ascii=False, indent=2, default=_json_default))
            else:
                _print_table(records, args.kind)
    finally:
        workspace.close()
    return 0


def _tolerant_console() -> None:
    """A name the console cannot show (a cp1252 window, an ASCII pipe) is printed with a
    replacement character instead of ending the command with an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from models.core.errors import UserError

    _tolerant_console()

    try:
        if args.self_test:
            from desktop.shell.self_test import run_self_test

            return run_self_test()
        if args.command:
            if args.demo:
                say("--demo hoort bij het openen van de app, niet bij een opdracht.")
                return 2
            return _run_command(args)
        database = str(demo_database_path(args.database)) if args.demo else args.database
        from desktop.shell.app import run_app

        return run_app(database, demo=args.demo)
    except UserError as error:
        say(dutch_message(error))
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # unexpected: a message in Dutch, the details in the log only
        return _unexpected(error, args.database)


def say(text: str) -> None:
    """A message on stderr that always arrives: characters the console cannot show are
    replaced, and a console that is gone is no reason for a traceback."""
    stream = sys.stderr
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(text.encode(encoding, "replace").decode(encoding, "replace") + "\n")
        stream.flush()
    except (OSError, ValueError, LookupError):
        pass


def _unexpected(error: Exception, database: str | None) -> int:
    """The crash handler of the command line: a fault of the disk is told as it is; anything
    else logs the safe report (code only, no value from the data) and tells what to do. No
    traceback and no value from the data ever reach stderr, whatever fails while reporting."""
    try:
        from models.storage.faults import fault_of
        from models.storage.paths import database_path

        fault = fault_of(error, database_path(database))
        if fault is not None:
            say(dutch_message(fault))
            return 1
        from desktop.shell.crash import log_safely

        where = log_safely(error)
        tail = f" De details, zonder persoonsgegevens, staan in {where}." if where else ""
        say(
            f"Er ging iets onverwachts mis ({type(error).__name__}). Wat al bewaard was, is "
            f"veilig: elke wijziging wordt helemaal of helemaal niet bewaard.{tail}"
        )
    except BaseException:  # reporting failed too: the one sentence, never a traceback
        say("Er ging iets onverwachts mis. Wat al bewaard was, is veilig.")
    return 1


def demo_database_path(database: str | None) -> Path:
    """--demo opens a fresh file; it never replaces a database that holds data."""
    from models.core.errors import UserError
    from models.storage.paths import data_dir

    if database:
        from models.storage.paths import is_server_url

        if is_server_url(database):
            raise UserError(
                "--demo maakt een nieuw databasebestand. Vul een serverdatabase met "
                "'trajectwijzer --database URL demo-data' en open ze dan zonder --demo."
            )
        path = Path(database).expanduser()
        if path.exists() and path.stat().st_size > 0:
            raise UserError(
                f"--demo maakt een nieuwe database, maar '{path}' bestaat al. Kies met "
                "--database een pad dat nog niet bestaat, of laat --database weg."
            )
        return path
    path = data_dir() / "demo.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


if __name__ == "__main__":
    sys.exit(main())
