"""Backups of the database: checked before and after copying, rotated, the sound ones kept.

A source that fails SQLite's check is never copied as a backup and never triggers rotation:
on the day the file is damaged, yesterday's sound backup is the one the coach needs, and it
must still be there after weeks of starts with the damaged file. Rotation keeps the newest
backup of each of the last 7 days, 4 weeks and 6 months, choosing sound ones over unsound
ones, and never removes the newest sound backup.
"""

import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from models.core.errors import UserError
from models.storage.backup_manifest import (
    Manifest,
    examine,
    read_manifest,
    remove_manifest,
    write_manifest,
)
from models.storage.copying import copy_database
from models.storage.faults import Fault, StorageFault, fault_of
from models.storage.file_check import FileState, check_file, quick_check

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = r"(\d{8}-\d{6})"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
KEEP_ASIDE, KEEP_ASIDE_DAYS = 3, 90  # copies kept aside before a restore or an update


class BackupKind(StrEnum):
    ROTATED = "rotated"  # at start, daily, or "back up now"
    BEFORE_RESTORE = "before_restore"  # the database as it was before a restore
    BEFORE_UPDATE = "before_update"  # the database as it was before a schema update


_NAMES = (
    (BackupKind.ROTATED, re.compile(rf"^trajectwijzer-{_STAMP}\.sqlite$")),
    (BackupKind.BEFORE_RESTORE, re.compile(rf"^trajectwijzer-voor-terugzetten-{_STAMP}\.sqlite$")),
    (BackupKind.BEFORE_UPDATE, re.compile(rf"^.+-voor-update-v\d+-{_STAMP}\.[\w]+$")),
)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    kind: BackupKind = BackupKind.ROTATED
    sound: bool | None = None  # None: never checked (made by an older version)
    trajectories: int | None = None
    people: int | None = None
    size: int = 0


class SourceDamaged(UserError):
    """The database fails SQLite's check: no backup was made, none was removed."""


def _stamp(now: datetime) -> str:
    return now.strftime(STAMP_FORMAT)


def _backup(path: Path, kind: BackupKind, taken_at: datetime) -> Backup:
    manifest = read_manifest(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if manifest is None:
        return Backup(path, taken_at, kind, None, None, None, size)
    return Backup(
        path, taken_at, kind, manifest.sound, manifest.trajectories, manifest.people, size
    )


def managed_backups(folder: Path) -> list[Backup]:
    """Every backup the app made in a folder (rotated ones and the copies kept aside before
    a restore or an update), newest first."""
    found = []
    try:
        names = [path for path in folder.iterdir()] if folder.is_dir() else []
    except OSError:
        names = []
    for path in names:
        for kind, pattern in _NAMES:
            match = pattern.match(path.name)
            if match:
                taken = datetime.strptime(match.group(1), STAMP_FORMAT)
                found.append(_backup(path, kind, taken))
                break
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def list_backups(folder: Path) -> list[Backup]:
    """The rotated backups in a folder, newest first."""
    return [b for b in managed_backups(folder) if b.kind is BackupKind.ROTATED]


def check_backup(backup: Backup, now: datetime) -> Backup:
    """The backup with its soundness known: from its manifest, or checked now (and noted)."""
    if backup.sound is not None:
        return backup
    try:
        manifest = examine(backup.path, now.isoformat(timespec="seconds"))
    except (OSError, StorageFault):
        return backup  # cannot be read now (a stick pulled out): stays "not checked"
    write_manifest(backup.path, manifest)
    return _backup(backup.path, backup.kind, backup.taken_at)


def newest_sound_backup(folders: Iterable[Path], now: datetime) -> Backup | None:
    """The newest backup in these folders that passes SQLite's check right now."""
    candidates = sorted(
        (b for folder in folders for b in managed_backups(folder)),
        key=lambda b: b.taken_at,
        reverse=True,
    )
    for backup in candidates:
        if check_backup(backup, now).sound is False:
            continue
        try:
            if quick_check(backup.path):  # a manifest can be old: the medium may have rotted
                return backup
        except StorageFault:
            continue
    return None


def require_sound(database: Path, folders: Sequence[Path], now: datetime) -> None:
    """Raises SourceDamaged (naming the newest sound backup) when the database fails the check."""
    check = check_file(database)
    if check.state is FileState.NEW:
        raise StorageFault(Fault.NO_DATABASE, database)
    if check.state is FileState.OURS and quick_check(database):
        return
    if check.state not in (FileState.OURS, FileState.DAMAGED):
        raise UserError(
            "{path} is not a Trajectwijzer database; there is nothing to back up.",
            path=str(database),
        )
    best = newest_sound_backup(folders, now)
    if best is None:
        raise SourceDamaged(
            "The database {path} is damaged: no backup was made, and the backups already "
            "there were left as they are. There is no sound backup in {folders}. Keep the "
            "damaged file as it is and ask for help to rescue what is in it.",
            path=str(database),
            folders=", ".join(str(f) for f in folders),
        )
    raise SourceDamaged(
        "The database {path} is damaged: no backup was made, and the backups already there "
        "were left as they are. The newest sound backup is {backup} (made {made}). Put it "
        'back with: trajectwijzer restore "{backup}" (or in Settings, Backups).',
        path=str(database),
        backup=str(best.path),
        made=best.taken_at.strftime("%d/%m/%Y %H:%M"),
    )


def _write(database: Path, target: Path, kind: BackupKind, now: datetime) -> Backup:
    copy_database(database, target)
    write_manifest(target, examine(target, now.isoformat(timespec="seconds")))
    return _backup(target, kind, now)


def make_backup(
    database: Path, folder: Path, now: datetime, look_in: Sequence[Path] = ()
) -> Backup:
    """A checked copy of a sound database in the folder, named by its time.

    `look_in`: the folders where a sound backup is named when the database is damaged.
    """
    require_sound(database, look_in or [folder], now)
    return _write(database, folder / f"trajectwijzer-{_stamp(now)}.sqlite", BackupKind.ROTATED, now)


def backup_before_update(database: Path, folder: Path, version: int, now: datetime) -> Path:
    """The copy kept before a schema update (the database was checked sound just before)."""
    name = f"{database.stem}-voor-update-v{version}-{_stamp(now)}{database.suffix or '.sqlite'}"
    return _write(database, folder / name, BackupKind.BEFORE_UPDATE, now).path


def keep_aside(database: Path, folder: Path, now: datetime) -> Backup:
    """The database as it is, kept before a restore replaces it. A sound one is copied and
    checked like any backup; a damaged one is kept byte for byte (with its log), since SQLite
    may not read it: marked unsound, it is never offered as "the newest sound backup"."""
    target = folder / f"trajectwijzer-voor-terugzetten-{_stamp(now)}.sqlite"
    if quick_check(database):
        return _write(database, target, BackupKind.BEFORE_RESTORE, now)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            source = database.with_name(database.name + suffix)
            if source.exists():
                shutil.copyfile(source, target.with_name(target.name + suffix))
    except OSError as error:
        raise fault_of(error, target) or StorageFault(Fault.IO_ERROR, target) from error
    stat = target.stat()
    stamp = now.isoformat(timespec="seconds")
    write_manifest(target, Manifest(False, stamp, None, None, 0, stat.st_size, stat.st_mtime_ns))
    return _backup(target, BackupKind.BEFORE_RESTORE, now)


def export_backup(database: Path, target: Path, now: datetime, look_in: Sequence[Path]) -> Path:
    """A checked copy to a file the coach chose (a USB stick), never overwriting another file."""
    if target.exists():
        raise UserError("{path} already exists. Choose another file name.", path=str(target))
    if not target.parent.is_dir():
        raise StorageFault(Fault.FOLDER_MISSING, target)
    require_sound(database, look_in, now)
    return copy_database(database, target)


def _period_keys() -> list[tuple[Callable[[Backup], object], int]]:
    return [
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ]


def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """For each of the last 7 days, 4 weeks and 6 months that has backups: its newest sound one
    (its newest one when none is sound). The newest sound backup is always kept, and so is
    every backup not yet checked: nothing is removed on a guess."""
    keep = {b.path for b in backups if b.sound is None}
    newest_sound = next((b for b in backups if b.sound), None)
    if newest_sound is not None:
        keep.add(newest_sound.path)
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    for key, count in _period_keys():
        chosen: dict[object, Backup] = {}
        for backup in ordered:  # newest first: the first of each period is its newest
            period = key(backup)
            held = chosen.get(period)
            if held is None:
                if len(chosen) < count:
                    chosen[period] = backup
            elif backup.sound and not held.sound:
                chosen[period] = backup  # a sound one over an unsound one
        keep.update(b.path for b in chosen.values())
    return keep


def aside_to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Of the copies kept aside before a restore or an update: every one of the last
    `KEEP_ASIDE_DAYS` days and the newest `KEEP_ASIDE` of each kind, however old."""
    keep: set[Path] = set()
    for kind in (BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_UPDATE):
        of_kind = sorted(
            (b for b in backups if b.kind is kind), key=lambda b: b.taken_at, reverse=True
        )
        keep.update(b.path for b in of_kind[:KEEP_ASIDE])
        keep.update(b.path for b in of_kind if now - b.taken_at <= timedelta(KEEP_ASIDE_DAYS))
    return keep


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Removes the rotated backups no slot keeps (with their manifests), and the copies kept
    aside before a restore or an update once old and outnumbered; returns those removed.

    Backups not yet checked are checked first, so that the choice is between known states.
    """
    everything = managed_backups(folder)
    backups = [check_backup(b, now) for b in everything if b.kind is BackupKind.ROTATED]
    aside = [b for b in everything if b.kind is not BackupKind.ROTATED]
    keep = backups_to_keep(backups) | aside_to_keep(aside, now)
    removed = []
    for backup in backups + aside:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink(missing_ok=True)
        except OSError:
            continue
        remove_manifest(backup.path)
        removed.append(backup.path)
    return removed


def backup_if_due(
    database: Path, folder: Path, now: datetime, look_in: Sequence[Path] = ()
) -> Backup | None:
    """The daily backup: made when the newest sound one is older than a day, then rotated."""
    if not _due(folder, now):
        return None
    require_sound(database, look_in or [folder], now)
    return _write_and_rotate(database, folder, now)


def _due(folder: Path, now: datetime) -> bool:
    newest = next((b for b in list_backups(folder) if b.sound is not False), None)
    return newest is None or now - newest.taken_at >= timedelta(days=1)


def _write_and_rotate(database: Path, folder: Path, now: datetime) -> Backup:
    backup = _write(
        database, folder / f"trajectwijzer-{_stamp(now)}.sqlite", BackupKind.ROTATED, now
    )
    rotate(folder, now)
    return backup


@dataclass(frozen=True)
class BackupOutcome:
    """What a backup did in one folder."""

    folder: Path
    backup: Backup | None  # None: the newest one there is less than a day old, or a problem
    problem: UserError | None = None  # why this folder got no backup


def automatic_backups(
    database: Path, folders: list[Path], now: datetime, *, due_only: bool = True
) -> list[BackupOutcome]:
    """The backup in the data folder and in the chosen second folder (a USB stick).

    The database is checked once, first: a damaged one gets no backup anywhere (and no
    rotation), each folder reporting why. A second folder that is not there (the stick is not
    plugged in) is skipped, not created: a copy on the laptop's own disk under the stick's
    path would only give false comfort.
    """
    try:
        require_sound(database, folders, now)
    except UserError as damaged:
        return [BackupOutcome(folder, None, damaged) for folder in folders]
    outcomes = []
    for index, folder in enumerate(folders):
        if index > 0 and not folder.parent.is_dir():
            outcomes.append(BackupOutcome(folder, None, StorageFault(Fault.FOLDER_MISSING, folder)))
            continue
        try:
            made = (
                _write_and_rotate(database, folder, now)
                if not due_only or _due(folder, now)
                else None
            )
            outcomes.append(BackupOutcome(folder, made))
        except UserError as error:
            outcomes.append(BackupOutcome(folder, None, error))
    return outcomes


def latest_backup(folder: Path) -> Backup | None:
    return next(iter(list_backups(folder)), None)
