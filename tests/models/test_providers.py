"""The providers' identity is checked by its check digits and printed on every document."""

import pytest

from models.core.errors import UserError
from models.people.providers import ProviderInput
from models.workspace import Workspace
from tests.demo import trajectory_uid


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ProviderInput("X", enterprise_number="0123.456.789"), "enterprise_number"),
        (ProviderInput("X", enterprise_number="12345"), "enterprise_number"),
        (
            ProviderInput("X", enterprise_number="0812345603", vat_number="BE0456789034"),
            "vat_number",
        ),
        (ProviderInput("X", iban="BE68 5390 0754 7035"), "iban"),
        (ProviderInput("X", bic="NOTABIC!"), "bic"),
        (ProviderInput("X", payment_term_days="dertig"), "payment_term_days"),
        (ProviderInput("X", municipality="Hertn"), "municipality"),
    ],
)
def test_wrong_numbers_are_refused_naming_the_field(
    demo_workspace: Workspace, data: ProviderInput, field: str
) -> None:
    """A wrong enterprise number, VAT number, IBAN, BIC or term is refused; nothing stored."""
    before = demo_workspace.organisations.providers()
    with pytest.raises(UserError) as raised:
        demo_workspace.organisations.save_provider(None, data)
    assert raised.value.field == field
    assert demo_workspace.organisations.providers() == before


def test_a_belgian_iban_gives_its_bic(demo_workspace: Workspace) -> None:
    """The BIC left empty is taken from the Belgian bank code of the IBAN."""
    uid = demo_workspace.organisations.save_provider(
        None, ProviderInput("Eigen", enterprise_number="BE 0661.234.548", iban="BE89735098765485")
    )
    form = demo_workspace.organisations.provider_form(uid)
    assert (form.data.bic, form.data.iban) == ("KREDBEBB", "BE89 7350 9876 5485")
    assert form.data.enterprise_number == "0661.234.548"


def test_every_document_carries_the_providers_identity(demo_workspace: Workspace) -> None:
    """Quote, plan, action plan, session report and evaluation report name the enterprise."""
    uid = trajectory_uid(demo_workspace, "autodelen")
    session = next(r.uid for r in demo_workspace.sessions.trajectory_sessions(uid) if r.present)
    quote = demo_workspace.quotes.quote_document(demo_workspace.quotes.ensure_quote(uid).uid)
    documents = [
        quote.provider,
        demo_workspace.planning.plan_document(uid).provider,
        demo_workspace.actions.action_plan_document(uid).provider,
        demo_workspace.sessions.session_report(session).provider,
        demo_workspace.evaluation.evaluation_report(uid).provider,
    ]
    for provider in documents:
        assert provider is not None
        assert (
            "0812.345.603" in provider.legal_line and "BE77 0014 5678 9042" in provider.legal_line
        )
    assert "BE77 0014 5678 9042" in quote.payment_clause and "30 dagen" in quote.payment_clause
    assert quote.clients[0].lines[:2] == ("Korenmarkt 10", "8870 Izegem")


def test_a_programme_can_name_another_provider(demo_workspace: Workspace) -> None:
    """Instellingen: the autodelen documents name the coach's own organisation once chosen."""
    own = next(
        p for p in demo_workspace.organisations.providers() if p.name == "Coaching Van Damme"
    )
    demo_workspace.organisations.set_programme_provider("autodelen", own.uid)
    uid = trajectory_uid(demo_workspace, "autodelen")
    document = demo_workspace.planning.plan_document(uid)
    assert document.provider is not None and document.provider.name == "Coaching Van Damme"
    demo_workspace.organisations.set_programme_provider("autodelen", None)
    assert demo_workspace.planning.plan_document(uid).provider.name == "Autodelen.net"


def test_the_quote_pdf_prints_the_provider_and_the_addressee(demo_workspace, tmp_path) -> None:
    """The command line's quote: enterprise number, IBAN and the town hall's street."""
    from pypdf import PdfReader

    from exports.documents import DocumentKind, write_document

    uid = trajectory_uid(demo_workspace, "autodelen")
    path = write_document(demo_workspace, DocumentKind.QUOTE, uid, tmp_path / "offerte.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in ("0812.345.603", "BE77 0014 5678 9042", "Korenmarkt 10", "8870 Izegem"):
        assert expected in text
