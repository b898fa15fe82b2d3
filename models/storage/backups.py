"""Backups of the database: consistent copies, rotation, and restoring one safely."""

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from models.core.errors import UserError
from models.storage.lifecycle import FileState, check_file, quick_check

STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^trajectwijzer-(\d{8}-\d{6})\.sqlite$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime


def _copy(source: Path, target: Path) -> None:
    """Copies through SQLite's online backup API into a temporary file, then renames it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup must stand on its own: one file, no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            f"De reservekopie naar '{target}' is mislukt ({error.__class__.__name__}: {error}). "
            "Kijk of er genoeg vrije ruimte is en of je in die map mag schrijven."
        ) from error


def _raw_copy(source: Path, target: Path) -> None:
    """A damaged file is kept byte for byte (with its write-ahead log): SQLite may not read it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        for suffix in ("", "-wal"):
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    except OSError as error:
        raise UserError(
            f"De huidige database kon niet opzij gezet worden in '{target.parent}' "
            f"({error.__class__.__name__}). Er is niets veranderd."
        ) from error


def make_backup(database: Path, folder: Path, now: datetime | None = None) -> Backup:
    """A consistent copy of the database in the folder, named by its time."""
    now = now or datetime.now()
    if check_file(database).state is not FileState.OURS:
        raise UserError(f"'{database}' is geen Trajectwijzer-database; er is niets te bewaren.")
    target = folder / f"trajectwijzer-{now.strftime(STAMP_FORMAT)}.sqlite"
    _copy(database, target)
    return Backup(target, now)


def export_backup(database: Path, target: Path) -> Path:
    """A copy to a file the coach chose (a USB stick), never overwriting another file."""
    if target.exists():
        raise UserError(f"'{target}' bestaat al. Kies een andere bestandsnaam.")
    if check_file(database).state is not FileState.OURS:
        raise UserError(f"'{database}' is geen Trajectwijzer-database; er is niets te bewaren.")
    _copy(database, target)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """The rotated backups in a folder, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = BACKUP_NAME.match(path.name)
            if match:
                found.append(Backup(path, datetime.strptime(match.group(1), STAMP_FORMAT)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 weeks and 6 months."""
    keep: set[Path] = set()
    for key, count in (
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first, so the first of each period is its newest
            period = key(backup)
            if period not in seen:
                seen.append(period)
                if len(seen) <= count:
                    keep.add(backup.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Removes backups no rotation slot keeps; returns what was removed."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(database: Path, folder: Path, now: datetime | None = None) -> Backup | None:
    """The daily backup: made when the newest one is older than a day, then rotated."""
    now = now or datetime.now()
    if check_file(database).state is not FileState.OURS:
        return None
    newest = next(iter(list_backups(folder)), None)
    if newest is not None and now - newest.taken_at < timedelta(days=1):
        return None
    backup = make_backup(database, folder, now)
    rotate(folder)
    return backup


@dataclass(frozen=True)
class BackupOutcome:
    """What the automatic backup did in one folder."""

    folder: Path
    backup: Backup | None  # None: the newest one there is less than a day old, or a problem
    problem: str = ""  # Dutch, for the status bar: why this folder got no backup


def automatic_backups(
    database: Path, folders: list[Path], now: datetime | None = None
) -> list[BackupOutcome]:
    """The daily backup in the data folder and in the chosen second folder (a USB stick).

    A second folder that is not there (the stick is not plugged in) is skipped, not created:
    a copy on the laptop's own disk under the stick's path would only give false comfort.
    """
    now = now or datetime.now()
    outcomes = []
    for index, folder in enumerate(folders):
        if index > 0 and not folder.parent.is_dir():
            problem = f"De map '{folder}' is niet bereikbaar (zit de USB-stick erin?)."
            outcomes.append(BackupOutcome(folder, None, problem))
            continue
        try:
            outcomes.append(BackupOutcome(folder, backup_if_due(database, folder, now)))
        except UserError as error:
            outcomes.append(BackupOutcome(folder, None, error.message))
    return outcomes


def latest_backup(folder: Path) -> Backup | None:
    return next(iter(list_backups(folder)), None)


def _refuse_source(source: Path) -> None:
    if not source.is_file():
        raise UserError(f"'{source}' bestaat niet. Er is niets veranderd. Kies een ander bestand.")
    check = check_file(source)
    if check.state is FileState.NEWER:
        raise UserError(
            f"'{source}' is gemaakt met een nieuwere versie van Trajectwijzer. Er is niets "
            "veranderd. Installeer eerst de nieuwste versie."
        )
    if check.state is not FileState.OURS:
        raise UserError(
            f"'{source}' is geen bruikbare reservekopie van Trajectwijzer (het is "
            f"{'beschadigd' if check.state is FileState.DAMAGED else 'een ander soort bestand'}"
            "). Er is niets veranderd. Kies een ander bestand."
        )
    if not quick_check(source):
        raise UserError(f"'{source}' is beschadigd. Er is niets veranderd. Kies een ander bestand.")


def restore(database: Path, source: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """Replaces the database by a backup; the current one is kept aside first. Returns that.

    None when there was no database yet. A foreign file in its place is never replaced.
    """
    _refuse_source(source)
    if source.resolve() == database.resolve():
        raise UserError("Dit is de database zelf, geen reservekopie. Kies een ander bestand.")
    now = now or datetime.now()
    aside: Path | None = None
    current = check_file(database).state
    if current is FileState.OURS:
        aside = folder / f"trajectwijzer-voor-terugzetten-{now.strftime(STAMP_FORMAT)}.sqlite"
        if quick_check(database):
            _copy(database, aside)
        else:
            _raw_copy(database, aside)
    elif current is not FileState.NEW:
        raise UserError(
            f"Op de plaats van de database staat een ander bestand ('{database}'). Er is niets "
            "veranderd. Verplaats dat bestand eerst, of kies met --database een andere plaats."
        )
    staged = database.with_name(database.name + ".restoring")
    _copy(source, staged)
    # The old write-ahead log belongs to the old file: it must not be replayed onto the new one.
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    return aside
