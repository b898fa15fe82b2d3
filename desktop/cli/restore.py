"""`restore FILE`: puts a backup back; the current database is kept aside first."""

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.storage.instance_lock import InstanceLock
    from models.storage.backups import restore
    from models.storage.paths import backup_dir, database_path

    database = database_path(args.database)
    # Replacing the file under a running app would lose what it writes next: refuse instead.
    with InstanceLock(database):
        aside = restore(database, Path(args.file).expanduser(), backup_dir())
    print(f"Reservekopie teruggezet in {database}")
    if aside is not None:
        print(f"De database zoals ze was, staat in {aside}")
    return 0
