<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActionPlansPage</name>
    <message numerus="yes">
        <source>⚠ %n follow-up date(s) passed or within two weeks.</source>
        <translation>
            <numerusform>⚠ %n follow-up date passed or within two weeks.</numerusform>
            <numerusform>⚠ %n follow-up dates passed or within two weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) saved to {path}.</source>
        <translation>
            <numerusform>%n action plan saved to {path}.</numerusform>
            <numerusform>%n action plans saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlumniTab</name>
    <message numerus="yes">
        <source>%n former participant(s).</source>
        <translation>
            <numerusform>%n former participant.</numerusform>
            <numerusform>%n former participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reunion(s) or lecture(s) so far.</source>
        <translation>
            <numerusform>%n reunion or lecture so far.</numerusform>
            <numerusform>%n reunions and lectures so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message numerus="yes">
        <source>Saved the attendance report (%n row(s)) to {path}.</source>
        <translation>
            <numerusform>Saved the attendance report (%n row) to {path}.</numerusform>
            <numerusform>Saved the attendance report (%n rows) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n row(s) changed here and on the server since the check-out. As it is, nothing can be checked in:</source>
        <translation>
            <numerusform>%n row changed here and on the server since the check-out. As it is, nothing can be checked in:</numerusform>
            <numerusform>%n rows changed here and on the server since the check-out. As it is, nothing can be checked in:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutActions</name>
    <message numerus="yes">
        <source>Nothing was checked in: %n conflict(s) cannot be settled that way:</source>
        <translation>
            <numerusform>Nothing was checked in: %n conflict cannot be settled that way:</numerusform>
            <numerusform>Nothing was checked in: %n conflicts cannot be settled that way:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiplomaIssuing</name>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n participant(s) on track who have none yet ({names})?</source>
        <translation>
            <numerusform>Issue a diploma to the %n participant on track who has none yet ({names})?</numerusform>
            <numerusform>Issue a diploma to each of the %n participants on track who have none yet ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to each of the %n eligible participant(s) who have none yet ({names})?</source>
        <translation>
            <numerusform>Issue a diploma to the %n eligible participant who has none yet ({names})?</numerusform>
            <numerusform>Issue a diploma to each of the %n eligible participants who have none yet ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue a diploma to the %n selected participant(s) ({names})?</source>
        <translation>
            <numerusform>Issue a diploma to the %n selected participant ({names})?</numerusform>
            <numerusform>Issue a diploma to the %n selected participants ({names})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The programme is not over: %n session(s) left ({sessions}). Diplomas issued now are dated {date}, the day of the last session, and the register records that they were issued before the end.</source>
        <translation>
            <numerusform>The programme is not over: %n session left ({sessions}). Diplomas issued now are dated {date}, the day of the last session, and the register records that they were issued before the end.</numerusform>
            <numerusform>The programme is not over: %n sessions left ({sessions}). Diplomas issued now are dated {date}, the day of the last session, and the register records that they were issued before the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) issued.</source>
        <translation>
            <numerusform>%n diploma issued.</numerusform>
            <numerusform>%n diplomas issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n diploma(s)…</source>
        <translation>
            <numerusform>Issuing %n diploma…</numerusform>
            <numerusform>Issuing %n diplomas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiplomaOutput</name>
    <message numerus="yes">
        <source>%n diploma(s) were issued by another version of Kohort&apos;s drawing (or of ReportLab or the fonts). The register&apos;s record of them is intact, but a copy drawn now may differ slightly from the first print.

Print anyway?</source>
        <translation>
            <numerusform>%n diploma was issued by another version of Kohort&apos;s drawing (or of ReportLab or the fonts). The register&apos;s record of it is intact, but a copy drawn now may differ slightly from the first print.

Print anyway?</numerusform>
            <numerusform>%n diplomas were issued by another version of Kohort&apos;s drawing (or of ReportLab or the fonts). The register&apos;s record of them is intact, but copies drawn now may differ slightly from the first print.

Print anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}.</source>
        <translation>
            <numerusform>%n diploma saved to {path}.</numerusform>
            <numerusform>%n diplomas saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diploma(s) saved to {path}, the action plans in the same order to {plans}.</source>
        <translation>
            <numerusform>%n diploma saved to {path}, the action plans in the same order to {plans}.</numerusform>
            <numerusform>%n diplomas saved to {path}, the action plans in the same order to {plans}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n file written to {folder}.</numerusform>
            <numerusform>%n files written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>%n enrollment(s) in cohorts</source>
        <translation>
            <numerusform>%n enrollment in a cohort</numerusform>
            <numerusform>%n enrollments in cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n action plan</numerusform>
            <numerusform>%n action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in those plans</source>
        <translation>
            <numerusform>%n action in that plan</numerusform>
            <numerusform>%n actions in those plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also erase the issued diplomas (%n): {serials}</source>
        <translation>
            <numerusform>Also erase the issued diploma (%n): {serials}</numerusform>
            <numerusform>Also erase the issued diplomas (%n): {serials}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n named course evaluation response</numerusform>
            <numerusform>%n named course evaluation responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n place on reunion invitation lists</numerusform>
            <numerusform>%n places on reunion invitation lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n issued diploma(s) are erased from the register too, with their PDFs; nothing about {name} stays in Kohort.</source>
        <translation>
            <numerusform>The issued diploma is erased from the register too, with its PDF; nothing about {name} stays in Kohort.</numerusform>
            <numerusform>The %n issued diplomas are erased from the register too, with their PDFs; nothing about {name} stays in Kohort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: the %n issued diploma(s) in the diploma register, with {name} as printed on them, the cohort and the PDF, as the organization&apos;s record of what it issued. Nothing else about {name} stays, and they no longer appear in any list or search.</source>
        <translation>
            <numerusform>Kept: the issued diploma in the diploma register, with {name} as printed on it, the cohort and the PDF, as the organization&apos;s record of what it issued. Nothing else about {name} stays, and they no longer appear in any list or search.</numerusform>
            <numerusform>Kept: the %n issued diplomas in the diploma register, with {name} as printed on them, the cohort and the PDFs, as the organization&apos;s record of what it issued. Nothing else about {name} stays, and they no longer appear in any list or search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationImportDialog</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n answer.</numerusform>
            <numerusform>%n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported before will be skipped:</source>
        <translation>
            <numerusform>%n row imported before will be skipped:</numerusform>
            <numerusform>%n rows imported before will be skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n response(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n response from {file}.</numerusform>
            <numerusform>Imported %n responses from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillableForms</name>
    <message numerus="yes">
        <source>%n fillable form(s) saved to {path}.</source>
        <translation>
            <numerusform>%n fillable form saved to {path}.</numerusform>
            <numerusform>%n fillable forms saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s), header on row {header}</source>
        <translation>
            <numerusform>%n row, header on row {header}</numerusform>
            <numerusform>%n rows, header on row {header}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more merged row(s).</source>
        <translation>
            <numerusform>… and %n more merged row.</numerusform>
            <numerusform>… and %n more merged rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… and %n more change.</numerusform>
            <numerusform>… and %n more changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>+ %n guest(s)</source>
        <translation>
            <numerusform>+ %n guest</numerusform>
            <numerusform>+ %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eligible</source>
        <translation>
            <numerusform>%n eligible</numerusform>
            <numerusform>%n eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n on track</numerusform>
            <numerusform>%n on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n participant(s)</source>
        <translation>
            <numerusform>Capacity: %n participant</numerusform>
            <numerusform>Capacity: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>Status changed for %n person(s).</source>
        <translation>
            <numerusform>Status changed for %n person.</numerusform>
            <numerusform>Status changed for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Role changed for %n person(s).</source>
        <translation>
            <numerusform>Role changed for %n person.</numerusform>
            <numerusform>Role changed for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n issued diploma(s), which stay in the register. Withdraw {name} from the cohort instead.</source>
        <translation>
            <numerusform>{name} has %n issued diploma, which stays in the register. Withdraw {name} from the cohort instead.</numerusform>
            <numerusform>{name} has %n issued diplomas, which stay in the register. Withdraw {name} from the cohort instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in all cohorts</source>
        <translation>
            <numerusform>%n enrollment in all cohorts</numerusform>
            <numerusform>%n enrollments in all cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n action plan</numerusform>
            <numerusform>%n action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named course evaluation response(s)</source>
        <translation>
            <numerusform>%n named course evaluation response</numerusform>
            <numerusform>%n named course evaluation responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on reunion invitation lists</source>
        <translation>
            <numerusform>%n place on reunion invitation lists</numerusform>
            <numerusform>%n places on reunion invitation lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n person(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n person to {path}.</numerusform>
            <numerusform>Saved %n people to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message numerus="yes">
        <source>This question has %n answer(s): its kind, scale and options can no longer change; its text can.</source>
        <translation>
            <numerusform>This question has %n answer: its kind, scale and options can no longer change; its text can.</numerusform>
            <numerusform>This question has %n answers: its kind, scale and options can no longer change; its text can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question {position} (“{text}”) has %n answer(s). Deleting the question deletes its answers too, and cannot be undone. Delete it?</source>
        <translation>
            <numerusform>Question {position} (“{text}”) has %n answer. Deleting the question deletes its answer too, and cannot be undone. Delete it?</numerusform>
            <numerusform>Question {position} (“{text}”) has %n answers. Deleting the question deletes its answers too, and cannot be undone. Delete it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>The results report as it prints: %n page(s).</source>
        <translation>
            <numerusform>The results report as it prints: %n page.</numerusform>
            <numerusform>The results report as it prints: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>never admitted, over %n month(s)</source>
        <translation>
            <numerusform>never admitted, over %n month</numerusform>
            <numerusform>never admitted, over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no activity for over %n year(s)</source>
        <translation>
            <numerusform>no activity for over %n year</numerusform>
            <numerusform>no activity for over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to review.</source>
        <translation>
            <numerusform>%n person to review.</numerusform>
            <numerusform>%n people to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) from Kohort for good, with their enrollments, attendance and action plans? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n person from Kohort for good, with their enrollments, attendance and action plans? This cannot be undone.</numerusform>
            <numerusform>Erase %n people from Kohort for good, with their enrollments, attendance and action plans? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued diploma(s) are erased too.</source>
        <translation>
            <numerusform>%n issued diploma is erased too.</numerusform>
            <numerusform>%n issued diplomas are erased too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have issued diplomas: those stay in the diploma register, with the name as printed, as the organization&apos;s record; nothing else about them stays. Tick “Also erase their issued diplomas” to erase them too.</source>
        <translation>
            <numerusform>%n of them has issued diplomas: those stay in the diploma register, with the name as printed, as the organization&apos;s record; nothing else about them stays. Tick “Also erase their issued diplomas” to erase them too.</numerusform>
            <numerusform>%n of them have issued diplomas: those stay in the diploma register, with the name as printed, as the organization&apos;s record; nothing else about them stays. Tick “Also erase their issued diplomas” to erase them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were erased.</source>
        <translation>
            <numerusform>%n person was erased.</numerusform>
            <numerusform>%n people were erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsDialog</name>
    <message numerus="yes">
        <source>default (%n year(s))</source>
        <translation>
            <numerusform>default (%n year)</numerusform>
            <numerusform>default (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>default (%n month(s))</source>
        <translation>
            <numerusform>default (%n month)</numerusform>
            <numerusform>default (%n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message numerus="yes">
        <source>%n returned form(s) stored.</source>
        <translation>
            <numerusform>%n returned form stored.</numerusform>
            <numerusform>%n returned forms stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): remove those files from the list, or correct them and add them again. Nothing can be applied until then.</source>
        <translation>
            <numerusform>%n problem: remove that file from the list, or correct it and add it again. Nothing can be applied until then.</numerusform>
            <numerusform>%n problems: remove those files from the list, or correct them and add them again. Nothing can be applied until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready. Apply stores all of them at once.</source>
        <translation>
            <numerusform>%n file ready. Apply stores it.</numerusform>
            <numerusform>%n files ready. Apply stores all of them at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReunionActions</name>
    <message numerus="yes">
        <source>Delete “{title}” ({date}) and its invitation list of %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “{title}” ({date}) and its invitation list of %n person? This cannot be undone.</numerusform>
            <numerusform>Delete “{title}” ({date}) and its invitation list of %n people? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation list saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Invitation list saved: {path} (%n name).</numerusform>
            <numerusform>Invitation list saved: {path} (%n names).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Sign-in sheet saved: {path} (%n name).</numerusform>
            <numerusform>Sign-in sheet saved: {path} (%n names).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who declined left off.</source>
        <translation>
            <numerusform>%n who declined is not on it.</numerusform>
            <numerusform>%n who declined are not on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReunionsWindow</name>
    <message numerus="yes">
        <source>%n former participant(s) invited.</source>
        <translation>
            <numerusform>%n former participant invited.</numerusform>
            <numerusform>%n former participants invited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform> session</numerusform>
            <numerusform> sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n session added.</numerusform>
            <numerusform>%n sessions added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet saved: {path} (%n name(s)).</source>
        <translation>
            <numerusform>Sign-in sheet saved: {path} (%n name).</numerusform>
            <numerusform>Sign-in sheet saved: {path} (%n names).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message numerus="yes">
        <source>Name badges saved: {path} (%n person(s)).</source>
        <translation>
            <numerusform>Name badges saved: {path} (%n person).</numerusform>
            <numerusform>Name badges saved: {path} (%n people).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message numerus="yes">
        <source>{kind}, %n option(s)</source>
        <translation>
            <numerusform>{kind}, %n option</numerusform>
            <numerusform>{kind}, %n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message numerus="yes">
        <source>%n participant(s) without a mentor</source>
        <translation>
            <numerusform>%n participant without a mentor</numerusform>
            <numerusform>%n participants without a mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without an e-mail</source>
        <translation>
            <numerusform>%n participant without an e-mail</numerusform>
            <numerusform>%n participants without an e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming session(s) without a venue or link</source>
        <translation>
            <numerusform>%n upcoming session without a venue or link</numerusform>
            <numerusform>%n upcoming sessions without a venue or link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s) — see Participants ▸ Duplicates</source>
        <translation>
            <numerusform>%n probable duplicate — see Participants ▸ Duplicates</numerusform>
            <numerusform>%n probable duplicates — see Participants ▸ Duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message numerus="yes">
        <source>⚠ {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ {date} (%n day ago)</numerusform>
            <numerusform>⚠ {date} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date} (in %n day(s))</source>
        <translation>
            <numerusform>⚠ {date} (in %n day)</numerusform>
            <numerusform>⚠ {date} (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message numerus="yes">
        <source>{who} was erased; their %n issued diploma(s) stay(s) in the register.</source>
        <translation>
            <numerusform>{who} was erased; their issued diploma stays in the register.</numerusform>
            <numerusform>{who} was erased; their %n issued diplomas stay in the register.</numerusform>
        </translation>
    </message>
</context>
</TS>
