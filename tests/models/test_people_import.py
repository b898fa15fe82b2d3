"""Importing people through the workspace: preview, one-transaction commit, mapping memory, undo."""

from datetime import date
from pathlib import Path

import pytest

from models.core.errors import UserError
from models.people.importing.headers import Field
from models.people.importing.plan import Decisions
from models.workspace import Workspace
from tests.dutch import raises_dutch

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TODAY = date(2026, 11, 22)


@pytest.fixture
def workspace(db_path: Path):
    opened = Workspace.open(db_path)
    yield opened
    opened.close()


def _import(workspace: Workspace, name: str, session_uid: str | None = None):
    draft = workspace.people.read_people_file(DATA / name)
    preview = workspace.people.preview_people_import(draft, today=TODAY)
    return preview, workspace.people.commit_people_import(preview, session_uid, today=TODAY)


def test_every_fixture_imports(workspace: Workspace) -> None:
    """xlsx, xls, ods and both csv flavours all end up as clean people."""
    for name, expected in (
        ("inschrijvingen_titels_samengevoegd.xlsx", 8),
        ("deelnemers_excel_be_cp1252.csv", 4),
        ("registrations_utf8_bom.csv", 1),  # Anneleen again, by email? no: new email → 2
        ("trekkers_libreoffice.ods", 2),
        ("aanwezigen_oud.xls", 2),
    ):
        preview, result = _import(workspace, name)
        assert result.created + result.updated + sum(
            1 for p in preview.people if p.action == "unchanged"
        ) == len(preview.people), name
        assert len(preview.people) >= expected or name.endswith("bom.csv"), name
    people = {p.name: p for p in workspace.people.people_list()}
    assert people["Anneleen Van den Broeck"].phone == "+32 470 12 34 56"
    assert people["Dirk D'hondt"].municipality in ("Harelbeke", "Herent")
    assert people["Hélène de Smet"].municipality == "Herent"
    assert people["Lien Wouters"].phone == "+32 470 55 66 77"
    assert people["Pieter Van Dyck"].phone == "+32 14 12 34 56"
    assert people["Marie Goossens"].municipality == "Herent"
    assert people["Jürgen Müller"].phone == "+49 30 1234567"


def test_second_import_of_the_same_file_creates_nobody(workspace: Workspace) -> None:
    _import(workspace, "aanwezigen_oud.xls")
    preview, result = _import(workspace, "aanwezigen_oud.xls")
    assert result.created == 0 and {p.action for p in preview.people} == {"unchanged"}


def test_consent_recorded_at_import(workspace: Workspace) -> None:
    _import(workspace, "inschrijvingen_titels_samengevoegd.xlsx")
    people = {p.name: p for p in workspace.people.people_list()}
    anneleen = workspace.people.person_detail(people["Anneleen Van den Broeck"].uid)
    assert anneleen.consents[0].given_on == TODAY
    assert anneleen.consents[0].source.startswith("import ")
    els = workspace.people.person_detail(people["Els de Smet"].uid)
    assert els.consents[0].given_on == date(2025, 12, 9)  # Excel serial 46000
    assert workspace.people.person_detail(people["Dirk D'hondt"].uid).consents == ()


def test_mapping_remembered_per_set_of_header_names(workspace: Workspace, tmp_path: Path) -> None:
    """A changed choice comes back for the same headers, also reordered or with a new column."""
    first = tmp_path / "a.csv"
    first.write_text("Voornaam;Naam;Info\nJan;Peeters;Fietsersbond\n", encoding="utf-8")
    draft = workspace.people.read_people_file(first)
    assert draft.mappings[0]["Info"] is Field.IGNORE
    mappings = {0: {**draft.mappings[0], "Info": Field.ORGANISATION}}
    preview = workspace.people.preview_people_import(draft, mappings, today=TODAY)
    workspace.people.commit_people_import(preview)
    second = tmp_path / "b.csv"
    second.write_text("Info;Naam;Voornaam;GSM\nBuurtwerk;Smet;Els;0470112233\n", encoding="utf-8")
    again = workspace.people.read_people_file(second)
    assert again.mappings[0]["Info"] is Field.ORGANISATION
    assert again.mappings[0]["GSM"] is Field.PHONE


def test_import_for_a_session_registers_everyone(demo_copy) -> None:
    workspace = demo_copy(TODAY)
    session = workspace.sessions.all_sessions()[0]
    before = session.registered
    _, result = _import(workspace, "aanwezigen_oud.xls", session.uid)
    assert result.registered == 2
    after = next(s for s in workspace.sessions.all_sessions() if s.uid == session.uid)
    assert after.registered == before + 2
    title, attendees = workspace.people.session_attendees(session.uid)
    assert title == session.title
    assert {"Marie Goossens", "Bart Van Damme"} <= {a.name for a in attendees}


def test_unknown_session_writes_nothing(workspace: Workspace) -> None:
    draft = workspace.people.read_people_file(DATA / "aanwezigen_oud.xls")
    preview = workspace.people.preview_people_import(draft, today=TODAY)
    with pytest.raises(UserError):
        workspace.people.commit_people_import(preview, "00000000-0000-0000-0000-000000000000")
    assert workspace.people.people_list() == [] and workspace.people.import_batches() == []


def test_no_name_column_is_a_user_error(workspace: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "geen_namen.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["kol1", "kol2"])
    sheet.append(["x", "y"])
    workbook.save(path)
    draft = workspace.people.read_people_file(path)
    with raises_dutch("geen kolom met namen"):
        workspace.people.preview_people_import(draft)


def test_undo_removes_created_people_and_reverts_updates(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "eerst.csv"
    first.write_text("Voornaam;Naam;E-mail\nJan;Peeters;jan@x.be\n", encoding="utf-8")
    draft = workspace.people.read_people_file(first)
    workspace.people.commit_people_import(
        workspace.people.preview_people_import(draft, today=TODAY)
    )
    second = tmp_path / "dan.csv"
    second.write_text(
        "Voornaam;Naam;E-mail;GSM;Toestemming\n"
        "Jan;Peeters;jan@x.be;0470123456;ja\n"
        "Els;Smet;els@x.be;;\n"
        "Piet;Maes;piet@x.be;;\n",
        encoding="utf-8",
    )
    workspace.demo.fill_demo_data(TODAY)
    session = workspace.sessions.all_sessions()[0]
    draft = workspace.people.read_people_file(second)
    result = workspace.people.commit_people_import(
        workspace.people.preview_people_import(draft, today=TODAY), session.uid, today=TODAY
    )
    assert (result.created, result.updated, result.registered) == (2, 1, 3)
    people = {p.name: p for p in workspace.people.people_list()}
    jan = workspace.people.person_detail(people["Jan Peeters"].uid)
    assert jan.phone == "+32 470 12 34 56" and len(jan.consents) == 1
    # Piet is used since: registered for another session by the coach.
    other = workspace.sessions.all_sessions()[1]
    from models.orm import Registration

    with workspace.database.session_factory.begin() as session_:
        import uuid

        session_.add(
            Registration(
                session_uid=uuid.UUID(other.uid), person_uid=uuid.UUID(people["Piet Maes"].uid)
            )
        )
    undo = workspace.people.undo_people_import(result.batch_uid)
    assert (undo.removed, undo.kept, undo.reverted, undo.unregistered) == (1, 1, 1, 3)
    names = {p.name for p in workspace.people.people_list()}
    assert "Els Smet" not in names and "Piet Maes" in names
    jan = workspace.people.person_detail(people["Jan Peeters"].uid)
    assert jan.phone == "" and jan.consents == ()
    assert workspace.people.import_batches()[0].undone_at is not None
    with raises_dutch("al ongedaan"):
        workspace.people.undo_people_import(result.batch_uid)


def test_skip_and_fix_decisions_are_honoured_at_commit(workspace: Workspace) -> None:
    draft = workspace.people.read_people_file(DATA / "inschrijvingen_titels_samengevoegd.xlsx")
    preview = workspace.people.preview_people_import(
        draft,
        decisions=Decisions(
            overrides={(0, 13): {"first_name": "Nina", "last_name": "Naamloos"}},
            skipped=frozenset({(0, 12)}),
        ),
        today=TODAY,
    )
    result = workspace.people.commit_people_import(preview, today=TODAY)
    names = {p.name for p in workspace.people.people_list()}
    assert "Nina Naamloos" in names and "Karel Janssens" not in names
    assert result.skipped == 1
