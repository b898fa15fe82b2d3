"""An office's database on both engines: every screen's data against the issue's targets.

Targets: the overview and every trajectory tab ≤ 100 ms, search-as-you-type over 100,000
people ≤ 50 ms a keystroke, the action plan of the largest trajectory ≤ 1 s, the 10,000-row
import on PostgreSQL ≤ 2× its SQLite time. Each figure is printed with its SQLite and its
PostgreSQL value side by side (median of 5 runs after one warm-up).

Run: python bench/team_scale.py SERVER_URL [--keep FOLDER]
SERVER_URL names a PostgreSQL database this script may fill (an empty one; tools/
test_postgres.sh start DIR gives a throw-away server). The SQLite file is made beside it in
a temporary folder. Building both office databases takes a few minutes.
"""

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DAY = date(2026, 11, 22)
QUERIES = ("v", "va", "van", "van ", "van d", "van de", "van den", "van den b", "0470", "kortrijk")


def timed(call: Callable[[], Any], runs: int = 5) -> float:
    start = time.perf_counter()
    call()
    if time.perf_counter() - start > 2:  # far over any target: once is enough to say so
        return time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figures(where: str | Path, folder: Path) -> dict[str, float]:
    from models.core.clock import FixedClock
    from models.orm import Action
    from models.people.search import PeopleSearch
    from models.workspace import Workspace

    workspace = Workspace.open(where, clock=FixedClock(DAY), create=False)
    found: dict[str, float] = {}
    with workspace.database.session_factory() as session:
        from sqlalchemy import func, select

        largest = str(
            session.execute(
                select(Action.trajectory_uid)
                .group_by(Action.trajectory_uid)
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        )
    typical = workspace.trajectories.trajectories()[500].uid
    print(f"measuring {workspace.where}", file=sys.stderr, flush=True)
    found["overview (agenda over all trajectories)"] = timed(workspace.overview.agenda)
    found["trajectory list"] = timed(workspace.trajectories.trajectories)
    for label, uid in (("largest", largest), ("typical", typical)):
        tabs: dict[str, Callable[[], Any]] = {
            "header": lambda u=uid: workspace.trajectories.trajectory(u),
            "contacts": lambda u=uid: workspace.trajectories.contacts(u),
            "intake": lambda u=uid: workspace.intake.intake_state(u),
            "quote": lambda u=uid: workspace.quotes.quotes(u),
            "planning": lambda u=uid: (
                workspace.planning.plan(u),
                workspace.planning.task_board(u),
            ),
            "sessions": lambda u=uid: workspace.sessions.trajectory_sessions(u),
            "participants": lambda u=uid: workspace.projects.projects_overview(u),
            "partners": lambda u=uid: workspace.partners.partners_overview(u),
            "actions": lambda u=uid: workspace.actions.action_plan(u),
            "evaluation": lambda u=uid: workspace.evaluation.evaluation_overview(u),
        }
        for tab, call in tabs.items():
            found[f"tab {tab} ({label} trajectory)"] = timed(call)
            print(
                f"  {tab} ({label}): {found[f'tab {tab} ({label} trajectory)']:.3f} s",
                file=sys.stderr,
                flush=True,
            )
    found["people list loaded (100,000, once per page)"] = timed(workspace.people.people_list, 3)
    rows = workspace.people.people_list()
    index = PeopleSearch(rows)
    keystrokes = []
    for _ in range(3):
        for query in QUERIES:
            start = time.perf_counter()
            index.filter(query)
            keystrokes.append(time.perf_counter() - start)
    found["search a keystroke, median"] = statistics.median(keystrokes)
    found["search a keystroke, worst"] = max(keystrokes)

    def pdf() -> None:
        from exports.documents import DocumentKind, write_document

        write_document(workspace, DocumentKind.ACTION_PLAN, largest, folder / "plan.pdf")
        (folder / "plan.pdf").unlink()

    found["action plan of the largest trajectory (data)"] = timed(
        lambda: workspace.actions.action_plan(largest), 3
    )
    found["action plan of the largest trajectory (PDF)"] = timed(pdf, 1)
    workspace.close()
    return found


def import_seconds(where: str | Path, sheet: Path) -> float:
    from models.people.service import PeopleService
    from models.storage.lifecycle import open_database

    database = open_database(where)
    people = PeopleService(database)
    start = time.perf_counter()
    preview = people.preview_people_import(people.read_people_file(sheet))
    people.commit_people_import(preview)
    seconds = time.perf_counter() - start
    database.close()
    return seconds


def _server_database(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _fresh_server_database(admin_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


TARGETS = {"search": 0.050, "action plan": 1.0}


def target(label: str) -> float:
    for key, seconds in TARGETS.items():
        if label.startswith(key):
            return seconds
    return 0.100


def main() -> None:
    from import_people import make_file  # bench/import_people.py
    from office_data import build  # bench/office_data.py

    server_url = sys.argv[1]
    # --keep FOLDER: the office databases stay (the file in FOLDER, the server's database
    # trajectwijzer_office) and a next run with --keep measures them without building again.
    keep = Path(sys.argv[sys.argv.index("--keep") + 1]) if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        file_db = (keep or folder) / "office.sqlite"
        built = keep is not None and file_db.exists()
        if built:
            server_db = _server_database(server_url, "trajectwijzer_office")
        else:
            server_db = _fresh_server_database(server_url, "trajectwijzer_office")
            for where in (file_db, server_db):
                build(str(where))
        sqlite, server = figures(file_db, folder), figures(server_db, folder)
        sheet = folder / "lijst.xlsx"
        make_file(sheet, 10_000)
        imports = {"sqlite": [], "postgresql": []}
        for run in range(3):
            imports["sqlite"].append(import_seconds(folder / f"import{run}.sqlite", sheet))
            url = _fresh_server_database(server_url, f"trajectwijzer_import{run}")
            imports["postgresql"].append(import_seconds(url, sheet))
    print(f"{'figure':58} {'target':>8} {'SQLite':>9} {'PostgreSQL':>11}")
    for label in sqlite:
        limit = target(label)
        marks = ["" if v <= limit else " !" for v in (sqlite[label], server[label])]
        print(
            f"{label:58} {limit * 1000:6.0f} ms {sqlite[label] * 1000:6.1f} ms{marks[0]:2}"
            f" {server[label] * 1000:7.1f} ms{marks[1]}"
        )
    lite, pg = (statistics.median(v) for v in imports.values())
    print(
        f"{'import of 10,000 rows (read, check, commit)':58} {'≤ 2×':>8} {lite:7.2f} s  "
        f"{pg:8.2f} s   ratio {pg / lite:.2f}x"
    )
    print("! marks a figure over its target")


if __name__ == "__main__":
    main()
