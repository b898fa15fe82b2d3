"""`backup [-o FILE]`: a checked copy of a sound database, in the backup folder or a chosen file.

A damaged database is never copied: the command exits 1 and names the newest sound backup.
"""

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.cli.opening import refuse_on_server

    refuse_on_server(args.database, "backup")
    from desktop.shell.settings import SECOND_BACKUP_FOLDER
    from models.core.clock import SystemClock
    from models.storage.backup_service import backup_folders
    from models.storage.backups import export_backup, make_backup, rotate
    from models.storage.paths import database_path

    database = database_path(args.database)
    folders = backup_folders(SECOND_BACKUP_FOLDER.get())
    now = SystemClock().now()
    if args.output:
        path = export_backup(database, Path(args.output).expanduser(), now, folders)
    else:
        from desktop.cli.writer_lock import writer_lock

        with writer_lock(database):  # the rotation removes backups: one writer at a time
            path = make_backup(database, folders[0], now, folders).path
            rotate(folders[0], now)
    print(path)  # only the path on stdout: scripts read it (the copy was checked)
    return 0
