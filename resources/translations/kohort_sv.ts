<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>Action plan – {name}</source>
        <translation>Handlingsplan – {name}</translation>
    </message>
    <message>
        <source>The participant&apos;s manager</source>
        <translation>Deltagarens chef</translation>
    </message>
    <message>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Sparas medan du skriver.</translation>
    </message>
    <message>
        <source>No plan yet: start typing.</source>
        <translation>Ingen plan ännu: börja skriva.</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Mana&amp;ger:</source>
        <translation>&amp;Chef:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Lägg till aktivitet</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>All changes saved ({time}).</source>
        <translation>Alla ändringar sparade ({time}).</translation>
    </message>
    <message>
        <source>Empty, so no plan is kept ({time}).</source>
        <translation>Tom, så ingen plan sparas ({time}).</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Kohort tries again.</source>
        <translation>Inte sparat ännu: {reason} Kohort försöker igen.</translation>
    </message>
    <message>
        <source>Mentor saved.</source>
        <translation>Mentorn sparad.</translation>
    </message>
</context>
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>Filter by name or organization…</source>
        <translation>Filtrera på namn eller organisation…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Redigera plan…</translation>
    </message>
    <message>
        <source>&amp;Print plans…</source>
        <translation>&amp;Skriv ut planer…</translation>
    </message>
    <message>
        <source>&amp;Separate files…</source>
        <translation>En fil &amp;per person…</translation>
    </message>
    <message>
        <source>&amp;Blank forms, named…</source>
        <translation>&amp;Tomma formulär med namn…</translation>
    </message>
    <message>
        <source>One &amp;unnamed blank form…</source>
        <translation>Ett tomt formulär &amp;utan namn…</translation>
    </message>
    <message>
        <source>&amp;Headings and questions…</source>
        <translation>R&amp;ubriker och frågor…</translation>
    </message>
    <message>
        <source>Bla&amp;nk forms</source>
        <translation>Tomma &amp;formulär</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Alla mentorer</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>{plans} of {people} shown have an action plan, {complete} complete.</source>
        <translation>{plans} av {people} visade har en handlingsplan, {complete} fullständiga.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n follow-up date(s) passed or within two weeks.</source>
        <translation>
            <numerusform>⚠ %n uppföljningsdatum har passerat eller infaller inom två veckor.</numerusform>
            <numerusform>⚠ %n uppföljningsdatum har passerat eller infaller inom två veckor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print plans</source>
        <translation>Skriv ut planer</translation>
    </message>
    <message>
        <source>Nobody shown has an action plan yet. For forms to fill in by hand, use “Blank forms, named…” or “Blank form…”.</source>
        <translation>Ingen av de visade har en handlingsplan ännu. För formulär att fylla i för hand, välj ”Tomma formulär med namn…” eller ”Ett tomt formulär utan namn…”.</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>Blank action plans</source>
        <translation>Tomma handlingsplaner</translation>
    </message>
    <message>
        <source>Blank action plan</source>
        <translation>Tom handlingsplan</translation>
    </message>
    <message>
        <source>Separate files</source>
        <translation>En fil per person</translation>
    </message>
    <message>
        <source>Nobody shown has a plan yet.</source>
        <translation>Ingen av de visade har en plan ännu.</translation>
    </message>
    <message>
        <source>Folder for one action plan per person</source>
        <translation>Mapp för en handlingsplan per person</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Tomma formulär</translation>
    </message>
    <message>
        <source>Nobody is shown to print a named form for (check the mentor filter). “Blank form…” prints one without a name.</source>
        <translation>Ingen visas att skriva ut ett formulär med namn för (kontrollera mentorsfiltret). ”Ett tomt formulär utan namn…” skriver ut ett utan namn.</translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) saved to {path}.</source>
        <translation>
            <numerusform>%n handlingsplan sparad i {path}.</numerusform>
            <numerusform>%n handlingsplaner sparade i {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Typesetting the action plans…</source>
        <translation>Sätter handlingsplanerna…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>AlumniTab</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Former participants</source>
        <translation>Tidigare deltagare</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>By cohort year</source>
        <translation>Per år då omgången slutade</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>Former participants (archived ones too):</source>
        <translation>Tidigare deltagare (även arkiverade):</translation>
    </message>
    <message numerus="yes">
        <source>%n former participant(s).</source>
        <translation>
            <numerusform>%n tidigare deltagare.</numerusform>
            <numerusform>%n tidigare deltagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>{back} came back to a reunion or lecture ({rate}).</source>
        <translation>{back} har kommit tillbaka till en återträff eller föreläsning ({rate}).</translation>
    </message>
    <message numerus="yes">
        <source>%n reunion(s) or lecture(s) so far.</source>
        <translation>
            <numerusform>%n återträff eller föreläsning hittills.</numerusform>
            <numerusform>%n återträffar och föreläsningar hittills.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>Nobody has completed the programme yet.</source>
        <translation>Ingen har genomfört programmet än.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Reunions and lectures</source>
        <translation>Återträffar och föreläsningar</translation>
    </message>
    <message>
        <source>Course evaluations answered (named)</source>
        <translation>Besvarade kursutvärderingar (med namn)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Ångra {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Roll call…</source>
        <translation>&amp;Upprop…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Anteckning…</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>C&amp;ompletion rule…</source>
        <translation>&amp;Krav för diplom…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportera rapport…</translation>
    </message>
    <message>
        <source>Keys: P present · L late · E left early · X excused · A absent (Swedish: N, S, G, X, F) · Space cycles · Delete clears · Enter adds a note · Ctrl+Z undoes</source>
        <translation>Tangenter: N närvarande · S sen · G gick tidigare · X frånvarande med anmälan · F frånvarande (P, L, E och A fungerar också) · Mellanslag växlar · Delete tömmer · Enter lägger till en anteckning · Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>{n} of {total} participants eligible · {held} of {sessions} sessions held</source>
        <translation>{n} av {total} deltagare uppfyller kraven · {held} av {sessions} träffar genomförda</translation>
    </message>
    <message>
        <source>{n} of {total} participants on track · {held} of {sessions} sessions held</source>
        <translation>{n} av {total} deltagare i fas · {held} av {sessions} träffar genomförda</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>registrera närvaro</translation>
    </message>
    <message>
        <source>That session is cancelled; it is not marked. Edit the session to un-cancel it.</source>
        <translation>Träffen är inställd och markeras inte. Redigera träffen för att ta bort inställningen.</translation>
    </message>
    <message>
        <source>The last marks were not saved, and the grid now shows what is saved. {why}</source>
        <translation>De senaste markeringarna sparades inte, och tabellen visar nu det som är sparat. {why}</translation>
    </message>
    <message>
        <source>Mark the session first, then add a note.</source>
        <translation>Markera närvaron först, lägg sedan till en anteckning.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note for this mark:</source>
        <translation>Anteckning till markeringen:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>redigera anteckning</translation>
    </message>
    <message>
        <source>Add sessions first.</source>
        <translation>Lägg till träffar först.</translation>
    </message>
    <message>
        <source>Attendance – {cohort}</source>
        <translation>Närvaro – {cohort}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exportera närvaro</translation>
    </message>
    <message numerus="yes">
        <source>Saved the attendance report (%n row(s)) to {path}.</source>
        <translation>
            <numerusform>Närvarorapporten (%n rad) sparad i {path}.</numerusform>
            <numerusform>Närvarorapporten (%n rader) sparad i {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The last automatic backup of this database failed.</source>
        <translation>Den senaste automatiska säkerhetskopieringen av den här databasen misslyckades.</translation>
    </message>
    <message>
        <source>The automatic backup of this database on {when} failed.</source>
        <translation>Den automatiska säkerhetskopieringen av den här databasen {when} misslyckades.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>Den senaste automatiska säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup on {when} failed: {reason}</source>
        <translation>Den automatiska säkerhetskopieringen {when} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Kohort tries again within a few minutes. Until a backup succeeds, make one with File ▸ Backup… (to a USB stick, say), and check that the disk has free space.</source>
        <translation>Kohort försöker igen om några minuter. Tills en säkerhetskopiering lyckas kan du göra en själv med Arkiv ▸ Säkerhetskopiera… (till exempel till ett USB-minne). Kontrollera också att det finns ledigt utrymme på disken.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatisk säkerhetskopiering</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatisk säkerhetskopiering misslyckades</translation>
    </message>
    <message>
        <source>The newest automatic backup of this database is from {when}, {days} days ago: the automatic backups since then failed. Make a backup now with File ▸ Backup… (to a USB stick, say), and check that the disk has free space.</source>
        <translation>Den senaste automatiska säkerhetskopian av den här databasen är från {when}, för {days} dagar sedan: de automatiska säkerhetskopieringarna sedan dess har misslyckats. Gör en säkerhetskopia nu med Arkiv ▸ Säkerhetskopiera… (till exempel till ett USB-minne) och kontrollera att det finns ledigt utrymme på disken.</translation>
    </message>
    <message>
        <source>Backup saved {time}</source>
        <translation>Säkerhetskopia sparad {time}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Name badges and table cards</source>
        <translation>Namnskyltar och bordskort</translation>
    </message>
    <message>
        <source>Labels {name} ({size})</source>
        <translation>Etiketter {name} ({size})</translation>
    </message>
    <message>
        <source>Table cards, A4 folded in half</source>
        <translation>Bordskort, A4 vikt på mitten</translation>
    </message>
    <message>
        <source>Table cards, A5 folded in half</source>
        <translation>Bordskort, A5 vikt på mitten</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation>Hela omgången</translation>
    </message>
    <message>
        <source>&amp;Mentors and facilitators</source>
        <translation>&amp;Mentorer och processledare</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Gäster</translation>
    </message>
    <message>
        <source>&amp;Job title or role</source>
        <translation>&amp;Titel eller roll</translation>
    </message>
    <message>
        <source>Mentor g&amp;roup</source>
        <translation>Mento&amp;rsgrupp</translation>
    </message>
    <message>
        <source>&amp;Print on:</source>
        <translation>Skriv &amp;ut på:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Vilka:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Ta med:</translation>
    </message>
    <message>
        <source>Move r&amp;ight by:</source>
        <translation>Flytta åt &amp;höger:</translation>
    </message>
    <message>
        <source>Move &amp;down by:</source>
        <translation>Flytta &amp;nedåt:</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Kalibrering av skrivare</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 stående</translation>
    </message>
    <message>
        <source>For paper with a printed frame or logo. Print the test page, measure from the paper&apos;s edges to each corner cross (it should be {mm} mm) and enter the difference: positive moves the print right and down, as you read the page. Landscape and portrait pages each have their own offset. Kohort uses them whenever it prints to this printer.</source>
        <translation>För papper med tryckt ram eller logotyp. Skriv ut testsidan, mät från papperets kanter till varje hörnkors (det ska vara {mm} mm) och ange skillnaden: ett positivt värde flyttar utskriften åt höger och nedåt, sett som du läser sidan. Liggande och stående sidor har var sin förskjutning. Kohort använder dem varje gång den skriver ut på den här skrivaren.</translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation>Skriv ut &amp;testsida…</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Skrivare:</translation>
    </message>
    <message>
        <source>P&amp;ages:</source>
        <translation>S&amp;idor:</translation>
    </message>
    <message>
        <source>Move &amp;right by:</source>
        <translation>Flytta åt &amp;höger:</translation>
    </message>
    <message>
        <source>Move &amp;down by:</source>
        <translation>Flytta &amp;nedåt:</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <source>Diplomas for the ceremony</source>
        <translation>Diplom till diplomutdelningen</translation>
    </message>
    <message>
        <source>By surname</source>
        <translation>Efter efternamn</translation>
    </message>
    <message>
        <source>By first name</source>
        <translation>Efter förnamn</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Efter organisation</translation>
    </message>
    <message>
        <source>As arranged below</source>
        <translation>Som ordnat nedan</translation>
    </message>
    <message>
        <source>Add a &amp;checklist page (order, name, serial, tick box)</source>
        <translation>Lägg till en &amp;checklista (ordning, namn, diplomnummer, ruta att bocka)</translation>
    </message>
    <message>
        <source>Put each participant&apos;s &amp;action plan right after their diploma</source>
        <translation>Lägg varje deltagares &amp;handlingsplan direkt efter diplomet</translation>
    </message>
    <message>
        <source>The action plans in a file of their own (p&amp;lain paper)</source>
        <translation>Handlingsplanerna i en &amp;egen fil (vanligt papper)</translation>
    </message>
    <message>
        <source>Saves two files in the same hand-out order: the diplomas for the heavy paper and, beside them, the action plans for plain paper.</source>
        <translation>Sparar två filer i samma utdelningsordning: diplomen för det tjocka pappret och, bredvid dem, handlingsplanerna för vanligt papper.</translation>
    </message>
    <message>
        <source>Drag names into the order you will call them, or move the selected one with Alt+↑ and Alt+↓.</source>
        <translation>Dra namnen i den ordning du ropar upp dem, eller flytta det markerade med Alt+↑ och Alt+↓.</translation>
    </message>
    <message>
        <source>Hand-out &amp;order:</source>
        <translation>&amp;Utdelningsordning:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;reader</source>
        <translation>Öppna i PDF-&amp;läsare</translation>
    </message>
    <message>
        <source>One &amp;file each…</source>
        <translation>En &amp;fil per person…</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in to the server</source>
        <translation>Checka in till servern</translation>
    </message>
    <message>
        <source>Besides the conflicts below, checking “{cohort}” in to {server} applies: {plan}.</source>
        <translation>Utöver konflikterna nedan innebär incheckningen av ”{cohort}” till {server}: {plan}.</translation>
    </message>
    <message>
        <source>Checking “{cohort}” in to {server} applies: {plan}.</source>
        <translation>Incheckningen av ”{cohort}” till {server} innebär: {plan}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed here and on the server since the check-out. As it is, nothing can be checked in:</source>
        <translation>
            <numerusform>%n rad har ändrats både här och på servern sedan utcheckningen. Som det är nu kan ingenting checkas in:</numerusform>
            <numerusform>%n rader har ändrats både här och på servern sedan utcheckningen. Som det är nu kan ingenting checkas in:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version of these rows: this file&apos;s changes to them are dropped, everything else is checked in.</source>
        <translation>Behåll &amp;serverns version av de här raderna: filens ändringar av dem tas bort, allt annat checkas in.</translation>
    </message>
    <message>
        <source>Use this &amp;file&apos;s version: the server&apos;s rows are overwritten. A row deleted on the server, or one that clashes with a row added there, cannot be settled so and stays a conflict.</source>
        <translation>Använd den här &amp;filens version: serverns rader skrivs över. En rad som tagits bort på servern, eller som krockar med en rad som lagts till där, kan inte lösas så och förblir en konflikt.</translation>
    </message>
    <message>
        <source>Nothing is changed on the server until you choose Check in. Then it all goes in at once, and the cohort can be edited on the server again.</source>
        <translation>Ingenting ändras på servern förrän du väljer Checka in. Då förs allt in på en gång, och omgången kan redigeras på servern igen.</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Checka &amp;in</translation>
    </message>
    <message>
        <source>Drop this file&apos;s changes to the conflicting rows and check in the rest? The dropped changes cannot be brought back from here.</source>
        <translation>Ta bort filens ändringar av raderna i konflikt och checka in resten? De borttagna ändringarna kan inte hämtas tillbaka härifrån.</translation>
    </message>
    <message>
        <source>Overwrite the server&apos;s version of the conflicting rows with this file&apos;s, and check in? What was changed on the server in those rows is lost.</source>
        <translation>Skriva över serverns version av raderna i konflikt med filens och checka in? Det som ändrats på servern i de raderna går förlorat.</translation>
    </message>
</context>
<context>
    <name>CheckoutActions</name>
    <message>
        <source>Chec&amp;k the cohort out to this computer…</source>
        <translation>&amp;Checka ut omgången till den här datorn…</translation>
    </message>
    <message>
        <source>Check &amp;in to the server…</source>
        <translation>Checka in till se&amp;rvern…</translation>
    </message>
    <message>
        <source>Re&amp;lease the check-out…</source>
        <translation>&amp;Frigör utcheckningen…</translation>
    </message>
    <message>
        <source>Checked out of {server} on {when} – check it in when you are online again</source>
        <translation>Utcheckad från {server} den {when} – checka in när du är uppkopplad igen</translation>
    </message>
    <message>
        <source>This file holds “{cohort}”, checked out of {server} by {who}. Diploma serial numbers set aside for it: {serials}. File ▸ Check in to the server… brings it back.</source>
        <translation>Filen innehåller ”{cohort}”, utcheckad från {server} av {who}. Diplomnummer reserverade för den: {serials}. Arkiv ▸ Checka in till servern… för tillbaka den.</translation>
    </message>
    <message>
        <source>Check the cohort out to this computer</source>
        <translation>Checka ut omgången till den här datorn</translation>
    </message>
    <message>
        <source>“{cohort}” is checked out to {file}. Serial numbers set aside: {serials}. On the server it is read-only until you check it in.

Open the file now?</source>
        <translation>”{cohort}” är utcheckad till {file}. Reserverade diplomnummer: {serials}. På servern är den skrivskyddad tills du checkar in den.

Öppna filen nu?</translation>
    </message>
    <message>
        <source>Checking out “{cohort}”…</source>
        <translation>Checkar ut ”{cohort}”…</translation>
    </message>
    <message>
        <source>Release the check-out</source>
        <translation>Frigör utcheckningen</translation>
    </message>
    <message>
        <source>Release “{cohort}”, checked out by {who} since {when}?

It can then be edited here again. Do this only if that laptop is lost or cannot check in: if it checks in later, its changes to rows edited here meanwhile are conflicts. The serial numbers set aside for it stay reserved.</source>
        <translation>Frigöra ”{cohort}”, utcheckad av {who} sedan {when}?

Den kan då redigeras här igen. Gör det bara om den bärbara datorn har kommit bort eller inte kan checka in: checkar den in senare blir dess ändringar av rader som ändrats här under tiden konflikter. Diplomnumren som reserverades för den förblir reserverade.</translation>
    </message>
    <message>
        <source>Released “{cohort}”: it can be edited here again.</source>
        <translation>”{cohort}” är frigjord och kan redigeras här igen.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Frigör…</translation>
    </message>
    <message>
        <source>Check in to the server</source>
        <translation>Checka in till servern</translation>
    </message>
    <message>
        <source>Comparing this file with the server…</source>
        <translation>Jämför filen med servern…</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Checkar in…</translation>
    </message>
    <message>
        <source>Nothing was checked in.</source>
        <translation>Ingenting checkades in.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was checked in: %n conflict(s) cannot be settled that way:</source>
        <translation>
            <numerusform>Ingenting checkades in: %n konflikt kan inte lösas på det sättet:</numerusform>
            <numerusform>Ingenting checkades in: %n konflikter kan inte lösas på det sättet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked “{cohort}” in to {server}: {plan}. It can be edited on the server again.

This file is now marked as checked in. It is kept; delete it when you like.

Open the team database now?</source>
        <translation>”{cohort}” är incheckad till {server}: {plan}. Den kan redigeras på servern igen.

Filen är nu markerad som incheckad. Den finns kvar; ta bort den när du vill.

Öppna den gemensamma databasen nu?</translation>
    </message>
    <message>
        <source>The file and the team database are as they were.</source>
        <translation>Filen och den gemensamma databasen är som de var.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>{cohort} (checked out)</source>
        <translation>{cohort} (utcheckad)</translation>
    </message>
    <message>
        <source>Check the cohort out to this computer</source>
        <translation>Checka ut omgången till den här datorn</translation>
    </message>
    <message>
        <source>Kohort copies “{cohort}” into a file on this computer, to work in without a network (roll call, action plans, diplomas). Until you check it in again, the cohort is read-only on the server, and others see who has it and since when.</source>
        <translation>Kohort kopierar ”{cohort}” till en fil på den här datorn, så att du kan arbeta i den utan nätverk (upprop, handlingsplaner, diplom). Tills du checkar in den igen är omgången skrivskyddad på servern, och andra ser vem som har den och sedan när.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>One per participant and {spare} more, for walk-ins and reissues: diplomas issued offline take their numbers from this block, so they never collide with the server&apos;s.</source>
        <translation>Ett per deltagare och {spare} till, för gäster och nyutfärdanden: diplom som utfärdas utan nätverk tar sina nummer från det här blocket, så de krockar aldrig med serverns.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Serial numbers to set aside:</source>
        <translation>&amp;Diplomnummer att reservera:</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Checka &amp;ut</translation>
    </message>
</context>
<context>
    <name>CloudWarning</name>
    <message>
        <source>Database in a synced folder</source>
        <translation>Databasen ligger i en synkroniserad mapp</translation>
    </message>
    <message>
        <source>The database {path} is in a folder that {service} synchronizes.

Sync tools copy a database while it is in use, and the file of recent changes beside it at another moment: the copies get out of step, and the database can be damaged and changes lost.

Move it to a folder on this computer that is not synchronized: File ▸ Backup… into such a folder, then File ▸ Open another database… and choose that copy. A backup kept in {service} is safe: it is one closed file.</source>
        <translation>Databasen {path} ligger i en mapp som {service} synkroniserar.

Synkroniseringsprogram kopierar en databas medan den används, och filen med de senaste ändringarna bredvid den vid ett annat tillfälle: kopiorna hamnar i otakt, och databasen kan skadas och ändringar gå förlorade.

Flytta den till en mapp på den här datorn som inte synkroniseras: Arkiv ▸ Säkerhetskopiera… till en sådan mapp, sedan Arkiv ▸ Öppna en annan databas… och välj kopian. En säkerhetskopia i {service} är ingen fara: den är en enda stängd fil.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Cohort</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>e.g. Omgång 3, hösten 2026</source>
        <translation>t.ex. Omgång 3, hösten 2026</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ange</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>e.g. 24 500,00 (excluding VAT)</source>
        <translation>t.ex. 24 500,00 (exklusive moms)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Antal platser:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>A&amp;vgift:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;Momssats:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>En omgång måste ha ett namn.</translation>
    </message>
    <message>
        <source>The cohort cannot end before it starts.</source>
        <translation>Omgången kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>The fee must be an amount such as 24 500 or 24 500,50.</source>
        <translation>Avgiften ska vara ett belopp som 24 500 eller 24 500,50.</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage from 0 to 100.</source>
        <translation>Momssatsen ska vara en procentsats från 0 till 100.</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Träffar</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>&amp;Diplomas</source>
        <translation>D&amp;iplom</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>Hand&amp;lingsplaner</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Utvärdering</translation>
    </message>
    <message>
        <source>Completion: at least {percent} % of held sessions</source>
        <translation>Krav för diplom: minst {percent} % av genomförda träffar</translation>
    </message>
    <message>
        <source>, all mandatory sessions</source>
        <translation>, alla obligatoriska träffar</translation>
    </message>
    <message>
        <source>, an action plan</source>
        <translation>, en handlingsplan</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>late</source>
        <translation>sen</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>gick tidigare</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>frånvarande med anmälan</translation>
    </message>
    <message>
        <source> (counted as attended: {statuses})</source>
        <translation> (räknas som närvaro: {statuses})</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · no participants yet</source>
        <translation>{dates} · {status} · {sessions} · inga deltagare än</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · {n} of {counted} participants eligible for a diploma</source>
        <translation>{dates} · {status} · {sessions} · {n} av {counted} deltagare har rätt till diplom</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · {n} of {counted} participants on track for a diploma</source>
        <translation>{dates} · {status} · {sessions} · {n} av {counted} deltagare i fas för diplom</translation>
    </message>
    <message>
        <source>no dates set</source>
        <translation>inga datum angivna</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
</context>
<context>
    <name>CreateEvaluationDialog</name>
    <message>
        <source>New course evaluation</source>
        <translation>Ny kursutvärdering</translation>
    </message>
    <message>
        <source>Course evaluation (the standard questions)</source>
        <translation>Kursutvärdering (standardfrågorna)</translation>
    </message>
    <message>
        <source>One session&apos;s evaluation (shorter)</source>
        <translation>Utvärdering av en träff (kortare)</translation>
    </message>
    <message>
        <source>Blank: write your own questions</source>
        <translation>Tom: skriv egna frågor</translation>
    </message>
    <message>
        <source>The built-in questions can be edited, added to and removed afterwards.</source>
        <translation>De inbyggda frågorna kan ändras, kompletteras och tas bort efteråt.</translation>
    </message>
    <message>
        <source>&amp;Anonymous (no names on the forms)</source>
        <translation>&amp;Anonym (inga namn på formulären)</translation>
    </message>
    <message>
        <source>&amp;Named (one form per participant)</source>
        <translation>&amp;Med namn (ett formulär per deltagare)</translation>
    </message>
    <message>
        <source>The language of the questions and of the forms</source>
        <translation>Frågornas och formulärens språk</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation>Hela omgången</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Frågor:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Evaluates:</source>
        <translation>&amp;Gäller:</translation>
    </message>
</context>
<context>
    <name>DamageState</name>
    <message>
        <source>(damaged, read only)</source>
        <translation>(skadad, bara läsning)</translation>
    </message>
    <message>
        <source>The database is damaged – read only. File ▸ Restore from backup…</source>
        <translation>Databasen är skadad – bara läsning. Arkiv ▸ Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Kohort found damage in {path} and will not write to it. You can still read it; restore a backup with File ▸ Restore from backup…</source>
        <translation>Kohort hittade skador i {path} och skriver inte till den. Du kan fortfarande läsa den; återställ en säkerhetskopia med Arkiv ▸ Återställ från säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>“{text}” is not a date; type it as, for example, {example}.</source>
        <translation>”{text}” är inget datum; skriv det till exempel som {example}.</translation>
    </message>
</context>
<context>
    <name>DesignDialog</name>
    <message>
        <source>Diploma design</source>
        <translation>Diplomets utformning</translation>
    </message>
    <message>
        <source>Classic (border and ornament)</source>
        <translation>Klassisk (ram och ornament)</translation>
    </message>
    <message>
        <source>Modern (colour band)</source>
        <translation>Modern (färgband)</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimalistisk</translation>
    </message>
    <message>
        <source>Formal (guilloche border and seal)</source>
        <translation>Högtidlig (guillochéram och sigill)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 stående</translation>
    </message>
    <message>
        <source>For a print shop (3 mm bleed)</source>
        <translation>För tryckeri (3 mm utfall)</translation>
    </message>
    <message>
        <source>Colour runs 3 mm past the trimmed page and the PDF gets a trim box, for a print shop that cuts the sheets. Unticked: for an office printer; no colour comes within 5 mm of the paper&apos;s edge.</source>
        <translation>Färgen går 3 mm utanför den skurna sidan och PDF-filen får en skärbox, för ett tryckeri som skär arken. Utan bock: för kontorsskrivare; ingen färg kommer närmare papperets kant än 5 mm.</translation>
    </message>
    <message>
        <source>Placeholders: {names}. {{hours}} and {{sessions}} bring their own words (“27,5 timmar”, “5 av 5 träffar”).</source>
        <translation>Platshållare: {names}. {{hours}} och {{sessions}} har med sina egna ord (”27,5 timmar”, ”5 av 5 träffar”).</translation>
    </message>
    <message>
        <source>e.g. Alingsås</source>
        <translation>t.ex. Alingsås</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fast datum</translation>
    </message>
    <message>
        <source>Unticked: the day the diplomas are issued.</source>
        <translation>Utan bock: den dag diplomen utfärdas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotyp</translation>
    </message>
    <message>
        <source>background image</source>
        <translation>bakgrundsbild</translation>
    </message>
    <message>
        <source>Printed as a QR code beside the serial number; {code} becomes the diploma&apos;s verification code. Leave empty for no QR code.</source>
        <translation>Skrivs ut som en QR-kod bredvid diplomnumret; {code} ersätts med diplomets verifieringskod. Lämna tomt för ingen QR-kod.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Utfärdandedatum:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Accentfärg:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logotyp:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>&amp;QR code address:</source>
        <translation>Adress för &amp;QR-kod:</translation>
    </message>
    <message>
        <source>Also make this the programme&apos;s design for new cohorts</source>
        <translation>Använd också som programmets utformning för nya omgångar</translation>
    </message>
    <message>
        <source>{name} (a sample: the cohort has no participants)</source>
        <translation>{name} (ett exempel: omgången har inga deltagare)</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Förhandsvisning för:</translation>
    </message>
    <message>
        <source>Not a placeholder, printed as typed: {names}.</source>
        <translation>Ingen platshållare, skrivs ut som den står: {names}.</translation>
    </message>
    <message>
        <source>Empty for {person}, leaving a gap: {names} (set the cohort&apos;s dates, hold sessions, or reword).</source>
        <translation>Tomt för {person}, så det blir en lucka: {names} (ange omgångens datum, genomför träffar eller formulera om).</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accentfärg</translation>
    </message>
    <message>
        <source>Cannot print this design: {reason}</source>
        <translation>Utformningen går inte att skriva ut: {reason}</translation>
    </message>
    <message>
        <source>Preview of the file Kohort will print; the serial number and code (and QR code) are dotted stand-ins until issued.</source>
        <translation>Förhandsvisning av filen som Kohort skriver ut; diplomnummer och kod (och QR-kod) är prickade platshållare tills diplomet utfärdas.</translation>
    </message>
</context>
<context>
    <name>DiplomaIssuing</name>
    <message>
        <source>Everyone eligible already has a diploma.</source>
        <translation>Alla som uppfyller kraven har redan ett diplom.</translation>
    </message>
    <message>
        <source>Nobody meets the completion rule yet; no diploma was issued.</source>
        <translation>Ingen uppfyller kraven för diplom ännu; inget diplom utfärdades.</translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n participant(s) on track who have none yet ({names})?</source>
        <translation>
            <numerusform>Utfärda ett diplom till den deltagare som är i fas och ännu inte har något ({names})?</numerusform>
            <numerusform>Utfärda ett diplom till var och en av de %n deltagare som är i fas och ännu inte har något ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n eligible participant(s) who have none yet ({names})?</source>
        <translation>
            <numerusform>Utfärda ett diplom till den deltagare som uppfyller kraven och ännu inte har något ({names})?</numerusform>
            <numerusform>Utfärda ett diplom till var och en av de %n deltagare som uppfyller kraven och ännu inte har något ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to the %n selected participant(s) ({names})?</source>
        <translation>
            <numerusform>Utfärda ett diplom till den markerade deltagaren ({names})?</numerusform>
            <numerusform>Utfärda diplom till de %n markerade deltagarna ({names})?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets a serial number for good; one issued by mistake can be revoked.</source>
        <translation>Varje diplom får ett diplomnummer för alltid; ett diplom som utfärdats av misstag kan återkallas.</translation>
    </message>
    <message>
        <source>(To issue to some, select them first.)</source>
        <translation>(Vill du utfärda till bara några, markera dem först.)</translation>
    </message>
    <message>
        <source>{name}&apos;s diploma {serial} was revoked ({reason}); this issues a new one with a new serial number.</source>
        <translation>Diplomet {serial} för {name} har återkallats ({reason}). Nu utfärdas ett nytt diplom med ett nytt diplomnummer.</translation>
    </message>
    <message>
        <source>Issue diplomas</source>
        <translation>Utfärda diplom</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Uppfyller inte kraven</translation>
    </message>
    <message>
        <source>{names}: the completion rule is not met. Issue anyway? Write why, for the record:</source>
        <translation>{names}: kraven för diplom är inte uppfyllda. Utfärda ändå? Skriv varför, så att det finns dokumenterat:</translation>
    </message>
    <message>
        <source>Left out, as their diploma was revoked: {names}. To issue a new one, select them and choose Issue.</source>
        <translation>Utelämnade eftersom deras diplom har återkallats: {names}. Vill du utfärda ett nytt, markera dem och välj Utfärda.</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message numerus="yes">
        <source>The programme is not over: %n session(s) left ({sessions}). Diplomas issued now are dated {date}, the day of the last session, and the register records that they were issued before the end.</source>
        <translation>
            <numerusform>Programmet är inte slut: %n träff återstår ({sessions}). Diplom som utfärdas nu dateras {date}, dagen för den sista träffen, och registret noterar att de utfärdades före slutet.</numerusform>
            <numerusform>Programmet är inte slut: %n träffar återstår ({sessions}). Diplom som utfärdas nu dateras {date}, dagen för den sista träffen, och registret noterar att de utfärdades före slutet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is unusual: the last session is {days} days away and {left} of {planned} sessions are still to come. Usually diplomas are issued for the closing session.</source>
        <translation>Det här är ovanligt: den sista träffen är om {days} dagar och {left} av {planned} träffar återstår. Vanligtvis utfärdas diplomen till avslutningsträffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) issued.</source>
        <translation>
            <numerusform>%n diplom utfärdat.</numerusform>
            <numerusform>%n diplom utfärdade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated {date}, before the end of the programme.</source>
        <translation>Daterade {date}, före programmets slut.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n diploma(s)…</source>
        <translation>
            <numerusform>Utfärdar %n diplom…</numerusform>
            <numerusform>Utfärdar %n diplom…</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing was cancelled; no diploma was issued.</source>
        <translation>Utfärdandet avbröts; inget diplom utfärdades.</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}: “{old}” → “{new}”.</source>
        <translation>{serial} är diplomet för {holder}: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}; the name stays “{name}”.</source>
        <translation>{serial} är diplomet för {holder}; namnet förblir ”{name}”.</translation>
    </message>
    <message>
        <source>Issue a new diploma in its place? {serial} stays in the register, marked as replaced.</source>
        <translation>Utfärda ett nytt diplom i dess ställe? {serial} ligger kvar i registret, markerat som ersatt.</translation>
    </message>
    <message>
        <source>“{new}” does not look like a corrected spelling of “{old}”. A reissue corrects the name of the same person; to give someone else a diploma, issue one to them. Reissue under this name anyway (a new surname, say)?</source>
        <translation>”{new}” ser inte ut som en rättad stavning av ”{old}”. Att utfärda på nytt rättar namnet på samma person; vill du ge någon annan ett diplom, utfärda ett till den personen. Utfärda på nytt med det här namnet ändå (till exempel ett nytt efternamn)?</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Utfärda på nytt</translation>
    </message>
    <message>
        <source>Reissued as {serial}; Ctrl+Shift+P prints it.</source>
        <translation>Utfärdat på nytt som {serial}; Ctrl+Skift+P skriver ut det.</translation>
    </message>
</context>
<context>
    <name>DiplomaOutput</name>
    <message>
        <source>Diplomas</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Folder for one file per diploma</source>
        <translation>Mapp för en fil per diplom</translation>
    </message>
    <message>
        <source>Printed by another version</source>
        <translation>Utfärdade av en annan version</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) were issued by another version of Kohort&apos;s drawing (or of ReportLab or the fonts). The register&apos;s record of them is intact, but a copy drawn now may differ slightly from the first print.

Print anyway?</source>
        <translation>
            <numerusform>%n diplom utfärdades med en annan version av Kohorts ritning (eller av ReportLab eller typsnitten). Registrets uppgifter om det är oförändrade, men ett exemplar som ritas nu kan skilja sig något från den första utskriften.

Skriva ut ändå?</numerusform>
            <numerusform>%n diplom utfärdades med en annan version av Kohorts ritning (eller av ReportLab eller typsnitten). Registrets uppgifter om dem är oförändrade, men exemplar som ritas nu kan skilja sig något från den första utskriften.

Skriva ut ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Diplomas – {cohort}</source>
        <translation>Diplom – {cohort}</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}.</source>
        <translation>
            <numerusform>%n diplom sparat i {path}.</numerusform>
            <numerusform>%n diplom sparade i {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting the diplomas together…</source>
        <translation>Sätter ihop diplomen…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it with the action plans?</source>
        <translation>{path} finns redan. Vill du ersätta den med handlingsplanerna?</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}, the action plans in the same order to {plans}.</source>
        <translation>
            <numerusform>%n diplom sparat i {path}, handlingsplanerna i samma ordning i {plans}.</numerusform>
            <numerusform>%n diplom sparade i {path}, handlingsplanerna i samma ordning i {plans}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing one file per diploma…</source>
        <translation>Skriver en fil per diplom…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n fil sparad i {folder}.</numerusform>
            <numerusform>%n filer sparade i {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the files written were removed again.</source>
        <translation>Avbrutet; filerna som hann skrivas togs bort igen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Select issued diplomas to print.</source>
        <translation>Markera utfärdade diplom att skriva ut.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n sida skickad till skrivaren.</numerusform>
            <numerusform>%n sidor skickade till skrivaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} pages sent to the printer; the diplomas are not marked printed.</source>
        <translation>{n} av {total} sidor skickades till skrivaren; diplomen markeras inte som utskrivna.</translation>
    </message>
    <message>
        <source>No PDF reader opened the file. It is saved as {path}: open it from there, or use Print… or Save PDF… instead.</source>
        <translation>Ingen PDF-läsare öppnade filen. Den är sparad som {path}: öppna den därifrån, eller välj Skriv ut… eller Spara PDF… i stället.</translation>
    </message>
    <message>
        <source>Opened {path} in your PDF reader.</source>
        <translation>Öppnade {path} i PDF-läsaren.</translation>
    </message>
</context>
<context>
    <name>DiplomasPage</name>
    <message>
        <source>&amp;Design…</source>
        <translation>&amp;Utformning…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>U&amp;tfärda…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisa</translation>
    </message>
    <message>
        <source>&amp;Reissue…</source>
        <translation>Utfärda på &amp;nytt…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>&amp;Ceremony stack…</source>
        <translation>&amp;Diplomutdelning…</translation>
    </message>
    <message>
        <source>Print &amp;selected…</source>
        <translation>Skriv ut &amp;markerade…</translation>
    </message>
    <message>
        <source>Printer ca&amp;libration…</source>
        <translation>Kali&amp;brera skrivaren…</translation>
    </message>
    <message>
        <source>Design (Ctrl+D) sets how the cohort&apos;s diplomas look. Issuing freezes each diploma: later edits to the design or a name never change it; reissue to print a corrected one. Ceremony stack (Ctrl+P) prints every valid diploma in hand-out order.</source>
        <translation>Utformning (Ctrl+D) bestämmer hur omgångens diplom ser ut. När ett diplom utfärdas låses det: senare ändringar av utformningen eller ett namn ändrar det aldrig; utfärda på nytt för att skriva ut ett rättat diplom. Diplomutdelning (Ctrl+P) skriver ut alla giltiga diplom i utdelningsordning.</translation>
    </message>
    <message>
        <source>Diploma design saved.</source>
        <translation>Diplomets utformning sparad.</translation>
    </message>
    <message>
        <source>The selected people already have a diploma.</source>
        <translation>De markerade personerna har redan ett diplom.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Why is {serial} revoked? (recorded)</source>
        <translation>Varför återkallas {serial}? (sparas)</translation>
    </message>
    <message>
        <source>Revoke {serial}, the diploma of {name}? Its code will then verify as revoked (“{reason}”). This cannot be undone.</source>
        <translation>Återkalla {serial}, diplomet för {name}? Koden visas sedan som återkallad vid verifiering (”{reason}”). Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Återkallat.</translation>
    </message>
</context>
<context>
    <name>DuplicateCohortDialog</name>
    <message>
        <source>Duplicate cohort</source>
        <translation>Kopiera omgång</translation>
    </message>
    <message>
        <source>&amp;Name of the new cohort:</source>
        <translation>&amp;Namn på den nya omgången:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Sessions are copied and moved by the same number of days; people are not copied.</source>
        <translation>Träffarna kopieras och flyttas lika många dagar; personer kopieras inte.</translation>
    </message>
    <message>
        <source>The new cohort needs a name and a start date.</source>
        <translation>Den nya omgången behöver ett namn och ett startdatum.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same e-mail</source>
        <translation>samma e-postadress</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>samma namn och organisation</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Troliga dubbletter</translation>
    </message>
    <message>
        <source>Keep &amp;first, merge second into it</source>
        <translation>Behåll &amp;första, slå ihop den andra med den</translation>
    </message>
    <message>
        <source>Keep &amp;second, merge first into it</source>
        <translation>Behåll &amp;andra, slå ihop den första med den</translation>
    </message>
    <message>
        <source>Merging keeps every enrollment, attendance mark, action plan and diploma of both. Where both were in the same cohort, the kept person&apos;s marks win.</source>
        <translation>Sammanslagningen behåller bådas alla anmälningar, närvaromarkeringar, handlingsplaner och diplom. Där båda var med i samma omgång gäller markeringarna för den som behålls.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Inga troliga dubbletter.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Keep {kept}
and merge {merged} into it?

This cannot be undone; all history of both is kept.</source>
        <translation>Behåll {kept}
och slå ihop {merged} med den?

Det går inte att ångra; bådas hela historik behålls.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll a person</source>
        <translation>Anmäl en person</translation>
    </message>
    <message>
        <source>Type a name, e-mail or organization</source>
        <translation>Skriv ett namn, en e-postadress eller en organisation</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Anmäl</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>earlier: {cohorts}</source>
        <translation>tidigare: {cohorts}</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Whose form this is; the next person without an answer is chosen for you.</source>
        <translation>Vems formulär detta är; nästa person utan svar väljs åt dig.</translation>
    </message>
    <message>
        <source>&amp;Whose form:</source>
        <translation>V&amp;ems formulär:</translation>
    </message>
    <message>
        <source>Anonymous: the forms are typed in without names.</source>
        <translation>Anonym: formulären matas in utan namn.</translation>
    </message>
    <message>
        <source>The organization written on the form, if any: results are split by organization only where at least five answered</source>
        <translation>Organisationen som står på formuläret, om någon: resultaten delas upp per organisation bara där minst fem har svarat</translation>
    </message>
    <message>
        <source>Or&amp;ganization (optional):</source>
        <translation>&amp;Organisation (frivillig):</translation>
    </message>
    <message>
        <source>This evaluation is closed: it takes no more answers. “Open for answers” in the toolbar opens it again.</source>
        <translation>Utvärderingen är stängd: den tar inte emot fler svar. ”Öppna för svar” i verktygsfältet öppnar den igen.</translation>
    </message>
    <message>
        <source>Save, ne&amp;xt form</source>
        <translation>Spara, nästa for&amp;mulär</translation>
    </message>
    <message>
        <source>Save this form and start the next blank one (Ctrl+Enter)</source>
        <translation>Spara formuläret och börja på nästa tomma (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last form</source>
        <translation>Ån&amp;gra senaste formuläret</translation>
    </message>
    <message>
        <source>Delete the form saved last and put its answers back here (Ctrl+Z)</source>
        <translation>Ta bort det senast sparade formuläret och lägg tillbaka svaren här (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Star&amp;t over</source>
        <translation>Bör&amp;ja om</translation>
    </message>
    <message>
        <source>Empty this form without saving it</source>
        <translation>Töm formuläret utan att spara det</translation>
    </message>
    <message>
        <source>Digits answer (1–5 or 1–7 on a scale, the option&apos;s number on a choice; several choices: digits tick and untick) · 0 or Space clears · Tab, Enter or ↓ moves on, ↑ back · Ctrl+Enter saves the form · Ctrl+Z takes back the last form</source>
        <translation>Siffror svarar (1–5 eller 1–7 på en skala, alternativets nummer på ett val; flera val: siffror kryssar i och ur) · 0 eller mellanslag tömmer · Tab, Enter eller ↓ går vidare, ↑ tillbaka · Ctrl+Enter sparar formuläret · Ctrl+Z tar tillbaka det senaste formuläret</translation>
    </message>
    <message>
        <source>Keys: digits answer, Tab/Enter next, Ctrl+Enter save, Ctrl+Z undo</source>
        <translation>Tangenter: siffror svarar, Tab/Enter nästa, Ctrl+Enter sparar, Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>{name} – typed in</source>
        <translation>{name} – inmatat</translation>
    </message>
    <message>
        <source>{typed} of {expected} forms typed in</source>
        <translation>{typed} av {expected} formulär inmatade</translation>
    </message>
    <message>
        <source>The cohort has no participants yet.</source>
        <translation>Omgången har inga deltagare än.</translation>
    </message>
    <message>
        <source>Nothing is typed in this form yet; nothing was saved.</source>
        <translation>Inget är inmatat i formuläret än; inget sparades.</translation>
    </message>
    <message>
        <source>Choose whose form this is; nothing was saved.</source>
        <translation>Välj vems formulär detta är; inget sparades.</translation>
    </message>
    <message>
        <source>The form of {name} is typed in already; choose whose form this is. Nothing was saved.</source>
        <translation>{name}s formulär är redan inmatat; välj vems formulär detta är. Inget sparades.</translation>
    </message>
    <message>
        <source>Form saved.</source>
        <translation>Formuläret sparades.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>The last form was deleted; its answers are back in the form.</source>
        <translation>Det senaste formuläret togs bort; svaren står åter i formuläret.</translation>
    </message>
    <message>
        <source>The last form was deleted.</source>
        <translation>Det senaste formuläret togs bort.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erase {name} from Kohort for good? This cannot be undone.</source>
        <translation>Radera {name} ur Kohort för gott? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>their details: e-mail, phone, job title, organization, department</source>
        <translation>uppgifterna om personen: e-post, telefon, befattning, organisation, avdelning</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in cohorts</source>
        <translation>
            <numerusform>%n registrering i en omgång</numerusform>
            <numerusform>%n registreringar i omgångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n närvaronotering</numerusform>
            <numerusform>%n närvaronoteringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n handlingsplan</numerusform>
            <numerusform>%n handlingsplaner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in those plans</source>
        <translation>
            <numerusform>%n aktivitet i planerna</numerusform>
            <numerusform>%n aktiviteter i planerna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n namngivet kursutvärderingssvar</numerusform>
            <numerusform>%n namngivna kursutvärderingssvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n plats på inbjudningslistor till återträffar</numerusform>
            <numerusform>%n platser på inbjudningslistor till återträffar</numerusform>
        </translation>
    </message>
    <message>
        <source>This erases:</source>
        <translation>Detta raderas:</translation>
    </message>
    <message numerus="yes">
        <source>Also erase the issued diplomas (%n): {serials}</source>
        <translation>
            <numerusform>Radera även det utfärdade diplomet (%n): {serials}</numerusform>
            <numerusform>Radera även de utfärdade diplomen (%n): {serials}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n issued diploma(s) are erased from the register too, with their PDFs; nothing about {name} stays in Kohort.</source>
        <translation>
            <numerusform>Det utfärdade diplomet raderas också ur registret, med sin PDF; inget om {name} finns kvar i Kohort.</numerusform>
            <numerusform>De %n utfärdade diplomen raderas också ur registret, med sina PDF:er; inget om {name} finns kvar i Kohort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: the %n issued diploma(s) in the diploma register, with {name} as printed on them, the cohort and the PDF, as the organization&apos;s record of what it issued. Nothing else about {name} stays, and they no longer appear in any list or search.</source>
        <translation>
            <numerusform>Sparas: det utfärdade diplomet i diplomregistret, med {name} som namnet står på diplomet, omgången och PDF:en, som organisationens dokumentation av vad den har utfärdat. Inget annat om {name} finns kvar, och personen syns inte längre i någon lista eller sökning.</numerusform>
            <numerusform>Sparas: de %n utfärdade diplomen i diplomregistret, med {name} som namnet står på diplomen, omgången och PDF:erna, som organisationens dokumentation av vad den har utfärdat. Inget annat om {name} finns kvar, och personen syns inte längre i någon lista eller sökning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their name also appears as a diploma signatory or as another participant&apos;s manager; that stays: change it where it is.</source>
        <translation>Namnet finns också som undertecknare av diplom eller som en annan deltagares chef; det blir kvar: ändra det där det står.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
</context>
<context>
    <name>EvaluationImportDialog</name>
    <message>
        <source>Import answers to “{title}”</source>
        <translation>Importera svar till ”{title}”</translation>
    </message>
    <message>
        <source>Choose the question each column answers. Columns set to “—” are ignored.</source>
        <translation>Välj vilken fråga varje kolumn svarar på. Kolumner med ”—” hoppas över.</translation>
    </message>
    <message>
        <source>The e-mail column matches each answer to a participant of the cohort.</source>
        <translation>E-postkolumnen kopplar varje svar till en deltagare i omgången.</translation>
    </message>
    <message>
        <source>E-mail address (whose answer it is)</source>
        <translation>E-postadress (vems svaret är)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do.</source>
        <translation>Tryck på Kontrollera för att se vad importen skulle göra.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n svarande</numerusform>
            <numerusform>%n svarande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n svar.</numerusform>
            <numerusform>%n svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported before will be skipped:</source>
        <translation>
            <numerusform>%n rad som importerats tidigare hoppas över:</numerusform>
            <numerusform>%n rader som importerats tidigare hoppas över:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Inget nytt att importera.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these are fixed:</source>
        <translation>Inget kan importeras förrän de här är rättade:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… och {n} till.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from {file}.</source>
        <translation>
            <numerusform>Importerade %n svarande från {file}.</numerusform>
            <numerusform>Importerade %n svarande från {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import evaluation answers</source>
        <translation>Importera utvärderingssvar</translation>
    </message>
    <message>
        <source>This cohort has no course evaluation yet.</source>
        <translation>Omgången har ingen kursutvärdering ännu.</translation>
    </message>
    <message>
        <source>Which evaluation are the answers to?</source>
        <translation>Vilken utvärdering är svaren till?</translation>
    </message>
    <message>
        <source>Forms exports (*.xlsx *.csv);;All files (*)</source>
        <translation>Exporter från Forms (*.xlsx *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import evaluation ans&amp;wers…</source>
        <translation>Importera u&amp;tvärderingssvar…</translation>
    </message>
    <message>
        <source>Choose the cohort in the list on the left first.</source>
        <translation>Välj först omgången i listan till vänster.</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>&amp;New evaluation…</source>
        <translation>N&amp;y kursutvärdering…</translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation>&amp;Frågor…</translation>
    </message>
    <message>
        <source>Print paper for&amp;ms…</source>
        <translation>S&amp;kriv ut pappersformulär…</translation>
    </message>
    <message>
        <source>Save &amp;results as PDF…</source>
        <translation>Spa&amp;ra resultat som PDF…</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>Importera s&amp;var…</translation>
    </message>
    <message>
        <source>Close for answers</source>
        <translation>Stäng för svar</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>Ut&amp;värdering:</translation>
    </message>
    <message>
        <source>&amp;Create course evaluation…</source>
        <translation>&amp;Skapa kursutvärdering…</translation>
    </message>
    <message>
        <source>Create the cohort&apos;s course evaluation (Ctrl+N)</source>
        <translation>Skapa omgångens kursutvärdering (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Mata in pappersformulär</translation>
    </message>
    <message>
        <source>{cohort} has no course evaluation yet.

Create one from the built-in questions (or write your own), print the paper forms, type in the answers here, and show the results as a PDF.</source>
        <translation>{cohort} har ingen kursutvärdering än.

Skapa en av de inbyggda frågorna (eller skriv egna), skriv ut pappersformulären, mata in svaren här och visa resultaten som PDF.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>med namn</translation>
    </message>
    <message>
        <source>the whole cohort</source>
        <translation>hela omgången</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Öppna för svar</translation>
    </message>
    <message>
        <source>Take answers again: type in forms, import them</source>
        <translation>Ta emot svar igen: mata in formulär, importera dem</translation>
    </message>
    <message>
        <source>Take no more answers; the results stay as they are</source>
        <translation>Ta inte emot fler svar; resultaten står kvar som de är</translation>
    </message>
    <message>
        <source>Course evaluation created.</source>
        <translation>Kursutvärderingen skapades.</translation>
    </message>
    <message>
        <source>The evaluation is closed for answers.</source>
        <translation>Utvärderingen är stängd för svar.</translation>
    </message>
    <message>
        <source>The evaluation takes answers again.</source>
        <translation>Utvärderingen tar emot svar igen.</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Resultat av kursutvärdering</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>resultaten</translation>
    </message>
    <message>
        <source>Evaluation forms</source>
        <translation>Utvärderingsformulär</translation>
    </message>
    <message>
        <source>the paper forms</source>
        <translation>pappersformulären</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Open another database…</source>
        <translation>Ö&amp;ppna en annan databas…</translation>
    </message>
    <message>
        <source>Open a tea&amp;m database…</source>
        <translation>Öppna en ge&amp;mensam databas…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Säkerhets&amp;kopiera…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Åt&amp;erställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Kohort backup {date}</source>
        <translation>Kohort säkerhetskopia {date}</translation>
    </message>
    <message>
        <source>Backed up to {path} (integrity and row counts checked).</source>
        <translation>Säkerhetskopierat till {path} (integritet och antal rader kontrollerade).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the database with the backup {file} (saved {when})?

The current database is saved as a backup in {folder} first.</source>
        <translation>Vill du ersätta databasen med säkerhetskopian {file} (sparad {when})?

Den nuvarande databasen sparas först som en säkerhetskopia i {folder}.</translation>
    </message>
    <message>
        <source>Replace the database with the backup from {when}?

The current database is saved as a backup in {folder} first.</source>
        <translation>Vill du ersätta databasen med säkerhetskopian från {when}?

Den nuvarande databasen sparas först som en säkerhetskopia i {folder}.</translation>
    </message>
    <message>
        <source>Restoring as soon as Kohort has finished its current work…</source>
        <translation>Säkerhetskopian återställs så snart Kohort är klar med det som pågår…</translation>
    </message>
    <message>
        <source>{problem}

Kohort closes.</source>
        <translation>{problem}

Kohort stängs.</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Öppna en annan databas</translation>
    </message>
    <message>
        <source>{path} is already open.</source>
        <translation>{path} är redan öppen.</translation>
    </message>
    <message>
        <source>Open a team database</source>
        <translation>Öppna en gemensam databas</translation>
    </message>
    <message>
        <source>The address of the team database on its PostgreSQL server, such as postgresql://anna@db.example.org/kohort. No password here: Kohort reads it from ~/.pgpass (or PGPASSWORD).</source>
        <translation>Adressen till den gemensamma databasen på dess PostgreSQL-server, till exempel postgresql://anna@db.example.org/kohort. Skriv inget lösenord här: Kohort läser det från ~/.pgpass (eller PGPASSWORD).</translation>
    </message>
    <message>
        <source>Restore the backup from {when}? The damaged file is kept in the backups folder.</source>
        <translation>Vill du återställa säkerhetskopian från {when}? Den skadade filen sparas i mappen backups.</translation>
    </message>
    <message>
        <source>There is no backup that passes its check in {folder}.</source>
        <translation>Det finns ingen säkerhetskopia i {folder} som klarar kontrollen.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Säkerhetskopian från {when} är återställd.</translation>
    </message>
    <message>
        <source>The damaged file was saved as {path}.</source>
        <translation>Den skadade filen sparades som {path}.</translation>
    </message>
    <message>
        <source>The previous database was saved as {path}.</source>
        <translation>Den tidigare databasen sparades som {path}.</translation>
    </message>
    <message>
        <source>Kohort is still working on this database; try again in a moment.</source>
        <translation>Kohort arbetar fortfarande med den här databasen; försök igen om en stund.</translation>
    </message>
    <message>
        <source>No other databases opened yet</source>
        <translation>Inga andra databaser har öppnats ännu</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Databas: {path}</translation>
    </message>
</context>
<context>
    <name>FillableForms</name>
    <message>
        <source>Write fi&amp;llable PDF forms…</source>
        <translation>Skriv ifyllbara P&amp;DF-formulär…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Mapp för de ifyllbara formulären</translation>
    </message>
    <message numerus="yes">
        <source>%n fillable form(s) saved to {path}.</source>
        <translation>
            <numerusform>%n ifyllbart formulär sparat i {path}.</numerusform>
            <numerusform>%n ifyllbara formulär sparade i {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the fillable forms…</source>
        <translation>Skriver de ifyllbara formulären…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>GatheringDialog</name>
    <message>
        <source>Reunion or lecture</source>
        <translation>Återträff eller föreläsning</translation>
    </message>
    <message>
        <source>New reunion or lecture</source>
        <translation>Ny återträff eller föreläsning</translation>
    </message>
    <message>
        <source>e.g. Återträff 2026</source>
        <translation>t.ex. Återträff 2026</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Återträff</translation>
    </message>
    <message>
        <source>Open lecture</source>
        <translation>Öppen föreläsning</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>e.g. Stadshotellet, Alingsås</source>
        <translation>t.ex. Stadshotellet, Alingsås</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>A reunion or lecture needs a title.</source>
        <translation>En återträff eller föreläsning behöver en rubrik.</translation>
    </message>
    <message>
        <source>A reunion or lecture needs a date.</source>
        <translation>En återträff eller föreläsning behöver ett datum.</translation>
    </message>
    <message>
        <source>A reunion or lecture must end after it starts.</source>
        <translation>En återträff eller föreläsning måste sluta efter att den börjar.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>guide_en.html</source>
        <comment>file name of the user guide in this language</comment>
        <translation>guide_sv.html</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Välj {what}</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}</source>
        <translation>Kunde inte läsa {name}: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size}&#xa0;kB</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Fullständigt namn (delas i för- och efternamn)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name on diploma</source>
        <translation>Namn på diplomet</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importera {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), header on row {header}</source>
        <translation>
            <numerusform>%n rad, rubriker på rad {header}</numerusform>
            <numerusform>%n rader, rubriker på rad {header}</numerusform>
        </translation>
    </message>
    <message>
        <source>, sheet “{sheet}”</source>
        <translation>, blad ”{sheet}”</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns set to “—” are ignored.</source>
        <translation>Välj vad varje kolumn innehåller. Kolumner med ”—” hoppas över.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(kolumn {n})</translation>
    </message>
    <message>
        <source>&amp;Update people already in Kohort (same e-mail) with the file&apos;s values</source>
        <translation>&amp;Uppdatera personer som redan finns i Kohort (samma e-postadress) med filens uppgifter</translation>
    </message>
    <message>
        <source>&amp;Keep people already in Kohort as they are</source>
        <translation>&amp;Behåll personer som redan finns i Kohort som de är</translation>
    </message>
    <message>
        <source>Enroll as:</source>
        <translation>Anmäl som:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do.</source>
        <translation>Tryck på Kontrollera för att se vad importen skulle göra.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>The check failed; see the message.</source>
        <translation>Kontrollen misslyckades; se meddelandet.</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {enrolled} newly enrolled in this cohort.</source>
        <translation>{created} nya, {updated} uppdaterade, {unchanged} oförändrade; {enrolled} nyanmälda till den här omgången.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these are fixed:</source>
        <translation>Ingenting kan importeras förrän detta är åtgärdat:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… och {n} till.</translation>
    </message>
    <message>
        <source>The other rows would give: {counts}</source>
        <translation>Övriga rader skulle ge: {counts}</translation>
    </message>
    <message>
        <source>Check these rows; they are imported as shown here:</source>
        <translation>Kontrollera de här raderna; de importeras så som de visas här:</translation>
    </message>
    <message>
        <source>row {row} is the same person as row {into}; merged.</source>
        <translation>rad {row} är samma person som rad {into}; sammanslagna.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more merged row(s).</source>
        <translation>
            <numerusform>… och %n sammanslagen rad till.</numerusform>
            <numerusform>… och %n sammanslagna rader till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to people already in Kohort (choose “Keep people already in Kohort as they are” to leave them):</source>
        <translation>Ändringar av personer som redan finns i Kohort (välj ”Behåll personer som redan finns i Kohort som de är” för att lämna dem orörda):</translation>
    </message>
    <message>
        <source>row {row}, {person}: {field} “{old}” → “{new}”</source>
        <translation>rad {row}, {person}: {field} ”{old}” → ”{new}”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… och %n ändring till.</numerusform>
            <numerusform>… och %n ändringar till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived, enrolled again and so active again: {names}.</source>
        <translation>Arkiverade, anmälda igen och därmed aktiva igen: {names}.</translation>
    </message>
    <message>
        <source>row {row}, {person}</source>
        <translation>rad {row}, {person}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>name as printed</source>
        <translation>namn på diplomet</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>befattning</translation>
    </message>
    <message>
        <source>department</source>
        <translation>förvaltning/avdelning</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Ingenting importerades från {file}.</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {enrolled} enrolled.</source>
        <translation>Importerade {file}: {created} nya, {updated} uppdaterade, {enrolled} anmälda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Create the &amp;demo programme</source>
        <translation>Skapa &amp;demoprogrammet</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>New &amp;cohort…</source>
        <translation>Ny &amp;omgång…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Verify a diploma…</source>
        <translation>&amp;Verifiera ett diplom…</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About Kohort</source>
        <translation>&amp;Om Kohort</translation>
    </message>
    <message>
        <source>Saved. The new language applies when Kohort restarts.</source>
        <translation>Sparat. Det nya språket gäller när Kohort startas om.</translation>
    </message>
    <message>
        <source>About Kohort</source>
        <translation>Om Kohort</translation>
    </message>
    <message>
        <source>Kohort {version}
Leadership programmes, from roll call to diploma.

Database: {path}</source>
        <translation>Kohort {version}
Ledarskapsprogram, från upprop till diplom.

Databas: {path}</translation>
    </message>
    <message>
        <source>Choose a cohort on the left, or create one.</source>
        <translation>Välj en omgång till vänster, eller skapa en.</translation>
    </message>
    <message>
        <source>There are no programmes in this database yet.</source>
        <translation>Det finns inga program i den här databasen ännu.</translation>
    </message>
    <message>
        <source>Welcome to Kohort</source>
        <translation>Välkommen till Kohort</translation>
    </message>
    <message>
        <source>This database is empty. Create a demo programme to look around?
You can archive it later (Programme ▸ Archive).</source>
        <translation>Databasen är tom. Vill du skapa ett demoprogram att titta runt i?
Du kan arkivera det senare (Program ▸ Arkivera).</translation>
    </message>
    <message>
        <source>Demo programme created.</source>
        <translation>Demoprogrammet skapat.</translation>
    </message>
    <message>
        <source>This cohort cannot be read: the database is damaged. Restore a backup with File ▸ Restore from backup…</source>
        <translation>Den här omgången kan inte läsas: databasen är skadad. Återställ en säkerhetskopia med Arkiv ▸ Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Choose a cohort on the left.</source>
        <translation>Välj en omgång till vänster.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Eligibility for {name}</source>
        <translation>Diplomrätt för {name}</translation>
    </message>
    <message>
        <source>The rule says: eligible.</source>
        <translation>Enligt kraven: har rätt till diplom.</translation>
    </message>
    <message>
        <source>The rule says: not eligible ({why}).</source>
        <translation>Enligt kraven: har inte rätt till diplom ({why}).</translation>
    </message>
    <message>
        <source>&amp;Follow the completion rule</source>
        <translation>&amp;Följ kraven för diplom</translation>
    </message>
    <message>
        <source>&amp;Eligible despite the rule</source>
        <translation>&amp;Har rätt till diplom trots kraven</translation>
    </message>
    <message>
        <source>&amp;Not eligible despite the rule</source>
        <translation>Har &amp;inte rätt till diplom trots kraven</translation>
    </message>
    <message>
        <source>e.g. Missed session 3 — made up with a written assignment</source>
        <translation>t.ex. Missade träff 3 – kompletterade med en skriftlig uppgift</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Write down why, for the record.</source>
        <translation>Skriv en motivering, så att det finns dokumenterat.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Attendance by session</source>
        <translation>Närvaro per träff</translation>
    </message>
    <message>
        <source>({recorded} recorded)</source>
        <translation>({recorded} registrerade)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n guest(s)</source>
        <translation>
            <numerusform>+ %n gäst</numerusform>
            <numerusform>+ %n gäster</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance by organization</source>
        <translation>Närvaro per organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eligible</source>
        <translation>
            <numerusform>%n uppfyller kraven</numerusform>
            <numerusform>%n uppfyller kraven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n i fas</numerusform>
            <numerusform>%n i fas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No dates set.</source>
        <translation>Inga datum angivna.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n participant(s)</source>
        <translation>
            <numerusform>Antal platser: %n</numerusform>
            <numerusform>Antal platser: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Nobody enrolled yet.</source>
        <translation>Ingen anmäld ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n träff genomförd</numerusform>
            <numerusform>%n träffar genomförda</numerusform>
        </translation>
    </message>
    <message>
        <source>{eligible} of {judged} participants meet the completion rule so far ({held}).</source>
        <translation>{eligible} av {judged} deltagare uppfyller kraven för diplom hittills ({held}).</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>No upcoming sessions.</source>
        <translation>Inga kommande träffar.</translation>
    </message>
    <message>
        <source>no venue yet</source>
        <translation>ingen plats ännu</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Inget kvar att göra.</translation>
    </message>
</context>
<context>
    <name>PaperFormsDialog</name>
    <message>
        <source>Print paper forms</source>
        <translation>Skriv ut pappersformulär</translation>
    </message>
    <message>
        <source>&amp;One per participant, with the name printed</source>
        <translation>&amp;Ett per deltagare, med namnet utskrivet</translation>
    </message>
    <message>
        <source>&amp;Unnamed copies:</source>
        <translation>&amp;Utan namn, antal:</translation>
    </message>
    <message>
        <source>How many blank forms to print</source>
        <translation>Hur många tomma formulär som skrivs ut</translation>
    </message>
    <message>
        <source>The cohort has no participants yet: how many blank forms to print?</source>
        <translation>Omgången har inga deltagare än: hur många tomma formulär ska skrivas ut?</translation>
    </message>
    <message>
        <source>An anonymous evaluation&apos;s forms carry no names.</source>
        <translation>En anonym utvärderings formulär har inga namn.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Filter by name, organization, e-mail… (Ctrl+F)</source>
        <translation>Filtrera på namn, organisation, e-post… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>&amp;Handlingsplan…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>A&amp;vbryt deltagande</translation>
    </message>
    <message>
        <source>Eligibility &amp;override…</source>
        <translation>&amp;Undantag från kraven…</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Ta bort person…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>&amp;Dubbletter…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportera lista…</translation>
    </message>
    <message>
        <source>Enro&amp;ll existing…</source>
        <translation>&amp;Anmäl befintlig…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportera personuppgifter…</translation>
    </message>
    <message>
        <source>Erase personal d&amp;ata…</source>
        <translation>Radera &amp;personuppgifter…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>(enroll someone with the role Mentor first)</source>
        <translation>(anmäl först någon med rollen Mentor)</translation>
    </message>
    <message>
        <source>Already in Kohort</source>
        <translation>Finns redan i Kohort</translation>
    </message>
    <message>
        <source>{name} already has the e-mail {email}.

Enroll {name} instead of adding a new person? (No adds a new person anyway.)</source>
        <translation>{name} har redan e-postadressen {email}.

Anmäl {name} i stället för att lägga till en ny person? (Nej lägger till en ny person ändå.)</translation>
    </message>
    <message>
        <source>{name} enrolled.</source>
        <translation>{name} anmäld.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} tillagd.</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Anmäld.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %n person(s).</source>
        <translation>
            <numerusform>Status ändrad för %n person.</numerusform>
            <numerusform>Status ändrad för %n personer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Role changed for %n person(s).</source>
        <translation>
            <numerusform>Roll ändrad för %n person.</numerusform>
            <numerusform>Roll ändrad för %n personer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Only participants have mentors.</source>
        <translation>Bara deltagare har mentorer.</translation>
    </message>
    <message>
        <source>Mentor set.</source>
        <translation>Mentor vald.</translation>
    </message>
    <message>
        <source>Eligibility recorded.</source>
        <translation>Diplomrätten sparad.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Avbryt deltagande</translation>
    </message>
    <message>
        <source>Withdraw {names} from this cohort? Their attendance and plans are kept.</source>
        <translation>Avbryta deltagandet i omgången för {names}? Närvaro och planer sparas.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Ta bort person</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n issued diploma(s), which stay in the register. Withdraw {name} from the cohort instead.</source>
        <translation>
            <numerusform>{name} har %n utfärdat diplom, som finns kvar i registret. Avbryt i stället deltagandet för {name} i omgången.</numerusform>
            <numerusform>{name} har %n utfärdade diplom, som finns kvar i registret. Avbryt i stället deltagandet för {name} i omgången.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in all cohorts</source>
        <translation>
            <numerusform>%n anmälan i alla omgångar</numerusform>
            <numerusform>%n anmälningar i alla omgångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n närvaromarkering</numerusform>
            <numerusform>%n närvaromarkeringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n handlingsplan</numerusform>
            <numerusform>%n handlingsplaner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n namngivet kursutvärderingssvar</numerusform>
            <numerusform>%n namngivna kursutvärderingssvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n plats på inbjudningslistor till återträffar</numerusform>
            <numerusform>%n platser på inbjudningslistor till återträffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name} from Kohort altogether?

This also deletes: {what}.

To keep the history, choose Withdraw instead.</source>
        <translation>Ta bort {name} helt från Kohort?

Då tas också bort: {what}.

Välj Avbryt deltagande i stället om historiken ska finnas kvar.</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} borttagen.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Sammanslagna.</translation>
    </message>
    <message>
        <source>Participants – {cohort}</source>
        <translation>Deltagare – {cohort}</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exportera deltagare</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n person(s) to {path}.</source>
        <translation>
            <numerusform>%n person sparad i {path}.</numerusform>
            <numerusform>%n personer sparade i {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>&amp;Single name only (no last name)</source>
        <translation>Har &amp;bara ett namn (inget efternamn)</translation>
    </message>
    <message>
        <source>Only if the diploma should differ</source>
        <translation>Bara om diplomet ska visa något annat</translation>
    </message>
    <message>
        <source>e.g. enhetschef</source>
        <translation>t.ex. enhetschef</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>Name on &amp;diploma:</source>
        <translation>Namn på &amp;diplomet:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Befattnin&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Förv&amp;altning/avdelning:</translation>
    </message>
    <message>
        <source>&amp;Role in the cohort:</source>
        <translation>&amp;Roll i omgången:</translation>
    </message>
    <message>
        <source>Type the name in First name.</source>
        <translation>Skriv namnet under Förnamn.</translation>
    </message>
    <message>
        <source>A person needs a first or last name.</source>
        <translation>En person behöver ett förnamn eller efternamn.</translation>
    </message>
    <message>
        <source>Type the last name, or tick “Single name only” if the person has no other name.</source>
        <translation>Skriv efternamnet, eller bocka för ”Har bara ett namn” om personen inte har något annat namn.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>”{email}” är ingen giltig e-postadress.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Lägg till en person på listan</translation>
    </message>
    <message>
        <source>Type a name, e-mail or organization</source>
        <translation>Skriv ett namn, en e-postadress eller en organisation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>PlanGuideDialog</name>
    <message>
        <source>Action plan headings and questions – {programme}</source>
        <translation>Rubriker och frågor i handlingsplanen – {programme}</translation>
    </message>
    <message>
        <source>A guiding question (optional)</source>
        <translation>En vägledande fråga (valfri)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Å&amp;terställ standardtexterna</translation>
    </message>
    <message>
        <source>Defaults in:</source>
        <translation>Standardtexter på:</translation>
    </message>
    <message>
        <source>Printed on every action plan of the programme&apos;s cohorts and shown in the editor. Left exactly as a language&apos;s defaults, each cohort uses the defaults of its own document language.</source>
        <translation>Skrivs ut på varje handlingsplan i programmets omgångar och visas i redigeraren. Lämnas de exakt som ett språks standardtexter använder varje omgång standardtexterna på sitt eget dokumentspråk.</translation>
    </message>
    <message>
        <source>Every section needs a heading ({section} has none).</source>
        <translation>Varje avsnitt behöver en rubrik ({section} saknar rubrik).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
    <message>
        <source>The new language applies the next time Kohort starts. Each cohort&apos;s diplomas and other documents keep the document language set in the cohort.</source>
        <translation>Det nya språket gäller nästa gång Kohort startar. Varje omgångs diplom och andra dokument behåller det dokumentspråk som är valt för omgången.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Språk i programmet:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Second backup folder:</source>
        <translation>&amp;Andra mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>Kohort keeps its backups in the backups folder beside the database. It also copies them here (a USB stick, a network share) whenever the folder is there.</source>
        <translation>Kohort sparar sina säkerhetskopior i mappen backups bredvid databasen. De kopieras också hit (ett USB-minne, en nätverksmapp) när mappen finns tillgänglig.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Andra mapp för säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>e.g. Framtidens ledare</source>
        <translation>t.ex. Framtidens ledare</translation>
    </message>
    <message>
        <source>e.g. FL — starts every diploma number</source>
        <translation>t.ex. FL – inleder varje diplomnummer</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Ett per rad</translation>
    </message>
    <message>
        <source>Printed on diplomas, e.g. Alingsås</source>
        <translation>Skrivs ut på diplomen, t.ex. Alingsås</translation>
    </message>
    <message>
        <source>Who signs the diplomas of every cohort that has no signatories of its own: one to three, with a title such as Kommundirektör or Personalchef. A diploma needs at least one.</source>
        <translation>Den som undertecknar diplomen i varje omgång som inte har egna undertecknare: en till tre, med titel som Kommundirektör eller Personalchef. Ett diplom behöver minst en.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation>&amp;Fokusområden:</translation>
    </message>
    <message>
        <source>Diploma &amp;place:</source>
        <translation>&amp;Ort på diplomet:</translation>
    </message>
    <message>
        <source>&amp;Signatories:</source>
        <translation>&amp;Undertecknare:</translation>
    </message>
    <message>
        <source>Action plan &amp;headings and questions…</source>
        <translation>Handlingsplanens &amp;rubriker och frågor…</translation>
    </message>
    <message>
        <source>Action plans:</source>
        <translation>Handlingsplaner:</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Ett program måste ha ett namn.</translation>
    </message>
    <message>
        <source>A programme needs a short code, e.g. FL.</source>
        <translation>Ett program behöver en kort kod, t.ex. FL.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Evaluation questions</source>
        <translation>Utvärderingens frågor</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Ny fråga</translation>
    </message>
    <message>
        <source>Add a question at the end (Ctrl+N)</source>
        <translation>Lägg till en fråga sist (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the chosen question (Ctrl+Delete)</source>
        <translation>Ta bort den valda frågan (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation>Flytta den valda frågan uppåt (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation>Flytta den valda frågan nedåt (Ctrl+↓)</translation>
    </message>
    <message>
        <source>e.g. Very poor</source>
        <translation>t.ex. Mycket dåligt</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>t.ex. Mycket bra</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Ett alternativ per rad</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Svar &amp;krävs</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>&amp;Low end:</source>
        <translation>&amp;Lägsta värdet:</translation>
    </message>
    <message>
        <source>&amp;High end:</source>
        <translation>&amp;Högsta värdet:</translation>
    </message>
    <message>
        <source>Tip: label the ends, or the form prints 1–5 with no meaning to them.</source>
        <translation>Tips: skriv vad ändarna betyder, annars står 1–5 på formuläret utan förklaring.</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>&amp;Alternativ:</translation>
    </message>
    <message>
        <source>Sa&amp;ve question</source>
        <translation>Spa&amp;ra frågan</translation>
    </message>
    <message>
        <source>Save the question (Ctrl+S)</source>
        <translation>Spara frågan (Ctrl+S)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>Ån&amp;gra ändringarna</translation>
    </message>
    <message>
        <source>Forget the changes to this question</source>
        <translation>Glöm ändringarna i frågan</translation>
    </message>
    <message numerus="yes">
        <source>This question has %n answer(s): its kind, scale and options can no longer change; its text can.</source>
        <translation>
            <numerusform>Frågan har %n svar: dess typ, skala och alternativ kan inte längre ändras; texten kan.</numerusform>
            <numerusform>Frågan har %n svar: dess typ, skala och alternativ kan inte längre ändras; texten kan.</numerusform>
        </translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(ny fråga)</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message numerus="yes">
        <source>Question {position} (“{text}”) has %n answer(s). Deleting the question deletes its answers too, and cannot be undone. Delete it?</source>
        <translation>
            <numerusform>Fråga {position} (”{text}”) har %n svar. Tar du bort frågan tas svaret också bort, och det kan inte ångras. Ta bort den?</numerusform>
            <numerusform>Fråga {position} (”{text}”) har %n svar. Tar du bort frågan tas svaren också bort, och det kan inte ångras. Ta bort den?</numerusform>
        </translation>
    </message>
    <message>
        <source>The question being edited is not saved. Close and forget the changes?</source>
        <translation>Frågan du ändrar är inte sparad. Stänga och glömma ändringarna?</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Reissue {serial}</source>
        <translation>Utfärda {serial} på nytt</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}. A new diploma with a new number replaces it; {serial} stays in the register, marked as replaced. Correct the spelling of the name below if that is why you reissue.</source>
        <translation>{serial} är diplomet för {holder}. Ett nytt diplom med ett nytt nummer ersätter det; {serial} ligger kvar i registret, markerat som ersatt. Rätta stavningen av namnet nedan om det är därför du utfärdar på nytt.</translation>
    </message>
    <message>
        <source>&amp;Name on the diploma:</source>
        <translation>&amp;Namn på diplomet:</translation>
    </message>
    <message>
        <source>The name on the diploma cannot be empty.</source>
        <translation>Namnet på diplomet får inte vara tomt.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups in {folder}. Kohort takes one when it closes and once a day while it is open. Restoring saves the current database in the same folder first.</source>
        <translation>Säkerhetskopior i {folder}. Kohort tar en när programmet stängs och en gång om dagen medan det är öppet. Vid återställning sparas den nuvarande databasen först i samma mapp.</translation>
    </message>
    <message>
        <source>There are no backups of this database in {folder} yet.</source>
        <translation>Det finns ännu inga säkerhetskopior av den här databasen i {folder}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>Restore another backup file: one in the second backup folder (a USB stick), or a copy made with File ▸ Backup…</source>
        <translation>Återställ en annan säkerhetskopia: en i den andra mappen för säkerhetskopior (ett USB-minne) eller en kopia som gjorts med Arkiv ▸ Säkerhetskopiera…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The results as the PDF report prints them (Ctrl+S saves it)</source>
        <translation>Resultaten som PDF-rapporten skriver ut dem (Ctrl+S sparar den)</translation>
    </message>
    <message>
        <source>Fewer than 5 answers: the results may point out single participants – show them with care.</source>
        <translation>Färre än 5 svar: resultaten kan peka ut enskilda deltagare – visa dem med försiktighet.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Drawing the results…</source>
        <translation>Ritar resultaten…</translation>
    </message>
    <message>
        <source>The results could not be drawn: {reason}</source>
        <translation>Resultaten kunde inte ritas: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The results report as it prints: %n page(s).</source>
        <translation>
            <numerusform>Resultatrapporten som den skrivs ut: %n sida.</numerusform>
            <numerusform>Resultatrapporten som den skrivs ut: %n sidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>never admitted, over %n month(s)</source>
        <translation>
            <numerusform>aldrig antagen, över %n månad</numerusform>
            <numerusform>aldrig antagen, över %n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no activity for over %n year(s)</source>
        <translation>
            <numerusform>ingen aktivitet på över %n år</numerusform>
            <numerusform>ingen aktivitet på över %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>each organization&apos;s (default 5)</source>
        <translation>organisationens egen (annars 5)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>each organization&apos;s (default 6)</source>
        <translation>organisationens egen (annars 6)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>No activity for more than:</source>
        <translation>Ingen aktivitet på mer än:</translation>
    </message>
    <message>
        <source>Applicants never admitted, after:</source>
        <translation>Sökande som aldrig antagits, efter:</translation>
    </message>
    <message>
        <source>Also erase their issued &amp;diplomas</source>
        <translation>Radera även deras utfärdade &amp;diplom</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Radera markerade…</translation>
    </message>
    <message>
        <source>&amp;Organization&apos;s periods…</source>
        <translation>&amp;Organisationens gallringsfrister…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to review.</source>
        <translation>
            <numerusform>%n person att gå igenom.</numerusform>
            <numerusform>%n personer att gå igenom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due for erasure: nobody has been inactive longer than the retention period, and no applicant has waited longer than the applicant period.</source>
        <translation>Ingen behöver gallras: ingen har varit inaktiv längre än gallringsfristen, och ingen sökande har väntat längre än fristen för sökande.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) from Kohort for good, with their enrollments, attendance and action plans? This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n person ur Kohort för gott, med registreringar, närvaro och handlingsplaner? Det går inte att ångra.</numerusform>
            <numerusform>Radera %n personer ur Kohort för gott, med registreringar, närvaro och handlingsplaner? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued diploma(s) are erased too.</source>
        <translation>
            <numerusform>%n utfärdat diplom raderas också.</numerusform>
            <numerusform>%n utfärdade diplom raderas också.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have issued diplomas: those stay in the diploma register, with the name as printed, as the organization&apos;s record; nothing else about them stays. Tick “Also erase their issued diplomas” to erase them too.</source>
        <translation>
            <numerusform>%n av dem har utfärdade diplom: de sparas i diplomregistret, med namnet som det står på diplomet, som organisationens dokumentation; inget annat om personen finns kvar. Kryssa i ”Radera även deras utfärdade diplom” för att radera dem också.</numerusform>
            <numerusform>%n av dem har utfärdade diplom: de sparas i diplomregistret, med namnet som det står på diplomen, som organisationens dokumentation; inget annat om dem finns kvar. Kryssa i ”Radera även deras utfärdade diplom” för att radera dem också.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were erased.</source>
        <translation>
            <numerusform>%n person är raderad.</numerusform>
            <numerusform>%n personer är raderade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their issued diplomas stay in the register.</source>
        <translation>Deras utfärdade diplom finns kvar i registret.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Raderar personuppgifter…</translation>
    </message>
    <message>
        <source>Erasing was cancelled; nobody was erased.</source>
        <translation>Raderingen avbröts; ingen raderades.</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsDialog</name>
    <message>
        <source>Organization&apos;s retention periods</source>
        <translation>Organisationens gallringsfrister</translation>
    </message>
    <message numerus="yes">
        <source>default (%n year(s))</source>
        <translation>
            <numerusform>standard (%n år)</numerusform>
            <numerusform>standard (%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message numerus="yes">
        <source>default (%n month(s))</source>
        <translation>
            <numerusform>standard (%n månad)</numerusform>
            <numerusform>standard (%n månader)</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Keep people without activity for:</source>
        <translation>Spara personer utan aktivitet i:</translation>
    </message>
    <message>
        <source>Keep applicants never admitted for:</source>
        <translation>Spara sökande som aldrig antagits i:</translation>
    </message>
    <message>
        <source>There are no organizations yet.</source>
        <translation>Det finns inga organisationer ännu.</translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message>
        <source>Read filled-in PDF forms</source>
        <translation>Läs in ifyllda PDF-formulär</translation>
    </message>
    <message>
        <source>Choose the PDF forms participants sent back, or drop them here. Each is matched to its person by the form&apos;s hidden id; nothing is stored until you press Apply, and then all of it at once.</source>
        <translation>Välj de PDF-formulär som deltagarna skickat tillbaka, eller släpp dem här. Varje formulär kopplas till sin person genom formulärets dolda id; ingenting sparas förrän du trycker på Verkställ, och då allt på en gång.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Ta bort ur listan</translation>
    </message>
    <message>
        <source>Only forms of the cohort “{cohort}”</source>
        <translation>Bara formulär från omgången ”{cohort}”</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Vad som ändras</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Filled-in PDF forms</source>
        <translation>Ifyllda PDF-formulär</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF-formulär (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the forms…</source>
        <translation>Läser formulären…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Inläsningen avbröts.</translation>
    </message>
    <message numerus="yes">
        <source>%n returned form(s) stored.</source>
        <translation>
            <numerusform>%n ifyllt formulär sparat.</numerusform>
            <numerusform>%n ifyllda formulär sparade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the answers…</source>
        <translation>Sparar svaren…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Avbrutet; inget sparades.</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Inga filer valda ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): remove those files from the list, or correct them and add them again. Nothing can be applied until then.</source>
        <translation>
            <numerusform>%n problem: ta bort filen ur listan, eller rätta den och lägg till den igen. Inget kan verkställas innan dess.</numerusform>
            <numerusform>%n problem: ta bort de filerna ur listan, eller rätta dem och lägg till dem igen. Inget kan verkställas innan dess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready. Apply stores all of them at once.</source>
        <translation>
            <numerusform>%n fil klar. Verkställ sparar den.</numerusform>
            <numerusform>%n filer klara. Verkställ sparar alla på en gång.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rea&amp;d filled-in PDF forms…</source>
        <translation>&amp;Läs in ifyllda PDF-formulär…</translation>
    </message>
</context>
<context>
    <name>ReunionActions</name>
    <message>
        <source>Reunion planned.</source>
        <translation>Återträffen är planerad.</translation>
    </message>
    <message>
        <source>Reunion saved.</source>
        <translation>Återträffen är sparad.</translation>
    </message>
    <message>
        <source>Delete reunion</source>
        <translation>Ta bort återträff</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” ({date}) and its invitation list of %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort ”{title}” ({date}) och dess inbjudningslista med %n person? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort ”{title}” ({date}) och dess inbjudningslista med %n personer? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reunion deleted.</source>
        <translation>Återträffen är borttagen.</translation>
    </message>
    <message>
        <source>Added to the list.</source>
        <translation>Tillagd på listan.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <source>Remove {names} from the invitation list of “{title}”?</source>
        <translation>Ta bort {names} från inbjudningslistan till ”{title}”?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Borttagen.</translation>
    </message>
    <message>
        <source>Invitation list – {title}</source>
        <translation>Inbjudningslista – {title}</translation>
    </message>
    <message numerus="yes">
        <source>Invitation list saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Inbjudningslistan sparades: {path} (%n namn).</numerusform>
            <numerusform>Inbjudningslistan sparades: {path} (%n namn).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet – {title} {date}</source>
        <translation>Närvarolista – {title} {date}</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Närvarolistan sparades: {path} (%n namn).</numerusform>
            <numerusform>Närvarolistan sparades: {path} (%n namn).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who declined left off.</source>
        <translation>
            <numerusform>%n som tackat nej står inte på den.</numerusform>
            <numerusform>%n som tackat nej står inte på den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReunionsWindow</name>
    <message>
        <source>Reunions and alumni – {programme}</source>
        <translation>Återträffar och tidigare deltagare – {programme}</translation>
    </message>
    <message>
        <source>&amp;Reunions</source>
        <translation>Åte&amp;rträffar</translation>
    </message>
    <message>
        <source>&amp;Former participants</source>
        <translation>&amp;Tidigare deltagare</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Reunions and lectures:</source>
        <translation>Återträffar och föreläsningar:</translation>
    </message>
    <message>
        <source>Only &amp;active</source>
        <translation>Bara a&amp;ktiva</translation>
    </message>
    <message>
        <source>Leave out archived people (erased people never show)</source>
        <translation>Utelämna arkiverade personer (raderade visas aldrig)</translation>
    </message>
    <message>
        <source>&amp;Invite former participants</source>
        <translation>B&amp;jud in tidigare deltagare</translation>
    </message>
    <message>
        <source>Invite every former participant the filters select; those already invited keep their answer</source>
        <translation>Bjud in alla tidigare deltagare som filtren väljer; de som redan är inbjudna behåller sitt svar</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Lägg till &amp;person…</translation>
    </message>
    <message>
        <source>Re&amp;move from list…</source>
        <translation>Ta bort &amp;från listan…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ångr&amp;a</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Närvaro&amp;lista…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>The list with e-mail addresses for a mail merge (Excel or CSV)</source>
        <translation>Listan med e-postadresser för ett massutskick (Excel eller CSV)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>No reunions or lectures yet: plan one with New…</source>
        <translation>Inga återträffar eller föreläsningar än: planera en med Ny…</translation>
    </message>
    <message>
        <source>{description}
{n} on the list ({shown} shown): {figures}</source>
        <translation>{description}
{n} på listan ({shown} visas): {figures}</translation>
    </message>
    <message numerus="yes">
        <source>%n former participant(s) invited.</source>
        <translation>
            <numerusform>%n tidigare deltagare bjöds in.</numerusform>
            <numerusform>%n tidigare deltagare bjöds in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>Roll call</source>
        <translation>Upprop</translation>
    </message>
    <message>
        <source>Type to find a name, then ↓ and a status key</source>
        <translation>Skriv för att hitta ett namn, sedan ↓ och en statustangent</translation>
    </message>
    <message>
        <source>Everyone not yet recorded is &amp;present</source>
        <translation>Alla som inte registrerats ännu är &amp;närvarande</translation>
    </message>
    <message>
        <source>&amp;Walk-in guest…</source>
        <translation>&amp;Gäst på plats…</translation>
    </message>
    <message>
        <source>Find a name, Enter, then P present · L late · E left early · X excused · A absent (Swedish: N, S, G, F) · Space cycles · Enter adds a note · Ctrl+Z undoes</source>
        <translation>Hitta ett namn, Enter, sedan N närvarande · S sen · G gick tidigare · X frånvarande med anmälan · F frånvarande (P, L, E och A fungerar också) · Mellanslag växlar · Enter lägger till en anteckning · Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>{recorded} of {total} recorded, {attended} attended</source>
        <translation>{recorded} av {total} registrerade, {attended} närvarande</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gäst</numerusform>
            <numerusform>%n gäster</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Alla övriga närvarande</translation>
    </message>
    <message>
        <source>{name} added as {role} and marked present.</source>
        <translation>{name} tillagd som {role} och markerad som närvarande.</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>All mandatory sessions attended</source>
        <translation>Närvarande vid alla obligatoriska träffar</translation>
    </message>
    <message>
        <source>Late counts as attended</source>
        <translation>Sen räknas som närvaro</translation>
    </message>
    <message>
        <source>Left early counts as attended</source>
        <translation>Gick tidigare räknas som närvaro</translation>
    </message>
    <message>
        <source>Excused counts as attended</source>
        <translation>Frånvarande med anmälan räknas som närvaro</translation>
    </message>
    <message>
        <source>An action plan is required</source>
        <translation>En handlingsplan krävs</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>&amp;Lägsta närvaro:</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of sessions</source>
        <translation>Ny serie träffar</translation>
    </message>
    <message>
        <source>e.g. Nätverksträff (numbered 1, 2, 3…)</source>
        <translation>t.ex. Nätverksträff (numreras 1, 2, 3…)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervall:</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform> träff</numerusform>
            <numerusform> träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>vecka</numerusform>
            <numerusform>veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dag</numerusform>
            <numerusform>dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny träff</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>e.g. Att leda förändring</source>
        <translation>t.ex. Att leda förändring</translation>
    </message>
    <message>
        <source>Over several days (residential)</source>
        <translation>Flera dagar (internat)</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>e.g. Stadshuset, Alingsås</source>
        <translation>t.ex. Stadshuset, Alingsås</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Mandatory for completion</source>
        <translation>Obligatorisk för diplom</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Länk för distans:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Timmar:</translation>
    </message>
    <message>
        <source>Focus &amp;area:</source>
        <translation>F&amp;okusområde:</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>En träff behöver en rubrik.</translation>
    </message>
    <message>
        <source>A session cannot end on a day before it starts.</source>
        <translation>En träff kan inte sluta en dag före den börjar.</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>En träff måste sluta efter att den börjat.</translation>
    </message>
    <message>
        <source>An online link must start with https://</source>
        <translation>En länk för distans måste börja med https://</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Ny träff…</translation>
    </message>
    <message>
        <source>Add &amp;series…</source>
        <translation>Ny &amp;serie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Kopiera…</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>Närvaro&amp;lista…</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>Namnsk&amp;yltar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Träffen tillagd.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n träff tillagd.</numerusform>
            <numerusform>%n träffar tillagda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Träffen sparad.</translation>
    </message>
    <message>
        <source>Session duplicated.</source>
        <translation>Träffen kopierad.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort träff</translation>
    </message>
    <message>
        <source>Delete “{title}” on {date}?</source>
        <translation>Ta bort ”{title}” den {date}?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Träffen borttagen.</translation>
    </message>
    <message>
        <source>Sign-in sheet – {title} {date}</source>
        <translation>Närvarolista – {title} {date}</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Närvarolistan sparad: {path} (%n namn).</numerusform>
            <numerusform>Närvarolistan sparad: {path} (%n namn).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>New &amp;programme…</source>
        <translation>Nytt &amp;program…</translation>
    </message>
    <message>
        <source>New &amp;cohort…</source>
        <translation>Ny &amp;omgång…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Duplicate cohort…</source>
        <translation>&amp;Kopiera omgång…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>Re&amp;unions and former participants…</source>
        <translation>Återträffar och tidigare &amp;deltagare…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>&amp;Visa arkiverade</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <source> (checked out)</source>
        <translation> (utcheckad)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Programme created. Now add its first cohort.</source>
        <translation>Programmet skapat. Lägg nu till dess första omgång.</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>Choose the programme the cohort belongs to first.</source>
        <translation>Välj först det program som omgången hör till.</translation>
    </message>
    <message>
        <source>Cohort created.</source>
        <translation>Omgången skapad.</translation>
    </message>
    <message>
        <source>Cohort saved.</source>
        <translation>Omgången sparad.</translation>
    </message>
    <message>
        <source>Programme saved.</source>
        <translation>Programmet sparat.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>Cohort duplicated.</source>
        <translation>Omgången kopierad.</translation>
    </message>
    <message>
        <source>Cohort archived; Programme ▸ Show archived brings it back.</source>
        <translation>Omgången arkiverad; Program ▸ Visa arkiverade tar fram den igen.</translation>
    </message>
    <message>
        <source>Cohort restored.</source>
        <translation>Omgången återställd.</translation>
    </message>
    <message>
        <source>Programme archived.</source>
        <translation>Programmet arkiverat.</translation>
    </message>
    <message>
        <source>Programme restored.</source>
        <translation>Programmet återställt.</translation>
    </message>
</context>
<context>
    <name>SignatoriesBox</name>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>&amp;Use the programme&apos;s signatories</source>
        <translation>Anvä&amp;nd programmets undertecknare</translation>
    </message>
    <message>
        <source>The programme has no signatories yet: select it on the left, then Programme ▸ Edit… to add them.</source>
        <translation>Programmet har inga undertecknare ännu: markera det till vänster och välj Program ▸ Redigera… för att lägga till dem.</translation>
    </message>
    <message>
        <source>A diploma needs at least one signatory: type a name (and a title, e.g. Kommundirektör), or tick “Use the programme&apos;s signatories”.</source>
        <translation>Ett diplom behöver minst en undertecknare: skriv ett namn (och en titel, t.ex. Kommundirektör), eller bocka för ”Använd programmets undertecknare”.</translation>
    </message>
    <message>
        <source>A diploma needs at least one signatory: type who signs, with a title such as Kommundirektör. To use the same ones for every cohort, add them to the programme (select it on the left, then Programme ▸ Edit…) or tick “Also make this the programme&apos;s design” below.</source>
        <translation>Ett diplom behöver minst en undertecknare: skriv vem som undertecknar, med en titel som Kommundirektör. Vill du använda samma för alla omgångar, lägg till dem i programmet (markera det till vänster, sedan Program ▸ Redigera…) eller bocka för ”Använd också som programmets utformning” nedan.</translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title, e.g. Kommundirektör</source>
        <translation>Titel, t.ex. Kommundirektör</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>bild av namnteckningen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Namnteckning:</translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <source>Updated: changes made by another user</source>
        <translation>Uppdaterat: ändringar från en annan användare</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a diploma</source>
        <translation>Verifiera ett diplom</translation>
    </message>
    <message>
        <source>7KQ2-M9XD, or the address from the QR code</source>
        <translation>7KQ2-M9XD, eller adressen från QR-koden</translation>
    </message>
    <message>
        <source>Type the verification code printed on the diploma and press Enter.</source>
        <translation>Skriv verifieringskoden som står på diplomet och tryck på Enter.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>K&amp;ontrollera</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is damaged: it no longer matches its hash. Restore the database from a backup before printing it.</source>
        <translation>Registrets uppgifter om diplomet är skadade: de stämmer inte längre med kontrollsumman. Återställ databasen från en säkerhetskopia innan du skriver ut det.</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is intact, but it was made by another renderer (drawing version {then}; this Kohort draws version {now}): a copy printed now may differ slightly from the first.</source>
        <translation>Registrets uppgifter om diplomet är oförändrade, men det ritades av en annan version av diplomritningen (version {then}; den här Kohort ritar med version {now}): en kopia som skrivs ut nu kan skilja sig något från originalet.</translation>
    </message>
    <message>
        <source>Its stored PDF is intact (its hash matches). It was issued by an older Kohort, so the name and date shown come from the register and no hash covers them.</source>
        <translation>Den sparade PDF-filen av diplomet är oförändrad (kontrollsumman stämmer). Diplomet utfärdades av en äldre version av Kohort, så namnet och datumet som visas kommer från registret och omfattas inte av någon kontrollsumma.</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is intact (its hash matches).</source>
        <translation>Registrets uppgifter om diplomet är oförändrade (kontrollsumman stämmer).</translation>
    </message>
    <message>
        <source>That is a diploma number</source>
        <translation>Det är ett diplomnummer</translation>
    </message>
    <message>
        <source>“{number}” is the diploma&apos;s number, not its verification code. Type the code printed beside it: four letters or digits, a dash, four more (e.g. 7KQ2-M9XD).</source>
        <translation>”{number}” är diplomets nummer, inte dess verifieringskod. Skriv koden som står bredvid: fyra bokstäver eller siffror, ett bindestreck och fyra till (till exempel 7KQ2-M9XD).</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Okänd kod</translation>
    </message>
    <message>
        <source>No diploma in this register has the code “{code}”. Check the letters (the codes use no 0, O, 1, I or L).</source>
        <translation>Inget diplom i det här registret har koden ”{code}”. Kontrollera tecknen (koderna innehåller aldrig 0, O, 1, I eller L).</translation>
    </message>
    <message>
        <source>Cannot be confirmed: the register&apos;s record of this diploma has been changed or damaged since it was issued. Restore the database from a backup and check again.</source>
        <translation>Kan inte bekräftas: registrets uppgifter om diplomet har ändrats eller skadats sedan det utfärdades. Återställ databasen från en säkerhetskopia och kontrollera igen.</translation>
    </message>
    <message>
        <source>Valid: this diploma was issued and holds.</source>
        <translation>Giltigt: diplomet är utfärdat och gäller.</translation>
    </message>
    <message>
        <source>Replaced: reissued as {serial}; {latest} holds.</source>
        <translation>Ersatt: utfärdat på nytt som {serial}; {latest} gäller.</translation>
    </message>
    <message>
        <source>Replaced: reissued as {serial}; {latest} was revoked too.</source>
        <translation>Ersatt: utfärdat på nytt som {serial}; även {latest} har återkallats.</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Återkallat {date}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Diplomnummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Verifieringskod</translation>
    </message>
</context>
<context>
    <name>WriteLock</name>
    <message>
        <source>This cohort is checked out and read-only here until it is checked in.</source>
        <translation>Omgången är utcheckad och skrivskyddad här tills den checkas in.</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>P</source>
        <comment>status letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>L</source>
        <comment>status letter</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>status letter</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>X</source>
        <comment>status letter</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>A</source>
        <comment>status letter</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>{attended} attended, {recorded} of {total} recorded</source>
        <translation>{attended} närvarande, {recorded} av {total} registrerade</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gäst</numerusform>
            <numerusform>%n gäster</numerusform>
        </translation>
    </message>
    <message>
        <source>guest</source>
        <translation>gäst</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ej registrerad</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>träffen inställd</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Table cards – {cohort}</source>
        <translation>Bordskort – {cohort}</translation>
    </message>
    <message>
        <source>Name badges – {cohort}</source>
        <translation>Namnskyltar – {cohort}</translation>
    </message>
    <message numerus="yes">
        <source>Name badges saved: {path} (%n person(s)).</source>
        <translation>
            <numerusform>Namnskyltar sparade: {path} (%n person).</numerusform>
            <numerusform>Namnskyltar sparade: {path} (%n personer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing name badges…</source>
        <translation>Skriver namnskyltar…</translation>
    </message>
    <message>
        <source>Name badges cancelled; nothing was written.</source>
        <translation>Namnskyltarna avbröts; inget sparades.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Kohort ran into a problem it did not expect. What was saved is safe. The details were written to:
{path}</source>
        <translation>Kohort stötte på ett oväntat problem. Det som är sparat är i säkerhet. Detaljerna har skrivits till:
{path}</translation>
    </message>
</context>
<context>
    <name>diplomas</name>
    <message>
        <source>Revoked ({serial}): {reason}</source>
        <translation>Återkallat ({serial}): {reason}</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>ej utfärdat</translation>
    </message>
    <message>
        <source> · despite the rule</source>
        <translation> · trots kraven</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Enkelval</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Öppen fråga</translation>
    </message>
    <message>
        <source>scale 1–{top}</source>
        <translation>skala 1–{top}</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n option(s)</source>
        <translation>
            <numerusform>{kind}, %n alternativ</numerusform>
            <numerusform>{kind}, %n alternativ</numerusform>
        </translation>
    </message>
    <message>
        <source>“{key}” is no answer here: {hint}</source>
        <translation>”{key}” är inget svar här: {hint}</translation>
    </message>
    <message>
        <source>type 1–{top}, or 0 to clear</source>
        <translation>skriv 1–{top}, eller 0 för att tömma</translation>
    </message>
    <message>
        <source>{value} is not on the scale 1–{top}.</source>
        <translation>{value} finns inte på skalan 1–{top}.</translation>
    </message>
    <message>
        <source>Several may be chosen: digits toggle, Enter moves on.</source>
        <translation>Flera kan väljas: siffror kryssar i och ur, Enter går vidare.</translation>
    </message>
    <message>
        <source>type 1–{top} to tick or untick an option, 0 to clear</source>
        <translation>skriv 1–{top} för att kryssa i eller ur ett alternativ, 0 för att tömma</translation>
    </message>
    <message>
        <source>type 1–{top} to choose an option, or 0 to clear</source>
        <translation>skriv 1–{top} för att välja ett alternativ, eller 0 för att tömma</translation>
    </message>
    <message>
        <source>There is no option {value}: the options are 1–{top}.</source>
        <translation>Det finns inget alternativ {value}: alternativen är 1–{top}.</translation>
    </message>
    <message>
        <source>Type the answer (Shift+Enter for a new line)</source>
        <translation>Skriv svaret (Skift+Enter för ny rad)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>Participant lists ({patterns});;All files (*)</source>
        <translation>Deltagarlistor ({patterns});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3)</source>
        <translation>Kohort-databaser (*.sqlite3)</translation>
    </message>
    <message>
        <source>Check the cohort out to a file</source>
        <translation>Checka ut omgången till en fil</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Öppna en annan databas</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kohort-databaser (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The files were saved in the folder {path}, but the folder could not be opened here. Open it from your file manager.</source>
        <translation>Filerna sparades i mappen {path}, men mappen kunde inte öppnas härifrån. Öppna den i filhanteraren.</translation>
    </message>
    <message>
        <source>{name} was saved in the folder {folder}, but no PDF reader opened it. Open it from there, or install a PDF reader.</source>
        <translation>{name} sparades i mappen {folder}, men ingen PDF-läsare öppnade den. Öppna den därifrån, eller installera en PDF-läsare.</translation>
    </message>
    <message>
        <source>Saved, not opened</source>
        <translation>Sparad men inte öppnad</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Planning</source>
        <translation>Planeras</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Internat</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Reserv</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Avbrutit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Gick tidigare</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Frånvarande med anmälan</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>no sessions held yet</source>
        <translation>inga träffar genomförda ännu</translation>
    </message>
    <message>
        <source>attendance below minimum</source>
        <translation>för låg närvaro</translation>
    </message>
    <message>
        <source>missed a mandatory session</source>
        <translation>missade en obligatorisk träff</translation>
    </message>
    <message>
        <source>no action plan</source>
        <translation>ingen handlingsplan</translation>
    </message>
    <message>
        <source>✓ Eligible</source>
        <translation>✓ Uppfyller kraven</translation>
    </message>
    <message>
        <source>→ On track</source>
        <translation>→ I fas</translation>
    </message>
    <message>
        <source>✗ Not on track</source>
        <translation>✗ Inte i fas</translation>
    </message>
    <message>
        <source>✗ Not eligible</source>
        <translation>✗ Uppfyller inte kraven</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>cohort status</comment>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment status</comment>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>– not started</source>
        <translation>– inte påbörjad</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (undantag)</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>Undantag: {reason}</translation>
    </message>
    <message>
        <source>Meets the completion rule so far</source>
        <translation>Uppfyller kraven för diplom hittills</translation>
    </message>
    <message>
        <source> · eligible for a diploma once the last session is held</source>
        <translation> · har rätt till diplom när den sista träffen är genomförd</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>No sessions planned yet.</source>
        <translation>Inga träffar planerade ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without a mentor</source>
        <translation>
            <numerusform>%n deltagare utan mentor</numerusform>
            <numerusform>%n deltagare utan mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without an e-mail</source>
        <translation>
            <numerusform>%n deltagare utan e-postadress</numerusform>
            <numerusform>%n deltagare utan e-postadress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming session(s) without a venue or link</source>
        <translation>
            <numerusform>%n kommande träff utan plats eller länk</numerusform>
            <numerusform>%n kommande träffar utan plats eller länk</numerusform>
        </translation>
    </message>
    <message>
        <source>More participants than places (capacity exceeded by {examples})</source>
        <translation>Fler deltagare än platser (antalet platser överskridet med {examples})</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s) — see Participants ▸ Duplicates</source>
        <translation>
            <numerusform>%n trolig dubblett – se Deltagare ▸ Dubbletter</numerusform>
            <numerusform>%n troliga dubbletter – se Deltagare ▸ Dubbletter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>– no plan</source>
        <translation>– ingen plan</translation>
    </message>
    <message>
        <source>{n} ({done} done)</source>
        <translation>{n} ({done} klara)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ {date} (för %n dag sedan)</numerusform>
            <numerusform>⚠ {date} (för %n dagar sedan)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {date} (today)</source>
        <translation>⚠ {date} (i dag)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date} (in %n day(s))</source>
        <translation>
            <numerusform>⚠ {date} (om %n dag)</numerusform>
            <numerusform>⚠ {date} (om %n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (avbrutit)</translation>
    </message>
    <message>
        <source>Sections written of goal, strengths, development areas and actions</source>
        <translation>Ifyllda avsnitt av mål och vision, styrkor, utvecklingsområden och aktiviteter</translation>
    </message>
    <message>
        <source>Goal and vision</source>
        <translation>Mål och vision</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Action plan headings saved.</source>
        <translation>Handlingsplanens rubriker sparade.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>edit action {n}</source>
        <translation>redigera aktivitet {n}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Stöd som behövs</translation>
    </message>
    <message>
        <source>How success will be seen</source>
        <translation>Hur det syns att det lyckats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it as e.g. 2026-04-30.</source>
        <translation>”{text}” är inget datum; skriv till exempel 2026-04-30.</translation>
    </message>
    <message>
        <source>add an action</source>
        <translation>lägg till en aktivitet</translation>
    </message>
    <message>
        <source>delete action {n}</source>
        <translation>ta bort aktivitet {n}</translation>
    </message>
    <message>
        <source>move action {n}</source>
        <translation>flytta aktivitet {n}</translation>
    </message>
    <message>
        <source>e.g. 2026-04-30</source>
        <translation>t.ex. 2026-04-30</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print {title}</source>
        <translation>Skriv ut {title}</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Skickar sidor till skrivaren…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Remove a person added by mistake, who has no history yet</source>
        <translation>Ta bort en person som lagts till av misstag och som ännu inte har någon historik</translation>
    </message>
    <message>
        <source>GDPR: erase everything about someone who asks to be forgotten (issued diplomas stay in the register unless you choose to erase them too)</source>
        <translation>GDPR: radera allt om någon som vill bli bortglömd (utfärdade diplom sparas i registret om du inte väljer att radera dem också)</translation>
    </message>
    <message>
        <source>Personal data – {name}</source>
        <translation>Personuppgifter – {name}</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s data to {pdf} and {json}.</source>
        <translation>Uppgifterna om {name} sparades i {pdf} och {json}.</translation>
    </message>
    <message numerus="yes">
        <source>{who} was erased; their %n issued diploma(s) stay(s) in the register.</source>
        <translation>
            <numerusform>{who} är raderad; det utfärdade diplomet finns kvar i registret.</numerusform>
            <numerusform>{who} är raderad; de %n utfärdade diplomen finns kvar i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} was erased.</source>
        <translation>{who} är raderad.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Skadad fil, sparad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Skadad</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Välj säkerhetskopia att återställa</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kohort-databaser (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>reunions</name>
    <message>
        <source>invited</source>
        <translation>inbjuden</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>tackat ja</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>tackat nej</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>deltog</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>key: accepted</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: declined</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>D</source>
        <comment>key: attended</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key: absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>Ctrl+Z undo</source>
        <translation>Ctrl+Z ångra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>tillagd för hand</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Namn på diplomet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Venue / link</source>
        <translation>Plats/länk</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning/avdelning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senast aktiv</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Diplom</translation>
    </message>
</context>
</TS>
