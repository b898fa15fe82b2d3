"""`take-out --server URL UID…` and `bring-back --server URL [--keep KEY=server|laptop]…`:
trajectories from the team's server onto this laptop's database, and back."""

import argparse
import json
import sys
from typing import Any


def add_commands(commands: Any) -> None:
    out = commands.add_parser(
        "take-out", help="neem trajecten van de server mee naar deze laptop (offline werken)"
    )
    out.add_argument("--server", metavar="URL", required=True, help="postgresql+psycopg://…")
    out.add_argument("uids", metavar="UID", nargs="+", help="de trajecten (uid)")
    back = commands.add_parser(
        "bring-back", help="breng de meegenomen trajecten terug naar de server"
    )
    back.add_argument("--server", metavar="URL", required=True, help="postgresql+psycopg://…")
    back.add_argument(
        "--keep",
        metavar="KEY=server|laptop",
        action="append",
        default=[],
        help="welke versie blijft van een record dat aan beide kanten gewijzigd is",
    )
    back.add_argument("--dry-run", action="store_true", help="toon wat er zou gebeuren")
    back.add_argument("--json", action="store_true", help="het resultaat als JSON")


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop.cli.opening import open_database_named, open_workspace_named

    laptop = open_workspace_named(args.database, create=args.command == "take-out")
    try:
        server = open_database_named(args.server)
        try:
            if args.command == "take-out":
                for done in laptop.team.take_out(server, args.uids):
                    others = f" (ook mee met {', '.join(done.also_out)})" if done.also_out else ""
                    print(f"{done.name}: {done.rows} records meegenomen{others}")
                return 0
            choices = dict(item.split("=", 1) for item in args.keep if "=" in item)
            results = []
            for out in laptop.team.taken_out():
                preview = laptop.team.bring_back_preview(server, out.uid, choices)
                if preview.ready and not args.dry_run:
                    preview = laptop.team.bring_back(server, out.uid, choices)
                results.append(preview)
        finally:
            server.close()
    finally:
        laptop.close()
    if args.json:
        print(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print(result, args.dry_run)
    return 0 if all(r.ready for r in results) else 1


def _print(result: Any, dry_run: bool) -> None:
    state = "zou teruggebracht worden" if dry_run or not result.ready else "teruggebracht"
    print(f"{result.trajectory_name}: {result.to_server} wijzigingen naar de server, {state}.")
    for line in result.kept:
        print(f"  {line}")
    if result.erased_on_server:
        print(f"  {result.erased_on_server} gewiste persoon/personen ook op de server gewist.")
    if result.erased_on_laptop:
        print(
            f"  {result.erased_on_laptop} persoon/personen die op de server gewist werden, "
            "ook op deze laptop gewist."
        )
    for conflict in result.conflicts:
        print(f"  conflict {conflict.key}: {conflict.kind} '{conflict.name}'")
        for difference in conflict.fields:
            server, laptop = difference.server, difference.laptop
            print(f"    {difference.field}: server '{server}', laptop '{laptop}'")
    if result.unresolved:
        print(
            "  Kies per conflict met --keep KEY=server of --keep KEY=laptop; er is nog niets "
            "teruggebracht.",
            file=sys.stderr,
        )
