"""Importing a 10,000-row xlsx: the app's import service against the minimal pipeline.

Targets: (a) import service into a committed database ≤ 1.0 s and ≤ 3× (b), the reading
child process included; (b) python-calamine read + phonenumbers + one sqlite3 executemany
(~0.33 s on the 2-core CI); (c) the whole `trajectwijzer import-people` command ≤ 2 s from
process start. Also printed: what the reading child costs on its own (start to answer, its
own reading, the bytes it sends, the app's check of them).
Prints figures only. Run: python bench/import_people.py [rows]
"""

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ("Anneleen", "Dirk", "Els", "Jan", "Véronique", "Tom", "Lien", "Pieter", "Marie", "Bart")
LAST = ("Van den Broeck", "D'hondt", "de Smet", "Peeters", "Maes", "Claes", "Wouters", "Goossens")
POSTCODES = (8500.0, 8530.0, 3020.0, 2000.0, 9000.0, 1050.0, 8870.0, 2260.0)


def _letters(number: int) -> str:
    """A unique family-name suffix without digits (digits in a name make it a problem row)."""
    text = ""
    while True:
        number, rest = divmod(number, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[rest] + text
        if number == 0:
            return text.capitalize()


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Inschrijvingen")
    sheet.append(["Inschrijvingen infoavond"])
    sheet.append([])
    sheet.append(["Voornaam", "Naam", "E-mailadres", "GSM", "Postcode", "Vereniging"])
    for i in range(rows):
        first, last = FIRST[i % len(FIRST)], LAST[i // len(FIRST) % len(LAST)]
        sheet.append(
            [
                first,
                f"{last}-{_letters(i)}",
                f"persoon{i}@voorbeeld.be",
                470000000 + i * 7,  # a number: the leading zero is lost
                POSTCODES[i % len(POSTCODES)],
                "Fietsersbond" if i % 3 == 0 else None,
            ]
        )
    workbook.save(path)


def minimal_pipeline(path: Path, db: Path) -> float:
    start = time.perf_counter()
    import phonenumbers
    import python_calamine

    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    out = []
    for row in rows[3:]:
        number = phonenumbers.parse(str(int(row[3])), "BE")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        out.append((row[0], row[1], row[2], e164, str(int(row[4]))))
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE IF NOT EXISTS p (f, l, e, t, pc)")
    connection.executemany("INSERT INTO p VALUES (?, ?, ?, ?, ?)", out)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def service_import(path: Path, db: Path) -> tuple[float, int, tuple[float, float, float], Any]:
    from models.people.service import PeopleService
    from models.storage.lifecycle import open_database

    database = open_database(db)  # opened and migrated before the clock starts
    people = PeopleService(database)
    start = time.perf_counter()
    draft = people.read_people_file(path)
    read = time.perf_counter()
    preview = people.preview_people_import(draft)
    checked = time.perf_counter()
    result = people.commit_people_import(preview)
    end = time.perf_counter()
    database.close()
    stages = (read - start, checked - read, end - checked)
    return end - start, result.created, stages, draft.file.read_cost


def command(path: Path, db: Path) -> float:
    # As a coach runs it: Python keeps the compiled bytecode of the app between runs (the
    # bundle ships it compiled), so a development shell's "don't write bytecode" is lifted.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli.command_line",
            "--database",
            str(db),
            "import-people",
            str(path),
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = 3
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "lijst.xlsx"
        make_file(path, rows)
        minimal, service, whole = [], [], []
        parts: list[tuple[float, float, float]] = []
        costs: list[Any] = []
        from models.workspace import Workspace

        Workspace.open(base / "warm.sqlite").close()
        command(path, base / "warm.sqlite")  # not timed: bytecode written, files in the cache
        for run in range(runs):
            minimal.append(minimal_pipeline(path, base / f"min{run}.sqlite"))
            seconds, created, stages, cost = service_import(path, base / f"app{run}.sqlite")
            service.append(seconds)
            parts.append(stages)
            costs.append(cost)
            Workspace.open(base / f"cli{run}.sqlite").close()
            whole.append(command(path, base / f"cli{run}.sqlite"))
        b, a, c = (statistics.median(x) for x in (minimal, service, whole))
        print(f"rows: {rows}, people created by the service: {created}")
        print(f"(b) minimal pipeline (calamine + phonenumbers + executemany): {b:.3f} s")
        print(f"(a) import service (read, check, match, commit):            {a:.3f} s")
        print(f"    ratio (a)/(b): {a / b:.2f}x  (target ≤ 3x and ≤ 1.0 s)")
        read, check, commit = (statistics.median(stage) for stage in zip(*parts, strict=True))
        print(f"    read {read:.3f} s, clean and match {check:.3f} s, commit {commit:.3f} s")
        print("    every run (s): " + ", ".join(f"{x:.3f}" for x in service))
        wall = statistics.median(c.wall_seconds for c in costs)
        own = statistics.median(c.read_seconds for c in costs)
        check = statistics.median(c.check_seconds for c in costs)
        print(
            f"    reading child: {wall:.3f} s from start to answer, of which {own:.3f} s its own "
            f"judging and reading ({wall - own:.3f} s starting and sending); "
            f"{costs[0].payload_bytes / 1e6:.1f} MB sent; the app's check {check:.3f} s"
        )
        print(f"(c) import-people command from process start:               {c:.3f} s")
        print("    (target ≤ 2 s)")


if __name__ == "__main__":
    main()
