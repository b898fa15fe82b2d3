"""An office of 25 coaches over 10 years, in one database (a file or a server's URL).

About 1,000 trajectories (the four demo trajectories, each copied 250 times under new uids,
so every tab has realistic phases, sessions, forms and projects), 100,000 people, 20,000
sessions, 200,000 actions (one trajectory with 5,000: the largest action plan) and 50,000
evaluation responses with their answers. Rows go in through the import's fast path
(`models/storage/bulk_insert.py`). Run: python bench/office_data.py DATABASE
"""

import random
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COPIES = 250  # of each of the four demo trajectories
PEOPLE = 100_000
SESSIONS = 20_000
ACTIONS = 200_000
LARGEST = 5_000  # actions of the largest trajectory
RESPONSES = 50_000
DAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
FIRST = ("Anneleen", "Dirk", "Els", "Jan", "Véronique", "Tom", "Lien", "Pieter", "Marie", "Bart")
LAST = ("Van den Broeck", "D'hondt", "De Smet", "Peeters", "Maes", "Claes", "Wouters")
PLACES = ("Kortrijk", "Herent", "Izegem", "Herselt", "Hulshout", "Westerlo", "Gent")
SHARED = ("people", "organisations", "roles", "consents")


def _insert(session: Any, name: str, rows: list[dict[str, Any]]) -> None:
    from models.storage.bulk_insert import insert_rows
    from models.storage.handover import table

    if not rows:
        return
    source = table(name)
    defaults = {
        c.name: c.default.arg if c.default.is_scalar else c.default.arg(None)
        for c in source.columns
        if c.default is not None and c.name not in rows[0]
    }
    if defaults:  # columns added since this script was written keep their defaults
        rows = [{**defaults, **row} for row in rows]
    columns = tuple(c.name for c in source.columns if c.name in rows[0])
    for start in range(0, len(rows), 20_000):
        chunk = rows[start : start + 20_000]
        insert_rows(session, source, columns, [tuple(r[c] for c in columns) for r in chunk])


def running(number: int) -> bool:
    """Of ten years, this year's trajectories still run (about a tenth)."""
    return number % 10 == 9


def _copy(rows: dict[str, list[dict[str, Any]]], number: int) -> dict[str, list[dict[str, Any]]]:
    """The trajectory's own rows under new uids (people and organisations stay shared)."""
    from models.core.enums import ActionStatus, TrajectoryStatus
    from models.storage.handover import table

    mapping: dict[uuid.UUID, uuid.UUID] = {}
    for name, table_rows in rows.items():
        if name not in SHARED:
            mapping.update((r["uid"], uuid.uuid4()) for r in table_rows)
    copied: dict[str, list[dict[str, Any]]] = {}
    for name, table_rows in rows.items():
        if name in SHARED:
            continue
        keys = [c.name for c in table(name).columns if c.primary_key or c.foreign_keys]
        copied[name] = []
        for row in table_rows:
            new = dict(row)
            for key in keys:
                if new.get(key) in mapping:
                    new[key] = mapping[new[key]]
            if name == "trajectories":
                new["name"] = f"{row['name']} · coach {number % 25 + 1} · {2017 + number % 10}"
                if not running(number):  # earlier years' trajectories are done
                    new["status"] = TrajectoryStatus.COMPLETED
            if name == "actions" and not running(number):
                new["status"], new["done_on"] = ActionStatus.DONE, row["due_on"]
            if name == "quotes":
                new["sequence"] = 1000 + number
            if name == "registrations":
                new["import_batch_uid"] = None
            copied[name].append(new)
    return copied


def build(where: str) -> None:
    from models.core.clock import FixedClock
    from models.orm import Trajectory
    from models.storage.handover import collect
    from models.workspace import Workspace

    started = time.perf_counter()
    workspace = Workspace.open(where if "://" in where else Path(where), clock=FixedClock(DAY))
    workspace.demo.fill_demo_data(DAY)
    rng = random.Random(2026)
    with workspace.database.session_factory.begin() as session:
        templates = [
            collect(session, t.uid) for t in session.query(Trajectory).order_by(Trajectory.name)
        ]
        pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        trajectories: list[tuple[uuid.UUID, bool]] = []  # (uid, still running)
        for number in range(COPIES * len(templates) - len(templates)):
            copied = _copy(templates[number % len(templates)], number)
            trajectories.append((copied["trajectories"][0]["uid"], running(number)))
            for name, table_rows in copied.items():
                pending[name].extend(table_rows)
        from models.storage.handover import included_tables

        for source in included_tables():
            _insert(session, source.name, pending.pop(source.name, []))
        _people(session, rng)
        _sessions(session, rng, trajectories)
        _actions(session, rng, trajectories)
        _responses(session, rng)
    workspace.close()
    print(f"office database built in {time.perf_counter() - started:.0f} s: {where}")


def _stamp() -> dict[str, Any]:
    return {"created_at": NOW, "updated_at": NOW}


def _people(session: Any, rng: random.Random) -> None:
    rows = [
        {
            "uid": uuid.uuid4(),
            "first_name": FIRST[i % len(FIRST)],
            "last_name": f"{LAST[i // len(FIRST) % len(LAST)]} {i}",
            "email": f"persoon{i}@voorbeeld.be",
            "phone": f"+32 470 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
            "postcode": None,
            "municipality": PLACES[i % len(PLACES)],
            "organisation_text": "Fietsersbond" if i % 5 == 0 else None,
            "notes": "",
            "erased_at": None,
            **_stamp(),
        }
        for i in range(PEOPLE)
    ]
    _insert(session, "people", rows)


def _count(session: Any, table: str) -> int:
    from sqlalchemy import func, select

    from models.storage.handover import table as source

    return int(session.scalar(select(func.count()).select_from(source(table))) or 0)


def _sessions(session: Any, rng: random.Random, trajectories: list[tuple[uuid.UUID, bool]]) -> None:
    from models.core.enums import SessionKind, SessionStatus

    missing = SESSIONS - _count(session, "sessions")
    rows = []
    for i in range(max(0, missing)):
        when = datetime(2017, 1, 9, 19, 30) + timedelta(days=rng.randrange(3650))
        rows.append(
            {
                "uid": uuid.uuid4(),
                "trajectory_uid": trajectories[i % len(trajectories)][0],
                "phase_uid": None,
                "template_key": None,
                "kind": SessionKind.WORK_SESSION,
                "title": f"Werksessie {i}",
                "purpose": "",
                "starts_at": when,
                "duration_minutes": 120,
                "location_name": "Gemeentezaal",
                "address": "",
                "facilitators": "",
                "status": SessionStatus.HELD if when.date() < DAY else SessionStatus.PLANNED,
                "optional": False,
                "notes": "",
                **_stamp(),
            }
        )
    _insert(session, "sessions", rows)


def _actions(session: Any, rng: random.Random, trajectories: list[tuple[uuid.UUID, bool]]) -> None:
    from models.core.enums import ActionStatus

    missing = ACTIONS - _count(session, "actions")
    owners = [r for (r,) in session.execute(_uids("people", 2000))]
    statuses = list(ActionStatus)
    largest = next(uid for uid, still_running in trajectories if still_running)
    rows = []
    for i in range(max(0, missing)):
        trajectory, still_running = (
            (largest, True) if i < LARGEST else trajectories[i % len(trajectories)]
        )
        due = DAY + timedelta(days=rng.randrange(-400 if still_running else -3650, 200))
        status = statuses[i % len(statuses)] if still_running else ActionStatus.DONE
        rows.append(
            {
                "uid": uuid.uuid4(),
                "trajectory_uid": trajectory,
                "project_uid": None,
                "phase_uid": None,
                "origin_session_uid": None,
                "title": f"Actie {i}: affiches ophangen in de kern",
                "description": "",
                "owner_person_uid": owners[i % len(owners)],
                "owner_text": "",
                "due_on": due,
                "status": status,
                "done_on": due if status is ActionStatus.DONE else None,
                "position": i,
                **_stamp(),
            }
        )
    _insert(session, "actions", rows)


def _uids(table: str, limit: int) -> Any:
    from sqlalchemy import select

    from models.storage.handover import table as source

    return select(source(table).c.uid).limit(limit)


def _responses(session: Any, rng: random.Random) -> None:
    from sqlalchemy import select

    from models.core.enums import ResponseChannel
    from models.storage.handover import table

    forms = table("evaluation_forms")
    questions = table("evaluation_questions")
    by_form: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for form, question, text in session.execute(
        select(questions.c.form_uid, questions.c.uid, questions.c.text)
    ):
        by_form[form].append((question, text))
    form_uids = [u for (u,) in session.execute(select(forms.c.uid)) if by_form.get(u)]
    missing = RESPONSES - _count(session, "evaluation_responses")
    responses, answers = [], []
    for i in range(max(0, missing)):
        form = form_uids[i % len(form_uids)]
        response = uuid.uuid4()
        responses.append(
            {
                "uid": response,
                "form_uid": form,
                "session_uid": None,
                "person_uid": None,
                "channel": ResponseChannel.PAPER,
                "submitted_at": NOW,
                **_stamp(),
            }
        )
        for question, text in by_form[form]:
            answers.append(
                {
                    "uid": uuid.uuid4(),
                    "response_uid": response,
                    "question_uid": question,
                    "question_text": text,
                    "value": rng.randint(1, 5),
                    **_stamp(),
                }
            )
    _insert(session, "evaluation_responses", responses)
    _insert(session, "evaluation_answers", answers)


if __name__ == "__main__":
    build(sys.argv[1])
