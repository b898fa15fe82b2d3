"""`import-people FILE [--session UID] [--dry-run] [--json]`: a people list in, one batch."""

import json
import sys
from pathlib import Path
from typing import Any

from desktop.shell.messages import dutch_message


def preview_record(preview: Any, result: Any = None) -> dict[str, Any]:
    """The JSON object of the contract (DESIGN.md): exactly these fields."""
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
            }
            for p in preview.people
        ],
        "problems": [
            {"row": problem.row, "field": problem.field, "message": _message(problem)}
            for problem in preview.problems
        ],
        "duplicates": [[key[1] for key in group] for group in preview.duplicates],
        "created": result.created if result else preview.created,
        "updated": result.updated if result else preview.updated,
        "skipped": result.skipped if result else preview.skipped,
    }


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
    from models.core.errors import UserError
    from models.storage.paths import backup_dir, database_path

    path = Path(args.file).expanduser()
    # Only the people service: the command imports no more than it uses (a faster start).
    from models.people.service import PeopleService
    from models.storage.lifecycle import open_database

    database = open_database(database_path(args.database), backup_dir())
    people = PeopleService(database)
    try:
        if args.session:
            people.check_import_session(args.session)
        draft = people.read_people_file(path)
        preview = people.preview_people_import(draft)
        result = None if args.dry_run else people.commit_people_import(preview, args.session)
    except UserError as error:
        print(dutch_message(error), file=sys.stderr)
        return 1
    finally:
        database.close()
    if args.json:
        print(json.dumps(preview_record(preview, result), ensure_ascii=False, indent=2))
        return 0
    _print_summary(preview, result, args.dry_run)
    return 0


def _print_summary(preview: Any, result: Any, dry_run: bool) -> None:
    print(f"{preview.source_name}: {preview.rows_read} rijen gelezen.")
    for problem in preview.problems:
        print(f"  rij {problem.row} ({problem.field}): {_message(problem)}")
    for group in preview.duplicates:
        rows = ", ".join(str(key[1]) for key in group)
        print(f"  rijen {rows} zijn dezelfde persoon (samengevoegd)")
    counts = result or preview
    created, updated, skipped = counts.created, counts.updated, counts.skipped
    if dry_run:
        print(
            f"Proefdraai, er is niets bewaard. De import zou {created} personen toevoegen, "
            f"{updated} aanvullen en {skipped} rijen overslaan."
        )
        return
    print(f"{created} personen toegevoegd, {updated} aangevuld, {skipped} rijen overgeslagen.")
    if result.registered:
        print(f"{result.registered} personen ingeschreven voor de bijeenkomst.")
