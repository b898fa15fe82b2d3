"""What a backup holds and whether it was checked sound: a small JSON file beside it.

`trajectwijzer-20261122-080000.sqlite.json` says when the copy was checked, that SQLite found
it sound, and how many trajectories and people (not erased) it holds, for the restore list.
The size and modification time of the copy are kept too: a copy changed since (rewritten,
or mangled by its medium) no longer matches and counts as not checked until checked again.
"""

import contextlib
import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.storage.file_check import quick_check, read

SUFFIX = ".json"


@dataclass(frozen=True)
class Manifest:
    sound: bool
    checked_at: str  # ISO, local time
    trajectories: int | None
    people: int | None
    schema_version: int
    size: int
    mtime_ns: int


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def _counts(path: Path) -> tuple[int | None, int | None, int]:
    """(trajectories, people not erased, schema version) of a sound copy."""
    try:
        version = int(read(path, "PRAGMA user_version")[0][0])
        trajectories = int(read(path, "SELECT count(*) FROM trajectories")[0][0])
        people = int(read(path, "SELECT count(*) FROM people WHERE erased_at IS NULL")[0][0])
    except (sqlite3.Error, IndexError, ValueError):
        return None, None, 0
    return trajectories, people, version


def examine(backup: Path, checked_at: str) -> Manifest:
    """Checks the copy now (SQLite's quick check) and counts what it holds."""
    sound = quick_check(backup)
    trajectories, people, version = _counts(backup) if sound else (None, None, 0)
    stat = backup.stat()
    return Manifest(
        sound, checked_at, trajectories, people, version, stat.st_size, stat.st_mtime_ns
    )


def write_manifest(backup: Path, manifest: Manifest) -> None:
    """Written beside the copy under a temporary name, then renamed; a failure is harmless
    (the copy then counts as not checked, and is checked again when it matters)."""
    target = manifest_path(backup)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(json.dumps(asdict(manifest)), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest, if there is one and it still describes the file as it is now."""
    try:
        raw: Any = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        manifest = Manifest(**raw)
        stat = backup.stat()
    except (OSError, ValueError, TypeError):
        return None
    if (manifest.size, manifest.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
        return None
    return manifest


def remove_manifest(backup: Path) -> None:
    with contextlib.suppress(OSError):
        manifest_path(backup).unlink(missing_ok=True)
