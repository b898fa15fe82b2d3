<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trajectwijzer</source>
        <translation>Over Trajectwijzer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>For coaches of climate and mobility trajectories with municipalities and citizen groups. Works without internet; your data stays on this computer.</source>
        <translation>Voor begeleiders van klimaat- en mobiliteitstrajecten met gemeenten en burgergroepen. Werkt zonder internet; je gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotheken en licenties</translation>
    </message>
    <message>
        <source>Libraries shipped with the app and their licences</source>
        <translation>Bibliotheken die met de app meekomen en hun licenties</translation>
    </message>
    <message>
        <source>Font: DejaVu Sans (free licence, see LICENSE-DejaVu.txt).</source>
        <translation>Lettertype: DejaVu Sans (vrije licentie, zie LICENSE-DejaVu.txt).</translation>
    </message>
</context>
<context>
    <name>ActionPlanParts</name>
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
    <message>
        <source>Project / phase</source>
        <translation>Project / fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Whole trajectory</source>
        <translation>Heel het traject</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>Geen fase</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 open)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>On the agenda of</source>
        <translation>Op de agenda van</translation>
    </message>
    <message>
        <source>whole trajectory</source>
        <translation>heel het traject</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Alleen open</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>History of the action</source>
        <translation>Geschiedenis van de actie</translation>
    </message>
    <message>
        <source>Put open actions on the next agenda</source>
        <translation>Open acties op de volgende agenda</translation>
    </message>
    <message>
        <source>Handouts per project…</source>
        <translation>Per project afdrukken…</translation>
    </message>
    <message>
        <source>Print action plan…</source>
        <translation>Actieplan afdrukken…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Groeperen per</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Plan after session</source>
        <translation>Plan na bijeenkomst</translation>
    </message>
    <message>
        <source>Whole trajectory</source>
        <translation>Heel het traject</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>(no session yet)</source>
        <translation>(nog geen bijeenkomst)</translation>
    </message>
    <message>
        <source>Print project plan…</source>
        <translation>Projectplan afdrukken…</translation>
    </message>
    <message>
        <source>%1 of %2 actions shown · %3 open · %4 late</source>
        <translation>%1 van %2 acties getoond · %3 open · %4 te laat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>uit %1</translation>
    </message>
    <message>
        <source>change action status</source>
        <translation>status van actie wijzigen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>carry open actions</source>
        <translation>open acties meenemen</translation>
    </message>
    <message>
        <source>%1 open actions are on the agenda of %2 %3.</source>
        <translation>%1 openstaande acties staan op de agenda van %2 %3.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>What will be done? Enter adds it</source>
        <translation>Wat gebeurt er? Enter voegt toe</translation>
    </message>
    <message>
        <source>Who: an attendee or any name</source>
        <translation>Wie: een aanwezige of een naam</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Actions added</source>
        <translation>Toegevoegde acties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(geen project)</translation>
    </message>
    <message>
        <source>✓ Action added</source>
        <translation>✓ Actie toegevoegd</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Type a name, e-mail or municipality</source>
        <translation>Typ een naam, e-mailadres of gemeente</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Choose a person, or add a new one.</source>
        <translation>Kies een persoon, of voeg een nieuwe toe.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <source>No database here</source>
        <translation>Hier is geen database</translation>
    </message>
    <message>
        <source>There is no database at %1. Make a new, empty database there?</source>
        <translation>Er is geen database op %1. Daar een nieuwe, lege database maken?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist either; it will be made.</source>
        <translation>De map %1 bestaat ook nog niet; die wordt dan gemaakt.</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>Nieuwe database maken</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Een ander bestand openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The newest sound backup was made on %1:
%2</source>
        <translation>De nieuwste gezonde reservekopie is gemaakt op %1:
%2</translation>
    </message>
    <message>
        <source>Restore the newest sound backup</source>
        <translation>De nieuwste gezonde reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Server cannot be used</source>
        <translation>Server niet bruikbaar</translation>
    </message>
    <message>
        <source>You can work in this computer&apos;s own database now; the server stays chosen in Settings for the next start.</source>
        <translation>U kunt nu in de eigen database van deze computer werken; de server blijft gekozen in Instellingen voor de volgende start.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>De database van deze computer gebruiken</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Een database openen</translation>
    </message>
    <message>
        <source>Database (*.sqlite);;All files (*)</source>
        <translation>Database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Filling the demo…</source>
        <translation>De demo wordt gevuld…</translation>
    </message>
    <message>
        <source>The demo could not be filled.</source>
        <translation>De demo kon niet gevuld worden.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept in %1</source>
        <translation>Reservekopie teruggezet; de vorige database is bewaard in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased after this backup was made were erased from it again.</source>
        <translation>
            <numerusform>%n persoon die na deze reservekopie gewist werd, is er opnieuw uit gewist.</numerusform>
            <numerusform>%n personen die na deze reservekopie gewist werden, zijn er opnieuw uit gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>The backup failed; the log file says why.</source>
        <translation>De reservekopie is mislukt; het logbestand zegt waarom.</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>AreaEditor</name>
    <message>
        <source>Tick the chosen one: at most %1.</source>
        <translation>Vink aan welke gekozen is: hoogstens %1.</translation>
    </message>
    <message>
        <source>Each municipality chooses its own: at most %1 each.</source>
        <translation>Elke gemeente kiest haar eigen: hoogstens %1 per gemeente.</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentieel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
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
    <name>BackupPage</name>
    <message>
        <source>Trajectwijzer makes a backup at every start and once a day while it runs: the last 7 days, 4 weeks and 6 months are kept. A second folder, on a USB stick for instance, gets the same backups whenever it is plugged in. Every backup is checked after it is written; a damaged database is never copied.</source>
        <translation>Trajectwijzer maakt een reservekopie bij elke start en eenmaal per dag terwijl het draait: de laatste 7 dagen, 4 weken en 6 maanden blijven bewaard. Een tweede map, bijvoorbeeld op een USB-stick, krijgt dezelfde reservekopieën telkens als ze aangesloten is. Elke reservekopie wordt na het schrijven gecontroleerd; een beschadigde database wordt nooit gekopieerd.</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>Geen tweede map</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Tweede map</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Gekozen kopie terugzetten…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Terugzetten uit een bestand…</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor het terugzetten</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Voor een update</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Gezond</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Tweede map voor reservekopieën</translation>
    </message>
    <message>
        <source>Replace the database by this backup?
%1

The database as it is now is kept aside in the backup folder first, so this can be undone. People erased since the backup was made stay erased.</source>
        <translation>De database vervangen door deze reservekopie?
%1

De database zoals ze nu is, wordt eerst opzij gezet in de map met reservekopieën, zodat dit ongedaan kan worden. Wie sinds deze reservekopie gewist werd, blijft gewist.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Een kopie van de database opslaan</translation>
    </message>
    <message>
        <source>Database (*.sqlite)</source>
        <translation>Database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made and checked.</source>
        <translation>
            <numerusform>%n reservekopie gemaakt en gecontroleerd.</numerusform>
            <numerusform>%n reservekopieën gemaakt en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Kopie bewaren</translation>
    </message>
    <message>
        <source>Saved and checked: %1</source>
        <translation>Bewaard en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be put back. Choose a backup marked sound (usually the next older one).</source>
        <translation>Deze reservekopie is beschadigd en kan niet teruggezet worden. Kies een reservekopie die als gezond gemarkeerd is (meestal de eerstvolgende oudere).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Database (*.sqlite);;All files (*)</source>
        <translation>Database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back</source>
        <translation>Terugbrengen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>%1: %2 changes of this laptop go to the server.</source>
        <translation>%1: %2 wijzigingen van deze laptop gaan naar de server.</translation>
    </message>
    <message>
        <source>These records were changed on both sides: choose for each which version stays.</source>
        <translation>Deze records zijn aan beide kanten gewijzigd: kies voor elk welke versie blijft.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased on this laptop will be erased on the server too.</source>
        <translation>
            <numerusform>%n persoon die op deze laptop gewist is, wordt ook op de server gewist.</numerusform>
            <numerusform>%n personen die op deze laptop gewist zijn, worden ook op de server gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased on the server meanwhile will be erased on this laptop too; nothing of them goes back.</source>
        <translation>
            <numerusform>%n persoon die intussen op de server gewist is, wordt ook op deze laptop gewist; niets van die persoon gaat terug.</numerusform>
            <numerusform>%n personen die intussen op de server gewist zijn, worden ook op deze laptop gewist; niets van hen gaat terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Versie van de server</translation>
    </message>
    <message>
        <source>Laptop&apos;s version</source>
        <translation>Versie van de laptop</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Een ander bestand kiezen…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Typ een naam, dan Enter</translation>
    </message>
    <message>
        <source>Found despite a typo or another spelling</source>
        <translation>Gevonden ondanks een tikfout of een andere schrijfwijze</translation>
    </message>
    <message>
        <source>Nobody found: add them below.</source>
        <translation>Niemand gevonden: voeg toe hieronder.</translation>
    </message>
    <message>
        <source>✓ %1 checked in</source>
        <translation>✓ %1 aangemeld</translation>
    </message>
    <message>
        <source>%1 was already checked in</source>
        <translation>%1 was al aangemeld</translation>
    </message>
    <message>
        <source>✓ %1 added and checked in</source>
        <translation>✓ %1 toegevoegd en aangemeld</translation>
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
        <source>Municipalities found</source>
        <translation>Gevonden gemeenten</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <source>its cluster, e.g. Zuiderkempen</source>
        <translation>haar cluster, bv. Zuiderkempen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
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
        <source>cluster %1</source>
        <translation>cluster %1</translation>
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
        <source>%1 (not booked)</source>
        <translation>%1 (niet geboekt)</translation>
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
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>%1 new, %2 completed</source>
        <translation>%1 nieuw, %2 aangevuld</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
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
    <name>Consent</name>
    <message>
        <source>Contact about the trajectory</source>
        <translation>Contact over het traject</translation>
    </message>
    <message>
        <source>Invitations to sessions</source>
        <translation>Uitnodigingen voor bijeenkomsten</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Photos and reports</source>
        <translation>Foto&apos;s en verslagen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming noteren</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>addressee</source>
        <translation>aanspreekpunt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <source>Quotes and letters</source>
        <translation>Offertes en brieven</translation>
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
    <name>ContactsView</name>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Add contact person…</source>
        <translation>Contactpersoon toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Address quotes and letters to</source>
        <translation>Offertes en brieven richten aan</translation>
    </message>
    <message>
        <source>Who is the client&apos;s contact, and in what role. Quotes and letters are addressed to the contact marked for them.</source>
        <translation>Wie de contactpersonen van de klant zijn, en in welke rol. Offertes en brieven zijn gericht aan de contactpersoon die daarvoor aangeduid is.</translation>
    </message>
    <message>
        <source>add contact person</source>
        <translation>contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>remove contact person</source>
        <translation>contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>change role</source>
        <translation>rol wijzigen</translation>
    </message>
    <message>
        <source>choose addressee</source>
        <translation>aanspreekpunt kiezen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Trajectwijzer ran into an unexpected problem. What was saved is safe: every change is saved completely or not at all.</source>
        <translation>Trajectwijzer liep tegen een onverwacht probleem aan. Wat bewaard was, is veilig: elke wijziging wordt volledig of helemaal niet bewaard.</translation>
    </message>
    <message>
        <source>The details are in the log in %1. They contain no personal data.</source>
        <translation>De details staan in het logboek in %1. Er staan geen persoonsgegevens in.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Trajectwijzer</source>
        <translation>Trajectwijzer</translation>
    </message>
</context>
<context>
    <name>DiscountBox</name>
    <message>
        <source>Apply the discount</source>
        <translation>Korting toepassen</translation>
    </message>
    <message>
        <source>Why the discount differs from the rule (printed on the quote)</source>
        <translation>Waarom de korting afwijkt van de regel (komt op de offerte)</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Reden voor de korting</translation>
    </message>
    <message>
        <source>no discount by the rule</source>
        <translation>geen korting volgens de regel</translation>
    </message>
    <message>
        <source>No discount applies.</source>
        <translation>Er geldt geen korting.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>&apos;{bic}&apos; is not a valid BIC (8 or 11 letters and digits, such as GEBABEBB).</source>
        <translation>&apos;{bic}&apos; is geen geldige BIC (8 of 11 letters en cijfers, zoals GEBABEBB).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not in the list of Belgian municipalities. Look the municipality up by name or postcode and choose it from the list.</source>
        <translation>&apos;{code}&apos; staat niet in de lijst van Belgische gemeenten. Zoek de gemeente op naam of postcode en kies ze uit de lijst.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not a valid e-mail address. Type an address such as naam@gemeente.be, or leave it empty.</source>
        <translation>&apos;{email}&apos; is geen geldig e-mailadres. Typ een adres zoals naam@gemeente.be, of laat het leeg.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address. Type an address such as naam@voorbeeld.be.</source>
        <translation>&apos;{email}&apos; is geen e-mailadres. Typ een adres zoals naam@voorbeeld.be.</translation>
    </message>
    <message>
        <source>&apos;{iban}&apos; is not a valid IBAN ({reason}). Copy it from a bank statement.</source>
        <translation>&apos;{iban}&apos; is geen geldig IBAN-nummer ({reason}). Neem het over van een rekeninguittreksel.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not on the menu of &apos;{programme}&apos;.</source>
        <translation>&apos;{key}&apos; staat niet op de menukaart van &apos;{programme}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a partner of this trajectory.</source>
        <translation>&apos;{name}&apos; is al partner van dit traject.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the list twice.</source>
        <translation>&apos;{name}&apos; staat twee keer in de lijst.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; now falls on {reason}.</source>
        <translation>&apos;{name}&apos; valt nu op {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would then fall after the end of the trajectory ({end}). Choose a date within the trajectory, or first extend the last phase.</source>
        <translation>&apos;{name}&apos; valt dan na het einde van het traject ({end}). Kies een datum binnen het traject, of verleng eerst de laatste fase.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would then fall before the start of the trajectory ({start}). Choose a later date, or first change the trajectory&apos;s start date.</source>
        <translation>&apos;{name}&apos; valt dan vóór de start van het traject ({start}). Kies een latere datum, of verander eerst de startdatum van het traject.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: this field cannot be changed here.</source>
        <translation>&apos;{name}&apos;: dit veld kan hier niet aangepast worden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {day} is after the end of the trajectory ({end}). Choose a date within the trajectory.</source>
        <translation>&apos;{name}&apos;: {day} ligt na het einde van het traject ({end}). Kies een datum binnen het traject.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {day} is before the start of the trajectory ({start}). Choose a date within the trajectory.</source>
        <translation>&apos;{name}&apos;: {day} ligt vóór de start van het traject ({start}). Kies een datum binnen het traject.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be read: it asks for far more memory than a list of participants needs, or it is damaged. Nothing was saved. Open it in Excel or LibreOffice and save it again as .xlsx, or export it as a CSV file, and try again.</source>
        <translation>&apos;{name}&apos; kon niet gelezen worden: het vraagt veel meer geheugen dan een deelnemerslijst nodig heeft, of het is beschadigd. Er is niets bewaard. Open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx, of exporteer het als CSV-bestand, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has more than {rows} rows; that is not a list of participants. Save only the people in a new file and try again.</source>
        <translation>&apos;{name}&apos; heeft meer dan {rows} rijen; dat is geen deelnemerslijst. Bewaar alleen de personen in een nieuw bestand en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no data. Choose the file with the people.</source>
        <translation>&apos;{name}&apos; bevat geen gegevens. Kies het bestand met de personen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no rows with people. Choose the file with the list of participants.</source>
        <translation>&apos;{name}&apos; bevat geen rijen met personen. Kies het bestand met de deelnemerslijst.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not a spreadsheet. Choose a file.</source>
        <translation>&apos;{name}&apos; is een map, geen rekenblad. Kies een bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a web page without a table. Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>&apos;{name}&apos; is een webpagina zonder tabel. Open het in Excel of LibreOffice, bewaar het als .xlsx en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an Excel 2003 XML spreadsheet, which Trajectwijzer cannot read. Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>&apos;{name}&apos; is een XML-rekenblad van Excel 2003, dat Trajectwijzer niet kan lezen. Open het in Excel of LibreOffice, bewaar het als .xlsx en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or not a spreadsheet. Open it in Excel or LibreOffice, save it again as .xlsx or .csv and try again.</source>
        <translation>&apos;{name}&apos; is beschadigd of geen rekenblad. Open het in Excel of LibreOffice, bewaar het opnieuw als .xlsx of .csv en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty. Choose the file with the list of participants.</source>
        <translation>&apos;{name}&apos; is leeg. Kies het bestand met de deelnemerslijst.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is incomplete or damaged (perhaps not completely downloaded or copied). Fetch the file again, or save it again in Excel as .xlsx, and try again.</source>
        <translation>&apos;{name}&apos; is onvolledig of beschadigd (misschien niet helemaal gedownload of gekopieerd). Haal het bestand opnieuw op, of bewaar het in Excel opnieuw als .xlsx, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {megabytes} MB; that is not a list of participants. Save only the sheet with the people and try again.</source>
        <translation>&apos;{name}&apos; is groter dan {megabytes} MB; dat is geen deelnemerslijst. Bewaar alleen het blad met de personen en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a PNG or SVG image that can be read. Choose another file.</source>
        <translation>&apos;{name}&apos; is geen PNG- of SVG-afbeelding die gelezen kan worden. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a readable CSV file. Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>&apos;{name}&apos; is geen leesbaar CSV-bestand. Open het in Excel of LibreOffice, bewaar het als .xlsx en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a JSON file). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een JSON-bestand). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a Markdown text). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een Markdown-tekst). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a PDF). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een PDF). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a compressed archive, such as a zip). Unpack it first and choose the list of participants in it.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een gecomprimeerd archief, zoals een zip). Pak het eerst uit en kies de deelnemerslijst die erin zit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a database). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een database). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a presentation). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een presentatie). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a program). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een programma). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a settings file, such as TOML or INI). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een instellingenbestand, zoals TOML of INI). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like a text document, such as Word). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een tekstdocument, zoals Word). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like an XML file). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een XML-bestand). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like an image). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een afbeelding). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet (it looks like another kind of Office file). Choose the list of participants as an .xlsx, .ods, .xls or .csv file.</source>
        <translation>&apos;{name}&apos; is geen rekenblad (het lijkt een ander soort Office-bestand). Kies de deelnemerslijst als .xlsx-, .ods-, .xls- of .csv-bestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a spreadsheet Trajectwijzer knows. Save it in Excel or LibreOffice as .xlsx or .csv and try again.</source>
        <translation>&apos;{name}&apos; is geen rekenblad dat Trajectwijzer kent. Bewaar het in Excel of LibreOffice als .xlsx of .csv en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected with a password. Open it in Excel or LibreOffice, remove the password (or save a copy without one) and try again.</source>
        <translation>&apos;{name}&apos; is beveiligd met een wachtwoord. Open het in Excel of LibreOffice, haal het wachtwoord weg (of bewaar een kopie zonder wachtwoord) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is text without the column headers of a list of people (such as First name, Name, E-mail), or its columns are not separated the same way on every line. Put a row with column headers at the top, or save the list from Excel or LibreOffice as .xlsx, and try again.</source>
        <translation>&apos;{name}&apos; is tekst zonder de kolomkoppen van een deelnemerslijst (zoals Voornaam, Naam, E-mail), of de kolommen zijn niet op elke regel op dezelfde manier gescheiden. Zet bovenaan een rij met kolomkoppen, of bewaar de lijst vanuit Excel of LibreOffice als .xlsx, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too big to read as a list of participants (the spreadsheet promises unusually many cells or text). Save only the sheet with the people in a new file and try again.</source>
        <translation>&apos;{name}&apos; is te groot om als deelnemerslijst in te lezen (het rekenblad belooft ongewoon veel cellen of tekst). Bewaar alleen het blad met de personen in een nieuw bestand en probeer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a valid VAT number. A Belgian one is BE followed by the enterprise number.</source>
        <translation>&apos;{number}&apos; is geen geldig btw-nummer. Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a valid enterprise number ({reason}). Copy it from the KBO.</source>
        <translation>&apos;{number}&apos; is geen geldig ondernemingsnummer ({reason}). Neem het over uit de KBO.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; asks for at least {minimum} client(s); you chose {count}. Add {missing} more.</source>
        <translation>&apos;{option}&apos; vraagt minstens {minimum} klant(en); je koos er {count}. Voeg er nog {missing} toe.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is for {maximum} client(s); you chose {count}. Remove some, or choose a joint trajectory.</source>
        <translation>&apos;{option}&apos; is voor {maximum} klant(en); je koos er {count}. Verwijder er, of kies een gezamenlijk traject.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a valid phone number. Type it as 0470 12 34 56, 016 12 34 56 or with the country code (+31 …).</source>
        <translation>&apos;{phone}&apos; is geen geldig telefoonnummer. Typ het als 0470 12 34 56, 016 12 34 56 of met de landcode (+31 …).</translation>
    </message>
    <message>
        <source>&apos;{postcode}&apos; is not a Belgian postcode (four digits, such as 3020).</source>
        <translation>&apos;{postcode}&apos; is geen Belgische postcode (vier cijfers, zoals 3020).</translation>
    </message>
    <message>
        <source>&apos;{potential}&apos; is not a potential; choose from {levels}.</source>
        <translation>&apos;{potential}&apos; is geen potentieel; kies uit {levels}.</translation>
    </message>
    <message>
        <source>&apos;{programme}&apos; asks for no working budget: leave the working budget empty.</source>
        <translation>&apos;{programme}&apos; vraagt geen werkingsbudget: laat het werkingsbudget leeg.</translation>
    </message>
    <message>
        <source>&apos;{province}&apos; is not a province; choose from {known}</source>
        <translation>&apos;{province}&apos; is geen provincie; kies uit {known}</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not among those who must at least attend the first meeting.</source>
        <translation>&apos;{role}&apos; staat niet bij wie minimaal aanwezig moet zijn op het eerste overleg.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid code for {what}. Use &apos;trajectwijzer list&apos; to see the codes (uid).</source>
        <translation>&apos;{text}&apos; is geen geldige code van {what}. Gebruik &apos;trajectwijzer list&apos; om de codes (uid) te zien.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; comes from the programme and cannot be deleted. Set its status to &apos;Cancelled&apos; if it does not go ahead.</source>
        <translation>&apos;{title}&apos; komt uit het programma en kan niet verwijderd worden. Zet de status op &apos;Geannuleerd&apos; als ze niet doorgaat.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is planned on {day}: a session in the future cannot have been held yet.</source>
        <translation>&apos;{title}&apos; is gepland op {day}: een bijeenkomst in de toekomst kan nog niet gehouden zijn.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; was already held</source>
        <translation>&apos;{title}&apos; werd al gehouden</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a Belgian municipality. Did you mean: {suggestions}?</source>
        <translation>&apos;{typed}&apos; is geen Belgische gemeente. Bedoel je: {suggestions}?</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a Belgian municipality. Type the name or the postcode.</source>
        <translation>&apos;{typed}&apos; is geen Belgische gemeente. Typ de naam of de postcode.</translation>
    </message>
    <message>
        <source>&apos;{uid}&apos; is neither a trajectory nor a session. Use &apos;trajectwijzer list trajectories&apos; or &apos;trajectwijzer list sessions&apos; to see the codes.</source>
        <translation>&apos;{uid}&apos; is geen traject en geen bijeenkomst. Gebruik &apos;trajectwijzer list trajectories&apos; of &apos;trajectwijzer list sessions&apos; om de codes te zien.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status. Choose from: {known}.</source>
        <translation>&apos;{value}&apos; is geen status. Kies uit: {known}.</translation>
    </message>
    <message>
        <source>A VAT rate of {rate} % is not possible: type a rate from 0 to 100 %.</source>
        <translation>Een btw-tarief van {rate} % kan niet: typ een tarief van 0 tot 100 %.</translation>
    </message>
    <message>
        <source>A choice question has 2 to 9 options (one digit per option when typing in).</source>
        <translation>Een keuzevraag heeft 2 tot 9 opties (één cijfer per optie bij het intikken).</translation>
    </message>
    <message>
        <source>A consent cannot have been withdrawn before it was given.</source>
        <translation>Een toestemming kan niet ingetrokken zijn vóór ze gegeven werd.</translation>
    </message>
    <message>
        <source>A contact person needs a name.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A discount of {percent} % is not possible: type a discount between 0 and 100 %.</source>
        <translation>Een korting van {percent} % kan niet: typ een korting tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>A new start date moves the whole trajectory. If finished parts must keep their date, move the first phase that is not finished yet instead.</source>
        <translation>Een nieuwe startdatum verschuift het hele traject. Moeten afgeronde onderdelen hun datum houden, verplaats dan de eerste fase die nog niet afgerond is.</translation>
    </message>
    <message>
        <source>A number cannot be negative here. Type a number such as 12 or 12,5 (with a comma for the decimals).</source>
        <translation>Een getal kan hier niet negatief zijn. Typ een getal zoals 12 of 12,5 (met een komma voor de decimalen).</translation>
    </message>
    <message>
        <source>A planned date is needed. Type a date as dd/mm/yyyy, e.g. 22/11/2026.</source>
        <translation>Een geplande datum is nodig. Typ een datum als dd/mm/jjjj, bv. 22/11/2026.</translation>
    </message>
    <message>
        <source>A scale runs from a low to a high digit between 0 and 9 (e.g. 1 to 5), so that one key is enough when typing in.</source>
        <translation>Een schaal loopt van een laag naar een hoog cijfer tussen 0 en 9 (bv. 1 tot 5), zodat één toets volstaat bij het intikken.</translation>
    </message>
    <message>
        <source>A session has coaches, not someone responsible.</source>
        <translation>Een bijeenkomst heeft begeleiders, geen verantwoordelijke.</translation>
    </message>
    <message>
        <source>A session has no actual date: set it to &apos;Held&apos;.</source>
        <translation>Een bijeenkomst heeft geen werkelijke datum: zet ze op &apos;Gehouden&apos;.</translation>
    </message>
    <message>
        <source>An action is at most {limit} characters long; put the details in the description.</source>
        <translation>Een actie is hoogstens {limit} tekens lang; zet de details in de beschrijving.</translation>
    </message>
    <message>
        <source>An amount cannot be negative here. Type an amount such as 3.500,00.</source>
        <translation>Een bedrag kan hier niet negatief zijn. Typ een bedrag zoals 3.500,00.</translation>
    </message>
    <message>
        <source>An answer is only linked to a name if the person agrees to that. Tick the consent, or leave out the name: then the answer stays anonymous.</source>
        <translation>Een antwoord wordt alleen aan een naam gekoppeld als de persoon daarmee akkoord gaat. Vink de toestemming aan, of laat de naam weg: dan blijft het antwoord anoniem.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a page range. Write pages like 1,3 or 2-4.</source>
        <translation>&apos;{typed}&apos; is geen geldige paginakeuze. Schrijf pagina&apos;s als 1,3 of 2-4.</translation>
    </message>
    <message>
        <source>A note is at most {limit} characters long.</source>
        <translation>Een notitie is hoogstens {limit} tekens lang.</translation>
    </message>
    <message>
        <source>Another Trajectwijzer command is writing to this database: &apos;{database}&apos;. Nothing was changed. Wait until that command has finished and try again.</source>
        <translation>Een andere opdracht van Trajectwijzer schrijft in deze database: &apos;{database}&apos;. Er is niets gewijzigd. Wacht tot die opdracht klaar is en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>At most {most} {noun} can be chosen; now there are {chosen}. Remove another tick first.</source>
        <translation>Er kan hoogstens {most} {noun} gekozen worden; nu zijn het er {chosen}. Haal eerst een ander vinkje weg.</translation>
    </message>
    <message>
        <source>At most {most} {noun} in {town} can be chosen; now there are {chosen}. Remove another tick first.</source>
        <translation>Er kan hoogstens {most} {noun} in {town} gekozen worden; nu zijn het er {chosen}. Haal eerst een ander vinkje weg.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>Consent cannot have been given in the future.</source>
        <translation>Toestemming kan niet in de toekomst gegeven zijn.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Describe the action: what has to happen?</source>
        <translation>Beschrijf de actie: wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>Give every {noun} a name, or remove the empty line.</source>
        <translation>Geef elke {noun} een naam, of verwijder de lege regel.</translation>
    </message>
    <message>
        <source>Give the due date as a date, e.g. 23/11/2026.</source>
        <translation>Geef de einddatum als datum, bv. 23/11/2026.</translation>
    </message>
    <message>
        <source>Give the form a title.</source>
        <translation>Geef het formulier een titel.</translation>
    </message>
    <message>
        <source>Give the local organisation a name.</source>
        <translation>Geef de lokale organisatie een naam.</translation>
    </message>
    <message>
        <source>Give the name of the contact person.</source>
        <translation>Geef de naam van de contactpersoon.</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Note why the trajectory stops (e.g. &apos;decision of the college of aldermen&apos;).</source>
        <translation>Noteer waarom het traject stopt (bv. &apos;beslissing schepencollege&apos;).</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: the file travels by USB stick or e-mail and must be unreadable to whoever finds it.</source>
        <translation>Kies een wachtwoord van minstens {minimum} tekens: het bestand reist per USB-stick of e-mail en moet onleesbaar zijn voor wie het vindt.</translation>
    </message>
    <message>
        <source>Choose at least one purpose the consent is given for.</source>
        <translation>Kies minstens één doel waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <source>Choose how the partner takes part: informs, communicates along or works along.</source>
        <translation>Kies hoe de partner meewerkt: informeert, communiceert mee of werkt mee.</translation>
    </message>
    <message>
        <source>Choose the kind of partner from the list.</source>
        <translation>Kies de soort partner uit de lijst.</translation>
    </message>
    <message>
        <source>Choose the municipality from the list (search by name or postcode).</source>
        <translation>Kies de gemeente uit de lijst (zoek op naam of postcode).</translation>
    </message>
    <message>
        <source>Choose the owner from the list, or type a name.</source>
        <translation>Kies de eigenaar uit de lijst, of typ een naam.</translation>
    </message>
    <message>
        <source>Choose the phase after which the trajectory stops.</source>
        <translation>Kies de fase waarna het traject stopt.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Kies twee verschillende personen om samen te voegen.</translation>
    </message>
    <message>
        <source>Choose what kind of organisation this is.</source>
        <translation>Kies wat voor organisatie dit is.</translation>
    </message>
    <message>
        <source>Choose who takes this on: the coach, the municipality, both, the participants or a person from the list.</source>
        <translation>Kies wie dit opneemt: de begeleider, de gemeente, beide, de deelnemers of een persoon uit de lijst.</translation>
    </message>
    <message>
        <source>Citizen group</source>
        <translation>Burgergroep</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Geef de organisatie een naam.</translation>
    </message>
    <message>
        <source>Give the partner&apos;s name, e.g. &apos;Natuurpunt Herent&apos;.</source>
        <translation>Geef de naam van de partner, bv. &apos;Natuurpunt Herent&apos;.</translation>
    </message>
    <message>
        <source>Give the task a short description.</source>
        <translation>Geef de taak een korte omschrijving.</translation>
    </message>
    <message>
        <source>Give the {label} a name, e.g. the village or the neighbourhood.</source>
        <translation>Geef de {label} een naam, bv. het dorp of de wijk.</translation>
    </message>
    <message>
        <source>Give {what} as an amount, e.g. 1.200,00.</source>
        <translation>Geef {what} als bedrag, bv. 1.200,00.</translation>
    </message>
    <message>
        <source>Granting {granted} would bring the granted budgets over the working budget of {budget}: {left} is left. Grant at most that, or raise the working budget.</source>
        <translation>Met {granted} erbij gaan de toegekende budgetten boven het werkingsbudget van {budget}: er blijft {left} over. Ken hoogstens dat toe, of verhoog het werkingsbudget.</translation>
    </message>
    <message>
        <source>In the place of the database there is another file ({path}). Nothing was changed. Move that file away first, or choose another place with --database.</source>
        <translation>Op de plaats van de database staat een ander bestand ({path}). Er is niets veranderd. Verplaats dat bestand eerst, of kies met --database een andere plaats.</translation>
    </message>
    <message>
        <source>It was accepted on {day}, before it was sent ({sent}). Check the date.</source>
        <translation>Ze is aanvaard op {day}, vóór ze verstuurd werd ({sent}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>Keep who accepted it under {limit} characters.</source>
        <translation>Houd wie aanvaardde korter dan {limit} tekens.</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handelaar</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Neighbourhood committee</source>
        <translation>Buurt- of wijkcomité</translation>
    </message>
    <message>
        <source>No amount was filled in. Type an amount such as 3.500,00.</source>
        <translation>Er is geen bedrag ingevuld. Typ een bedrag zoals 3.500,00.</translation>
    </message>
    <message>
        <source>No column with names was recognised in &apos;{file}&apos;. Give the column with the name a heading such as &apos;Voornaam&apos; and &apos;Naam&apos;, or choose the columns yourself.</source>
        <translation>In &apos;{file}&apos; is geen kolom met namen herkend. Geef de kolom met de naam een kop zoals &apos;Voornaam&apos; en &apos;Naam&apos;, of kies de kolommen zelf.</translation>
    </message>
    <message>
        <source>No date was filled in. Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>Er is geen datum ingevuld. Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>No next session is planned for this trajectory yet. Plan the next session first; then take the open actions along.</source>
        <translation>Er is nog geen volgende bijeenkomst gepland voor dit traject. Plan eerst de volgende bijeenkomst; neem daarna de openstaande acties mee.</translation>
    </message>
    <message>
        <source>No scope was chosen in &apos;{programme}&apos;. Choose from: {known}.</source>
        <translation>Er is geen scope gekozen in &apos;{programme}&apos;. Kies uit: {known}.</translation>
    </message>
    <message>
        <source>No default printer is set on this computer. Choose one with --printer NAME; printers here: {names}.</source>
        <translation>Er is geen standaardprinter ingesteld op deze computer. Kies er een met --printer NAAM; printers hier: {names}.</translation>
    </message>
    <message>
        <source>No print system is running on this computer, so nothing can be printed. Save the document with &apos;trajectwijzer export {kind} {uid} -o FILE&apos; and print it elsewhere.</source>
        <translation>Er draait geen afdruksysteem op deze computer, dus er kan niets afgedrukt worden. Bewaar het document met &apos;trajectwijzer export {kind} {uid} -o BESTAND&apos; en druk het elders af.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the document with &apos;trajectwijzer export {kind} {uid} -o FILE&apos; and print it elsewhere.</source>
        <translation>Er is geen printer geïnstalleerd op deze computer. Bewaar het document met &apos;trajectwijzer export {kind} {uid} -o BESTAND&apos; en druk het elders af.</translation>
    </message>
    <message>
        <source>Note who accepted the quote (e.g. &apos;Ann Vanhoutte, schepen&apos; or &apos;schepencollege van 12/03&apos;).</source>
        <translation>Noteer wie de offerte aanvaardde (bv. &apos;Ann Vanhoutte, schepen&apos; of &apos;schepencollege van 12/03&apos;).</translation>
    </message>
    <message>
        <source>Other local actor</source>
        <translation>Andere lokale actor</translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation>Andere partner</translation>
    </message>
    <message>
        <source>Postcode {postcode} does not exist in Belgium.</source>
        <translation>Postcode {postcode} bestaat niet in België.</translation>
    </message>
    <message>
        <source>Postcode {postcode} is not in {municipality}. Its postcodes are {postcodes}.</source>
        <translation>Postcode {postcode} hoort niet bij {municipality}. De postcodes daar zijn {postcodes}.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Question {number} (&apos;{text}&apos;)</source>
        <translation>Vraag {number} (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <source>Repair the file in the folder resources/reference or reinstall the application.</source>
        <translation>Herstel het bestand in de map resources/reference of installeer de toepassing opnieuw.</translation>
    </message>
    <message>
        <source>Repair the file or remove it from the folder {folder}.</source>
        <translation>Herstel het bestand of verwijder het uit de map {folder}.</translation>
    </message>
    <message>
        <source>Reading &apos;{name}&apos; took longer than {seconds} seconds and was stopped. Nothing was saved. Open it in Excel or LibreOffice and save it again as .xlsx, or export it as a CSV file, and try again.</source>
        <translation>Het lezen van &apos;{name}&apos; duurde langer dan {seconds} seconden en is gestopt. Er is niets bewaard. Open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx, of exporteer het als CSV-bestand, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Say to which municipality &apos;{name}&apos; belongs: one of {towns}.</source>
        <translation>Zeg bij welke gemeente &apos;{name}&apos; hoort: een van {towns}.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>Some municipalities have a cluster and others not. Give every municipality the name of its cluster.</source>
        <translation>Sommige gemeenten hebben een cluster en andere niet. Geef elke gemeente de naam van haar cluster.</translation>
    </message>
    <message>
        <source>That consent no longer exists.</source>
        <translation>Die toestemming bestaat niet (meer).</translation>
    </message>
    <message>
        <source>That contact person is no longer linked to this trajectory.</source>
        <translation>Die contactpersoon hoort niet (meer) bij dit traject.</translation>
    </message>
    <message>
        <source>That merge is no longer known; it cannot be undone.</source>
        <translation>Die samenvoeging is niet (meer) gekend; ze kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>That organisation no longer exists in this database.</source>
        <translation>Die organisatie bestaat niet (meer) in deze database.</translation>
    </message>
    <message>
        <source>That part no longer belongs to this trajectory.</source>
        <translation>Dat onderdeel hoort niet (meer) bij dit traject.</translation>
    </message>
    <message>
        <source>That person is no longer known. Choose someone from the list.</source>
        <translation>Die persoon is niet (meer) gekend. Kies iemand uit de lijst.</translation>
    </message>
    <message>
        <source>That person no longer exists in this database.</source>
        <translation>Die persoon bestaat niet (meer) in deze database.</translation>
    </message>
    <message>
        <source>That phase does not belong to this trajectory.</source>
        <translation>Die fase hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Die bijeenkomst bestaat niet (meer).</translation>
    </message>
    <message>
        <source>That task no longer exists in this trajectory.</source>
        <translation>Die taak bestaat niet (meer) in dit traject.</translation>
    </message>
    <message>
        <source>The PDF {name} can no longer be read ({reason}). Make the document again.</source>
        <translation>De PDF {name} kan niet meer gelezen worden ({reason}). Maak het document opnieuw.</translation>
    </message>
    <message>
        <source>The PDF {name} could not be read ({reason}). Make the document again.</source>
        <translation>De PDF {name} kon niet gelezen worden ({reason}). Maak het document opnieuw.</translation>
    </message>
    <message>
        <source>The VAT number {vat} is not that of enterprise number {number}.</source>
        <translation>Het btw-nummer {vat} hoort niet bij ondernemingsnummer {number}.</translation>
    </message>
    <message>
        <source>The actual end ({end}) is before the actual start ({start}).</source>
        <translation>Het werkelijke einde ({end}) ligt vóór het werkelijke begin ({start}).</translation>
    </message>
    <message>
        <source>The actual start is after the actual end.</source>
        <translation>Het werkelijke begin ligt na het werkelijke einde.</translation>
    </message>
    <message>
        <source>The agenda item &apos;{key}&apos; is not on the agenda of the first meeting of {programme}.</source>
        <translation>Het agendapunt &apos;{key}&apos; staat niet op de agenda van het eerste overleg van {programme}.</translation>
    </message>
    <message>
        <source>The agenda item &apos;{title}&apos; has no list of village centres or neighbourhoods.</source>
        <translation>Bij het agendapunt &apos;{title}&apos; hoort geen lijst van kernen of wijken.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Het bedrag</translation>
    </message>
    <message>
        <source>The cluster &apos;{name}&apos; has {count} municipality; a cluster needs at least {minimum}. Add its neighbours or put it in another cluster.</source>
        <translation>De cluster &apos;{name}&apos; telt {count} gemeente; een cluster heeft er minstens {minimum} nodig. Voeg de buurgemeenten toe of zet ze in een andere cluster.</translation>
    </message>
    <message>
        <source>The cluster name &apos;{name}&apos; is too long: keep it under {limit} characters.</source>
        <translation>De clusternaam &apos;{name}&apos; is te lang: houd hem korter dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The contact person&apos;s details are too long.</source>
        <translation>De gegevens van de contactpersoon zijn te lang.</translation>
    </message>
    <message>
        <source>The copy in {folder} did not pass the check after writing: the medium may be failing. Nothing was changed. Try another USB stick or folder.</source>
        <translation>De kopie in {folder} doorstond de controle na het schrijven niet: het medium is misschien aan het falen. Er is niets veranderd. Probeer een andere USB-stick of map.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: no backup was made, and the backups already there were left as they are. The newest sound backup is {backup} (made {made}). Put it back with: trajectwijzer restore &quot;{backup}&quot; (or in Settings, Backups).</source>
        <translation>De database {path} is beschadigd: er is geen reservekopie gemaakt, en de reservekopieën die er al waren, zijn gebleven zoals ze waren. De nieuwste gezonde reservekopie is {backup} (gemaakt {made}). Zet ze terug met: trajectwijzer restore &quot;{backup}&quot; (of in Instellingen, Reservekopieën).</translation>
    </message>
    <message>
        <source>The database {path} is damaged: no backup was made, and the backups already there were left as they are. There is no sound backup in {folders}. Keep the damaged file as it is and ask for help to rescue what is in it.</source>
        <translation>De database {path} is beschadigd: er is geen reservekopie gemaakt, en de reservekopieën die er al waren, zijn gebleven zoals ze waren. Er is geen gezonde reservekopie in {folders}. Laat het beschadigde bestand zoals het is en vraag hulp om te redden wat erin staat.</translation>
    </message>
    <message>
        <source>The discount differs from the programme&apos;s rule ({what}). Type the reason: it is printed on the quote.</source>
        <translation>De korting wijkt af van de regel van het programma ({what}). Typ de reden: die komt op de offerte.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Nothing was changed. Make room on that disk (empty the recycle bin, move large files such as videos elsewhere) and try again.</source>
        <translation>De schijf met {path} is vol. Er is niets veranderd. Maak ruimte vrij op die schijf (maak de prullenbak leeg, zet grote bestanden zoals video&apos;s elders) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The disk that holds {path} reported a read or write error (a USB stick pulled out while in use, a failing disk). What was saved before is safe. Connect the stick again, or copy the file to another disk, and try again.</source>
        <translation>De schijf met {path} meldt een lees- of schrijffout (een USB-stick die tijdens het werk uitgetrokken werd, een schijf die het laat afweten). Wat eerder bewaard was, is veilig. Steek de stick opnieuw in, of kopieer het bestand naar een andere schijf, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The end of {name} ({end}) is before the start ({start}). Choose an end date on or after the start.</source>
        <translation>Het einde van {name} ({end}) ligt vóór het begin ({start}). Kies een einddatum op of na het begin.</translation>
    </message>
    <message>
        <source>The folder of programmes &apos;{folder}&apos; does not exist. Reinstall the application or choose an existing folder.</source>
        <translation>De map met programma&apos;s &apos;{folder}&apos; bestaat niet. Installeer de toepassing opnieuw of kies een bestaande map.</translation>
    </message>
    <message>
        <source>The document has {count} pages: there is no page {pages} to print.</source>
        <translation>Het document heeft {count} pagina&apos;s: er is geen pagina {pages} om af te drukken.</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; cannot be read. Check that no other program has it open and try again.</source>
        <translation>Het bestand &apos;{name}&apos; kan niet gelezen worden. Kijk na of geen ander programma het open heeft en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; does not exist. Choose an existing file.</source>
        <translation>Het bestand &apos;{name}&apos; bestaat niet. Kies een bestaand bestand.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found: is the USB stick or network drive still connected? Nothing was changed. Connect it again and try again, or choose another folder.</source>
        <translation>De map {folder} is niet te vinden: zit de USB-stick er nog in, is de netwerkschijf nog verbonden? Er is niets veranderd. Sluit ze opnieuw aan en probeer opnieuw, of kies een andere map.</translation>
    </message>
    <message>
        <source>The form was changed in the meantime: a question is no longer on it. Open the form again; nothing was saved.</source>
        <translation>Het formulier werd intussen gewijzigd: een vraag staat er niet meer op. Open het formulier opnieuw; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>The function &apos;{key}&apos; is not in the programme &apos;{programme}&apos;.</source>
        <translation>De functie &apos;{key}&apos; staat niet in het programma &apos;{programme}&apos;.</translation>
    </message>
    <message>
        <source>The granted budget</source>
        <translation>Het toegekende budget</translation>
    </message>
    <message>
        <source>The granted budget ({granted}) is more than the group asked ({requested}). Raise what was asked first, or grant less.</source>
        <translation>Het toegekende budget ({granted}) is meer dan de groep vroeg ({requested}). Verhoog eerst het gevraagde budget, of ken minder toe.</translation>
    </message>
    <message>
        <source>The hand-over file is damaged or was changed after it was made. Nothing was read. Ask the other coach to make the file again and send it once more.</source>
        <translation>Het overdrachtsbestand is beschadigd of gewijzigd sinds het gemaakt werd. Er is niets ingelezen. Vraag de andere coach het bestand opnieuw te maken en nog eens te sturen.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image of at most 2 MB.</source>
        <translation>Het logo moet een PNG- of SVG-afbeelding van hoogstens 2 MB zijn.</translation>
    </message>
    <message>
        <source>The municipality&apos;s working budget is not known yet, so nothing can be granted. Note it in the intake (or on the quote) first.</source>
        <translation>Het werkingsbudget van de gemeente is nog niet gekend, dus er kan niets toegekend worden. Noteer het eerst in de intake (of op de offerte).</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The name is at most {limit} characters long.</source>
        <translation>De naam is hoogstens {limit} tekens lang.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was read. Ask the other coach for the right passphrase (capitals count) and try again.</source>
        <translation>Het wachtwoord klopt niet. Er is niets ingelezen. Vraag de andere coach het juiste wachtwoord (hoofdletters tellen mee) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The phase &apos;{phase}&apos; does not exist in &apos;{programme}&apos;. Choose from: {known}.</source>
        <translation>De fase &apos;{phase}&apos; bestaat niet in &apos;{programme}&apos;. Kies uit: {known}.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>De plaats</translation>
    </message>
    <message>
        <source>The price is split over the participating municipalities, but no municipality was chosen. Add the municipalities of the cluster.</source>
        <translation>De prijs wordt verdeeld over de deelnemende gemeenten, maar er is geen gemeente gekozen. Voeg de gemeenten van de cluster toe.</translation>
    </message>
    <message>
        <source>The price of &apos;{programme}&apos; is fixed; another amount is only possible with an indicative price or a price on request. Leave the amount empty.</source>
        <translation>De prijs van &apos;{programme}&apos; ligt vast; een ander bedrag kan enkel bij een richtprijs of een prijs op aanvraag. Laat het bedrag leeg.</translation>
    </message>
    <message>
        <source>The programme &apos;{key}&apos; no longer exists: there is no file &apos;{key}.toml&apos; in the folder {folder}. Available programmes: {known}.</source>
        <translation>Het programma &apos;{key}&apos; bestaat niet (meer): er is geen bestand &apos;{key}.toml&apos; in de map {folder}. Beschikbare programma&apos;s: {known}.</translation>
    </message>
    <message>
        <source>The programme &apos;{key}&apos; was not found: without a programme no plan can be made.</source>
        <translation>Het programma &apos;{key}&apos; is niet gevonden: zonder programma kan er geen planning gemaakt worden.</translation>
    </message>
    <message>
        <source>The programme &apos;{programme}&apos; does not work with participant projects; add the participants to the sessions.</source>
        <translation>Het programma &apos;{programme}&apos; werkt niet met deelnemersprojecten; voeg de deelnemers toe aan de bijeenkomsten.</translation>
    </message>
    <message>
        <source>The programme &apos;{programme}&apos; is not priced per phase: choose no scope.</source>
        <translation>Het programma &apos;{programme}&apos; wordt niet per fase geprijsd: kies geen scope.</translation>
    </message>
    <message>
        <source>The programme file &apos;{file}&apos; is not valid: field &apos;key&apos;: the key &apos;{key}&apos; must equal the file name &apos;{stem}&apos;. {remedy}</source>
        <translation>Het programmabestand &apos;{file}&apos; is ongeldig: veld &apos;key&apos;: de sleutel &apos;{key}&apos; moet gelijk zijn aan de bestandsnaam &apos;{stem}&apos;. {remedy}</translation>
    </message>
    <message>
        <source>The programme of &apos;{name}&apos; has no evaluation form for the end of the trajectory. Make a form for a session.</source>
        <translation>Het programma van &apos;{name}&apos; heeft geen evaluatieformulier voor het einde van het traject. Maak een formulier voor een bijeenkomst.</translation>
    </message>
    <message>
        <source>The question &apos;{key}&apos; is not in the questionnaire of {programme}.</source>
        <translation>De vraag &apos;{key}&apos; staat niet in de vragenlijst van {programme}.</translation>
    </message>
    <message>
        <source>The question (&apos;{text}&apos;)</source>
        <translation>De vraag (&apos;{text}&apos;)</translation>
    </message>
    <message>
        <source>The question already had {count} answers. They stay with the old question (now retired); the new question starts without answers.</source>
        <translation>De vraag had al {count} antwoorden. Die blijven bewaard bij de oude vraag (nu vervallen); de nieuwe vraag begint zonder antwoorden.</translation>
    </message>
    <message>
        <source>The question already had {count} answers: it is no longer on the form, but the answers stay visible with the results.</source>
        <translation>De vraag had al {count} antwoorden: ze staat niet meer op het formulier, maar de antwoorden blijven zichtbaar bij de resultaten.</translation>
    </message>
    <message>
        <source>The question is too long: keep it under {limit} characters.</source>
        <translation>De vraag is te lang: houd het onder {limit} tekens.</translation>
    </message>
    <message>
        <source>The print system did not answer as expected ({reason}). Try again in a moment, or restart the computer.</source>
        <translation>Het afdruksysteem antwoordde niet zoals verwacht ({reason}). Probeer het zo meteen opnieuw, of herstart de computer.</translation>
    </message>
    <message>
        <source>The printer {printer} cannot be reached. Check that it is switched on and connected, or choose another printer.</source>
        <translation>De printer {printer} is niet bereikbaar. Kijk of hij aan staat en aangesloten is, of kies een andere printer.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the document ({reason}). Check that it is switched on and connected, or choose another printer.</source>
        <translation>De printer {printer} heeft het document niet aangenomen ({reason}). Kijk of hij aan staat en aangesloten is, of kies een andere printer.</translation>
    </message>
    <message>
        <source>The printer {printer} does not accept documents at the moment (it was paused in the print settings). Switch it back on there, or choose another printer.</source>
        <translation>De printer {printer} neemt op dit moment geen documenten aan (hij werd gepauzeerd in de printerinstellingen). Zet hem daar weer aan, of kies een andere printer.</translation>
    </message>
    <message>
        <source>The quote was valid until {valid}: an acceptance on {day} comes too late. Make a new version and have that one accepted.</source>
        <translation>De offerte was geldig tot {valid}: een aanvaarding op {day} komt te laat. Maak een nieuwe versie en laat die aanvaarden.</translation>
    </message>
    <message>
        <source>The requested budget</source>
        <translation>Het gevraagde budget</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>De rol</translation>
    </message>
    <message>
        <source>The same client is in the list twice.</source>
        <translation>Dezelfde klant staat twee keer in de lijst.</translation>
    </message>
    <message>
        <source>The scope &apos;{scope}&apos; does not exist in &apos;{programme}&apos;. Choose from: {known}.</source>
        <translation>De scope &apos;{scope}&apos; bestaat niet in &apos;{programme}&apos;. Kies uit: {known}.</translation>
    </message>
    <message>
        <source>The session &apos;{title}&apos; has no evaluation form yet. Make one in the trajectory&apos;s Evaluation tab.</source>
        <translation>De bijeenkomst &apos;{title}&apos; heeft nog geen evaluatieformulier. Maak er een in het tabblad Evaluatie van het traject.</translation>
    </message>
    <message>
        <source>The stage &apos;{stage}&apos; does not exist; choose from {stages}.</source>
        <translation>Het stadium &apos;{stage}&apos; bestaat niet; kies uit {stages}.</translation>
    </message>
    <message>
        <source>The start date {day} is in the past. The plan was changed anyway; mark what has already happened.</source>
        <translation>De startdatum {day} ligt in het verleden. De planning is toch aangepast; duid aan wat al gebeurd is.</translation>
    </message>
    <message>
        <source>The working budget</source>
        <translation>Het werkingsbudget</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; cannot be read ({reason}). {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; kan niet gelezen worden ({reason}). {remedy}</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; is not UTF-8 text. Save it as UTF-8. {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; is geen UTF-8-tekst. Bewaar het als UTF-8. {remedy}</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; is not valid TOML: error ({detail}). {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; is geen geldige TOML: fout ({detail}). {remedy}</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; is not valid TOML: error on line {row}, column {column} ({detail}). {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; is geen geldige TOML: fout op regel {row}, kolom {column} ({detail}). {remedy}</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; is not valid: field &apos;{name}&apos;: {problem}. {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; is ongeldig: veld &apos;{name}&apos;: {problem}. {remedy}</translation>
    </message>
    <message>
        <source>The {what} &apos;{file}&apos; is not valid: the file as a whole: {problem}. {remedy}</source>
        <translation>Het {what} &apos;{file}&apos; is ongeldig: het bestand als geheel: {problem}. {remedy}</translation>
    </message>
    <message>
        <source>There is already a {label} &apos;{name}&apos; in this trajectory; choose another name.</source>
        <translation>Er is al een {label} &apos;{name}&apos; in dit traject; kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Nothing was created. Check the path for a typing error, or leave out --database to use the usual database.</source>
        <translation>Er is geen database op {path}. Er is niets aangemaakt. Kijk het pad na op een tikfout, of laat --database weg om de gewone database te gebruiken.</translation>
    </message>
    <message>
        <source>There is no evaluation form for the session &apos;{title}&apos;. Choose one of the programme&apos;s forms ({known}).</source>
        <translation>Er is geen evaluatieformulier voor de bijeenkomst &apos;{title}&apos;. Kies een van de formulieren van het programma ({known}).</translation>
    </message>
    <message>
        <source>There is no evaluation form with code {uid}. It may have been deleted; open the Evaluation tab again.</source>
        <translation>Er is geen evaluatieformulier met code {uid}. Het werd misschien verwijderd; open het tabblad Evaluatie opnieuw.</translation>
    </message>
    <message>
        <source>There is no evaluation form, session or trajectory with code {uid}. See &apos;trajectwijzer list sessions&apos; or &apos;trajectwijzer list trajectories&apos;.</source>
        <translation>Er is geen evaluatieformulier, bijeenkomst of traject met code {uid}. Zie &apos;trajectwijzer list sessions&apos; of &apos;trajectwijzer list trajectories&apos;.</translation>
    </message>
    <message>
        <source>There is no file {path}. Nothing was changed. Check the name and the folder for a typing error, or choose the file again.</source>
        <translation>Het bestand {path} bestaat niet. Er is niets veranderd. Kijk de naam en de map na op een tikfout, of kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>There is no quote with code {uid}. Choose a quote from the list of versions.</source>
        <translation>Er is geen offerte met code {uid}. Kies een offerte uit de lijst van versies.</translation>
    </message>
    <message>
        <source>There is no printer named {name} on this computer. Printers here: {names}.</source>
        <translation>Er is geen printer met de naam {name} op deze computer. Printers hier: {names}.</translation>
    </message>
    <message>
        <source>There is no quote with code {uid}. Choose a version from the list.</source>
        <translation>Er is geen offerte met code {uid}. Kies een versie uit de lijst.</translation>
    </message>
    <message>
        <source>There is no session with code {uid}: it may have been deleted. Choose a session from the list (or see &apos;trajectwijzer list sessions&apos;).</source>
        <translation>Er is geen bijeenkomst met code {uid}: ze werd misschien verwijderd. Kies een bijeenkomst uit de lijst (of zie &apos;trajectwijzer list sessions&apos;).</translation>
    </message>
    <message>
        <source>There is no trajectory or project with code {uid}. Use &apos;trajectwijzer list trajectories&apos; or &apos;trajectwijzer list projects&apos; to see the codes.</source>
        <translation>Er is geen traject of project met code {uid}. Gebruik &apos;trajectwijzer list trajectories&apos; of &apos;trajectwijzer list projects&apos; om de codes te zien.</translation>
    </message>
    <message>
        <source>There is no trajectory with code {uid}: it may have been deleted. Choose a trajectory from the list (or see &apos;trajectwijzer list trajectories&apos;).</source>
        <translation>Er is geen traject met code {uid}: het werd misschien verwijderd. Kies een traject uit de lijst (of zie &apos;trajectwijzer list trajectories&apos;).</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Deze actie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This answer no longer exists.</source>
        <translation>Dit antwoord bestaat niet meer.</translation>
    </message>
    <message>
        <source>This database is open for reading only: you can look and print, but not change anything. The bar at the top of the window says why and what to do.</source>
        <translation>Deze database is alleen geopend om te lezen: je kunt kijken en afdrukken, maar niets wijzigen. De balk bovenaan het venster zegt waarom en wat je kunt doen.</translation>
    </message>
    <message>
        <source>This form is empty: type at least one answer, or skip the form.</source>
        <translation>Dit formulier is leeg: typ minstens één antwoord, of sla het formulier over.</translation>
    </message>
    <message>
        <source>This hand-over file is too large to read. Nothing was read.</source>
        <translation>Dit overdrachtsbestand is te groot om in te lezen. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This hand-over file was made with a newer version of Trajectwijzer. Nothing was read. Install the newest version first.</source>
        <translation>Dit overdrachtsbestand is gemaakt met een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <source>This is not a Trajectwijzer hand-over file. Nothing was read. Choose the file the other coach gave you (its name ends in .twoverdracht).</source>
        <translation>Dit is geen overdrachtsbestand van Trajectwijzer. Er is niets ingelezen. Kies het bestand dat de andere coach je gaf (het eindigt op .twoverdracht).</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup. Nothing was changed. Choose another file.</source>
        <translation>Dit is de database zelf, geen reservekopie. Er is niets veranderd. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>This is too long (at most {limit} characters).</source>
        <translation>Dit is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Deze samenvoeging is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Deze partner bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This person already has that role in this trajectory.</source>
        <translation>Deze persoon heeft die rol al in dit traject.</translation>
    </message>
    <message>
        <source>This person has already been erased.</source>
        <translation>Deze persoon is al gewist.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Deze persoon bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This person no longer exists. Choose another name or no name.</source>
        <translation>Deze persoon bestaat niet meer. Kies een andere naam of geen naam.</translation>
    </message>
    <message>
        <source>This person no longer exists; choose another one.</source>
        <translation>Deze persoon bestaat niet (meer); kies een andere.</translation>
    </message>
    <message>
        <source>This programme does not know that kind of client. Choose from: {known}.</source>
        <translation>Dit programma kent die soort klant niet. Kies uit: {known}.</translation>
    </message>
    <message>
        <source>This project does not belong to this trajectory.</source>
        <translation>Dit project hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>This project no longer belongs to this trajectory.</source>
        <translation>Dit project hoort niet (meer) bij dit traject.</translation>
    </message>
    <message>
        <source>This project no longer exists. Use &apos;trajectwijzer list projects&apos; to see the codes.</source>
        <translation>Dit project bestaat niet (meer). Gebruik &apos;trajectwijzer list projects&apos; om de codes te zien.</translation>
    </message>
    <message>
        <source>This question no longer exists. Open the form again.</source>
        <translation>Deze vraag bestaat niet meer. Open het formulier opnieuw.</translation>
    </message>
    <message>
        <source>This question was retired and can no longer be changed.</source>
        <translation>Deze vraag is vervallen en kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>This session does not belong to this trajectory.</source>
        <translation>Deze bijeenkomst hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Deze bijeenkomst bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This person no longer exists. Search again.</source>
        <translation>Deze persoon bestaat niet meer. Zoek opnieuw.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: the data it changed was changed again elsewhere since. Nothing was changed now.</source>
        <translation>Deze stap kan niet ongedaan gemaakt of opnieuw gedaan worden: wat ze wijzigde, werd intussen elders opnieuw gewijzigd. Er is nu niets veranderd.</translation>
    </message>
    <message>
        <source>This step cannot be undone. Nothing was changed now.</source>
        <translation>Deze stap kan niet ongedaan gemaakt worden. Er is nu niets veranderd.</translation>
    </message>
    <message>
        <source>This step cannot be undone: something was added since that depends on it. Nothing was changed now.</source>
        <translation>Deze stap kan niet ongedaan gemaakt worden: er is intussen iets toegevoegd dat ervan afhangt. Er is nu niets veranderd.</translation>
    </message>
    <message>
        <source>This trajectory has already stopped after {phase} ({when}).</source>
        <translation>Dit traject is al gestopt na {phase} ({when}).</translation>
    </message>
    <message>
        <source>This trajectory no longer exists.</source>
        <translation>Dit traject bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This version has no price yet (price on request). Make a version with the agreed price and have that one accepted.</source>
        <translation>Deze versie heeft nog geen prijs (prijs op aanvraag). Maak een versie met de afgesproken prijs en laat die aanvaarden.</translation>
    </message>
    <message>
        <source>This version was already sent on {day}.</source>
        <translation>Deze versie is al verstuurd op {day}.</translation>
    </message>
    <message>
        <source>Two options have the same text.</source>
        <translation>Twee opties hebben dezelfde tekst.</translation>
    </message>
    <message>
        <source>Type at least a first name or a family name.</source>
        <translation>Typ minstens een voornaam of een familienaam.</translation>
    </message>
    <message>
        <source>Type the payment term as a number of days between 0 and 120, such as 30.</source>
        <translation>Typ de betalingstermijn als een aantal dagen tussen 0 en 120, zoals 30.</translation>
    </message>
    <message>
        <source>Type the question.</source>
        <translation>Typ de vraag.</translation>
    </message>
    <message>
        <source>Unknown kind of question &apos;{kind}&apos;.</source>
        <translation>Onbekend soort vraag &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Version {version} of quote {number} expired on {day}. Make a new version: the same price gets new dates.</source>
        <translation>Versie {version} van offerte {number} is verlopen op {day}. Maak een nieuwe versie: dezelfde prijs krijgt nieuwe data.</translation>
    </message>
    <message>
        <source>Version {version} of quote {number} is accepted and therefore locked. A change makes a new version.</source>
        <translation>Versie {version} van offerte {number} is aanvaard en daarom vergrendeld. Een wijziging maakt een nieuwe versie.</translation>
    </message>
    <message>
        <source>Version {version} of quote {number} was declined. Make a new version to propose again.</source>
        <translation>Versie {version} van offerte {number} is geweigerd. Maak een nieuwe versie om opnieuw voor te stellen.</translation>
    </message>
    <message>
        <source>Version {version} of quote {number} was replaced by a later version. Choose the latest version.</source>
        <translation>Versie {version} van offerte {number} is vervangen door een latere versie. Kies de laatste versie.</translation>
    </message>
    <message>
        <source>You have not answered any question yet. Answer at least one question and then press Send again.</source>
        <translation>Je hebt nog geen enkele vraag beantwoord. Beantwoord minstens één vraag en druk dan opnieuw op Versturen.</translation>
    </message>
    <message>
        <source>You may not write to {path}. Nothing was changed. Choose a folder of your own (your documents, for instance), or ask whoever manages this computer for permission.</source>
        <translation>Je mag niet schrijven in {path}. Er is niets veranderd. Kies een eigen map (bijvoorbeeld je documenten), of vraag wie deze computer beheert om toestemming.</translation>
    </message>
    <message>
        <source>a choice question has 2 to 9 options (one digit per option)</source>
        <translation>een keuzevraag heeft 2 tot 9 opties (één cijfer per optie)</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>een keuzevraag heeft minstens twee opties nodig</translation>
    </message>
    <message>
        <source>a condition &apos;{kind}&apos; has no question or answers</source>
        <translation>een voorwaarde &apos;{kind}&apos; heeft geen vraag of antwoorden</translation>
    </message>
    <message>
        <source>a condition can only use a yes/no or choice question, &apos;{key}&apos; is of kind &apos;{kind}&apos;</source>
        <translation>een voorwaarde kan enkel een ja/nee- of keuzevraag gebruiken, &apos;{key}&apos; is van soort &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>een toestemming</translation>
    </message>
    <message>
        <source>a contact person</source>
        <translation>een contactpersoon</translation>
    </message>
    <message>
        <source>a field name is followed by &apos;=&apos;</source>
        <translation>na een veldnaam hoort &apos;=&apos;</translation>
    </message>
    <message>
        <source>a list [ ... ] is not closed</source>
        <translation>een lijst [ ... ] is niet gesloten</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>een samenvoeging</translation>
    </message>
    <message>
        <source>a part of the plan</source>
        <translation>een onderdeel van de planning</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>een persoon</translation>
    </message>
    <message>
        <source>a phase</source>
        <translation>een fase</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>een project</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>een vraag</translation>
    </message>
    <message>
        <source>a question of kind &apos;{kind}&apos; has no options</source>
        <translation>een vraag van soort &apos;{kind}&apos; heeft geen opties</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>een offerte</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>een rol</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>een bijeenkomst</translation>
    </message>
    <message>
        <source>a table { ... } is not closed</source>
        <translation>een tabel { ... } is niet gesloten</translation>
    </message>
    <message>
        <source>a text is not closed with a quote</source>
        <translation>een tekst is niet afgesloten met een aanhalingsteken</translation>
    </message>
    <message>
        <source>a trajectory</source>
        <translation>een traject</translation>
    </message>
    <message>
        <source>a trajectory or a session</source>
        <translation>een traject of een bijeenkomst</translation>
    </message>
    <message>
        <source>a trajectory or project</source>
        <translation>een traject of project</translation>
    </message>
    <message>
        <source>a value is followed by a new line</source>
        <translation>na een waarde hoort een nieuwe regel</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>een weekenddag</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>een actie</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>een antwoord</translation>
    </message>
    <message>
        <source>an evaluation form</source>
        <translation>een evaluatieformulier</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>een import</translation>
    </message>
    <message>
        <source>an option key of the question ({keys})</source>
        <translation>een optiesleutel van de vraag ({keys})</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>een organisatie</translation>
    </message>
    <message>
        <source>association</source>
        <translation>vereniging</translation>
    </message>
    <message>
        <source>choose one repetition: per participant, per municipality or per cluster</source>
        <translation>kies één herhaling: per deelnemer, per gemeente of per cluster</translation>
    </message>
    <message>
        <source>citizen group</source>
        <translation>burgergroep</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <source>end month {end} is before start month {start}; month 0 is the start</source>
        <translation>eindmaand {end} ligt vóór startmaand {start}; maand 0 is de start</translation>
    </message>
    <message>
        <source>falls outside phase &apos;{phase}&apos;</source>
        <translation>valt buiten fase &apos;{phase}&apos;</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>ongeldig teken</translation>
    </message>
    <message>
        <source>invalid character at the start of a field name</source>
        <translation>ongeldig teken aan het begin van een veldnaam</translation>
    </message>
    <message>
        <source>invalid line</source>
        <translation>ongeldige regel</translation>
    </message>
    <message>
        <source>invalid value (text belongs between quotes)</source>
        <translation>ongeldige waarde (tekst hoort tussen aanhalingstekens)</translation>
    </message>
    <message>
        <source>is less than min_count ({minimum})</source>
        <translation>is kleiner dan min_count ({minimum})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is missing: pricing model &apos;cumulative_scopes&apos; asks for scopes</source>
        <translation>ontbreekt: prijsmodel &apos;cumulative_scopes&apos; vraagt scopes</translation>
    </message>
    <message>
        <source>is missing: pricing model &apos;{model}&apos; asks for it</source>
        <translation>ontbreekt: prijsmodel &apos;{model}&apos; vraagt dit</translation>
    </message>
    <message>
        <source>is missing: the participants work on projects of their own</source>
        <translation>ontbreekt: de deelnemers werken aan eigen projecten</translation>
    </message>
    <message>
        <source>is missing: the rule &apos;{rule}&apos; asks for this field</source>
        <translation>ontbreekt: de regel &apos;{rule}&apos; vraagt dit veld</translation>
    </message>
    <message>
        <source>is missing: which answers qualify?</source>
        <translation>ontbreekt: welke antwoorden voldoen?</translation>
    </message>
    <message>
        <source>is missing: which intake question decides the condition?</source>
        <translation>ontbreekt: welke intakevraag bepaalt de voorwaarde?</translation>
    </message>
    <message>
        <source>is not a known field (typo?)</source>
        <translation>is geen bekend veld (tikfout?)</translation>
    </message>
    <message>
        <source>is not valid ({detail})</source>
        <translation>is ongeldig ({detail})</translation>
    </message>
    <message>
        <source>is only possible with pricing model &apos;split_over_clients&apos;</source>
        <translation>kan enkel bij prijsmodel &apos;split_over_clients&apos;</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>is te groot</translation>
    </message>
    <message>
        <source>may be at most {le}</source>
        <translation>mag hoogstens {le} zijn</translation>
    </message>
    <message>
        <source>may have at most {decimal_places} digits after the comma</source>
        <translation>mag hoogstens {decimal_places} cijfers na de komma hebben</translation>
    </message>
    <message>
        <source>may not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>may not be lower than the amount of the previous scope &apos;{scope}&apos;</source>
        <translation>mag niet lager zijn dan het bedrag van de vorige scope &apos;{scope}&apos;</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>handelaar</translation>
    </message>
    <message>
        <source>month {month} falls outside phase &apos;{phase}&apos; (month {start} up to and including {end})</source>
        <translation>maand {month} valt buiten fase &apos;{phase}&apos; (maand {start} t.e.m. {end})</translation>
    </message>
    <message>
        <source>month {start} up to and including {end}</source>
        <translation>maand {start} t.e.m. {end}</translation>
    </message>
    <message>
        <source>must be a key of lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>moet een sleutel zijn van kleine letters, cijfers en &apos;_&apos;, beginnend met een letter</translation>
    </message>
    <message>
        <source>must be a list, e.g. [ ... ]</source>
        <translation>moet een lijst zijn, bv. [ ... ]</translation>
    </message>
    <message>
        <source>must be a number as text, e.g. &quot;3500.00&quot;</source>
        <translation>moet een getal als tekst zijn, bv. &quot;3500.00&quot;</translation>
    </message>
    <message>
        <source>must be a table ([name] or { ... })</source>
        <translation>moet een tabel zijn ([naam] of { ... })</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be at least {ge}</source>
        <translation>moet minstens {ge} zijn</translation>
    </message>
    <message>
        <source>must be greater than {gt}</source>
        <translation>moet groter zijn dan {gt}</translation>
    </message>
    <message>
        <source>must be less than {lt}</source>
        <translation>moet kleiner zijn dan {lt}</translation>
    </message>
    <message>
        <source>must be one of these values: {expected}</source>
        <translation>moet een van deze waarden zijn: {expected}</translation>
    </message>
    <message>
        <source>must be text, between quotes</source>
        <translation>moet tekst zijn, tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be true when the programme has projects</source>
        <translation>moet true zijn als het programma projecten heeft</translation>
    </message>
    <message>
        <source>must be true with pricing model &apos;free&apos;</source>
        <translation>moet true zijn bij prijsmodel &apos;free&apos;</translation>
    </message>
    <message>
        <source>must be true, false or an option key between quotes</source>
        <translation>moet true, false of een optiesleutel tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <source>must be {wanted}</source>
        <translation>moet {wanted} zijn</translation>
    </message>
    <message>
        <source>must contain all phases of the previous scope &apos;{scope}&apos;</source>
        <translation>moet alle fasen van de vorige scope &apos;{scope}&apos; bevatten</translation>
    </message>
    <message>
        <source>must contain at least {min_length} element(s)</source>
        <translation>moet minstens {min_length} element(en) bevatten</translation>
    </message>
    <message>
        <source>neighbourhood committee</source>
        <translation>buurt- of wijkcomité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>none: the programme has no scopes</source>
        <translation>geen: het programma heeft geen scopes</translation>
    </message>
    <message>
        <source>one</source>
        <translation>één</translation>
    </message>
    <message>
        <source>only a scale question has a scale</source>
        <translation>alleen een schaalvraag heeft een schaal</translation>
    </message>
    <message>
        <source>other local actor</source>
        <translation>andere lokale actor</translation>
    </message>
    <message>
        <source>pricing model &apos;{model}&apos; uses no fixed amount</source>
        <translation>prijsmodel &apos;{model}&apos; gebruikt geen vast bedrag</translation>
    </message>
    <message>
        <source>pricing model &apos;{model}&apos; uses no scopes</source>
        <translation>prijsmodel &apos;{model}&apos; gebruikt geen scopes</translation>
    </message>
    <message>
        <source>programme file</source>
        <translation>programmabestand</translation>
    </message>
    <message>
        <source>reference file</source>
        <translation>referentiebestand</translation>
    </message>
    <message>
        <source>say what the form is for: session_kinds, session_templates or end_of_trajectory = true</source>
        <translation>zeg waarvoor het formulier dient: session_kinds, session_templates of end_of_trajectory = true</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>sessions of kind &apos;{kind}&apos; already have the form &apos;{form}&apos;</source>
        <translation>bijeenkomsten van soort &apos;{kind}&apos; hebben al het formulier &apos;{form}&apos;</translation>
    </message>
    <message>
        <source>the activity falls outside the phase ({span})</source>
        <translation>de activiteit valt buiten de fase ({span})</translation>
    </message>
    <message>
        <source>the agenda blocks last {total} minutes together, but the session lasts {minutes} minutes</source>
        <translation>de agendablokken duren samen {total} minuten, maar de bijeenkomst duurt {minutes} minuten</translation>
    </message>
    <message>
        <source>name differs by one letter (a typo?)</source>
        <translation>naam verschilt één letter (tikfout?)</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not a valid e-mail address. Type e.g. naam@voorbeeld.be.</source>
        <translation>&apos;{email}&apos; is geen geldig e-mailadres. Typ bv. naam@voorbeeld.be.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status of a session.</source>
        <translation>&apos;{status}&apos; is geen status van een bijeenkomst.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid phone number or e-mail address. Type e.g. 0470 12 34 56 or naam@voorbeeld.be.</source>
        <translation>&apos;{text}&apos; is geen geldig telefoonnummer of e-mailadres. Typ bv. 0470 12 34 56 of naam@voorbeeld.be.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of session.</source>
        <translation>&apos;{value}&apos; is geen soort bijeenkomst.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of minutes. Type a number, e.g. 20.</source>
        <translation>&apos;{value}&apos; is geen aantal minuten. Typ een getal, bv. 20.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status of a registration.</source>
        <translation>&apos;{value}&apos; is geen status van een inschrijving.</translation>
    </message>
    <message>
        <source>Action &apos;{title}&apos;</source>
        <translation>Actie &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Agenda item &apos;{title}&apos; of session &apos;{session}&apos;</source>
        <translation>Agendapunt &apos;{title}&apos; van bijeenkomst &apos;{session}&apos;</translation>
    </message>
    <message>
        <source>--demo maakt een nieuw databasebestand. Vul een serverdatabase met &apos;trajectwijzer --database URL demo-data&apos; en open ze dan zonder --demo.</source>
        <translation>--demo maakt een nieuw databasebestand. Vul een serverdatabase met &apos;trajectwijzer --database URL demo-data&apos; en open ze dan zonder --demo.</translation>
    </message>
    <message>
        <source>An agenda item lasts 1 to {most} minutes, not {minutes}.</source>
        <translation>Een agendapunt duurt 1 tot {most} minuten, niet {minutes}.</translation>
    </message>
    <message>
        <source>Evaluation answer to &apos;{question}&apos;</source>
        <translation>Evaluatieantwoord op &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>Choose a code of at least {digits} digits to leave kiosk mode.</source>
        <translation>Kies een code van minstens {digits} cijfers om kioskmodus te verlaten.</translation>
    </message>
    <message>
        <source>Choose, for every record changed on both sides, whether the server&apos;s or the laptop&apos;s version stays. Nothing was brought back yet.</source>
        <translation>Kies voor elk record dat aan beide kanten gewijzigd is, of de versie van de server of die van de laptop blijft. Er is nog niets teruggebracht.</translation>
    </message>
    <message>
        <source>Fill in {what}.</source>
        <translation>Vul {what} in.</translation>
    </message>
    <message>
        <source>Give the date and the hour, e.g. 23/11/2026 19:30.</source>
        <translation>Geef datum en uur, bv. 23/11/2026 19:30.</translation>
    </message>
    <message>
        <source>Note at session &apos;{title}&apos;</source>
        <translation>Notitie bij bijeenkomst &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Organisation &apos;{name}&apos;: notes</source>
        <translation>Organisatie &apos;{name}&apos;: notities</translation>
    </message>
    <message>
        <source>Partner &apos;{name}&apos;: what they do</source>
        <translation>Partner &apos;{name}&apos;: wat ze doen</translation>
    </message>
    <message>
        <source>Phase &apos;{name}&apos;: notes</source>
        <translation>Fase &apos;{name}&apos;: notities</translation>
    </message>
    <message>
        <source>Project &apos;{name}&apos;: notes</source>
        <translation>Project &apos;{name}&apos;: notities</translation>
    </message>
    <message>
        <source>Session &apos;{title}&apos;: notes</source>
        <translation>Bijeenkomst &apos;{title}&apos;: notities</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos;</source>
        <translation>Instelling &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>Someone changed this trajectory on the server while it was being brought back. Nothing was brought back. Try again: the new changes are then compared too.</source>
        <translation>Iemand wijzigde dit traject op de server terwijl het werd teruggebracht. Er is niets teruggebracht. Probeer opnieuw: de nieuwe wijzigingen worden dan ook vergeleken.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Your change was not stored; what you typed is still on the screen, beside what is stored now. Store it again if it still applies.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet bewaard; wat u typte staat nog op het scherm, naast wat nu bewaard is. Bewaar het opnieuw als het nog klopt.</translation>
    </message>
    <message>
        <source>Someone else changed {name} in the meantime. Your change was not stored; what you typed is still in this form. Store it again to put it over their change, or cancel to keep theirs.</source>
        <translation>Iemand anders heeft {name} intussen gewijzigd. Uw wijziging is niet bewaard; wat u typte staat nog in dit venster. Bewaar opnieuw om het over die wijziging heen te zetten, of annuleer om die te houden.</translation>
    </message>
    <message>
        <source>Someone else changed {name} in the meantime. Your change was not stored; what you typed is still on the screen, beside what is stored now. Store it again if it still applies.</source>
        <translation>Iemand anders heeft {name} intussen gewijzigd. Uw wijziging is niet bewaard; wat u typte staat nog op het scherm, naast wat nu bewaard is. Bewaar het opnieuw als het nog klopt.</translation>
    </message>
    <message>
        <source>Someone in the database changed while the import was waiting. Read the file again and try again.</source>
        <translation>Iemand in de database is veranderd terwijl de import klaarstond. Lees het bestand opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Task &apos;{title}&apos;</source>
        <translation>Taak &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Take trajectories out to the laptop&apos;s own database: start the app (or the command) with the laptop&apos;s database, and name the server to take them from.</source>
        <translation>Neem trajecten mee naar de eigen database van de laptop: start de app (of de opdracht) met de database van de laptop en geef de server op waaruit u ze meeneemt.</translation>
    </message>
    <message>
        <source>That import no longer exists.</source>
        <translation>Die import bestaat niet (meer).</translation>
    </message>
    <message>
        <source>That session no longer exists. Choose a session from &apos;trajectwijzer list sessions&apos;.</source>
        <translation>Die bijeenkomst bestaat niet (meer). Kies een bijeenkomst uit &apos;trajectwijzer list sessions&apos;.</translation>
    </message>
    <message>
        <source>That trajectory is not on the server (any more). Nothing was taken out.</source>
        <translation>Dat traject staat niet (meer) op de server. Er is niets meegenomen.</translation>
    </message>
    <message>
        <source>That trajectory is not out on this laptop (any more).</source>
        <translation>Dat traject is niet (meer) meegenomen op deze laptop.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>The connection to the server {server} was lost. The change you were making was not stored; everything stored before is safe. Check the network and try again.</source>
        <translation>De verbinding met de server {server} is verbroken. De wijziging die u aan het maken was, is niet bewaard; alles wat eerder bewaard was, is veilig. Controleer het netwerk en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The facilitators</source>
        <translation>De begeleiders</translation>
    </message>
    <message>
        <source>The hand-over file does not fit this database ({reason}). Nothing was read.</source>
        <translation>Het overdrachtsbestand past niet in deze database ({reason}). Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The hand-over file is damaged. Nothing was read.</source>
        <translation>Het overdrachtsbestand is beschadigd. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>The programme of this trajectory has no session &apos;{key}&apos;.</source>
        <translation>Het programma van dit traject kent geen bijeenkomst &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>De zaal</translation>
    </message>
    <message>
        <source>The server database {server} holds no Trajectwijzer data yet. Nothing was created. Start the app with it, or run trajectwijzer --database URL demo-data, to set it up.</source>
        <translation>De serverdatabase {server} bevat nog geen gegevens van Trajectwijzer. Er is niets aangemaakt. Start de app ermee, of voer trajectwijzer --database URL demo-data uit, om ze in te richten.</translation>
    </message>
    <message>
        <source>The server database {server} holds tables of another program. Nothing was changed. Give Trajectwijzer a database (or schema) of its own.</source>
        <translation>De serverdatabase {server} bevat tabellen van een ander programma. Er is niets gewijzigd. Geef Trajectwijzer een eigen database (of schema).</translation>
    </message>
    <message>
        <source>The server database {server} is marked as Trajectwijzer&apos;s but its schema is incomplete. Nothing was changed. Ask whoever manages the server to restore it from the server&apos;s backup.</source>
        <translation>De serverdatabase {server} is als database van Trajectwijzer gemerkt, maar haar schema is onvolledig. Er is niets gewijzigd. Vraag wie de server beheert om ze terug te zetten uit de reservekopie van de server.</translation>
    </message>
    <message>
        <source>The server database {server} was made with a newer version of Trajectwijzer (schema version {version}; this version knows up to {known}). Nothing was changed. Install the newest version of Trajectwijzer to use it.</source>
        <translation>De serverdatabase {server} is gemaakt met een nieuwere versie van Trajectwijzer (schemaversie {version}; deze versie kent tot {known}). Er is niets gewijzigd. Installeer de nieuwste versie van Trajectwijzer om ze te gebruiken.</translation>
    </message>
    <message>
        <source>The server {server} asks for a password. Type it when the app asks, or keep it in the system keyring from Settings. On the command line: set PGPASSWORD or use a .pgpass file.</source>
        <translation>De server {server} vraagt een wachtwoord. Typ het wanneer de app erom vraagt, of bewaar het in de sleutelbos van het systeem via Instellingen. Op de opdrachtregel: zet PGPASSWORD of gebruik een .pgpass-bestand.</translation>
    </message>
    <message>
        <source>The server {server} does not allow this user to change the database. Nothing was changed. Ask whoever manages the server for the rights described under Voor een team.</source>
        <translation>De server {server} laat deze gebruiker de database niet wijzigen. Er is niets gewijzigd. Vraag wie de server beheert om de rechten die onder &apos;Voor een team&apos; beschreven staan.</translation>
    </message>
    <message>
        <source>The server {server} does not answer. Nothing was changed. Check the network connection and the server&apos;s name, or ask whoever manages the server whether it is running. To work without the network, take trajectories out to this laptop beforehand.</source>
        <translation>De server {server} antwoordt niet. Er is niets gewijzigd. Controleer de netwerkverbinding en de naam van de server, of vraag wie de server beheert of hij draait. Om zonder netwerk te werken, neemt u trajecten vooraf mee naar deze laptop.</translation>
    </message>
    <message>
        <source>The server {server} has no database of that name. Nothing was created. Check the name, or ask whoever manages the server to create it (see Voor een team in the README).</source>
        <translation>De server {server} heeft geen database met die naam. Er is niets aangemaakt. Controleer de naam, of vraag wie de server beheert om ze aan te maken (zie &apos;Voor een team&apos; in de README).</translation>
    </message>
    <message>
        <source>The server {server} refused the user name or password. Nothing was changed. Check both with whoever manages the server and try again.</source>
        <translation>De server {server} weigerde de gebruikersnaam of het wachtwoord. Er is niets gewijzigd. Controleer beide met wie de server beheert en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The title of the agenda item</source>
        <translation>De titel van het agendapunt</translation>
    </message>
    <message>
        <source>The working method</source>
        <translation>De werkvorm</translation>
    </message>
    <message>
        <source>This agenda item does not belong to this session.</source>
        <translation>Dit agendapunt hoort niet bij deze bijeenkomst.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Dit agendapunt bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This hand-over file comes from a newer version of Trajectwijzer. Nothing was read. Install the newest version first.</source>
        <translation>Dit overdrachtsbestand komt van een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>This installation cannot use a server database: the PostgreSQL driver is missing. Install it with pip install -e &quot;.[server]&quot; (or ask for a build with server support).</source>
        <translation>Deze installatie kan geen serverdatabase gebruiken: het PostgreSQL-stuurprogramma ontbreekt. Installeer het met pip install -e &quot;.[server]&quot; (of vraag een versie met serverondersteuning).</translation>
    </message>
    <message>
        <source>This name is too long (at most {limit} characters).</source>
        <translation>Deze naam is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Deze notitie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This person no longer exists; choose another.</source>
        <translation>Deze persoon bestaat niet (meer); kies een andere.</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Deze inschrijving bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This trajectory is already out on this laptop. Bring it back first; then take it out again.</source>
        <translation>Dit traject is al meegenomen op deze laptop. Breng het eerst terug en neem het daarna opnieuw mee.</translation>
    </message>
    <message>
        <source>This trajectory no longer exists; nothing was handed over.</source>
        <translation>Dit traject bestaat niet (meer); er is niets overgedragen.</translation>
    </message>
    <message>
        <source>Trajectory &apos;{name}&apos;: notes</source>
        <translation>Traject &apos;{name}&apos;: notities</translation>
    </message>
    <message>
        <source>Trajectories are taken out of a server database, not out of a file.</source>
        <translation>Trajecten worden uit een serverdatabase meegenomen, niet uit een bestand.</translation>
    </message>
    <message>
        <source>Type the decision.</source>
        <translation>Typ de beslissing.</translation>
    </message>
    <message>
        <source>Type the name of the new participant.</source>
        <translation>Typ de naam van de nieuwe deelnemer.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>a form, session or trajectory</source>
        <translation>een formulier, bijeenkomst of traject</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <source>a quote or trajectory</source>
        <translation>een offerte of traject</translation>
    </message>
    <message>
        <source>a registration</source>
        <translation>een inschrijving</translation>
    </message>
    <message>
        <source>a trajectory taken out</source>
        <translation>een meegenomen traject</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>een agendapunt</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same e-mail address, but another name</source>
        <translation>zelfde e-mailadres, maar een andere naam</translation>
    </message>
    <message>
        <source>same e-mail address, but another phone number</source>
        <translation>zelfde e-mailadres, maar een ander telefoonnummer</translation>
    </message>
    <message>
        <source>same name and phone number, but another e-mail address</source>
        <translation>zelfde naam en telefoonnummer, maar een ander e-mailadres</translation>
    </message>
    <message>
        <source>same name and phone number, nothing that conflicts</source>
        <translation>zelfde naam en telefoonnummer, niets dat elkaar tegenspreekt</translation>
    </message>
    <message>
        <source>same name and place, but another e-mail address</source>
        <translation>zelfde naam en woonplaats, maar een ander e-mailadres</translation>
    </message>
    <message>
        <source>same name and place, but another phone number</source>
        <translation>zelfde naam en woonplaats, maar een ander telefoonnummer</translation>
    </message>
    <message>
        <source>same name and place, nothing that conflicts</source>
        <translation>zelfde naam en woonplaats, niets dat elkaar tegenspreekt</translation>
    </message>
    <message>
        <source>same name and the same details</source>
        <translation>zelfde naam en dezelfde gegevens</translation>
    </message>
    <message>
        <source>same name but for an accent or punctuation</source>
        <translation>zelfde naam op een accent of leesteken na</translation>
    </message>
    <message>
        <source>same name, other details</source>
        <translation>zelfde naam, andere gegevens</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>het adres</translation>
    </message>
    <message>
        <source>the facilitators</source>
        <translation>de begeleiders</translation>
    </message>
    <message>
        <source>the file name of an import</source>
        <translation>de bestandsnaam van een import</translation>
    </message>
    <message>
        <source>the function &apos;{key}&apos; occurs twice</source>
        <translation>de functie &apos;{key}&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>the granted budget</source>
        <translation>het toegekende budget</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; occurs twice</source>
        <translation>de sleutel &apos;{key}&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>the last phase ends in month {last}, so the trajectory lasts {months} months (month 0 counts), not {given}</source>
        <translation>de laatste fase eindigt in maand {last}, dus duurt het traject {months} maanden (maand 0 telt mee), niet {given}</translation>
    </message>
    <message>
        <source>the milestone falls outside {span}</source>
        <translation>de mijlpaal valt buiten {span}</translation>
    </message>
    <message>
        <source>the phase &apos;{key}&apos; does not exist; choose from {known}</source>
        <translation>de fase &apos;{key}&apos; bestaat niet; kies uit {known}</translation>
    </message>
    <message>
        <source>the phase starts in month {start}, but the previous phase &apos;{previous}&apos; runs until month {end}</source>
        <translation>de fase begint in maand {start}, maar de vorige fase &apos;{previous}&apos; loopt tot maand {end}</translation>
    </message>
    <message>
        <source>the question &apos;{key}&apos; is not in the intake</source>
        <translation>de vraag &apos;{key}&apos; staat niet in de intake</translation>
    </message>
    <message>
        <source>the question &apos;{key}&apos; is not in the intake as an amount</source>
        <translation>de vraag &apos;{key}&apos; staat niet als bedrag in de intake</translation>
    </message>
    <message>
        <source>the question &apos;{key}&apos; occurs twice in the form</source>
        <translation>de vraag &apos;{key}&apos; komt twee keer voor in het formulier</translation>
    </message>
    <message>
        <source>the question &apos;{key}&apos; occurs twice in the questionnaire</source>
        <translation>de vraag &apos;{key}&apos; komt twee keer voor in de vragenlijst</translation>
    </message>
    <message>
        <source>the ranks must rise, without doubles</source>
        <translation>de rangen moeten stijgen, zonder dubbels</translation>
    </message>
    <message>
        <source>the requested budget</source>
        <translation>het gevraagde budget</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>de zaal</translation>
    </message>
    <message>
        <source>the scale runs from {low} to {high}: the wrong way round</source>
        <translation>de schaal loopt van {low} tot {high}: omgekeerd</translation>
    </message>
    <message>
        <source>the scope &apos;{key}&apos; does not exist; choose from {known}</source>
        <translation>de scope &apos;{key}&apos; bestaat niet; kies uit {known}</translation>
    </message>
    <message>
        <source>the session &apos;{key}&apos; already has the form &apos;{form}&apos;</source>
        <translation>de bijeenkomst &apos;{key}&apos; heeft al het formulier &apos;{form}&apos;</translation>
    </message>
    <message>
        <source>the session &apos;{key}&apos; is not in session_templates</source>
        <translation>de bijeenkomst &apos;{key}&apos; staat niet in session_templates</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <source>the title of the agenda item</source>
        <translation>de titel van het agendapunt</translation>
    </message>
    <message>
        <source>the working method</source>
        <translation>de werkvorm</translation>
    </message>
    <message>
        <source>the {school_break}</source>
        <translation>de {school_break}</translation>
    </message>
    <message>
        <source>there is already a form for the end of the trajectory</source>
        <translation>er is al een formulier voor het einde van het traject</translation>
    </message>
    <message>
        <source>there is no client form &apos;cluster&apos; with the same minimum number of municipalities</source>
        <translation>er is geen klantvorm &apos;cluster&apos; met hetzelfde minimum aantal gemeenten</translation>
    </message>
    <message>
        <source>this field is there twice</source>
        <translation>dit veld staat er twee keer</translation>
    </message>
    <message>
        <source>this table or this field is there twice</source>
        <translation>deze tabel of dit veld staat er twee keer</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>where a consent came from</source>
        <translation>de herkomst van een toestemming</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>write the number as text between quotes, e.g. &quot;3500.00&quot;</source>
        <translation>schrijf het getal als tekst tussen aanhalingstekens, bv. &quot;3500.00&quot;</translation>
    </message>
    <message>
        <source>{address} is not a server address Trajectwijzer understands. Write it as postgresql+psycopg://user@server/database.</source>
        <translation>{address} is geen serveradres dat Trajectwijzer begrijpt. Schrijf het als postgresql+psycopg://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>{address} names no database. Add its name after the server: postgresql+psycopg://user@server/trajectwijzer.</source>
        <translation>{address} noemt geen database. Zet de naam ervan na de server: postgresql+psycopg://gebruiker@server/trajectwijzer.</translation>
    </message>
    <message>
        <source>{address} uses a database driver Trajectwijzer does not use. Write it as postgresql+psycopg://user@server/database.</source>
        <translation>{address} gebruikt een databasestuurprogramma dat Trajectwijzer niet gebruikt. Schrijf het als postgresql+psycopg://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>{closure}</source>
        <translation>{closure}</translation>
    </message>
    <message>
        <source>{day} is in the future: an actual date is a day that has already passed. Leave the field empty until then.</source>
        <translation>{day} ligt in de toekomst: een werkelijke datum is een dag die al voorbij is. Laat het veld leeg tot het zover is.</translation>
    </message>
    <message>
        <source>{day} lies before the quote was made ({issued}). Check the date.</source>
        <translation>{day} ligt vóór de offerte opgemaakt werd ({issued}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>{day} lies in the future: note the day it happened, today at the latest.</source>
        <translation>{day} ligt in de toekomst: noteer de dag waarop het gebeurde, ten laatste vandaag.</translation>
    </message>
    <message>
        <source>{holiday} (public holiday)</source>
        <translation>{holiday} (wettelijke feestdag)</translation>
    </message>
    <message>
        <source>{items} now falls outside {phase} ({first}–{last}).</source>
        <translation>{items} valt nu buiten {phase} ({first}–{last}).</translation>
    </message>
    <message>
        <source>{name} is already a contact of this trajectory with that role.</source>
        <translation>{name} is al contactpersoon van dit traject met die rol.</translation>
    </message>
    <message>
        <source>{name} is already in the list of organisations; choose it there.</source>
        <translation>{name} staat al in de lijst van organisaties; kies ze daar.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read. The file was not changed. Restore the newest sound backup (Settings, Backups, or trajectwijzer restore FILE) or open another file.</source>
        <translation>{name} is beschadigd en kan niet gelezen worden. Het bestand is niet gewijzigd. Zet de nieuwste gezonde reservekopie terug (Instellingen, Reservekopieën, of trajectwijzer restore BESTAND) of open een ander bestand.</translation>
    </message>
    <message>
        <source>{name} is not a Trajectwijzer database. The file was not changed. Choose another file, or leave out --database to open the usual database.</source>
        <translation>{name} is geen Trajectwijzer-database. Het bestand is niet gewijzigd. Kies een ander bestand, of laat --database weg om de gewone database te openen.</translation>
    </message>
    <message>
        <source>{name} was made with a newer version of Trajectwijzer (schema version {version}; this version knows up to {known}). The file was not changed. Install the newest version of Trajectwijzer to open it.</source>
        <translation>{name} is gemaakt met een nieuwere versie van Trajectwijzer (schemaversie {version}; deze versie kent tot {known}). Het bestand is niet gewijzigd. Installeer de nieuwste versie van Trajectwijzer om het te openen.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name.</source>
        <translation>{path} bestaat al. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{path} does not exist. Nothing was changed. Choose another file.</source>
        <translation>{path} bestaat niet. Er is niets veranderd. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>{path} is damaged, so it cannot be rewritten without the erased people. Delete it if a newer sound backup is there.</source>
        <translation>{path} is beschadigd en kan dus niet herschreven worden zonder de gewiste personen. Verwijder het als er een nieuwere gezonde reservekopie is.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not a usable backup. Nothing was changed. Choose an older backup (the list in Settings, Backups shows which ones are sound).</source>
        <translation>{path} is beschadigd: het is geen bruikbare reservekopie. Er is niets veranderd. Kies een oudere reservekopie (de lijst in Instellingen, Reservekopieën toont welke gezond zijn).</translation>
    </message>
    <message>
        <source>{path} is in use by another program (a synchronisation or backup program, a virus scanner, or a database tool). Nothing was changed. Close that program or wait until it is done, and try again.</source>
        <translation>{path} is in gebruik door een ander programma (een synchronisatie- of back-upprogramma, een virusscanner of een databankhulpmiddel). Er is niets veranderd. Sluit dat programma of wacht tot het klaar is, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>{path} is not a Trajectwijzer database; there is nothing to back up.</source>
        <translation>{path} is geen Trajectwijzer-database; er is niets om te bewaren.</translation>
    </message>
    <message>
        <source>{path} is not a backup of Trajectwijzer (it is another kind of file). Nothing was changed. Choose another file.</source>
        <translation>{path} is geen bruikbare reservekopie van Trajectwijzer (het is een ander soort bestand). Er is niets veranderd. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>{path} is on a medium that cannot be written to (a USB stick with its lock switch on, a CD, a read-only network folder). Nothing was changed. Unlock the stick, or copy the file to your own disk, and try again.</source>
        <translation>{path} staat op een medium waarop niet geschreven kan worden (een USB-stick met het schuifje op slot, een cd, een netwerkmap die alleen gelezen mag worden). Er is niets veranderd. Zet de stick van slot, of kopieer het bestand naar je eigen schijf, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>{path} was made with a newer version of Trajectwijzer. Nothing was changed. Install the newest version first.</source>
        <translation>{path} is gemaakt met een nieuwere versie van Trajectwijzer. Er is niets veranderd. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <source>{path} was made with an older version of Trajectwijzer and must be updated before it can be opened, but it cannot be written here. Nothing was changed. Copy the file to your own disk and open that copy.</source>
        <translation>{path} is gemaakt met een oudere versie van Trajectwijzer en moet bijgewerkt worden voor het geopend kan worden, maar er kan hier niet in geschreven worden. Er is niets veranderd. Kopieer het bestand naar je eigen schijf en open die kopie.</translation>
    </message>
    <message>
        <source>{phase} has no dates yet.</source>
        <translation>{phase} heeft nog geen data.</translation>
    </message>
    <message>
        <source>{phase} has not started yet: a trajectory can only stop after a phase that has begun. Mark the phase as under way first, or stop after an earlier phase.</source>
        <translation>{phase} is nog niet begonnen: een traject kan enkel stoppen na een fase die begonnen is. Zet de fase eerst op &apos;bezig&apos;, of stop na een eerdere fase.</translation>
    </message>
    <message>
        <source>{phase} is already done</source>
        <translation>{phase} is al afgerond</translation>
    </message>
    <message>
        <source>{phase} is the last phase: the trajectory then simply runs out. Set the phase to &apos;Done&apos; instead of stopping.</source>
        <translation>{phase} is de laatste fase: het traject loopt dan gewoon af. Zet de fase op &apos;Afgerond&apos; in plaats van te stoppen.</translation>
    </message>
    <message>
        <source>{phase} now overlaps with {other}.</source>
        <translation>{phase} overlapt nu met {other}.</translation>
    </message>
    <message>
        <source>{phase} would then slide over {other}, which is already done ({first}–{last}). Choose a date after {last}.</source>
        <translation>{phase} schuift dan over {other}, die al afgerond is ({first}–{last}). Kies een datum na {last}.</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (en nog 1 probleem)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (en nog {count} problemen)</translation>
    </message>
    <message>
        <source>{programme} does not work with clusters of municipalities. Leave the cluster names empty.</source>
        <translation>{programme} werkt niet met clusters van gemeenten. Laat de clusternamen leeg.</translation>
    </message>
    <message>
        <source>{programme} has no discount to give: switch the discount off.</source>
        <translation>{programme} geeft geen korting: zet de korting uit.</translation>
    </message>
    <message>
        <source>{programme} is a priced programme: it has a quote, not a participation agreement. Export the quote instead (export quote).</source>
        <translation>{programme} is een betalend programma: het heeft een offerte, geen deelnameovereenkomst. Exporteer de offerte (export quote).</translation>
    </message>
    <message>
        <source>{programme} is meant for municipalities: &apos;{name}&apos; is a local organisation ({kind}). Choose the municipality as the client; the organisation can take part as a partner.</source>
        <translation>{programme} is bedoeld voor gemeenten: &apos;{name}&apos; is een lokale organisatie ({kind}). Kies de gemeente als klant; de organisatie kan meedoen als partner.</translation>
    </message>
    <message>
        <source>{question}: &apos;{typed}&apos; is not a number. Choose a number from {low} to {high}, or leave the question empty.</source>
        <translation>{question}: &apos;{typed}&apos; is geen getal. Kies een getal van {low} tot {high}, of laat de vraag leeg.</translation>
    </message>
    <message>
        <source>{question}: &apos;{typed}&apos; is not one of the options. Choose an option from 1 to {count}.</source>
        <translation>{question}: &apos;{typed}&apos; is geen van de opties. Kies een optie van 1 tot {count}.</translation>
    </message>
    <message>
        <source>{question}: &apos;{typed}&apos; is not one of the options. Choose options from 1 to {count}.</source>
        <translation>{question}: &apos;{typed}&apos; is geen van de opties. Kies opties van 1 tot {count}.</translation>
    </message>
    <message>
        <source>{question}: &apos;{typed}&apos; is not yes or no. Type 1 or j for yes, 2 or n for no.</source>
        <translation>{question}: &apos;{typed}&apos; is geen ja of nee. Typ 1 of j voor ja, 2 of n voor nee.</translation>
    </message>
    <message>
        <source>{question}: choose one or more options.</source>
        <translation>{question}: kies een of meer opties.</translation>
    </message>
    <message>
        <source>{question}: expects a text.</source>
        <translation>{question}: verwacht een tekst.</translation>
    </message>
    <message>
        <source>{question}: the answer is {length} characters long; make it shorter than {limit}.</source>
        <translation>{question}: het antwoord is {length} tekens lang; maak het korter dan {limit}.</translation>
    </message>
    <message>
        <source>{question}: there is no option {number}. Choose an option from 1 to {count}.</source>
        <translation>{question}: er is geen optie {number}. Kies een optie van 1 tot {count}.</translation>
    </message>
    <message>
        <source>{question}: this is not a number. Choose a number from {low} to {high}, or leave the question empty.</source>
        <translation>{question}: dit is geen getal. Kies een getal van {low} tot {high}, of laat de vraag leeg.</translation>
    </message>
    <message>
        <source>{question}: {value} is outside the scale from {low} to {high}. Choose a number from {low} to {high}, or leave the question empty.</source>
        <translation>{question}: {value} valt buiten de schaal van {low} tot {high}. Kies een getal van {low} tot {high}, of laat de vraag leeg.</translation>
    </message>
    <message>
        <source>{typed} has more than two digits after the comma. Type an amount such as 3.500,00.</source>
        <translation>{typed} heeft meer dan twee cijfers na de komma. Typ een bedrag zoals 3.500,00.</translation>
    </message>
    <message>
        <source>{typed} is not a date. Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>{typed} is geen datum. Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>{typed} is not a number. Type a number such as 12 or 12,5 (with a comma for the decimals).</source>
        <translation>{typed} is geen getal. Typ een getal zoals 12 of 12,5 (met een komma voor de decimalen).</translation>
    </message>
    <message>
        <source>{typed} is not an amount. Type an amount such as 3.500,00.</source>
        <translation>{typed} is geen bedrag. Typ een bedrag zoals 3.500,00.</translation>
    </message>
    <message>
        <source>{typed} is not an amount. Type an amount such as 3.500,00. A dot separates the thousands, a comma the cents.</source>
        <translation>{typed} is geen bedrag. Typ een bedrag zoals 3.500,00. Een punt scheidt de duizendtallen, een komma de centen.</translation>
    </message>
    <message>
        <source>{typed} is not an answer to this question. Choose one of: {options}.</source>
        <translation>{typed} is geen antwoord op deze vraag. Kies een van: {options}.</translation>
    </message>
    <message>
        <source>{typed} is not an answer: choose yes or no.</source>
        <translation>{typed} is geen antwoord: kies ja of nee.</translation>
    </message>
    <message>
        <source>{typed} is not an existing date: there is no month {month} (first the day, then the month). Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>{typed} is geen bestaande datum: er is geen maand {month} (eerst de dag, dan de maand). Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>{typed} is not an existing date: there is no month {month}. Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>{typed} is geen bestaande datum: er is geen maand {month}. Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>{typed} is not an existing date: {month} {year} has {days} days. Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>{typed} is geen bestaande datum: {month} {year} heeft {days} dagen. Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>{typed}: the year {year} cannot be right. Type a date as dd/mm/yyyy, for example 22/11/2026.</source>
        <translation>{typed}: het jaartal {year} kan niet kloppen. Typ een datum als dd/mm/jjjj, bijvoorbeeld 22/11/2026.</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what} kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>{what} cannot be negative. Type an amount such as 3.500,00.</source>
        <translation>{what} kan niet negatief zijn. Typ een bedrag zoals 3.500,00.</translation>
    </message>
    <message>
        <source>{what} is at most {limit} characters long.</source>
        <translation>{what} is hoogstens {limit} tekens lang.</translation>
    </message>
    <message>
        <source>{what} is at most {limit} characters long; make it shorter.</source>
        <translation>{what} is hoogstens {limit} tekens lang; maak het korter.</translation>
    </message>
    <message>
        <source>{what} works on a database file. A server database is backed up and restored by the server itself (pg_dump and pg_restore, by whoever manages it). Nothing was changed.</source>
        <translation>{what} werkt op een databasebestand. Van een serverdatabase maakt de server zelf reservekopieën en zet ze terug (pg_dump en pg_restore, door wie de server beheert). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{what}: the trajectory can no longer stop before {phase}. Choose a later phase.</source>
        <translation>{what}: het traject kan niet meer vóór {phase} stoppen. Kies een latere fase.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>The person was erased from the database.</source>
        <translation>De persoon is gewist uit de database.</translation>
    </message>
    <message>
        <source>Another screen was still reading: the database&apos;s log file keeps an old copy of the changed pages until Trajectwijzer closes.</source>
        <translation>Een ander scherm was nog aan het lezen: het logbestand van de database houdt een oude kopie van de gewijzigde pagina&apos;s bij tot Trajectwijzer sluit.</translation>
    </message>
    <message>
        <source>Their name was also removed from:</source>
        <translation>Hun naam is ook weggehaald uit:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Their name or e-mail address still stands in text you typed yourself; edit these places by hand:</source>
        <translation>Hun naam of e-mailadres staat nog in tekst die je zelf typte; pas deze plaatsen zelf aan:</translation>
    </message>
    <message>
        <source>Files you saved yourself (PDFs, exports, hand-over files, copies made with “Save a copy as…”) are not changed by Trajectwijzer: delete those by hand.</source>
        <translation>Bestanden die je zelf bewaarde (pdf&apos;s, exports, overdrachtsbestanden, kopieën via “Kopie bewaren als…”) verandert Trajectwijzer niet: verwijder die zelf.</translation>
    </message>
    <message>
        <source>Remove from these backups</source>
        <translation>Uit deze reservekopieën verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before still hold their data. Remove the person from them too? Each is rewritten and checked; it stays a sound backup.</source>
        <translation>
            <numerusform>%n reservekopie van eerder bevat hun gegevens nog. De persoon daar ook uit verwijderen? Ze wordt herschreven en gecontroleerd, en blijft een gezonde reservekopie.</numerusform>
            <numerusform>%n reservekopieën van eerder bevatten hun gegevens nog. De persoon daar ook uit verwijderen? Elke kopie wordt herschreven en gecontroleerd, en blijft een gezonde reservekopie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup the app keeps holds their data.</source>
        <translation>Geen enkele reservekopie die de app bijhoudt, bevat hun gegevens.</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>bewaard voor het terugzetten</translation>
    </message>
    <message>
        <source>kept before an update</source>
        <translation>bewaard voor een update</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>reservekopie</translation>
    </message>
    <message>
        <source>Could not be looked at or cleaned:</source>
        <translation>Kon niet bekeken of opgeschoond worden:</translation>
    </message>
    <message>
        <source>Removing the person from the backups</source>
        <translation>De persoon uit de reservekopieën verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>The person was removed from %n backup(s).</source>
        <translation>
            <numerusform>De persoon is uit %n reservekopie verwijderd.</numerusform>
            <numerusform>De persoon is uit %n reservekopieën verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places could not be cleaned; they are listed below.</source>
        <translation>Sommige plaatsen konden niet opgeschoond worden; ze staan hieronder.</translation>
    </message>
</context>
<context>
    <name>EvaluationColumns</name>
    <message>
        <source>Section</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
</context>
<context>
    <name>EvaluationComparisonView</name>
    <message>
        <source>Nothing to compare yet: two sessions (or two trajectories of this programme) need filled-in forms with the same questions.</source>
        <translation>Nog niets te vergelijken: twee bijeenkomsten (of twee trajecten van dit programma) hebben ingevulde formulieren met dezelfde vragen nodig.</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>scale</source>
        <translation>schaal</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>één keuze</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>meerdere keuzes</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>short text</source>
        <translation>korte tekst</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>lange tekst</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eén optie per regel</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Vraag bewaren</translation>
    </message>
    <message>
        <source>Add as new question</source>
        <translation>Toevoegen als nieuwe vraag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naar boven</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Naar beneden</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Scale and end labels</source>
        <translation>Schaal en labels aan de uiteinden</translation>
    </message>
    <message>
        <source>Question saved.</source>
        <translation>Vraag bewaard.</translation>
    </message>
    <message>
        <source>Question added.</source>
        <translation>Vraag toegevoegd.</translation>
    </message>
    <message>
        <source>Question removed.</source>
        <translation>Vraag verwijderd.</translation>
    </message>
</context>
<context>
    <name>EvaluationEntry</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Type a digit for a scale, 1/2 for yes/no, the option number for a choice. Tab skips a question or ends a text; Enter saves the form and starts the next.</source>
        <translation>Typ een cijfer voor een schaal, 1/2 voor ja/nee, het nummer van de optie bij een keuze. Tab slaat een vraag over of sluit een tekst af; Enter bewaart het formulier en begint het volgende.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms typed in</source>
        <translation>
            <numerusform>%n formulier ingevoerd</numerusform>
            <numerusform>%n formulieren ingevoerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationResults</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n leeg</numerusform>
            <numerusform>%n leeg</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>gemiddelde %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>mediaan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked (more than one answer possible)</source>
        <translation>
            <numerusform>%n keuze aangeduid (meerdere antwoorden mogelijk)</numerusform>
            <numerusform>%n keuzes aangeduid (meerdere antwoorden mogelijk)</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The sessions of %1 compared</source>
        <translation>De bijeenkomsten van %1 vergeleken</translation>
    </message>
    <message>
        <source>%1: compared with other trajectories</source>
        <translation>%1: vergeleken met andere trajecten</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulier</numerusform>
            <numerusform>%n formulieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% yes (n=%2)</source>
        <translation>%1% ja (n=%2)</translation>
    </message>
</context>
<context>
    <name>EvaluationResultsView</name>
    <message numerus="yes">
        <source>%n forms filled in</source>
        <translation>
            <numerusform>%n ingevuld formulier</numerusform>
            <numerusform>%n ingevulde formulieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms filled in yet.</source>
        <translation>Nog geen ingevulde formulieren.</translation>
    </message>
    <message>
        <source>Questions no longer on the form (answers as they were asked)</source>
        <translation>Vragen die niet meer op het formulier staan (antwoorden zoals ze toen gevraagd werden)</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Make form</source>
        <translation>Formulier maken</translation>
    </message>
    <message>
        <source>Print paper form…</source>
        <translation>Papieren formulier afdrukken…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Rapport afdrukken…</translation>
    </message>
    <message>
        <source>Responses (Excel)…</source>
        <translation>Antwoorden (Excel)…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>Type in</source>
        <translation>Invoeren</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>No evaluation forms yet: make one for a session.</source>
        <translation>Nog geen evaluatieformulieren: maak er een voor een bijeenkomst.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>New form for</source>
        <translation>Nieuw formulier voor</translation>
    </message>
    <message>
        <source>End of the trajectory</source>
        <translation>Einde van het traject</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Evaluatieformulier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Bewaren als</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <source>Choose a code of at least 4 digits. You need it to leave kiosk mode.</source>
        <translation>Kies een code van minstens 4 cijfers. Je hebt die nodig om de kioskmodus te verlaten.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
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
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>HallPreview</name>
    <message>
        <source>Print on %1</source>
        <translation>Afdrukken op %1</translation>
    </message>
    <message>
        <source>Next time straight to this printer, without preview</source>
        <translation>Volgende keer meteen naar deze printer, zonder voorbeeld</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Hand over a trajectory</source>
        <translation>Een traject overdragen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Everything about the trajectory travels in one encrypted file: people, sessions, actions, evaluations, quotes. Give the passphrase to the other coach by phone, not in the same e-mail.</source>
        <translation>Alles over het traject gaat mee in één versleuteld bestand: personen, bijeenkomsten, acties, evaluaties, offertes. Geef het wachtwoord telefonisch aan de andere coach, niet in dezelfde e-mail.</translation>
    </message>
    <message>
        <source>Hand-over file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Kies waar het bestand moet komen.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
    <message>
        <source>Encrypting the hand-over</source>
        <translation>De overdracht wordt versleuteld</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Take over a trajectory</source>
        <translation>Een traject overnemen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Keep the version changed last</source>
        <translation>De laatst gewijzigde versie houden</translation>
    </message>
    <message>
        <source>Keep the version in the file</source>
        <translation>De versie uit het bestand houden</translation>
    </message>
    <message>
        <source>Keep the version on this laptop</source>
        <translation>De versie op deze laptop houden</translation>
    </message>
    <message>
        <source>Show what changes</source>
        <translation>Tonen wat er verandert</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Wat het bestand bevat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>When both changed</source>
        <translation>Als beide gewijzigd zijn</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Wat het inlezen doet</translation>
    </message>
    <message>
        <source>Hand-over file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Ontsleutelen…</translation>
    </message>
    <message>
        <source>Decrypting the hand-over</source>
        <translation>De overdracht wordt ontsleuteld</translation>
    </message>
    <message>
        <source>Trajectory: %1</source>
        <translation>Traject: %1</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Ongewijzigd: %1</translation>
    </message>
    <message>
        <source>Conflicts (changed on both laptops): %1</source>
        <translation>Conflicten (op beide laptops gewijzigd): %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <source>here %1, in the file %2, kept: %3</source>
        <translation>hier %1, in het bestand %2, behouden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) about people erased on this laptop are left out or kept anonymous: an erasure is never undone by a hand-over.</source>
        <translation>
            <numerusform>%n gegeven over mensen die op deze laptop gewist zijn, wordt weggelaten of anoniem gehouden: een overdracht maakt een wissing nooit ongedaan.</numerusform>
            <numerusform>%n gegevens over mensen die op deze laptop gewist zijn, worden weggelaten of anoniem gehouden: een overdracht maakt een wissing nooit ongedaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased on the other laptop will be erased here too.</source>
        <translation>
            <numerusform>%n persoon die op de andere laptop gewist is, wordt hier ook gewist.</numerusform>
            <numerusform>%n personen die op de andere laptop gewist zijn, worden hier ook gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the hand-over</source>
        <translation>De overdracht wordt ingelezen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Trajectwijzer manual</source>
        <translation>Handleiding Trajectwijzer</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import people</source>
        <translation>Personen importeren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Import a people list</source>
        <translation>Een personenlijst importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Rekenbladen (%1)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n new people added.</source>
        <translation>
            <numerusform>%n nieuwe persoon toegevoegd.</numerusform>
            <numerusform>%n nieuwe personen toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known people completed.</source>
        <translation>
            <numerusform>%n gekende persoon aangevuld.</numerusform>
            <numerusform>%n gekende personen aangevuld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped.</source>
        <translation>
            <numerusform>%n rij overgeslagen.</numerusform>
            <numerusform>%n rijen overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people registered for the session.</source>
        <translation>
            <numerusform>%n persoon ingeschreven voor de bijeenkomst.</numerusform>
            <numerusform>%n personen ingeschreven voor de bijeenkomst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import ongedaan gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n people removed.</source>
        <translation>
            <numerusform>%n persoon verwijderd.</numerusform>
            <numerusform>%n personen verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people kept because they were used since the import.</source>
        <translation>
            <numerusform>%n persoon behouden omdat die sinds de import gebruikt is.</numerusform>
            <numerusform>%n personen behouden omdat ze sinds de import gebruikt zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people set back as they were.</source>
        <translation>
            <numerusform>%n persoon teruggezet zoals voordien.</numerusform>
            <numerusform>%n personen teruggezet zoals voordien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped by you</source>
        <translation>Door jou overgeslagen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Something went wrong while reading the file. Nothing was saved.</source>
        <translation>Er liep iets mis bij het lezen van het bestand. Er is niets bewaard.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet geïmporteerd worden</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Full name (first name first)</source>
        <translation>Volledige naam (voornaam eerst)</translation>
    </message>
    <message>
        <source>Full name (last name first)</source>
        <translation>Volledige naam (familienaam eerst)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Postcode</source>
        <translation>Postcode</translation>
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
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— niet importeren —</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Value (type to fix)</source>
        <translation>Waarde (typ om te verbeteren)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>This row</source>
        <translation>Deze rij</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Zelfde persoon</translation>
    </message>
    <message>
        <source>no e-mail address or phone number</source>
        <translation>geen e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rij %1</translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation>Mogelijk dezelfde persoon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read:</source>
        <translation>
            <numerusform>%n rij gelezen:</numerusform>
            <numerusform>%n rijen gelezen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new but possibly a duplicate</source>
        <translation>
            <numerusform>%n nieuw maar mogelijk dubbel</numerusform>
            <numerusform>%n nieuw maar mogelijk dubbel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to complete</source>
        <translation>
            <numerusform>%n aan te vullen</numerusform>
            <numerusform>%n aan te vullen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n al gekend</numerusform>
            <numerusform>%n al gekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with another row</source>
        <translation>
            <numerusform>%n samengevoegd met een andere rij</numerusform>
            <numerusform>%n samengevoegd met een andere rij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>New (possibly a duplicate, see that tab)</source>
        <translation>Nieuw (mogelijk dubbel, zie dat tabblad)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Chosen by its values: %1 of %2 fit (rather than “%3”).</source>
        <translation>Gekozen op de waarden: %1 van %2 passen (liever dan “%3”).</translation>
    </message>
    <message>
        <source>Left out: “%3” holds what this needs (here %1 of %2 fit).</source>
        <translation>Niet gebruikt: “%3” bevat wat hier hoort (hier passen %1 van %2).</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Al gekend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Intake questions</source>
        <translation>Intakevragen</translation>
    </message>
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
    <message>
        <source>change answer</source>
        <translation>antwoord wijzigen</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>notities wijzigen</translation>
    </message>
    <message>
        <source>change kernen and wijken</source>
        <translation>kernen en wijken wijzigen</translation>
    </message>
    <message>
        <source>tick attendee</source>
        <translation>aanwezige aanvinken</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Close without keeping what you typed?</source>
        <translation>Sluiten zonder te bewaren wat je typte?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Sluiten, niet bewaren</translation>
    </message>
    <message>
        <source>Go on typing</source>
        <translation>Verder typen</translation>
    </message>
</context>
<context>
    <name>KioskQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Thank you! Your answers are saved. Pass the laptop on.</source>
        <translation>Bedankt! Je antwoorden zijn bewaard. Geef de laptop door.</translation>
    </message>
    <message>
        <source>I agree that my name is kept with my answers</source>
        <translation>Ik ga akkoord dat mijn naam bij mijn antwoorden bewaard wordt</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>(choose your name)</source>
        <translation>(kies je naam)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Coach&apos;s code</source>
        <translation>Code van de begeleider</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Choose your name, or untick the box to stay anonymous.</source>
        <translation>Kies je naam, of vink het vakje uit om anoniem te blijven.</translation>
    </message>
    <message>
        <source>Type the code and press Enter</source>
        <translation>Typ de code en druk op Enter</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Verkeerde code</translation>
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
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Provider and municipality</source>
        <translation>Begeleider en gemeente</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
</context>
<context>
    <name>LifeDialog</name>
    <message>
        <source>Quote sent</source>
        <translation>Offerte verstuurd</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Offerte aanvaard</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <translation>Offerte geweigerd</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Version %1 of quote %2.</source>
        <translation>Versie %1 van offerte %2.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>e.g. Ann Vanhoutte, schepen</source>
        <translation>bv. Ann Vanhoutte, schepen</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aanvaard door</translation>
    </message>
    <message>
        <source>An accepted version is locked: a later change makes a new version. Its phases become the booked scope of the plan.</source>
        <translation>Een aanvaarde versie is vergrendeld: een latere wijziging maakt een nieuwe versie. Haar fasen worden wat in de planning geboekt is.</translation>
    </message>
    <message>
        <source>why, if known</source>
        <translation>waarom, als je het weet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>LiveModeWindow</name>
    <message>
        <source>Live session</source>
        <translation>Bijeenkomst live</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Volgend punt ▶</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Bijeenkomst afsluiten</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Aanwezigheidslijst afdrukken</translation>
    </message>
    <message>
        <source>Check-in (F1)</source>
        <translation>Aanmelden (F1)</translation>
    </message>
    <message>
        <source>Notes (F2)</source>
        <translation>Notities (F2)</translation>
    </message>
    <message>
        <source>Actions (F3)</source>
        <translation>Acties (F3)</translation>
    </message>
    <message>
        <source>%1 present · %2 registered</source>
        <translation>%1 aanwezig · %2 ingeschreven</translation>
    </message>
    <message>
        <source>%1 walk-ins</source>
        <translation>%1 zonder inschrijving</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Begint om %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Geen agenda</translation>
    </message>
    <message>
        <source>Start the agenda ▶</source>
        <translation>Agenda starten ▶</translation>
    </message>
    <message>
        <source>Session closed; %1 registered people marked absent.</source>
        <translation>Bijeenkomst afgesloten; %1 ingeschrevenen staan als afwezig.</translation>
    </message>
</context>
<context>
    <name>LiveQuestions</name>
    <message>
        <source>This session has no date yet.</source>
        <translation>Deze bijeenkomst heeft nog geen datum.</translation>
    </message>
    <message>
        <source>This session is planned for %1, not today (%2).</source>
        <translation>Deze bijeenkomst is gepland op %1, niet vandaag (%2).</translation>
    </message>
    <message>
        <source>Start live mode</source>
        <translation>Live starten</translation>
    </message>
    <message>
        <source>Check-ins and notes are recorded with today&apos;s time. Open live mode anyway?</source>
        <translation>Aanmeldingen en notities krijgen het uur van vandaag. Toch live starten?</translation>
    </message>
    <message>
        <source>Open live mode</source>
        <translation>Live starten</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Bijeenkomst afsluiten</translation>
    </message>
    <message>
        <source>Close this session? It is then recorded as held.</source>
        <translation>Deze bijeenkomst afsluiten? Ze wordt dan genoteerd als gehouden.</translation>
    </message>
    <message>
        <source>A decision, action or walk-in you typed has not been added yet (Enter adds it); it is lost when you close now.</source>
        <translation>Een beslissing, actie of deelnemer zonder inschrijving die je typte, is nog niet toegevoegd (Enter voegt toe); die gaat verloren als je nu afsluit.</translation>
    </message>
    <message>
        <source>Mark the %1 registered people who did not check in as absent</source>
        <translation>De %1 ingeschrevenen die zich niet aanmeldden als afwezig noteren</translation>
    </message>
    <message>
        <source>Close and print the action plan</source>
        <translation>Afsluiten en actieplan afdrukken</translation>
    </message>
</context>
<context>
    <name>LiveResume</name>
    <message>
        <source>Back to live mode?</source>
        <translation>Terug naar live?</translation>
    </message>
    <message>
        <source>Live mode was open for &apos;%1&apos;%2 when Trajectwijzer stopped.</source>
        <translation>Live stond open voor &apos;%1&apos;%2 toen Trajectwijzer stopte.</translation>
    </message>
    <message>
        <source>Go back to it? Check-ins and notes are kept.</source>
        <translation>Ga je terug? Aanmeldingen en notities zijn bewaard.</translation>
    </message>
    <message>
        <source>What was typed and not yet added is still there.</source>
        <translation>Wat getypt was en nog niet toegevoegd, staat er nog.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Terug naar de bijeenkomst</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trajectwijzer</source>
        <translation>Trajectwijzer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Check which column holds what. Columns set to “do not import” are left out. Your choice is remembered for files with the same column names.</source>
        <translation>Controleer welke kolom wat bevat. Kolommen op “niet importeren” worden weggelaten. Je keuze wordt onthouden voor bestanden met dezelfde kolomnamen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>%1 (header on row %2)</source>
        <translation>%1 (koppen op rij %2)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Personen &amp;importeren…</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Trajectwijzer</source>
        <translation>&amp;Over Trajectwijzer</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Opnieu&amp;w: %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
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
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) as owner</source>
        <translation>
            <numerusform>%n actie als eigenaar</numerusform>
            <numerusform>%n acties als eigenaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n toestemming</numerusform>
            <numerusform>%n toestemmingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation response(s)</source>
        <translation>
            <numerusform>%n antwoord op een evaluatie</numerusform>
            <numerusform>%n antwoorden op evaluaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project link(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trajectory contact(s)</source>
        <translation>
            <numerusform>%n keer contactpersoon van een traject</numerusform>
            <numerusform>%n keer contactpersoon van een traject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner contact(s)</source>
        <translation>
            <numerusform>%n keer contactpersoon van een partner</numerusform>
            <numerusform>%n keer contactpersoon van een partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility(ies) in a plan</source>
        <translation>
            <numerusform>%n verantwoordelijkheid in een planning</numerusform>
            <numerusform>%n verantwoordelijkheden in een planning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merge(s)</source>
        <translation>
            <numerusform>%n eerdere samenvoeging</numerusform>
            <numerusform>%n eerdere samenvoegingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n combined with the same one of the first record)</source>
        <translation>
            <numerusform>(%n samengenomen met dezelfde van de eerste persoon)</numerusform>
            <numerusform>(%n samengenomen met dezelfde van de eerste persoon)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>Twee personen samenvoegen</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>De andere persoon behouden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>%1 stays; %2 is merged into it and disappears from the list. Everything below moves to %1. You can undo the merge (Ctrl+Z).</source>
        <translation>%1 blijft; %2 wordt erin samengevoegd en verdwijnt uit de lijst. Alles hieronder gaat naar %1. Je kan de samenvoeging ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which one stays?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welk gegeven blijft?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Details the first record lacks: %1</source>
        <translation>Gegevens die de eerste persoon nog niet had: %1</translation>
    </message>
    <message>
        <source>What moves:</source>
        <translation>Wat verhuist:</translation>
    </message>
    <message>
        <source>Nothing else is linked to %1.</source>
        <translation>Er hangt niets anders aan %1.</translation>
    </message>
    <message>
        <source>merge people</source>
        <translation>personen samenvoegen</translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <source>Records merged into this person</source>
        <translation>Fiches samengevoegd in deze persoon</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>Samenvoeging ongedaan maken…</translation>
    </message>
    <message>
        <source>Split the chosen record off again, as it was before the merge</source>
        <translation>De gekozen fiche weer afsplitsen, zoals ze was voor de samenvoeging</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>een fiche</translation>
    </message>
    <message>
        <source>%1: %2 merged in</source>
        <translation>%1: %2 samengevoegd</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(ongedaan gemaakt)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>Split %1 off again? Both records go back exactly as they were before the merge, with their own registrations, actions and consent.</source>
        <translation>%1 weer afsplitsen? Beide fiches worden weer precies zoals ze waren voor de samenvoeging, met hun eigen inschrijvingen, acties en toestemming.</translation>
    </message>
    <message>
        <source>Merge not undone</source>
        <translation>Samenvoeging niet ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>persoon toevoegen</translation>
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
    <name>NotesPanel</name>
    <message>
        <source>Notes of this agenda item: stored as you type</source>
        <translation>Notities bij dit agendapunt: bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>A decision, then Enter</source>
        <translation>Een beslissing, dan Enter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Algemene notities</translation>
    </message>
</context>
<context>
    <name>OrganisationDetailPanel</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>No organisation chosen</source>
        <translation>Geen organisatie gekozen</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Search a municipality by name or postcode</source>
        <translation>Zoek een gemeente op naam of postcode</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Municipalities found</source>
        <translation>Gevonden gemeenten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and municipality</source>
        <translation>Postcode en gemeente</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>edit organisation</source>
        <translation>organisatie bewerken</translation>
    </message>
    <message>
        <source>add organisation</source>
        <translation>organisatie toevoegen</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Nieuwe aanbieder…</translation>
    </message>
    <message>
        <source>Providing organisations</source>
        <translation>Aanbiedende organisaties</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>e.g. Gent, afdeling Gent</source>
        <translation>bv. Gent, afdeling Gent</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>Name (short)</source>
        <translation>Naam (kort)</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Officiële naam</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Maatschappelijke zetel</translation>
    </message>
    <message>
        <source>Postcode and municipality</source>
        <translation>Postcode en gemeente</translation>
    </message>
    <message>
        <source>Enterprise number (KBO)</source>
        <translation>Ondernemingsnummer (KBO)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>RPR (court)</source>
        <translation>RPR (rechtbank)</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation>Betalingstermijn (dagen)</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Which provider the documents of each programme name</source>
        <translation>Welke aanbieder de documenten van elk programma vermelden</translation>
    </message>
    <message>
        <source>The provider&apos;s details</source>
        <translation>Gegevens van de aanbieder</translation>
    </message>
    <message>
        <source>Every document that leaves the building (quote, plan, action plan, report) names its provider as Belgian business documents require. Changes are stored as you type.</source>
        <translation>Elk document dat naar buiten gaat (offerte, planning, actieplan, verslag) vermeldt de aanbieder zoals Belgische handelsdocumenten dat vragen. Wijzigingen worden bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Enterprise number, registered office or IBAN missing</source>
        <translation>Ondernemingsnummer, zetel of IBAN ontbreekt</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>change organisation details</source>
        <translation>organisatiegegevens wijzigen</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>add provider</source>
        <translation>aanbieder toevoegen</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
    <message>
        <source>change logo</source>
        <translation>logo wijzigen</translation>
    </message>
    <message>
        <source>as the programme file says (%1)</source>
        <translation>zoals het programma zegt (%1)</translation>
    </message>
    <message>
        <source>choose a programme&apos;s provider</source>
        <translation>aanbieder van een programma kiezen</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>Citizen group</source>
        <translation>Burgergroep</translation>
    </message>
    <message>
        <source>Neighbourhood committee</source>
        <translation>Buurt- of wijkcomité</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handelaar</translation>
    </message>
    <message>
        <source>Partner or other</source>
        <translation>Partner of andere</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation>Wie / waar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Achterstallige acties</translation>
    </message>
    <message>
        <source>Nothing planned in the coming six weeks.</source>
        <translation>Niets gepland in de komende zes weken.</translation>
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
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message numerus="yes">
        <source>%n items coming up, %1 overdue</source>
        <translation>
            <numerusform>%n onderdeel komt eraan, %1 achterstallig</numerusform>
            <numerusform>%n onderdelen komen eraan, %1 achterstallig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
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
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Takes up an ambassador role</source>
        <translation>Neemt een ambassadeursrol op</translation>
    </message>
    <message>
        <source>What does the partner do?</source>
        <translation>Wat doet de partner?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bv. %1</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
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
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bv. %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>No partners yet. Local organisations that communicate or work along reach more people: add the first with &apos;New partner&apos;.</source>
        <translation>Nog geen partners. Lokale organisaties die mee communiceren of meewerken bereiken meer mensen: voeg de eerste toe met &apos;Nieuwe partner&apos;.</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Nieuwe partner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Partner categories</source>
        <translation>Partnercategorieën</translation>
    </message>
    <message>
        <source>Make ambassador</source>
        <translation>Ambassadeur maken</translation>
    </message>
    <message>
        <source>No longer ambassador</source>
        <translation>Geen ambassadeur meer</translation>
    </message>
    <message>
        <source>Categories covered: %1 of %2</source>
        <translation>Soorten partners gedekt: %1 van %2</translation>
    </message>
    <message>
        <source>Ambassadors (%1)</source>
        <translation>Ambassadeurs (%1)</translation>
    </message>
    <message>
        <source>No ambassadors yet.</source>
        <translation>Nog geen ambassadeurs.</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Kies een persoon…</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Delete partner &apos;%1&apos;?</source>
        <translation>Partner &apos;%1&apos; verwijderen?</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Wachtwoord van de server</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s keyring</source>
        <translation>Bewaren in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Bewaard als %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Bewaren als…</translation>
    </message>
    <message>
        <source>A copy elsewhere, on a USB stick for instance</source>
        <translation>Een kopie op een andere plaats, bijvoorbeeld op een USB-stick</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Openen in PDF-lezer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopie bewaard als %1</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Naar de printer sturen…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>change name</source>
        <translation>naam wijzigen</translation>
    </message>
    <message>
        <source>change email</source>
        <translation>e-mailadres wijzigen</translation>
    </message>
    <message>
        <source>change phone</source>
        <translation>telefoonnummer wijzigen</translation>
    </message>
    <message>
        <source>change municipality</source>
        <translation>gemeente wijzigen</translation>
    </message>
    <message>
        <source>change organisation</source>
        <translation>organisatie wijzigen</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>notities wijzigen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, email, phone or municipality</source>
        <translation>Zoek op naam, e-mail, telefoon of gemeente</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Add a person by hand (Ctrl+Shift+N)</source>
        <translation>Een persoon met de hand toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Select two records of the same person (Ctrl+click)</source>
        <translation>Kies twee regels van dezelfde persoon (Ctrl+klik)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Erase the chosen person for good (their right to be forgotten)</source>
        <translation>De gekozen persoon definitief wissen (recht op vergetelheid)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Lijst importeren…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Naar Excel…</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personen en organisaties</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Organisatie bewerken…</translation>
    </message>
    <message>
        <source>Undo the chosen import</source>
        <translation>Gekozen import ongedaan maken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
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
    <message>
        <source>Import a people list</source>
        <translation>Een personenlijst importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Rekenbladen (%1)</translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Import niet ongedaan gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n people removed.</source>
        <translation>
            <numerusform>%n persoon verwijderd.</numerusform>
            <numerusform>%n personen verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people kept because they were used since the import.</source>
        <translation>
            <numerusform>%n persoon behouden omdat die sinds de import gebruikt is.</numerusform>
            <numerusform>%n personen behouden omdat ze sinds de import gebruikt zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Personen exporteren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <source>Add role…</source>
        <translation>Rol toevoegen…</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rol verwijderen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming noteren…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Sessions taken part in</source>
        <translation>Bijeenkomsten waaraan deelgenomen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Samengevoegde fiches</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>Niemand gekozen</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their details.</source>
        <translation>Kies een persoon in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>%1 via %2: %3</source>
        <translation>%1 via %2: %3</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>ingetrokken op %1</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Geen toestemming genoteerd</translation>
    </message>
    <message>
        <source>add role</source>
        <translation>rol toevoegen</translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation>Rol niet toegevoegd</translation>
    </message>
    <message>
        <source>remove role</source>
        <translation>rol verwijderen</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>toestemming noteren</translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation>Toestemming niet genoteerd</translation>
    </message>
    <message>
        <source>withdraw consent</source>
        <translation>toestemming intrekken</translation>
    </message>
    <message>
        <source>Consent not changed</source>
        <translation>Toestemming niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their personal data is wiped from the database; attendance stays as anonymous counts. Backups made before still hold them: the next window lists those and offers to clean them. This cannot be undone.</source>
        <translation>%1 definitief wissen? Hun persoonsgegevens worden uit de database gewist; aanwezigheden blijven als anonieme aantallen. Reservekopieën van eerder bevatten hen nog: het volgende venster toont die en biedt aan ze op te schonen. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>a remembered setting (%1)</source>
        <translation>een onthouden instelling (%1)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>name or postcode</source>
        <translation>naam of postcode</translation>
    </message>
    <message>
        <source>First and family name</source>
        <translation>Voornaam en familienaam</translation>
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
        <source>Postcode and municipality</source>
        <translation>Postcode en gemeente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>Kies:</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Niet geboekt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Type a date as dd/mm/yyyy, e.g. 22/11/2026</source>
        <translation>Typ een datum als dd/mm/jjjj, bv. 22/11/2026</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (mag leeg)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
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
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Herplannen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Uitzoomen (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Whole trajectory</source>
        <translation>Heel het traject</translation>
    </message>
    <message>
        <source>Stop after a phase…</source>
        <translation>Stoppen na een fase…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Planning afdrukken…</translation>
    </message>
    <message>
        <source>The plan on A4, saved and ready to print (Ctrl+P)</source>
        <translation>De planning op A4, bewaard en klaar om af te drukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>with phases not booked</source>
        <translation>met niet-geboekte fasen</translation>
    </message>
    <message>
        <source>Citizens&apos; sessions outside school holidays</source>
        <translation>Bijeenkomsten met burgers buiten de schoolvakanties</translation>
    </message>
    <message>
        <source>Plan: phases, milestones and sessions</source>
        <translation>Planning: fasen, mijlpalen en bijeenkomsten</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>due dd/mm/yyyy</source>
        <translation>tegen dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Responsibilities of the municipality and participants</source>
        <translation>Verantwoordelijkheden van de gemeente en de deelnemers</translation>
    </message>
    <message>
        <source>Activities and tasks</source>
        <translation>Activiteiten en taken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Responsibilities and tasks</source>
        <translation>Verantwoordelijkheden en taken</translation>
    </message>
    <message>
        <source>Stopped after %1 on %2. Reason: %3</source>
        <translation>Gestopt na %1 op %2. Reden: %3</translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation>Geboekt: %1</translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation>niet geboekt: %1</translation>
    </message>
    <message>
        <source>change plan</source>
        <translation>planning wijzigen</translation>
    </message>
    <message>
        <source>Move what is already done?</source>
        <translation>Ook verplaatsen wat al gebeurd is?</translation>
    </message>
    <message>
        <source>This change also moves items that are already done:</source>
        <translation>Deze wijziging verplaatst ook onderdelen die al afgerond zijn:</translation>
    </message>
    <message>
        <source>Move them too</source>
        <translation>Ook verplaatsen</translation>
    </message>
    <message>
        <source>Keep their dates</source>
        <translation>Hun datum behouden</translation>
    </message>
    <message>
        <source>stop the trajectory</source>
        <translation>traject stoppen</translation>
    </message>
    <message>
        <source>Stopped after %1: %2 items cancelled.</source>
        <translation>Gestopt na %1: %2 onderdelen geannuleerd.</translation>
    </message>
    <message>
        <source>New quote version %1: %2 excl. VAT.</source>
        <translation>Nieuwe offerteversie %1: %2 excl. btw.</translation>
    </message>
    <message>
        <source>The quote stays as it was.</source>
        <translation>De offerte blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>add task</source>
        <translation>taak toevoegen</translation>
    </message>
    <message>
        <source>delete task</source>
        <translation>taak verwijderen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Mogelijk dubbel (%1)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The printer %1 uses %2 paper. The A4 pages are printed at %3 % of their size, centred on the sheet. To print them at full size, choose A4 under Properties in the print dialog.</source>
        <translation>De printer %1 gebruikt %2-papier. De A4-pagina&apos;s worden op %3 % van hun grootte afgedrukt, gecentreerd op het blad. Kies A4 bij Eigenschappen in het afdrukvenster om ze op ware grootte af te drukken.</translation>
    </message>
    <message>
        <source>Other paper size</source>
        <translation>Ander papierformaat</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>No program to show PDF files is set up on this computer. The document is saved as %1: save a copy on a USB stick to print it elsewhere.</source>
        <translation>Er is geen programma ingesteld om PDF-bestanden te tonen op deze computer. Het document is bewaard als %1: bewaar een kopie op een USB-stick om het elders af te drukken.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF bewaren als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Naar de printer sturen…</translation>
    </message>
    <message>
        <source>%1 sent to the printer %2.</source>
        <translation>%1 is naar de printer %2 gestuurd.</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Het document wordt gemaakt…</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, or none can be reached.</source>
        <translation>Er is geen printer geïnstalleerd op deze computer, of geen enkele printer is bereikbaar.</translation>
    </message>
    <message>
        <source>No print system is running on this computer, so nothing can be printed here.</source>
        <translation>Er draait geen afdruksysteem op deze computer, dus hier kan niets afgedrukt worden.</translation>
    </message>
    <message>
        <source>The printer %1 is stopped (paused, or it reported a problem): the document would wait in its queue until the printer is started again.</source>
        <translation>De printer %1 staat stil (gepauzeerd, of hij meldde een probleem): het document zou in de wachtrij blijven tot de printer weer gestart wordt.</translation>
    </message>
    <message>
        <source>The printer %1 seems to be switched off or out of reach: the document would wait in its queue until the printer can be reached.</source>
        <translation>De printer %1 lijkt uitgeschakeld of buiten bereik: het document zou in de wachtrij blijven tot de printer bereikbaar is.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>The document is saved as %1. Open it in the PDF viewer, or save a copy (on a USB stick, for instance) to print it elsewhere.</source>
        <translation>Het document is bewaard als %1. Open het in de PDF-lezer, of bewaar een kopie (bijvoorbeeld op een USB-stick) om het elders af te drukken.</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Printer niet klaar</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Toch afdrukken</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Openen in PDF-lezer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Bewaren als…</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Consent older than (months)</source>
        <translation>Toestemming ouder dan (maanden)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Trajectories ended more than (months ago)</source>
        <translation>Trajecten afgelopen meer dan (maanden geleden)</translation>
    </message>
    <message>
        <source>Consent older than</source>
        <translation>Toestemming ouder dan</translation>
    </message>
    <message>
        <source>Trajectories ended more than</source>
        <translation>Trajecten afgelopen meer dan</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>geleden</translation>
    </message>
    <message>
        <source>Or find a person by name or email</source>
        <translation>Of zoek een persoon op naam of e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>People to erase</source>
        <translation>Te wissen personen</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporteren als JSON…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Exporteren als Excel…</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <source>Erasing a person wipes their name and contact details everywhere; their attendance stays as an anonymous count, their actions and projects stay with an erased owner. This cannot be undone.</source>
        <translation>Een persoon wissen verwijdert overal de naam en contactgegevens; de aanwezigheid blijft als anonieme telling, acties en projecten blijven met een gewiste eigenaar. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n people found</source>
        <translation>
            <numerusform>%n persoon gevonden</numerusform>
            <numerusform>%n personen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people to review</source>
        <translation>
            <numerusform>%n persoon na te kijken</numerusform>
            <numerusform>%n personen na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Alles over %1 exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>De persoon is gewist.</translation>
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
        <source>About the programme</source>
        <translation>Over het programma</translation>
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
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <source>Village, kern or wijk</source>
        <translation>Dorp, kern of wijk</translation>
    </message>
    <message>
        <source>Own idea (not from the menu)</source>
        <translation>Eigen idee (niet van de menukaart)</translation>
    </message>
    <message>
        <source>People in the project</source>
        <translation>Mensen in het project</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>From the menu</source>
        <translation>Van de menukaart</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gevraagd</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Functions it combines</source>
        <translation>Functies die het combineert</translation>
    </message>
    <message>
        <source>Leads and members</source>
        <translation>Trekkers en leden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
</context>
<context>
    <name>ProjectProgressPanel</name>
    <message>
        <source>Progress in this session</source>
        <translation>Voortgang in deze bijeenkomst</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Voortgangsnotitie</translation>
    </message>
    <message>
        <source>Where does the project stand? What was decided?</source>
        <translation>Waar staat het project? Wat werd beslist?</translation>
    </message>
    <message>
        <source>Double-click an action to tick it off or open it again.</source>
        <translation>Dubbelklik op een actie om ze af te vinken of opnieuw te openen.</translation>
    </message>
    <message>
        <source>New action: what will be done?</source>
        <translation>Nieuwe actie: wat gebeurt er?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
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
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>between sessions</source>
        <translation>tussen de bijeenkomsten</translation>
    </message>
</context>
<context>
    <name>ProjectsParts</name>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Lead of %1</source>
        <translation>Trekker van %1</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Lid van %1</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation>Contactpersoon van %1</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
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
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>Asked / granted</source>
        <translation>Gevraagd / toegekend</translation>
    </message>
    <message>
        <source>From the menu</source>
        <translation>Van de menukaart</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Own idea</source>
        <translation>Eigen idee</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 open)</source>
        <translation>(%1 open)</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>Tussen de bijeenkomsten</translation>
    </message>
    <message>
        <source>Working budget %1</source>
        <translation>Werkingsbudget %1</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>gevraagd %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>toegekend %1</translation>
    </message>
    <message>
        <source>Working budget not set</source>
        <translation>Werkingsbudget nog niet vastgelegd</translation>
    </message>
    <message>
        <source>asked %1 more than the budget</source>
        <translation>%1 meer gevraagd dan het budget</translation>
    </message>
    <message>
        <source>%1 over budget</source>
        <translation>%1 boven het budget</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>over %1</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>No contact persons or participants yet.</source>
        <translation>Nog geen contactpersonen of deelnemers.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Choose a cell to see and write the project&apos;s progress in that session.</source>
        <translation>Kies een vakje om de voortgang van het project in die bijeenkomst te zien en te noteren.</translation>
    </message>
    <message>
        <source>Progress per session</source>
        <translation>Voortgang per bijeenkomst</translation>
    </message>
    <message>
        <source>Contact persons (%1) and participants (%2)</source>
        <translation>Contactpersonen (%1) en deelnemers (%2)</translation>
    </message>
    <message>
        <source>No contact persons or participants yet. The programme &apos;%1&apos; has no participant projects: the participants take part in the sessions together.</source>
        <translation>Nog geen contactpersonen of deelnemers. Het programma &apos;%1&apos; werkt niet met deelnemersprojecten: de deelnemers nemen samen deel aan de bijeenkomsten.</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>%1 toevoegen…</translation>
    </message>
    <message>
        <source>No projects yet: add the first with &apos;New&apos;.</source>
        <translation>Nog geen projecten: voeg het eerste toe met &apos;Nieuw&apos;.</translation>
    </message>
    <message>
        <source>Menu: %1 of %2 chosen</source>
        <translation>Menukaart: %1 van %2 gekozen</translation>
    </message>
    <message>
        <source>not chosen yet: %1</source>
        <translation>nog niet gekozen: %1</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; with its progress notes? Its actions stay in the trajectory.</source>
        <translation>&apos;%1&apos; met de voortgangsnotities verwijderen? De acties blijven bij het traject.</translation>
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
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>No version accepted yet.</source>
        <translation>Nog geen versie aanvaard.</translation>
    </message>
    <message>
        <source>Accepted: version %1 of participation agreement %2, on %3 by %4</source>
        <translation>Aanvaard: versie %1 van deelnameovereenkomst %2, op %3 door %4</translation>
    </message>
    <message>
        <source>Accepted: version %1 of quote %2, on %3 by %4</source>
        <translation>Aanvaard: versie %1 van offerte %2, op %3 door %4</translation>
    </message>
    <message>
        <source>Not all conditions for starting are met; the quote will say so:</source>
        <translation>Nog niet alle voorwaarden om te starten zijn vervuld; de offerte vermeldt dat:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
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
        <source>Sent…</source>
        <translation>Verstuurd…</translation>
    </message>
    <message>
        <source>Quote versions</source>
        <translation>Offerteversies</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>The selected version, ready to print (Ctrl+P)</source>
        <translation>De gekozen versie, klaar om af te drukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>Aanvaard…</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Geweigerd…</translation>
    </message>
    <message>
        <source>Working budget</source>
        <translation>Werkingsbudget</translation>
    </message>
    <message>
        <source>New version of the participation agreement</source>
        <translation>Nieuwe versie van de deelnameovereenkomst</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
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
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Read only: the disk is full. You can look and print; changes are not saved. Make room on the disk, then start Trajectwijzer again.</source>
        <translation>Alleen lezen: de schijf is vol. Je kunt kijken en afdrukken; wijzigingen worden niet bewaard. Maak ruimte vrij op de schijf en start Trajectwijzer opnieuw.</translation>
    </message>
    <message>
        <source>Read only: you may not write to this file. You can look and print; changes are not saved. To work in it, copy it to a folder of your own and open the copy.</source>
        <translation>Alleen lezen: je mag niet schrijven in dit bestand. Je kunt kijken en afdrukken; wijzigingen worden niet bewaard. Om erin te werken: kopieer het naar een eigen map en open de kopie.</translation>
    </message>
    <message>
        <source>Read only: this database is on a locked USB stick, a CD or a read-only network folder. You can look and print; changes are not saved. To work in it, copy the file to your own disk and open the copy.</source>
        <translation>Alleen lezen: deze database staat op een USB-stick op slot, een cd of een netwerkmap die alleen gelezen mag worden. Je kunt kijken en afdrukken; wijzigingen worden niet bewaard. Om erin te werken: kopieer het bestand naar je eigen schijf en open de kopie.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Municipality / organisation</source>
        <translation>Gemeente / organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <source>Add a person: type a name, then Enter</source>
        <translation>Persoon toevoegen: typ een naam, dan Enter</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status instellen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Lijst importeren…</translation>
    </message>
    <message>
        <source>Drop a spreadsheet on the list to import attendees.</source>
        <translation>Sleep een rekenblad op de lijst om deelnemers in te lezen.</translation>
    </message>
    <message>
        <source>* walk-in</source>
        <translation>* zonder inschrijving</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>Niemand gevonden met die naam.</translation>
    </message>
    <message>
        <source>register person</source>
        <translation>persoon inschrijven</translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 ingeschreven.</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Kies eerst een persoon in de lijst.</translation>
    </message>
    <message>
        <source>change registration</source>
        <translation>inschrijving wijzigen</translation>
    </message>
    <message>
        <source>remove registration</source>
        <translation>inschrijving verwijderen</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Deelnemers inlezen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import done</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <source>Undo removes the people this import added (unless they were used since) and sets completed people back as they were. It stays possible later from People &amp; organisations.</source>
        <translation>Ongedaan maken verwijdert de personen die deze import toevoegde (tenzij ze sindsdien gebruikt zijn) en zet aangevulde personen terug zoals ze waren. Dat kan later ook nog via Personen &amp; organisaties.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Add a role</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Use this server</source>
        <translation>Deze server gebruiken</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>De database van deze computer gebruiken</translation>
    </message>
    <message>
        <source>Forget the kept password</source>
        <translation>Bewaard wachtwoord vergeten</translation>
    </message>
    <message>
        <source>Take trajectories out…</source>
        <translation>Trajecten meenemen…</translation>
    </message>
    <message>
        <source>Bring them back…</source>
        <translation>Terugbrengen…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>Typ eerst het adres van de server.</translation>
    </message>
    <message>
        <source>This database is on a server: several coaches work in it at once, and the server makes its backups (ask whoever manages it).</source>
        <translation>Deze database staat op een server: meerdere coaches werken er tegelijk in, en de server maakt de reservekopieën (vraag het aan wie de server beheert).</translation>
    </message>
    <message>
        <source>This database is a file on this computer; backups are made here.</source>
        <translation>Deze database is een bestand op deze computer; de reservekopieën worden hier gemaakt.</translation>
    </message>
    <message>
        <source>From the next start the app opens %1.</source>
        <translation>Vanaf de volgende start opent de app %1.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the app asks the password at start.</source>
        <translation>Deze computer heeft geen sleutelbos: de app vraagt het wachtwoord bij het starten.</translation>
    </message>
    <message>
        <source>From the next start the app opens this computer&apos;s database.</source>
        <translation>Vanaf de volgende start opent de app de database van deze computer.</translation>
    </message>
    <message>
        <source>The password is no longer kept; the app asks it at start.</source>
        <translation>Het wachtwoord wordt niet meer bewaard; de app vraagt het bij het starten.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Add item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naar boven</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Naar beneden</translation>
    </message>
    <message>
        <source>Start live mode</source>
        <translation>Live starten</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Aanwezigheidslijst afdrukken…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Rapport afdrukken…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind and start</source>
        <translation>Soort en start</translation>
    </message>
    <message>
        <source>Room and address</source>
        <translation>Zaal en adres</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Before the session: the list to sign, on the printer chosen last time</source>
        <translation>Voor de bijeenkomst: de lijst om te tekenen, op de laatst gekozen printer</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>until %1 (%2 min)</source>
        <translation>tot %1 (%2 min)</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Inschrijvingen (%1)</translation>
    </message>
    <message>
        <source>change session</source>
        <translation>bijeenkomst wijzigen</translation>
    </message>
    <message>
        <source>change agenda item</source>
        <translation>agendapunt wijzigen</translation>
    </message>
    <message>
        <source>move agenda item</source>
        <translation>agendapunt verplaatsen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>add agenda item</source>
        <translation>agendapunt toevoegen</translation>
    </message>
    <message>
        <source>remove agenda item</source>
        <translation>agendapunt verwijderen</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Empty session</source>
        <translation>Lege bijeenkomst</translation>
    </message>
    <message>
        <source>add session</source>
        <translation>bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Session made: set its date and room.</source>
        <translation>Bijeenkomst gemaakt: vul datum en zaal in.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Delete this session with its agenda, registrations and notes?</source>
        <translation>Deze bijeenkomst verwijderen, met agenda, inschrijvingen en notities?</translation>
    </message>
    <message>
        <source>delete session</source>
        <translation>bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Start live mode</source>
        <translation>Live starten</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Bewaard als %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Zoals het systeem (licht of donker)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Hand over a trajectory…</source>
        <translation>Een traject overdragen…</translation>
    </message>
    <message>
        <source>Take over a trajectory…</source>
        <translation>Een traject overnemen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
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
        <source>Another coach</source>
        <translation>Een andere coach</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Move an agenda item up or down</source>
        <translation>Een agendapunt omhoog of omlaag schuiven</translation>
    </message>
    <message>
        <source>Undo typing inside a text field</source>
        <translation>Typen in een tekstveld ongedaan maken</translation>
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
    <name>StopDialog</name>
    <message>
        <source>Stop after a phase</source>
        <translation>Stoppen na een fase</translation>
    </message>
    <message>
        <source>e.g. decision of the college of mayor and aldermen</source>
        <translation>bv. beslissing van het college van burgemeester en schepenen</translation>
    </message>
    <message>
        <source>Everything after the chosen phase is cancelled and a new quote version is calculated for the phases that were done.</source>
        <translation>Alles na de gekozen fase wordt geannuleerd en er wordt een nieuwe offerteversie berekend voor de fasen die uitgevoerd zijn.</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Stoppen na</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Stop the trajectory</source>
        <translation>Traject stoppen</translation>
    </message>
</context>
<context>
    <name>TakeOutDialog</name>
    <message>
        <source>Take trajectories out</source>
        <translation>Trajecten meenemen</translation>
    </message>
    <message>
        <source>The ticked trajectories, with their people, sessions, actions, projects and evaluations, are copied to this laptop for work without the network. Bring them back when you are connected again.</source>
        <translation>De aangevinkte trajecten, met hun personen, bijeenkomsten, acties, projecten en evaluaties, worden naar deze laptop gekopieerd om zonder netwerk te werken. Breng ze terug zodra u weer verbonden bent.</translation>
    </message>
    <message>
        <source>Tick at least one trajectory.</source>
        <translation>Vink minstens één traject aan.</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Meegenomen: %1</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline of the plan</source>
        <translation>Tijdlijn van de planning</translation>
    </message>
    <message>
        <source>No plan yet: type a start date above and press Enter.</source>
        <translation>Nog geen planning: typ hierboven een startdatum en druk op Enter.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>%1 (not booked)</source>
        <translation>%1 (niet geboekt)</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>niet geboekt</translation>
    </message>
    <message>
        <source>school holiday</source>
        <translation>schoolvakantie</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>session (filled: held)</source>
        <translation>bijeenkomst (gevuld: gehouden)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
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
        <source>◀ Trajectories</source>
        <translation>◀ Trajecten</translation>
    </message>
    <message>
        <source>Back to the list of trajectories (Alt+Left)</source>
        <translation>Terug naar de lijst van trajecten (Alt+Links)</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Enter or a click opens a trajectory.</source>
        <translation>Enter of een klik opent een traject.</translation>
    </message>
</context>
<context>
    <name>TrajectoryDetail</name>
    <message>
        <source>participation agreement %1 version %2, accepted on %3</source>
        <translation>deelnameovereenkomst %1 versie %2, aanvaard op %3</translation>
    </message>
    <message>
        <source>quote %1 version %2, accepted on %3</source>
        <translation>offerte %1 versie %2, aanvaard op %3</translation>
    </message>
</context>
<context>
    <name>TrajectoryDetailView</name>
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
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Not on the list</source>
        <translation>Niet op de lijst</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>E-mail of telefoon</translation>
    </message>
    <message>
        <source>Agrees that we keep their details</source>
        <translation>Akkoord dat we de gegevens bewaren</translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation>Toevoegen en aanmelden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are kept, to contact them about this trajectory.</source>
        <translation>Naam, e-mail en telefoon worden bewaard, om contact op te nemen over dit traject.</translation>
    </message>
    <message>
        <source>Without the tick only the name is kept (for the attendance); e-mail and phone are not stored.</source>
        <translation>Zonder vinkje bewaren we alleen de naam (voor de aanwezigheid); e-mail en telefoon worden niet bewaard.</translation>
    </message>
    <message>
        <source>Already known? Type its number to check that person in.</source>
        <translation>Al gekend? Typ het nummer om die persoon aan te melden.</translation>
    </message>
    <message>
        <source>Is it one of these? Its number checks them in; N adds a new person.</source>
        <translation>Is het een van deze? Het nummer meldt die persoon aan; N voegt een nieuwe persoon toe.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
</context>
</TS>
