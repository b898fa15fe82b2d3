"""`restore FILE`: puts a sound backup back; the current database is kept aside first."""

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.cli.opening import refuse_on_server
    from desktop.cli.writer_lock import writer_lock

    refuse_on_server(args.database, "restore")
    from desktop.shell.settings import SECOND_BACKUP_FOLDER
    from models.core.clock import SystemClock
    from models.storage.backup_service import backup_folders
    from models.storage.paths import database_path
    from models.storage.restore import restore

    database = database_path(args.database)
    folders = backup_folders(SECOND_BACKUP_FOLDER.get())
    # Replacing the file under a running app or command would lose what it writes next: the
    # restore waits for a command to finish, and refuses while the app is open.
    with writer_lock(database):
        result = restore(
            database, Path(args.file).expanduser(), folders[0], SystemClock().now(), folders
        )
    print(f"Reservekopie teruggezet in {database}")
    if result.aside is not None:
        print(f"De database zoals ze was, staat in {result.aside}")
    if result.erased_again:
        print(
            f"{result.erased_again} persoon/personen die na deze reservekopie gewist werden, "
            "zijn er opnieuw uit gewist."
        )
    return 0
