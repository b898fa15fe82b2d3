"""Organisations' calls: create and edit, the providers' identity, which provider a programme
has. Each write is one transaction."""

from dataclasses import dataclass

from models.core.nouns import ORGANISATION
from models.core.service_base import ServiceBase
from models.people.organisations import OrganisationInput
from models.people.providers import ProviderInput
from models.trajectories.listing import parse_uid


@dataclass(frozen=True)
class ProviderRow:
    uid: str
    name: str
    complete: bool  # enterprise number, registered office and IBAN are filled in


@dataclass(frozen=True)
class ProviderForm:
    uid: str
    data: ProviderInput
    logo_png: bytes | None


@dataclass(frozen=True)
class ProgrammeProvider:
    """A programme, the provider its file names, and the organisation chosen for it."""

    programme_key: str
    programme_name: str
    named_in_file: str
    chosen_uid: str  # '' : the organisation with the file's name, if there is one
    used_name: str  # the organisation the documents print now ('' : the file's data)


class OrganisationsService(ServiceBase):
    """Personen & organisaties → Organisaties, and Instellingen → Organisatie."""

    def create_organisation(self, data: OrganisationInput) -> str:
        from models.people.organisations import create_organisation

        with self.database.session_factory.begin() as session:
            return str(create_organisation(session, data).uid)

    def update_organisation(self, uid: str, data: OrganisationInput) -> None:
        from models.people.organisations import update_organisation

        with self.database.session_factory.begin() as session:
            update_organisation(session, parse_uid(uid, ORGANISATION), data)

    def organisation_form(self, uid: str) -> OrganisationInput:
        from models.people.organisations import organisation_input, organisation_or_fail

        with self.database.session_factory() as session:
            return organisation_input(organisation_or_fail(session, parse_uid(uid, ORGANISATION)))

    def providers(self) -> list[ProviderRow]:
        from sqlalchemy import func, select

        from models.core.enums import OrganisationKind
        from models.orm import Organisation

        with self.database.session_factory() as session:
            found = session.scalars(
                select(Organisation)
                .where(Organisation.kind == OrganisationKind.PROVIDER)
                .order_by(func.lower(Organisation.name))
            )
            return [
                ProviderRow(str(o.uid), o.name, bool(o.enterprise_number and o.address and o.iban))
                for o in found
            ]

    def provider_form(self, uid: str) -> ProviderForm:
        from models.people.organisations import organisation_or_fail
        from models.people.providers import (
            format_enterprise_number,
            format_iban,
            format_vat_number,
        )

        with self.database.session_factory() as session:
            o = organisation_or_fail(session, parse_uid(uid, ORGANISATION))
            data = ProviderInput(
                name=o.name,
                legal_name=o.legal_name,
                legal_form=o.legal_form,
                address=o.address or "",
                postcode=o.postcode or "",
                municipality=o.municipality or "",
                enterprise_number=format_enterprise_number(o.enterprise_number),
                vat_number=format_vat_number(o.vat_number),
                rpr_court=o.rpr_court,
                iban=format_iban(o.iban),
                bic=o.bic,
                payment_term_days="" if o.payment_term_days is None else str(o.payment_term_days),
                email=o.email or "",
                phone=o.phone or "",
                website=o.website or "",
            )
            return ProviderForm(str(o.uid), data, o.logo_png)

    def save_provider(self, uid: str | None, data: ProviderInput) -> str:
        """Creates (uid None) or updates a provider; UserError names the field that is wrong."""
        from models.people.providers import save_provider

        parsed = parse_uid(uid, ORGANISATION) if uid else None
        with self.database.session_factory.begin() as session:
            return str(save_provider(session, parsed, data).uid)

    def set_provider_logo(self, uid: str, png: bytes | None) -> None:
        from models.people.providers import set_logo

        with self.database.session_factory.begin() as session:
            set_logo(session, parse_uid(uid, ORGANISATION), png)

    def programme_providers(self) -> list[ProgrammeProvider]:
        from models.people.provider_block import provider_block
        from models.people.providers import programme_providers
        from models.programmes import load_programmes

        with self.database.session_factory() as session:
            chosen = programme_providers(session)
            rows = []
            for programme in sorted(load_programmes().values(), key=lambda p: p.name):
                block = provider_block(session, programme)
                used = block.name if block.legal_line != programme.provider.name else ""
                rows.append(
                    ProgrammeProvider(
                        programme.key,
                        programme.name,
                        programme.provider.name,
                        chosen.get(programme.key, ""),
                        used,
                    )
                )
            return rows

    def set_programme_provider(self, programme_key: str, uid: str | None) -> None:
        from models.people.providers import set_programme_provider

        parsed = parse_uid(uid, ORGANISATION) if uid else None
        with self.database.session_factory.begin() as session:
            set_programme_provider(session, programme_key, parsed)
