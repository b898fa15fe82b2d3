"""The demo's documents as the coach prints them: a joint quote over two provinces, the
learning network's participation agreement, a Fase-1-only plan."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.documents import DocumentKind, write_document
from models.core.errors import UserError
from models.workspace import Workspace
from tests.demo import trajectory_uid

JOINT = "Gezamenlijk autodelen Leiestreek"


def _text(path: Path) -> str:
    """The PDF's text with line breaks and spaces as single spaces (wrapping varies)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\xa0", " ")
    return " ".join(text.split())


def _joint(workspace: Workspace) -> str:
    return next(r.uid for r in workspace.trajectories.trajectories() if r.name == JOINT)


def test_the_joint_quote_shows_each_municipality_with_its_own_discount(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Five Leie municipalities (West- and Oost-Vlaanderen), Fase 1 at € 12.500 agreed: € 2.500
    each less 50 % each; € 6.250 + € 1.312,50 btw = € 7.562,50; each share € 1.512,50."""
    path = write_document(
        demo_workspace, DocumentKind.QUOTE, _joint(demo_workspace), tmp_path / "q.pdf"
    )
    text = _text(path)
    for expected in (
        "OFFERTE",
        "Gezamenlijk traject van 5 gemeenten",
        "te verdelen over 5 gemeenten",
        "Wielsbeke: 50% korting voor gemeenten uit West-Vlaanderen",
        "Deinze: 50% korting voor gemeenten uit Oost-Vlaanderen",
        "€ 6.250,00",
        "€ 1.312,50",
        "€ 7.562,50",
        "€ 1.512,50",
        "Dit is de prijs die met de klant is afgesproken",
        "Aanvaard",
        "Lies Vanneste",
        "vanaf 5 gemeenten",
    ):
        assert expected.lower() in text.lower(), expected
    assert "drie infomomenten" not in text  # Fase 1 alone: no speaker at infomomenten
    assert "Opgemaakt in zes exemplaren" in text  # the provider and five municipalities sign
    assert "Fase 2" not in text.split("Prijs")[0]  # the phases offered: Fase 1 only


def test_the_learning_network_gets_a_participation_agreement_without_vat(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """No OFFERTE and no btw line: what is offered, what the trekkers do, free thanks to Cera."""
    uid = trajectory_uid(demo_workspace, "buurtpunt")
    for kind in (DocumentKind.QUOTE, DocumentKind.AGREEMENT):
        text = _text(write_document(demo_workspace, kind, uid, tmp_path / f"{kind}.pdf"))
        assert "DEELNAMEOVEREENKOMST" in text and "OFFERTE" not in text
        assert "Wat we aanbieden" in text and "Wat we verwachten van de trekkers" in text
        assert "gratis voor de deelnemers dankzij de steun van Cera" in text
        # No vat line and no amount (the provider's identity block may name its numbers).
        for vat_line in ("Btw 21%", "incl. btw", "excl. btw", "€ 0,00", "Totaal"):
            assert vat_line not in text, vat_line
        assert "Voor Dorpsraad Kieldrecht" in text


def test_a_priced_programme_has_no_participation_agreement(demo_workspace: Workspace) -> None:
    """Asking the agreement of Klimaatdoeners says it has a quote instead."""
    uid = trajectory_uid(demo_workspace, "klimaatdoeners")
    with pytest.raises(UserError) as caught:
        write_document(demo_workspace, DocumentKind.AGREEMENT, uid)
    assert "quote" in caught.value.text


def test_a_fixed_price_says_so_and_shows_the_working_budget_apart(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Klimaatdoeners: € 7.500 is a fixed price (no richtprijs), the € 5.000 budget beside it."""
    uid = trajectory_uid(demo_workspace, "klimaatdoeners")
    text = _text(write_document(demo_workspace, DocumentKind.QUOTE, uid, tmp_path / "k.pdf"))
    assert "Dit is een vaste prijs" in text and "richtprijs" not in text.lower()
    assert "Werkingsbudget voor de burgergroep" in text and "€ 5.000,00" in text
    assert "€ 9.075,00" in text


def test_two_clusters_each_have_their_share_table(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Zuiderkempen and Netevallei: € 10.000 each, six shares named with their cluster."""
    uid = trajectory_uid(demo_workspace, "intergemeentelijk")
    text = _text(write_document(demo_workspace, DocumentKind.QUOTE, uid, tmp_path / "c.pdf"))
    assert "cluster Zuiderkempen, te verdelen over 3 gemeenten" in text
    assert "Herenthout (Netevallei)" in text
    assert "€ 24.200,00" in text


def test_the_plan_leaves_out_what_is_not_booked_unless_asked(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Leiestreek booked Fase 1: the plan PDF prints Fase 1 and names the rest as not booked;
    asked for, Fase 2 and 3 come along marked 'niet geboekt'."""
    uid = _joint(demo_workspace)
    plain = _text(write_document(demo_workspace, DocumentKind.PLAN, uid, tmp_path / "p.pdf"))
    assert "Geboekt" in plain and "(niet in deze planning)" in plain
    assert "Looptijd 11/12/2026 – 10/06/2027" in plain  # up to the end of Fase 1
    assert "Infosessie 'Autodelen in je wijk'" not in plain
    assert "Uitwisselingsmoment: gekozen wijken" in plain  # in Fase 1
    full = _text(
        write_document(
            demo_workspace, DocumentKind.PLAN, uid, tmp_path / "f.pdf", with_unbooked=True
        )
    )
    assert "Infosessie 'Autodelen in je wijk'" in full and "niet geboekt" in full
