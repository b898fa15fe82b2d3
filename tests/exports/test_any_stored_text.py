"""Whatever text the database holds, every PDF and Excel file is still written.

The text is written straight into the database file (past the cleaning of the session hook),
as a database from an older version may hold it: control characters, bidi overrides,
markup, non-characters, very long text.
"""

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import Enum, String

from exports.documents import DocumentKind, write_document
from exports.evaluation.responses_xlsx import write_raw_responses
from exports.people.people_xlsx import write_attendees, write_people
from models.orm import Base
from models.workspace import Workspace
from tests.demo import DEMO_DAY, trajectory_uid

pytestmark = pytest.mark.slow

# Columns that hold codes the app looks things up by, not text that people typed.
CODES = {"nis_code", "province", "section", "field", "stage"}
# Any text SQLite can hold through Python: everything but lone surrogates.
STORED_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    workspace = Workspace.open(path)
    workspace.demo.fill_demo_data(DEMO_DAY)
    workspace.close()
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out")


def _text_columns() -> Iterator[tuple[str, str]]:
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if (
                isinstance(column.type, String)
                and not isinstance(column.type, Enum)
                and not column.name.endswith("key")
                and column.name not in CODES
            ):
                yield table.name, column.name


def _workspace_holding(pristine: Path, folder: Path, text: str) -> tuple[Workspace, str]:
    """A copy of the demo where every text column ends with `text`, written past the ORM,
    and its Klimaatdoeners trajectory (found by name before the names change)."""
    path = folder / "copy.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, path)
    workspace = Workspace.open(path)
    trajectory = trajectory_uid(workspace, "klimaatdoeners")
    with workspace.database.session_factory.begin() as session:
        connection = session.connection()
        for table, column in _text_columns():
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = "{column}" || ? WHERE "{column}" IS NOT NULL',
                (text,),
            )
    return workspace, trajectory


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=STORED_TEXT)
@example(text="\x00\x07\x1b[31m\u202eexe.gpj\u2066\x85\x9b\ufffe\uffff")
@example(text="<b>&amp; <para> ]]> \r\n\t=cmd|' /C calc'!A0")
@example(text="Ω" * 300 + " lang woord" * 150)
def test_every_export_accepts_any_stored_text(pristine: Path, folder: Path, text: str) -> None:
    """PDFs, the Excel lists and the personal-data dossier are written whatever the text."""
    from desktop.people.privacy_page import write_dossier

    workspace, trajectory = _workspace_holding(pristine, folder, text)
    try:
        for kind in (
            DocumentKind.QUOTE,
            DocumentKind.PLAN,
            DocumentKind.ACTION_PLAN,
            DocumentKind.EVALUATION_REPORT,
        ):
            written = write_document(workspace, kind, trajectory, folder / f"{kind}.pdf")
            assert written.read_bytes().startswith(b"%PDF")
        session = next(s for s in workspace.sessions.all_sessions() if s.registered)
        for kind in (DocumentKind.SIGN_IN_SHEET, DocumentKind.SESSION_REPORT):
            write_document(workspace, kind, session.uid, folder / f"{kind}.pdf")
        people = workspace.people.people_list()
        load_workbook(write_people(folder / "people.xlsx", people))
        title, attendees = workspace.people.session_attendees(session.uid)
        load_workbook(write_attendees(folder / "attendees.xlsx", title, attendees))
        form = workspace.evaluation.evaluation_overview(trajectory).forms[0].uid
        table = workspace.evaluation.evaluation_raw_table(form)
        load_workbook(write_raw_responses(table, folder / "responses.xlsx"))
        dossier = workspace.privacy.person_dossier(people[0].uid)
        load_workbook(write_dossier(dossier, folder / "dossier.xlsx", "xlsx"))
        json.loads(write_dossier(dossier, folder / "dossier.json", "json").read_text("utf-8"))
    finally:
        workspace.close()
