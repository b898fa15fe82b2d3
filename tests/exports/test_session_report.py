"""The session report: counts, notes per block, decisions and actions, read back from the PDF."""

from datetime import date, datetime

from pypdf import PdfReader

from exports.sessions.session_report_pdf import action_rows, build_session_report_pdf, count_rows
from models.sessions.dto import Counts, SessionActionRow


def test_count_rows_add_up_and_show_walk_ins_only_when_there_are_some() -> None:
    """Registered = present + excused + absent; no walk-ins, no walk-in line."""
    quiet = count_rows(Counts(0, 10, 8, 1, 1, 0))
    assert [(line.label, line.value) for line in quiet] == [
        ("Ingeschreven", 10),
        ("aanwezig", 8),
        ("verontschuldigd", 1),
        ("afwezig", 1),
    ]
    busy = count_rows(Counts(2, 10, 12, 0, 0, 3, waiting=1))
    assert ("aanwezig", 9) in [(line.label, line.value) for line in busy]
    assert ("nog niet aangeduid", 1) in [(line.label, line.value) for line in busy]
    assert ("Zonder inschrijving gekomen", 3) in [(line.label, line.value) for line in busy]
    assert ("Aanwezig in totaal", 12) in [(line.label, line.value) for line in busy]
    assert ("Uitgenodigd, niet ingeschreven", 2) in [(line.label, line.value) for line in busy]


def test_registered_count_includes_the_excused(demo_workspace) -> None:
    """Six registered of whom two excused print as 6 = present + 2 excused + absent."""
    workspace = demo_workspace
    uid = _infosessie(workspace)
    rows = workspace.sessions.session_detail(uid).registrations
    for row in rows[6:]:
        workspace.sessions.remove_registration(row.uid)
    for row in rows[:2]:
        workspace.sessions.set_registration_status(row.uid, "excused")
    workspace.live.check_in(uid, rows[2].person_uid, datetime(2026, 12, 2, 19, 30))
    workspace.live.close_session(uid)
    counts = workspace.sessions.session_report(uid).counts
    assert (counts.registered, counts.registered_present, counts.excused, counts.absent) == (
        6,
        1,
        2,
        3,
    )


def test_the_general_note_has_its_own_section(demo_workspace, tmp_path) -> None:
    """A note not tied to an agenda item prints under 'Algemene notities', before the agenda."""
    workspace = demo_workspace
    uid = _infosessie(workspace)
    workspace.live.save_block_note(uid, None, "Koffie was op om 20u.\nVolgende keer meer.")
    path = build_session_report_pdf(workspace.sessions.session_report(uid), tmp_path / "v.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    general = text.index("Algemene notities")
    assert general < text.index("Koffie was op om 20u.") < text.index("Verloop per agendapunt")
    assert "Volgende keer meer." in text


def _infosessie(workspace) -> str:
    return next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )


def test_action_rows_say_who_and_when() -> None:
    """An action without owner says so; a done action is marked."""
    rows = action_rows(
        (
            SessionActionRow("1", "Flyers", "", "", date(2026, 12, 9), "", "", "open"),
            SessionActionRow("2", "Zaal", "Koen", "x", None, "", "Buurtpunt", "done"),
        )
    )
    assert rows[1] == ["Flyers", "nog niemand", "09/12/2026", ""]
    assert rows[2] == ["Zaal (klaar)", "Koen", "", "Buurtpunt"]


def test_report_after_a_live_session(demo_workspace, tmp_path) -> None:
    """Check-ins, a walk-in, a note, a decision and an action all appear in the PDF."""
    workspace = demo_workspace
    uid = next(
        r.uid
        for r in workspace.sessions.all_sessions()
        if r.title.startswith("Infosessie 'Autodelen")
    )
    detail = workspace.sessions.session_detail(uid)
    start = datetime(2026, 12, 2, 19, 30)
    for row in detail.registrations[:5]:
        workspace.live.check_in(uid, row.person_uid, start)
    workspace.live.walk_in(uid, "Roos Vercruysse", "0476 55 12 34", True, start, date(2026, 12, 2))
    workspace.live.save_block_note(
        uid, detail.agenda[2].uid, "Veel vragen over <verzekering> & prijs."
    )
    workspace.live.add_decision(uid, "Vervolgbijeenkomst op 13 januari.")
    workspace.live.add_session_action(
        uid, "Lijst geïnteresseerden doorsturen", owner_text="Sarah (stad)"
    )
    workspace.live.close_session(uid)
    report = workspace.sessions.session_report(uid)
    assert report.counts.present == 6 and report.counts.walk_ins == 1
    assert report.counts.absent == len(detail.registrations) - 5
    path = build_session_report_pdf(report, tmp_path / "verslag.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for needle in (
        "Verslag",
        "Aanwezigheid",
        "Roos Vercruysse",
        "Veel vragen over <verzekering> & prijs.",
        "Vervolgbijeenkomst op 13 januari.",
        "Lijst geïnteresseerden doorsturen",
        "Sarah (stad)",
        "19:30",
    ):
        assert needle in text, needle
