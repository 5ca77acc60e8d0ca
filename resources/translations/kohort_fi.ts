<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>Action plan – {name}</source>
        <translation>Kehittymissuunnitelma – {name}</translation>
    </message>
    <message>
        <source>The participant&apos;s manager</source>
        <translation>Osallistujan esihenkilö</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pvm</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ei mentoria</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tallentuu sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <source>No plan yet: start typing.</source>
        <translation>Suunnitelmaa ei vielä ole: aloita kirjoittamalla.</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentori:</translation>
    </message>
    <message>
        <source>Mana&amp;ger:</source>
        <translation>&amp;Esihenkilö:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seuranta:</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Lisää toimenpide</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Poista toimenpide</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>All changes saved ({time}).</source>
        <translation>Kaikki muutokset tallennettu ({time}).</translation>
    </message>
    <message>
        <source>Empty, so no plan is kept ({time}).</source>
        <translation>Tyhjä, joten suunnitelmaa ei säilytetä ({time}).</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Kohort tries again.</source>
        <translation>Ei vielä tallennettu: {reason} Kohort yrittää uudelleen.</translation>
    </message>
    <message>
        <source>Mentor saved.</source>
        <translation>Mentori tallennettu.</translation>
    </message>
</context>
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>Filter by name or organization…</source>
        <translation>Suodata nimen tai organisaation mukaan…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Muokkaa suunnitelmaa…</translation>
    </message>
    <message>
        <source>&amp;Print plans…</source>
        <translation>&amp;Tulosta suunnitelmat…</translation>
    </message>
    <message>
        <source>&amp;Separate files…</source>
        <translation>&amp;Erilliset tiedostot…</translation>
    </message>
    <message>
        <source>&amp;Blank forms, named…</source>
        <translation>&amp;Tyhjät lomakkeet nimellä…</translation>
    </message>
    <message>
        <source>One &amp;unnamed blank form…</source>
        <translation>Yksi tyhjä lomake &amp;ilman nimeä…</translation>
    </message>
    <message>
        <source>&amp;Headings and questions…</source>
        <translation>&amp;Otsikot ja kysymykset…</translation>
    </message>
    <message>
        <source>Bla&amp;nk forms</source>
        <translation>Tyhj&amp;ät lomakkeet</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentori:</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Kaikki mentorit</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ei mentoria</translation>
    </message>
    <message>
        <source>{plans} of {people} shown have an action plan, {complete} complete.</source>
        <translation>Näytetyistä {people} henkilöstä {plans} on kehittymissuunnitelma, {complete} valmiina.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n follow-up date(s) passed or within two weeks.</source>
        <translation>
            <numerusform>⚠ %n seurantapäivä on ohi tai alle kahden viikon päässä.</numerusform>
            <numerusform>⚠ %n seurantapäivää on ohi tai alle kahden viikon päässä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print plans</source>
        <translation>Tulosta suunnitelmat</translation>
    </message>
    <message>
        <source>Nobody shown has an action plan yet. For forms to fill in by hand, use “Blank forms, named…” or “Blank form…”.</source>
        <translation>Kenelläkään näytetyistä ei ole vielä kehittymissuunnitelmaa. Käsin täytettäviä lomakkeita varten valitse ”Tyhjät lomakkeet nimellä…” tai ”Yksi tyhjä lomake ilman nimeä…”.</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Kehittymissuunnitelmat</translation>
    </message>
    <message>
        <source>Blank action plans</source>
        <translation>Tyhjät kehittymissuunnitelmat</translation>
    </message>
    <message>
        <source>Blank action plan</source>
        <translation>Tyhjä kehittymissuunnitelma</translation>
    </message>
    <message>
        <source>Separate files</source>
        <translation>Erilliset tiedostot</translation>
    </message>
    <message>
        <source>Nobody shown has a plan yet.</source>
        <translation>Kenelläkään näytetyistä ei ole vielä suunnitelmaa.</translation>
    </message>
    <message>
        <source>Folder for one action plan per person</source>
        <translation>Kansio, johon tulee yksi suunnitelma henkilöä kohden</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Tyhjät lomakkeet</translation>
    </message>
    <message>
        <source>Nobody is shown to print a named form for (check the mentor filter). “Blank form…” prints one without a name.</source>
        <translation>Ketään ei näytetä, jolle nimellinen lomake tulostettaisiin (tarkista mentorisuodatin). ”Yksi tyhjä lomake ilman nimeä…” tulostaa lomakkeen ilman nimeä.</translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) saved to {path}.</source>
        <translation>
            <numerusform>%n kehittymissuunnitelma tallennettu: {path}.</numerusform>
            <numerusform>%n kehittymissuunnitelmaa tallennettu: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Typesetting the action plans…</source>
        <translation>Taitetaan kehittymissuunnitelmia…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Peruttu; mitään ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>AlumniTab</name>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Former participants</source>
        <translation>Alumnit</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>By cohort year</source>
        <translation>Ryhmän päättymisvuoden mukaan</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Organisaatioittain</translation>
    </message>
    <message>
        <source>Former participants (archived ones too):</source>
        <translation>Alumnit (myös arkistoidut):</translation>
    </message>
    <message numerus="yes">
        <source>%n former participant(s).</source>
        <translation>
            <numerusform>%n alumni.</numerusform>
            <numerusform>%n alumnia.</numerusform>
        </translation>
    </message>
    <message>
        <source>{back} came back to a reunion or lecture ({rate}).</source>
        <translation>{back} on palannut jälkitapaamiseen tai luennolle ({rate}).</translation>
    </message>
    <message numerus="yes">
        <source>%n reunion(s) or lecture(s) so far.</source>
        <translation>
            <numerusform>%n jälkitapaaminen tai luento tähän mennessä.</numerusform>
            <numerusform>%n jälkitapaamista ja luentoa tähän mennessä.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(ei organisaatiota)</translation>
    </message>
    <message>
        <source>Nobody has completed the programme yet.</source>
        <translation>Kukaan ei ole vielä suorittanut ohjelmaa.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Todistukset</translation>
    </message>
    <message>
        <source>Reunions and lectures</source>
        <translation>Jälkitapaamiset ja luennot</translation>
    </message>
    <message>
        <source>Course evaluations answered (named)</source>
        <translation>Vastatut kurssipalautteet (nimelliset)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Kumoa: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Roll call…</source>
        <translation>&amp;Nimenhuuto…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Merkintä…</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>C&amp;ompletion rule…</source>
        <translation>&amp;Suoritusvaatimus…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
        <source>Keys: P present · L late · E left early · X excused · A absent (Swedish: N, S, G, X, F) · Space cycles · Delete clears · Enter adds a note · Ctrl+Z undoes</source>
        <translation>Näppäimet: P läsnä · L myöhässä · E lähti aiemmin · X poissa ilmoitetusti · A poissa · välilyönti vaihtaa · Delete tyhjentää · Enter lisää merkinnän · Ctrl+Z kumoaa</translation>
    </message>
    <message>
        <source>{n} of {total} participants eligible · {held} of {sessions} sessions held</source>
        <translation>{n}/{total} osallistujaa täyttää vaatimukset · {held}/{sessions} tapaamista pidetty</translation>
    </message>
    <message>
        <source>{n} of {total} participants on track · {held} of {sessions} sessions held</source>
        <translation>{n}/{total} osallistujaa hyvällä mallilla · {held}/{sessions} tapaamista pidetty</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>merkitse läsnäolo</translation>
    </message>
    <message>
        <source>That session is cancelled; it is not marked. Edit the session to un-cancel it.</source>
        <translation>Tapaaminen on peruttu, joten sitä ei merkitä. Muokkaa tapaamista, jos haluat palauttaa sen.</translation>
    </message>
    <message>
        <source>The last marks were not saved, and the grid now shows what is saved. {why}</source>
        <translation>Viimeisimpiä merkintöjä ei tallennettu, ja taulukko näyttää nyt tallennetun tilanteen. {why}</translation>
    </message>
    <message>
        <source>Mark the session first, then add a note.</source>
        <translation>Merkitse läsnäolo ensin ja lisää sitten merkintä.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Note for this mark:</source>
        <translation>Merkinnän lisätieto:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>muokkaa merkintää</translation>
    </message>
    <message>
        <source>Add sessions first.</source>
        <translation>Lisää ensin tapaamisia.</translation>
    </message>
    <message>
        <source>Attendance – {cohort}</source>
        <translation>Läsnäolo – {cohort}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Vie läsnäolo</translation>
    </message>
    <message numerus="yes">
        <source>Saved the attendance report (%n row(s)) to {path}.</source>
        <translation>
            <numerusform>Läsnäoloraportti (%n rivi) tallennettu: {path}.</numerusform>
            <numerusform>Läsnäoloraportti (%n riviä) tallennettu: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The last automatic backup of this database failed.</source>
        <translation>Tämän tietokannan viimeisin automaattinen varmuuskopiointi epäonnistui.</translation>
    </message>
    <message>
        <source>The automatic backup of this database on {when} failed.</source>
        <translation>Tämän tietokannan automaattinen varmuuskopiointi {when} epäonnistui.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>Viimeisin automaattinen varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup on {when} failed: {reason}</source>
        <translation>Automaattinen varmuuskopiointi {when} epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>Kohort tries again within a few minutes. Until a backup succeeds, make one with File ▸ Backup… (to a USB stick, say), and check that the disk has free space.</source>
        <translation>Kohort yrittää uudelleen muutaman minuutin kuluttua. Kunnes varmuuskopiointi onnistuu, tee varmuuskopio itse valitsemalla Tiedosto ▸ Varmuuskopioi… (esimerkiksi USB-muistitikulle) ja tarkista, että levyllä on vapaata tilaa.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automaattinen varmuuskopiointi</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>The newest automatic backup of this database is from {when}, {days} days ago: the automatic backups since then failed. Make a backup now with File ▸ Backup… (to a USB stick, say), and check that the disk has free space.</source>
        <translation>Tämän tietokannan uusin automaattinen varmuuskopio on ajalta {when}, {days} päivää sitten: sen jälkeiset automaattiset varmuuskopioinnit ovat epäonnistuneet. Tee varmuuskopio nyt valitsemalla Tiedosto ▸ Varmuuskopioi… (esimerkiksi USB-muistitikulle) ja tarkista, että levyllä on vapaata tilaa.</translation>
    </message>
    <message>
        <source>Backup saved {time}</source>
        <translation>Varmuuskopio tallennettu {time}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Name badges and table cards</source>
        <translation>Nimikyltit ja pöytäkortit</translation>
    </message>
    <message>
        <source>Labels {name} ({size})</source>
        <translation>Tarrat {name} ({size})</translation>
    </message>
    <message>
        <source>Table cards, A4 folded in half</source>
        <translation>Pöytäkortit, A4 taitettuna keskeltä</translation>
    </message>
    <message>
        <source>Table cards, A5 folded in half</source>
        <translation>Pöytäkortit, A5 taitettuna keskeltä</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation>Koko ryhmä</translation>
    </message>
    <message>
        <source>&amp;Mentors and facilitators</source>
        <translation>&amp;Mentorit ja kouluttajat</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Vieraat</translation>
    </message>
    <message>
        <source>&amp;Job title or role</source>
        <translation>Tehtävä&amp;nimike tai rooli</translation>
    </message>
    <message>
        <source>Mentor g&amp;roup</source>
        <translation>Mentori&amp;ryhmä</translation>
    </message>
    <message>
        <source>&amp;Print on:</source>
        <translation>&amp;Tulosta:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Ketkä:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Mukaan:</translation>
    </message>
    <message>
        <source>Move r&amp;ight by:</source>
        <translation>Siirrä &amp;oikealle:</translation>
    </message>
    <message>
        <source>Move &amp;down by:</source>
        <translation>Siirrä &amp;alas:</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Tulostimen kalibrointi</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 vaaka</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 pysty</translation>
    </message>
    <message>
        <source>For paper with a printed frame or logo. Print the test page, measure from the paper&apos;s edges to each corner cross (it should be {mm} mm) and enter the difference: positive moves the print right and down, as you read the page. Landscape and portrait pages each have their own offset. Kohort uses them whenever it prints to this printer.</source>
        <translation>Paperille, jossa on valmiiksi painettu kehys tai logo. Tulosta testisivu, mittaa paperin reunoista kuhunkin kulmaristiin (pitäisi olla {mm} mm) ja syötä erotus: positiivinen arvo siirtää tulostetta oikealle ja alas sivun lukusuunnassa. Vaaka- ja pystysivuilla on kummallakin oma siirtymänsä. Kohort käyttää niitä aina tulostaessaan tälle tulostimelle.</translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation>Tulosta &amp;testisivu…</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>T&amp;ulostin:</translation>
    </message>
    <message>
        <source>P&amp;ages:</source>
        <translation>&amp;Sivut:</translation>
    </message>
    <message>
        <source>Move &amp;right by:</source>
        <translation>Siirrä &amp;oikealle:</translation>
    </message>
    <message>
        <source>Move &amp;down by:</source>
        <translation>Siirrä &amp;alas:</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <source>Diplomas for the ceremony</source>
        <translation>Todistukset todistustenjakoon</translation>
    </message>
    <message>
        <source>By surname</source>
        <translation>Sukunimen mukaan</translation>
    </message>
    <message>
        <source>By first name</source>
        <translation>Etunimen mukaan</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Organisaation mukaan</translation>
    </message>
    <message>
        <source>As arranged below</source>
        <translation>Alla järjestetyssä järjestyksessä</translation>
    </message>
    <message>
        <source>Add a &amp;checklist page (order, name, serial, tick box)</source>
        <translation>Lisää &amp;tarkistuslista (järjestys, nimi, todistuksen numero, rasti)</translation>
    </message>
    <message>
        <source>Put each participant&apos;s &amp;action plan right after their diploma</source>
        <translation>Lisää kunkin osallistujan &amp;kehittymissuunnitelma heti todistuksen perään</translation>
    </message>
    <message>
        <source>The action plans in a file of their own (p&amp;lain paper)</source>
        <translation>Kehittymissuunnitelmat omaan tiedostoonsa (&amp;tavallinen paperi)</translation>
    </message>
    <message>
        <source>Saves two files in the same hand-out order: the diplomas for the heavy paper and, beside them, the action plans for plain paper.</source>
        <translation>Tallentaa kaksi tiedostoa samassa jakojärjestyksessä: todistukset paksulle paperille ja niiden viereen kehittymissuunnitelmat tavalliselle paperille.</translation>
    </message>
    <message>
        <source>Drag names into the order you will call them, or move the selected one with Alt+↑ and Alt+↓.</source>
        <translation>Vedä nimet siihen järjestykseen, jossa kutsut heidät, tai siirrä valittua nimeä näppäimillä Alt+↑ ja Alt+↓.</translation>
    </message>
    <message>
        <source>Hand-out &amp;order:</source>
        <translation>&amp;Jakojärjestys:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;reader</source>
        <translation>Avaa PDF-&amp;lukijassa</translation>
    </message>
    <message>
        <source>One &amp;file each…</source>
        <translation>&amp;Oma tiedosto kullekin…</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in to the server</source>
        <translation>Palauta palvelimelle</translation>
    </message>
    <message>
        <source>Besides the conflicts below, checking “{cohort}” in to {server} applies: {plan}.</source>
        <translation>Alla olevien ristiriitojen lisäksi ryhmän ”{cohort}” palauttaminen tietokantaan {server} tuo: {plan}.</translation>
    </message>
    <message>
        <source>Checking “{cohort}” in to {server} applies: {plan}.</source>
        <translation>Ryhmän ”{cohort}” palauttaminen tietokantaan {server} tuo: {plan}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed here and on the server since the check-out. As it is, nothing can be checked in:</source>
        <translation>
            <numerusform>%n rivi on muuttunut sekä täällä että palvelimella uloskirjauksen jälkeen. Tällaisenaan mitään ei voi palauttaa:</numerusform>
            <numerusform>%n riviä on muuttunut sekä täällä että palvelimella uloskirjauksen jälkeen. Tällaisenaan mitään ei voi palauttaa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version of these rows: this file&apos;s changes to them are dropped, everything else is checked in.</source>
        <translation>Säilytä näistä riveistä &amp;palvelimen versio: tiedoston muutokset niihin hylätään, kaikki muu palautetaan.</translation>
    </message>
    <message>
        <source>Use this &amp;file&apos;s version: the server&apos;s rows are overwritten. A row deleted on the server, or one that clashes with a row added there, cannot be settled so and stays a conflict.</source>
        <translation>Käytä tämän &amp;tiedoston versiota: palvelimen rivit korvataan. Palvelimelta poistettua riviä tai riviä, joka törmää sinne lisättyyn riviin, ei voi ratkaista näin, vaan se jää ristiriidaksi.</translation>
    </message>
    <message>
        <source>Nothing is changed on the server until you choose Check in. Then it all goes in at once, and the cohort can be edited on the server again.</source>
        <translation>Palvelimella ei muutu mitään ennen kuin valitset Palauta. Silloin kaikki viedään kerralla, ja ryhmää voi taas muokata palvelimella.</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Pa&amp;lauta</translation>
    </message>
    <message>
        <source>Drop this file&apos;s changes to the conflicting rows and check in the rest? The dropped changes cannot be brought back from here.</source>
        <translation>Hylätäänkö tiedoston muutokset ristiriitaisiin riveihin ja palautetaan loput? Hylättyjä muutoksia ei saa täältä takaisin.</translation>
    </message>
    <message>
        <source>Overwrite the server&apos;s version of the conflicting rows with this file&apos;s, and check in? What was changed on the server in those rows is lost.</source>
        <translation>Korvataanko ristiriitaisten rivien palvelinversio tämän tiedoston versiolla ja palautetaan? Palvelimella niihin riveihin tehdyt muutokset menetetään.</translation>
    </message>
</context>
<context>
    <name>CheckoutActions</name>
    <message>
        <source>Chec&amp;k the cohort out to this computer…</source>
        <translation>Kirjaa &amp;ryhmä ulos tälle tietokoneelle…</translation>
    </message>
    <message>
        <source>Check &amp;in to the server…</source>
        <translation>Palauta palvelim&amp;elle…</translation>
    </message>
    <message>
        <source>Re&amp;lease the check-out…</source>
        <translation>&amp;Vapauta uloskirjaus…</translation>
    </message>
    <message>
        <source>Checked out of {server} on {when} – check it in when you are online again</source>
        <translation>Kirjattu ulos tietokannasta {server} {when} – palauta, kun olet taas verkossa</translation>
    </message>
    <message>
        <source>This file holds “{cohort}”, checked out of {server} by {who}. Diploma serial numbers set aside for it: {serials}. File ▸ Check in to the server… brings it back.</source>
        <translation>Tiedostossa on ryhmä ”{cohort}”, jonka {who} kirjasi ulos tietokannasta {server}. Sille varatut todistuksen numerot: {serials}. Tiedosto ▸ Palauta palvelimelle… tuo sen takaisin.</translation>
    </message>
    <message>
        <source>Check the cohort out to this computer</source>
        <translation>Kirjaa ryhmä ulos tälle tietokoneelle</translation>
    </message>
    <message>
        <source>“{cohort}” is checked out to {file}. Serial numbers set aside: {serials}. On the server it is read-only until you check it in.

Open the file now?</source>
        <translation>”{cohort}” on kirjattu ulos tiedostoon {file}. Varatut todistuksen numerot: {serials}. Palvelimella se on vain luku -tilassa, kunnes palautat sen.

Avataanko tiedosto nyt?</translation>
    </message>
    <message>
        <source>Checking out “{cohort}”…</source>
        <translation>Kirjataan ulos ryhmää ”{cohort}”…</translation>
    </message>
    <message>
        <source>Release the check-out</source>
        <translation>Vapauta uloskirjaus</translation>
    </message>
    <message>
        <source>Release “{cohort}”, checked out by {who} since {when}?

It can then be edited here again. Do this only if that laptop is lost or cannot check in: if it checks in later, its changes to rows edited here meanwhile are conflicts. The serial numbers set aside for it stay reserved.</source>
        <translation>Vapautetaanko ”{cohort}”, jonka {who} kirjasi ulos {when}?

Sitä voi sen jälkeen taas muokata täällä. Tee näin vain, jos kannettava on kadonnut tai sitä ei voi palauttaa: jos se palautetaan myöhemmin, sen muutokset riveihin, joita on sillä välin muokattu täällä, ovat ristiriitoja. Sille varatut todistuksen numerot pysyvät varattuina.</translation>
    </message>
    <message>
        <source>Released “{cohort}”: it can be edited here again.</source>
        <translation>”{cohort}” vapautettiin: sitä voi taas muokata täällä.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Vapautetaan…</translation>
    </message>
    <message>
        <source>Check in to the server</source>
        <translation>Palauta palvelimelle</translation>
    </message>
    <message>
        <source>Comparing this file with the server…</source>
        <translation>Verrataan tiedostoa palvelimeen…</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Palautetaan…</translation>
    </message>
    <message>
        <source>Nothing was checked in.</source>
        <translation>Mitään ei palautettu.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was checked in: %n conflict(s) cannot be settled that way:</source>
        <translation>
            <numerusform>Mitään ei palautettu: %n ristiriita ei ratkea näin:</numerusform>
            <numerusform>Mitään ei palautettu: %n ristiriitaa ei ratkea näin:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked “{cohort}” in to {server}: {plan}. It can be edited on the server again.

This file is now marked as checked in. It is kept; delete it when you like.

Open the team database now?</source>
        <translation>”{cohort}” palautettiin tietokantaan {server}: {plan}. Sitä voi taas muokata palvelimella.

Tämä tiedosto on nyt merkitty palautetuksi. Se säilyy; poista se, kun haluat.

Avataanko yhteinen tietokanta nyt?</translation>
    </message>
    <message>
        <source>The file and the team database are as they were.</source>
        <translation>Tiedosto ja yhteinen tietokanta ovat ennallaan.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>{cohort} (checked out)</source>
        <translation>{cohort} (kirjattu ulos)</translation>
    </message>
    <message>
        <source>Check the cohort out to this computer</source>
        <translation>Kirjaa ryhmä ulos tälle tietokoneelle</translation>
    </message>
    <message>
        <source>Kohort copies “{cohort}” into a file on this computer, to work in without a network (roll call, action plans, diplomas). Until you check it in again, the cohort is read-only on the server, and others see who has it and since when.</source>
        <translation>Kohort kopioi ryhmän ”{cohort}” tiedostoon tälle tietokoneelle, jotta voit työskennellä ilman verkkoa (nimenhuuto, kehittymissuunnitelmat, todistukset). Kunnes palautat sen, ryhmä on palvelimella vain luku -tilassa, ja muut näkevät, kenellä se on ja mistä lähtien.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>One per participant and {spare} more, for walk-ins and reissues: diplomas issued offline take their numbers from this block, so they never collide with the server&apos;s.</source>
        <translation>Yksi osallistujaa kohden ja {spare} lisää vieraille ja uudelleen myönnettäville: ilman verkkoa myönnetyt todistukset saavat numeronsa tästä lohkosta, joten ne eivät koskaan törmää palvelimen numeroihin.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Serial numbers to set aside:</source>
        <translation>Varattavat todistuksen &amp;numerot:</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Kirjaa ulos</translation>
    </message>
</context>
<context>
    <name>CloudWarning</name>
    <message>
        <source>Database in a synced folder</source>
        <translation>Tietokanta on synkronoidussa kansiossa</translation>
    </message>
    <message>
        <source>The database {path} is in a folder that {service} synchronizes.

Sync tools copy a database while it is in use, and the file of recent changes beside it at another moment: the copies get out of step, and the database can be damaged and changes lost.

Move it to a folder on this computer that is not synchronized: File ▸ Backup… into such a folder, then File ▸ Open another database… and choose that copy. A backup kept in {service} is safe: it is one closed file.</source>
        <translation>Tietokanta {path} on kansiossa, jonka {service} synkronoi.

Synkronointiohjelmat kopioivat tietokannan sen ollessa käytössä ja sen vieressä olevan viimeisimpien muutosten tiedoston eri hetkellä: kopiot joutuvat epätahtiin, ja tietokanta voi vahingoittua ja muutoksia kadota.

Siirrä se tämän tietokoneen kansioon, jota ei synkronoida: Tiedosto ▸ Varmuuskopioi… sellaiseen kansioon, sitten Tiedosto ▸ Avaa toinen tietokanta… ja valitse kopio. {service}-kansiossa oleva varmuuskopio on turvallinen: se on yksi suljettu tiedosto.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Uusi ryhmä</translation>
    </message>
    <message>
        <source>e.g. Omgång 3, hösten 2026</source>
        <translation>esim. Ryhmä 3, syksy 2026</translation>
    </message>
    <message>
        <source>set</source>
        <translation>aseta</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>e.g. 24 500,00 (excluding VAT)</source>
        <translation>esim. 24 500,00 (ilman alv:tä)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Paikk&amp;oja:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Maksu:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Al&amp;v-kanta:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjojen &amp;kieli:</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>Ryhmällä on oltava nimi.</translation>
    </message>
    <message>
        <source>The cohort cannot end before it starts.</source>
        <translation>Ryhmä ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The fee must be an amount such as 24 500 or 24 500,50.</source>
        <translation>Maksun on oltava summa, esimerkiksi 24 500 tai 24 500,50.</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage from 0 to 100.</source>
        <translation>Alv-kannan on oltava prosenttiluku väliltä 0–100.</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskatsaus</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>T&amp;apaamiset</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Osallistu&amp;jat</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Läsnäolo</translation>
    </message>
    <message>
        <source>&amp;Diplomas</source>
        <translation>Todist&amp;ukset</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>&amp;Kehittymissuunnitelmat</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>Kurssi&amp;palaute</translation>
    </message>
    <message>
        <source>Completion: at least {percent} % of held sessions</source>
        <translation>Suoritusvaatimus: vähintään {percent} % pidetyistä tapaamisista</translation>
    </message>
    <message>
        <source>, all mandatory sessions</source>
        <translation>, kaikki pakolliset tapaamiset</translation>
    </message>
    <message>
        <source>, an action plan</source>
        <translation>, kehittymissuunnitelma</translation>
    </message>
    <message>
        <source>present</source>
        <translation>läsnä</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>lähti aiemmin</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>poissa ilmoitetusti</translation>
    </message>
    <message>
        <source> (counted as attended: {statuses})</source>
        <translation> (lasketaan läsnäoloksi: {statuses})</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · no participants yet</source>
        <translation>{dates} · {status} · {sessions} · ei vielä osallistujia</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · {n} of {counted} participants eligible for a diploma</source>
        <translation>{dates} · {status} · {sessions} · {n}/{counted} osallistujaa täyttää todistuksen vaatimukset</translation>
    </message>
    <message>
        <source>{dates} · {status} · {sessions} · {n} of {counted} participants on track for a diploma</source>
        <translation>{dates} · {status} · {sessions} · {n}/{counted} osallistujaa on hyvällä mallilla todistusta kohti</translation>
    </message>
    <message>
        <source>no dates set</source>
        <translation>päivämääriä ei ole asetettu</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkistoitu)</translation>
    </message>
</context>
<context>
    <name>CreateEvaluationDialog</name>
    <message>
        <source>New course evaluation</source>
        <translation>Uusi kurssipalaute</translation>
    </message>
    <message>
        <source>Course evaluation (the standard questions)</source>
        <translation>Kurssipalaute (vakiokysymykset)</translation>
    </message>
    <message>
        <source>One session&apos;s evaluation (shorter)</source>
        <translation>Yhden tapaamisen palaute (lyhyempi)</translation>
    </message>
    <message>
        <source>Blank: write your own questions</source>
        <translation>Tyhjä: kirjoita omat kysymykset</translation>
    </message>
    <message>
        <source>The built-in questions can be edited, added to and removed afterwards.</source>
        <translation>Valmiita kysymyksiä voi muokata, täydentää ja poistaa jälkikäteen.</translation>
    </message>
    <message>
        <source>&amp;Anonymous (no names on the forms)</source>
        <translation>&amp;Nimetön (lomakkeissa ei nimiä)</translation>
    </message>
    <message>
        <source>&amp;Named (one form per participant)</source>
        <translation>Ni&amp;mellinen (lomake kullekin osallistujalle)</translation>
    </message>
    <message>
        <source>The language of the questions and of the forms</source>
        <translation>Kysymysten ja lomakkeiden kieli</translation>
    </message>
    <message>
        <source>The whole cohort</source>
        <translation>Koko ryhmä</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Kysymykset:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Vastaukset:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <source>&amp;Evaluates:</source>
        <translation>Ko&amp;skee:</translation>
    </message>
</context>
<context>
    <name>DamageState</name>
    <message>
        <source>(damaged, read only)</source>
        <translation>(vioittunut, vain luku)</translation>
    </message>
    <message>
        <source>The database is damaged – read only. File ▸ Restore from backup…</source>
        <translation>Tietokanta on vioittunut – vain luku. Tiedosto ▸ Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Kohort found damage in {path} and will not write to it. You can still read it; restore a backup with File ▸ Restore from backup…</source>
        <translation>Kohort löysi vikoja tiedostosta {path} eikä kirjoita siihen. Voit yhä lukea sitä; palauta varmuuskopio valinnalla Tiedosto ▸ Palauta varmuuskopiosta…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>“{text}” is not a date; type it as, for example, {example}.</source>
        <translation>”{text}” ei ole päivämäärä; kirjoita se esimerkiksi muodossa {example}.</translation>
    </message>
</context>
<context>
    <name>DesignDialog</name>
    <message>
        <source>Diploma design</source>
        <translation>Todistuksen ulkoasu</translation>
    </message>
    <message>
        <source>Classic (border and ornament)</source>
        <translation>Klassinen (kehys ja koriste)</translation>
    </message>
    <message>
        <source>Modern (colour band)</source>
        <translation>Moderni (värinauha)</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimalistinen</translation>
    </message>
    <message>
        <source>Formal (guilloche border and seal)</source>
        <translation>Juhlava (guillochékehys ja sinetti)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 vaaka</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 pysty</translation>
    </message>
    <message>
        <source>For a print shop (3 mm bleed)</source>
        <translation>Painotaloon (3 mm leikkuuvara)</translation>
    </message>
    <message>
        <source>Colour runs 3 mm past the trimmed page and the PDF gets a trim box, for a print shop that cuts the sheets. Unticked: for an office printer; no colour comes within 5 mm of the paper&apos;s edge.</source>
        <translation>Väri jatkuu 3 mm leikatun sivun yli ja PDF saa leikkauslaatikon painotaloa varten, joka leikkaa arkit. Ilman valintaa: toimistotulostimelle; väriä ei tule 5 mm lähemmäs paperin reunaa.</translation>
    </message>
    <message>
        <source>Placeholders: {names}. {{hours}} and {{sessions}} bring their own words (“27,5 timmar”, “5 av 5 träffar”).</source>
        <translation>Paikkamerkit: {names}. {{hours}} ja {{sessions}} tuovat omat sanansa (”27,5 tuntia”, ”5/5 tapaamista”).</translation>
    </message>
    <message>
        <source>e.g. Alingsås</source>
        <translation>esim. Vaasa</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Kiinteä päivämäärä</translation>
    </message>
    <message>
        <source>Unticked: the day the diplomas are issued.</source>
        <translation>Ilman rastia: päivä, jona todistukset myönnetään.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>background image</source>
        <translation>taustakuva</translation>
    </message>
    <message>
        <source>Printed as a QR code beside the serial number; {code} becomes the diploma&apos;s verification code. Leave empty for no QR code.</source>
        <translation>Tulostetaan QR-koodina todistuksen numeron viereen; {code} korvautuu todistuksen tarkistuskoodilla. Jätä tyhjäksi, jos QR-koodia ei tarvita.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Malli:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Teksti:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Pa&amp;ikkakunta:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Myönt&amp;ämispäivä:</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Koro&amp;stusväri:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Ta&amp;usta:</translation>
    </message>
    <message>
        <source>&amp;QR code address:</source>
        <translation>&amp;QR-koodin osoite:</translation>
    </message>
    <message>
        <source>Also make this the programme&apos;s design for new cohorts</source>
        <translation>Käytä tätä myös ohjelman uusien ryhmien ulkoasuna</translation>
    </message>
    <message>
        <source>{name} (a sample: the cohort has no participants)</source>
        <translation>{name} (esimerkki: ryhmässä ei ole osallistujia)</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>&amp;Esikatselu henkilölle:</translation>
    </message>
    <message>
        <source>Not a placeholder, printed as typed: {names}.</source>
        <translation>Ei paikkamerkki, tulostetaan sellaisenaan: {names}.</translation>
    </message>
    <message>
        <source>Empty for {person}, leaving a gap: {names} (set the cohort&apos;s dates, hold sessions, or reword).</source>
        <translation>Tyhjä henkilöllä {person}, joten tekstiin jää aukko: {names} (aseta ryhmän päivämäärät, pidä tapaamisia tai muotoile uudelleen).</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Korostusväri</translation>
    </message>
    <message>
        <source>Cannot print this design: {reason}</source>
        <translation>Tätä ulkoasua ei voi tulostaa: {reason}</translation>
    </message>
    <message>
        <source>Preview of the file Kohort will print; the serial number and code (and QR code) are dotted stand-ins until issued.</source>
        <translation>Esikatselu tiedostosta, jonka Kohort tulostaa; todistuksen numero ja koodi (ja QR-koodi) ovat pisteviivoja, kunnes todistus myönnetään.</translation>
    </message>
</context>
<context>
    <name>DiplomaIssuing</name>
    <message>
        <source>Everyone eligible already has a diploma.</source>
        <translation>Kaikilla vaatimukset täyttävillä on jo todistus.</translation>
    </message>
    <message>
        <source>Nobody meets the completion rule yet; no diploma was issued.</source>
        <translation>Kukaan ei vielä täytä suoritusvaatimusta; todistuksia ei myönnetty.</translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n participant(s) on track who have none yet ({names})?</source>
        <translation>
            <numerusform>Myönnetäänkö todistus hyvällä mallilla olevalle osallistujalle, jolla sitä ei vielä ole ({names})?</numerusform>
            <numerusform>Myönnetäänkö todistus jokaiselle %n hyvällä mallilla olevalle osallistujalle, joilla sitä ei vielä ole ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n eligible participant(s) who have none yet ({names})?</source>
        <translation>
            <numerusform>Myönnetäänkö todistus vaatimukset täyttävälle osallistujalle, jolla sitä ei vielä ole ({names})?</numerusform>
            <numerusform>Myönnetäänkö todistus jokaiselle %n vaatimukset täyttävälle osallistujalle, joilla sitä ei vielä ole ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to the %n selected participant(s) ({names})?</source>
        <translation>
            <numerusform>Myönnetäänkö todistus valitulle osallistujalle ({names})?</numerusform>
            <numerusform>Myönnetäänkö todistus %n valitulle osallistujalle ({names})?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets a serial number for good; one issued by mistake can be revoked.</source>
        <translation>Jokainen todistus saa pysyvän numeron; vahingossa myönnetyn todistuksen voi peruuttaa.</translation>
    </message>
    <message>
        <source>(To issue to some, select them first.)</source>
        <translation>(Jos haluat myöntää vain osalle, valitse heidät ensin.)</translation>
    </message>
    <message>
        <source>{name}&apos;s diploma {serial} was revoked ({reason}); this issues a new one with a new serial number.</source>
        <translation>Henkilön {name} todistus {serial} on peruutettu ({reason}). Nyt myönnetään uusi todistus, jolla on uusi numero.</translation>
    </message>
    <message>
        <source>Issue diplomas</source>
        <translation>Myönnä todistukset</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ei täytä vaatimuksia</translation>
    </message>
    <message>
        <source>{names}: the completion rule is not met. Issue anyway? Write why, for the record:</source>
        <translation>{names}: suoritusvaatimus ei täyty. Myönnetäänkö silti? Kirjoita perustelu muistiin:</translation>
    </message>
    <message>
        <source>Left out, as their diploma was revoked: {names}. To issue a new one, select them and choose Issue.</source>
        <translation>Jätetty pois, koska heidän todistuksensa on peruutettu: {names}. Jos haluat myöntää uuden, valitse heidät ja valitse Myönnä.</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message numerus="yes">
        <source>The programme is not over: %n session(s) left ({sessions}). Diplomas issued now are dated {date}, the day of the last session, and the register records that they were issued before the end.</source>
        <translation>
            <numerusform>Ohjelma ei ole päättynyt: %n tapaaminen jäljellä ({sessions}). Nyt myönnettävät todistukset päivätään {date}, viimeisen tapaamisen päivälle, ja rekisteriin merkitään, että ne myönnettiin ennen ohjelman loppua.</numerusform>
            <numerusform>Ohjelma ei ole päättynyt: %n tapaamista jäljellä ({sessions}). Nyt myönnettävät todistukset päivätään {date}, viimeisen tapaamisen päivälle, ja rekisteriin merkitään, että ne myönnettiin ennen ohjelman loppua.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is unusual: the last session is {days} days away and {left} of {planned} sessions are still to come. Usually diplomas are issued for the closing session.</source>
        <translation>Tämä on epätavallista: viimeiseen tapaamiseen on {days} päivää, ja {left}/{planned} tapaamisesta on vielä pitämättä. Yleensä todistukset myönnetään päätöstilaisuuteen.</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) issued.</source>
        <translation>
            <numerusform>%n todistus myönnetty.</numerusform>
            <numerusform>%n todistusta myönnetty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated {date}, before the end of the programme.</source>
        <translation>Päivätty {date}, ennen ohjelman loppua.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n diploma(s)…</source>
        <translation>
            <numerusform>Myönnetään %n todistus…</numerusform>
            <numerusform>Myönnetään %n todistusta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing was cancelled; no diploma was issued.</source>
        <translation>Myöntäminen peruttiin; yhtään todistusta ei myönnetty.</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}: “{old}” → “{new}”.</source>
        <translation>{serial} on henkilön {holder} todistus: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}; the name stays “{name}”.</source>
        <translation>{serial} on henkilön {holder} todistus; nimi pysyy muodossa ”{name}”.</translation>
    </message>
    <message>
        <source>Issue a new diploma in its place? {serial} stays in the register, marked as replaced.</source>
        <translation>Myönnetäänkö uusi todistus sen tilalle? {serial} jää rekisteriin korvatuksi merkittynä.</translation>
    </message>
    <message>
        <source>“{new}” does not look like a corrected spelling of “{old}”. A reissue corrects the name of the same person; to give someone else a diploma, issue one to them. Reissue under this name anyway (a new surname, say)?</source>
        <translation>”{new}” ei näytä nimen ”{old}” korjatulta kirjoitusasulta. Uudelleen myöntäminen korjaa saman henkilön nimen; jos haluat antaa todistuksen jollekulle toiselle, myönnä se hänelle. Myönnetäänkö uudelleen tällä nimellä silti (esimerkiksi uusi sukunimi)?</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Myönnä uudelleen</translation>
    </message>
    <message>
        <source>Reissued as {serial}; Ctrl+Shift+P prints it.</source>
        <translation>Myönnetty uudelleen numerolla {serial}; Ctrl+Vaihto+P tulostaa sen.</translation>
    </message>
</context>
<context>
    <name>DiplomaOutput</name>
    <message>
        <source>Diplomas</source>
        <translation>Todistukset</translation>
    </message>
    <message>
        <source>Folder for one file per diploma</source>
        <translation>Kansio, johon tulee yksi tiedosto todistusta kohden</translation>
    </message>
    <message>
        <source>Printed by another version</source>
        <translation>Myönnetty toisella versiolla</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) were issued by another version of Kohort&apos;s drawing (or of ReportLab or the fonts). The register&apos;s record of them is intact, but a copy drawn now may differ slightly from the first print.

Print anyway?</source>
        <translation>
            <numerusform>%n todistus myönnettiin Kohortin piirron toisella versiolla (tai ReportLabin tai fonttien toisella versiolla). Rekisterin tiedot siitä ovat ennallaan, mutta nyt piirretty kappale voi poiketa hieman ensimmäisestä tulosteesta.

Tulostetaanko silti?</numerusform>
            <numerusform>%n todistusta myönnettiin Kohortin piirron toisella versiolla (tai ReportLabin tai fonttien toisella versiolla). Rekisterin tiedot niistä ovat ennallaan, mutta nyt piirretyt kappaleet voivat poiketa hieman ensimmäisestä tulosteesta.

Tulostetaanko silti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Diplomas – {cohort}</source>
        <translation>Todistukset – {cohort}</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}.</source>
        <translation>
            <numerusform>%n todistus tallennettu: {path}.</numerusform>
            <numerusform>%n todistusta tallennettu: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting the diplomas together…</source>
        <translation>Kootaan todistuksia…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Peruttu; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it with the action plans?</source>
        <translation>{path} on jo olemassa. Korvataanko se kehittymissuunnitelmilla?</translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}, the action plans in the same order to {plans}.</source>
        <translation>
            <numerusform>%n todistus tallennettu: {path}, kehittymissuunnitelmat samassa järjestyksessä: {plans}.</numerusform>
            <numerusform>%n todistusta tallennettu: {path}, kehittymissuunnitelmat samassa järjestyksessä: {plans}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing one file per diploma…</source>
        <translation>Kirjoitetaan yksi tiedosto todistusta kohden…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n tiedosto kirjoitettu kansioon {folder}.</numerusform>
            <numerusform>%n tiedostoa kirjoitettu kansioon {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the files written were removed again.</source>
        <translation>Peruttu; jo kirjoitetut tiedostot poistettiin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>Select issued diplomas to print.</source>
        <translation>Valitse tulostettavat myönnetyt todistukset.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n sivu lähetetty tulostimelle.</numerusform>
            <numerusform>%n sivua lähetetty tulostimelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} pages sent to the printer; the diplomas are not marked printed.</source>
        <translation>{n}/{total} sivua lähetettiin tulostimelle; todistuksia ei merkitä tulostetuiksi.</translation>
    </message>
    <message>
        <source>No PDF reader opened the file. It is saved as {path}: open it from there, or use Print… or Save PDF… instead.</source>
        <translation>Mikään PDF-lukija ei avannut tiedostoa. Se on tallennettu nimellä {path}: avaa se sieltä tai valitse sen sijaan Tulosta… tai Tallenna PDF…</translation>
    </message>
    <message>
        <source>Opened {path} in your PDF reader.</source>
        <translation>{path} avattiin PDF-lukijassa.</translation>
    </message>
</context>
<context>
    <name>DiplomasPage</name>
    <message>
        <source>&amp;Design…</source>
        <translation>&amp;Ulkoasu…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Myönnä…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>&amp;Reissue…</source>
        <translation>Myönnä uu&amp;delleen…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Peruuta todistus…</translation>
    </message>
    <message>
        <source>&amp;Ceremony stack…</source>
        <translation>&amp;Todistustenjako…</translation>
    </message>
    <message>
        <source>Print &amp;selected…</source>
        <translation>Tulosta &amp;valitut…</translation>
    </message>
    <message>
        <source>Printer ca&amp;libration…</source>
        <translation>&amp;Kalibroi tulostin…</translation>
    </message>
    <message>
        <source>Design (Ctrl+D) sets how the cohort&apos;s diplomas look. Issuing freezes each diploma: later edits to the design or a name never change it; reissue to print a corrected one. Ceremony stack (Ctrl+P) prints every valid diploma in hand-out order.</source>
        <translation>Ulkoasu (Ctrl+D) määrittää, miltä ryhmän todistukset näyttävät. Myönnetty todistus lukitaan: myöhemmät muutokset ulkoasuun tai nimeen eivät koskaan muuta sitä; myönnä uudelleen, jos tarvitset korjatun todistuksen. Todistustenjako (Ctrl+P) tulostaa kaikki voimassa olevat todistukset jakojärjestyksessä.</translation>
    </message>
    <message>
        <source>Diploma design saved.</source>
        <translation>Todistuksen ulkoasu tallennettu.</translation>
    </message>
    <message>
        <source>The selected people already have a diploma.</source>
        <translation>Valituilla henkilöillä on jo todistus.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Peruuta todistus</translation>
    </message>
    <message>
        <source>Why is {serial} revoked? (recorded)</source>
        <translation>Miksi {serial} peruutetaan? (tallennetaan)</translation>
    </message>
    <message>
        <source>Revoke {serial}, the diploma of {name}? Its code will then verify as revoked (“{reason}”). This cannot be undone.</source>
        <translation>Peruutetaanko {serial}, henkilön {name} todistus? Sen koodi näkyy tarkistettaessa peruutettuna (”{reason}”). Tätä ei voi kumota.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Peruutettu.</translation>
    </message>
</context>
<context>
    <name>DuplicateCohortDialog</name>
    <message>
        <source>Duplicate cohort</source>
        <translation>Kopioi ryhmä</translation>
    </message>
    <message>
        <source>&amp;Name of the new cohort:</source>
        <translation>Uuden ryhmän &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>Sessions are copied and moved by the same number of days; people are not copied.</source>
        <translation>Tapaamiset kopioidaan ja siirretään yhtä monella päivällä; henkilöitä ei kopioida.</translation>
    </message>
    <message>
        <source>The new cohort needs a name and a start date.</source>
        <translation>Uusi ryhmä tarvitsee nimen ja alkamispäivän.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same e-mail</source>
        <translation>sama sähköpostiosoite</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>sama nimi ja organisaatio</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Todennäköiset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Keep &amp;first, merge second into it</source>
        <translation>Säilytä &amp;ensimmäinen, yhdistä toinen siihen</translation>
    </message>
    <message>
        <source>Keep &amp;second, merge first into it</source>
        <translation>Säilytä &amp;toinen, yhdistä ensimmäinen siihen</translation>
    </message>
    <message>
        <source>Merging keeps every enrollment, attendance mark, action plan and diploma of both. Where both were in the same cohort, the kept person&apos;s marks win.</source>
        <translation>Yhdistäminen säilyttää molempien kaikki ilmoittautumiset, läsnäolomerkinnät, kehittymissuunnitelmat ja todistukset. Jos molemmat olivat samassa ryhmässä, säilytettävän henkilön merkinnät jäävät voimaan.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Ei todennäköisiä kaksoiskappaleita.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Keep {kept}
and merge {merged} into it?

This cannot be undone; all history of both is kept.</source>
        <translation>Säilytetäänkö {kept}
ja yhdistetäänkö siihen {merged}?

Tätä ei voi kumota; molempien koko historia säilyy.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll a person</source>
        <translation>Ilmoita henkilö</translation>
    </message>
    <message>
        <source>Type a name, e-mail or organization</source>
        <translation>Kirjoita nimi, sähköpostiosoite tai organisaatio</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Uusi henkilö…</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Ilmoita</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rooli:</translation>
    </message>
    <message>
        <source>earlier: {cohorts}</source>
        <translation>aiemmin: {cohorts}</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Whose form this is; the next person without an answer is chosen for you.</source>
        <translation>Kenen lomake tämä on; seuraava, jonka vastaus puuttuu, valitaan valmiiksi.</translation>
    </message>
    <message>
        <source>&amp;Whose form:</source>
        <translation>Kenen lo&amp;make:</translation>
    </message>
    <message>
        <source>Anonymous: the forms are typed in without names.</source>
        <translation>Nimetön: lomakkeet syötetään ilman nimiä.</translation>
    </message>
    <message>
        <source>The organization written on the form, if any: results are split by organization only where at least five answered</source>
        <translation>Lomakkeeseen kirjoitettu organisaatio, jos sellainen on: tulokset jaetaan organisaatioittain vain, jos vähintään viisi on vastannut</translation>
    </message>
    <message>
        <source>Or&amp;ganization (optional):</source>
        <translation>Or&amp;ganisaatio (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>This evaluation is closed: it takes no more answers. “Open for answers” in the toolbar opens it again.</source>
        <translation>Palaute on suljettu: se ei ota vastaan enempää vastauksia. ”Avaa vastauksille” työkalurivillä avaa sen uudelleen.</translation>
    </message>
    <message>
        <source>Save, ne&amp;xt form</source>
        <translation>Tallenna, seuraa&amp;va lomake</translation>
    </message>
    <message>
        <source>Save this form and start the next blank one (Ctrl+Enter)</source>
        <translation>Tallenna lomake ja aloita seuraava tyhjä (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last form</source>
        <translation>Kumoa v&amp;iimeisin lomake</translation>
    </message>
    <message>
        <source>Delete the form saved last and put its answers back here (Ctrl+Z)</source>
        <translation>Poista viimeksi tallennettu lomake ja palauta sen vastaukset tähän (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Star&amp;t over</source>
        <translation>Tyhjenn&amp;ä lomake</translation>
    </message>
    <message>
        <source>Empty this form without saving it</source>
        <translation>Tyhjennä lomake tallentamatta</translation>
    </message>
    <message>
        <source>Digits answer (1–5 or 1–7 on a scale, the option&apos;s number on a choice; several choices: digits tick and untick) · 0 or Space clears · Tab, Enter or ↓ moves on, ↑ back · Ctrl+Enter saves the form · Ctrl+Z takes back the last form</source>
        <translation>Numerot vastaavat (asteikolla 1–5 tai 1–7, valinnassa vaihtoehdon numero; monivalinnassa numerot valitsevat ja poistavat) · 0 tai välilyönti tyhjentää · Sarkain, Enter tai ↓ siirtyy eteenpäin, ↑ takaisin · Ctrl+Enter tallentaa lomakkeen · Ctrl+Z kumoaa viimeisimmän lomakkeen</translation>
    </message>
    <message>
        <source>Keys: digits answer, Tab/Enter next, Ctrl+Enter save, Ctrl+Z undo</source>
        <translation>Näppäimet: numerot vastaavat, Sarkain/Enter seuraava, Ctrl+Enter tallentaa, Ctrl+Z kumoaa</translation>
    </message>
    <message>
        <source>{name} – typed in</source>
        <translation>{name} – syötetty</translation>
    </message>
    <message>
        <source>{typed} of {expected} forms typed in</source>
        <translation>{typed}/{expected} lomaketta syötetty</translation>
    </message>
    <message>
        <source>The cohort has no participants yet.</source>
        <translation>Ryhmässä ei ole vielä osallistujia.</translation>
    </message>
    <message>
        <source>Nothing is typed in this form yet; nothing was saved.</source>
        <translation>Lomakkeeseen ei ole vielä syötetty mitään; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Choose whose form this is; nothing was saved.</source>
        <translation>Valitse, kenen lomake tämä on; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The form of {name} is typed in already; choose whose form this is. Nothing was saved.</source>
        <translation>Henkilön {name} lomake on jo syötetty; valitse, kenen lomake tämä on. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Form saved.</source>
        <translation>Lomake tallennettiin.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>The last form was deleted; its answers are back in the form.</source>
        <translation>Viimeisin lomake poistettiin; sen vastaukset ovat taas lomakkeella.</translation>
    </message>
    <message>
        <source>The last form was deleted.</source>
        <translation>Viimeisin lomake poistettiin.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Hävitä henkilötiedot</translation>
    </message>
    <message>
        <source>Erase {name} from Kohort for good? This cannot be undone.</source>
        <translation>Hävitetäänkö {name} Kohortista lopullisesti? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>their details: e-mail, phone, job title, organization, department</source>
        <translation>henkilön tiedot: sähköposti, puhelin, tehtävänimike, organisaatio, yksikkö</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in cohorts</source>
        <translation>
            <numerusform>%n rekisteröinti ryhmään</numerusform>
            <numerusform>%n rekisteröintiä ryhmiin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n läsnäolomerkintä</numerusform>
            <numerusform>%n läsnäolomerkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n kehittymissuunnitelma</numerusform>
            <numerusform>%n kehittymissuunnitelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in those plans</source>
        <translation>
            <numerusform>%n toimenpide suunnitelmissa</numerusform>
            <numerusform>%n toimenpidettä suunnitelmissa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n nimellinen kurssipalautevastaus</numerusform>
            <numerusform>%n nimellistä kurssipalautevastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n paikka jälkitapaamisten kutsulistoilla</numerusform>
            <numerusform>%n paikkaa jälkitapaamisten kutsulistoilla</numerusform>
        </translation>
    </message>
    <message>
        <source>This erases:</source>
        <translation>Hävitetään:</translation>
    </message>
    <message numerus="yes">
        <source>Also erase the issued diplomas (%n): {serials}</source>
        <translation>
            <numerusform>Hävitä myös myönnetty todistus (%n): {serials}</numerusform>
            <numerusform>Hävitä myös myönnetyt todistukset (%n): {serials}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n issued diploma(s) are erased from the register too, with their PDFs; nothing about {name} stays in Kohort.</source>
        <translation>
            <numerusform>Myönnetty todistus hävitetään myös rekisteristä PDF-tiedostoineen; Kohortiin ei jää mitään henkilöstä {name}.</numerusform>
            <numerusform>%n myönnettyä todistusta hävitetään myös rekisteristä PDF-tiedostoineen; Kohortiin ei jää mitään henkilöstä {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: the %n issued diploma(s) in the diploma register, with {name} as printed on them, the cohort and the PDF, as the organization&apos;s record of what it issued. Nothing else about {name} stays, and they no longer appear in any list or search.</source>
        <translation>
            <numerusform>Säilytetään: myönnetty todistus todistusrekisterissä, siihen painettu nimi {name}, ryhmä ja PDF, organisaation tallenteena siitä, mitä se on myöntänyt. Muuta henkilöstä {name} ei jää, eikä hän enää näy missään luettelossa tai haussa.</numerusform>
            <numerusform>Säilytetään: %n myönnettyä todistusta todistusrekisterissä, niihin painettu nimi {name}, ryhmä ja PDF:t, organisaation tallenteena siitä, mitä se on myöntänyt. Muuta henkilöstä {name} ei jää, eikä hän enää näy missään luettelossa tai haussa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their name also appears as a diploma signatory or as another participant&apos;s manager; that stays: change it where it is.</source>
        <translation>Nimi on myös todistusten allekirjoittajana tai toisen osallistujan esihenkilönä; se jää: muuta se siellä, missä se on.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Hävitä</translation>
    </message>
</context>
<context>
    <name>EvaluationImportDialog</name>
    <message>
        <source>Import answers to “{title}”</source>
        <translation>Tuo vastaukset: ”{title}”</translation>
    </message>
    <message>
        <source>Choose the question each column answers. Columns set to “—” are ignored.</source>
        <translation>Valitse, mihin kysymykseen kukin sarake vastaa. Sarakkeet, joissa on ”—”, ohitetaan.</translation>
    </message>
    <message>
        <source>The e-mail column matches each answer to a participant of the cohort.</source>
        <translation>Sähköpostisarake yhdistää jokaisen vastauksen ryhmän osallistujaan.</translation>
    </message>
    <message>
        <source>E-mail address (whose answer it is)</source>
        <translation>Sähköpostiosoite (kenen vastaus)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do.</source>
        <translation>Paina Tarkista nähdäksesi, mitä tuonti tekisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n vastaaja</numerusform>
            <numerusform>%n vastaajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n vastaus.</numerusform>
            <numerusform>%n vastausta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported before will be skipped:</source>
        <translation>
            <numerusform>%n aiemmin tuotu rivi ohitetaan:</numerusform>
            <numerusform>%n aiemmin tuotua riviä ohitetaan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Ei mitään uutta tuotavaa.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these are fixed:</source>
        <translation>Mitään ei voi tuoda ennen kuin nämä on korjattu:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… ja {n} muuta.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from {file}.</source>
        <translation>
            <numerusform>Tuotiin %n vastaaja tiedostosta {file}.</numerusform>
            <numerusform>Tuotiin %n vastaajaa tiedostosta {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import evaluation answers</source>
        <translation>Tuo palautteen vastaukset</translation>
    </message>
    <message>
        <source>This cohort has no course evaluation yet.</source>
        <translation>Ryhmällä ei ole vielä kurssipalautetta.</translation>
    </message>
    <message>
        <source>Which evaluation are the answers to?</source>
        <translation>Mihin palautekyselyyn vastaukset kuuluvat?</translation>
    </message>
    <message>
        <source>Forms exports (*.xlsx *.csv);;All files (*)</source>
        <translation>Forms-viennit (*.xlsx *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import evaluation ans&amp;wers…</source>
        <translation>Tu&amp;o palautteen vastaukset…</translation>
    </message>
    <message>
        <source>Choose the cohort in the list on the left first.</source>
        <translation>Valitse ensin ryhmä vasemmalla olevasta luettelosta.</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>&amp;New evaluation…</source>
        <translation>Uu&amp;si palaute…</translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation>Kysymyks&amp;et…</translation>
    </message>
    <message>
        <source>Print paper for&amp;ms…</source>
        <translation>Tulosta pape&amp;rilomakkeet…</translation>
    </message>
    <message>
        <source>Save &amp;results as PDF…</source>
        <translation>Tallenna tulokset P&amp;DF:nä…</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>Tuo &amp;vastaukset…</translation>
    </message>
    <message>
        <source>Close for answers</source>
        <translation>Sulje vastauksilta</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Näytä palaute:</translation>
    </message>
    <message>
        <source>&amp;Create course evaluation…</source>
        <translation>Luo kurss&amp;ipalaute…</translation>
    </message>
    <message>
        <source>Create the cohort&apos;s course evaluation (Ctrl+N)</source>
        <translation>Luo ryhmän kurssipalaute (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Syötä paperilomakkeet</translation>
    </message>
    <message>
        <source>{cohort} has no course evaluation yet.

Create one from the built-in questions (or write your own), print the paper forms, type in the answers here, and show the results as a PDF.</source>
        <translation>Ryhmällä {cohort} ei ole vielä kurssipalautetta.

Luo se valmiista kysymyksistä (tai kirjoita omat), tulosta paperilomakkeet, syötä vastaukset tähän ja näytä tulokset PDF:nä.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nimellinen</translation>
    </message>
    <message>
        <source>the whole cohort</source>
        <translation>koko ryhmä</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n kysymys</numerusform>
            <numerusform>%n kysymystä</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Avaa vastauksille</translation>
    </message>
    <message>
        <source>Take answers again: type in forms, import them</source>
        <translation>Ota vastauksia taas vastaan: syötä lomakkeita, tuo niitä</translation>
    </message>
    <message>
        <source>Take no more answers; the results stay as they are</source>
        <translation>Älä ota vastaan enempää vastauksia; tulokset pysyvät ennallaan</translation>
    </message>
    <message>
        <source>Course evaluation created.</source>
        <translation>Kurssipalaute luotiin.</translation>
    </message>
    <message>
        <source>The evaluation is closed for answers.</source>
        <translation>Palaute on suljettu vastauksilta.</translation>
    </message>
    <message>
        <source>The evaluation takes answers again.</source>
        <translation>Palaute ottaa taas vastaan vastauksia.</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Kurssipalautteen tulokset</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>tulokset</translation>
    </message>
    <message>
        <source>Evaluation forms</source>
        <translation>Palautelomakkeet</translation>
    </message>
    <message>
        <source>the paper forms</source>
        <translation>paperilomakkeet</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tallennettiin {path}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Avaa toinen tietokanta…</translation>
    </message>
    <message>
        <source>Open a tea&amp;m database…</source>
        <translation>Avaa &amp;yhteinen tietokanta…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Avaa v&amp;iimeisin</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Pala&amp;uta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Kohort backup {date}</source>
        <translation>Kohort varmuuskopio {date}</translation>
    </message>
    <message>
        <source>Backed up to {path} (integrity and row counts checked).</source>
        <translation>Varmuuskopioitu: {path} (eheys ja rivimäärät tarkistettu).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Replace the database with the backup {file} (saved {when})?

The current database is saved as a backup in {folder} first.</source>
        <translation>Korvataanko tietokanta varmuuskopiolla {file} (tallennettu {when})?

Nykyinen tietokanta tallennetaan ensin varmuuskopioksi kansioon {folder}.</translation>
    </message>
    <message>
        <source>Replace the database with the backup from {when}?

The current database is saved as a backup in {folder} first.</source>
        <translation>Korvataanko tietokanta varmuuskopiolla, joka on tehty {when}?

Nykyinen tietokanta tallennetaan ensin varmuuskopioksi kansioon {folder}.</translation>
    </message>
    <message>
        <source>Restoring as soon as Kohort has finished its current work…</source>
        <translation>Varmuuskopio palautetaan heti, kun Kohort on saanut käynnissä olevan työn valmiiksi…</translation>
    </message>
    <message>
        <source>{problem}

Kohort closes.</source>
        <translation>{problem}

Kohort sulkeutuu.</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Avaa toinen tietokanta</translation>
    </message>
    <message>
        <source>{path} is already open.</source>
        <translation>{path} on jo auki.</translation>
    </message>
    <message>
        <source>Open a team database</source>
        <translation>Avaa yhteinen tietokanta</translation>
    </message>
    <message>
        <source>The address of the team database on its PostgreSQL server, such as postgresql://anna@db.example.org/kohort. No password here: Kohort reads it from ~/.pgpass (or PGPASSWORD).</source>
        <translation>Yhteisen tietokannan osoite sen PostgreSQL-palvelimella, esimerkiksi postgresql://anna@db.example.org/kohort. Älä kirjoita salasanaa tähän: Kohort lukee sen tiedostosta ~/.pgpass (tai PGPASSWORD-muuttujasta).</translation>
    </message>
    <message>
        <source>Restore the backup from {when}? The damaged file is kept in the backups folder.</source>
        <translation>Palautetaanko varmuuskopio, joka on tehty {when}? Vioittunut tiedosto säilytetään backups-kansiossa.</translation>
    </message>
    <message>
        <source>There is no backup that passes its check in {folder}.</source>
        <translation>Kansiossa {folder} ei ole varmuuskopiota, joka läpäisee tarkistuksen.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Varmuuskopio ajalta {when} on palautettu.</translation>
    </message>
    <message>
        <source>The damaged file was saved as {path}.</source>
        <translation>Vioittunut tiedosto tallennettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>The previous database was saved as {path}.</source>
        <translation>Aiempi tietokanta tallennettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>Kohort is still working on this database; try again in a moment.</source>
        <translation>Kohort käsittelee vielä tätä tietokantaa; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>No other databases opened yet</source>
        <translation>Muita tietokantoja ei ole vielä avattu</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Tietokanta: {path}</translation>
    </message>
</context>
<context>
    <name>FillableForms</name>
    <message>
        <source>Write fi&amp;llable PDF forms…</source>
        <translation>Täytettävät PDF-&amp;lomakkeet…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Kansio täytettäville lomakkeille</translation>
    </message>
    <message numerus="yes">
        <source>%n fillable form(s) saved to {path}.</source>
        <translation>
            <numerusform>%n täytettävä lomake tallennettu kansioon {path}.</numerusform>
            <numerusform>%n täytettävää lomaketta tallennettu kansioon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the fillable forms…</source>
        <translation>Kirjoitetaan täytettäviä lomakkeita…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Peruttu; mitään ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>GatheringDialog</name>
    <message>
        <source>Reunion or lecture</source>
        <translation>Jälkitapaaminen tai luento</translation>
    </message>
    <message>
        <source>New reunion or lecture</source>
        <translation>Uusi jälkitapaaminen tai luento</translation>
    </message>
    <message>
        <source>e.g. Återträff 2026</source>
        <translation>esim. Jälkitapaaminen 2026</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Jälkitapaaminen</translation>
    </message>
    <message>
        <source>Open lecture</source>
        <translation>Avoin luento</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kellonajat</translation>
    </message>
    <message>
        <source>e.g. Stadshotellet, Alingsås</source>
        <translation>esim. Kaupunginhotelli, Vaasa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Aika:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>P&amp;aikka:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>A reunion or lecture needs a title.</source>
        <translation>Jälkitapaaminen tai luento tarvitsee otsikon.</translation>
    </message>
    <message>
        <source>A reunion or lecture needs a date.</source>
        <translation>Jälkitapaaminen tai luento tarvitsee päivämäärän.</translation>
    </message>
    <message>
        <source>A reunion or lecture must end after it starts.</source>
        <translation>Jälkitapaamisen tai luennon on päätyttävä alkamisen jälkeen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>guide_en.html</source>
        <comment>file name of the user guide in this language</comment>
        <translation>guide_fi.html</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Valitse {what}</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}</source>
        <translation>Tiedostoa {name} ei voitu lukea: {error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size}&#xa0;kt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Koko nimi (jaetaan etu- ja sukunimeen)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Toimiala/yksikkö</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Name on diploma</source>
        <translation>Nimi todistuksessa</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Tuo {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), header on row {header}</source>
        <translation>
            <numerusform>%n rivi, otsikot rivillä {header}</numerusform>
            <numerusform>%n riviä, otsikot rivillä {header}</numerusform>
        </translation>
    </message>
    <message>
        <source>, sheet “{sheet}”</source>
        <translation>, taulukko ”{sheet}”</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns set to “—” are ignored.</source>
        <translation>Valitse, mitä kukin sarake sisältää. Sarakkeet, joiden arvona on ”—”, ohitetaan.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(sarake {n})</translation>
    </message>
    <message>
        <source>&amp;Update people already in Kohort (same e-mail) with the file&apos;s values</source>
        <translation>&amp;Päivitä Kohortissa jo olevat henkilöt (sama sähköpostiosoite) tiedoston tiedoilla</translation>
    </message>
    <message>
        <source>&amp;Keep people already in Kohort as they are</source>
        <translation>Säilytä Kohortissa jo olevat henkilöt &amp;ennallaan</translation>
    </message>
    <message>
        <source>Enroll as:</source>
        <translation>Ilmoita roolissa:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do.</source>
        <translation>Paina Tarkista nähdäksesi, mitä tuonti tekisi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>The check failed; see the message.</source>
        <translation>Tarkistus epäonnistui; katso viesti.</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {enrolled} newly enrolled in this cohort.</source>
        <translation>Uusia {created}, päivitettyjä {updated}, ennallaan {unchanged}; tähän ryhmään uusia ilmoittautuneita {enrolled}.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these are fixed:</source>
        <translation>Mitään ei voi tuoda ennen kuin nämä on korjattu:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… ja {n} muuta.</translation>
    </message>
    <message>
        <source>The other rows would give: {counts}</source>
        <translation>Muut rivit tuottaisivat: {counts}</translation>
    </message>
    <message>
        <source>Check these rows; they are imported as shown here:</source>
        <translation>Tarkista nämä rivit; ne tuodaan tässä näkyvässä muodossa:</translation>
    </message>
    <message>
        <source>row {row} is the same person as row {into}; merged.</source>
        <translation>rivi {row} on sama henkilö kuin rivi {into}; yhdistetty.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more merged row(s).</source>
        <translation>
            <numerusform>… ja %n muu yhdistetty rivi.</numerusform>
            <numerusform>… ja %n muuta yhdistettyä riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to people already in Kohort (choose “Keep people already in Kohort as they are” to leave them):</source>
        <translation>Muutokset Kohortissa jo oleviin henkilöihin (valitse ”Säilytä Kohortissa jo olevat henkilöt ennallaan”, jos haluat jättää heidät ennalleen):</translation>
    </message>
    <message>
        <source>row {row}, {person}: {field} “{old}” → “{new}”</source>
        <translation>rivi {row}, {person}: {field} ”{old}” → ”{new}”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… ja %n muu muutos.</numerusform>
            <numerusform>… ja %n muuta muutosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived, enrolled again and so active again: {names}.</source>
        <translation>Arkistoidut, uudelleen ilmoittautuneet ja siten taas aktiiviset: {names}.</translation>
    </message>
    <message>
        <source>row {row}, {person}</source>
        <translation>rivi {row}, {person}</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>name as printed</source>
        <translation>nimi todistuksessa</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>tehtävänimike</translation>
    </message>
    <message>
        <source>department</source>
        <translation>toimiala/yksikkö</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Tiedostosta {file} ei tuotu mitään.</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {enrolled} enrolled.</source>
        <translation>Tuotu {file}: uusia {created}, päivitettyjä {updated}, ilmoittautuneita {enrolled}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Create the &amp;demo programme</source>
        <translation>Luo &amp;esittelyohjelma</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Uusi ohjelma…</translation>
    </message>
    <message>
        <source>New &amp;cohort…</source>
        <translation>Uusi &amp;ryhmä…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Verify a diploma…</source>
        <translation>&amp;Tarkista todistus…</translation>
    </message>
    <message>
        <source>Rete&amp;ntion…</source>
        <translation>Tietojen &amp;karsinta…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>A&amp;setukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;About Kohort</source>
        <translation>&amp;Tietoja Kohortista</translation>
    </message>
    <message>
        <source>Saved. The new language applies when Kohort restarts.</source>
        <translation>Tallennettu. Uusi kieli tulee käyttöön, kun Kohort käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>About Kohort</source>
        <translation>Tietoja Kohortista</translation>
    </message>
    <message>
        <source>Kohort {version}
Leadership programmes, from roll call to diploma.

Database: {path}</source>
        <translation>Kohort {version}
Johtamisohjelmat nimenhuudosta todistukseen.

Tietokanta: {path}</translation>
    </message>
    <message>
        <source>Choose a cohort on the left, or create one.</source>
        <translation>Valitse ryhmä vasemmalta tai luo uusi.</translation>
    </message>
    <message>
        <source>There are no programmes in this database yet.</source>
        <translation>Tässä tietokannassa ei ole vielä ohjelmia.</translation>
    </message>
    <message>
        <source>Welcome to Kohort</source>
        <translation>Tervetuloa Kohortiin</translation>
    </message>
    <message>
        <source>This database is empty. Create a demo programme to look around?
You can archive it later (Programme ▸ Archive).</source>
        <translation>Tietokanta on tyhjä. Luodaanko esittelyohjelma, jota voit tutkia?
Voit arkistoida sen myöhemmin (Ohjelma ▸ Arkistoi).</translation>
    </message>
    <message>
        <source>Demo programme created.</source>
        <translation>Esittelyohjelma luotu.</translation>
    </message>
    <message>
        <source>This cohort cannot be read: the database is damaged. Restore a backup with File ▸ Restore from backup…</source>
        <translation>Tätä ryhmää ei voi lukea, koska tietokanta on vioittunut. Palauta varmuuskopio valinnalla Tiedosto ▸ Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Choose a cohort on the left.</source>
        <translation>Valitse ryhmä vasemmalta.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Eligibility for {name}</source>
        <translation>Todistukseen oikeutus: {name}</translation>
    </message>
    <message>
        <source>The rule says: eligible.</source>
        <translation>Vaatimusten mukaan: täyttää vaatimukset.</translation>
    </message>
    <message>
        <source>The rule says: not eligible ({why}).</source>
        <translation>Vaatimusten mukaan: ei täytä vaatimuksia ({why}).</translation>
    </message>
    <message>
        <source>&amp;Follow the completion rule</source>
        <translation>&amp;Noudata suoritusvaatimusta</translation>
    </message>
    <message>
        <source>&amp;Eligible despite the rule</source>
        <translation>&amp;Oikeutettu vaatimuksesta huolimatta</translation>
    </message>
    <message>
        <source>&amp;Not eligible despite the rule</source>
        <translation>&amp;Ei oikeutettu vaatimuksesta huolimatta</translation>
    </message>
    <message>
        <source>e.g. Missed session 3 — made up with a written assignment</source>
        <translation>esim. Poissa tapaamisesta 3 – korvattu kirjallisella tehtävällä</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Perustelu:</translation>
    </message>
    <message>
        <source>Write down why, for the record.</source>
        <translation>Kirjoita perustelu muistiin.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Attendance by session</source>
        <translation>Läsnäolo tapaamisittain</translation>
    </message>
    <message>
        <source>({recorded} recorded)</source>
        <translation>({recorded} merkitty)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n guest(s)</source>
        <translation>
            <numerusform>+ %n vieras</numerusform>
            <numerusform>+ %n vierasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance by organization</source>
        <translation>Läsnäolo organisaatioittain</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eligible</source>
        <translation>
            <numerusform>%n täyttää vaatimukset</numerusform>
            <numerusform>%n täyttää vaatimukset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n hyvällä mallilla</numerusform>
            <numerusform>%n hyvällä mallilla</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <source>No dates set.</source>
        <translation>Päivämääriä ei ole asetettu.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n participant(s)</source>
        <translation>
            <numerusform>Paikkoja: %n</numerusform>
            <numerusform>Paikkoja: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Nobody enrolled yet.</source>
        <translation>Kukaan ei ole vielä ilmoittautunut.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n tapaaminen pidetty</numerusform>
            <numerusform>%n tapaamista pidetty</numerusform>
        </translation>
    </message>
    <message>
        <source>{eligible} of {judged} participants meet the completion rule so far ({held}).</source>
        <translation>{eligible}/{judged} osallistujaa täyttää suoritusvaatimuksen toistaiseksi ({held}).</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>No upcoming sessions.</source>
        <translation>Ei tulevia tapaamisia.</translation>
    </message>
    <message>
        <source>no venue yet</source>
        <translation>paikka vielä auki</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Tehtävää</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Ei avoimia tehtäviä.</translation>
    </message>
</context>
<context>
    <name>PaperFormsDialog</name>
    <message>
        <source>Print paper forms</source>
        <translation>Tulosta paperilomakkeet</translation>
    </message>
    <message>
        <source>&amp;One per participant, with the name printed</source>
        <translation>&amp;Yksi kullekin osallistujalle, nimi tulostettuna</translation>
    </message>
    <message>
        <source>&amp;Unnamed copies:</source>
        <translation>Ni&amp;mettömiä kappaleita:</translation>
    </message>
    <message>
        <source>How many blank forms to print</source>
        <translation>Montako tyhjää lomaketta tulostetaan</translation>
    </message>
    <message>
        <source>The cohort has no participants yet: how many blank forms to print?</source>
        <translation>Ryhmässä ei ole vielä osallistujia: montako tyhjää lomaketta tulostetaan?</translation>
    </message>
    <message>
        <source>An anonymous evaluation&apos;s forms carry no names.</source>
        <translation>Nimettömän palautteen lomakkeissa ei ole nimiä.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Filter by name, organization, e-mail… (Ctrl+F)</source>
        <translation>Suodata nimen, organisaation, sähköpostin mukaan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Uusi henkilö…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mu&amp;okkaa…</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>&amp;Kehittymissuunnitelma…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>K&amp;eskeytä</translation>
    </message>
    <message>
        <source>Eligibility &amp;override…</source>
        <translation>&amp;Poikkeus vaatimuksista…</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>Poista &amp;henkilö…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>Kaksoi&amp;skappaleet…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Tuo luettelo…</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>&amp;Vie luettelo…</translation>
    </message>
    <message>
        <source>Enro&amp;ll existing…</source>
        <translation>Ilmoita &amp;aiempi henkilö…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Vie henkilötiedot…</translation>
    </message>
    <message>
        <source>Erase personal d&amp;ata…</source>
        <translation>Hävitä henkilö&amp;tiedot…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentori</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ei mentoria</translation>
    </message>
    <message>
        <source>(enroll someone with the role Mentor first)</source>
        <translation>(ilmoita ensin joku roolissa Mentori)</translation>
    </message>
    <message>
        <source>Already in Kohort</source>
        <translation>On jo Kohortissa</translation>
    </message>
    <message>
        <source>{name} already has the e-mail {email}.

Enroll {name} instead of adding a new person? (No adds a new person anyway.)</source>
        <translation>Henkilöllä {name} on jo sähköpostiosoite {email}.

Ilmoitetaanko {name} uuden henkilön lisäämisen sijaan? (Ei lisää silti uuden henkilön.)</translation>
    </message>
    <message>
        <source>{name} enrolled.</source>
        <translation>{name} ilmoitettu.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} lisätty.</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Ilmoitettu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %n person(s).</source>
        <translation>
            <numerusform>Tila muutettu %n henkilöltä.</numerusform>
            <numerusform>Tila muutettu %n henkilöltä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Role changed for %n person(s).</source>
        <translation>
            <numerusform>Rooli muutettu %n henkilöltä.</numerusform>
            <numerusform>Rooli muutettu %n henkilöltä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentori</translation>
    </message>
    <message>
        <source>Only participants have mentors.</source>
        <translation>Vain osallistujilla on mentoreita.</translation>
    </message>
    <message>
        <source>Mentor set.</source>
        <translation>Mentori asetettu.</translation>
    </message>
    <message>
        <source>Eligibility recorded.</source>
        <translation>Todistukseen oikeutus tallennettu.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Withdraw {names} from this cohort? Their attendance and plans are kept.</source>
        <translation>Keskeytetäänkö osallistuminen tähän ryhmään: {names}? Läsnäolo ja suunnitelmat säilyvät.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Poista henkilö</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n issued diploma(s), which stay in the register. Withdraw {name} from the cohort instead.</source>
        <translation>
            <numerusform>Henkilöllä {name} on %n myönnetty todistus, joka säilyy rekisterissä. Keskeytä sen sijaan henkilön {name} osallistuminen ryhmään.</numerusform>
            <numerusform>Henkilöllä {name} on %n myönnettyä todistusta, jotka säilyvät rekisterissä. Keskeytä sen sijaan henkilön {name} osallistuminen ryhmään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in all cohorts</source>
        <translation>
            <numerusform>%n ilmoittautuminen kaikissa ryhmissä</numerusform>
            <numerusform>%n ilmoittautumista kaikissa ryhmissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n läsnäolomerkintä</numerusform>
            <numerusform>%n läsnäolomerkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n kehittymissuunnitelma</numerusform>
            <numerusform>%n kehittymissuunnitelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n nimellinen kurssipalautevastaus</numerusform>
            <numerusform>%n nimellistä kurssipalautevastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n paikka jälkitapaamisten kutsulistoilla</numerusform>
            <numerusform>%n paikkaa jälkitapaamisten kutsulistoilla</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name} from Kohort altogether?

This also deletes: {what}.

To keep the history, choose Withdraw instead.</source>
        <translation>Poistetaanko {name} kokonaan Kohortista?

Samalla poistetaan: {what}.

Jos haluat säilyttää historian, valitse sen sijaan Keskeytä.</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} poistettu.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Yhdistetty.</translation>
    </message>
    <message>
        <source>Participants – {cohort}</source>
        <translation>Osallistujat – {cohort}</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Vie osallistujat</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n person(s) to {path}.</source>
        <translation>
            <numerusform>%n henkilö tallennettu: {path}.</numerusform>
            <numerusform>%n henkilöä tallennettu: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <source>&amp;Single name only (no last name)</source>
        <translation>&amp;Vain yksi nimi (ei sukunimeä)</translation>
    </message>
    <message>
        <source>Only if the diploma should differ</source>
        <translation>Vain jos todistukseen tulee eri nimi</translation>
    </message>
    <message>
        <source>e.g. enhetschef</source>
        <translation>esim. yksikönjohtaja</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>Name on &amp;diploma:</source>
        <translation>Nimi &amp;todistuksessa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sä&amp;hköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Teht&amp;ävänimike:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Toi&amp;miala/yksikkö:</translation>
    </message>
    <message>
        <source>&amp;Role in the cohort:</source>
        <translation>&amp;Rooli ryhmässä:</translation>
    </message>
    <message>
        <source>Type the name in First name.</source>
        <translation>Kirjoita nimi Etunimi-kenttään.</translation>
    </message>
    <message>
        <source>A person needs a first or last name.</source>
        <translation>Henkilöllä on oltava etu- tai sukunimi.</translation>
    </message>
    <message>
        <source>Type the last name, or tick “Single name only” if the person has no other name.</source>
        <translation>Kirjoita sukunimi tai rastita ”Vain yksi nimi”, jos henkilöllä ei ole muuta nimeä.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>”{email}” ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Lisää henkilö listalle</translation>
    </message>
    <message>
        <source>Type a name, e-mail or organization</source>
        <translation>Kirjoita nimi, sähköposti tai organisaatio</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
</context>
<context>
    <name>PlanGuideDialog</name>
    <message>
        <source>Action plan headings and questions – {programme}</source>
        <translation>Kehittymissuunnitelman otsikot ja kysymykset – {programme}</translation>
    </message>
    <message>
        <source>A guiding question (optional)</source>
        <translation>Ohjaava kysymys (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Palauta oletukset</translation>
    </message>
    <message>
        <source>Defaults in:</source>
        <translation>Oletukset kielellä:</translation>
    </message>
    <message>
        <source>Printed on every action plan of the programme&apos;s cohorts and shown in the editor. Left exactly as a language&apos;s defaults, each cohort uses the defaults of its own document language.</source>
        <translation>Tulostetaan ohjelman ryhmien jokaiseen kehittymissuunnitelmaan ja näytetään muokkaimessa. Jos tekstit jätetään täsmälleen jonkin kielen oletuksiksi, kukin ryhmä käyttää oman asiakirjakielensä oletuksia.</translation>
    </message>
    <message>
        <source>Every section needs a heading ({section} has none).</source>
        <translation>Jokainen osio tarvitsee otsikon (osiolla {section} ei ole otsikkoa).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Järjestelmän kieli ({language})</translation>
    </message>
    <message>
        <source>The new language applies the next time Kohort starts. Each cohort&apos;s diplomas and other documents keep the document language set in the cohort.</source>
        <translation>Uusi kieli tulee käyttöön, kun Kohort käynnistetään seuraavan kerran. Kunkin ryhmän todistukset ja muut asiakirjat säilyttävät ryhmälle valitun asiakirjakielen.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Käyttöliittymän &amp;kieli:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>&amp;Second backup folder:</source>
        <translation>&amp;Toinen varmuuskopiokansio:</translation>
    </message>
    <message>
        <source>Kohort keeps its backups in the backups folder beside the database. It also copies them here (a USB stick, a network share) whenever the folder is there.</source>
        <translation>Kohort tallentaa varmuuskopionsa tietokannan vieressä olevaan backups-kansioon. Ne kopioidaan myös tänne (USB-muisti, verkkokansio) aina, kun kansio on saatavilla.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Toinen varmuuskopiokansio</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Uusi ohjelma</translation>
    </message>
    <message>
        <source>e.g. Framtidens ledare</source>
        <translation>esim. Tulevaisuuden johtajat</translation>
    </message>
    <message>
        <source>e.g. FL — starts every diploma number</source>
        <translation>esim. TJ – jokaisen todistuksen numeron alku</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Yksi riviä kohden</translation>
    </message>
    <message>
        <source>Printed on diplomas, e.g. Alingsås</source>
        <translation>Tulostetaan todistuksiin, esim. Vaasa</translation>
    </message>
    <message>
        <source>Who signs the diplomas of every cohort that has no signatories of its own: one to three, with a title such as Kommundirektör or Personalchef. A diploma needs at least one.</source>
        <translation>Allekirjoittajat niiden ryhmien todistuksiin, joilla ei ole omia allekirjoittajia: yhdestä kolmeen, ja titteli, kuten kunnanjohtaja tai henkilöstöjohtaja. Todistus tarvitsee vähintään yhden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Tunnus:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation>&amp;Painopistealueet:</translation>
    </message>
    <message>
        <source>Diploma &amp;place:</source>
        <translation>Todistuksen pa&amp;ikkakunta:</translation>
    </message>
    <message>
        <source>&amp;Signatories:</source>
        <translation>&amp;Allekirjoittajat:</translation>
    </message>
    <message>
        <source>Action plan &amp;headings and questions…</source>
        <translation>Kehittymissuunnitelman &amp;otsikot ja kysymykset…</translation>
    </message>
    <message>
        <source>Action plans:</source>
        <translation>Kehittymissuunnitelmat:</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Ohjelmalla on oltava nimi.</translation>
    </message>
    <message>
        <source>A programme needs a short code, e.g. FL.</source>
        <translation>Ohjelmalla on oltava lyhyt tunnus, esim. TJ.</translation>
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
        <translation>Palautteen kysymykset</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Uusi kysymys</translation>
    </message>
    <message>
        <source>Add a question at the end (Ctrl+N)</source>
        <translation>Lisää kysymys loppuun (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete the chosen question (Ctrl+Delete)</source>
        <translation>Poista valittu kysymys (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä ylö&amp;s</translation>
    </message>
    <message>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation>Siirrä valittua kysymystä ylöspäin (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Siirrä a&amp;las</translation>
    </message>
    <message>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation>Siirrä valittua kysymystä alaspäin (Ctrl+↓)</translation>
    </message>
    <message>
        <source>e.g. Very poor</source>
        <translation>esim. Erittäin huono</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>esim. Erittäin hyvä</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Yksi vaihtoehto riviä kohden</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>&amp;Vastaus on pakollinen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Kysymys:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>Asteikk&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Low end:</source>
        <translation>&amp;Alin arvo:</translation>
    </message>
    <message>
        <source>&amp;High end:</source>
        <translation>&amp;Ylin arvo:</translation>
    </message>
    <message>
        <source>Tip: label the ends, or the form prints 1–5 with no meaning to them.</source>
        <translation>Vinkki: nimeä asteikon päät, muuten lomakkeessa on 1–5 ilman selitystä.</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>Vaihtoe&amp;hdot:</translation>
    </message>
    <message>
        <source>Sa&amp;ve question</source>
        <translation>Tall&amp;enna kysymys</translation>
    </message>
    <message>
        <source>Save the question (Ctrl+S)</source>
        <translation>Tallenna kysymys (Ctrl+S)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>Pe&amp;ru muutokset</translation>
    </message>
    <message>
        <source>Forget the changes to this question</source>
        <translation>Unohda kysymyksen muutokset</translation>
    </message>
    <message numerus="yes">
        <source>This question has %n answer(s): its kind, scale and options can no longer change; its text can.</source>
        <translation>
            <numerusform>Kysymyksellä on %n vastaus: sen tyyppiä, asteikkoa ja vaihtoehtoja ei voi enää muuttaa; tekstiä voi.</numerusform>
            <numerusform>Kysymyksellä on %n vastausta: sen tyyppiä, asteikkoa ja vaihtoehtoja ei voi enää muuttaa; tekstiä voi.</numerusform>
        </translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(uusi kysymys)</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Poista kysymys</translation>
    </message>
    <message numerus="yes">
        <source>Question {position} (“{text}”) has %n answer(s). Deleting the question deletes its answers too, and cannot be undone. Delete it?</source>
        <translation>
            <numerusform>Kysymyksellä {position} (”{text}”) on %n vastaus. Kysymyksen poistaminen poistaa myös vastauksen, eikä sitä voi perua. Poistetaanko?</numerusform>
            <numerusform>Kysymyksellä {position} (”{text}”) on %n vastausta. Kysymyksen poistaminen poistaa myös vastaukset, eikä sitä voi perua. Poistetaanko?</numerusform>
        </translation>
    </message>
    <message>
        <source>The question being edited is not saved. Close and forget the changes?</source>
        <translation>Muokattavaa kysymystä ei ole tallennettu. Suljetaanko ja unohdetaan muutokset?</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Reissue {serial}</source>
        <translation>Myönnä {serial} uudelleen</translation>
    </message>
    <message>
        <source>{serial} is the diploma of {holder}. A new diploma with a new number replaces it; {serial} stays in the register, marked as replaced. Correct the spelling of the name below if that is why you reissue.</source>
        <translation>{serial} on henkilön {holder} todistus. Uusi todistus uudella numerolla korvaa sen; {serial} jää rekisteriin korvatuksi merkittynä. Korjaa nimen kirjoitusasu alla, jos myönnät uudelleen sen vuoksi.</translation>
    </message>
    <message>
        <source>&amp;Name on the diploma:</source>
        <translation>&amp;Nimi todistuksessa:</translation>
    </message>
    <message>
        <source>The name on the diploma cannot be empty.</source>
        <translation>Todistuksen nimi ei voi olla tyhjä.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Backups in {folder}. Kohort takes one when it closes and once a day while it is open. Restoring saves the current database in the same folder first.</source>
        <translation>Varmuuskopiot kansiossa {folder}. Kohort ottaa varmuuskopion sulkeutuessaan ja kerran päivässä ollessaan auki. Palautus tallentaa nykyisen tietokannan ensin samaan kansioon.</translation>
    </message>
    <message>
        <source>There are no backups of this database in {folder} yet.</source>
        <translation>Kansiossa {folder} ei ole vielä tämän tietokannan varmuuskopioita.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Valitse &amp;tiedosto…</translation>
    </message>
    <message>
        <source>Restore another backup file: one in the second backup folder (a USB stick), or a copy made with File ▸ Backup…</source>
        <translation>Palauta jokin muu varmuuskopiotiedosto: toisessa varmuuskopiokansiossa (USB-muistitikulla) oleva tai Tiedosto ▸ Varmuuskopioi… -toiminnolla tehty kopio.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The results as the PDF report prints them (Ctrl+S saves it)</source>
        <translation>Tulokset sellaisina kuin PDF-raportti ne tulostaa (Ctrl+S tallentaa sen)</translation>
    </message>
    <message>
        <source>Fewer than 5 answers: the results may point out single participants – show them with care.</source>
        <translation>Alle 5 vastausta: tuloksista voi tunnistaa yksittäisiä osallistujia – näytä ne harkiten.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Drawing the results…</source>
        <translation>Piirretään tuloksia…</translation>
    </message>
    <message>
        <source>The results could not be drawn: {reason}</source>
        <translation>Tuloksia ei voitu piirtää: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The results report as it prints: %n page(s).</source>
        <translation>
            <numerusform>Tulosraportti tulostettuna: %n sivu.</numerusform>
            <numerusform>Tulosraportti tulostettuna: %n sivua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>never admitted, over %n month(s)</source>
        <translation>
            <numerusform>ei koskaan hyväksytty, yli %n kuukausi</numerusform>
            <numerusform>ei koskaan hyväksytty, yli %n kuukautta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no activity for over %n year(s)</source>
        <translation>
            <numerusform>ei toimintaa yli %n vuoteen</numerusform>
            <numerusform>ei toimintaa yli %n vuoteen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Tietojen karsinta</translation>
    </message>
    <message>
        <source>each organization&apos;s (default 5)</source>
        <translation>organisaation oma (muuten 5)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <source>each organization&apos;s (default 6)</source>
        <translation>organisaation oma (muuten 6)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <source>No activity for more than:</source>
        <translation>Ei toimintaa yli:</translation>
    </message>
    <message>
        <source>Applicants never admitted, after:</source>
        <translation>Hakijat, joita ei hyväksytty, kun kulunut:</translation>
    </message>
    <message>
        <source>Also erase their issued &amp;diplomas</source>
        <translation>Hävitä myös heille myönnetyt &amp;todistukset</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Hävitä valitut…</translation>
    </message>
    <message>
        <source>&amp;Organization&apos;s periods…</source>
        <translation>&amp;Organisaation säilytysajat…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to review.</source>
        <translation>
            <numerusform>%n henkilö käytävänä läpi.</numerusform>
            <numerusform>%n henkilöä käytävänä läpi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due for erasure: nobody has been inactive longer than the retention period, and no applicant has waited longer than the applicant period.</source>
        <translation>Ketään ei tarvitse karsia: kukaan ei ole ollut passiivinen säilytysaikaa pidempään, eikä yksikään hakija ole odottanut hakijoiden säilytysaikaa pidempään.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) from Kohort for good, with their enrollments, attendance and action plans? This cannot be undone.</source>
        <translation>
            <numerusform>Hävitetäänkö %n henkilö Kohortista lopullisesti rekisteröinteineen, läsnäoloineen ja kehittymissuunnitelmineen? Tätä ei voi perua.</numerusform>
            <numerusform>Hävitetäänkö %n henkilöä Kohortista lopullisesti rekisteröinteineen, läsnäoloineen ja kehittymissuunnitelmineen? Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued diploma(s) are erased too.</source>
        <translation>
            <numerusform>Myös %n myönnetty todistus hävitetään.</numerusform>
            <numerusform>Myös %n myönnettyä todistusta hävitetään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have issued diplomas: those stay in the diploma register, with the name as printed, as the organization&apos;s record; nothing else about them stays. Tick “Also erase their issued diplomas” to erase them too.</source>
        <translation>
            <numerusform>%n heistä on saanut todistuksen: todistukset säilyvät todistusrekisterissä painettuine nimineen organisaation tallenteena; muuta heistä ei jää. Valitse ”Hävitä myös heille myönnetyt todistukset”, jos haluat hävittää nekin.</numerusform>
            <numerusform>%n heistä on saanut todistuksen: todistukset säilyvät todistusrekisterissä painettuine nimineen organisaation tallenteena; muuta heistä ei jää. Valitse ”Hävitä myös heille myönnetyt todistukset”, jos haluat hävittää nekin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were erased.</source>
        <translation>
            <numerusform>%n henkilö on hävitetty.</numerusform>
            <numerusform>%n henkilöä on hävitetty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their issued diplomas stay in the register.</source>
        <translation>Heille myönnetyt todistukset jäävät rekisteriin.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Hävitä henkilötiedot</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Hävitetään henkilötietoja…</translation>
    </message>
    <message>
        <source>Erasing was cancelled; nobody was erased.</source>
        <translation>Hävittäminen keskeytettiin; ketään ei hävitetty.</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsDialog</name>
    <message>
        <source>Organization&apos;s retention periods</source>
        <translation>Organisaation säilytysajat</translation>
    </message>
    <message numerus="yes">
        <source>default (%n year(s))</source>
        <translation>
            <numerusform>oletus (%n vuosi)</numerusform>
            <numerusform>oletus (%n vuotta)</numerusform>
        </translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message numerus="yes">
        <source>default (%n month(s))</source>
        <translation>
            <numerusform>oletus (%n kuukausi)</numerusform>
            <numerusform>oletus (%n kuukautta)</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Keep people without activity for:</source>
        <translation>Säilytä henkilöt, joilla ei toimintaa:</translation>
    </message>
    <message>
        <source>Keep applicants never admitted for:</source>
        <translation>Säilytä hakijat, joita ei hyväksytty:</translation>
    </message>
    <message>
        <source>There are no organizations yet.</source>
        <translation>Organisaatioita ei vielä ole.</translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message>
        <source>Read filled-in PDF forms</source>
        <translation>Lue täytetyt PDF-lomakkeet</translation>
    </message>
    <message>
        <source>Choose the PDF forms participants sent back, or drop them here. Each is matched to its person by the form&apos;s hidden id; nothing is stored until you press Apply, and then all of it at once.</source>
        <translation>Valitse osallistujien palauttamat PDF-lomakkeet tai pudota ne tähän. Jokainen lomake yhdistetään henkilöönsä lomakkeen piilotetun tunnuksen avulla; mitään ei tallenneta ennen kuin painat Tallenna, ja silloin kaikki kerralla.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lisää tiedostoja…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Poista listalta</translation>
    </message>
    <message>
        <source>Only forms of the cohort “{cohort}”</source>
        <translation>Vain ryhmän ”{cohort}” lomakkeet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Mitä muuttuu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Filled-in PDF forms</source>
        <translation>Täytetyt PDF-lomakkeet</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF-lomakkeet (*.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading the forms…</source>
        <translation>Luetaan lomakkeita…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lukeminen keskeytettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n returned form(s) stored.</source>
        <translation>
            <numerusform>%n palautettu lomake tallennettu.</numerusform>
            <numerusform>%n palautettua lomaketta tallennettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the answers…</source>
        <translation>Tallennetaan vastauksia…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Keskeytetty; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Tiedostoja ei ole vielä valittu.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): remove those files from the list, or correct them and add them again. Nothing can be applied until then.</source>
        <translation>
            <numerusform>%n ongelma: poista tiedosto listalta tai korjaa se ja lisää uudelleen. Mitään ei voi tallentaa ennen sitä.</numerusform>
            <numerusform>%n ongelmaa: poista tiedostot listalta tai korjaa ne ja lisää uudelleen. Mitään ei voi tallentaa ennen sitä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready. Apply stores all of them at once.</source>
        <translation>
            <numerusform>%n tiedosto valmiina. Tallenna tallentaa sen.</numerusform>
            <numerusform>%n tiedostoa valmiina. Tallenna tallentaa kaikki kerralla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rea&amp;d filled-in PDF forms…</source>
        <translation>Lue täytetyt PDF-lo&amp;makkeet…</translation>
    </message>
</context>
<context>
    <name>ReunionActions</name>
    <message>
        <source>Reunion planned.</source>
        <translation>Jälkitapaaminen suunniteltu.</translation>
    </message>
    <message>
        <source>Reunion saved.</source>
        <translation>Jälkitapaaminen tallennettu.</translation>
    </message>
    <message>
        <source>Delete reunion</source>
        <translation>Poista jälkitapaaminen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” ({date}) and its invitation list of %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Poistetaanko ”{title}” ({date}) ja sen %n henkilön kutsulista? Tätä ei voi perua.</numerusform>
            <numerusform>Poistetaanko ”{title}” ({date}) ja sen %n henkilön kutsulista? Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reunion deleted.</source>
        <translation>Jälkitapaaminen poistettu.</translation>
    </message>
    <message>
        <source>Added to the list.</source>
        <translation>Lisätty listalle.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Poista listalta</translation>
    </message>
    <message>
        <source>Remove {names} from the invitation list of “{title}”?</source>
        <translation>Poistetaanko {names} tapahtuman ”{title}” kutsulistalta?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Poistettu.</translation>
    </message>
    <message>
        <source>Invitation list – {title}</source>
        <translation>Kutsulista – {title}</translation>
    </message>
    <message numerus="yes">
        <source>Invitation list saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Kutsulista tallennettu: {path} (%n nimi).</numerusform>
            <numerusform>Kutsulista tallennettu: {path} (%n nimeä).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet – {title} {date}</source>
        <translation>Läsnäololista – {title} {date}</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Läsnäololista tallennettu: {path} (%n nimi).</numerusform>
            <numerusform>Läsnäololista tallennettu: {path} (%n nimeä).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who declined left off.</source>
        <translation>
            <numerusform>%n kieltäytynyt ei ole listalla.</numerusform>
            <numerusform>%n kieltäytynyttä ei ole listalla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReunionsWindow</name>
    <message>
        <source>Reunions and alumni – {programme}</source>
        <translation>Jälkitapaamiset ja alumnit – {programme}</translation>
    </message>
    <message>
        <source>&amp;Reunions</source>
        <translation>&amp;Jälkitapaamiset</translation>
    </message>
    <message>
        <source>&amp;Former participants</source>
        <translation>&amp;Alumnit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Reunions and lectures:</source>
        <translation>Jälkitapaamiset ja luennot:</translation>
    </message>
    <message>
        <source>Only &amp;active</source>
        <translation>Vain a&amp;ktiiviset</translation>
    </message>
    <message>
        <source>Leave out archived people (erased people never show)</source>
        <translation>Jätä arkistoidut henkilöt pois (poistettuja ei näytetä koskaan)</translation>
    </message>
    <message>
        <source>&amp;Invite former participants</source>
        <translation>Kut&amp;su alumnit</translation>
    </message>
    <message>
        <source>Invite every former participant the filters select; those already invited keep their answer</source>
        <translation>Kutsu kaikki suodattimien valitsemat alumnit; jo kutsutut säilyttävät vastauksensa</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisaatio:</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Lisää &amp;henkilö…</translation>
    </message>
    <message>
        <source>Re&amp;move from list…</source>
        <translation>Poista &amp;listalta…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Pe&amp;ru</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Läs&amp;näololista…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>The list with e-mail addresses for a mail merge (Excel or CSV)</source>
        <translation>Lista sähköpostiosoitteineen joukkopostitusta varten (Excel tai CSV)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Kaikki vuodet</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Kaikki organisaatiot</translation>
    </message>
    <message>
        <source>No reunions or lectures yet: plan one with New…</source>
        <translation>Ei vielä jälkitapaamisia eikä luentoja: suunnittele sellainen painikkeella Uusi…</translation>
    </message>
    <message>
        <source>{description}
{n} on the list ({shown} shown): {figures}</source>
        <translation>{description}
Listalla {n} ({shown} näkyvissä): {figures}</translation>
    </message>
    <message numerus="yes">
        <source>%n former participant(s) invited.</source>
        <translation>
            <numerusform>%n alumni kutsuttiin.</numerusform>
            <numerusform>%n alumnia kutsuttiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Peruttu.</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>Roll call</source>
        <translation>Nimenhuuto</translation>
    </message>
    <message>
        <source>Type to find a name, then ↓ and a status key</source>
        <translation>Etsi nimi kirjoittamalla, sitten ↓ ja tilanäppäin</translation>
    </message>
    <message>
        <source>Everyone not yet recorded is &amp;present</source>
        <translation>Kaikki vielä merkitsemättömät ovat &amp;läsnä</translation>
    </message>
    <message>
        <source>&amp;Walk-in guest…</source>
        <translation>&amp;Vieras paikan päällä…</translation>
    </message>
    <message>
        <source>Find a name, Enter, then P present · L late · E left early · X excused · A absent (Swedish: N, S, G, F) · Space cycles · Enter adds a note · Ctrl+Z undoes</source>
        <translation>Etsi nimi, Enter, sitten P läsnä · L myöhässä · E lähti aiemmin · X poissa ilmoitetusti · A poissa · välilyönti vaihtaa · Enter lisää merkinnän · Ctrl+Z kumoaa</translation>
    </message>
    <message>
        <source>{recorded} of {total} recorded, {attended} attended</source>
        <translation>{recorded}/{total} merkitty, {attended} läsnä</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n vieras</numerusform>
            <numerusform>%n vierasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Kaikki muut läsnä</translation>
    </message>
    <message>
        <source>{name} added as {role} and marked present.</source>
        <translation>{name} lisätty rooliin {role} ja merkitty läsnä olevaksi.</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>All mandatory sessions attended</source>
        <translation>Läsnä kaikissa pakollisissa tapaamisissa</translation>
    </message>
    <message>
        <source>Late counts as attended</source>
        <translation>Myöhässä lasketaan läsnäoloksi</translation>
    </message>
    <message>
        <source>Left early counts as attended</source>
        <translation>Lähti aiemmin lasketaan läsnäoloksi</translation>
    </message>
    <message>
        <source>Excused counts as attended</source>
        <translation>Poissa ilmoitetusti lasketaan läsnäoloksi</translation>
    </message>
    <message>
        <source>An action plan is required</source>
        <translation>Kehittymissuunnitelma vaaditaan</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>Vähimmäis&amp;läsnäolo:</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of sessions</source>
        <translation>Uusi tapaamissarja</translation>
    </message>
    <message>
        <source>e.g. Nätverksträff (numbered 1, 2, 3…)</source>
        <translation>esim. Verkostotapaaminen (numeroidaan 1, 2, 3…)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>Mää&amp;rä:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Väli:</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform> tapaaminen</numerusform>
            <numerusform> tapaamista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>viikko</numerusform>
            <numerusform>viikkoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>päivä</numerusform>
            <numerusform>päivää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi tapaaminen</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>e.g. Att leda förändring</source>
        <translation>esim. Muutoksen johtaminen</translation>
    </message>
    <message>
        <source>Over several days (residential)</source>
        <translation>Useita päiviä (internaatti)</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kellonajat</translation>
    </message>
    <message>
        <source>e.g. Stadshuset, Alingsås</source>
        <translation>esim. Kaupungintalo, Vaasa</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Mandatory for completion</source>
        <translation>Pakollinen suoritukseen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Aika:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Pai&amp;kka:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Etä&amp;linkki:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Tunnit:</translation>
    </message>
    <message>
        <source>Focus &amp;area:</source>
        <translation>P&amp;ainopistealue:</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Tapaamisella on oltava otsikko.</translation>
    </message>
    <message>
        <source>A session cannot end on a day before it starts.</source>
        <translation>Tapaaminen ei voi päättyä aiemmin kuin se alkaa.</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>Tapaamisen on päätyttävä alkamisen jälkeen.</translation>
    </message>
    <message>
        <source>An online link must start with https://</source>
        <translation>Etälinkin on alettava https://</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Uusi tapaaminen…</translation>
    </message>
    <message>
        <source>Add &amp;series…</source>
        <translation>Uusi &amp;sarja…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Kopioi…</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>&amp;Läsnäololista…</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>Nimik&amp;yltit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Tapaaminen lisätty.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n tapaaminen lisätty.</numerusform>
            <numerusform>%n tapaamista lisätty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Tapaaminen tallennettu.</translation>
    </message>
    <message>
        <source>Session duplicated.</source>
        <translation>Tapaaminen kopioitu.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista tapaaminen</translation>
    </message>
    <message>
        <source>Delete “{title}” on {date}?</source>
        <translation>Poistetaanko ”{title}” {date}?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Tapaaminen poistettu.</translation>
    </message>
    <message>
        <source>Sign-in sheet – {title} {date}</source>
        <translation>Läsnäololista – {title} {date}</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Läsnäololista tallennettu: {path} (%n nimi).</numerusform>
            <numerusform>Läsnäololista tallennettu: {path} (%n nimeä).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Ohjelma</translation>
    </message>
    <message>
        <source>New &amp;programme…</source>
        <translation>Uusi &amp;ohjelma…</translation>
    </message>
    <message>
        <source>New &amp;cohort…</source>
        <translation>Uusi &amp;ryhmä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Duplicate cohort…</source>
        <translation>&amp;Kopioi ryhmä…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkistoi</translation>
    </message>
    <message>
        <source>Re&amp;unions and former participants…</source>
        <translation>Jälki&amp;tapaamiset ja alumnit…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>&amp;Näytä arkistoidut</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkistoitu)</translation>
    </message>
    <message>
        <source> (checked out)</source>
        <translation> (kirjattu ulos)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Programme created. Now add its first cohort.</source>
        <translation>Ohjelma luotu. Lisää nyt sen ensimmäinen ryhmä.</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Uusi ryhmä</translation>
    </message>
    <message>
        <source>Choose the programme the cohort belongs to first.</source>
        <translation>Valitse ensin ohjelma, johon ryhmä kuuluu.</translation>
    </message>
    <message>
        <source>Cohort created.</source>
        <translation>Ryhmä luotu.</translation>
    </message>
    <message>
        <source>Cohort saved.</source>
        <translation>Ryhmä tallennettu.</translation>
    </message>
    <message>
        <source>Programme saved.</source>
        <translation>Ohjelma tallennettu.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopio)</translation>
    </message>
    <message>
        <source>Cohort duplicated.</source>
        <translation>Ryhmä kopioitu.</translation>
    </message>
    <message>
        <source>Cohort archived; Programme ▸ Show archived brings it back.</source>
        <translation>Ryhmä arkistoitu; Ohjelma ▸ Näytä arkistoidut tuo sen takaisin.</translation>
    </message>
    <message>
        <source>Cohort restored.</source>
        <translation>Ryhmä palautettu.</translation>
    </message>
    <message>
        <source>Programme archived.</source>
        <translation>Ohjelma arkistoitu.</translation>
    </message>
    <message>
        <source>Programme restored.</source>
        <translation>Ohjelma palautettu.</translation>
    </message>
</context>
<context>
    <name>SignatoriesBox</name>
    <message>
        <source>Signatories</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>&amp;Use the programme&apos;s signatories</source>
        <translation>Käytä ohjelman &amp;allekirjoittajia</translation>
    </message>
    <message>
        <source>The programme has no signatories yet: select it on the left, then Programme ▸ Edit… to add them.</source>
        <translation>Ohjelmalla ei ole vielä allekirjoittajia: valitse se vasemmalta ja lisää heidät kohdassa Ohjelma ▸ Muokkaa…</translation>
    </message>
    <message>
        <source>A diploma needs at least one signatory: type a name (and a title, e.g. Kommundirektör), or tick “Use the programme&apos;s signatories”.</source>
        <translation>Todistus tarvitsee vähintään yhden allekirjoittajan: kirjoita nimi (ja titteli, esim. kunnanjohtaja) tai rastita ”Käytä ohjelman allekirjoittajia”.</translation>
    </message>
    <message>
        <source>A diploma needs at least one signatory: type who signs, with a title such as Kommundirektör. To use the same ones for every cohort, add them to the programme (select it on the left, then Programme ▸ Edit…) or tick “Also make this the programme&apos;s design” below.</source>
        <translation>Todistus tarvitsee vähintään yhden allekirjoittajan: kirjoita allekirjoittaja ja titteli, kuten kunnanjohtaja. Jos haluat käyttää samoja kaikissa ryhmissä, lisää heidät ohjelmaan (valitse se vasemmalta ja sitten Ohjelma ▸ Muokkaa…) tai rastita alta ”Käytä tätä myös ohjelman uusien ryhmien ulkoasuna”.</translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title, e.g. Kommundirektör</source>
        <translation>Titteli, esim. kunnanjohtaja</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>allekirjoituksen kuva</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titteli:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Allekirjoitus:</translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <source>Updated: changes made by another user</source>
        <translation>Päivitetty: toisen käyttäjän tekemät muutokset</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a diploma</source>
        <translation>Tarkista todistus</translation>
    </message>
    <message>
        <source>7KQ2-M9XD, or the address from the QR code</source>
        <translation>7KQ2-M9XD tai QR-koodin osoite</translation>
    </message>
    <message>
        <source>Type the verification code printed on the diploma and press Enter.</source>
        <translation>Kirjoita todistukseen painettu tarkistuskoodi ja paina Enter.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Koodi:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is damaged: it no longer matches its hash. Restore the database from a backup before printing it.</source>
        <translation>Rekisterin tiedot todistuksesta ovat vahingoittuneet: ne eivät enää täsmää tarkistussummaan. Palauta tietokanta varmuuskopiosta ennen kuin tulostat sen.</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is intact, but it was made by another renderer (drawing version {then}; this Kohort draws version {now}): a copy printed now may differ slightly from the first.</source>
        <translation>Rekisterin tiedot todistuksesta ovat muuttumattomat, mutta se piirrettiin todistuspiirron eri versiolla (versio {then}; tämä Kohort piirtää versiolla {now}): nyt tulostettava kopio voi poiketa hieman alkuperäisestä.</translation>
    </message>
    <message>
        <source>Its stored PDF is intact (its hash matches). It was issued by an older Kohort, so the name and date shown come from the register and no hash covers them.</source>
        <translation>Todistuksen tallennettu PDF-tiedosto on muuttumaton (tarkistussumma täsmää). Todistus myönnettiin Kohortin vanhemmalla versiolla, joten näytetty nimi ja päivämäärä tulevat rekisteristä eikä mikään tarkistussumma kata niitä.</translation>
    </message>
    <message>
        <source>The register&apos;s record of it is intact (its hash matches).</source>
        <translation>Rekisterin tiedot todistuksesta ovat muuttumattomat (tarkistussumma täsmää).</translation>
    </message>
    <message>
        <source>That is a diploma number</source>
        <translation>Tämä on todistuksen numero</translation>
    </message>
    <message>
        <source>“{number}” is the diploma&apos;s number, not its verification code. Type the code printed beside it: four letters or digits, a dash, four more (e.g. 7KQ2-M9XD).</source>
        <translation>”{number}” on todistuksen numero, ei sen tarkistuskoodi. Kirjoita sen vieressä oleva koodi: neljä kirjainta tai numeroa, yhdysmerkki ja neljä lisää (esim. 7KQ2-M9XD).</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Tuntematon koodi</translation>
    </message>
    <message>
        <source>No diploma in this register has the code “{code}”. Check the letters (the codes use no 0, O, 1, I or L).</source>
        <translation>Tämän rekisterin todistuksissa ei ole koodia ”{code}”. Tarkista merkit (koodeissa ei käytetä merkkejä 0, O, 1, I tai L).</translation>
    </message>
    <message>
        <source>Cannot be confirmed: the register&apos;s record of this diploma has been changed or damaged since it was issued. Restore the database from a backup and check again.</source>
        <translation>Ei voida vahvistaa: rekisterin tietoja todistuksesta on muutettu tai ne ovat vahingoittuneet myöntämisen jälkeen. Palauta tietokanta varmuuskopiosta ja tarkista uudelleen.</translation>
    </message>
    <message>
        <source>Valid: this diploma was issued and holds.</source>
        <translation>Voimassa: todistus on myönnetty ja voimassa.</translation>
    </message>
    <message>
        <source>Replaced: reissued as {serial}; {latest} holds.</source>
        <translation>Korvattu: myönnetty uudelleen numerolla {serial}; {latest} on voimassa.</translation>
    </message>
    <message>
        <source>Replaced: reissued as {serial}; {latest} was revoked too.</source>
        <translation>Korvattu: myönnetty uudelleen numerolla {serial}; myös {latest} on peruutettu.</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Peruutettu {date}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Todistuksen numero</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tarkistuskoodi</translation>
    </message>
</context>
<context>
    <name>WriteLock</name>
    <message>
        <source>This cohort is checked out and read-only here until it is checked in.</source>
        <translation>Ryhmä on kirjattu ulos ja täällä vain luku -tilassa, kunnes se palautetaan.</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>P</source>
        <comment>status letter</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>status letter</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <comment>status letter</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>X</source>
        <comment>status letter</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>A</source>
        <comment>status letter</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Todistus</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>{attended} attended, {recorded} of {total} recorded</source>
        <translation>{attended} läsnä, {recorded}/{total} merkitty</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n vieras</numerusform>
            <numerusform>%n vierasta</numerusform>
        </translation>
    </message>
    <message>
        <source>guest</source>
        <translation>vieras</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>tapaaminen peruttu</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Table cards – {cohort}</source>
        <translation>Pöytäkortit – {cohort}</translation>
    </message>
    <message>
        <source>Name badges – {cohort}</source>
        <translation>Nimikyltit – {cohort}</translation>
    </message>
    <message numerus="yes">
        <source>Name badges saved: {path} (%n person(s)).</source>
        <translation>
            <numerusform>Nimikyltit tallennettu: {path} (%n henkilö).</numerusform>
            <numerusform>Nimikyltit tallennettu: {path} (%n henkilöä).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing name badges…</source>
        <translation>Kirjoitetaan nimikylttejä…</translation>
    </message>
    <message>
        <source>Name badges cancelled; nothing was written.</source>
        <translation>Nimikyltit peruttiin; mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Kohort ran into a problem it did not expect. What was saved is safe. The details were written to:
{path}</source>
        <translation>Kohort kohtasi odottamattoman ongelman. Tallennetut tiedot ovat tallessa. Yksityiskohdat kirjoitettiin tiedostoon:
{path}</translation>
    </message>
</context>
<context>
    <name>diplomas</name>
    <message>
        <source>Revoked ({serial}): {reason}</source>
        <translation>Peruutettu ({serial}): {reason}</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>ei myönnetty</translation>
    </message>
    <message>
        <source> · despite the rule</source>
        <translation> · vaatimuksista huolimatta</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Yksi valinta</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Monivalinta</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Avoin kysymys</translation>
    </message>
    <message>
        <source>scale 1–{top}</source>
        <translation>asteikko 1–{top}</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n option(s)</source>
        <translation>
            <numerusform>{kind}, %n vaihtoehto</numerusform>
            <numerusform>{kind}, %n vaihtoehtoa</numerusform>
        </translation>
    </message>
    <message>
        <source>“{key}” is no answer here: {hint}</source>
        <translation>”{key}” ei ole vastaus tässä: {hint}</translation>
    </message>
    <message>
        <source>type 1–{top}, or 0 to clear</source>
        <translation>kirjoita 1–{top} tai 0 tyhjentääksesi</translation>
    </message>
    <message>
        <source>{value} is not on the scale 1–{top}.</source>
        <translation>{value} ei ole asteikolla 1–{top}.</translation>
    </message>
    <message>
        <source>Several may be chosen: digits toggle, Enter moves on.</source>
        <translation>Useita voi valita: numerot valitsevat ja poistavat, Enter siirtyy eteenpäin.</translation>
    </message>
    <message>
        <source>type 1–{top} to tick or untick an option, 0 to clear</source>
        <translation>kirjoita 1–{top} valitaksesi tai poistaaksesi vaihtoehdon, 0 tyhjentääksesi</translation>
    </message>
    <message>
        <source>type 1–{top} to choose an option, or 0 to clear</source>
        <translation>kirjoita 1–{top} valitaksesi vaihtoehdon tai 0 tyhjentääksesi</translation>
    </message>
    <message>
        <source>There is no option {value}: the options are 1–{top}.</source>
        <translation>Vaihtoehtoa {value} ei ole: vaihtoehdot ovat 1–{top}.</translation>
    </message>
    <message>
        <source>Type the answer (Shift+Enter for a new line)</source>
        <translation>Kirjoita vastaus (Vaihto+Enter uudelle riville)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Import participants</source>
        <translation>Tuo osallistujat</translation>
    </message>
    <message>
        <source>Participant lists ({patterns});;All files (*)</source>
        <translation>Osallistujaluettelot ({patterns});;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3)</source>
        <translation>Kohort-tietokannat (*.sqlite3)</translation>
    </message>
    <message>
        <source>Check the cohort out to a file</source>
        <translation>Kirjaa ryhmä ulos tiedostoon</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Avaa toinen tietokanta</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kohort-tietokannat (*.sqlite3 *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The files were saved in the folder {path}, but the folder could not be opened here. Open it from your file manager.</source>
        <translation>Tiedostot tallennettiin kansioon {path}, mutta kansiota ei voitu avata täältä. Avaa se tiedostonhallinnassa.</translation>
    </message>
    <message>
        <source>{name} was saved in the folder {folder}, but no PDF reader opened it. Open it from there, or install a PDF reader.</source>
        <translation>{name} tallennettiin kansioon {folder}, mutta mikään PDF-lukija ei avannut sitä. Avaa se sieltä tai asenna PDF-lukija.</translation>
    </message>
    <message>
        <source>Saved, not opened</source>
        <translation>Tallennettu, ei avattu</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Planning</source>
        <translation>Suunnitteilla</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybridi</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Internaatti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentori</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Vieras</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Hakija</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Varasijalla</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ilmoittautunut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Keskeyttänyt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Lähti aiemmin</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Poissa ilmoitetusti</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>no sessions held yet</source>
        <translation>tapaamisia ei ole vielä pidetty</translation>
    </message>
    <message>
        <source>attendance below minimum</source>
        <translation>läsnäolo alle vähimmäismäärän</translation>
    </message>
    <message>
        <source>missed a mandatory session</source>
        <translation>poissa pakollisesta tapaamisesta</translation>
    </message>
    <message>
        <source>no action plan</source>
        <translation>ei kehittymissuunnitelmaa</translation>
    </message>
    <message>
        <source>✓ Eligible</source>
        <translation>✓ Täyttää vaatimukset</translation>
    </message>
    <message>
        <source>→ On track</source>
        <translation>→ Hyvällä mallilla</translation>
    </message>
    <message>
        <source>✗ Not on track</source>
        <translation>✗ Jäljessä</translation>
    </message>
    <message>
        <source>✗ Not eligible</source>
        <translation>✗ Ei täytä vaatimuksia</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>cohort status</comment>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment status</comment>
        <translation>Suorittanut</translation>
    </message>
    <message>
        <source>– not started</source>
        <translation>– ei aloitettu</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (poikkeus)</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>Poikkeus: {reason}</translation>
    </message>
    <message>
        <source>Meets the completion rule so far</source>
        <translation>Täyttää suoritusvaatimuksen toistaiseksi</translation>
    </message>
    <message>
        <source> · eligible for a diploma once the last session is held</source>
        <translation> · oikeutettu todistukseen, kun viimeinen tapaaminen on pidetty</translation>
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
        <translation>Tapaamisia ei ole vielä suunniteltu.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without a mentor</source>
        <translation>
            <numerusform>%n osallistuja ilman mentoria</numerusform>
            <numerusform>%n osallistujaa ilman mentoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without an e-mail</source>
        <translation>
            <numerusform>%n osallistuja ilman sähköpostiosoitetta</numerusform>
            <numerusform>%n osallistujaa ilman sähköpostiosoitetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming session(s) without a venue or link</source>
        <translation>
            <numerusform>%n tuleva tapaaminen ilman paikkaa tai linkkiä</numerusform>
            <numerusform>%n tulevaa tapaamista ilman paikkaa tai linkkiä</numerusform>
        </translation>
    </message>
    <message>
        <source>More participants than places (capacity exceeded by {examples})</source>
        <translation>Enemmän osallistujia kuin paikkoja (paikkamäärä ylittyy: {examples})</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s) — see Participants ▸ Duplicates</source>
        <translation>
            <numerusform>%n todennäköinen kaksoiskappale – katso Osallistujat ▸ Kaksoiskappaleet</numerusform>
            <numerusform>%n todennäköistä kaksoiskappaletta – katso Osallistujat ▸ Kaksoiskappaleet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>– no plan</source>
        <translation>– ei suunnitelmaa</translation>
    </message>
    <message>
        <source>{n} ({done} done)</source>
        <translation>{n} ({done} tehty)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ {date} (%n päivä sitten)</numerusform>
            <numerusform>⚠ {date} (%n päivää sitten)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {date} (today)</source>
        <translation>⚠ {date} (tänään)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date} (in %n day(s))</source>
        <translation>
            <numerusform>⚠ {date} (%n päivän päästä)</numerusform>
            <numerusform>⚠ {date} (%n päivän päästä)</numerusform>
        </translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (keskeyttänyt)</translation>
    </message>
    <message>
        <source>Sections written of goal, strengths, development areas and actions</source>
        <translation>Täytetyt osiot: tavoite ja visio, vahvuudet, kehittämiskohteet ja toimenpiteet</translation>
    </message>
    <message>
        <source>Goal and vision</source>
        <translation>Tavoite ja visio</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Kehittämiskohteet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Action plan headings saved.</source>
        <translation>Kehittymissuunnitelman otsikot tallennettu.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>edit action {n}</source>
        <translation>muokkaa toimenpidettä {n}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Tarvittava tuki</translation>
    </message>
    <message>
        <source>How success will be seen</source>
        <translation>Mistä onnistumisen näkee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it as e.g. 2026-04-30.</source>
        <translation>”{text}” ei ole päivämäärä; kirjoita esimerkiksi 30.4.2026.</translation>
    </message>
    <message>
        <source>add an action</source>
        <translation>lisää toimenpide</translation>
    </message>
    <message>
        <source>delete action {n}</source>
        <translation>poista toimenpide {n}</translation>
    </message>
    <message>
        <source>move action {n}</source>
        <translation>siirrä toimenpidettä {n}</translation>
    </message>
    <message>
        <source>e.g. 2026-04-30</source>
        <translation>esim. 30.4.2026</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print {title}</source>
        <translation>Tulosta {title}</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Lähetetään sivuja tulostimelle…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Remove a person added by mistake, who has no history yet</source>
        <translation>Poista vahingossa lisätty henkilö, jolla ei vielä ole historiaa</translation>
    </message>
    <message>
        <source>GDPR: erase everything about someone who asks to be forgotten (issued diplomas stay in the register unless you choose to erase them too)</source>
        <translation>Tietosuoja-asetus: hävitä kaikki tiedot henkilöstä, joka pyytää tulla unohdetuksi (myönnetyt todistukset jäävät rekisteriin, ellet valitse hävittää nekin)</translation>
    </message>
    <message>
        <source>Personal data – {name}</source>
        <translation>Henkilötiedot – {name}</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Vie henkilötiedot</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s data to {pdf} and {json}.</source>
        <translation>Henkilön {name} tiedot tallennettiin tiedostoihin {pdf} ja {json}.</translation>
    </message>
    <message numerus="yes">
        <source>{who} was erased; their %n issued diploma(s) stay(s) in the register.</source>
        <translation>
            <numerusform>{who} on hävitetty; myönnetty todistus jää rekisteriin.</numerusform>
            <numerusform>{who} on hävitetty; %n myönnettyä todistusta jää rekisteriin.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} was erased.</source>
        <translation>{who} on hävitetty.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Ennen päivitystä</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Vioittunut tiedosto, säilytetty</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Valitse palautettava varmuuskopio</translation>
    </message>
    <message>
        <source>Kohort databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kohort-tietokannat (*.sqlite3 *.db);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>reunions</name>
    <message>
        <source>invited</source>
        <translation>kutsuttu</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>tulossa</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>ei tule</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>osallistui</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>poissa</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>key: accepted</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: declined</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>D</source>
        <comment>key: attended</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key: absent</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Ctrl+Z undo</source>
        <translation>Ctrl+Z peru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>lisätty käsin</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentori</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Muutettu viimeksi</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Todistus</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Nimi todistuksessa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Venue / link</source>
        <translation>Paikka/linkki</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Painopistealue</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Toimiala/yksikkö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Ohjelmia</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Ryhmiä</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöitä</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Diplomas</source>
        <translation>Todistukset</translation>
    </message>
</context>
</TS>
