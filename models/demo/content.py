"""The demo trajectories: one realistic example of each programme, with invented people."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoPerson:
    first: str
    last: str
    role: str = ""
    email_domain: str = "example.org"
    postcode: str | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class DemoProject:
    name: str
    place: str
    organisation: str
    municipality: str
    goals: str
    function_indexes: tuple[int, ...]
    stage_index: int
    leads: tuple[DemoPerson, ...]
    menu_index: int | None = None
    budget_requested: int | None = None  # euro
    budget_granted: int | None = None


@dataclass(frozen=True)
class DemoAction:
    title: str
    owner: int | None  # index into the trajectory's participants; None: the owner text
    owner_text: str
    due_in_days: int
    done: bool = False
    project: int | None = None


@dataclass(frozen=True)
class DemoTrajectory:
    name: str
    programme: str
    municipalities: tuple[str, ...]  # names as in the reference data
    months_ago: int  # the trajectory started this many months before the current month
    arrangement: str
    scope_key: str | None
    notes: str
    contacts: tuple[DemoPerson, ...]
    participants: tuple[DemoPerson, ...]
    location: str
    address: str
    partners: tuple[tuple[str, int, str, str], ...] = ()  # name, category index, engagement, what
    projects: tuple[DemoProject, ...] = ()
    local_organisations: tuple[tuple[str, str, str], ...] = ()  # name, kind, municipality
    actions: tuple[DemoAction, ...] = ()
    # The intake as the coach filled it in: questionnaire answers as typed, notes per agenda
    # item of the first meeting, and the kernen/wijken looked at (name, potential, chosen).
    intake_answers: dict[str, str | bool | tuple[str, ...]] = field(default_factory=dict)
    meeting_notes: dict[str, str] = field(default_factory=dict)
    areas: tuple[tuple[str, str, bool], ...] = ()
    days_earlier: int = 0  # and this many days more (varied, so sessions do not coincide)
    status: str = "running"  # "planned": accepted, not started yet
    clusters: tuple[str, ...] = ()  # the cluster of each municipality, in their order
    agreed_amount: int | None = None  # euro: the price agreed for a joint trajectory
    accepted_by: str = ""  # who signed the quote


def _p(
    first: str,
    last: str,
    role: str = "",
    pc: str | None = None,
    town: str | None = None,
    domain: str = "example.org",
) -> DemoPerson:
    return DemoPerson(first, last, role, domain, pc, town)


AUTODELEN = DemoTrajectory(
    name="Bottom-up autodelen Izegem – wijk Kachtem",
    programme="autodelen",
    municipalities=("Izegem",),
    months_ago=6,
    days_earlier=4,
    arrangement="single",
    scope_key="fase_1_2_3",
    notes="Wijk Kachtem gekozen: veel tweede wagens, actieve buurtwerking en een school.",
    accepted_by="Ann Vanhoutte, schepen van mobiliteit",
    contacts=(
        _p(
            "Sarah",
            "Vandenbussche",
            "Mobiliteitsambtenaar, lokale trekker autodeelbeleid",
            "8870",
            "Izegem",
            "izegem.example.be",
        ),
        _p(
            "Pieter",
            "Declercq",
            "Medewerker dienst samenleven",
            "8870",
            "Izegem",
            "izegem.example.be",
        ),
        _p("Ann", "Vanhoutte", "Schepen van mobiliteit", "8870", "Izegem", "izegem.example.be"),
    ),
    participants=(
        _p("Koen", "Vermeersch", pc="8870", town="Izegem"),
        _p("Lieselot", "Debaere", pc="8870", town="Izegem"),
        _p("Marc", "D'hondt", pc="8870", town="Izegem"),
        _p("Ilse", "Van den Broeck", pc="8870", town="Izegem"),
        _p("Thomas", "Verhaeghe", pc="8870", town="Izegem"),
        _p("Nathalie", "Desmet", pc="8870", town="Izegem"),
        _p("Jef", "Vanneste", pc="8870", town="Izegem"),
        _p("Griet", "de Smet", pc="8870", town="Izegem"),
        _p("Wouter", "Deprez", pc="8870", town="Izegem"),
        _p("Elke", "Maes", pc="8870", town="Izegem"),
        _p("Bart", "Lambrecht", pc="8870", town="Izegem"),
        _p("Hilde", "Callewaert", pc="8870", town="Izegem"),
    ),
    location="Zaal De Kachtemse Kring",
    address="Kachtemplaats 1, 8870 Izegem",
    partners=(
        ("Natuurpunt Izegem", 0, "communicates", "Deelt de oproep in nieuwsbrief en op events."),
        ("Fietsersbond Izegem", 1, "informs", "Vermeldt de infosessie op de fietsbeurs."),
        ("Mobiliteitsraad Izegem", 2, "cooperates", "Denkt mee over de deelplaatsen."),
        (
            "Basisschool De Regenboog – oudercomité",
            4,
            "communicates",
            "Flyers in de boekentassen, praatje aan de schoolpoort.",
        ),
        ("Wijkcomité Kachtem", 8, "cooperates", "Ambassadeurs, deur-aan-deur in de wijk."),
    ),
    actions=(
        DemoAction("Flyers infosessie verdelen in Kachtem", 0, "", -20, done=True),
        DemoAction("Affiche in de bakkerij en het dorpscafé hangen", 3, "", -6),
        DemoAction(
            "Persbericht lancering autodeelgroep voorbereiden", None, "Sarah (gemeente)", 40
        ),
        DemoAction("Lijst geïnteresseerden na infosessie bijhouden", None, "Autodelen.net", 14),
    ),
    intake_answers={
        "beleid_gedaan": "Parkeerreglement met voorbehouden plaatsen voor deelwagens (2024).",
        "beleid_gepland": "Een autodeelactieplan als deel van het mobiliteitsplan.",
        "beleid_engagement": "ja",
        "aanbod_gedaan": "Twee deelwagens van een aanbieder aan het station.",
        "aanbod_gepland": "Een deelwagen in Kachtem, en de dienstwagens buiten de uren delen.",
        "aanbod_engagement": "ja",
        "vraag_gedaan": "Infostand tijdens de Week van de Mobiliteit.",
        "vraag_gepland": "Bewoners van Kachtem persoonlijk aanspreken via het wijkcomité.",
        "vraag_engagement": "verleden",
        "budget_beschikbaar": True,
        "budget_bedrag": "3.250",
        "engagement_beschikbaar": True,
        "lokale_trekker": "Sarah Vandenbussche, mobiliteitsambtenaar",
        "logistiek": True,
        "ambities": "Een autodeelgroep per deelgemeente tegen het einde van de legislatuur.",
        "kansrijke_wijken": "Kachtem en Emelgem: veel gezinnen met een tweede wagen.",
        "gewenste_scope": "fase_1_2_3",
        "timing_opmerkingen": "Lancering liefst tijdens de Week van de Mobiliteit.",
    },
    meeting_notes={
        "introductie": "Particulier autodelen en deelwagens van aanbieders toegelicht.",
        "potentieel": "Kachtem, Emelgem en centrum bekeken; Kachtem gekozen (hoog potentieel).",
        "verwachtingen": "Gemeente zorgt voor zaal en drukwerk; 50 % provinciale korting.",
        "timing": "Start na de zomer; infosessie in het najaar.",
    },
    areas=(("Kachtem", "Hoog", True), ("Emelgem", "Gemiddeld", False), ("Centrum", "Laag", False)),
)

KLIMAATDOENERS = DemoTrajectory(
    name="Klimaatdoeners Herent",
    programme="klimaatdoeners",
    municipalities=("Herent",),
    months_ago=4,
    days_earlier=8,
    arrangement="single",
    scope_key=None,
    notes="Burgergroep van 11 mensen; werkingsbudget van de gemeente € 5.000 (intake).",
    contacts=(
        _p("Evelien", "Peeters", "Duurzaamheidsambtenaar", "3020", "Herent", "herent.example.be"),
        _p("Dirk", "Janssens", "Schepen van klimaat", "3020", "Herent", "herent.example.be"),
    ),
    participants=(
        _p("Sofie", "Wouters", pc="3020", town="Herent"),
        _p("Bram", "Claes", pc="3020", town="Herent"),
        _p("Lotte", "Goossens", pc="3020", town="Herent"),
        _p("Rudi", "Mertens", pc="3020", town="Herent"),
        _p("Ingrid", "Jacobs", pc="3020", town="Herent"),
        _p("Yusuf", "Aydin", pc="3020", town="Herent"),
        _p("Veerle", "Willems", pc="3020", town="Herent"),
        _p("Stijn", "Van Damme", pc="3020", town="Herent"),
        _p("An", "Hermans", pc="3020", town="Herent"),
        _p("Joris", "Smets", pc="3020", town="Herent"),
        _p("Karolien", "Michiels", pc="3020", town="Herent"),
    ),
    location="GC De Wildeman",
    address="Wildemansweg 11, 3020 Herent",
    projects=(
        DemoProject(
            "Repaircafé Herent",
            "Herent centrum",
            "Klimaatdoeners Herent",
            "Herent",
            "Elke tweede zaterdag herstellen in plaats van weggooien.",
            (),
            1,
            (_p("Rudi", "Mertens", "trekker", "3020", "Herent"),),
            menu_index=3,
            budget_requested=1200,
            budget_granted=1000,
        ),
        DemoProject(
            "Volkstuin Veltem",
            "Veltem-Beisem",
            "Klimaatdoeners Herent",
            "Herent",
            "Een gedeelde moestuin met compost voor de buurt.",
            (),
            1,
            (_p("Lotte", "Goossens", "trekker", "3020", "Herent"),),
            menu_index=2,
            budget_requested=2500,
            budget_granted=2000,
        ),
        DemoProject(
            "Fietsbib Winksele",
            "Winksele",
            "Klimaatdoeners Herent",
            "Herent",
            "Kinderfietsen uitlenen met een abonnement.",
            (),
            0,
            (_p("Bram", "Claes", "trekker", "3020", "Herent"),),
            menu_index=4,
            budget_requested=1500,
        ),
    ),
    actions=(
        DemoAction("Gereedschap repaircafé inventariseren", 3, "", -10, done=True, project=0),
        DemoAction("Grond volkstuin: afspraak met de gemeente", 2, "", -3, project=1),
        DemoAction("Subsidie provincie aanvragen voor fietsbib", 1, "", 21, project=2),
    ),
    intake_answers={
        "klimaatdoelstellingen": "40 % minder CO2 tegen 2030; voeding en circulaire economie.",
        "lopende_initiatieven": "Een repaircafé in Veltem en de milieuraad.",
        "werkingsbudget": True,
        "werkingsbudget_bedrag": "5.000",
        "duurzaamheidsambtenaar": True,
        "duurzaamheidsambtenaar_naam": "Evelien Peeters",
        "logistiek": True,
        "werving": True,
        "wervingskanalen": ("infoblad", "sociale_media", "verenigingen"),
        "communicatie": True,
        "sessiemoment": "weekavond",
    },
    accepted_by="Dirk Janssens, schepen van klimaat",
)

INTERGEMEENTELIJK = DemoTrajectory(
    name="Klimaatsamenwerking Zuiderkempen en Netevallei",
    programme="intergemeentelijk",
    municipalities=("Herselt", "Hulshout", "Westerlo", "Grobbendonk", "Vorselaar", "Herenthout"),
    clusters=("Zuiderkempen",) * 3 + ("Netevallei",) * 3,
    months_ago=5,
    days_earlier=12,
    arrangement="cluster",
    scope_key=None,
    notes="Twee clusters van drie buurgemeenten; renovatiecampagne en deelmobiliteit eerst.",
    contacts=(
        _p(
            "Kristof",
            "Van Loock",
            "Duurzaamheidsambtenaar Herselt",
            "2230",
            "Herselt",
            "herselt.example.be",
        ),
        _p(
            "Marleen",
            "Verbist",
            "Milieuambtenaar Hulshout",
            "2235",
            "Hulshout",
            "hulshout.example.be",
        ),
        _p(
            "Hans",
            "Geens",
            "Klimaatcoördinator Westerlo",
            "2260",
            "Westerlo",
            "westerlo.example.be",
        ),
    ),
    participants=(
        _p("Tine", "Bellens", "Communicatie Herselt", "2230", "Herselt"),
        _p("Geert", "Van Hoof", "Communicatie Westerlo", "2260", "Westerlo"),
        _p("Leen", "Sterckx", "Algemeen directeur Hulshout", "2235", "Hulshout"),
    ),
    location="Gemeentehuis Westerlo, raadzaal",
    address="Boerenkrijgsplein 1, 2260 Westerlo",
    actions=(
        DemoAction("Gezamenlijke renovatiecampagne: offerte drukwerk", None, "Hans (Westerlo)", 10),
        DemoAction(
            "Afspraken timing in de drie schepencolleges agenderen", None, "Kristof (Herselt)", -4
        ),
    ),
    intake_answers={
        "gemeenten": "Zuiderkempen: Herselt, Hulshout, Westerlo. Netevallei: Grobbendonk, "
        "Vorselaar, Herenthout.",
        "trekkende_gemeente": "Westerlo",
        "bestaande_samenwerking": "Samen in de milieudienst en de woonwinkel.",
        "focus": ("acties", "communicatie"),
        "actie_ideeen": "Een gezamenlijke renovatiecampagne en deelmobiliteit.",
        "vergaderruimte": True,
        "ambtelijke_betrokkenen": True,
        "interne_communicatie": True,
        "intern_draagvlak": True,
        "kostenverdeling": True,
    },
    accepted_by="Hans Geens, namens de zes colleges",
)

BUURTPUNT = DemoTrajectory(
    name="Lerend netwerk 'ons buurtpunt' 2026–2027",
    programme="buurtpunt",
    municipalities=(),
    months_ago=3,
    days_earlier=2,
    arrangement="network",
    scope_key=None,
    notes="Vier buurtpunten in opstart; inspiratiedag gepland na de vierde sessie.",
    contacts=(),
    participants=(
        _p("Jan", "Van Puyvelde", "trekker", "9130", "Beveren-Kruibeke-Zwijndrecht"),
        _p("Mieke", "Saelens", "trekker", "9130", "Beveren-Kruibeke-Zwijndrecht"),
        _p("Dries", "De Wilde", "trekker", "9940", "Evergem"),
        _p("Nele", "Van Acker", "trekker", "3300", "Tienen"),
        _p("Luc", "Wuyts", "trekker", "3300", "Tienen"),
        _p("Fatima", "El Amrani", "trekker", "9140", "Temse"),
    ),
    location="Dorpshuis Kieldrecht",
    address="Dorpsplein 3, 9130 Beveren-Kruibeke-Zwijndrecht",
    local_organisations=(
        ("Dorpsraad Kieldrecht", "neighbourhood_committee", "Beveren-Kruibeke-Zwijndrecht"),
        ("Buurtwerking Rieme", "neighbourhood_committee", "Evergem"),
        ("vzw Dorpspunt Sint-Margriete-Houtem", "association", "Tienen"),
        ("Wijkcomité Tielrode", "neighbourhood_committee", "Temse"),
    ),
    projects=(
        DemoProject(
            "Buurtpunt Kieldrecht",
            "Kieldrecht",
            "Dorpsraad Kieldrecht",
            "Beveren-Kruibeke-Zwijndrecht",
            "Dorpswinkel met korte keten, een mobipunt met deelfietsen en een ontmoetingshoek.",
            (0, 1, 2),
            2,
            (_p("Jan", "Van Puyvelde"), _p("Mieke", "Saelens")),
        ),
        DemoProject(
            "Buurtpunt Rieme",
            "Rieme",
            "Buurtwerking Rieme",
            "Evergem",
            "Buurtcafé met pakjespunt en een deelauto voor de wijk.",
            (1, 3),
            1,
            (_p("Dries", "De Wilde"),),
        ),
        DemoProject(
            "Dorpspunt Sint-Margriete-Houtem",
            "Sint-Margriete-Houtem",
            "vzw Dorpspunt Sint-Margriete-Houtem",
            "Tienen",
            "Lokale markt op zaterdag en een belbus-halte met wachtruimte.",
            (0, 2),
            1,
            (_p("Nele", "Van Acker"), _p("Luc", "Wuyts")),
        ),
        DemoProject(
            "Buurtpunt Tielrode",
            "Tielrode",
            "Wijkcomité Tielrode",
            "Temse",
            "Ontmoetingsplek in de oude pastorij met deelfietsen en een repaircafé.",
            (0, 1),
            0,
            (_p("Fatima", "El Amrani"),),
        ),
    ),
    actions=(
        DemoAction("Gesprek met eigenaar leegstaande winkel", 0, "", 7, project=0),
        DemoAction("Bevraging bewoners over openingsuren", 1, "", -2, project=0),
        DemoAction("Deelauto-aanbieders contacteren", 2, "", 12, project=1),
        DemoAction("Marktkramers uit de streek oplijsten", 3, "", -12, done=True, project=2),
        DemoAction("Afspraak met kerkfabriek over de pastorij", 5, "", 18, project=3),
    ),
    intake_answers={
        "organisatie": "Dorpsraad Kieldrecht (de eerste trekker van het netwerk)",
        "soort_trekker": "bewonersgroep",
        "locatie": "Kieldrecht",
        "noden": "Geen winkel meer in het dorp; de bus rijdt twee keer per dag.",
        "functies": ("mobiliteit", "sociaal", "commercieel"),
        "idee": "Een dorpswinkel met korte keten, een mobipunt en een ontmoetingshoek.",
        "stand": "verkenning",
        "deelname_werksessies": True,
        "lokale_actoren": True,
    },
    accepted_by="Jan Van Puyvelde, Dorpsraad Kieldrecht",
)

GEZAMENLIJK = DemoTrajectory(
    name="Gezamenlijk autodelen Leiestreek",
    programme="autodelen",
    municipalities=("Wielsbeke", "Dentergem", "Oostrozebeke", "Zulte", "Deinze"),
    months_ago=-1,
    days_earlier=11,  # starts within three weeks, so it was accepted by today
    arrangement="joint",
    scope_key="fase_1",
    status="planned",
    agreed_amount=12_500,
    notes="Vijf Leiegemeenten over twee provincies; eerst Fase 1, daarna beslissen ze samen.",
    contacts=(
        _p(
            "Lies",
            "Vanneste",
            "Mobiliteitsambtenaar Wielsbeke, lokale trekker",
            "8710",
            "Wielsbeke",
            "wielsbeke.example.be",
        ),
        _p(
            "Tom",
            "De Clercq",
            "Duurzaamheidsambtenaar Deinze",
            "9800",
            "Deinze",
            "deinze.example.be",
        ),
    ),
    participants=(),
    location="Gemeentehuis Wielsbeke, raadzaal",
    address="Hoogstraat 5, 8710 Wielsbeke",
    intake_answers={
        "beleid_engagement": "ja",
        "aanbod_engagement": "ja",
        "vraag_engagement": "ja",
        "budget_beschikbaar": True,
        "engagement_beschikbaar": True,
        "lokale_trekker": "Lies Vanneste, Wielsbeke (voor de vijf gemeenten)",
        "ambities": "In elke gemeente één wijk met een autodeelgroep, en samen leren.",
        "gewenste_scope": "fase_1",
        "gezamenlijk_traject": True,
    },
    accepted_by="Lies Vanneste, namens de vijf colleges",
)

DEMO_TRAJECTORIES = (AUTODELEN, KLIMAATDOENERS, INTERGEMEENTELIJK, BUURTPUNT, GEZAMENLIJK)
