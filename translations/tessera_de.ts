<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dashboard</name>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Attainment by %1</source>
        <translation>Zielerreichung nach %1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&lt; 80%</source>
        <translation>&lt; 80%</translation>
    </message>
    <message>
        <source>80–100%</source>
        <translation>80–100%</translation>
    </message>
    <message>
        <source>&gt; 100%</source>
        <translation>&gt; 100%</translation>
    </message>
    <message>
        <source>quota (100%)</source>
        <translation>Quote (100%)</translation>
    </message>
    <message>
        <source>Pacing: cumulative bookings against quota</source>
        <translation>Verlauf: kumulierter Auftragseingang gegenüber Quote</translation>
    </message>
    <message>
        <source>run rate %1</source>
        <translation>Run-Rate %1</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>Auftragseingang</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>run-rate projection</source>
        <translation>Run-Rate-Hochrechnung</translation>
    </message>
    <message>
        <source>Pipeline coverage of remaining quota</source>
        <translation>Pipeline-Deckung der verbleibenden Quote</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Ungewichtet</translation>
    </message>
    <message>
        <source>Stage-weighted</source>
        <translation>Phasengewichtet</translation>
    </message>
    <message>
        <source>Forecast categories (cumulative)</source>
        <translation>Prognosekategorien (kumuliert)</translation>
    </message>
    <message>
        <source>Manager commit</source>
        <translation>Manager-Commit</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>Win rate and average deal size by month</source>
        <translation>Gewinnquote und durchschnittliche Abschlussgröße nach Monat</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>average deal</source>
        <translation>durchschn. Abschluss</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>keine Quote</translation>
    </message>
    <message>
        <source>%1 (%2)
Attainment %3
Closed %4
Quota %5%6
Open pipeline %7</source>
        <translation>%1 (%2)
Zielerreichung %3
Abgeschlossen %4
Quote %5%6
Offene Pipeline %7</translation>
    </message>
    <message>
        <source> (sum of reps)</source>
        <translation> (Summe der Mitarbeiter)</translation>
    </message>
    <message>
        <source>attainment %</source>
        <translation>Zielerreichung %</translation>
    </message>
    <message>
        <source>cumulative quota</source>
        <translation>kumulierte Quote</translation>
    </message>
    <message>
        <source>cumulative bookings</source>
        <translation>kumulierter Auftragseingang</translation>
    </message>
    <message>
        <source>%1
Bookings %2 (cumulative %3)
Quota %4 (cumulative %5)</source>
        <translation>%1
Auftragseingang %2 (kumuliert %3)
Quote %4 (kumuliert %5)</translation>
    </message>
    <message>
        <source>
Run-rate projection %1 (%2)</source>
        <translation>
Run-Rate-Hochrechnung %1 (%2)</translation>
    </message>
    <message>
        <source>Raw coverage %1× (%2)
Open pipeline %3
Remaining quota %4
Healthy ≥ 3×, at risk &lt; 2×</source>
        <translation>Ungewichtete Deckung %1× (%2)
Offene Pipeline %3
Verbleibende Quote %4
Gesund ≥ 3×, gefährdet &lt; 2×</translation>
    </message>
    <message>
        <source>Weighted coverage %1× (%2)
Weighted pipeline %3
Remaining quota %4
Healthy ≥ 1×, at risk &lt; 0.7×</source>
        <translation>Gewichtete Deckung %1× (%2)
Gewichtete Pipeline %3
Verbleibende Quote %4
Gesund ≥ 1×, gefährdet &lt; 0.7×</translation>
    </message>
    <message>
        <source>× remaining quota</source>
        <translation>× verbleibende Quote</translation>
    </message>
    <message>
        <source>
= closed %1 + open commit %2</source>
        <translation>
= abgeschlossen %1 + offenes Commit %2</translation>
    </message>
    <message>
        <source>
= commit + open best case %1</source>
        <translation>
= Commit + offenes Best Case %1</translation>
    </message>
    <message>
        <source>
= best case + open pipeline %1
Omitted (not counted) %2</source>
        <translation>
= Best Case + offene Pipeline %1
Omitted (nicht gezählt) %2</translation>
    </message>
    <message>
        <source>Manager commit %1
“%2”
%3, %4</source>
        <translation>Manager-Commit %1
„%2“
%3, %4</translation>
    </message>
    <message>
        <source>No manager commit for this period</source>
        <translation>Kein Manager-Commit für diesen Zeitraum</translation>
    </message>
    <message>
        <source>%1
Won %2, lost %3
Win rate %4
Average deal %5</source>
        <translation>%1
Gewonnen %2, verloren %3
Gewinnquote %4
Durchschnittlicher Abschluss %5</translation>
    </message>
    <message>
        <source>win rate %</source>
        <translation>Gewinnquote %</translation>
    </message>
    <message>
        <source>company</source>
        <comment>hierarchy level inside a sentence</comment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>region</source>
        <comment>hierarchy level inside a sentence</comment>
        <translation>Region</translation>
    </message>
    <message>
        <source>district</source>
        <comment>hierarchy level inside a sentence</comment>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>territory</source>
        <comment>hierarchy level inside a sentence</comment>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>rep</source>
        <comment>hierarchy level inside a sentence</comment>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Dashboard: %1, %2</source>
        <translation>Dashboard: %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2). Period %3 to %4, figures as of %5 (%6 of %7 days elapsed).</source>
        <translation>%1 (%2). Zeitraum %3 bis %4, Zahlen zum %5 (%6 von %7 Tagen vergangen).</translation>
    </message>
    <message>
        <source>Closed (bookings)</source>
        <translation>Abgeschlossen (Auftragseingang)</translation>
    </message>
    <message>
        <source>Commit (closed + open commit)</source>
        <translation>Commit (abgeschlossen + offenes Commit)</translation>
    </message>
    <message>
        <source>Best case (commit + open best case)</source>
        <translation>Best Case (Commit + offenes Best Case)</translation>
    </message>
    <message>
        <source>Pipeline total (best case + open pipeline)</source>
        <translation>Pipeline gesamt (Best Case + offene Pipeline)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Remaining quota</source>
        <translation>Verbleibende Quote</translation>
    </message>
    <message>
        <source>Coverage (raw)</source>
        <translation>Deckung (ungewichtet)</translation>
    </message>
    <message>
        <source>Coverage (stage-weighted)</source>
        <translation>Deckung (phasengewichtet)</translation>
    </message>
    <message>
        <source>Run-rate projection</source>
        <translation>Run-Rate-Hochrechnung</translation>
    </message>
    <message>
        <source>Manager commit</source>
        <translation>Manager-Commit</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>This node has no quota of its own for the period: its quota is the sum of its reps&apos; quotas.</source>
        <translation>Dieser Knoten hat für den Zeitraum keine eigene Quote: Seine Quote ist die Summe der Quoten seiner Mitarbeiter.</translation>
    </message>
    <message>
        <source>No quota has been set for this node and period: attainment and coverage are not shown.</source>
        <translation>Für diesen Knoten und Zeitraum ist keine Quote festgelegt: Zielerreichung und Deckung werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Manager commit by %1 on %2: “%3”</source>
        <translation>Manager-Commit von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>Forecast categories are cumulative as in Salesforce: Closed is part of Commit, Commit of Best Case, Best Case of Pipeline. Omitted deals are not counted. Coverage is open pipeline divided by remaining quota; healthy at 3× raw or 1× weighted, at risk below 2× raw or 0.7× weighted.</source>
        <translation>Prognosekategorien sind wie in Salesforce kumuliert: Abgeschlossen ist Teil von Commit, Commit Teil von Best Case, Best Case Teil von Pipeline. Abschlüsse in Omitted werden nicht gezählt. Deckung ist offene Pipeline geteilt durch verbleibende Quote; gesund ab 3× ungewichtet oder 1× gewichtet, gefährdet unter 2× ungewichtet oder 0.7× gewichtet.</translation>
    </message>
    <message>
        <source>Attainment against quota</source>
        <translation>Zielerreichung gegenüber Quote</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>%n weiterer wird nicht angezeigt.</numerusform>
            <numerusform>%n weitere werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>* no quota of its own: the sum of its reps&apos; quotas.</source>
        <translation>* keine eigene Quote: Summe der Quoten seiner Mitarbeiter.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Auftragseingang</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Cumulative quota</source>
        <translation>Kumulierte Quote</translation>
    </message>
    <message>
        <source>Run rate: %1 booked in %2 of %3 days projects %4 by the end of the period.</source>
        <translation>Run-Rate: %1 Auftragseingang in %2 von %3 Tagen ergibt hochgerechnet %4 bis zum Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>Pipeline-Deckung</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Ungewichtet</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Forecast categories</source>
        <translation>Prognosekategorien</translation>
    </message>
    <message>
        <source>Win rate and average deal size</source>
        <translation>Gewinnquote und durchschnittliche Abschlussgröße</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Durchschnittlicher Abschluss</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Earnings to date %1 (payout runs through %2), projected %3 for the period at the same rate.</source>
        <translation>Bisheriger Verdienst %1 (Auszahlungsläufe bis %2), hochgerechnet %3 für den Zeitraum bei gleicher Rate.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Verdienst</translation>
    </message>
    <message>
        <source>Top %1 of %2 reps by attainment.</source>
        <translation>Top %1 von %2 Mitarbeitern nach Zielerreichung.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The bundled US places are missing from this build.</source>
        <translation>Die mitgelieferten US-Orte fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Tessera Demo Co — FY2027 plan</source>
        <translation>Tessera Demo Co — Plan GJ2027</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot write the plan file.</source>
        <translation>Die Plandatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo needs at least 4 reps and 1 account.</source>
        <translation>Die Demo braucht mindestens 4 Mitarbeiter und 1 Kunden.</translation>
    </message>
    <message>
        <source>Tessera Demo Co</source>
        <translation>Tessera Demo Co</translation>
    </message>
    <message>
        <source>Chief Revenue Officer</source>
        <translation>Chief Revenue Officer</translation>
    </message>
    <message>
        <source>Regional Vice President</source>
        <translation>Regional Vice President</translation>
    </message>
    <message>
        <source>%1 District</source>
        <translation>Bezirk %1</translation>
    </message>
    <message>
        <source>District Manager</source>
        <translation>District Manager</translation>
    </message>
    <message>
        <source>Account Executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Two enterprise renewals confirmed verbally; legal review next week.</source>
        <translation>Zwei Enterprise-Verlängerungen mündlich bestätigt; Rechtsprüfung nächste Woche.</translation>
    </message>
    <message>
        <source>Pulling back: the largest deal slipped to next quarter.</source>
        <translation>Zurückgenommen: Der größte Abschluss ist ins nächste Quartal gerutscht.</translation>
    </message>
    <message>
        <source>Holding commit; new rep still ramping in one territory.</source>
        <translation>Commit bleibt; ein neuer Mitarbeiter ist in einem Gebiet noch in der Anlaufphase.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Earnings appear here once a compensation payout has been run for this period.</source>
        <translation>Verdienste erscheinen hier, sobald für diesen Zeitraum ein Vergütungs-Auszahlungslauf berechnet wurde.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>Quote erreicht</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Keine Quote</translation>
    </message>
    <message>
        <source>The plan has no sales hierarchy.</source>
        <translation>Der Plan hat keine Vertriebshierarchie.</translation>
    </message>
    <message>
        <source>No org node or rep has the code &apos;%1&apos; (use company, a node code such as R1 or D001, or a rep&apos;s id).</source>
        <translation>Kein Organisationsknoten und kein Mitarbeiter hat das Kürzel „%1“ (verwenden Sie company, ein Knotenkürzel wie R1 oder D001 oder die ID eines Mitarbeiters).</translation>
    </message>
    <message>
        <source>A commit override needs a comment saying why.</source>
        <translation>Eine Commit-Überschreibung braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date range like 2027-02-15..2027-04-10.</source>
        <translation>„%1“ ist kein Datumsbereich wie 2027-02-15..2027-04-10.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: use a month (2027-03), a quarter (2027-Q2), a year (FY2027) or a range (2027-02-15..2027-04-10).</source>
        <translation>„%1“ ist kein Zeitraum: Verwenden Sie einen Monat (2027-03), ein Quartal (2027-Q2), ein Jahr (FY2027) oder einen Bereich (2027-02-15..2027-04-10).</translation>
    </message>
    <message>
        <source>Set commit of %1 for %2</source>
        <translation>Commit von %1 für %2 festlegen</translation>
    </message>
    <message>
        <source>Clear commit of %1 for %2</source>
        <translation>Commit von %1 für %2 entfernen</translation>
    </message>
</context>
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
    <name>MapCommands</name>
    <message>
        <source>no territory</source>
        <translation>kein Gebiet</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 zu %2 zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 units to %2</source>
        <translation>%1 Einheiten zu %2 zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n unit(s)</source>
        <translation>
            <numerusform>%n Einheit sperren</numerusform>
            <numerusform>%n Einheiten sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n unit(s)</source>
        <translation>
            <numerusform>%n Einheit entsperren</numerusform>
            <numerusform>%n Einheiten entsperren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Fill: territory (neighbours differ)</source>
        <translation>Füllung: Gebiet (Nachbarn verschieden)</translation>
    </message>
    <message>
        <source>Fill: district</source>
        <translation>Füllung: Bezirk</translation>
    </message>
    <message>
        <source>Fill: region</source>
        <translation>Füllung: Region</translation>
    </message>
    <message>
        <source>Bold line: border between groups</source>
        <translation>Dicke Linie: Grenze zwischen Gruppen</translation>
    </message>
    <message>
        <source>Dot: account</source>
        <translation>Punkt: Kunde</translation>
    </message>
    <message>
        <source>Triangle: rep home</source>
        <translation>Dreieck: Mitarbeiterstandort</translation>
    </message>
    <message>
        <source>Hatched: locked unit</source>
        <translation>Schraffiert: gesperrte Einheit</translation>
    </message>
    <message>
        <source>Dashed blue: link across water</source>
        <translation>Blau gestrichelt: Verbindung über Wasser</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Das PDF kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan connection is not SQLite.</source>
        <translation>Die Planverbindung ist nicht SQLite.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty; it is not a Tessera plan.</source>
        <translation>Die Datei ist leer; sie ist kein Tessera-Plan.</translation>
    </message>
    <message>
        <source>This is not a Tessera plan: the file is not an SQLite database.</source>
        <translation>Dies ist kein Tessera-Plan: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The plan cannot be opened: %1</source>
        <translation>Der Plan kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>This SQLite database is not a Tessera plan (it has no Tessera marker).</source>
        <translation>Diese SQLite-Datenbank ist kein Tessera-Plan (sie hat keine Tessera-Kennung).</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Tessera (plan format %1; this version reads up to %2). Open it with a newer Tessera; it has not been changed.</source>
        <translation>Dieser Plan wurde mit einer neueren Tessera-Version gespeichert (Planformat %1; diese Version liest bis %2). Öffnen Sie ihn mit einer neueren Tessera-Version; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The plan file is damaged (it is shorter than it should be: %1 of %2 bytes). It has not been changed; restore it from a backup or a copy saved with Save As.</source>
        <translation>Die Plandatei ist beschädigt (sie ist kürzer als erwartet: %1 von %2 Bytes). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung oder einer mit „Speichern unter“ gesicherten Kopie wieder her.</translation>
    </message>
    <message>
        <source>The plan file is damaged (%1). It has not been changed; restore it from a backup or a copy saved with Save As.</source>
        <translation>Die Plandatei ist beschädigt (%1). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung oder einer mit „Speichern unter“ gesicherten Kopie wieder her.</translation>
    </message>
    <message>
        <source>Save As needs a different file.</source>
        <translation>„Speichern unter“ braucht eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the copy: %1</source>
        <translation>Die Kopie kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Copying the plan failed: %1</source>
        <translation>Das Kopieren des Plans ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write the copy.</source>
        <translation>Die Kopie kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>The Tessera marker (application_id) is missing.</source>
        <translation>Die Tessera-Kennung (application_id) fehlt.</translation>
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
    <name>QuotaDemo</name>
    <message>
        <source>New hire 0/25/50</source>
        <translation>Neueinstellung 0/25/50</translation>
    </message>
</context>
<context>
    <name>QuotaFiles</name>
    <message>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Expected two columns: month and weight.</source>
        <translation>Erwartet werden zwei Spalten: Monat und Gewicht.</translation>
    </message>
    <message>
        <source>Not a month of FY%1: use 1 to 12 or YYYY-MM.</source>
        <translation>Kein Monat des GJ%1: Verwenden Sie 1 bis 12 oder JJJJ-MM.</translation>
    </message>
    <message>
        <source>This month appears twice.</source>
        <translation>Dieser Monat kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Not a weight: write a number such as 0.085 or 8.5%.</source>
        <translation>Kein Gewicht: Schreiben Sie eine Zahl wie 0.085 oder 8.5%.</translation>
    </message>
    <message>
        <source>The seasonality has no positive weight.</source>
        <translation>Die Saisonalität hat kein positives Gewicht.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No org node or rep of this plan has the code &quot;%1&quot;.</source>
        <translation>Kein Organisationsknoten und kein Mitarbeiter dieses Plans hat das Kürzel „%1“.</translation>
    </message>
    <message>
        <source>Not an amount: write e.g. 1250000.00.</source>
        <translation>Kein Betrag: Schreiben Sie z. B. 1250000.00.</translation>
    </message>
</context>
<context>
    <name>QuotaPlan</name>
    <message>
        <source>The locked cells under %1 in month %2 do not add up to its %3: unlock a cell or change the value.</source>
        <translation>Die gesperrten Zellen unter %1 im Monat %2 ergeben nicht dessen Betrag von %3: Entsperren Sie eine Zelle oder ändern Sie den Wert.</translation>
    </message>
    <message>
        <source>The locked reps of %1 in month %2 exceed its quota: unlock a cell or change the value.</source>
        <translation>Die gesperrten Mitarbeiter von %1 im Monat %2 übersteigen dessen Quote: Entsperren Sie eine Zelle oder ändern Sie den Wert.</translation>
    </message>
    <message>
        <source>The plan has no organisation to allocate quotas to.</source>
        <translation>Der Plan hat keine Organisation, auf die Quoten verteilt werden können.</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>Das Ziel darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The locked months of the company do not add up to the target.</source>
        <translation>Die gesperrten Monate des Unternehmens ergeben nicht das Ziel.</translation>
    </message>
    <message>
        <source>%1 and the locked cells beside it exceed what %2 holds in month %3 by %4: lower the value, unlock a cell or let the parent follow.</source>
        <translation>%1 und die gesperrten Zellen daneben übersteigen den Wert von %2 im Monat %3 um %4: Senken Sie den Wert, entsperren Sie eine Zelle oder lassen Sie die übergeordnete Ebene folgen.</translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation>Eine Quote darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>QuotaStore</name>
    <message>
        <source>Quotas need one company at the top of the organisation.</source>
        <translation>Quoten brauchen genau ein Unternehmen an der Spitze der Organisation.</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Neueinstellung</translation>
    </message>
    <message>
        <source>Reading the organisation</source>
        <translation>Organisation wird gelesen</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>Verteilung läuft</translation>
    </message>
    <message>
        <source>Writing quotas</source>
        <translation>Quoten werden geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>RepStatement</name>
    <message>
        <source>rep %1 has no plan assignment in FY%2</source>
        <translation>Mitarbeiter %1 hat im GJ%2 keine Planzuordnung</translation>
    </message>
    <message>
        <source>Compensation statement: %1, %2</source>
        <translation>Vergütungsabrechnung: %1, %2</translation>
    </message>
    <message>
        <source>Compensation statement</source>
        <translation>Vergütungsabrechnung</translation>
    </message>
    <message>
        <source>%1 (rep %2). Payout period %3 (%4 to %5), fiscal year %6.</source>
        <translation>%1 (Mitarbeiter %2). Auszahlungszeitraum %3 (%4 bis %5), Geschäftsjahr %6.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1: %2 to %3; on-target earnings %4, pay mix %5 variable (target incentive %6), paid per %7.</source>
        <translation>%1: %2 bis %3; Zielgehalt %4, Vergütungsmix %5 variabel (variable Zielvergütung %6), Auszahlung je %7.</translation>
    </message>
    <message>
        <source>start of year</source>
        <translation>Jahresbeginn</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>No payout period of this rep ends in %1.</source>
        <translation>In %1 endet kein Auszahlungszeitraum dieses Mitarbeiters.</translation>
    </message>
    <message>
        <source>Period %1%2</source>
        <translation>Zeitraum %1%2</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (abgeschlossen)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Earned this period</source>
        <translation>In dieser Periode verdient</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Bisher verdient</translation>
    </message>
    <message>
        <source>Paid in earlier periods</source>
        <translation>In früheren Perioden gezahlt</translation>
    </message>
    <message>
        <source>Draw advanced</source>
        <translation>Vorschuss gewährt</translation>
    </message>
    <message>
        <source>Draw recovered</source>
        <translation>Vorschuss verrechnet</translation>
    </message>
    <message>
        <source>Balance owed after this period</source>
        <translation>Offener Saldo nach dieser Periode</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Auszuzahlen</translation>
    </message>
    <message>
        <source>How it was earned</source>
        <translation>Wie es verdient wurde</translation>
    </message>
    <message>
        <source>No earnings in this period.</source>
        <translation>Kein Verdienst in dieser Periode.</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Slice from</source>
        <translation>Abschnitt von</translation>
    </message>
    <message>
        <source>Slice to</source>
        <translation>Abschnitt bis</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Deal detail</source>
        <translation>Abschlussdetails</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Abschlussbetrag</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The first sheet is empty: no header row.</source>
        <translation>Das erste Blatt ist leer: keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not a readable %1 workbook (%2).</source>
        <translation>Keine lesbare %1-Arbeitsmappe (%2).</translation>
    </message>
    <message>
        <source>The file is empty: no header row.</source>
        <translation>Die Datei ist leer: keine Kopfzeile.</translation>
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
    <name>align</name>
    <message>
        <source>%1 is pinned to a territory whose current units are in several pieces; minimal disruption cannot join them: use fresh mode.</source>
        <translation>%1 ist einem Gebiet fest zugeordnet, dessen aktuelle Einheiten aus mehreren Teilen bestehen; „Geringste Änderung“ kann sie nicht verbinden: Verwenden Sie den Modus Neuentwurf (fresh).</translation>
    </message>
    <message>
        <source>The level has no current alignment to rebalance: use fresh mode to design one.</source>
        <translation>Die Ebene hat keine aktuelle Gebietsaufteilung zum Neuausgleichen: Entwerfen Sie eine im Modus Neuentwurf (fresh).</translation>
    </message>
    <message>
        <source>No unit can start the empty territory %1.</source>
        <translation>Keine Einheit kann das leere Gebiet %1 beginnen.</translation>
    </message>
    <message>
        <source>The number of territories must be at least 1.</source>
        <translation>Die Anzahl der Gebiete muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1 territories cannot be made from the %2 units of level &apos;%3&apos;.</source>
        <translation>Aus den %2 Einheiten der Ebene „%3“ lassen sich keine %1 Gebiete bilden.</translation>
    </message>
    <message>
        <source>%1 (%2) has a negative %3; balance needs weights of zero or more.</source>
        <translation>%1 (%2) hat einen negativen Wert für %3; der Ausgleich braucht Gewichte von null oder mehr.</translation>
    </message>
    <message>
        <source>The measure %1 is zero on every unit of level &apos;%2&apos;: there is nothing to balance.</source>
        <translation>Die Kennzahl %1 ist auf jeder Einheit der Ebene „%2“ null: Es gibt nichts auszugleichen.</translation>
    </message>
    <message>
        <source>%1 is pinned to territory %2, but only %3 territories are being made.</source>
        <translation>%1 ist dem Gebiet %2 fest zugeordnet, aber es werden nur %3 Gebiete gebildet.</translation>
    </message>
    <message>
        <source>At most %1 units in each of %2 territories cannot hold all %3 units.</source>
        <translation>Höchstens %1 Einheiten in jedem von %2 Gebieten reichen nicht für alle %3 Einheiten.</translation>
    </message>
    <message>
        <source>At most %1 accounts in each of %2 territories cannot hold all %3 accounts.</source>
        <translation>Höchstens %1 Kunden in jedem von %2 Gebieten reichen nicht für alle %3 Kunden.</translation>
    </message>
    <message>
        <source>Minimal disruption needs the current alignment of every unit.</source>
        <translation>„Geringste Änderung“ braucht die aktuelle Gebietszuordnung jeder Einheit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 pieces: %2</source>
        <translation>%1 Teile: %2</translation>
    </message>
    <message>
        <source>%1 territories cannot cover %2 separate pieces: each piece needs at least one.</source>
        <translation>%1 Gebiete können %2 getrennte Teile nicht abdecken: Jeder Teil braucht mindestens eines.</translation>
    </message>
    <message>
        <source>There are fewer units than territories.</source>
        <translation>Es gibt weniger Einheiten als Gebiete.</translation>
    </message>
    <message>
        <source>Level &apos;%1&apos; is not connected, so its territories cannot all be in one piece: %2. Add water links between the pieces, or balance each piece on its own.</source>
        <translation>Die Ebene „%1“ ist nicht zusammenhängend, daher können nicht alle ihre Gebiete aus einem Teil bestehen: %2. Fügen Sie Wasserverbindungen zwischen den Teilen hinzu oder gleichen Sie jeden Teil einzeln aus.</translation>
    </message>
    <message>
        <source>Territory %1 has pinned units in two separate pieces of the level, so it cannot be in one piece.</source>
        <translation>Gebiet %1 hat fest zugeordnete Einheiten in zwei getrennten Teilen der Ebene und kann daher nicht zusammenhängend sein.</translation>
    </message>
    <message>
        <source>One piece of the level has units pinned to %1 territories but its weight gives it only %2.</source>
        <translation>Ein Teil der Ebene hat Einheiten, die %1 Gebieten fest zugeordnet sind, aber sein Gewicht ergibt nur %2.</translation>
    </message>
    <message>
        <source>A piece of the level has no territory: %1.</source>
        <translation>Ein Teil der Ebene hat kein Gebiet: %1.</translation>
    </message>
    <message>
        <source>A piece has fewer units than the territories it must hold.</source>
        <translation>Ein Teil hat weniger Einheiten als die Gebiete, die er aufnehmen muss.</translation>
    </message>
    <message>
        <source>Territory %1 has %2 units, more than the limit of %3.</source>
        <translation>Gebiet %1 hat %2 Einheiten, mehr als die Grenze von %3.</translation>
    </message>
    <message>
        <source>Territory %1 has %2 accounts, more than the limit of %3.</source>
        <translation>Gebiet %1 hat %2 Kunden, mehr als die Grenze von %3.</translation>
    </message>
    <message>
        <source>The time limit stopped the search early; a longer limit may give a better balance.</source>
        <translation>Das Zeitlimit hat die Suche vorzeitig beendet; ein längeres Limit kann einen besseren Ausgleich ergeben.</translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation>Ausgleich läuft</translation>
    </message>
    <message>
        <source>Balanced level &apos;%1&apos; into %2 territories on %3 (%4, seed %5) in %6 s.
</source>
        <translation>Ebene „%1“ in %2 Gebiete nach %3 ausgeglichen (%4, Startwert %5) in %6 s.
</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>Neuentwurf</translation>
    </message>
    <message>
        <source>minimal disruption</source>
        <translation>geringste Änderung</translation>
    </message>
    <message>
        <source>Largest deviation %1, mean deviation %2, heaviest-unit floor %3.
</source>
        <translation>Größte Abweichung %1, mittlere Abweichung %2, Untergrenze durch schwerste Einheit %3.
</translation>
    </message>
    <message>
        <source>Every territory in one piece: %1. Mean Polsby-Popper %2 (lowest %3). Cut edges %4.
</source>
        <translation>Jedes Gebiet zusammenhängend: %1. Mittlerer Polsby-Popper %2 (niedrigster %3). Geschnittene Kanten %4.
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Before: largest deviation %1, mean Polsby-Popper %2.
</source>
        <translation>Vorher: größte Abweichung %1, mittlerer Polsby-Popper %2.
</translation>
    </message>
    <message>
        <source>Moved %1 units, %2 accounts and %3 of the weight (%4).
</source>
        <translation>%1 Einheiten, %2 Kunden und %3 des Gewichts verschoben (%4).
</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>* new territory made by this balance
</source>
        <translation>* durch diesen Ausgleich neu angelegtes Gebiet
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>%1 is pinned to two territories (%2 and this row).</source>
        <translation>%1 ist zwei Gebieten fest zugeordnet (%2 und dieser Zeile).</translation>
    </message>
    <message>
        <source>locked in the plan</source>
        <translation>im Plan gesperrt</translation>
    </message>
    <message>
        <source>No unit &apos;%1&apos; on level &apos;%2&apos;.</source>
        <translation>Keine Einheit „%1“ auf der Ebene „%2“.</translation>
    </message>
    <message>
        <source>No territory with the code &apos;%1&apos;.</source>
        <translation>Kein Gebiet mit dem Kürzel „%1“.</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>No rep with the id &apos;%1&apos;.</source>
        <translation>Kein Mitarbeiter mit der ID „%1“.</translation>
    </message>
    <message>
        <source>%1 has no territory to keep a home unit in.</source>
        <translation>%1 hat kein Gebiet, in dem eine Standorteinheit liegen könnte.</translation>
    </message>
    <message>
        <source>%1 has no home unit on level &apos;%2&apos;: give one in the unit column.</source>
        <translation>%1 hat keine Standorteinheit auf der Ebene „%2“: Geben Sie eine in der Einheitenspalte an.</translation>
    </message>
    <message>
        <source>Level &apos;%1&apos; has no current alignment to rebalance: use fresh mode.</source>
        <translation>Die Ebene „%1“ hat keine aktuelle Gebietsaufteilung zum Neuausgleichen: Verwenden Sie den Modus Neuentwurf (fresh).</translation>
    </message>
    <message>
        <source>Minimal disruption keeps the %1 territories the level uses now; leave out --territories or use fresh mode for %2.</source>
        <translation>„Geringste Änderung“ behält die %1 Gebiete, die die Ebene jetzt nutzt; lassen Sie --territories weg oder verwenden Sie für %2 den Modus Neuentwurf (fresh).</translation>
    </message>
    <message>
        <source>The plan has no territories: give the number to make with --territories.</source>
        <translation>Der Plan hat keine Gebiete: Geben Sie die Anzahl der zu bildenden Gebiete mit --territories an.</translation>
    </message>
    <message>
        <source>Units are pinned to %1 different territories, more than the %2 being made.</source>
        <translation>Einheiten sind %1 verschiedenen Gebieten fest zugeordnet, mehr als die %2, die gebildet werden.</translation>
    </message>
    <message>
        <source>New territory %1</source>
        <translation>Neues Gebiet %1</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;.</source>
        <translation>Die Datei hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The units pinned to one territory cannot be joined: %1 is cut off from %2 by units pinned to other territories.</source>
        <translation>Die einem Gebiet fest zugeordneten Einheiten lassen sich nicht verbinden: %1 ist durch Einheiten anderer Gebiete von %2 abgeschnitten.</translation>
    </message>
    <message>
        <source>There are not enough free units to start every territory next to the pinned ones.</source>
        <translation>Es gibt nicht genug freie Einheiten, um jedes Gebiet neben den fest zugeordneten zu beginnen.</translation>
    </message>
    <message>
        <source>The blend &apos;%1&apos; must list measure=weight pairs with positive weights, e.g. potential=0.6,accounts=0.4.</source>
        <translation>Die Mischung „%1“ muss Paare Kennzahl=Gewicht mit positiven Gewichten auflisten, z. B. potential=0.6,accounts=0.4.</translation>
    </message>
    <message>
        <source>The blend names the measure &apos;%1&apos; twice.</source>
        <translation>Die Mischung nennt die Kennzahl „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The blend is empty.</source>
        <translation>Die Mischung ist leer.</translation>
    </message>
    <message>
        <source>Bad edge %1-%2 in a graph of %3 units.</source>
        <translation>Ungültige Kante %1-%2 in einem Graphen mit %3 Einheiten.</translation>
    </message>
    <message>
        <source>Unknown measure &apos;%1&apos;. Known measures: %2.</source>
        <translation>Unbekannte Kennzahl „%1“. Bekannte Kennzahlen: %2.</translation>
    </message>
    <message>
        <source>The plan has no geography level &apos;%1&apos; (it has no levels yet: import one first).</source>
        <translation>Der Plan hat keine Geografieebene „%1“ (er hat noch keine Ebenen: Importieren Sie zuerst eine).</translation>
    </message>
    <message>
        <source>The plan has no geography level &apos;%1&apos;. Levels: %2.</source>
        <translation>Der Plan hat keine Geografieebene „%1“. Ebenen: %2.</translation>
    </message>
    <message>
        <source>The level &apos;%1&apos; has no units.</source>
        <translation>Die Ebene „%1“ hat keine Einheiten.</translation>
    </message>
    <message>
        <source>No balance measure was given.</source>
        <translation>Es wurde keine Ausgleichskennzahl angegeben.</translation>
    </message>
    <message>
        <source>The measure &apos;%1&apos; is zero on every unit of level &apos;%2&apos;, so it cannot be blended.</source>
        <translation>Die Kennzahl „%1“ ist auf jeder Einheit der Ebene „%2“ null und kann daher nicht gemischt werden.</translation>
    </message>
    <message>
        <source>The edge joins unknown or equal units.</source>
        <translation>Die Kante verbindet unbekannte oder gleiche Einheiten.</translation>
    </message>
    <message numerus="yes">
        <source>Balance %1 into %n territories</source>
        <translation>
            <numerusform>%1 in %n Gebiet ausgleichen</numerusform>
            <numerusform>%1 in %n Gebiete ausgleichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comp</name>
    <message>
        <source>Reading deals</source>
        <translation>Abschlüsse werden gelesen</translation>
    </message>
    <message>
        <source>Crediting deals</source>
        <translation>Abschlüsse werden gutgeschrieben</translation>
    </message>
    <message>
        <source>Compensation plan</source>
        <translation>Vergütungsplan</translation>
    </message>
    <message>
        <source>Delete plan &apos;%1&apos;</source>
        <translation>Plan „%1“ löschen</translation>
    </message>
    <message>
        <source>hard cap per period</source>
        <translation>harte Obergrenze je Periode</translation>
    </message>
    <message>
        <source>hard cap per year</source>
        <translation>harte Obergrenze je Jahr</translation>
    </message>
    <message>
        <source>no longer credited in the closed periods (was %1)</source>
        <translation>in den abgeschlossenen Perioden nicht mehr gutgeschrieben (war %1)</translation>
    </message>
    <message>
        <source>credit in the closed periods changed from %1 to %2</source>
        <translation>Gutschrift in den abgeschlossenen Perioden von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>earnings in the closed periods recomputed (cancellation or plan change)</source>
        <translation>Verdienst in den abgeschlossenen Perioden neu berechnet (Stornierung oder Planänderung)</translation>
    </message>
    <message>
        <source>newly credited in a closed period (credit %1)</source>
        <translation>in einer abgeschlossenen Periode neu gutgeschrieben (Gutschrift %1)</translation>
    </message>
    <message>
        <source>effect of these changes on tiers, bonuses and caps of the closed periods</source>
        <translation>Auswirkung dieser Änderungen auf Stufen, Boni und Obergrenzen der abgeschlossenen Perioden</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>%1 (#%2, %3): credit %4 (%5%6)</source>
        <translation>%1 (#%2, %3): Gutschrift %4 (%5%6)</translation>
    </message>
    <message>
        <source> [what-if]</source>
        <translation> [Was-wäre-wenn]</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Abschluss #%1</translation>
    </message>
    <message>
        <source>tier %1 slice %2 to %3</source>
        <translation>Stufe %1, Abschnitt %2 bis %3</translation>
    </message>
    <message>
        <source>above the soft cap, slice %1 to %2</source>
        <translation>über der weichen Obergrenze, Abschnitt %1 bis %2</translation>
    </message>
    <message>
        <source>credit to date %1 is below the gate: held back</source>
        <translation>bisherige Gutschrift %1 liegt unter der Schwelle: einbehalten</translation>
    </message>
    <message>
        <source>gate reached at %1: commission held back is released</source>
        <translation>Schwelle bei %1 erreicht: einbehaltene Provision wird freigegeben</translation>
    </message>
    <message>
        <source>retroactive: all credit to date %1 at the tier rate reached</source>
        <translation>rückwirkend: gesamte bisherige Gutschrift %1 zum erreichten Stufensatz</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: attainment %2 (credit %3 of quota %4)</source>
        <translation>%1: Zielerreichung %2 (Gutschrift %3 von Quote %4)</translation>
    </message>
    <message>
        <source>payout %1 of target</source>
        <translation>Auszahlung %1 des Ziels</translation>
    </message>
    <message>
        <source> (%1 units of %2)</source>
        <translation> (%1 Einheiten von %2)</translation>
    </message>
    <message>
        <source>%1 of commission %2</source>
        <translation>%1 der Provision %2</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>target %1 pro-rated to %2 of %3 days</source>
        <translation>Ziel %1 anteilig auf %2 von %3 Tagen</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>seit Jahresbeginn</translation>
    </message>
    <message>
        <source>cancelled %1, %2 days after the anchor date</source>
        <translation>storniert am %1, %2 Tage nach dem Stichtag</translation>
    </message>
    <message>
        <source>cancelled %1: %2 of %3 days of the term unused</source>
        <translation>storniert am %1: %2 von %3 Tagen der Laufzeit ungenutzt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount with at most two decimals (e.g. &quot;1500.00&quot;)</source>
        <translation>„%1“ ist kein Betrag mit höchstens zwei Nachkommastellen (z. B. &quot;1500.00&quot;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (e.g. &quot;0.035&quot; or &quot;3.5%&quot;)</source>
        <translation>„%1“ ist kein Satz (z. B. &quot;0.035&quot; oder &quot;3.5%&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a commission needs a &quot;rate&quot; or at least one tier</source>
        <translation>eine Provision braucht &quot;rate&quot; oder mindestens eine Stufe</translation>
    </message>
    <message>
        <source>the first tier must start at 0</source>
        <translation>die erste Stufe muss bei 0 beginnen</translation>
    </message>
    <message>
        <source>tiers must be in increasing order</source>
        <translation>die Stufen müssen aufsteigend sortiert sein</translation>
    </message>
    <message>
        <source>a bonus needs at least one step</source>
        <translation>ein Bonus braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>steps must be in increasing order</source>
        <translation>die Schritte müssen aufsteigend sortiert sein</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation>ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>there is no compensation plan named &apos;%1&apos;</source>
        <translation>es gibt keinen Vergütungsplan namens „%1“</translation>
    </message>
    <message>
        <source>the start date is not a date YYYY-MM-DD</source>
        <translation>das Startdatum ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>das Enddatum liegt vor dem Startdatum</translation>
    </message>
    <message>
        <source>there is no rep with id %1</source>
        <translation>es gibt keinen Mitarbeiter mit der ID %1</translation>
    </message>
    <message>
        <source>rep %1 already has a plan assignment starting %2, inside the new range</source>
        <translation>Mitarbeiter %1 hat bereits eine Planzuordnung ab %2 innerhalb des neuen Zeitraums</translation>
    </message>
    <message>
        <source>rep %1 (%2) is not employed on the deal&apos;s close date %3</source>
        <translation>Mitarbeiter %1 (%2) ist am Abschlussdatum %3 nicht beschäftigt</translation>
    </message>
    <message>
        <source>there is no opportunity with id %1</source>
        <translation>es gibt keine Verkaufschance mit der ID %1</translation>
    </message>
    <message>
        <source>there is no opportunity with external id or id %1</source>
        <translation>es gibt keine Verkaufschance mit der externen ID oder ID %1</translation>
    </message>
    <message>
        <source>there is no rep with external id or id %1</source>
        <translation>es gibt keinen Mitarbeiter mit der externen ID oder ID %1</translation>
    </message>
    <message>
        <source>Choose a rep for every row.</source>
        <translation>Wählen Sie für jede Zeile einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Every share must be above %1 (rep %2 has %3).</source>
        <translation>Jeder Anteil muss über %1 liegen (Mitarbeiter %2 hat %3).</translation>
    </message>
    <message>
        <source>Rep %1 has two overlay rows; give each rep one.</source>
        <translation>Mitarbeiter %1 hat zwei Overlay-Zeilen; geben Sie jedem Mitarbeiter nur eine.</translation>
    </message>
    <message>
        <source>Rep %1 has two split rows; give each rep one.</source>
        <translation>Mitarbeiter %1 hat zwei Split-Zeilen; geben Sie jedem Mitarbeiter nur eine.</translation>
    </message>
    <message>
        <source>The split rows total %1; splits replace the owner&apos;s credit and must total exactly %2 (overlays may total anything).</source>
        <translation>Die Split-Zeilen ergeben zusammen %1; Splits ersetzen die Gutschrift des Verantwortlichen und müssen zusammen genau %2 ergeben (Overlays dürfen beliebig viel ergeben).</translation>
    </message>
    <message>
        <source>Only a closed-won deal can be cancelled; %1 is not closed-won.</source>
        <translation>Nur ein gewonnener Abschluss kann storniert werden; %1 ist nicht gewonnen.</translation>
    </message>
    <message>
        <source>The cancel date is not a date YYYY-MM-DD.</source>
        <translation>Das Stornodatum ist kein Datum JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The cancel date %1 is before the deal&apos;s close date %2.</source>
        <translation>Das Stornodatum %1 liegt vor dem Abschlussdatum %2.</translation>
    </message>
    <message>
        <source>a what-if deal needs a name</source>
        <translation>ein Was-wäre-wenn-Abschluss braucht einen Namen</translation>
    </message>
    <message>
        <source>a what-if deal needs a close date YYYY-MM-DD</source>
        <translation>ein Was-wäre-wenn-Abschluss braucht ein Abschlussdatum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a payout period YYYY-MM or YYYY-Qn</source>
        <translation>„%1“ ist kein Auszahlungszeitraum JJJJ-MM oder JJJJ-Qn</translation>
    </message>
    <message>
        <source>Loading plans</source>
        <translation>Pläne werden geladen</translation>
    </message>
    <message>
        <source>Computing payouts</source>
        <translation>Auszahlungen werden berechnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>close %1 first: it is still open for rep %2</source>
        <translation>schließen Sie zuerst %1 ab: für Mitarbeiter %2 ist der Zeitraum noch offen</translation>
    </message>
    <message>
        <source>%1 is closed already</source>
        <translation>%1 ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>no payout period of an assigned rep ends in %1</source>
        <translation>in %1 endet kein Auszahlungszeitraum eines zugeordneten Mitarbeiters</translation>
    </message>
    <message>
        <source>each period</source>
        <translation>je Periode</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>ab %1: %2</translation>
    </message>
    <message>
        <source>commission %1 of credit, %2</source>
        <translation>Provision %1 der Gutschrift, %2</translation>
    </message>
    <message>
        <source>%1 tiers by %2, %3: %4</source>
        <translation>%1 Stufen nach %2, %3: %4</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>marginale</translation>
    </message>
    <message>
        <source>retroactive</source>
        <translation>rückwirkende</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>gate %1 attainment</source>
        <translation>Schwelle %1 Zielerreichung</translation>
    </message>
    <message>
        <source>soft cap: %1 above %2</source>
        <translation>weiche Obergrenze: %1 über %2</translation>
    </message>
    <message>
        <source>cap %1 per period</source>
        <translation>Obergrenze %1 je Periode</translation>
    </message>
    <message>
        <source>cap %1 per year</source>
        <translation>Obergrenze %1 je Jahr</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 bonus, target %2 (%3): %4</source>
        <translation>%1 Bonus, Ziel %2 (%3): %4</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>gestufter</translation>
    </message>
    <message>
        <source>pro-rated</source>
        <translation>anteiliger</translation>
    </message>
    <message>
        <source>SPIFF %1 per %2 of credit</source>
        <translation>SPIFF %1 je %2 Gutschrift</translation>
    </message>
    <message>
        <source>SPIFF %1 per deal</source>
        <translation>SPIFF %1 je Abschluss</translation>
    </message>
    <message>
        <source>once per period</source>
        <translation>einmal je Periode</translation>
    </message>
    <message>
        <source>products %1</source>
        <translation>Produkte %1</translation>
    </message>
    <message>
        <source>types %1</source>
        <translation>Arten %1</translation>
    </message>
    <message>
        <source>deals of at least %1</source>
        <translation>Abschlüsse ab %1</translation>
    </message>
    <message>
        <source>deals of at most %1</source>
        <translation>Abschlüsse bis %1</translation>
    </message>
    <message>
        <source>closed %1 to %2</source>
        <translation>abgeschlossen %1 bis %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 draw of %2 per period</source>
        <translation>%1 Vorschuss von %2 je Periode</translation>
    </message>
    <message>
        <source>recoverable</source>
        <translation>rückforderbarer</translation>
    </message>
    <message>
        <source>non-recoverable</source>
        <translation>nicht rückforderbarer</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>clawback of %1 of the deal&apos;s commission if cancelled within %2 days of %3</source>
        <translation>Rückforderung (Clawback) von %1 der Provision des Abschlusses bei Stornierung innerhalb von %2 Tagen nach %3</translation>
    </message>
    <message>
        <source>pro-rated on the unused part of a %1-month term</source>
        <translation>anteilig für den ungenutzten Teil einer Laufzeit von %1 Monaten</translation>
    </message>
    <message>
        <source>Save what-if deals of rep %1</source>
        <translation>Was-wäre-wenn-Abschlüsse von Mitarbeiter %1 speichern</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The header needs the columns unit_id and territory.</source>
        <translation>Die Kopfzeile braucht die Spalten unit_id und territory.</translation>
    </message>
    <message>
        <source>No unit &apos;%1&apos; in this level.</source>
        <translation>Keine Einheit „%1“ in dieser Ebene.</translation>
    </message>
    <message>
        <source>The unit &apos;%1&apos; appears twice.</source>
        <translation>Die Einheit „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>No territory &apos;%1&apos; in the plan.</source>
        <translation>Kein Gebiet „%1“ im Plan.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bundled geography level (there are: %2).</source>
        <translation>„%1“ ist keine mitgelieferte Geografieebene (vorhanden: %2).</translation>
    </message>
    <message>
        <source>The bundled geography %1 is missing.</source>
        <translation>Die mitgelieferte Geografie %1 fehlt.</translation>
    </message>
    <message>
        <source>Damaged unit geometry (WKB): %1</source>
        <translation>Beschädigte Einheitengeometrie (WKB): %1</translation>
    </message>
    <message>
        <source>Cannot set up the equal-area projection (PROJ database missing?).</source>
        <translation>Die flächentreue Projektion kann nicht eingerichtet werden (PROJ-Datenbank fehlt?).</translation>
    </message>
    <message>
        <source>The plan has no geography level &apos;%1&apos;.</source>
        <translation>Der Plan hat keine Geografieebene „%1“.</translation>
    </message>
    <message>
        <source>The level needs a name.</source>
        <translation>Die Ebene braucht einen Namen.</translation>
    </message>
    <message>
        <source>The plan already has a geography level &apos;%1&apos;.</source>
        <translation>Der Plan hat bereits eine Geografieebene „%1“.</translation>
    </message>
    <message>
        <source>Projecting</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Adjacency</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Storing units</source>
        <translation>Einheiten werden gespeichert</translation>
    </message>
    <message>
        <source>Placing accounts</source>
        <translation>Kunden werden platziert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Not a boundary file GDAL can read (%1).</source>
        <translation>Keine Grenzdatei, die GDAL lesen kann (%1).</translation>
    </message>
    <message>
        <source>The file has no layers.</source>
        <translation>Die Datei hat keine Layer.</translation>
    </message>
    <message>
        <source>No layer &apos;%1&apos;.</source>
        <translation>Kein Layer „%1“.</translation>
    </message>
    <message>
        <source>The file has no field &apos;%1&apos;.</source>
        <translation>Die Datei hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The id is missing or empty.</source>
        <translation>Die ID fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; appears twice.</source>
        <translation>Die ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The weight is missing or not a number.</source>
        <translation>Das Gewicht fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>The geometry cannot be converted to WGS84.</source>
        <translation>Die Geometrie kann nicht in WGS84 umgerechnet werden.</translation>
    </message>
    <message>
        <source>The geometry is a %1, not a polygon.</source>
        <translation>Die Geometrie ist ein %1, kein Polygon.</translation>
    </message>
    <message>
        <source>The file has no features.</source>
        <translation>Die Datei hat keine Features.</translation>
    </message>
    <message>
        <source>An arc index is not a number.</source>
        <translation>Ein Bogenindex ist keine Zahl.</translation>
    </message>
    <message>
        <source>Arc %1 does not exist.</source>
        <translation>Bogen %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Arc %1 has a position without two numbers.</source>
        <translation>Bogen %1 hat eine Position ohne zwei Zahlen.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>Kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Not a TopoJSON topology.</source>
        <translation>Keine TopoJSON-Topologie.</translation>
    </message>
    <message>
        <source>The topology has no objects.</source>
        <translation>Die Topologie hat keine Objekte.</translation>
    </message>
    <message>
        <source>No object &apos;%1&apos; in the topology (it has: %2).</source>
        <translation>Kein Objekt „%1“ in der Topologie (vorhanden: %2).</translation>
    </message>
    <message>
        <source>Geometry type %1 is not a polygon.</source>
        <translation>Geometrietyp %1 ist kein Polygon.</translation>
    </message>
    <message>
        <source>The level has no unit &apos;%1&apos;.</source>
        <translation>Die Ebene hat keine Einheit „%1“.</translation>
    </message>
    <message>
        <source>A unit cannot be linked to itself (%1).</source>
        <translation>Eine Einheit kann nicht mit sich selbst verbunden werden (%1).</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked across water.</source>
        <translation>%1 und %2 sind bereits über Wasser verbunden.</translation>
    </message>
    <message>
        <source>%1 and %2 already share a border.</source>
        <translation>%1 und %2 haben bereits eine gemeinsame Grenze.</translation>
    </message>
    <message>
        <source>There is no water link between %1 and %2.</source>
        <translation>Es gibt keine Wasserverbindung zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
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
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Anlagedatum</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Einheitenkürzel</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Period (YYYY-MM)</source>
        <translation>Zeitraum (JJJJ-MM)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Territory assignments</source>
        <translation>Gebietszuordnungen</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quoten</translation>
    </message>
    <message>
        <source>Cannot read the mapping file: %1</source>
        <translation>Die Zuordnungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not a JSON object (%1 at offset %2).</source>
        <translation>Kein JSON-Objekt (%1 bei Position %2).</translation>
    </message>
    <message>
        <source>Unknown key; expected one of %1.</source>
        <translation>Unbekannter Schlüssel; erwartet wird einer von %1.</translation>
    </message>
    <message>
        <source>A column maps to a field id or null.</source>
        <translation>Eine Spalte wird einer Feld-ID oder null zugeordnet.</translation>
    </message>
    <message>
        <source>&quot;dates&quot; is &quot;day-first&quot; or &quot;month-first&quot;.</source>
        <translation>&quot;dates&quot; ist &quot;day-first&quot; oder &quot;month-first&quot;.</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; is &quot;point&quot; or &quot;comma&quot;.</source>
        <translation>&quot;decimal&quot; ist &quot;point&quot; oder &quot;comma&quot;.</translation>
    </message>
    <message>
        <source>The file has no column with this header.</source>
        <translation>Die Datei hat keine Spalte mit dieser Überschrift.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2; fields: %3</source>
        <translation>„%1“ ist kein Feld von %2; Felder: %3</translation>
    </message>
    <message>
        <source>Required column &apos;%1&apos; is missing.</source>
        <translation>Die Pflichtspalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Two columns are mapped to &apos;%1&apos;.</source>
        <translation>Zwei Spalten sind „%1“ zugeordnet.</translation>
    </message>
    <message>
        <source>Reps need an external ID or an email column to be matched on re-import.</source>
        <translation>Mitarbeiter brauchen eine Spalte mit externer ID oder E-Mail, um beim erneuten Import zugeordnet zu werden.</translation>
    </message>
    <message>
        <source>Map either a unit column (unit → territory) or a rep column (rep → territory), not both.</source>
        <translation>Ordnen Sie entweder eine Einheitenspalte (Einheit → Gebiet) oder eine Mitarbeiterspalte (Mitarbeiter → Gebiet) zu, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as CSV UTF-8 and import that.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als CSV UTF-8 und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes: it is UTF-16 text or not a text file at all. Save it as CSV UTF-8.</source>
        <translation>Die Datei enthält NUL-Bytes: Sie ist UTF-16-Text oder überhaupt keine Textdatei. Speichern Sie sie als CSV UTF-8.</translation>
    </message>
    <message>
        <source>Not UTF-8 text (a Latin-1 or Windows-1252 file?). Save it as CSV UTF-8.</source>
        <translation>Kein UTF-8-Text (eine Latin-1- oder Windows-1252-Datei?). Speichern Sie sie als CSV UTF-8.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field opened in this row is never closed (unbalanced quote).</source>
        <translation>Ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen (unausgeglichenes Anführungszeichen).</translation>
    </message>
    <message>
        <source>A quoted field opened in this row is still open after 1 MiB (unbalanced quote?).</source>
        <translation>Ein in dieser Zeile geöffnetes Feld in Anführungszeichen ist nach 1 MiB noch offen (unausgeglichenes Anführungszeichen?).</translation>
    </message>
    <message>
        <source>This row is longer than 1 MiB; the file is not a table of records.</source>
        <translation>Diese Zeile ist länger als 1 MiB; die Datei ist keine Tabelle von Datensätzen.</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>Verkaufschancen-ID</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Code or rep ID</source>
        <translation>Kürzel oder Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Total of rep quotas</source>
        <translation>Summe der Mitarbeiterquoten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Closed-won bookings</source>
        <translation>Auftragseingang (gewonnen)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Territory code</source>
        <translation>Gebietskürzel</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Geschäftsjahr beginnt im Monat</translation>
    </message>
    <message>
        <source>Plan format</source>
        <translation>Planformat</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>Bereits gezahlt</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Auszuzahlen</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>This plan has no payout runs yet: run compensation payouts to export them.</source>
        <translation>Dieser Plan hat noch keine Auszahlungsläufe: Berechnen Sie die Vergütungsauszahlungen, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Payouts: no payout tables in this plan yet.</source>
        <translation>Auszahlungen: noch keine Auszahlungstabellen in diesem Plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Unit assignments</source>
        <translation>Einheitenzuordnungen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Plan assumptions</source>
        <translation>Planannahmen</translation>
    </message>
    <message>
        <source>Unknown part &apos;%1&apos;; parts: %2</source>
        <translation>Unbekannter Teil „%1“; Teile: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Die Arbeitsmappe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>Pflichtwert ist leer</translation>
    </message>
    <message>
        <source>not an amount: %1</source>
        <translation>kein Betrag: %1</translation>
    </message>
    <message>
        <source>not a percentage: %1</source>
        <translation>kein Prozentwert: %1</translation>
    </message>
    <message>
        <source>%1 is outside 0-100 %</source>
        <translation>%1 liegt außerhalb von 0-100 %</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>keine ganze Zahl: %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 reps are called &apos;%2&apos;; use the external id or email</source>
        <translation>%1 Mitarbeiter heißen „%2“; verwenden Sie die externe ID oder E-Mail</translation>
    </message>
    <message>
        <source>no rep with external id, email or name &apos;%1&apos;</source>
        <translation>kein Mitarbeiter mit externer ID, E-Mail oder Name „%1“</translation>
    </message>
    <message>
        <source>%1 accounts are called &apos;%2&apos;; use the account id</source>
        <translation>%1 Kunden heißen „%2“; verwenden Sie die Kunden-ID</translation>
    </message>
    <message>
        <source>no account with id or name &apos;%1&apos;</source>
        <translation>kein Kunde mit ID oder Name „%1“</translation>
    </message>
    <message>
        <source>duplicate of row %1 (&apos;%2&apos;)</source>
        <translation>Duplikat von Zeile %1 („%2“)</translation>
    </message>
    <message>
        <source> Columns found: %1.</source>
        <translation> Gefundene Spalten: %1.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an external id or email is needed to match the rep</source>
        <translation>eine externe ID oder E-Mail wird benötigt, um den Mitarbeiter zuzuordnen</translation>
    </message>
    <message>
        <source>no territory with code or name &apos;%1&apos;</source>
        <translation>kein Gebiet mit Kürzel oder Name „%1“</translation>
    </message>
    <message>
        <source>Unit codes need the geography level they belong to (--level NAME).</source>
        <translation>Einheitenkürzel brauchen die Geografieebene, zu der sie gehören (--level NAME).</translation>
    </message>
    <message>
        <source>The plan has no geography level &apos;%1&apos;.</source>
        <translation>Der Plan hat keine Geografieebene „%1“.</translation>
    </message>
    <message>
        <source>This plan has no geography levels yet.</source>
        <translation>Dieser Plan hat noch keine Geografieebenen.</translation>
    </message>
    <message>
        <source>Levels: %1.</source>
        <translation>Ebenen: %1.</translation>
    </message>
    <message>
        <source>no unit with code &apos;%1&apos; in level &apos;%2&apos;</source>
        <translation>keine Einheit mit Kürzel „%1“ in der Ebene „%2“</translation>
    </message>
    <message>
        <source>Assigned units of level &apos;%1&apos; to territories (unit_assignments).</source>
        <translation>Einheiten der Ebene „%1“ den Gebieten zugeordnet (unit_assignments).</translation>
    </message>
    <message>
        <source>Assigned reps to territories (the rep&apos;s territory), because the file has a rep column.</source>
        <translation>Mitarbeiter den Gebieten zugeordnet (Gebiet des Mitarbeiters), da die Datei eine Mitarbeiterspalte hat.</translation>
    </message>
    <message>
        <source>a quota must not be negative</source>
        <translation>eine Quote darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation>„%1“ ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>the plan&apos;s stage &apos;%1&apos; has the forecast category &apos;%2&apos;, which is not one of Pipeline, Best Case, Commit, Closed, Omitted</source>
        <translation>die Phase „%1“ des Plans hat die Prognosekategorie „%2“, die keine von Pipeline, Best Case, Commit, Closed, Omitted ist</translation>
    </message>
    <message>
        <source>the plan&apos;s stage &apos;%1&apos; has the probability %2 %, outside 0-100</source>
        <translation>die Phase „%1“ des Plans hat die Wahrscheinlichkeit %2 %, außerhalb von 0-100</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>„%1“ ist kein dreistelliger Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a forecast category (Pipeline, Best Case, Commit, Closed, Omitted)</source>
        <translation>„%1“ ist keine Prognosekategorie (Pipeline, Best Case, Commit, Closed, Omitted)</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>more than two decimals in an amount</source>
        <translation>mehr als zwei Nachkommastellen in einem Betrag</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>zu viele Nachkommastellen</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation>falsch gesetztes Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>dieses Datum gibt es nicht</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>two-digit year in &apos;%1&apos;; use four digits</source>
        <translation>zweistellige Jahreszahl in „%1“; verwenden Sie vier Ziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month-first date (there is no month %2)</source>
        <translation>„%1“ ist kein Datum mit Monat zuerst (es gibt keinen Monat %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day-first date (there is no month %2)</source>
        <translation>„%1“ ist kein Datum mit Tag zuerst (es gibt keinen Monat %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: choose day-first or month-first dates</source>
        <translation>„%1“ ist mehrdeutig: Wählen Sie Datumsangaben mit Tag zuerst oder Monat zuerst</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>Passed over %1 rows whose level is not Rep (regions, districts, totals): org units&apos; quotas come from the quota planner.</source>
        <translation>%1 Zeilen übergangen, deren Ebene nicht Rep ist (Regionen, Bezirke, Summen): die Quoten der Organisationseinheiten kommen aus der Quotenplanung.</translation>
    </message>
    <message>
        <source>The first sheet has numbers but no text, not even column names: the workbook stores its text in a form this reader does not see. Open it in Excel or LibreOffice and save it, or import a CSV instead.</source>
        <translation>Das erste Blatt enthält Zahlen, aber keinen Text, nicht einmal Spaltennamen: Die Arbeitsmappe speichert ihren Text in einer Form, die dieser Leser nicht sieht. Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie, oder importieren Sie stattdessen eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>Verantwortlich (ID)</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n totals row(s) (an exported Deals sheet&apos;s last row).</source>
        <translation>
            <numerusform>%n Summenzeile übersprungen (die letzte Zeile eines exportierten Deals-Blatts).</numerusform>
            <numerusform>%n Summenzeilen übersprungen (die letzte Zeile eines exportierten Deals-Blatts).</numerusform>
        </translation>
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
    <name>tessera::BalanceDialog</name>
    <message>
        <source>Balance territories</source>
        <translation>Gebiete ausgleichen</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n territories; more are created when needed.</source>
        <translation>
            <numerusform>Der Plan hat %n Gebiet; bei Bedarf werden weitere angelegt.</numerusform>
            <numerusform>Der Plan hat %n Gebiete; bei Bedarf werden weitere angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>optional, e.g. potential=0.6,accounts=0.4</source>
        <translation>optional, z. B. potential=0.6,accounts=0.4</translation>
    </message>
    <message>
        <source>A blend balances on each measure&apos;s share of its total, weighted as given.</source>
        <translation>Eine Mischung gleicht nach dem Anteil jeder Kennzahl an ihrer Summe aus, gewichtet wie angegeben.</translation>
    </message>
    <message>
        <source>Fresh design</source>
        <translation>Neuentwurf</translation>
    </message>
    <message>
        <source>Minimal disruption</source>
        <translation>Geringste Änderung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Geography level:</source>
        <translation>Geografieebene:</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>Gebiete:</translation>
    </message>
    <message>
        <source>Balance on:</source>
        <translation>Ausgleichen nach:</translation>
    </message>
    <message>
        <source>Blend:</source>
        <translation>Mischung:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Balance target:</source>
        <translation>Ausgleichsziel:</translation>
    </message>
    <message>
        <source>Most units per territory:</source>
        <translation>Höchstens Einheiten je Gebiet:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Every territory stays in one piece; units locked on the map stay where they are. The result is one change you can undo.</source>
        <translation>Jedes Gebiet bleibt zusammenhängend; auf der Karte gesperrte Einheiten bleiben, wo sie sind. Das Ergebnis ist eine Änderung, die sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgleich</translation>
    </message>
    <message>
        <source>Balancing territories</source>
        <translation>Gebiete werden ausgeglichen</translation>
    </message>
    <message>
        <source>%1 territories, largest deviation %2, mean Polsby-Popper %3, %4.</source>
        <translation>%1 Gebiete, größte Abweichung %2, mittlerer Polsby-Popper %3, %4.</translation>
    </message>
    <message>
        <source>every territory in one piece</source>
        <translation>jedes Gebiet zusammenhängend</translation>
    </message>
    <message>
        <source>some territories in several pieces</source>
        <translation>einige Gebiete in mehreren Teilen</translation>
    </message>
    <message>
        <source>Balance each unconnected piece on its own</source>
        <translation>Jeden nicht zusammenhängenden Teil einzeln ausgleichen</translation>
    </message>
    <message>
        <source>For a level whose units are not all connected (islands, overseas areas): each piece gets territories in proportion to its weight</source>
        <translation>Für eine Ebene, deren Einheiten nicht alle zusammenhängen (Inseln, Überseegebiete): Jeder Teil erhält Gebiete im Verhältnis zu seinem Gewicht</translation>
    </message>
</context>
<context>
    <name>tessera::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation>Dieses Diagramm als PNG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
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
    <name>tessera::DashboardView</name>
    <message>
        <source>Sales hierarchy</source>
        <translation>Vertriebshierarchie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Attainment against quota</source>
        <translation>Zielerreichung gegenüber Quote</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>Pipeline-Deckung</translation>
    </message>
    <message>
        <source>Forecast categories (cumulative)</source>
        <translation>Prognosekategorien (kumuliert)</translation>
    </message>
    <message>
        <source>Win rate and average deal size</source>
        <translation>Gewinnquote und durchschnittliche Abschlussgröße</translation>
    </message>
    <message>
        <source>Manager commit…</source>
        <translation>Manager-Commit…</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Attainment against quota by %1 (click a bar to drill in)</source>
        <translation>Zielerreichung gegenüber Quote nach %1 (Balken anklicken zum Vertiefen)</translation>
    </message>
    <message>
        <source>Earnings to date %1 (payout runs through %2), projected %3 for the period.</source>
        <translation>Bisheriger Verdienst %1 (Auszahlungsläufe bis %2), hochgerechnet %3 für den Zeitraum.</translation>
    </message>
    <message>
        <source>Figures as of %1. Computed in %2 ms, drawn in %3 ms.</source>
        <translation>Zahlen zum %1. Berechnet in %2 ms, gezeichnet in %3 ms.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (sum of reps&apos; quotas: this node has none of its own)</source>
        <translation> (Summe der Quoten der Mitarbeiter: Dieser Knoten hat keine eigene)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;Closed&lt;/b&gt; %3 · &lt;b&gt;Commit&lt;/b&gt; %4 · &lt;b&gt;Best case&lt;/b&gt; %5 · &lt;b&gt;Pipeline&lt;/b&gt; %6 · &lt;b&gt;Weighted&lt;/b&gt; %7&lt;br&gt;&lt;b&gt;Quota&lt;/b&gt; %8 · &lt;b&gt;Attainment&lt;/b&gt; %9 · &lt;b&gt;Coverage&lt;/b&gt; %10 raw, %11 weighted · &lt;b&gt;Run rate&lt;/b&gt; %12 · &lt;b&gt;Manager commit&lt;/b&gt; %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;Abgeschlossen&lt;/b&gt; %3 · &lt;b&gt;Commit&lt;/b&gt; %4 · &lt;b&gt;Best Case&lt;/b&gt; %5 · &lt;b&gt;Pipeline&lt;/b&gt; %6 · &lt;b&gt;Gewichtet&lt;/b&gt; %7&lt;br&gt;&lt;b&gt;Quote&lt;/b&gt; %8 · &lt;b&gt;Zielerreichung&lt;/b&gt; %9 · &lt;b&gt;Deckung&lt;/b&gt; %10 ungewichtet, %11 gewichtet · &lt;b&gt;Run-Rate&lt;/b&gt; %12 · &lt;b&gt;Manager-Commit&lt;/b&gt; %13</translation>
    </message>
    <message>
        <source>Manager commit for %1, %2</source>
        <translation>Manager-Commit für %1, %2</translation>
    </message>
    <message>
        <source>System commit (closed + open commit): %1</source>
        <translation>System-Commit (abgeschlossen + offenes Commit): %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount like 1250000.00.</source>
        <translation>„%1“ ist kein Betrag wie 1250000.00.</translation>
    </message>
    <message>
        <source>Manager commit</source>
        <translation>Manager-Commit</translation>
    </message>
    <message>
        <source>Export dashboard report</source>
        <translation>Dashboard-Bericht exportieren</translation>
    </message>
    <message>
        <source>Dashboard %1 %2.pdf</source>
        <translation>Dashboard %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
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
    <name>tessera::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per part</source>
        <translation>Excel-Arbeitsmappe (.xlsx), ein Blatt je Teil</translation>
    </message>
    <message>
        <source>CSV files, one per part, in a folder</source>
        <translation>CSV-Dateien, eine je Teil, in einem Ordner</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark (for Excel)</source>
        <translation>CSV-Dateien mit Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
</context>
<context>
    <name>tessera::ImportWizard</name>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV (comma, semicolon or tab), XLSX or ODS table with a header row, e.g. a CRM report.</source>
        <translation>Eine CSV- (Komma, Semikolon oder Tab), XLSX- oder ODS-Tabelle mit Kopfzeile, z. B. ein CRM-Bericht.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <source>Only unambiguous dates (ask when 03/04/2027 could be either)</source>
        <translation>Nur eindeutige Datumsangaben (nachfragen, wenn 03/04/2027 beides sein kann)</translation>
    </message>
    <message>
        <source>Day first (03/04/2027 = 3 April)</source>
        <translation>Tag zuerst (03/04/2027 = 3. April)</translation>
    </message>
    <message>
        <source>Month first (03/04/2027 = March 4)</source>
        <translation>Monat zuerst (03/04/2027 = 4. März)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>geography level of unit codes, e.g. zip</source>
        <translation>Geografieebene der Einheitenkürzel, z. B. zip</translation>
    </message>
    <message>
        <source>Unit level (assignments):</source>
        <translation>Einheitenebene (Zuordnungen):</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Recognised columns are preselected. Choose a field for the others or leave them ignored.</source>
        <translation>Erkannte Spalten sind vorausgewählt. Wählen Sie für die übrigen ein Feld oder lassen Sie sie ignoriert.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Fix the file and check again, or skip the bad rows.</source>
        <translation>Es wurde noch nichts geschrieben. Korrigieren Sie die Datei und prüfen Sie erneut, oder überspringen Sie die fehlerhaften Zeilen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Skip the bad rows and import the rest</source>
        <translation>Fehlerhafte Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>All required fields are matched.</source>
        <translation>Alle Pflichtfelder sind zugeordnet.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Die Datei konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 would be added and %3 would update existing records.</source>
        <translation>%1 Zeilen geprüft: %2 würden hinzugefügt und %3 würden vorhandene Datensätze aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows, listed below.</source>
        <translation>
            <numerusform>%n Problem in %1 Zeilen, siehe unten.</numerusform>
            <numerusform>%n Probleme in %1 Zeilen, siehe unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has problems; nothing was imported.</source>
        <translation>Die Datei hat sich seit der Prüfung geändert und enthält nun Probleme; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 added, %3 updated, %4 skipped.</source>
        <translation>%1 Zeilen importiert: %2 hinzugefügt, %3 aktualisiert, %4 übersprungen.</translation>
    </message>
</context>
<context>
    <name>tessera::LeaderboardModel</name>
    <message>
        <source>Earned to date %1; projected %2 for the period at this rate</source>
        <translation>Bisher verdient %1; hochgerechnet %2 für den Zeitraum bei dieser Rate</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Auftragseingang</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Verdienst</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
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
    <message>
        <source>Territory map</source>
        <translation>Gebietskarte</translation>
    </message>
    <message>
        <source>Quota planning</source>
        <translation>Quotenplanung</translation>
    </message>
    <message>
        <source>Compensation plans</source>
        <translation>Vergütungspläne</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
</context>
<context>
    <name>tessera::comp::DealCreditDialog</name>
    <message>
        <source>Deal credit — %1</source>
        <translation>Abschlussgutschrift — %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>closed lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>%1, %2 %3, owner %4</source>
        <translation>%1, %2 %3, verantwortlich: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Credit splits</source>
        <translation>Gutschrift-Splits</translation>
    </message>
    <message>
        <source>Split rows replace the owner&apos;s credit and must total exactly 100%. Overlay rows add credit on top and may total anything. Without rows the owner gets the full credit.</source>
        <translation>Split-Zeilen ersetzen die Gutschrift des Verantwortlichen und müssen zusammen genau 100% ergeben. Overlay-Zeilen kommen als zusätzliche Gutschrift hinzu und dürfen beliebig viel ergeben. Ohne Zeilen erhält der Verantwortliche die volle Gutschrift.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Add split</source>
        <translation>Split hinzufügen</translation>
    </message>
    <message>
        <source>Add overlay</source>
        <translation>Overlay hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Cancelled (claws back commission under the rep&apos;s plan)</source>
        <translation>Storniert (fordert Provision nach dem Plan des Mitarbeiters zurück)</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>Rechnungsdatum:</translation>
    </message>
    <message>
        <source>Payment date:</source>
        <translation>Zahlungsdatum:</translation>
    </message>
    <message>
        <source>For example: customer went out of business</source>
        <translation>Zum Beispiel: Kunde hat den Geschäftsbetrieb eingestellt</translation>
    </message>
    <message>
        <source>Cancel date:</source>
        <translation>Stornodatum:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>This deal closed in %1, a closed payout period: the next payout run pays the difference as an adjustment naming the deal.</source>
        <translation>Dieser Abschluss liegt in %1, einem bereits abgeschlossenen Auszahlungszeitraum: Die nächste Auszahlungsberechnung zahlt die Differenz als Korrektur unter Nennung des Abschlusses aus.</translation>
    </message>
    <message>
        <source>Only a closed-won deal can be cancelled.</source>
        <translation>Nur ein gewonnener Abschluss kann storniert werden.</translation>
    </message>
    <message>
        <source>Choose a rep…</source>
        <translation>Mitarbeiter wählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Splits %1 · overlays %2 · credited %3</source>
        <translation>Splits %1 · Overlays %2 · gutgeschrieben %3</translation>
    </message>
    <message>
        <source>Edit credit of deal %1</source>
        <translation>Gutschrift von Abschluss %1 bearbeiten</translation>
    </message>
    <message>
        <source>Deal credit</source>
        <translation>Abschlussgutschrift</translation>
    </message>
</context>
<context>
    <name>tessera::comp::PayoutModel</name>
    <message>
        <source>%1 %2: earned %3, earned to date %4, paid before %5, payable %6, attainment %7%8</source>
        <translation>%1 %2: verdient %3, bisher verdient %4, bereits gezahlt %5, auszuzahlen %6, Zielerreichung %7%8</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (abgeschlossen)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>tessera::comp::PayoutView</name>
    <message>
        <source>Payable</source>
        <translation>Auszuzahlen</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>Bereits gezahlt</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Run payouts</source>
        <translation>Auszahlungen berechnen</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>Periode abschließen…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Abrechnung als PDF…</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>Was-wäre-wenn…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Choose a period and run the payouts.</source>
        <translation>Wählen Sie einen Zeitraum und berechnen Sie die Auszahlungen.</translation>
    </message>
    <message>
        <source>Payout run</source>
        <translation>Auszahlungslauf</translation>
    </message>
    <message>
        <source>Computing payouts for %1</source>
        <translation>Auszahlungen für %1 werden berechnet</translation>
    </message>
    <message>
        <source>%1: %2 reps, %3 rep periods, payable %4. Select a cell to see the rep&apos;s statement.</source>
        <translation>%1: %2 Mitarbeiter, %3 Mitarbeiterperioden, auszuzahlen %4. Wählen Sie eine Zelle, um die Abrechnung des Mitarbeiters zu sehen.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Team von %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Plan %1. Credit %2 of quota %3 (%4); year to date %5 of %6 (%7).</source>
        <translation>Plan %1. Gutschrift %2 von Quote %3 (%4); seit Jahresbeginn %5 von %6 (%7).</translation>
    </message>
    <message>
        <source>Earned %1, earned to date %2, paid before %3, draw advanced %4, recovered %5, balance %6: &lt;b&gt;payable %7&lt;/b&gt;%8.</source>
        <translation>Verdient %1, bisher verdient %2, bereits gezahlt %3, Vorschuss gewährt %4, verrechnet %5, Saldo %6: &lt;b&gt;auszuzahlen %7&lt;/b&gt;%8.</translation>
    </message>
    <message>
        <source> (closed, frozen)</source>
        <translation> (abgeschlossen, eingefroren)</translation>
    </message>
    <message>
        <source>No earnings lines in this period.</source>
        <translation>Keine Verdienstzeilen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Periode abschließen</translation>
    </message>
    <message>
        <source>Close %1? Its payouts are frozen; later changes to its deals become adjustments in the next open period. This cannot be undone.</source>
        <translation>%1 abschließen? Die Auszahlungen werden eingefroren; spätere Änderungen an den Abschlüssen werden zu Korrekturen in der nächsten offenen Periode. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Run the payouts and select a rep first.</source>
        <translation>Berechnen Sie zuerst die Auszahlungen und wählen Sie einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Abrechnung speichern</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>Abrechnung-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>The plan changed since this run: run the payouts again to see the effect.</source>
        <translation>Der Plan hat sich seit diesem Lauf geändert: Berechnen Sie die Auszahlungen erneut, um die Auswirkung zu sehen.</translation>
    </message>
    <message>
        <source>Deal credit…</source>
        <translation>Abschlussgutschrift…</translation>
    </message>
    <message>
        <source>Edit a deal&apos;s credit splits and cancellation (or click a deal line&apos;s link)</source>
        <translation>Gutschrift-Splits und Stornierung eines Abschlusses bearbeiten (oder auf den Link einer Abschlusszeile klicken)</translation>
    </message>
    <message>
        <source>credit…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>Deal credit</source>
        <translation>Abschlussgutschrift</translation>
    </message>
    <message>
        <source>Deal external id, id or part of its name:</source>
        <translation>Externe ID, ID oder Teil des Namens des Abschlusses:</translation>
    </message>
    <message>
        <source>No deal matches &apos;%1&apos;.</source>
        <translation>Kein Abschluss passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4%5</source>
        <translation>%1 — %2, %3, %4%5</translation>
    </message>
    <message>
        <source>, won</source>
        <translation>, gewonnen</translation>
    </message>
    <message>
        <source>%1 deals match; choose one:</source>
        <translation>%1 Abschlüsse passen; wählen Sie einen aus:</translation>
    </message>
</context>
<context>
    <name>tessera::comp::PlanEditor</name>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <source>Compensation plans</source>
        <translation>Vergütungspläne</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan year (fiscal)</source>
        <translation>Planjahr (Geschäftsjahr)</translation>
    </message>
    <message>
        <source>Payout period</source>
        <translation>Auszahlungszeitraum</translation>
    </message>
    <message>
        <source>On-target earnings</source>
        <translation>Zielgehalt (OTE)</translation>
    </message>
    <message>
        <source>Pay mix (variable share)</source>
        <translation>Vergütungsmix (variabler Anteil)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Komponente entfernen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Tiers (commission)</source>
        <translation>Stufen (Provision)</translation>
    </message>
    <message>
        <source>All settings of the component (JSON)</source>
        <translation>Alle Einstellungen der Komponente (JSON)</translation>
    </message>
    <message>
        <source>Component: %1 (%2)</source>
        <translation>Komponente: %1 (%2)</translation>
    </message>
    <message>
        <source>From credit</source>
        <translation>Ab Gutschrift</translation>
    </message>
    <message>
        <source>Compensation plan</source>
        <translation>Vergütungsplan</translation>
    </message>
    <message>
        <source>The name must not be empty, on-target earnings must be an amount (e.g. 180000.00) and the pay mix a rate (e.g. 0.5 or 50%).</source>
        <translation>Der Name darf nicht leer sein, das Zielgehalt muss ein Betrag sein (z. B. 180000.00) und der Vergütungsmix ein Satz (z. B. 0.5 oder 50%).</translation>
    </message>
    <message>
        <source>Edit plan &apos;%1&apos;</source>
        <translation>Plan „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid here.</source>
        <translation>„%1“ ist hier nicht gültig.</translation>
    </message>
    <message>
        <source>Edit tier %1 of &apos;%2&apos;</source>
        <translation>Stufe %1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Add tier to &apos;%1&apos;</source>
        <translation>Stufe zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier from &apos;%1&apos;</source>
        <translation>Stufe aus „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add %1 to &apos;%2&apos;</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from &apos;%2&apos;</source>
        <translation>%1 aus „%2“ entfernen</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>Kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Edit %1 of &apos;%2&apos;</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>New plan FY%1</source>
        <translation>Neuer Plan GJ%1</translation>
    </message>
    <message>
        <source>New plan FY%1 (%2)</source>
        <translation>Neuer Plan GJ%1 (%2)</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>New plan &apos;%1&apos;</source>
        <translation>Neuer Plan „%1“</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <translation>Plan-JSON (*.json)</translation>
    </message>
    <message>
        <source>Import plan &apos;%1&apos;</source>
        <translation>Plan „%1“ importieren</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>From attainment (%)</source>
        <translation>Ab Zielerreichung (%)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Satz (%)</translation>
    </message>
</context>
<context>
    <name>tessera::comp::WhatIfDialog</name>
    <message>
        <source>What-if for rep %1</source>
        <translation>Was-wäre-wenn für Mitarbeiter %1</translation>
    </message>
    <message>
        <source>Deal name (… - Product)</source>
        <translation>Abschlussname (… - Produkt)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>Jetzt auszuzahlen</translation>
    </message>
    <message>
        <source>Payable with these deals</source>
        <translation>Auszuzahlen mit diesen Abschlüssen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Abschluss hinzufügen</translation>
    </message>
    <message>
        <source>Remove deal</source>
        <translation>Abschluss entfernen</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Hypothetical deals</source>
        <translation>Hypothetische Abschlüsse</translation>
    </message>
    <message>
        <source>What-if deal - Core</source>
        <translation>Was-wäre-wenn-Abschluss - Core</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Computing what-if</source>
        <translation>Was-wäre-wenn wird berechnet</translation>
    </message>
    <message>
        <source>This rep has no plan assignment in FY%1.</source>
        <translation>Dieser Mitarbeiter hat im GJ%1 keine Planzuordnung.</translation>
    </message>
    <message>
        <source>Hypothetical deals never become real deals. Save keeps them in the plan for the next what-if.</source>
        <translation>Hypothetische Abschlüsse werden nie zu echten Abschlüssen. Mit Speichern bleiben sie im Plan für die nächste Was-wäre-wenn-Analyse.</translation>
    </message>
    <message>
        <source>Save deals</source>
        <translation>Abschlüsse speichern</translation>
    </message>
    <message>
        <source>Keep these hypothetical deals in the plan for this rep (Edit ▸ Undo takes it back)</source>
        <translation>Diese hypothetischen Abschlüsse im Plan für diesen Mitarbeiter behalten (mit Bearbeiten ▸ Rückgängig widerrufbar)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n hypothetical deal(s) for this rep.</source>
        <translation>
            <numerusform>%n hypothetischer Abschluss für diesen Mitarbeiter gespeichert.</numerusform>
            <numerusform>%n hypothetische Abschlüsse für diesen Mitarbeiter gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the hypothetical deals for next time?</source>
        <translation>Die hypothetischen Abschlüsse für das nächste Mal speichern?</translation>
    </message>
    <message>
        <source>With these deals the rep would be paid %1 more through %2.</source>
        <translation>Mit diesen Abschlüssen würde der Mitarbeiter %1 mehr erhalten (bis einschließlich %2).</translation>
    </message>
</context>
<context>
    <name>tessera::map::BalancePanel</name>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Polsby-Popper</source>
        <translation>Polsby-Popper</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>The plan has no territories yet.</source>
        <translation>Der Plan hat noch keine Gebiete.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Summe (%n Gebiet)</numerusform>
            <numerusform>Summe (%n Gebiete)</numerusform>
        </translation>
    </message>
    <message>
        <source>max %1%</source>
        <translation>max. %1%</translation>
    </message>
    <message>
        <source>Mean %1 per territory; mean deviation %2%; %3 cut edges; %4 unassigned units.</source>
        <translation>Mittelwert %1 je Gebiet; mittlere Abweichung %2%; %3 geschnittene Kanten; %4 nicht zugewiesene Einheiten.</translation>
    </message>
</context>
<context>
    <name>tessera::map::IssuesPanel</name>
    <message>
        <source>No geometry: %1 (%2)</source>
        <translation>Keine Geometrie: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in no territory</source>
        <translation>
            <numerusform>%n Einheit in keinem Gebiet</numerusform>
            <numerusform>%n Einheiten in keinem Gebiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 pieces (%n unit(s) apart from the main piece)</source>
        <translation>
            <numerusform>%1 besteht aus %2 Teilen (%n Einheit außerhalb des Hauptteils)</numerusform>
            <numerusform>%1 besteht aus %2 Teilen (%n Einheiten außerhalb des Hauptteils)</numerusform>
        </translation>
    </message>
    <message>
        <source>Island or detached piece without a water link: %1%2</source>
        <translation>Insel oder abgetrennter Teil ohne Wasserverbindung: %1%2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Account outside every unit: %1</source>
        <translation>Kunde außerhalb aller Einheiten: %1</translation>
    </message>
    <message>
        <source>No issues.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>tessera::map::MapCanvas</name>
    <message>
        <source>Territory: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <source>Potential: %1</source>
        <translation>Potenzial: %1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Umsatz: %1</translation>
    </message>
    <message>
        <source>Open pipeline: %1</source>
        <translation>Offene Pipeline: %1</translation>
    </message>
    <message>
        <source>Area: %1 km²</source>
        <translation>Fläche: %1 km²</translation>
    </message>
</context>
<context>
    <name>tessera::map::MapView</name>
    <message>
        <source>Balance</source>
        <translation>Ausgleich</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>Ebene </translation>
    </message>
    <message>
        <source>  Colour by </source>
        <translation>  Färben nach </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>  Balance on </source>
        <translation>  Ausgleichen nach </translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>Click to select, Shift/Ctrl-click to add, Shift/Ctrl-drag for a rectangle; drag to pan</source>
        <translation>Klicken zum Auswählen, Umschalt-/Strg-Klick zum Hinzufügen, Umschalt-/Strg-Ziehen für ein Rechteck; Ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>Click or drag over units to give them to the target territory</source>
        <translation>Klicken oder über Einheiten ziehen, um sie dem Zielgebiet zuzuweisen</translation>
    </message>
    <message>
        <source> Territory </source>
        <translation> Gebiet </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Give the selection to the territory</source>
        <translation>Die Auswahl dem Gebiet zuweisen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Balance…</source>
        <translation>Ausgleichen…</translation>
    </message>
    <message>
        <source>Balance the territories of this level automatically (one change you can undo)</source>
        <translation>Die Gebiete dieser Ebene automatisch ausgleichen (eine Änderung, die sich rückgängig machen lässt)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Rep homes</source>
        <translation>Mitarbeiterstandorte</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Water links</source>
        <translation>Wasserverbindungen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add bundled %1…</source>
        <translation>Mitgeliefertes %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no map to export.</source>
        <translation>Es gibt keine Karte zum Exportieren.</translation>
    </message>
    <message>
        <source>Territory map: %1</source>
        <translation>Gebietskarte: %1</translation>
    </message>
    <message>
        <source>Cannot write the map.</source>
        <translation>Die Karte kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tessera::quota::AllocateDialog</name>
    <message>
        <source>Allocate FY%1 quotas</source>
        <translation>Quoten für GJ%1 verteilen</translation>
    </message>
    <message>
        <source>Company target:</source>
        <translation>Unternehmensziel:</translation>
    </message>
    <message>
        <source>cents</source>
        <translation>Cent</translation>
    </message>
    <message>
        <source>Round to:</source>
        <translation>Runden auf:</translation>
    </message>
    <message>
        <source>Blend: prior-year share:</source>
        <translation>Mischung: Anteil Vorjahr:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ebene&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Split by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufteilen nach&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Over-assignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Überzuteilung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Bezirke</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>Prior-year bookings</source>
        <translation>Auftragseingang Vorjahr</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Territory potential</source>
        <translation>Gebietspotenzial</translation>
    </message>
    <message>
        <source>Blend of prior year and potential</source>
        <translation>Mischung aus Vorjahr und Potenzial</translation>
    </message>
    <message>
        <source>Reps share their territory by the days they sell and their ramp.</source>
        <translation>Mitarbeiter teilen sich ihr Gebiet nach ihren Verkaufstagen und ihrer Anlaufphase.</translation>
    </message>
    <message>
        <source>The children of each node together carry this much more than the node; it compounds level by level.</source>
        <translation>Die untergeordneten Einheiten jedes Knotens tragen zusammen so viel mehr als der Knoten; das summiert sich von Ebene zu Ebene.</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Locked cells keep their values. Months follow the seasonality curve.</source>
        <translation>Gesperrte Zellen behalten ihre Werte. Die Monate folgen der Saisonkurve.</translation>
    </message>
    <message>
        <source>Enter the target as an amount, e.g. 3,120,000.00.</source>
        <translation>Geben Sie das Ziel als Betrag ein, z. B. 3.120.000,00.</translation>
    </message>
</context>
<context>
    <name>tessera::quota::FairnessChart</name>
    <message>
        <source>Quota against potential per territory</source>
        <translation>Quote gegenüber Potenzial je Gebiet</translation>
    </message>
    <message>
        <source>Average ratio %1</source>
        <translation>Durchschnittliches Verhältnis %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Outlier (ratio more than 2 SD from the mean)</source>
        <translation>Ausreißer (Verhältnis mehr als 2 SA vom Mittelwert)</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>%1 Millionen</translation>
    </message>
    <message>
        <source>Potential (%1)</source>
        <translation>Potenzial (%1)</translation>
    </message>
    <message>
        <source>FY%1 quota (%2)</source>
        <translation>Quote GJ%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quota ÷ potential&lt;/b&gt; per territory: mean %1, coefficient of variation %2, %3 outlier(s). Per rep: CV %4.&lt;br&gt;&lt;b&gt;On FY%5 actuals&lt;/b&gt;, %6 of %7 reps with a full year would reach 100% of the new quota and %8 would reach 80%.</source>
        <translation>&lt;b&gt;Quote ÷ Potenzial&lt;/b&gt; je Gebiet: Mittelwert %1, Variationskoeffizient %2, %3 Ausreißer. Je Mitarbeiter: VK %4.&lt;br&gt;&lt;b&gt;Mit den Ist-Werten GJ%5&lt;/b&gt; würden %6 von %7 Mitarbeitern mit vollem Jahr 100% der neuen Quote erreichen und %8 80%.</translation>
    </message>
</context>
<context>
    <name>tessera::quota::QuotaTreeModel</name>
    <message>
        <source>%1 %2
Potential %3
FY%4 bookings %5</source>
        <translation>%1 %2
Potenzial %3
Auftragseingang GJ%4 %5</translation>
    </message>
    <message>
        <source>Locked: keeps its value when other cells change.</source>
        <translation>Gesperrt: behält den Wert, wenn sich andere Zellen ändern.</translation>
    </message>
    <message>
        <source>Typed in (an override of the allocation).</source>
        <translation>Eingegeben (überschreibt die Verteilung).</translation>
    </message>
    <message>
        <source>Part of the territory&apos;s quota no rep covers (ramps, vacancies, leaves).</source>
        <translation>Teil der Gebietsquote, den kein Mitarbeiter abdeckt (Anlaufphasen, unbesetzte Stellen, Abwesenheiten).</translation>
    </message>
    <message>
        <source>The manager&apos;s own number (type it in; clear it to remove), or the sum of the children&apos;s numbers when every child has one.</source>
        <translation>Die eigene Zahl der Führungskraft (eingeben; zum Entfernen leeren) oder die Summe der Zahlen der untergeordneten Einheiten, wenn jede eine hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write e.g. 125000 or 125,000.50.</source>
        <translation>„%1“ ist kein Betrag: Schreiben Sie z. B. 125000 oder 125.000,50.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>GJ%1</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Bottom-up</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
</context>
<context>
    <name>tessera::quota::QuotaView</name>
    <message>
        <source>Fiscal year:</source>
        <translation>Geschäftsjahr:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Months, quarters and year</source>
        <translation>Monate, Quartale und Jahr</translation>
    </message>
    <message>
        <source>Quarters and year</source>
        <translation>Quartale und Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>When a cell changes:</source>
        <translation>Wenn sich eine Zelle ändert:</translation>
    </message>
    <message>
        <source>Unlocked siblings rebalance</source>
        <translation>Nicht gesperrte Geschwister gleichen aus</translation>
    </message>
    <message>
        <source>The parent follows</source>
        <translation>Die übergeordnete Ebene folgt</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>Sperren / entsperren</translation>
    </message>
    <message>
        <source>Lock or unlock the selected cell (Ctrl+L). Locked cells keep their value.</source>
        <translation>Ausgewählte Zelle sperren oder entsperren (Strg+L). Gesperrte Zellen behalten ihren Wert.</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Verteilen…</translation>
    </message>
    <message>
        <source>Quotas by organisation and period</source>
        <translation>Quoten nach Organisation und Zeitraum</translation>
    </message>
    <message>
        <source>Lock / unlock cell</source>
        <translation>Zelle sperren / entsperren</translation>
    </message>
    <message>
        <source>This plan has no organisation with a company at the top yet, so there is nothing to allocate quotas to.</source>
        <translation>Dieser Plan hat noch keine Organisation mit einem Unternehmen an der Spitze; es gibt also nichts, worauf Quoten verteilt werden könnten.</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>GJ%1</translation>
    </message>
    <message>
        <source>Select a month, quarter or year cell to lock it.</source>
        <translation>Wählen Sie eine Monats-, Quartals- oder Jahreszelle, um sie zu sperren.</translation>
    </message>
</context>
<context>
    <name>tessera::quota::QuotaWorkbench</name>
    <message>
        <source>Set the %1 quota of %2 to %3</source>
        <translation>Quote %1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Allocating quotas</source>
        <translation>Quoten werden verteilt</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>Verteilung läuft</translation>
    </message>
    <message>
        <source>Writing quotas</source>
        <translation>Quoten werden geschrieben</translation>
    </message>
    <message>
        <source>Allocate %1 for FY%2</source>
        <translation>%1 für GJ%2 verteilen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Enter the bottom-up number of %1: %2</source>
        <translation>Bottom-up-Zahl von %1 eingeben: %2</translation>
    </message>
    <message>
        <source>Clear the bottom-up number of %1</source>
        <translation>Bottom-up-Zahl von %1 entfernen</translation>
    </message>
</context>
</TS>
