"""The demo's providers with their identity (well-formed, fictitious numbers) and town halls."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.enums import OrganisationKind
from models.orm import Organisation

# name, legal name, form, street, postcode, town, enterprise number, RPR, IBAN, BIC, days,
# e-mail, phone, website. The numbers pass their check digits but belong to no one.
PROVIDERS = (
    (
        "Autodelen.net",
        "Autodelen.net",
        "vzw",
        "Vooruitgangstraat 99",
        "1030",
        "Schaarbeek",
        "0812345603",
        "Brussel, Nederlandstalig",
        "BE77001456789042",
        "GEBABEBB",
        30,
        "overheden@autodelen.net",
        "02 123 45 67",
        "www.autodelen.net",
    ),
    (
        "Ecolife",
        "Ecolife",
        "vzw",
        "Sint-Geertruiklooster 5",
        "3000",
        "Leuven",
        "0456789034",
        "Leuven",
        "BE55068234567144",
        "GKCCBEBB",
        30,
        "info@ecolife.be",
        "016 22 21 03",
        "www.ecolife.be",
    ),
    (
        "Netwerk Duurzame Mobiliteit",
        "Netwerk Duurzame Mobiliteit",
        "vzw",
        "Vlasgaardstraat 12",
        "9000",
        "Gent",
        "0789123407",
        "Gent, afdeling Gent",
        "BE56363123456788",
        "BBRUBEBB",
        30,
        "bernard@duurzame-mobiliteit.be",
        "09 331 59 10",
        "www.duurzame-mobiliteit.be",
    ),
    (
        "Coaching Van Damme",
        "Van Damme Coaching",
        "bv",
        "Stationsstraat 14",
        "3200",
        "Aarschot",
        "0661234548",
        "Leuven",
        "BE89735098765485",
        "KREDBEBB",
        14,
        "lotte@vandammecoaching.be",
        "0479 55 66 77",
        "www.vandammecoaching.be",
    ),
)
# The demo municipalities' town halls, where quotes and letters go (invented addresses).
TOWN_HALLS = {
    "Izegem": "Korenmarkt 10",
    "Herent": "Wilselsesteenweg 28",
    "Herselt": "Kerkstraat 5",
    "Hulshout": "Grote Baan 112",
    "Westerlo": "Boerenkrijgstraat 133",
}


def add_providers(session: Session) -> None:
    """The four providers, once (a second demo fill leaves them as they are)."""
    for (
        name, legal, form, street, postcode, town, number, court, iban, bic, days, email,
        phone, website,
    ) in PROVIDERS:  # fmt: skip
        exists = session.scalar(select(Organisation.uid).where(Organisation.name == name))
        if exists is not None:
            continue
        session.add(
            Organisation(
                name=name, kind=OrganisationKind.PROVIDER, legal_name=legal, legal_form=form,
                address=street, postcode=postcode, municipality=town, province=None,
                enterprise_number=number, vat_number=f"BE{number}", rpr_court=court,
                iban=iban, bic=bic, payment_term_days=days, email=email, phone=phone,
                website=website,
            )
        )  # fmt: skip
