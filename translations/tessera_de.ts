<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LongTask</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TesseraError</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline sales performance management.</source>
        <translation>Vertriebssteuerung offline.</translation>
    </message>
    <message>
        <source>The plan file to open (.tessera).</source>
        <translation>Die zu öffnende Plandatei (.tessera).</translation>
    </message>
    <message>
        <source>Open the bundled demo plan.</source>
        <translation>Den mitgelieferten Demoplan öffnen.</translation>
    </message>
    <message>
        <source>Generate the bundled demo plan afresh, then open it.</source>
        <translation>Den mitgelieferten Demoplan neu erzeugen und öffnen.</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished">Kunden</translation>
    </message>
    <message>
        <source>The bundled US places are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera Demo Co — FY2027 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs at least 4 reps and 1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera Demo Co</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief Revenue Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional Vice President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it is not a Tessera plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tessera plan: the file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>tessera::EntityDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>tessera::EntityTable</name>
    <message>
        <source>The row no longer exists.</source>
        <translation>Die Zeile existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a whole percentage.</source>
        <translation>„%1“ ist kein ganzzahliger Prozentwert.</translation>
    </message>
    <message>
        <source>“%1” is not an amount (digits with at most two decimals).</source>
        <translation>„%1“ ist kein Betrag (Ziffern mit höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Dieses Feld kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A probability is a whole percentage from 0 to 100.</source>
        <translation>Eine Wahrscheinlichkeit ist ein ganzzahliger Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>A row cannot refer to itself.</source>
        <translation>Eine Zeile kann nicht auf sich selbst verweisen.</translation>
    </message>
    <message>
        <source>There is no row with id %1 to refer to.</source>
        <translation>Es gibt keine Zeile mit der ID %1, auf die verwiesen werden könnte.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2 (%3).</source>
        <translation>%1 darf nicht vor %2 (%3) liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be after %2 (%3).</source>
        <translation>%1 darf nicht nach %2 (%3) liegen.</translation>
    </message>
</context>
<context>
    <name>tessera::EntityTableView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>The value was not changed</source>
        <translation>Der Wert wurde nicht geändert</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>No plan is open. Create a plan, open one, or explore the demo plan.</source>
        <translation>Kein Plan geöffnet. Legen Sie einen Plan an, öffnen Sie einen oder sehen Sie sich den Demoplan an.</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <source>Open Demo Plan</source>
        <translation>Demoplan öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Offline sales performance management: territories, quotas, incentive compensation and forecasts, one plan file per plan.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Vertriebssteuerung offline: Gebiete, Quoten, variable Vergütung und Prognosen, eine Plandatei je Plan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>%1[*] — Tessera</source>
        <translation>%1[*] — Tessera</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Kein Plan geöffnet</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>%1 org units · %2 reps · %3 accounts · %4 opportunities</source>
        <translation>%1 Organisationseinheiten · %2 Vertriebsmitarbeitende · %3 Kunden · %4 Verkaufschancen</translation>
    </message>
    <message>
        <source>Tessera plans (*.tessera);;All files (*)</source>
        <translation>Tessera-Pläne (*.tessera);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation>&amp;Demoplan öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Creating the demo plan</source>
        <translation>Demoplan wird erstellt</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>This plan is open; choose another file.</source>
        <translation>Dieser Plan ist geöffnet; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Der Plan kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Der Plan kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>tessera::OrgTreeModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Kürzel %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>tessera::OrganisationView</name>
    <message>
        <source>Reps</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>The name was not changed</source>
        <translation>Der Name wurde nicht geändert</translation>
    </message>
    <message>
        <source>All reps of %1</source>
        <translation>Alle Mitarbeitenden von %1</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Alle Mitarbeitenden</translation>
    </message>
    <message>
        <source>Reps of %1</source>
        <translation>Mitarbeitende von %1</translation>
    </message>
</context>
<context>
    <name>tessera::PdfDocument</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::PlanCommands</name>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename rep “%1”</source>
        <translation>Mitarbeitende(n) „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename account “%1”</source>
        <translation>Kunden „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename opportunity “%1”</source>
        <translation>Verkaufschance „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
</context>
<context>
    <name>tessera::PlanStore</name>
    <message>
        <source>The plan cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database is not a Tessera plan (it has no Tessera marker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Tessera (plan format %1; this version reads up to %2). Open it with a newer Tessera; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is damaged (%1). It has not been changed; restore it from a backup or a copy saved with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As needs a different file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan connection is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the plan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tessera marker (application_id) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ViewList</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
</TS>
