<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/about.py" line="20"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/about.py" line="30"/>
        <source>An offline-first workbench for field sales teams: plan calls and routes without a network, write debriefs, follow deals against quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/about.py" line="37"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/about.py" line="42"/>
        <source>Icons: Material Design Icons via QtAwesome. Demo towns and the offline gazetteer: GeoNames (CC BY 4.0). Map: Leaflet (BSD-2-Clause), protomaps-leaflet (BSD-3-Clause), Natural Earth via world-atlas (public domain). Qt and PySide6 are used under the LGPL v3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="33"/>
        <source>Search accounts or towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="36"/>
        <source>Customers and prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="37"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="38"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="40"/>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="41"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="76"/>
        <source>Plan a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="78"/>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/account_list.py" line="135"/>
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../salesdesk/ui/calls/pickers.py" line="26"/>
        <source>Type an account&apos;s name or town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTable</name>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="39"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="41"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="42"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="43"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="44"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="45"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="46"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="52"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/account_table.py" line="53"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="90"/>
        <source>Something went wrong: %1

Your saved work is safe: every change is saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="129"/>
        <source>Database upgraded; a backup was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="209"/>
        <source>Building the demo territory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="210"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="234"/>
        <source>The demo data could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="283"/>
        <source>SQLite found damage in this database (%1). Add nothing more to it: restore a backup from the backups folder (Settings, Data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="233"/>
        <location filename="../../salesdesk/ui/messages.py" line="66"/>
        <source>Backup written and verified:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="238"/>
        <location filename="../../salesdesk/ui/messages.py" line="67"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="50"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="51"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="52"/>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="53"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="104"/>
        <source>The backup %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="108"/>
        <source>The data it replaced was backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="113"/>
        <source>The damaged file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="146"/>
        <location filename="../../salesdesk/ui/backups.py" line="259"/>
        <source>Restoring the latest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="152"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="160"/>
        <source>SalesDesk starts again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="166"/>
        <source>The backup was not restored: %1

SalesDesk starts again with your data as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="201"/>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="205"/>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="208"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="218"/>
        <source>Open a SalesDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="220"/>
        <source>SalesDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="240"/>
        <source>SalesDesk cannot open this database:
%1

The newest backup is from %2. Restoring it keeps the damaged file beside it, renamed, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="266"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="296"/>
        <source>Restore the latest good backup now? The damaged file is kept aside, renamed, and SalesDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="303"/>
        <source>Restore and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="307"/>
        <source>Close the other SalesDesk windows first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="357"/>
        <source>Daily backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/backups.py" line="370"/>
        <source>Today&apos;s backup failed: %1

Your data is unchanged. Try Back up now in Settings, Data; if it fails again, check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="32"/>
        <source>Objective</source>
        <translation type="unfinished">هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="33"/>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="34"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="42"/>
        <source>Export planned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="44"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="57"/>
        <source>%1 planned call(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="58"/>
        <source>The calendar file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="67"/>
        <source>Import meetings as planned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="69"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="75"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="84"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 cancelled, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="95"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="96"/>
        <source>Left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/calendar.py" line="106"/>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallEditor</name>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="67"/>
        <source>Cancel call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="80"/>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="94"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="95"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="96"/>
        <source>&amp;Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="97"/>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="149"/>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="150"/>
        <source>Plan the call: account, time, objective, questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="213"/>
        <source>created automatically from a debrief&apos;s next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="248"/>
        <source>Unsaved changes to %1 from %2 were restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="263"/>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="267"/>
        <source>Draft NOT saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="300"/>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="301"/>
        <source>Call saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="302"/>
        <source>Debrief saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="303"/>
        <source>Feedback sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="334"/>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="356"/>
        <source>Debrief version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="82"/>
        <source>Search accounts, towns or objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="85"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="92"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="98"/>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="99"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="103"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="104"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="108"/>
        <source>Whose calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="109"/>
        <source>My calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="110"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="221"/>
        <source>Today</source>
        <translation type="unfinished">امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="222"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="223"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="224"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="225"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="226"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="227"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/call_list.py" line="371"/>
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSections</name>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="28"/>
        <source>Objective</source>
        <translation type="unfinished">هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="29"/>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="30"/>
        <source>What to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="31"/>
        <source>Questions not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="32"/>
        <source>Objections unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="33"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="34"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTable</name>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="99"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="100"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="101"/>
        <source>Type</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="102"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="103"/>
        <source>Objective</source>
        <translation type="unfinished">هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="104"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="105"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="106"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="49"/>
        <source>&amp;New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="50"/>
        <source>Plan a new call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="54"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="60"/>
        <source>Export planned calls (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="64"/>
        <source>Import meetings as calls (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="69"/>
        <source>Calls</source>
        <translation type="unfinished">تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="77"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="80"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="90"/>
        <source>Show all calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="103"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="104"/>
        <source>Reviews for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="108"/>
        <source>Team debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="123"/>
        <source>Select a call to see its plan, run, debrief and feedback,
or press Ctrl+N to plan a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="182"/>
        <source>Call history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="206"/>
        <source>no account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/calls.py" line="209"/>
        <source>A new call plan (%1) was not saved: last typed %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="78"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="79"/>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="81"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="85"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="86"/>
        <source>To create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="87"/>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="90"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="91"/>
        <source>Queued for geocoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="97"/>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="198"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="97"/>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="198"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="97"/>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="198"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="97"/>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="198"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="101"/>
        <source>First rows as they will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="105"/>
        <source>Save problems as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="113"/>
        <source>Import only if every row is valid (nothing is written otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="115"/>
        <source>Import the valid rows and skip the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="201"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="208"/>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="215"/>
        <source>The problems could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="240"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="241"/>
        <source>Choose which SalesDesk field each column of the file fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="244"/>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="247"/>
        <source>&amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="252"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="252"/>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="252"/>
        <source>SalesDesk field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="272"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="276"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="306"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="328"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="328"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefForm</name>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="73"/>
        <source>What worked: rapport, questions, the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="74"/>
        <source>What you would do differently next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="76"/>
        <source>A question still to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="79"/>
        <source>Objection left open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="79"/>
        <source>Answer to try next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="100"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="100"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="112"/>
        <source>Add next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="85"/>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="114"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="83"/>
        <source>Add objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="117"/>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="174"/>
        <source>Submit debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="118"/>
        <source>Submit the debrief (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="123"/>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="211"/>
        <source>Ask for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="128"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="141"/>
        <source>What went &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="142"/>
        <source>What to &amp;improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="143"/>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="144"/>
        <source>Questions not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="145"/>
        <source>Objections unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="147"/>
        <source>Next &amp;steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="159"/>
        <source>Versions (double-click to read one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="172"/>
        <source>Save as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="186"/>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="197"/>
        <source>Waiting for %1&apos;s review since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="202"/>
        <source>Reviewed by %1 on %2: see Feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="208"/>
        <source>Submit the debrief, then ask a peer or your manager to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="211"/>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="242"/>
        <source>Just a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="243"/>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="244"/>
        <source>Plan a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="359"/>
        <source>%n follow-up task(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="361"/>
        <source>%n next call(s) planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="88"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="97"/>
        <source>Could not create the folder for {dest}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="107"/>
        <source>Could not write the backup {dest}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="115"/>
        <source>The backup {dest} failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="185"/>
        <source>Keep from {low} to {high} backups, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="282"/>
        <source>The backup {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="291"/>
        <source>The backup {path} is not an SQLite file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="311"/>
        <source>The backup {path} was written by a newer version of SalesDesk (schema {revision}). Update SalesDesk to restore it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="345"/>
        <source>{path} is the database itself; choose one of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="381"/>
        <source>No usable backup of {name} was found in {folder}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="416"/>
        <source>The current data could not be backed up first ({detail}), so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="571"/>
        <source>The backup {path} is damaged ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="581"/>
        <source>The backup {path} is not a SalesDesk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="590"/>
        <source>{path} is open in SalesDesk or another program. Close it there and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="601"/>
        <source>Could not restore the backup ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="125"/>
        <source>The disk is full or failing: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="132"/>
        <source>The database file is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="136"/>
        <source>The database is busy in another program: nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/context.py" line="38"/>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/generator.py" line="48"/>
        <source>This database already has {accounts} accounts. Demo data would be mixed with them; nothing was changed. Use a new database, or replace everything in it with demo data (force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/generator.py" line="274"/>
        <source>The pipeline needs at least one open, one won and one lost stage for demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/errors.py" line="31"/>
        <source>{path} is not a SalesDesk database (it is not an SQLite file). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/errors.py" line="43"/>
        <source>{path} is damaged ({detail}). The file was not changed; restore a backup or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/errors.py" line="56"/>
        <source>{path} was written by a newer version of SalesDesk (schema {revision}). Update SalesDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/errors.py" line="78"/>
        <source>The database reported an error ({detail}); nothing was saved by this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/migrate.py" line="143"/>
        <source>The database upgrade failed ({detail}). It was rolled back and the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/migrate.py" line="166"/>
        <source>The database upgrade failed ({detail}) after changing the file, and the backup taken just before could not be put back ({reason}). Do not use {path}: restore the backup {backup} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/migrate.py" line="178"/>
        <source>The database upgrade failed ({detail}) after changing the file, so the backup taken just before it was restored: nothing was lost. The backup stays in {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/migrate.py" line="226"/>
        <source>The upgrade would break {count} links between records; it was rolled back and nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="80"/>
        <source>Please enter your name.</source>
        <translation>لطفاً نام خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="83"/>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="87"/>
        <source>The monthly quota must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="91"/>
        <source>The monthly quota cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="95"/>
        <source>Give both latitude and longitude of the home base, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="103"/>
        <source>The home base coordinates are outside the valid range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/attention.py" line="21"/>
        <source>The account {account_id} does not exist (any more); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/attention.py" line="31"/>
        <source>{level} is not an attention level: use A, B, C or D (phone only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/ranking.py" line="44"/>
        <source>The ranking setting {name} must be from {low} to {high}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="34"/>
        <source>Stop {stop}: the field &quot;{field}&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="35"/>
        <source>The route file has no &quot;{field}&quot;; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="38"/>
        <source>Stop {stop}: &quot;{field}&quot; must be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="39"/>
        <source>The route file: &quot;{field}&quot; must be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="42"/>
        <source>Stop {stop}: &quot;{field}&quot; is {value}, outside {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="43"/>
        <source>The route file: &quot;{field}&quot; is {value}, outside {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="46"/>
        <source>Stop {stop}: &quot;{field}&quot; has {value}; write times as HH:MM, e.g. &quot;09:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="49"/>
        <source>The route file: &quot;{field}&quot; has {value}; write times as HH:MM, e.g. &quot;08:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="54"/>
        <source>Stop {stop}: &quot;{field}&quot; is {value}; it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="55"/>
        <source>The route file: &quot;{field}&quot; is {value}; it must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="58"/>
        <source>Stop {stop}: the time window ends ({end}) before it starts ({start}) (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="62"/>
        <source>The route file: the day ends ({end}) before it starts ({start}) (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="68"/>
        <source>Stop {stop} must be an object with &quot;id&quot;, &quot;lat&quot;, &quot;lon&quot; and &quot;service_min&quot;, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="72"/>
        <source>The route file: &quot;{field}&quot; must be an object, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="74"/>
        <source>Stop {stop}: &quot;{field}&quot; must be two times such as [&quot;09:00&quot;, &quot;12:00&quot;], not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="77"/>
        <source>Stop {stop}: the time window {start}-{end} is shorter than the {minutes}-minute visit (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="82"/>
        <source>Stop {stop}: &quot;{field}&quot; must be a list of windows such as [[&quot;09:00&quot;, &quot;12:00&quot;], [&quot;14:00&quot;, &quot;16:00&quot;]], not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="87"/>
        <source>Stop {stop}: the time window {start}-{end} ends when it starts; it must end after it starts (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="92"/>
        <source>Stop {stop}: the time windows {first} and {second} overlap or are out of order (field &quot;{field}&quot;); list them earliest first, each ending before the next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="97"/>
        <source>Stop {stop} has both &quot;window&quot; and &quot;windows&quot; (field &quot;{field}&quot;); give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="101"/>
        <source>Stop {stop}: &quot;{field}&quot; must be text or a whole number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="104"/>
        <source>Stop {stop} appears {count} times (field &quot;{field}&quot;); every stop needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="107"/>
        <source>The route file has no stops (field &quot;{field}&quot;); list at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="110"/>
        <source>The route file: &quot;{field}&quot; must be a list of stops, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="113"/>
        <source>The route file must be a JSON object with &quot;start&quot;, &quot;day_start&quot;, &quot;day_end&quot; and &quot;stops&quot; (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="45"/>
        <source>None of the {count} visits fits into the day {start}-{end}: each needs more time than the day or its time window leaves. Start earlier, end later or shorten the visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="50"/>
        <source>Stop {stop} is already on this day (field &quot;{field}&quot;); give the new stop its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="53"/>
        <source>There is no stop {stop} on this day (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/route.py" line="21"/>
        <source>Cannot read the route file {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/route.py" line="22"/>
        <source>The route file {path} is not valid JSON: {detail} (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/route_day.py" line="21"/>
        <source>There is no profile yet, so there is no planned day: run &apos;salesdesk profile&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/route_day.py" line="24"/>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="25"/>
        <location filename="../../salesdesk/core/exports/files.py" line="27"/>
        <source>Cannot write {path}: {detail}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/config.py" line="42"/>
        <source>The setting {key} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/accounts.py" line="122"/>
        <source>No account matches {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/accounts.py" line="126"/>
        <source>{text} matches several accounts ({names}...); be more precise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/settings.py" line="28"/>
        <source>The geocoding setting {key} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/service.py" line="122"/>
        <source>0, 0 is in the ocean off Africa and usually means a missing location; place the marker on the real address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/service.py" line="132"/>
        <location filename="../../salesdesk/core/geocoding/service.py" line="150"/>
        <source>There is no account {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/service.py" line="163"/>
        <source>The {what} {value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/service.py" line="169"/>
        <source>The {what} {value} is outside {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="18"/>
        <source>The offline map {path} was not found. It may have been moved or deleted, or the drive it is on is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="30"/>
        <source>The offline map {path} could not be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="39"/>
        <source>{path} is not an offline map SalesDesk can use. Choose an MBTiles (.mbtiles) or PMTiles (.pmtiles) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="51"/>
        <source>{path} is not an MBTiles file: it is an SQLite database, but without the tiles and metadata tables an MBTiles map has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="57"/>
        <source>{path} is not an MBTiles file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="66"/>
        <source>{path} is not a PMTiles file (it does not start like one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="76"/>
        <source>{path} is a PMTiles version {version} file; SalesDesk reads version 3. Convert it with the pmtiles tool (pmtiles convert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="89"/>
        <source>The offline map {path} is damaged ({detail}). Copy it again or choose another map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="102"/>
        <source>The offline map {path} holds {format} tiles, which SalesDesk cannot show. It needs png, jpg or webp images, or vector tiles (pbf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="115"/>
        <source>The offline map {path} is compressed with {compression}, which SalesDesk cannot read. Make it again with gzip or without compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="128"/>
        <source>The offline map {path} holds no map tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="136"/>
        <source>{url} is not a tile address SalesDesk can use. It must start with http:// or https:// and contain {{z}}, {{x}} and {{y}} (optionally {{s}} or {{-y}}), for example https://tile.example.org/{{z}}/{{x}}/{{y}}.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="151"/>
        <source>The online map {host} could not be reached ({detail}); the map shows the tiles saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="164"/>
        <source>The online map {host} refused a tile (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/maps/tiles/errors.py" line="173"/>
        <source>The online map {host} answered with something that is not a map tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="47"/>
        <source>{path} is encrypted: enter its passphrase to open it (for scripts, set SALESDESK_PASSPHRASE). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="59"/>
        <source>{path} could not be opened with this passphrase: the passphrase is wrong, or the file is damaged or not a SalesDesk database. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="71"/>
        <source>{path} is already encrypted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="79"/>
        <source>{path} is not encrypted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="87"/>
        <source>Encryption needs the sqlcipher3 package, which is not installed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="98"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="106"/>
        <source>{path} is open in another program (a SalesDesk window?). Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/crypto.py" line="118"/>
        <source>The converted copy of {path} did not match the original ({detail}); it was discarded and the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/map.py" line="41"/>
        <source>{path} exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="618"/>
        <source>column {column}: {field} is not a field here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="626"/>
        <source>the file has no column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="635"/>
        <source>{field} is filled from more than one column: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="645"/>
        <source>no column is mapped to {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="58"/>
        <source>{path} is empty; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="66"/>
        <source>{path} has no header row: the first row must name the columns (for example Name, City, Phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="78"/>
        <source>{path} is not a CSV or XLSX file SalesDesk can read ({detail}). Save it from your spreadsheet as CSV or XLSX and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="92"/>
        <source>{path}: row {row} cannot be read ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="105"/>
        <source>{path} cannot be read as {encoding} (first bad text in row {row}). Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="119"/>
        <source>{path} has no sheet named {sheet} (it has: {sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="69"/>
        <source>too long: {length} characters, at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="93"/>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="115"/>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="121"/>
        <source>not a valid phone number (kept as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="138"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="178"/>
        <source>{raw} read as {value}; choose the decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="226"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="248"/>
        <source>{raw} could be day/month or month/day; choose the date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="268"/>
        <source>year {year} is outside 1900-2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/calls.py" line="22"/>
        <source>There is no profile yet to own the calls: run &apos;salesdesk profile&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/detail.py" line="119"/>
        <location filename="../../salesdesk/core/calls/errors.py" line="26"/>
        <source>This call was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="116"/>
        <source>A cancelled call has no debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="125"/>
        <source>This call has not happened yet: check in first, or debrief it after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="208"/>
        <source>Write at least what went well, what to improve, the outcome or a next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="217"/>
        <source>Give the follow-up task “{text}” a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="223"/>
        <source>Give the follow-up call “{text}” a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="229"/>
        <source>Unknown follow-up {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="18"/>
        <source>{path} is not an iCalendar (.ics) file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="21"/>
        <source>Cannot read {path}: {detail}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="22"/>
        <source>{path} is larger than {size} MB, too large for a calendar. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="27"/>
        <source>The event has no start time (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="28"/>
        <source>The event&apos;s {name} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="29"/>
        <source>A line of the event cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="30"/>
        <source>The event cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="31"/>
        <source>The event is cut off (its END:VEVENT line is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="32"/>
        <source>All-day events are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="33"/>
        <source>Recurring meetings are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="34"/>
        <source>The time zone {zone} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="35"/>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="36"/>
        <source>The event lasts longer than {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="37"/>
        <source>The same event (UID) is earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="38"/>
        <source>The meeting is cancelled and there is no call to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="41"/>
        <source>No account matches the attendees, the title, the location or the email domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="44"/>
        <source>The attendees belong to several accounts: {accounts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="47"/>
        <source>The title or location names several accounts: {accounts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="50"/>
        <source>The email domains belong to several accounts: {accounts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="53"/>
        <source>The call has already run; the calendar&apos;s changes were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="56"/>
        <source>The call was cancelled in SalesDesk; the calendar&apos;s changes were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="59"/>
        <source>The call was deleted in SalesDesk; it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/ics/common.py" line="62"/>
        <source>The call was changed in SalesDesk after the calendar event; SalesDesk&apos;s version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="142"/>
        <location filename="../../salesdesk/core/calls/planning.py" line="261"/>
        <source>The account of this call no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="166"/>
        <source>Choose the account this call is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="169"/>
        <source>Give the call a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="173"/>
        <source>A call lasts from 1 minute to {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="178"/>
        <source>Unknown call type {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="196"/>
        <source>Attendees must be contacts of the call&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="202"/>
        <source>The deal must belong to the call&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/planning.py" line="443"/>
        <source>The question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="81"/>
        <source>Choose who should review this debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="88"/>
        <source>Submit the debrief before asking for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="93"/>
        <location filename="../../salesdesk/core/calls/review.py" line="134"/>
        <source>You cannot review your own debrief: choose a peer or a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="100"/>
        <source>That reviewer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="122"/>
        <source>Unknown debrief section {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="129"/>
        <source>There is no debrief to review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="141"/>
        <source>This debrief was sent to someone else for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/review.py" line="146"/>
        <source>Write at least one comment before marking reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="54"/>
        <source>This call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="59"/>
        <source>Already checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="151"/>
        <source>The check-in location is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="77"/>
        <location filename="../../salesdesk/core/calls/running.py" line="97"/>
        <source>Check in before checking out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="139"/>
        <source>This call has taken place: debrief it instead of cancelling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="164"/>
        <source>The check-out time is before the check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/exports/files.py" line="37"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/importer.py" line="118"/>
        <source>the file has more than one column named {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="20"/>
        <source>more than one account is named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="21"/>
        <source>no account with record ID {id} or name {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="22"/>
        <source>a deal needs an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="25"/>
        <source>more than one account is named {name}; the contact is kept without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="28"/>
        <source>no account with record ID {id} or name {name}; the contact is kept without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="61"/>
        <source>no contact {contact}; the deal is kept without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="73"/>
        <source>no pipeline stage {stage}; the first stage is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/linking.py" line="82"/>
        <source>the database has no pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/report.py" line="20"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/report.py" line="30"/>
        <source>The columns cannot be imported as mapped: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/report.py" line="38"/>
        <source>{path} has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="127"/>
        <source>not a country SalesDesk knows (left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="207"/>
        <source>required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="219"/>
        <source>needs one of {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="270"/>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="296"/>
        <source>{value} is not one of: {choices} (the default is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/saved.py" line="25"/>
        <source>Please name the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/saved.py" line="30"/>
        <source>{fields} cannot be imported into {record_type}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="70"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="71"/>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="80"/>
        <source>Comment on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="90"/>
        <source>Mark the debrief reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="93"/>
        <source>Send feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="94"/>
        <source>Send the feedback (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="125"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="134"/>
        <source>No debrief yet: feedback comes after the debrief is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="137"/>
        <source>Reviewed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="143"/>
        <source>Waiting for %1&apos;s review since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/feedback_form.py" line="148"/>
        <source>No review asked for yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="130"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="131"/>
        <source>A CSV or Excel file exported from another CRM or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="133"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="135"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="144"/>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="148"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="149"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="150"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="151"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="152"/>
        <source>Vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="159"/>
        <source>&amp;Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="160"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="161"/>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="183"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="185"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="209"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="219"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="222"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="222"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="222"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="225"/>
        <source>%1, read as %2 (%3% sure), separated by %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Geocoding</name>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="31"/>
        <source>the geocoding service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="34"/>
        <source>the geocoding service asked SalesDesk to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="37"/>
        <source>the geocoding service could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="40"/>
        <source>the geocoding service did not find this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="43"/>
        <source>the geocoding service refused the request (check its address and the user agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="47"/>
        <source>the geocoding service reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="48"/>
        <source>not looked up online yet (working offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="51"/>
        <source>no geocoding service is set up and the built-in list of places does not know the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="55"/>
        <source>the account has no street, postal code or city to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="59"/>
        <source>Waiting: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="60"/>
        <source>Waiting: {reason} (1 attempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="61"/>
        <source>Waiting: {reason} ({attempts} attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/geocoding/reasons.py" line="62"/>
        <source>Needs a location: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="55"/>
        <source>Record ID (source system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="63"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="255"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="364"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="74"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="75"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="315"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="78"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="318"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="88"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="98"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="108"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="314"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="111"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="122"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="130"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="226"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="307"/>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="139"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="218"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="299"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="147"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="158"/>
        <source>Current revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="167"/>
        <source>Estimated potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="172"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="173"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="176"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="335"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="188"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="270"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="198"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="277"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="209"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="291"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="236"/>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="239"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="247"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="356"/>
        <source>Account record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="281"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="326"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="332"/>
        <source>Lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="346"/>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="373"/>
        <source>Contact record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="378"/>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="381"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="387"/>
        <source>Deal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="390"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="396"/>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="399"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="406"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="412"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="413"/>
        <source>Next step date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="416"/>
        <source>Business problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="243"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="245"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="255"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="256"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="257"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="258"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="259"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="260"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="261"/>
        <source>Queued for geocoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="278"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="302"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="317"/>
        <source>The import is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="319"/>
        <source>Nothing was imported: some rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="325"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="330"/>
        <source>Cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="49"/>
        <source>Accounts</source>
        <translation type="unfinished">حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="50"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="51"/>
        <source>Leads</source>
        <translation type="unfinished">سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="52"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="357"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="16"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="17"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="18"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="19"/>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="20"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="21"/>
        <source>Territory</source>
        <translation>قلمرو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="22"/>
        <source>Reports &amp; automation</source>
        <translation>گزارش‌ها و خودکارسازی</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="28"/>
        <source>Your calls, tasks and month at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="31"/>
        <source>Plan each call (objective, questions, expected objections with prepared answers), check in and out, write the debrief, and get feedback from a peer or manager. Unasked questions and unresolved objections carry into the next plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="37"/>
        <source>Qualify leads with the same criteria every time: profile fit, decision maker, budget, need and timing. Qualifying creates the account, contact and opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="42"/>
        <source>Opportunity plans, the pipeline board with stage history, the touches and tactics that move deals, and the weekly position against the monthly quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="47"/>
        <source>Account plans for key customers, the handoff briefing from rep to account manager, and account plans exported as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="52"/>
        <source>Customers ranked by potential value, attention levels, a call pattern over a four-week cycle and optimised daily routes, on a map that works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="57"/>
        <source>Time audit, reports with charts and exports, email templates and proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="76"/>
        <source>Field rep</source>
        <translation>نماینده میدانی</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="77"/>
        <source>Inside rep</source>
        <translation>نماینده داخلی</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="78"/>
        <source>Account manager</source>
        <translation>مدیر حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="79"/>
        <source>Sales manager</source>
        <translation>مدیر فروش</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="85"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="86"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="87"/>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="103"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="104"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="105"/>
        <source>Done – debrief due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="106"/>
        <source>Debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="107"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/labels.py" line="108"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="50"/>
        <source>Sales processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="167"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="169"/>
        <source>&amp;Import records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="187"/>
        <source>Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="190"/>
        <source>Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="194"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="195"/>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="197"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="204"/>
        <source>&amp;About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="266"/>
        <source>Database: %1 · %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="77"/>
        <source>Base map: offline pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="96"/>
        <source>Base map: %1 (tiles cached for offline use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="101"/>
        <source>Base map: built-in (Natural Earth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="132"/>
        <source>On the map: %1 of %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/map/base.py" line="137"/>
        <source>%n need(s) a location</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="139"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="140"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="141"/>
        <source>Home base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="142"/>
        <source>Today&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="143"/>
        <source>Attention level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="144"/>
        <source>Drag to move this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="148"/>
        <source>Pattern: Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="149"/>
        <source>Pattern: Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="150"/>
        <source>Pattern: Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="151"/>
        <source>Pattern: Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="152"/>
        <source>Pattern: Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="153"/>
        <source>Pattern: Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="154"/>
        <source>Pattern: Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSettingsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="41"/>
        <source>No offline map pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="42"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="44"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="50"/>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="124"/>
        <source>Offline map pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="55"/>
        <source>None: work offline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="56"/>
        <source>OpenStreetMap (viewed tiles are cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="57"/>
        <source>Another tile server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="62"/>
        <source>Credit line the tile provider requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="63"/>
        <source>Online tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="64"/>
        <source>Tile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="65"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="70"/>
        <source>SalesDesk asks a tile server only for the tiles you look at and keeps them for offline use. OpenStreetMap&apos;s tile policy forbids downloading areas in advance: for that, add an offline pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="88"/>
        <source>Offline gazetteer only (town level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="90"/>
        <source>Nominatim (OpenStreetMap, one address a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="92"/>
        <source>Photon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="93"/>
        <source>Pelias server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="96"/>
        <source>Your server, e.g. http://geo.example.org:2322</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="107"/>
        <source>Address lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="108"/>
        <source>Lookup server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="126"/>
        <source>Map packs (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="142"/>
        <source>The built-in world map is used when there is no pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="146"/>
        <source>vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="146"/>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/map_settings.py" line="150"/>
        <source>%1: %2 map, zoom %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="51"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="51"/>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="56"/>
        <source>Choose a passphrase to encrypt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="58"/>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="67"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="71"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="73"/>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="78"/>
        <source>Re&amp;member it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="83"/>
        <source>No system keyring was found: SalesDesk will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="89"/>
        <source>Without the passphrase nobody can open this database again, SalesDesk included. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="148"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/passphrase.py" line="181"/>
        <source>That passphrase does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="27"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="28"/>
        <source>feedback comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="29"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="30"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="31"/>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="32"/>
        <source>stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="33"/>
        <source>touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="34"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="35"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="36"/>
        <source>account plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="37"/>
        <source>handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="38"/>
        <source>territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="39"/>
        <source>time entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="40"/>
        <source>email templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="41"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="89"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="94"/>
        <source>What should this call achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="95"/>
        <source>Type a question and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="100"/>
        <source>Objection expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="100"/>
        <source>Prepared answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="109"/>
        <source>Add objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="111"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="114"/>
        <source>Brochures, samples, price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="116"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="118"/>
        <source>Save the plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="124"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="130"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="131"/>
        <source>&amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="132"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="133"/>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="134"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="135"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="140"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="142"/>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="148"/>
        <source>From this account&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="208"/>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="243"/>
        <source>Not asked on the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="223"/>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="226"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="250"/>
        <source>Choose an account to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="254"/>
        <source>No debriefed call with this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="256"/>
        <source>Last call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="258"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="260"/>
        <source>Next steps agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="265"/>
        <source>Carried into a new plan: %1 unasked question(s), %2 open objection(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="272"/>
        <source>Open deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="275"/>
        <source>Account plan actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="290"/>
        <source>Add a question from the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="296"/>
        <source>Add an objection heard before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="301"/>
        <source>%1 (answer worked %2 of %3 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="326"/>
        <source>Left unresolved on the last call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessPlaceholderView</name>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="74"/>
        <source>Not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="78"/>
        <source>This view arrives in a coming release. The records it works on are already kept in your database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="93"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="36"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="41"/>
        <source>Street, town — or latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="49"/>
        <source>name@company.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="50"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="51"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="52"/>
        <source>&amp;Home base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="53"/>
        <source>Monthly &amp;quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="54"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankedTable</name>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="126"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="127"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="128"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="129"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="130"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/ranked_table.py" line="153"/>
        <source>Set by the rep (the ranking says %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanels</name>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="79"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="81"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="82"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="159"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="160"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="161"/>
        <source>Call date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="162"/>
        <source>Debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="163"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="171"/>
        <source>No debriefs are waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="203"/>
        <source>Waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="208"/>
        <source>Overdue: waiting more than %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="210"/>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="214"/>
        <source>%n debrief(s) waiting for your review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="216"/>
        <source>%1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="55"/>
        <source>Check &amp;in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="57"/>
        <source>Check &amp;out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="59"/>
        <source>Record the account&apos;s location with the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="60"/>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="62"/>
        <source>Checked out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="73"/>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="73"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="73"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="82"/>
        <source>Quick notes during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="84"/>
        <source>What came of it, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="86"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="87"/>
        <source>Save the run (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="105"/>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="106"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="107"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="108"/>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="140"/>
        <source>Prepared answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="166"/>
        <source>Checked in %1, out %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="172"/>
        <source>Checked in at %1: the call is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="175"/>
        <source>Not checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/run_form.py" line="177"/>
        <source>Location recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="56"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="57"/>
        <source>Processes by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="59"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="61"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="77"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="78"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="79"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="93"/>
        <source>Choose which processes each role sees in the navigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="95"/>
        <source>Only a sales manager can change which processes each role sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="123"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="125"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="127"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="135"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="142"/>
        <source>A backup is taken at start-up before an upgrade, once a day while SalesDesk is open, and when you ask; the oldest beyond this number are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="146"/>
        <source>&amp;Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="150"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="157"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="157"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="157"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="164"/>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="166"/>
        <source>Available backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="170"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="173"/>
        <source>Replace the data with the selected backup; the current data is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="247"/>
        <source>Restore the backup taken %1 (%2)?

SalesDesk first takes a backup of the current data, so you can go back to it. Then it replaces the data with this backup and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="254"/>
        <source>Back up, restore and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="257"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="265"/>
        <source>A window could not be closed, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDebriefsPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="257"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="258"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="259"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="261"/>
        <source>Submitted and reviewed count the debriefs of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="264"/>
        <source>Debriefs of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="266"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="272"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="273"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="274"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="275"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="276"/>
        <source>Overdue debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="277"/>
        <source>Overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="281"/>
        <source>Debriefs sent for review and not reviewed yet, as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="283"/>
        <source>Calls that ended more than %n day(s) ago and have no debrief, as of now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="288"/>
        <source>Reviews waiting more than %n day(s), as of now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="297"/>
        <source>Nobody in the team yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <location filename="../../salesdesk/core/territory/day_route.py" line="40"/>
        <source>No home base in the profile: the route starts and ends at the first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/day_route.py" line="43"/>
        <source>Visits without coordinates, not routed: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/day_route.py" line="44"/>
        <source>Visits that do not fit the day with the drive: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="21"/>
        <source>the cycle has too few working hours; the least valuable visits go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="24"/>
        <source>its day could not hold it within the working hours and opening times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="27"/>
        <source>not open long enough for the visit on any working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="28"/>
        <source>a fixed appointment that clashes with another one that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="34"/>
        <source>The fixed appointments leave no room for the lunch break between {start} and {end}: it is taken at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="39"/>
        <source>The fixed appointments leave no room for the lunch break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="42"/>
        <source>The fixed appointments make a working day of {hours} h, longer than the maximum of {limit} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="46"/>
        <source>The pattern needs {needed} h but the cycle has {available} h: the least valuable visits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="51"/>
        <source>Visits not planned: {count} of {required}; each is listed with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/osrm.py" line="23"/>
        <source>Using straight-line travel times: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="18"/>
        <source>A: visit weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="19"/>
        <source>B: every second week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="20"/>
        <source>C: once a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="21"/>
        <source>D: phone only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="27"/>
        <source>Location set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="28"/>
        <location filename="../../salesdesk/ui/territory_text.py" line="29"/>
        <source>Location from the full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="30"/>
        <source>Location from the street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="31"/>
        <source>Location from the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="32"/>
        <source>Approximate location: town centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="33"/>
        <source>Needs location: not on the map or in routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="36"/>
        <source>Location (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="42"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="44"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="48"/>
        <source>potential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="56"/>
        <source>%1% share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="61"/>
        <source>never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="64"/>
        <source>last visit %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="71"/>
        <source>open pipeline %1 (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="76"/>
        <source>level %1, set by the rep (ranking: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/territory_text.py" line="82"/>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="96"/>
        <source>Address lookup cancelled: %n account(s) located so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="103"/>
        <source>Address lookup: %n account(s) located.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="107"/>
        <source>%n at town level only (offline gazetteer).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="111"/>
        <source>%n still waiting (see Needs location).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerritoryPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="27"/>
        <source>Search accounts or towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="30"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="34"/>
        <source>Customers and prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="35"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="36"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="38"/>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="113"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="46"/>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="47"/>
        <source>Needs location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="62"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="70"/>
        <source>Level from the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="73"/>
        <source>Place on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="74"/>
        <source>Click on the map where the account is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="75"/>
        <source>Plan a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="76"/>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="91"/>
        <source>Look up addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory_panel.py" line="93"/>
        <source>Find coordinates for accounts without a location (offline gazetteer first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryView</name>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="154"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="232"/>
        <source>The call pattern could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/territory.py" line="280"/>
        <source>Needs location (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/territory.py" line="281"/>
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="335"/>
        <source>Select an account in the list or on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="372"/>
        <source>Click on the map where the account is (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="409"/>
        <source>Location saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="419"/>
        <source>Every account has a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="423"/>
        <source>Looking up addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/territory.py" line="423"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextList</name>
    <message>
        <location filename="../../salesdesk/ui/calls/widgets.py" line="167"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/widgets.py" line="170"/>
        <source>Remove the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="197"/>
        <source>Waiting for you</source>
        <translation>در انتظار شما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="265"/>
        <source>Today&apos;s calls</source>
        <translation>تماس‌های امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="254"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="79"/>
        <source>Not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="80"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="81"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="82"/>
        <source>Debrief due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="83"/>
        <source>Debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="89"/>
        <source>No objective and no questions yet: plan it before you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="92"/>
        <source>Planned, not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="93"/>
        <source>Checked in, running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="94"/>
        <source>Checked out; the debrief is still to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="97"/>
        <source>Done and debriefed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="255"/>
        <location filename="../../salesdesk/ui/views/today.py" line="275"/>
        <location filename="../../salesdesk/ui/views/today.py" line="284"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="256"/>
        <source>Town</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="257"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="258"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="259"/>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="265"/>
        <source>No calls planned for today.</source>
        <translation>برای امروز تماسی برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="294"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="294"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="296"/>
        <source>Nothing due this week.</source>
        <translation>این هفته کاری سررسید نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="301"/>
        <source>This month against quota</source>
        <translation>این ماه در برابر سهمیه</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="342"/>
        <source>Good day, %1</source>
        <translation>روز بخیر، %1</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="342"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="364"/>
        <source>Won %1 of %2 quota (%3%). Open deals closing this month: %4, weighted %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="346"/>
        <source>Debriefs to write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="267"/>
        <source>Plan a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="268"/>
        <source>Plan a new call: account, time, objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="275"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="275"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="278"/>
        <source>Debriefs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="278"/>
        <source>Every call is debriefed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="284"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="284"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="287"/>
        <source>Reviews waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="289"/>
        <source>No debriefs are waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="296"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="347"/>
        <source>Overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="350"/>
        <source>Debriefs to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="398"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="407"/>
        <source>%n call(s), in route order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="409"/>
        <source>%1; %2 not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="416"/>
        <source>Overdue: the call ended more than %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="432"/>
        <source>%n call(s) without a debrief, oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="434"/>
        <location filename="../../salesdesk/ui/views/today.py" line="457"/>
        <source>%1 (the first %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="441"/>
        <source>Overdue: waiting more than %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="453"/>
        <source>%n debrief(s) waiting, longest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="455"/>
        <location filename="../../salesdesk/ui/views/today.py" line="474"/>
        <source>%1; %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="470"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="472"/>
        <source>%n open task(s), overdue or due this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="27"/>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="29"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="34"/>
        <source>Everything you enter stays in a database on this computer and works without a network. Tell us who you are, then choose how to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="40"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="45"/>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="47"/>
        <source>Load a demo territory (recommended to explore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="50"/>
        <source>About 400 accounts around Manchester with contacts, leads, deals in every stage and past calls with debriefs. You can replace it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="57"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/welcome.py" line="74"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
