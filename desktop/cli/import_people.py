"""`import-people FILE [--session UID] [--dry-run] [--json]`: a people list in, one batch.

Nothing is merged on a guess here: a row that resembles someone becomes a person of its own
and is listed under `possible_duplicates`; every merge that does happen (the same e-mail
address, the same details) is listed per row with its reason; every row read is counted in
exactly one of the outcomes under `rows`. The command holds the database's writer lock.
"""

import json
import sys
from pathlib import Path
from typing import Any

from desktop.shell.messages import dutch_message, dutch_words

SHOWN = 50  # lines of merges or possible duplicates printed without --json


def preview_record(preview: Any, result: Any = None) -> dict[str, Any]:
    """The JSON object of the contract (DESIGN.md): these fields, none renamed."""
    counts = preview.counts()
    return {
        "rows_read": preview.rows_read,
        "mapping": _mapping(preview),
        "people": [
            {
                "first_name": p.values.first_name,
                "last_name": p.values.last_name,
                "email": p.values.email,
                "phone": p.values.phone,
                "postcode": p.values.postcode,
                "municipality": p.values.municipality,
                "organisation": p.values.organisation,
                "row": p.rows[0][1],
                "rows": [key[1] for key in p.rows],
                "action": p.action,
            }
            for p in preview.people
        ],
        "problems": [
            {"row": problem.row, "field": problem.field, "message": _message(problem)}
            for problem in preview.problems
        ],
        "duplicates": [[key[1] for key in group] for group in preview.duplicates],
        "possible_duplicates": [
            {
                "row": s.key[1],
                "sheet": _sheet(preview, s.key),
                "resembles": _target(preview, s.target, s.label),
                "reason": dutch_words(s.reason),
                "kind": str(s.kind),
            }
            for s in preview.possible_duplicates
        ],
        "merges": [
            {
                "row": m.key[1],
                "sheet": _sheet(preview, m.key),
                "into": _target(preview, m.target, m.label),
                "reason": dutch_words(m.reason),
                "confirmed": m.confirmed,
            }
            for m in preview.merges
        ],
        "rows": {str(outcome): number for outcome, number in counts.items()},
        "created": result.created if result else preview.created,
        "updated": result.updated if result else preview.updated,
        "already_known": preview.count("unchanged"),
        "skipped": result.skipped if result else preview.skipped,
    }


def _target(preview: Any, target: str, name: str) -> dict[str, Any]:
    """{"row": 7, "name": …} for a row of the file, {"uid": …, "name": …} for a known person."""
    kind, _, rest = target.partition(":")
    if kind == "person":
        return {"uid": rest, "name": name}
    sheet, _, row = rest.partition(":")
    return {"row": int(row), "sheet": _sheet(preview, (int(sheet), int(row))), "name": name}


def _sheet(preview: Any, key: tuple[int, int]) -> str:
    if len(preview.tables) < 2:
        return ""
    return next((t.sheet_name for t in preview.tables if t.sheet_index == key[0]), "")


def _mapping(preview: Any) -> dict[str, str]:
    from models.people.importing.batches import mapping_json

    return mapping_json(preview)


def _message(problem: Any) -> str:
    return f"{problem.sheet}: {problem.message}" if problem.sheet else problem.message


def run(args: Any) -> int:
    # A short-lived process that builds a few hundred thousand small objects, none in cycles:
    # the cyclic collector waits until it ends (its imports included: ~10 % of the command).
    from models.people.importing.gc_pause import collector_paused

    with collector_paused():
        return _run(args)


def _run(args: Any) -> int:
    from desktop.cli.writer_lock import writer_lock
    from models.core.errors import UserError
    from models.storage.paths import database_location

    # A file is one writer at a time (the app's lock); a server keeps two imports apart itself.
    database = database_location(args.database)
    try:
        with writer_lock(database):
            preview, result = _import(args)
    except UserError as error:
        print(dutch_message(error), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(preview_record(preview, result), ensure_ascii=False, indent=2))
        return 0
    _print_summary(preview, result, args.dry_run)
    return 0


def _import(args: Any) -> tuple[Any, Any]:
    """Reads, previews and (unless --dry-run) commits; the caller holds the writer lock."""
    from models.people.importing.sandbox import Reading

    # The reading child starts first: it reads while this process loads the database layer.
    path = Path(args.file).expanduser()
    reading = Reading(path)
    try:
        return _import_read(args, path, reading)
    finally:
        reading.close()


def _import_read(args: Any, path: Path, reading: Any) -> tuple[Any, Any]:
    # Only the people service: the command imports no more than it uses (a faster start).
    from desktop.cli.opening import open_database_named
    from models.people.service import PeopleService
    from models.storage.paths import database_location

    # A new file is made where none is (the contract: a list can start a database), and said
    # on stderr: a typing error in --database never passes unnoticed. A server's database is
    # made by whoever manages the server.
    where = database_location(args.database)
    new = isinstance(where, Path) and not where.exists()
    database = open_database_named(args.database, create=True)
    if new:
        print(f"Er was nog geen database op {where}: er is een nieuwe gemaakt.", file=sys.stderr)
    people = PeopleService(database)
    try:
        if args.session:
            people.check_import_session(args.session)
        draft = people.read_people_file(path, reading=reading)
        preview = people.preview_people_import(draft, merge_likely=False)
        result = None if args.dry_run else people.commit_people_import(preview, args.session)
    finally:
        database.close()
    return preview, result


def _row(preview: Any, key: tuple[int, int]) -> str:
    sheet = _sheet(preview, key)
    return f"{sheet} rij {key[1]}" if sheet else f"rij {key[1]}"


def _print_some(lines: list[str], what: str) -> None:
    """The first SHOWN lines; the rest counted (the JSON has them all)."""
    for line in lines[:SHOWN]:
        print(f"  {line}")
    if len(lines) > SHOWN:
        print(f"  … en nog {len(lines) - SHOWN} {what} (zie --json)")


def _target_row(preview: Any, target: str) -> str:
    _, sheet, row = target.split(":")
    return _row(preview, (int(sheet), int(row)))


def _merge_line(preview: Any, merge: Any) -> str:
    if merge.target.startswith("person:"):
        who = f"al gekend als {merge.label}"
    else:
        who = f"dezelfde persoon als {_target_row(preview, merge.target)}"
    return f"{_row(preview, merge.key)} is {who} ({dutch_words(merge.reason)})"


def _possible_line(preview: Any, suggestion: Any) -> str:
    if suggestion.target.startswith("person:"):
        other = f"{suggestion.label} (al gekend)"
    else:
        other = f"{_target_row(preview, suggestion.target)}, {suggestion.label}"
    return (
        f"{_row(preview, suggestion.key)} lijkt op {other}: "
        f"{dutch_words(suggestion.reason)}; apart toegevoegd"
    )


def _print_summary(preview: Any, result: Any, dry_run: bool) -> None:
    print(f"{preview.source_name}: {preview.rows_read} rijen gelezen.")
    for problem in preview.problems:
        print(f"  rij {problem.row} ({problem.field}): {_message(problem)}")
    _print_some([_merge_line(preview, merge) for merge in preview.merges], "samengevoegde rijen")
    _print_some(
        [_possible_line(preview, s) for s in preview.possible_duplicates],
        "mogelijk dubbele rijen",
    )
    counts = result or preview
    created, updated, skipped = counts.created, counts.updated, counts.skipped
    if dry_run:
        print(
            f"Proefdraai, er is niets bewaard. De import zou {created} personen toevoegen, "
            f"{updated} aanvullen en {skipped} rijen overslaan."
        )
    else:
        print(f"{created} personen toegevoegd, {updated} aangevuld, {skipped} rijen overgeslagen.")
    print(_accounting(preview))
    if result is not None and result.registered:
        print(f"{result.registered} personen ingeschreven voor de bijeenkomst.")


def _accounting(preview: Any) -> str:
    """Where every row went; the numbers add up to the rows read."""
    from models.people.importing.plan import Outcome

    counts = preview.counts()
    return (
        f"Alle {preview.rows_read} rijen: {counts[Outcome.ADDED]} nieuw, "
        f"{counts[Outcome.POSSIBLE_DUPLICATE]} nieuw maar mogelijk dubbel, "
        f"{counts[Outcome.COMPLETED]} aangevuld, {counts[Outcome.ALREADY_KNOWN]} al gekend, "
        f"{counts[Outcome.MERGED]} samengevoegd met een andere rij, "
        f"{counts[Outcome.SKIPPED]} overgeslagen."
    )
