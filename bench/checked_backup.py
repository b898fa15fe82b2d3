"""A checked backup (quick check of the source, copy, quick check of the copy, manifest)
against the bare copy through SQLite's backup API that the app made before, on the demo
database and on one with 50,000 people (about 20 MB).

Target: the daily backup at start stays well under a second for a 20 MB database, ratio to
the bare copy <= 4 (three passes over the file instead of one). Prints figures only.
Run: python bench/checked_backup.py [runs]
"""

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.storage.backups import make_backup
from models.workspace import Workspace

NOW = datetime(2026, 11, 23, 8, 0)


def _demo(path: Path) -> None:
    from datetime import date

    workspace = Workspace.open(path)
    workspace.demo.fill_demo_data(date(2026, 11, 22))
    workspace.close()


def _many_people(path: Path, count: int = 50_000) -> None:
    _demo(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany(
            "INSERT INTO people (uid, first_name, last_name, email, phone, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, '', '2026-01-01', '2026-01-01')",
            (
                (uuid.uuid4().hex, f"Voornaam{i}", f"Achternaam{i}", f"p{i}@example.org", "0470")
                for i in range(count)
            ),
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _bare_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    with closing(src), closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")


def _median(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for run in range(runs):
        start = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for name, fill in (("demo", _demo), ("50,000 people", _many_people)):
            source = base / f"{name.split()[0].replace(',', '')}.sqlite"
            fill(source)
            size = os.path.getsize(source) / 1e6
            bare = _median(lambda run, db=source: _bare_copy(db, base / f"bare{run}.sqlite"), runs)
            checked = _median(
                lambda run, db=source: make_backup(
                    db, base / "backups", NOW + timedelta(minutes=run)
                ),
                runs,
            )
            print(
                f"{name:>14} ({size:.1f} MB): bare copy {bare * 1000:.0f} ms, "
                f"checked backup {checked * 1000:.0f} ms, ratio {checked / bare:.2f}"
            )


if __name__ == "__main__":
    main()
