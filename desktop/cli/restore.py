"""`restore FILE`: puts a backup back; the current database is kept aside first."""

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.cli.writer_lock import writer_lock
    from models.storage.backups import restore
    from models.storage.paths import backup_dir, database_path

    database = database_path(args.database)
    # Replacing the file under a running app or command would lose what it writes next: the
    # restore waits for a command to finish, and refuses while the app is open.
    with writer_lock(database):
        aside = restore(database, Path(args.file).expanduser(), backup_dir())
    print(f"Reservekopie teruggezet in {database}")
    if aside is not None:
        print(f"De database zoals ze was, staat in {aside}")
    return 0
