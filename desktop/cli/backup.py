"""`backup [-o FILE]`: a consistent copy of the database, in the backup folder or a chosen file."""

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from models.core.errors import UserError
    from models.storage.backups import export_backup, make_backup, rotate
    from models.storage.paths import backup_dir, database_path

    database = database_path(args.database)
    if not database.is_file():
        raise UserError(
            f"Er is geen database op '{database}'; er is niets om te bewaren. "
            "Kies met --database het juiste bestand."
        )
    if args.output:
        print(export_backup(database, Path(args.output).expanduser()))
    else:
        from desktop.cli.writer_lock import writer_lock

        folder = backup_dir()
        with writer_lock(database):  # the rotation removes backups: one writer at a time
            print(make_backup(database, folder).path)
            rotate(folder)
    return 0
