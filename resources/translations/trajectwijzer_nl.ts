<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>%1 open actions are on the agenda of %2 %3.</source>
        <translation>%1 openstaande acties staan op de agenda van %2 %3.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
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
        <source>Restore the latest backup</source>
        <translation>De laatste reservekopie terugzetten</translation>
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
        <source>Open a database</source>
        <translation>Een database openen</translation>
    </message>
    <message>
        <source>Database (*.sqlite);;All files (*)</source>
        <translation>Database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept in %1</source>
        <translation>Reservekopie teruggezet; de vorige database is bewaard in %1</translation>
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
    <name>BackupPage</name>
    <message>
        <source>Trajectwijzer makes a backup at every start and once a day while it runs: the last 7 days, 4 weeks and 6 months are kept. A second folder, on a USB stick for instance, gets the same backups whenever it is plugged in.</source>
        <translation>Trajectwijzer maakt een reservekopie bij elke start en één keer per dag terwijl het draait: de laatste 7 dagen, 4 weken en 6 maanden blijven bewaard. Een tweede map, bijvoorbeeld op een USB-stick, krijgt dezelfde reservekopieën telkens ze aangesloten is.</translation>
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
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
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
        <source>Second folder for backups</source>
        <translation>Tweede map voor reservekopieën</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made.</source>
        <translation>
            <numerusform>%n reservekopie gemaakt.</numerusform>
            <numerusform>%n reservekopieën gemaakt.</numerusform>
        </translation>
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
        <source>Saved in %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
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
    <message>
        <source>Replace the database by this backup?
%1

The database as it is now is kept aside in the backup folder first, so this can be undone.</source>
        <translation>De database vervangen door deze reservekopie?
%1

De database zoals ze nu is, wordt eerst opzij gezet in de map met reservekopieën, zodat je dit ongedaan kunt maken.</translation>
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
        <source>Not on the list</source>
        <translation>Niet op de lijst</translation>
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
</context>
<context>
    <name>Domain</name>
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
        <source>Beschrijf de actie: wat moet er gebeuren?</source>
        <translation>Beschrijf de actie: wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>Dat onderdeel hoort niet (meer) bij dit traject.</source>
        <translation>Dat onderdeel hoort niet (meer) bij dit traject.</translation>
    </message>
    <message>
        <source>De gegevens van de contactpersoon zijn te lang.</source>
        <translation>De gegevens van de contactpersoon zijn te lang.</translation>
    </message>
    <message>
        <source>De prijs wordt verdeeld over de deelnemende gemeenten, maar er is geen gemeente gekozen. Voeg de gemeenten van de cluster toe.</source>
        <translation>De prijs wordt verdeeld over de deelnemende gemeenten, maar er is geen gemeente gekozen. Voeg de gemeenten van de cluster toe.</translation>
    </message>
    <message>
        <source>Deze actie bestaat niet (meer).</source>
        <translation>Deze actie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet (meer).</source>
        <translation>Deze bijeenkomst bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze bijeenkomst hoort niet bij dit traject.</source>
        <translation>Deze bijeenkomst hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>Deze import is al ongedaan gemaakt.</source>
        <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Deze inschrijving bestaat niet (meer).</source>
        <translation>Deze inschrijving bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze naam is te lang (hoogstens 200 tekens).</source>
        <translation>Deze naam is te lang (hoogstens 200 tekens).</translation>
    </message>
    <message>
        <source>Deze notitie bestaat niet (meer).</source>
        <translation>Deze notitie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze partner bestaat niet (meer).</source>
        <translation>Deze partner bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation>Deze persoon bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Deze persoon bestaat niet (meer); kies een andere.</source>
        <translation>Deze persoon bestaat niet (meer); kies een andere.</translation>
    </message>
    <message>
        <source>Deze persoon bestaat niet meer. Kies een andere naam of geen naam.</source>
        <translation>Deze persoon bestaat niet meer. Kies een andere naam of geen naam.</translation>
    </message>
    <message>
        <source>Deze persoon is al gewist.</source>
        <translation>Deze persoon is al gewist.</translation>
    </message>
    <message>
        <source>Deze vraag bestaat niet meer. Open het formulier opnieuw.</source>
        <translation>Deze vraag bestaat niet meer. Open het formulier opnieuw.</translation>
    </message>
    <message>
        <source>Deze vraag is vervallen en kan niet meer gewijzigd worden.</source>
        <translation>Deze vraag is vervallen en kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Dezelfde klant staat twee keer in de lijst.</source>
        <translation>Dezelfde klant staat twee keer in de lijst.</translation>
    </message>
    <message>
        <source>Die bijeenkomst bestaat niet (meer).</source>
        <translation>Die bijeenkomst bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Die bijeenkomst bestaat niet (meer). Kies een bijeenkomst uit &apos;trajectwijzer list sessions&apos;.</source>
        <translation>Die bijeenkomst bestaat niet (meer). Kies een bijeenkomst uit &apos;trajectwijzer list sessions&apos;.</translation>
    </message>
    <message>
        <source>Die fase hoort niet bij dit traject.</source>
        <translation>Die fase hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>Die import bestaat niet (meer).</source>
        <translation>Die import bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Die organisatie bestaat niet (meer) in deze database.</source>
        <translation>Die organisatie bestaat niet (meer) in deze database.</translation>
    </message>
    <message>
        <source>Die persoon bestaat niet (meer) in deze database.</source>
        <translation>Die persoon bestaat niet (meer) in deze database.</translation>
    </message>
    <message>
        <source>Die persoon is niet (meer) gekend. Kies iemand uit de lijst.</source>
        <translation>Die persoon is niet (meer) gekend. Kies iemand uit de lijst.</translation>
    </message>
    <message>
        <source>Die taak bestaat niet (meer) in dit traject.</source>
        <translation>Die taak bestaat niet (meer) in dit traject.</translation>
    </message>
    <message>
        <source>Die toestemming bestaat niet (meer).</source>
        <translation>Die toestemming bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Dit agendapunt bestaat niet (meer).</source>
        <translation>Dit agendapunt bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Dit agendapunt hoort niet bij deze bijeenkomst.</source>
        <translation>Dit agendapunt hoort niet bij deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Dit antwoord bestaat niet meer.</source>
        <translation>Dit antwoord bestaat niet meer.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een overdracht. Er is niets ingelezen.</source>
        <translation>Dit bestand is te groot voor een overdracht. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Dit is de database zelf, geen reservekopie. Kies een ander bestand.</source>
        <translation>Dit is de database zelf, geen reservekopie. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>Dit overdrachtsbestand is gemaakt met een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</source>
        <translation>Dit overdrachtsbestand is gemaakt met een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <source>Dit overdrachtsbestand is te groot om in te lezen. Er is niets ingelezen.</source>
        <translation>Dit overdrachtsbestand is te groot om in te lezen. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Dit overdrachtsbestand komt van een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</source>
        <translation>Dit overdrachtsbestand komt van een nieuwere versie van Trajectwijzer. Er is niets ingelezen. Installeer eerst de nieuwste versie.</translation>
    </message>
    <message>
        <source>Dit project bestaat niet (meer). Gebruik &apos;trajectwijzer list projects&apos; om de codes te zien.</source>
        <translation>Dit project bestaat niet (meer). Gebruik &apos;trajectwijzer list projects&apos; om de codes te zien.</translation>
    </message>
    <message>
        <source>Dit project hoort niet (meer) bij dit traject.</source>
        <translation>Dit project hoort niet (meer) bij dit traject.</translation>
    </message>
    <message>
        <source>Dit project hoort niet bij dit traject.</source>
        <translation>Dit project hoort niet bij dit traject.</translation>
    </message>
    <message>
        <source>Dit traject bestaat niet (meer).</source>
        <translation>Dit traject bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Dit traject bestaat niet (meer); er is niets overgedragen.</source>
        <translation>Dit traject bestaat niet (meer); er is niets overgedragen.</translation>
    </message>
    <message>
        <source>Een bijeenkomst heeft begeleiders, geen verantwoordelijke.</source>
        <translation>Een bijeenkomst heeft begeleiders, geen verantwoordelijke.</translation>
    </message>
    <message>
        <source>Een bijeenkomst heeft geen werkelijke datum: zet ze op &apos;Gehouden&apos;.</source>
        <translation>Een bijeenkomst heeft geen werkelijke datum: zet ze op &apos;Gehouden&apos;.</translation>
    </message>
    <message>
        <source>Een contactpersoon heeft een naam nodig.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Een geplande datum is nodig. Typ een datum als dd/mm/jjjj, bv. 22/11/2026.</source>
        <translation>Een geplande datum is nodig. Typ een datum als dd/mm/jjjj, bv. 22/11/2026.</translation>
    </message>
    <message>
        <source>Een keuzevraag heeft 2 tot 9 opties (één cijfer per optie bij het intikken).</source>
        <translation>Een keuzevraag heeft 2 tot 9 opties (één cijfer per optie bij het intikken).</translation>
    </message>
    <message>
        <source>Een nieuwe startdatum verschuift het hele traject. Moeten afgeronde onderdelen hun datum houden, verplaats dan de eerste fase die nog niet afgerond is.</source>
        <translation>Een nieuwe startdatum verschuift het hele traject. Moeten afgeronde onderdelen hun datum houden, verplaats dan de eerste fase die nog niet afgerond is.</translation>
    </message>
    <message>
        <source>Een schaal loopt van een laag naar een hoog cijfer tussen 0 en 9 (bv. 1 tot 5), zodat één toets volstaat bij het intikken.</source>
        <translation>Een schaal loopt van een laag naar een hoog cijfer tussen 0 en 9 (bv. 1 tot 5), zodat één toets volstaat bij het intikken.</translation>
    </message>
    <message>
        <source>Een toestemming kan niet ingetrokken zijn vóór ze gegeven werd.</source>
        <translation>Een toestemming kan niet ingetrokken zijn vóór ze gegeven werd.</translation>
    </message>
    <message>
        <source>Er is nog geen volgende bijeenkomst gepland voor dit traject. Plan eerst de volgende bijeenkomst; neem daarna de openstaande acties mee.</source>
        <translation>Er is nog geen volgende bijeenkomst gepland voor dit traject. Plan eerst de volgende bijeenkomst; neem daarna de openstaande acties mee.</translation>
    </message>
    <message>
        <source>Geef datum en uur, bv. 23/11/2026 19:30.</source>
        <translation>Geef datum en uur, bv. 23/11/2026 19:30.</translation>
    </message>
    <message>
        <source>Geef de einddatum als datum, bv. 23/11/2026.</source>
        <translation>Geef de einddatum als datum, bv. 23/11/2026.</translation>
    </message>
    <message>
        <source>Geef de lokale organisatie een naam.</source>
        <translation>Geef de lokale organisatie een naam.</translation>
    </message>
    <message>
        <source>Geef de naam van de contactpersoon.</source>
        <translation>Geef de naam van de contactpersoon.</translation>
    </message>
    <message>
        <source>Geef de naam van de partner, bv. &apos;Natuurpunt Herent&apos;.</source>
        <translation>Geef de naam van de partner, bv. &apos;Natuurpunt Herent&apos;.</translation>
    </message>
    <message>
        <source>Geef de taak een korte omschrijving.</source>
        <translation>Geef de taak een korte omschrijving.</translation>
    </message>
    <message>
        <source>Geef het formulier een titel.</source>
        <translation>Geef het formulier een titel.</translation>
    </message>
    <message>
        <source>Het formulier werd intussen gewijzigd: een vraag staat er niet meer op. Open het formulier opnieuw; er werd niets bewaard.</source>
        <translation>Het formulier werd intussen gewijzigd: een vraag staat er niet meer op. Open het formulier opnieuw; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beschadigd. Er is niets ingelezen.</source>
        <translation>Het overdrachtsbestand is beschadigd. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Het werkelijke begin ligt na het werkelijke einde.</source>
        <translation>Het werkelijke begin ligt na het werkelijke einde.</translation>
    </message>
    <message>
        <source>Iemand in de database is veranderd terwijl de import klaarstond. Lees het bestand opnieuw in en probeer opnieuw.</source>
        <translation>Iemand in de database is veranderd terwijl de import klaarstond. Lees het bestand opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Kies de eigenaar uit de lijst, of typ een naam.</source>
        <translation>Kies de eigenaar uit de lijst, of typ een naam.</translation>
    </message>
    <message>
        <source>Kies de fase waarna het traject stopt.</source>
        <translation>Kies de fase waarna het traject stopt.</translation>
    </message>
    <message>
        <source>Kies de soort partner uit de lijst.</source>
        <translation>Kies de soort partner uit de lijst.</translation>
    </message>
    <message>
        <source>Kies hoe de partner meewerkt: informeert, communiceert mee of werkt mee.</source>
        <translation>Kies hoe de partner meewerkt: informeert, communiceert mee of werkt mee.</translation>
    </message>
    <message>
        <source>Kies minstens één doel waarvoor de toestemming geldt.</source>
        <translation>Kies minstens één doel waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <source>Kies wie dit opneemt: de begeleider, de gemeente, beide, de deelnemers of een persoon uit de lijst.</source>
        <translation>Kies wie dit opneemt: de begeleider, de gemeente, beide, de deelnemers of een persoon uit de lijst.</translation>
    </message>
    <message>
        <source>Noteer waarom het traject stopt (bv. &apos;beslissing schepencollege&apos;).</source>
        <translation>Noteer waarom het traject stopt (bv. &apos;beslissing schepencollege&apos;).</translation>
    </message>
    <message>
        <source>Reading &apos;{name}&apos; took longer than {seconds} seconds and was stopped. Nothing was saved. Open it in Excel or LibreOffice and save it again as .xlsx, or export it as a CSV file, and try again.</source>
        <translation>Het lezen van &apos;{name}&apos; duurde langer dan {seconds} seconden en is gestopt. Er is niets bewaard. Open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx, of exporteer het als CSV-bestand, en probeer opnieuw.</translation>
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
        <source>Toestemming kan niet in de toekomst gegeven zijn.</source>
        <translation>Toestemming kan niet in de toekomst gegeven zijn.</translation>
    </message>
    <message>
        <source>Twee opties hebben dezelfde tekst.</source>
        <translation>Twee opties hebben dezelfde tekst.</translation>
    </message>
    <message>
        <source>Typ de beslissing.</source>
        <translation>Typ de beslissing.</translation>
    </message>
    <message>
        <source>Typ de naam van de nieuwe deelnemer.</source>
        <translation>Typ de naam van de nieuwe deelnemer.</translation>
    </message>
    <message>
        <source>Typ de vraag.</source>
        <translation>Typ de vraag.</translation>
    </message>
    <message>
        <source>name differs by one letter (a typo?)</source>
        <translation>naam verschilt één letter (tikfout?)</translation>
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
        <source>Paper form (PDF)…</source>
        <translation>Papieren formulier (PDF)…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
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
</context>
<context>
    <name>LiveModeWindow</name>
    <message>
        <source>Live session</source>
        <translation>Bijeenkomst live</translation>
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
    <message>
        <source>Close this session? It is then recorded as held.</source>
        <translation>Deze bijeenkomst afsluiten? Ze wordt dan genoteerd als gehouden.</translation>
    </message>
    <message>
        <source>Registered but not checked in: %1. They are marked absent.</source>
        <translation>Ingeschreven maar niet aangemeld: %1. Zij worden als afwezig genoteerd.</translation>
    </message>
    <message>
        <source>A decision or action you typed has not been added yet (Enter adds it); it is lost when you close now.</source>
        <translation>Een beslissing of actie die je typte, is nog niet toegevoegd (Enter voegt ze toe); ze gaat verloren als je nu afsluit.</translation>
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
        <source>Open in PDF viewer</source>
        <translation>Openen in PDF-lezer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, email, phone or municipality</source>
        <translation>Zoek op naam, e-mail, telefoon of gemeente</translation>
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
        <source>No one chosen</source>
        <translation>Niemand gekozen</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their details.</source>
        <translation>Kies een persoon in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>No details</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
        <source>Consent not recorded</source>
        <translation>Toestemming niet genoteerd</translation>
    </message>
    <message>
        <source>Consent not changed</source>
        <translation>Toestemming niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
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
        <source>Planning PDF</source>
        <translation>Planning als PDF</translation>
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
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
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
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source> months</source>
        <translation> maanden</translation>
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
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their personal data is wiped everywhere; attendance stays as anonymous counts. This cannot be undone.</source>
        <translation>%1 definitief wissen? De persoonsgegevens worden overal gewist; de aanwezigheid blijft als anonieme telling. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>De persoon is gewist.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>The person was erased. Their name or e-mail address still stands in text you typed yourself; edit these places by hand:</source>
        <translation>De persoon is gewist. De naam of het e-mailadres staat nog in tekst die je zelf typte; pas deze plaatsen met de hand aan:</translation>
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
        <source>Drop a spreadsheet on the list to import attendees. * walk-in</source>
        <translation>Sleep een rekenblad op de lijst om deelnemers in te lezen. * zonder inschrijving</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>Niemand gevonden met die naam.</translation>
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
        <source>Sign-in sheet (PDF)</source>
        <translation>Aanwezigheidslijst (PDF)</translation>
    </message>
    <message>
        <source>Session report (PDF)</source>
        <translation>Verslag (PDF)</translation>
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
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
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
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Bewaard als %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
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
        <source>Another coach</source>
        <translation>Een andere coach</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
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
        <source>Trajectories</source>
        <translation>Trajecten</translation>
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
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
</context>
</TS>
