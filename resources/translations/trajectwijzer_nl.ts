<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>App</name>
    <message>
        <source>Database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
</context>
<context>
    <name>AreaEditor</name>
    <message>
        <source>Tick the chosen one: at most %1.</source>
        <translation>Vink aan welke gekozen is: hoogstens %1.</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentieel</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Search a municipality by name or postal code, or add a local organisation.</source>
        <translation>Zoek een gemeente op naam of postcode, of voeg een lokale organisatie toe.</translation>
    </message>
    <message>
        <source>e.g. Izegem or 8870</source>
        <translation>bv. Izegem of 8870</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <source>name of the local organisation</source>
        <translation>naam van de lokale organisatie</translation>
    </message>
    <message>
        <source>municipality or village</source>
        <translation>gemeente of deelgemeente</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Chosen clients</source>
        <translation>Gekozen klanten</translation>
    </message>
    <message>
        <source>Type the name of the local organisation first.</source>
        <translation>Typ eerst de naam van de lokale organisatie.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation>Huidige fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Registered / present</source>
        <translation>Ingeschreven / aanwezig</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Trekkers</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>ConditionsBanner</name>
    <message>
        <source>Conditions for starting: met</source>
        <translation>Voorwaarden om te starten: voldaan</translation>
    </message>
    <message>
        <source>Not met yet:</source>
        <translation>Nog niet voldaan:</translation>
    </message>
    <message>
        <source>Conditions not met (%1)</source>
        <translation>Voorwaarden niet voldaan (%1)</translation>
    </message>
    <message>
        <source>Required questions still open (%1)</source>
        <translation>Verplichte vragen nog open (%1)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Who are the contact persons, and what is their role? You can add them later too.</source>
        <translation>Wie zijn de contactpersonen, en wat is hun rol? Je kan ze ook later toevoegen.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Choose a trajectory to see its intake.</source>
        <translation>Kies een traject om de intake te zien.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Questions marked * are required.</source>
        <translation>Vragen met * zijn verplicht.</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Kennismakingsoverleg</translation>
    </message>
    <message>
        <source>The agenda of the first meeting: note per item what was agreed.</source>
        <translation>De agenda van het eerste overleg: noteer per agendapunt wat er afgesproken is.</translation>
    </message>
    <message>
        <source>Present at least</source>
        <translation>Minimaal aanwezig</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notities: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vroegtijdig gestopt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Kennismakingsoverleg</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Vervolgbijeenkomst</translation>
    </message>
    <message>
        <source>Work session</source>
        <translation>Werksessie</translation>
    </message>
    <message>
        <source>Learning network session</source>
        <translation>Lerend-netwerksessie</translation>
    </message>
    <message>
        <source>Inspiration day</source>
        <translation>Inspiratiedag</translation>
    </message>
    <message>
        <source>Press moment</source>
        <translation>Persmoment</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Informs</source>
        <translation>Informeert</translation>
    </message>
    <message>
        <source>Communicates along</source>
        <translation>Communiceert mee</translation>
    </message>
    <message>
        <source>Works along</source>
        <translation>Werkt mee</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trajectwijzer</source>
        <translation>Trajectwijzer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>Personen &amp; organisaties</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>NewTrajectoryWizard</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No sessions in the coming six weeks.</source>
        <translation>Geen bijeenkomsten in de komende zes weken.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Niets is achterstallig.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Coming up (next six weeks)</source>
        <translation>Binnenkort (de komende zes weken)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Achterstallige acties</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions coming up, %1 actions overdue</source>
        <translation>
            <numerusform>%n bijeenkomst binnenkort, %1 acties achterstallig</numerusform>
            <numerusform>%n bijeenkomsten binnenkort, %1 acties achterstallig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, email, phone or municipality</source>
        <translation>Zoek op naam, e-mail, telefoon of gemeente</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>Personen &amp; organisaties</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Which programme does the trajectory follow, and for whom?</source>
        <translation>Welk programma volgt het traject, en voor wie?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Save programme sheet as PDF…</source>
        <translation>Programmafiche bewaren als PDF…</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>Programme files</source>
        <translation>Programmabestanden</translation>
    </message>
    <message>
        <source>Save programme sheet</source>
        <translation>Programmafiche bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Programme sheet</source>
        <translation>Programmafiche</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>prijs op aanvraag</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF bewaren…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Apply the discount</source>
        <translation>Korting toepassen</translation>
    </message>
    <message>
        <source>Make new version</source>
        <translation>Nieuwe versie maken</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prijs excl. btw</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Price of the new version</source>
        <translation>Prijs van de nieuwe versie</translation>
    </message>
    <message>
        <source>No discount applies.</source>
        <translation>Er geldt geen korting.</translation>
    </message>
    <message>
        <source>Price on request: type the agreed price, or leave empty for now.</source>
        <translation>Prijs op aanvraag: typ de afgesproken prijs, of laat het veld voorlopig leeg.</translation>
    </message>
    <message>
        <source>Indicative price: leave empty for the list price or type another.</source>
        <translation>Richtprijs: laat leeg voor de richtprijs of typ een andere prijs.</translation>
    </message>
    <message>
        <source>The programme sets this price.</source>
        <translation>Het programma legt deze prijs vast.</translation>
    </message>
    <message>
        <source>Version %1 of quote %2 made.</source>
        <translation>Versie %1 van offerte %2 is gemaakt.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no new version made.</source>
        <translation>Niets veranderd sinds versie %1: er is geen nieuwe versie gemaakt.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>Offerte bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Name and start</source>
        <translation>Naam en start</translation>
    </message>
    <message>
        <source>With a start date the phases are planned at once.</source>
        <translation>Met een startdatum worden de fasen meteen gepland.</translation>
    </message>
    <message>
        <source>The start date is known</source>
        <translation>De startdatum is gekend</translation>
    </message>
    <message>
        <source>Name of the trajectory</source>
        <translation>Naam van het traject</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
</context>
<context>
    <name>TrajectoriesPage</name>
    <message>
        <source>New trajectory…</source>
        <translation>Nieuw traject…</translation>
    </message>
    <message>
        <source>Start a new trajectory (Ctrl+N)</source>
        <translation>Een nieuw traject starten (Ctrl+N)</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
</context>
<context>
    <name>TrajectoryDetailView</name>
    <message>
        <source>This part of the trajectory is not filled in yet.</source>
        <translation>Dit deel van het traject is nog niet ingevuld.</translation>
    </message>
    <message>
        <source>No phases planned yet.</source>
        <translation>Nog geen fasen gepland.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Nog geen bijeenkomsten.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation>Nog geen contactpersonen.</translation>
    </message>
    <message>
        <source>Participant projects</source>
        <translation>Projecten van deelnemers</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Geen projecten.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Nog geen partners.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation>
            <numerusform>%n open actie</numerusform>
            <numerusform>%n open acties</numerusform>
        </translation>
    </message>
</context>
</TS>
