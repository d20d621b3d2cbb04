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
    <name>AccountLabels</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="15"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="16"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="17"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="23"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="24"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="25"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="26"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="34"/>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="36"/>
        <source>Stakeholder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="38"/>
        <source>Account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="39"/>
        <source>Relationship goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="40"/>
        <source>Customer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="41"/>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="42"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="43"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="44"/>
        <source>Plan owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="45"/>
        <source>Account owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="46"/>
        <source>Account manager</source>
        <translation type="unfinished">مدیر حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/labels.py" line="56"/>
        <source>started</source>
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
    <name>AccountsView</name>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="59"/>
        <location filename="../../salesdesk/ui/views/accounts.py" line="65"/>
        <source>Accounts</source>
        <translation type="unfinished">حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="71"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="72"/>
        <source>Write the account plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="75"/>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="78"/>
        <source>Plan a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="94"/>
        <source>Account plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="99"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="100"/>
        <source>Account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="101"/>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="109"/>
        <source>Select an account to see its overview, account plan and handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="157"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="157"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="160"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="162"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="164"/>
        <source>No account manager yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="172"/>
        <source>Handoffs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/accounts.py" line="172"/>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="108"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="108"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="108"/>
        <source>Due</source>
        <translation type="unfinished">سررسید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="114"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="115"/>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="143"/>
        <source>no date</source>
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
        <location filename="../../salesdesk/ui/app.py" line="237"/>
        <source>Building the demo territory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="238"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="262"/>
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
    <name>AutomationView</name>
    <message>
        <location filename="../../salesdesk/ui/views/automation.py" line="20"/>
        <source>Time audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/automation.py" line="22"/>
        <source>Email templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/automation.py" line="24"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="243"/>
        <location filename="../../salesdesk/ui/messages.py" line="66"/>
        <source>Backup written and verified:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="248"/>
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
    <name>BookScopeDialog</name>
    <message>
        <location filename="../../salesdesk/ui/documents/scope.py" line="26"/>
        <source>Export territory book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/scope.py" line="28"/>
        <source>All key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/scope.py" line="29"/>
        <source>Key accounts of a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/scope.py" line="30"/>
        <source>Key accounts in a territory</source>
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
        <location filename="../../salesdesk/ui/calls/editor.py" line="70"/>
        <source>Cancel call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="83"/>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="97"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="98"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="99"/>
        <source>&amp;Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="100"/>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="154"/>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="155"/>
        <source>Plan the call: account, time, objective, questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="220"/>
        <source>created automatically from a debrief&apos;s next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="255"/>
        <source>Unsaved changes to %1 from %2 were restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="270"/>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="274"/>
        <source>Draft NOT saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="308"/>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="309"/>
        <source>Call saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="310"/>
        <source>Debrief saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="311"/>
        <source>Feedback sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="361"/>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/editor.py" line="383"/>
        <source>Debrief version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="83"/>
        <source>Search accounts, towns or objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="86"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="93"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="93"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="99"/>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="100"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="104"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="105"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="109"/>
        <source>Whose calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="110"/>
        <source>My calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="111"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="222"/>
        <source>Today</source>
        <translation type="unfinished">امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="223"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="224"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="225"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="226"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="227"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/call_list.py" line="228"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/call_list.py" line="367"/>
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
        <location filename="../../salesdesk/ui/models/call_table.py" line="78"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="79"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="80"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="81"/>
        <source>Type</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="82"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="83"/>
        <source>Objective</source>
        <translation type="unfinished">هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="84"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="85"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/call_table.py" line="86"/>
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
    <name>CardDelegate</name>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="55"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="56"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="57"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="58"/>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="59"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="60"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="85"/>
        <source>Closed %n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="87"/>
        <source>Stalled · %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="88"/>
        <source>%n d in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="92"/>
        <source>No close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="198"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="78"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="81"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="82"/>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="84"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="89"/>
        <source>To create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="90"/>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="91"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="92"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="93"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="94"/>
        <source>Queued for geocoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="184"/>
        <source>Phone (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="184"/>
        <source>Valid phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="204"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="204"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="211"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="211"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="216"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="216"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="216"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="216"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="217"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="224"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="225"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="226"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="231"/>
        <source>The first %1 of %2 problems are shown; the CSV has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="102"/>
        <source>First rows as they will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="106"/>
        <source>Save problems as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="116"/>
        <source>Import only if every row is valid (nothing is written otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="118"/>
        <source>Import the valid rows and skip the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="242"/>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="249"/>
        <source>The problems could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../salesdesk/ui/leads/answer_editors.py" line="126"/>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="284"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="285"/>
        <source>Choose which SalesDesk field each column of the file fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="288"/>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="291"/>
        <source>&amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="296"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="296"/>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="296"/>
        <source>SalesDesk field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="309"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="311"/>
        <source>&amp;Find existing records by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="312"/>
        <source>Phone numbers without a country &amp;code are from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="335"/>
        <source>Detected: %1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="348"/>
        <source>Record ID, else %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="350"/>
        <source>Record ID only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="362"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="366"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="396"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="418"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="418"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="43"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="45"/>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="76"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="80"/>
        <source>Quote numbers read like Q-2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="89"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="91"/>
        <source>Clear l&amp;ogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="104"/>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="105"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="106"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="107"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="108"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="109"/>
        <source>Ta&amp;x ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="110"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="111"/>
        <source>New proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="112"/>
        <source>&amp;Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="113"/>
        <source>&amp;Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="114"/>
        <source>Number p&amp;refix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="115"/>
        <source>Ter&amp;ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="124"/>
        <source>What proposals print as the sender, and the defaults of a new proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="126"/>
        <source>Only a sales manager can change the company&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/company_settings.py" line="148"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionCard</name>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="100"/>
        <source>Qualified: the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="110"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="111"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="112"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="122"/>
        <source>Plan a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="124"/>
        <source>The account&apos;s calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="141"/>
        <source>none: the lead names no person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="143"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="148"/>
        <source>%1 (created now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="150"/>
        <source>%1 (existing, linked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="184"/>
        <source>Budget, Timing, Decision maker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="187"/>
        <source>What the rep asks the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="203"/>
        <source>Required (a knock-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="205"/>
        <source>An answer that earns nothing rules the lead out, whatever its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="207"/>
        <source>Pre-answer from the ideal customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="210"/>
        <source>The answer is filled in from the lead&apos;s industry, size, region and revenue. Only one criterion of a framework can have it; it is a yes/no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="214"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="216"/>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="217"/>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="218"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="220"/>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="242"/>
        <source>Within 3 months | 1
Later | 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="249"/>
        <source>One option per line. A score from 0 to 1 may follow a bar, as in “Within 3 months | 1”; without scores the first option earns the full weight and the last nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="259"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="261"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="265"/>
        <source>The lowest point earns nothing, the highest the full weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="267"/>
        <source>Score from a minimum to a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="273"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="274"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="285"/>
        <source>The minimum earns nothing and the target the full weight; without a range any number above zero earns the full weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="289"/>
        <source>Yes earns the full weight, no earns nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="291"/>
        <source>Any answer earns the full weight; text questions usually weigh 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="97"/>
        <source>Such as: packaging line upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="103"/>
        <source>Follows the line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="111"/>
        <source>From the stage&apos;s probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="119"/>
        <source>Save deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="121"/>
        <source>Save the deal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="130"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="131"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="132"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="133"/>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="134"/>
        <source>&amp;Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="136"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="137"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="138"/>
        <source>&amp;Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="177"/>
        <source>No one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="236"/>
        <source>This date has passed: the deal still counts as open. Saving is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="248"/>
        <source>Enter a number, such as 12500 or 12,500.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealLabels</name>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="42"/>
        <source>New business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="43"/>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="44"/>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="45"/>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="51"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="52"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="53"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_form.py" line="54"/>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="52"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="53"/>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="54"/>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="55"/>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="56"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="57"/>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="63"/>
        <source>Supportive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="64"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="65"/>
        <source>Opposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="66"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="38"/>
        <source>Visit</source>
        <translation type="unfinished">بازدید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="39"/>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="40"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="41"/>
        <source>Video</source>
        <translation type="unfinished">ویدیو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="42"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="50"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="51"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="52"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="53"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="79"/>
        <source>&amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="80"/>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="81"/>
        <source>L&amp;ines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="82"/>
        <source>P&amp;roposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="83"/>
        <source>&amp;Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="84"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="102"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="104"/>
        <source>Choose the account and name the deal; it starts in the first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="136"/>
        <source>This deal no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="137"/>
        <source>It was deleted meanwhile; choose another deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="149"/>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="149"/>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="155"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="155"/>
        <source>%n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="164"/>
        <source>closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="166"/>
        <source>no close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="170"/>
        <source>lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="176"/>
        <source>next: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="181"/>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="192"/>
        <source>The close date has passed; set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="41"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="55"/>
        <source>Close the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="74"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="80"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="81"/>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="82"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/deals.py" line="108"/>
        <source>This part is not available in this version yet.</source>
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
    <name>EmailDialog</name>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="77"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="80"/>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="122"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="82"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="86"/>
        <source>Subject template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="88"/>
        <source>Body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="91"/>
        <source>Save &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="97"/>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="145"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="100"/>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="107"/>
        <source>&amp;Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="109"/>
        <source>Save .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="110"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="115"/>
        <source>T&amp;emplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="119"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="124"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="130"/>
        <source>Merge fields: {{ contact.first_name }}, {{ account.name }}, {{ deal.name }}, {{ call.date }}, {{ call.time }}, {{ task.due_date }}, {{ rep.name }}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="143"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="196"/>
        <source>The account has no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="217"/>
        <source>no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="247"/>
        <source>No value for this contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="281"/>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="291"/>
        <source>No mail app opened the email. Save it as .eml instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="293"/>
        <source>Opened in your mail app and logged as a touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="317"/>
        <source>Saved to %1 and logged as a touch.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../salesdesk/core/db.py" line="126"/>
        <source>The disk is full or failing: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="133"/>
        <source>The database file is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="137"/>
        <source>The database is busy in another program: nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/context.py" line="38"/>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/generator.py" line="52"/>
        <source>This database already has {accounts} accounts. Demo data would be mixed with them; nothing was changed. Use a new database, or replace everything in it with demo data (force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/demo/generator.py" line="282"/>
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
        <location filename="../../salesdesk/core/workspace.py" line="101"/>
        <source>Please enter your name.</source>
        <translation>لطفاً نام خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="104"/>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="108"/>
        <source>The monthly quota must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="112"/>
        <source>The monthly quota cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="116"/>
        <source>Give both latitude and longitude of the home base, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="124"/>
        <source>The home base coordinates are outside the valid range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/workspace.py" line="129"/>
        <source>The phone number is longer than 40 characters.</source>
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
        <location filename="../../salesdesk/core/exports/files.py" line="34"/>
        <source>Cannot write {path}: {detail}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/config.py" line="44"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="641"/>
        <source>column {column}: {field} is not a field here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="649"/>
        <source>the file has no column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="658"/>
        <source>{field} is filled from more than one column: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="668"/>
        <source>no column is mapped to {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="59"/>
        <source>{path} is empty; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="67"/>
        <source>{path} has no header row: the first row must name the columns (for example Name, City, Phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="79"/>
        <source>{path} is not a CSV or XLSX file SalesDesk can read ({detail}). Save it from your spreadsheet as CSV or XLSX and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="93"/>
        <source>{path}: row {row} cannot be read ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="106"/>
        <source>{path} cannot be read as {encoding} (first bad text in row {row}). Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/reading.py" line="120"/>
        <source>{path} has no sheet named {sheet} (it has: {sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="312"/>
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
        <location filename="../../salesdesk/core/imports/values.py" line="118"/>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="124"/>
        <source>not a valid phone number (kept as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="168"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="212"/>
        <source>{raw} read as {value}; choose the decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="260"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="282"/>
        <source>{raw} could be day/month or month/day; choose the date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/values.py" line="302"/>
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
        <location filename="../../salesdesk/core/calls/debrief.py" line="117"/>
        <source>A cancelled call has no debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="126"/>
        <source>This call has not happened yet: check in first, or debrief it after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="212"/>
        <source>Write at least what went well, what to improve, the outcome or a next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="221"/>
        <source>Give the follow-up task “{text}” a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="227"/>
        <source>Give the follow-up call “{text}” a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/debrief.py" line="233"/>
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
        <location filename="../../salesdesk/core/calls/running.py" line="57"/>
        <source>This call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="62"/>
        <source>Already checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="153"/>
        <source>The check-in location is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="80"/>
        <location filename="../../salesdesk/core/calls/running.py" line="100"/>
        <source>Check in before checking out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="141"/>
        <source>This call has taken place: debrief it instead of cancelling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/calls/running.py" line="166"/>
        <source>The check-out time is before the check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/exports/files.py" line="44"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/importer.py" line="133"/>
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
        <location filename="../../salesdesk/core/imports/rows.py" line="132"/>
        <source>not a country SalesDesk knows (left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="211"/>
        <source>required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="223"/>
        <source>needs one of {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="286"/>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/rows.py" line="325"/>
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
    <message>
        <location filename="../../salesdesk/commands/handoffs.py" line="19"/>
        <source>There is no profile yet: run &apos;salesdesk profile&apos; first, or a sales manager --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/handoffs.py" line="22"/>
        <source>Only a sales manager lists everyone&apos;s handoffs: leave out --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/leads.py" line="182"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/leads.py" line="188"/>
        <source>{path} is not JSON ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/leads.py" line="194"/>
        <source>{path} must hold one JSON object of answers, like {{&quot;budget&quot;: &quot;yes&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/leads.py" line="218"/>
        <source>The framework {framework} has no question {names}; it asks: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/leads.py" line="242"/>
        <source>--account takes an account id or &apos;new&apos;, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/quota.py" line="136"/>
        <location filename="../../salesdesk/commands/whatworks.py" line="93"/>
        <source>No user is called or has the id {rep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/commands/quota.py" line="140"/>
        <location filename="../../salesdesk/commands/whatworks.py" line="96"/>
        <source>{rep} could be any of: {names}. Give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/lines.py" line="102"/>
        <source>Line {row}: choose a product from the price book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/lines.py" line="107"/>
        <source>Line {row}: the quantity must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/lines.py" line="112"/>
        <source>Line {row}: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/lines.py" line="118"/>
        <source>Line {row}: the discount must be from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/listing.py" line="55"/>
        <source>No deal matches {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/moves.py" line="37"/>
        <source>The close date {date} has passed; set a new one so the forecast stays right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/moves.py" line="70"/>
        <source>Keep at least one reason for lost deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/moves.py" line="92"/>
        <location filename="../../salesdesk/core/deals/proposals.py" line="171"/>
        <location filename="../../salesdesk/core/deals/records.py" line="123"/>
        <source>This deal was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/moves.py" line="112"/>
        <source>Say why the deal was lost; choose one of: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/openings.py" line="254"/>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="99"/>
        <location filename="../../salesdesk/core/plans/overview.py" line="97"/>
        <location filename="../../salesdesk/core/plans/plans.py" line="212"/>
        <source>This account was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/openings.py" line="259"/>
        <source>This product is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/openings.py" line="271"/>
        <source>The pipeline has no open stage to start a deal in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="99"/>
        <source>Stakeholder {row}: unknown role {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="106"/>
        <source>Stakeholder {row}: unknown attitude {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="113"/>
        <source>Stakeholder {row}: this contact is already on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="123"/>
        <source>Stakeholder {row} must be a contact of the deal&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="140"/>
        <source>Competitor {row} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="146"/>
        <source>Competitor {row}: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/plan.py" line="153"/>
        <source>{name} is on the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="39"/>
        <source>{count} stakeholders from the previous account were taken off the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="130"/>
        <source>Choose the deal&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="133"/>
        <source>Give the deal a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="137"/>
        <source>A deal&apos;s name has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="142"/>
        <source>Unknown kind of deal {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="148"/>
        <source>The amount cannot be negative: enter 0 or more, such as 12500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="156"/>
        <source>Unknown forecast category {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="166"/>
        <source>The deal&apos;s account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="172"/>
        <source>The deal&apos;s owner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="179"/>
        <source>The primary contact must be one of {account}&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="192"/>
        <location filename="../../salesdesk/core/leads/qualify.py" line="440"/>
        <source>There is no open pipeline stage to put the deal in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/records.py" line="227"/>
        <source>The amount follows the deal&apos;s line items ({total}); change the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="110"/>
        <source>There is no stage {name}. The stages are: {stages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="122"/>
        <source>Every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="127"/>
        <source>A stage name has at most {limit} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="137"/>
        <source>Two stages are called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="145"/>
        <source>{name}: the probability must be from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="152"/>
        <source>{name} cannot be both won and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="159"/>
        <source>{name}: stalled after at least one day, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="171"/>
        <source>The pipeline needs a won stage and a lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="175"/>
        <source>The pipeline needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="204"/>
        <source>The stage {name} was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/stages.py" line="233"/>
        <source>{name} still holds {count} deals: choose the stage to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/touches.py" line="87"/>
        <source>A tactic has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/touches.py" line="92"/>
        <source>Keep at least one sales tactic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/touches.py" line="113"/>
        <source>Unknown method {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/touches.py" line="119"/>
        <source>Log a touch once it has happened: the time is ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/touches.py" line="130"/>
        <source>Choose a tactic from the list: {tactics}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="27"/>
        <source>Unknown merge field {field} on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="28"/>
        <source>Unknown merge field {field} in the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="31"/>
        <source>Template error on line {line}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="32"/>
        <source>Template error in the subject: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="33"/>
        <source>Refused on line {line}: a template may use merge fields only, not {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="37"/>
        <source>Refused in the subject: a template may use merge fields only, not {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="40"/>
        <source>Refused on line {line}: a template may not do this ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/sandbox.py" line="43"/>
        <source>Refused in the subject: a template may not do this ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/merge.py" line="108"/>
        <source>There is no such contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/merge.py" line="148"/>
        <source>There is no such deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="93"/>
        <source>There is no email template {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="104"/>
        <source>No contact matches {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="161"/>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="171"/>
        <source>The {field} has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="177"/>
        <source>Give the email a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="192"/>
        <source>There is already a template called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="202"/>
        <location filename="../../salesdesk/core/automation/email.py" line="216"/>
        <source>The template was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="266"/>
        <source>Choose a contact of an account to log the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/email.py" line="273"/>
        <location filename="../../salesdesk/core/deals/touches.py" line="142"/>
        <source>The contact must be one of the deal&apos;s account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="172"/>
        <source>Give the framework a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="176"/>
        <source>The score to qualify must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="185"/>
        <source>Only one criterion can be answered from the customer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="214"/>
        <source>Leads from {source} already get the framework {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="223"/>
        <source>This framework was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="293"/>
        <source>This is the last framework; leads need one. Edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="313"/>
        <source>Keep at least one disqualification reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="324"/>
        <source>Every criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="330"/>
        <source>{name}: unknown answer type {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="341"/>
        <source>{name}: a choice needs at least two options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/frameworks.py" line="351"/>
        <source>{name}: the scale&apos;s lowest point must be below its highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="218"/>
        <source>Choose a reason from the list: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="224"/>
        <source>This lead was qualified and is now a deal; close the deal as lost instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="260"/>
        <location filename="../../salesdesk/core/leads/records.py" line="134"/>
        <source>This lead was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="277"/>
        <source>There is no qualification framework; a manager can add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="318"/>
        <source>Knocked out by {names}: this lead cannot be qualified. Disqualify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="326"/>
        <source>Answer the required questions first: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="332"/>
        <source>The score {score} is below the {threshold} needed to qualify. Answer more questions, or qualify anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/qualify.py" line="349"/>
        <source>That account was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/records.py" line="97"/>
        <source>A lead needs a company or a person&apos;s name (or both). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/records.py" line="105"/>
        <source>{value} is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/records.py" line="113"/>
        <source>Country: use the two-letter code, such as GB or IR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/records.py" line="120"/>
        <source>This number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/records.py" line="310"/>
        <source>No lead matches {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="117"/>
        <source>{name}: answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="121"/>
        <source>{name}: expects a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="127"/>
        <source>{name}: expects a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="141"/>
        <source>{name}: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="147"/>
        <source>{name}: unknown answer type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="175"/>
        <source>The framework has no criteria; add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="181"/>
        <source>{name}: the weight must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/scoring.py" line="186"/>
        <source>The criteria&apos;s weights add up to zero, so no lead could score anything. Give at least one criterion a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="104"/>
        <source>This account already has a handoff in progress: finish that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="113"/>
        <source>That deal is not this account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="144"/>
        <source>This handoff was accepted: it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="150"/>
        <source>The handoff was sent: its account manager can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="170"/>
        <source>This handoff was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="175"/>
        <source>Choose the account manager to hand the account to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="189"/>
        <source>Only {name}, who received this handoff, can ask questions about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="196"/>
        <source>Questions can be asked only on a sent handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="209"/>
        <source>There is no question waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="225"/>
        <source>This handoff was accepted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="229"/>
        <source>This handoff has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="231"/>
        <source>Only {name}, who received this handoff, can accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="311"/>
        <source>Write what you learnt during the sale before sending the handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="314"/>
        <source>Write the commitments made to the customer (or &quot;none&quot;) before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="317"/>
        <source>Name the key contacts and their preferences before sending the handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="320"/>
        <source>Recommend the account manager&apos;s first steps before sending the handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="330"/>
        <source>This handoff was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="352"/>
        <source>A handoff goes to an account manager: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="357"/>
        <source>You cannot hand an account to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="365"/>
        <source>Only the rep who wrote this handoff can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/handoffs.py" line="379"/>
        <source>Write the message before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="55"/>
        <source>The plan&apos;s owner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="63"/>
        <source>Action {number} needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="70"/>
        <source>Action {number}: keep the title under {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="80"/>
        <source>Action {number}: {status} is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="88"/>
        <source>Action {number}: its owner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="110"/>
        <source>{name} is not a contact of this account: choose one of its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="121"/>
        <source>{name} is listed twice as a stakeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/plans/inputs.py" line="130"/>
        <source>{name}: the relationship strength goes from 1 (weak) to 5 (strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/plan_data.py" line="194"/>
        <source>No account with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/territory_book.py" line="70"/>
        <location filename="../../salesdesk/documents/territory_book.py" line="243"/>
        <source>No user matches {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/territory_book.py" line="75"/>
        <location filename="../../salesdesk/documents/territory_book.py" line="250"/>
        <source>No territory matches {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/territory_book.py" line="96"/>
        <source>{text} matches several: {names}; be more precise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="108"/>
        <source>A time category has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="114"/>
        <source>The category “{label}” is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="125"/>
        <source>The category key {key} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="133"/>
        <source>Keep at least one time category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="147"/>
        <source>Write the week as YYYY-Www (for example 2026-W48), not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="156"/>
        <source>There is no week {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timeaudit.py" line="168"/>
        <source>A week starts on a Monday, not {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timesheet.py" line="125"/>
        <source>{day} is not in the week of {week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timesheet.py" line="132"/>
        <location filename="../../salesdesk/core/automation/timesheet.py" line="219"/>
        <source>{category} is not a time category in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timesheet.py" line="138"/>
        <source>Minutes must be from 0 to 1440 (24 hours), not {minutes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/timesheet.py" line="163"/>
        <source>{day} adds up to {hours} hours with the automatic time; a day has 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="123"/>
        <source>There is no automation rule {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="163"/>
        <source>The settings of rule {key} are not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="170"/>
        <source>Switch rule {key} on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="180"/>
        <source>{name} of rule {key} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="191"/>
        <source>Rule {key} has no setting {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="108"/>
        <source>The logo is {size} KB; choose an image of at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="37"/>
        <source>The logo must be a PNG, JPEG or GIF image; this file is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="41"/>
        <source>The terms have {length} characters; keep them to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="115"/>
        <source>The logo is larger than {limit} × {limit} pixels; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="155"/>
        <source>Keep this to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="179"/>
        <source>The quote number prefix is 1 to {limit} letters or digits, such as Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="187"/>
        <location filename="../../salesdesk/core/deals/proposals.py" line="127"/>
        <source>The tax rate must be from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/company.py" line="193"/>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="51"/>
        <source>The notes have {length} characters; keep them to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="54"/>
        <source>This deal has no line items: add products on its Lines tab before making a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="125"/>
        <source>The discount must be from 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="175"/>
        <source>This deal is lost: reopen it to make a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="185"/>
        <source>The quote cannot be valid until a day gone by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="293"/>
        <location filename="../../salesdesk/core/deals/proposals.py" line="334"/>
        <source>This proposal was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="349"/>
        <source>Proposal {number} was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/deals/proposals.py" line="365"/>
        <source>Proposal {number} has its answer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/__init__.py" line="66"/>
        <source>There is no report called {name}. Reports: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/__init__.py" line="77"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/exports.py" line="60"/>
        <source>Unknown export format {format}: use one of {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/report_pdf.py" line="54"/>
        <source>The report has a row too large for a PDF page. Nothing was written; export it as CSV or XLSX instead.</source>
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
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="147"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="148"/>
        <source>A CSV or Excel file exported from another CRM or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="150"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="152"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="161"/>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="165"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="166"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="167"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="168"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="169"/>
        <source>Vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="173"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="176"/>
        <source>&amp;Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="177"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="178"/>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="200"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="202"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="223"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="247"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="263"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="266"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="266"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="266"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="269"/>
        <source>%1, read as %2 (%3% sure), separated by %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="59"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="61"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="62"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="63"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="64"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="65"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="66"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="67"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="76"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="76"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="85"/>
        <source>Whose figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="88"/>
        <source>Territory</source>
        <translation type="unfinished">قلمرو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="117"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="119"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/filters.py" line="127"/>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkForm</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="60"/>
        <source>Selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="71"/>
        <source>What it is for, when to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="77"/>
        <source>A lead qualifies at this score (out of 100) with no knock-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="80"/>
        <source>De&amp;fault framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="82"/>
        <source>Leads whose source and team have no framework of their own get this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="86"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="91"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="91"/>
        <source>&amp;Score to qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="93"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="94"/>
        <source>Lead so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="94"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="120"/>
        <source>Criteria, in the order they are asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="125"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="126"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="127"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="128"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="129"/>
        <source>Knock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="136"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="144"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="145"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="146"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="147"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="199"/>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="201"/>
        <source>%1&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="203"/>
        <source>Another manager&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="352"/>
        <source>%1, from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="354"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="362"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="370"/>
        <source>Total weight %1: each criterion&apos;s share is its weight over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="374"/>
        <source>Total weight 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="382"/>
        <source>%1 of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_form.py" line="405"/>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworksPanel</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="67"/>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="69"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="70"/>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="71"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="72"/>
        <source>Add &amp;BANT template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="73"/>
        <source>Add &amp;MEDDIC template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="164"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="167"/>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="220"/>
        <source>this framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="224"/>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="250"/>
        <source>New framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="251"/>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="267"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="285"/>
        <source>Delete the framework %1?

Leads already assessed with it keep their answers and scores; new leads get another framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/framework_editor.py" line="301"/>
        <source>Delete</source>
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
    <name>HandoffPanel</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="52"/>
        <source>Hand the account to an account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="56"/>
        <source>Start handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="65"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="68"/>
        <source>What you learnt about the customer during the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="69"/>
        <source>What was promised: prices, service, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="70"/>
        <source>Who matters, and how they like to be dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="71"/>
        <source>What is not settled yet, and what could go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="72"/>
        <source>One step per line: each becomes a plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="78"/>
        <source>Account &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="80"/>
        <source>&amp;Insights from the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="81"/>
        <source>&amp;Commitments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="82"/>
        <source>&amp;Key contacts and their preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="83"/>
        <source>&amp;Open issues and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="84"/>
        <source>&amp;First steps recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="89"/>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="92"/>
        <source>Send to account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="96"/>
        <source>Accept handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="99"/>
        <source>Take the account over: you become its owner and account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="111"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="116"/>
        <source>No questions so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="165"/>
        <source>Choose an account manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="190"/>
        <source>This account has no handoff yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="192"/>
        <source>The last handoff was accepted. Start a new one to hand the account on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="218"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="218"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="227"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="227"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="229"/>
        <source>Ask the rep a question about the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="231"/>
        <source>Answer the account manager&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="235"/>
        <source>the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="236"/>
        <source>an account manager not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="237"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="239"/>
        <source>After the deal %1 was won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="241"/>
        <source>Accepted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="244"/>
        <source>Waiting for you to accept it or ask a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="246"/>
        <source>Sent %1; waiting for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="250"/>
        <source>The account manager asked a question: answer it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="252"/>
        <source>Waiting for %1 to answer your question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="256"/>
        <source>A draft: write the briefing and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="258"/>
        <source>%1 is still writing the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="284"/>
        <source>Briefing saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="291"/>
        <source>Handoff sent to the account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="299"/>
        <source>Question sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="301"/>
        <source>Answer sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="312"/>
        <source>You now manage %1. The account plan was started with %n action(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="318"/>
        <source>You now manage %1. The account plan got %n new action(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffQueuePanel</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="33"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="33"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="33"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="45"/>
        <source>No handoffs. A rep&apos;s handoff of a won account appears here for the account manager it was sent to, and for the rep who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="67"/>
        <source>Sent to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="68"/>
        <source>Written by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/handoff_queue.py" line="109"/>
        <source>Waiting for you</source>
        <translation type="unfinished">در انتظار شما</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="23"/>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="56"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="23"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="23"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="23"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="23"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="33"/>
        <source>No changes yet: the history starts with the first save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="37"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="52"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/history_panel.py" line="55"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="57"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="58"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="59"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="60"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="61"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="66"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="70"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="72"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="72"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="72"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="75"/>
        <source>This deal was not created from a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="98"/>
        <source>By the automation rule: proposal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="100"/>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="102"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="104"/>
        <source>Moved backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="126"/>
        <source>%n stage change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="128"/>
        <source>%n backwards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="130"/>
        <source>lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="143"/>
        <source>score %1 of 100 (qualifies at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="145"/>
        <source>score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="148"/>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcpWhy</name>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="63"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="64"/>
        <source>profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="74"/>
        <source>Matches the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="75"/>
        <source>Does not match the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="76"/>
        <source>No data on the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="82"/>
        <source>No ideal customer profile yet: a manager can describe one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="84"/>
        <source>The lead has none of the data the profile asks about: answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="88"/>
        <source>Pre-answered from the ideal customer profile: %1. Change it if you know better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="95"/>
        <source>Agrees with the ideal customer profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="99"/>
        <source>Your answer overrides the ideal customer profile, which says: %1.</source>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="384"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="327"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="78"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="330"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="315"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="111"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="318"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="122"/>
        <location filename="../../salesdesk/core/imports/mapping.py" line="326"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="314"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="355"/>
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
        <location filename="../../salesdesk/core/imports/mapping.py" line="376"/>
        <source>Account record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="281"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="338"/>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="346"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="352"/>
        <source>Lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="366"/>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="393"/>
        <source>Contact record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="398"/>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="401"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="407"/>
        <source>Deal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="410"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="416"/>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="419"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="426"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="432"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="433"/>
        <source>Next step date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/imports/mapping.py" line="436"/>
        <source>Business problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="277"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="279"/>
        <source>Everything is written in one step: cancelled, the database stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="282"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="292"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="293"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="294"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="295"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="297"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="298"/>
        <source>Queued for geocoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="299"/>
        <source>Leads flagged as duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="320"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="344"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="359"/>
        <source>The import is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="361"/>
        <source>Nothing was imported: some rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="367"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="372"/>
        <source>Cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="64"/>
        <source>Accounts</source>
        <translation type="unfinished">حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="65"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="66"/>
        <source>Leads</source>
        <translation type="unfinished">سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="67"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="401"/>
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
    <name>LeadAnalyticsPanel</name>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="62"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="67"/>
        <source>The team&apos;s leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="67"/>
        <source>Your leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="73"/>
        <source>Leads entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="80"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="80"/>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="82"/>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="83"/>
        <source>Leads</source>
        <translation type="unfinished">سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="82"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="83"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="90"/>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="92"/>
        <source>Why leads were disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="93"/>
        <source>No lead was disqualified in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="96"/>
        <source>By rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="118"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="119"/>
        <source>in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="120"/>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="121"/>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="125"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="125"/>
        <source>Days to qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="140"/>
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="140"/>
        <source>%n decided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="142"/>
        <source>%1 converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="144"/>
        <source>median %1 to qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="146"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="147"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="148"/>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="169"/>
        <source>Qualified of the leads decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="171"/>
        <source>Median days from entry to qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="177"/>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="180"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/analytics.py" line="180"/>
        <source>under a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="60"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="62"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="70"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="72"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="74"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="77"/>
        <source>Two-letter country code, such as GB or IR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="80"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="82"/>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="86"/>
        <source>Where you met, what they asked about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="94"/>
        <source>Save lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="96"/>
        <source>Save the lead (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="114"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="115"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="116"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="117"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="119"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="120"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="121"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="122"/>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="123"/>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="125"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="126"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="127"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="185"/>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="195"/>
        <source>Edit lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="223"/>
        <source>Another lead has this email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_form.py" line="229"/>
        <source>Enter a number, such as 25 or 1,500,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="60"/>
        <source>Search companies, people, emails or towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="64"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="68"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="71"/>
        <source>Whose leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="72"/>
        <source>My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="73"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="75"/>
        <source>Duplicates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="76"/>
        <source>Leads whose email another lead already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/lead_list.py" line="167"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/lead_list.py" line="272"/>
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSummary</name>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="40"/>
        <source>Lead details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="61"/>
        <source>%1 (not a valid number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="65"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="66"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="67"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="68"/>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="71"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="72"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="73"/>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/lead_summary.py" line="74"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTable</name>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="72"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="73"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="74"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="75"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="101"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="102"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="103"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="104"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="105"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="107"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="108"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="109"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="227"/>
        <source>%1
Possible duplicate: %2 has the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/models/lead_table.py" line="235"/>
        <source>Disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../../salesdesk/core/leads/icp.py" line="41"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/icp.py" line="42"/>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/icp.py" line="43"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/icp.py" line="44"/>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/matching.py" line="42"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/matching.py" line="43"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/matching.py" line="44"/>
        <source>same email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/matching.py" line="45"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/matching.py" line="46"/>
        <source>same town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="44"/>
        <source>BANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="45"/>
        <source>Budget, authority, need and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="50"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="51"/>
        <source>Is there a budget for this, or can one be found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="57"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="58"/>
        <source>Who are we talking to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="63"/>
        <source>The person who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="64"/>
        <source>Someone who influences the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="65"/>
        <source>A user or researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="66"/>
        <source>No way to reach who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="71"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="72"/>
        <source>How strong is the need (1 = nice to have, 5 = urgent)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="80"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="81"/>
        <source>When do they plan to buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="86"/>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="87"/>
        <source>In 3 to 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="88"/>
        <source>In 6 to 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="89"/>
        <source>Later, or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="97"/>
        <source>MEDDIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="98"/>
        <source>Metrics, economic buyer, decision criteria, decision process, pain and champion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="106"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="107"/>
        <source>Have they put a number on the gain they expect (savings, output)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="115"/>
        <source>Economic buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="116"/>
        <source>Do we know the person who signs off the money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="121"/>
        <source>Met them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="122"/>
        <source>Know who it is, not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="123"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="128"/>
        <source>Decision criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="129"/>
        <source>Do we know what they will judge the offers by?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="135"/>
        <source>Decision process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="136"/>
        <source>Do we know the steps, the people and the dates of their decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="144"/>
        <source>Identify pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="145"/>
        <source>How much does the problem hurt them (1 = hardly, 5 = badly)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="155"/>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/leads/templates.py" line="156"/>
        <source>Is there someone inside who argues for us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="42"/>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="43"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="44"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="45"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="46"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="42"/>
        <source>&amp;New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="43"/>
        <source>Enter a new lead (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="47"/>
        <source>Leads</source>
        <translation type="unfinished">سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="64"/>
        <source>Select a lead to qualify it,
or press Ctrl+N to enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="89"/>
        <source>Lead list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="90"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="127"/>
        <source>Lead saved, and flagged as a possible duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/leads.py" line="131"/>
        <source>Lead saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../salesdesk/ui/leads/answer_editors.py" line="158"/>
        <source>A number, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/answer_editors.py" line="160"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="69"/>
        <source>Products from the price book, with their list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="70"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="72"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="75"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="85"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="86"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="87"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="88"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="89"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="102"/>
        <source>Saving the lines sets the deal&apos;s amount to their total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="105"/>
        <source>Save lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="107"/>
        <source>Save the lines (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="194"/>
        <source>Deal total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lines_table.py" line="196"/>
        <source>No lines: the deal keeps the amount typed on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="29"/>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="32"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="37"/>
        <source>&amp;Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="41"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="46"/>
        <source>Move %1 to %2? Say why it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/lost_reason_dialog.py" line="52"/>
        <source>The reason is kept in the deal&apos;s stage history.</source>
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
        <location filename="../../salesdesk/ui/main_window.py" line="172"/>
        <source>Export &amp;territory book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="175"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="189"/>
        <source>Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="192"/>
        <source>Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="196"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="197"/>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="206"/>
        <source>&amp;About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="274"/>
        <source>Database: %1 · %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagedListEditor</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/managed_list.py" line="60"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/managed_list.py" line="61"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/managed_list.py" line="62"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/managed_list.py" line="63"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/managed_list.py" line="64"/>
        <source>Move do&amp;wn</source>
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
    <message>
        <location filename="../../salesdesk/ui/map/base.py" line="137"/>
        <source>%n need(s) a location</source>
        <translation type="unfinished"></translation>
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
    <name>MatchDialog</name>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="40"/>
        <source>Is this an existing account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="46"/>
        <source>Qualifying %1 creates a contact and a deal. These accounts look like the same company: link the lead to one of them, or create a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="57"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="57"/>
        <source>Town</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="57"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="68"/>
        <source>A sure match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="82"/>
        <source>Marked: a sure match (the same phone, the same email domain and a close name, or the same name in the same town).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="89"/>
        <source>&amp;Link to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="92"/>
        <source>Create a &amp;new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/match_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="63"/>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="67"/>
        <source>Move the deals to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="71"/>
        <source>&amp;Remove and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="75"/>
        <source>&amp;Move them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="81"/>
        <source>%1 holds %2. Which stage should they move to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="83"/>
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="90"/>
        <source>Each move is recorded in the deal&apos;s stage history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="51"/>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="74"/>
        <source>Printed above the terms, such as delivery times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="85"/>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="86"/>
        <source>&amp;Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="87"/>
        <source>&amp;Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="88"/>
        <source>T&amp;erms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="89"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="99"/>
        <source>Make proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="104"/>
        <source>%n line(s) from the deal&apos;s Lines tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="130"/>
        <source>Subtotal %1 · discount %2 · tax %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="136"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningsPanel</name>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="72"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="73"/>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="74"/>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="79"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="90"/>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="91"/>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="92"/>
        <source>No open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="112"/>
        <source>Products that customers of the same industry and size buy and this customer does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="115"/>
        <source>Customers whose revenue is below half of their potential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="116"/>
        <source>Customers without a single open deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="120"/>
        <source>Account</source>
        <translation type="unfinished">حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="120"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="120"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="122"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="122"/>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="123"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="123"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="125"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="150"/>
        <source>Looking for openings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="172"/>
        <source>%1 of %2 shown, the best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="174"/>
        <source>%1 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="181"/>
        <source>%1 of %2 similar customers buy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="182"/>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="184"/>
        <source>Similar: the same industry (%1) and size (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="191"/>
        <source>Revenue is %1% of the potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="193"/>
        <source>Customer with no open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="200"/>
        <source>Deal created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="200"/>
        <source>Deal open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="205"/>
        <source>Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="206"/>
        <source>Create a deal for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="215"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="217"/>
        <source>%1 – upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="219"/>
        <source>%1 – new deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/openings.py" line="233"/>
        <source>Deal created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="50"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="55"/>
        <source>Current revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="56"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="57"/>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="58"/>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="59"/>
        <source>Won this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="82"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="82"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="82"/>
        <source>Went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="82"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="91"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="91"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="91"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="91"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="94"/>
        <source>Due</source>
        <translation type="unfinished">سررسید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="94"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="94"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="97"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="97"/>
        <source>No debriefed calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="98"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="98"/>
        <source>No open deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="100"/>
        <source>Plan actions due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="102"/>
        <source>No open plan actions due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="163"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="166"/>
        <source>%n open deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="170"/>
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="206"/>
        <source>Overdue</source>
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
    <name>Pdf</name>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="15"/>
        <source>Account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="16"/>
        <source>Territory book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="18"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="19"/>
        <source>Quote no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="20"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="22"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="24"/>
        <source>Quote for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="25"/>
        <source>Reference: {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="27"/>
        <source>valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="28"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="29"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="30"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="31"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="33"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="34"/>
        <source>Discount ({pct})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="35"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="36"/>
        <source>Tax ({pct})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="37"/>
        <source>Total ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="38"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="39"/>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="40"/>
        <source>Accepted on behalf of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="42"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="43"/>
        <source>Tax ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="44"/>
        <location filename="../../salesdesk/documents/words.py" line="17"/>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="45"/>
        <source>{number} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="18"/>
        <source>Prepared {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="19"/>
        <source>Prepared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="23"/>
        <location filename="../../salesdesk/documents/words.py" line="20"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="21"/>
        <location filename="../../salesdesk/documents/words.py" line="21"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="22"/>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="23"/>
        <source>Confidential: for internal use only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="24"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="25"/>
        <source>Current revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="26"/>
        <source>Estimated potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="27"/>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="28"/>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="29"/>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="30"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="31"/>
        <source>Account manager</source>
        <translation type="unfinished">مدیر حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="32"/>
        <source>Territory</source>
        <translation type="unfinished">قلمرو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="33"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="34"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="35"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="36"/>
        <source>Attention level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="37"/>
        <source>Plan last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="38"/>
        <source>No map: this account has no location yet. Geocode its address to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="41"/>
        <source>Nearest accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="42"/>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="43"/>
        <source>Base map: Natural Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="44"/>
        <source>No account plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="45"/>
        <source>Nobody has written a plan for this account. The figures, open deals and recent calls in this document come from its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="50"/>
        <source>Relationship goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="51"/>
        <source>Customer needs and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="52"/>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="53"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="54"/>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="55"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="56"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished">سررسید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="59"/>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="60"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="61"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="62"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="63"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="64"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="65"/>
        <source>No stakeholders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="66"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="67"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="68"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="32"/>
        <location filename="../../salesdesk/documents/words.py" line="69"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="70"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/proposal_style.py" line="26"/>
        <location filename="../../salesdesk/documents/words.py" line="71"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="72"/>
        <source>No open deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="73"/>
        <source>Recent debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="74"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="75"/>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="76"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="77"/>
        <source>No debriefed calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="78"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="79"/>
        <source>Key accounts of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="80"/>
        <source>Key accounts in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="81"/>
        <source>All key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="82"/>
        <source>Accounts in this book: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="83"/>
        <source>There are no accounts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="86"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="87"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="88"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="91"/>
        <source>Visit</source>
        <translation type="unfinished">بازدید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="92"/>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="93"/>
        <source>Video</source>
        <translation type="unfinished">ویدیو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="96"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/words.py" line="97"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="43"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="45"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="70"/>
        <source>%1 - account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="96"/>
        <source>Territory book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="116"/>
        <source>Writing the territory book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="122"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="140"/>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="148"/>
        <source>The PDF was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/documents/export.py" line="155"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="84"/>
        <source>Search deals or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="86"/>
        <source>Search deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="89"/>
        <source>Whose deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="91"/>
        <source>My deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="92"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="98"/>
        <source>Refresh the board (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="99"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="103"/>
        <source>Edit stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="104"/>
        <source>Stages, probabilities and lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="199"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="212"/>
        <source>The board could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="257"/>
        <source>%1 · %2 open</source>
        <comment>open deal count · their total amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board.py" line="258"/>
        <source>%n open deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="317"/>
        <source>&amp;Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="319"/>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="352"/>
        <source>Not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board.py" line="377"/>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../salesdesk/documents/layout.py" line="328"/>
        <source>Page {page} of {total}</source>
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
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="114"/>
        <source>Brochures, samples, price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="56"/>
        <source>This account has no plan yet: fill it in and save to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="61"/>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="62"/>
        <source>What we want from this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="63"/>
        <source>The customer&apos;s business needs and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="66"/>
        <source>Products and services they could still buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="67"/>
        <source>What could cost us the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="70"/>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="116"/>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="129"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="71"/>
        <source>Save the account plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="80"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="82"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="83"/>
        <source>Relationship &amp;goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="84"/>
        <source>Customer &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="85"/>
        <source>&amp;Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="87"/>
        <source>&amp;Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="89"/>
        <source>&amp;Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_form.py" line="90"/>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/calls/plan_form.py" line="118"/>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="131"/>
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
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="117"/>
        <source>What the customer needs solved, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="118"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="118"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="118"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="120"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="120"/>
        <source>Our strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="120"/>
        <source>Our weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="122"/>
        <source>Where we stand against them, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="125"/>
        <source>Such as: site survey with the production manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="136"/>
        <source>Business &amp;problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="140"/>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="142"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="145"/>
        <source>Add competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="146"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="147"/>
        <source>Competitive p&amp;osition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/plan_form.py" line="151"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="99"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="149"/>
        <source>Another industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="155"/>
        <source>Another region, country or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="162"/>
        <source>The profile pre-answers the fit question of a framework (the criterion set to pre-answer from the profile): yes when what is known of the lead matches, no when something does not. Leave a part empty to accept any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="176"/>
        <source>%1 (employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile_editor.py" line="184"/>
        <source>A lead matches a region by its region, country or town.</source>
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
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="56"/>
        <source>+44 161 555 0100 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/profile.py" line="58"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="72"/>
        <source>&amp;New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="74"/>
        <source>A new numbered version from the deal&apos;s current lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="76"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="78"/>
        <source>&amp;Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="80"/>
        <source>Log the proposal as sent; the automation rule may move the deal forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="84"/>
        <source>Customer&apos;s &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="89"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="93"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="107"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="108"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="109"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="110"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="111"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="170"/>
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="172"/>
        <source>No proposal yet: New proposal makes one from the deal&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="218"/>
        <source>Made %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="253"/>
        <source>%1 marked sent. By the automation rule the deal moved from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="260"/>
        <source>%1 marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationSettings</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="116"/>
        <source>The highest point of the scale must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="127"/>
        <source>The target must differ from the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/criterion_editor.py" line="153"/>
        <source>Line %1: after the bar comes a score from 0 to 1, such as 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationSettingsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="52"/>
        <source>How leads are qualified, for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="54"/>
        <source>Only a sales manager can change the qualification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="63"/>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="64"/>
        <source>Ideal customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="65"/>
        <source>Disqualification reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualifyForm</name>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="68"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="74"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="75"/>
        <source>Take the lead back into work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="84"/>
        <source>Qualification questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="111"/>
        <source>&amp;Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="112"/>
        <source>Keep the answers so far (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="117"/>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="216"/>
        <source>&amp;Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="119"/>
        <source>Qualify: creates or links the account, the contact and a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="123"/>
        <source>&amp;Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="174"/>
        <source>%1 · a score of %2 qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="216"/>
        <source>&amp;Create the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="230"/>
        <source>Disqualified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="234"/>
        <source>Possible duplicate: %1 has the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="282"/>
        <source>Answers saved: score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="325"/>
        <source>Lead qualified. No account, contact or deal was created: that automation rule is switched off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="329"/>
        <source>Lead qualified: the account, contact and deal are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="331"/>
        <source>Already qualified: nothing new was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="339"/>
        <source>Below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="341"/>
        <source>The score %1 is below the %2 needed to qualify. Qualify anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="349"/>
        <source>Qualify anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="370"/>
        <source>Lead disqualified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/qualify_form.py" line="382"/>
        <source>Lead reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="26"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="27"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="118"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="126"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="128"/>
        <source>A knock-out: an answer that earns nothing disqualifies the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="162"/>
        <source>0 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="167"/>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="169"/>
        <source>Knocks the lead out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/question_rows.py" line="172"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaDashboard</name>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="242"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="251"/>
        <source>Whose figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="254"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="448"/>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="259"/>
        <source>Take snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="261"/>
        <source>Store everyone&apos;s position as it stands now; the chart keeps the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="273"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="273"/>
        <source>The month&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="274"/>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="274"/>
        <source>Deals won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="276"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="276"/>
        <source>Open deals the rep commits to close this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="279"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="279"/>
        <source>Open deals that could close this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="282"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="282"/>
        <source>Other open deals with a close date this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="284"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="460"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="284"/>
        <source>Quota minus closed won minus commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="294"/>
        <source>Closed won against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="298"/>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="302"/>
        <source>Each week shows the last snapshot stored in it, as it was known then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="308"/>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="316"/>
        <source>Deals moved forward out of each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="352"/>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="366"/>
        <source>Snapshot stored for %n rep(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="391"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="554"/>
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="398"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="424"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="432"/>
        <source>%n open deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="401"/>
        <source>quota reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="403"/>
        <source>short of quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="405"/>
        <source>to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="408"/>
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="414"/>
        <source>%1 of quota won; %2 with the commit deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="423"/>
        <source>%1 (%2) are past their close date and still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="431"/>
        <source>%1 (%2) have no close date and count in no month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="460"/>
        <source>quota − closed won − commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="462"/>
        <source>Deals to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="465"/>
        <source>average won deal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="467"/>
        <source>%n won deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="471"/>
        <source>Deals to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="474"/>
        <source>win rate %1 (%2 won of %3 closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="481"/>
        <source>Proposals to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="484"/>
        <source>%1 of deals reaching %2 are won (stage conversion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="490"/>
        <source>Calls this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="493"/>
        <source>%1 calls per won deal (%2); %3 in all over %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="495"/>
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="497"/>
        <source>%n week(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="515"/>
        <source>Based on the history from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="523"/>
        <source>Average cycle %1: a deal created today closes around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="524"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="540"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="553"/>
        <source>Too little history: %1 closed; at least %2 are needed for these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="558"/>
        <source>No deal was won in this history: no deal size or win rate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="560"/>
        <source>No proposal stage: name one Proposal, or give one 50% or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="563"/>
        <source>Too few deals left %1 (%2, at least %3) to say how many proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="570"/>
        <source>No deal moved forward from %1 in this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="573"/>
        <source>No calls recorded in this history: no calls per won deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="575"/>
        <source>This month is over: nothing more can be done for it.</source>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../salesdesk/ui/leads/reason_dialog.py" line="29"/>
        <source>Disqualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/reason_dialog.py" line="38"/>
        <source>&amp;Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/reason_dialog.py" line="42"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/reason_dialog.py" line="46"/>
        <source>Drop %1? The answers given so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="41"/>
        <source>Disqualification reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="36"/>
        <source>Reps choose one of these when they disqualify a lead. A lead keeps its reason when the reason is renamed or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/qualification_settings.py" line="42"/>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../../salesdesk/ui/reports/overview.py" line="35"/>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../salesdesk/ui/reports/axes.py" line="61"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/chart.py" line="218"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="40"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="43"/>
        <source>Back to all reports (Alt+Left, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="53"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="54"/>
        <source>Save this report as CSV, Excel or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="56"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="56"/>
        <source>Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="56"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="79"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/detail.py" line="117"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="27"/>
        <source>CSV (comma-separated values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="28"/>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="29"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="37"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="85"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="80"/>
        <source>The report was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="81"/>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/export.py" line="91"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHeadline</name>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="29"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="42"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="52"/>
        <source>open, %1 weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="62"/>
        <source>no snapshot in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="67"/>
        <source>of the quota to date won in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="73"/>
        <source>visits, phone calls, emails and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="82"/>
        <source>of calls debriefed, %1 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="90"/>
        <source>of planned visits done (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="106"/>
        <source>too few touches to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="109"/>
        <source>advances most deals: %1 of %2 touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="118"/>
        <source>no time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/headline.py" line="122"/>
        <source>most in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="37"/>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="38"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="39"/>
        <source>no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="40"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="41"/>
        <source>all touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="42"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/formats.py" line="43"/>
        <source>tactic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="26"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="31"/>
        <source>Forecast vs quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="30"/>
        <source>Activities per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="41"/>
        <source>Debrief and review rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="21"/>
        <source>Territory coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="42"/>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="78"/>
        <source>Time audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="32"/>
        <location filename="../../salesdesk/core/reports/activity.py" line="51"/>
        <location filename="../../salesdesk/core/reports/forecast.py" line="33"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="33"/>
        <location filename="../../salesdesk/core/reports/activity.py" line="43"/>
        <source>Calls held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="34"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="35"/>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="36"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="37"/>
        <source>Other touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="44"/>
        <source>Debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="45"/>
        <source>Debrief rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="46"/>
        <source>Median hours to debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="47"/>
        <source>Reviewed by a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="48"/>
        <source>Review rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="50"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/activity.py" line="166"/>
        <source>A rate is left empty where there were no calls held or no debriefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="23"/>
        <source>No level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="25"/>
        <source>Attention level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="26"/>
        <source>Accounts</source>
        <translation type="unfinished">حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="27"/>
        <source>Visits planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="28"/>
        <source>Visits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="29"/>
        <source>Done of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="30"/>
        <source>Accounts visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="31"/>
        <source>Share visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/coverage.py" line="84"/>
        <source>A rate is left empty where no visits were planned or no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="34"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="35"/>
        <source>Quota to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="36"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="37"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="38"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="39"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="40"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="90"/>
        <source>{count} past weeks have no stored snapshot and show no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/forecast.py" line="99"/>
        <source>Quotas and forecasts belong to reps: the territory is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="45"/>
        <source>All touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="47"/>
        <source>Visit</source>
        <translation type="unfinished">بازدید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="49"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="50"/>
        <source>Video</source>
        <translation type="unfinished">ویدیو</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="51"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="56"/>
        <source>Selling face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="57"/>
        <source>Selling by phone/email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="58"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="59"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="60"/>
        <source>Admin/CRM entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="61"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="62"/>
        <source>Internal meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="64"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="67"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="68"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="69"/>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="70"/>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="29"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="71"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="72"/>
        <source>Closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="73"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="74"/>
        <source>Win rate vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="80"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="81"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="82"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="83"/>
        <source>Captured automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="84"/>
        <source>Typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="167"/>
        <source>A touch advanced its deal when the deal moved forward within {days} days. Rates from fewer than {small} cases are uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="178"/>
        <source>{count} touches on no deal are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="184"/>
        <source>No touched deal has closed yet: no win rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/insight.py" line="227"/>
        <source>Time entries have no territory: all are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="28"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="30"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="31"/>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="32"/>
        <source>Average days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="87"/>
        <source>{count} open deals are expected to close outside the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/pipeline.py" line="96"/>
        <source>{count} open deals have no close date and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/values.py" line="55"/>
        <source>Reps: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/values.py" line="60"/>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/reports/values.py" line="63"/>
        <source>Territory: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/documents/report_pdf.py" line="49"/>
        <source>There is nothing to show for this period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../salesdesk/ui/reports/dashboard.py" line="90"/>
        <source>Reports calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/reports/dashboard.py" line="160"/>
        <source>Calculating…</source>
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
    <message>
        <location filename="../../salesdesk/ui/views/review_panels.py" line="82"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished"></translation>
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
    <name>RuleRow</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="44"/>
        <source>Records made so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="55"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="56"/>
        <source>Days without a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="58"/>
        <source>Days without a visit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="68"/>
        <source>Debrief next step → follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="69"/>
        <source>A next step marked “create a task” or “plan a call” in a debrief creates that task or call. When off, next steps are kept as notes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="77"/>
        <source>Deal won → handoff briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="78"/>
        <source>Winning a deal on an account without an account manager starts a handoff briefing draft; the account plan follows when the account manager accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="86"/>
        <source>Qualified lead → account, contact, deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="87"/>
        <source>Qualifying a lead creates (or links) its account, contact and opportunity. When off, the lead is only marked qualified with its answers and score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="95"/>
        <source>No visit to an A account → task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="96"/>
        <source>An A account without a completed visit in the last N days gets one open task for its owner to plan a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="106"/>
        <source>Proposal sent → deal to Proposal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/automation/rules.py" line="107"/>
        <source>Marking a deal&apos;s first proposal sent moves the open deal forward to the stage called Proposal (or to the next open stage if there is none); revised versions sent later leave the deal where it is. Never backwards, and never a won or lost deal; the deal&apos;s history names the rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesSettingsPage</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="88"/>
        <source>Rules that create records for you. Each record a rule makes says which rule made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/rules_settings.py" line="92"/>
        <source>Only a sales manager can switch the automation rules.</source>
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
    <name>ScoreBar</name>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="30"/>
        <source>Knocked out by %1: this lead cannot be qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="37"/>
        <source>Still to answer before qualifying: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="42"/>
        <source>Qualifies: %1 reaches the %2 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="48"/>
        <source>Below the threshold: %1 of the %2 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="95"/>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="97"/>
        <source>%1 to qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/score_bar.py" line="103"/>
        <source>%1 of 100; the mark is the threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="56"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="60"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="61"/>
        <source>Processes by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="63"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="65"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="67"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="69"/>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="71"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="87"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="89"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="95"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="103"/>
        <source>Choose which processes each role sees in the navigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="105"/>
        <source>Only a sales manager can change which processes each role sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="133"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="135"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="137"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="145"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="152"/>
        <source>A backup is taken at start-up before an upgrade, once a day while SalesDesk is open, and when you ask; the oldest beyond this number are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="156"/>
        <source>&amp;Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="160"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="167"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="167"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="167"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="174"/>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="176"/>
        <source>Available backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="180"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="183"/>
        <source>Replace the data with the selected backup; the current data is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="257"/>
        <source>Restore the backup taken %1 (%2)?

SalesDesk first takes a backup of the current data, so you can go back to it. Then it replaces the data with this backup and starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="264"/>
        <source>Back up, restore and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="267"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="275"/>
        <source>A window could not be closed, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../salesdesk/ui/deals/board_column.py" line="195"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board_column.py" line="197"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board_column.py" line="199"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board_column.py" line="201"/>
        <source>Stalled after %n days in the stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/board_column.py" line="209"/>
        <source>%1 · %2</source>
        <comment>deal count · total amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board_column.py" line="210"/>
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="105"/>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="125"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="126"/>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="236"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="127"/>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="244"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="128"/>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="251"/>
        <source>Stalled after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="129"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="143"/>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="145"/>
        <source>Remove the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="147"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="149"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="163"/>
        <source>Deals move through the open stages in this order. The probability is the default chance to win; a deal longer than the stall days in a stage is marked stalled (blank: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="193"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="178"/>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="194"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="177"/>
        <source>Moving a deal to a lost stage asks for one of these reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="185"/>
        <source>Reps choose a tactic when they log a touch on a deal; What works compares them. Touches keep their tactic when it is renamed or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="188"/>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="195"/>
        <source>Sales tactics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="189"/>
        <source>New tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="225"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="225"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="225"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="228"/>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="234"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="248"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="249"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="275"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="322"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="327"/>
        <source>Deals to move on saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="179"/>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="172"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="172"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="172"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="174"/>
        <source>How strong our relationship is: 1 (weak) to 5 (strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="179"/>
        <source>Add a stakeholder from the account&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="180"/>
        <source>Remove the selected stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/accounts/plan_tables.py" line="206"/>
        <source> / 5</source>
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
    <name>TemplatesPanel</name>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="67"/>
        <source>Email templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="69"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="71"/>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="73"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="75"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="84"/>
        <source>e.g. Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="88"/>
        <source>Body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="90"/>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="95"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="97"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="99"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="102"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="103"/>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="104"/>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="118"/>
        <source>Contact for the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="124"/>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="126"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="129"/>
        <source>Acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="130"/>
        <source>Co&amp;ntact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="131"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="166"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="190"/>
        <source>Leave this template without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="191"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="218"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="233"/>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="233"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="265"/>
        <source>This template was deleted meanwhile. Your text is kept: Save again to keep it as a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="275"/>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="342"/>
        <source>Choose a contact to see the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/templates_panel.py" line="352"/>
        <source>No value for this contact: %1</source>
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
    <name>TimeAuditPanel</name>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="134"/>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="138"/>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="140"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="142"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="147"/>
        <source>Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="155"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="156"/>
        <source>The activity categories of the timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="160"/>
        <source>Timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="163"/>
        <source>Hours typed by hand, per day (1.5, 1:30 or 90m). Time the app captures itself is listed below and counts in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="169"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="194"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="389"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="169"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="389"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="417"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="171"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="417"/>
        <source>Captured automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="174"/>
        <source>&amp;Save timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="176"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="190"/>
        <source>The week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="195"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="196"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="198"/>
        <source>Previous
weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="199"/>
        <source>Team
average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="212"/>
        <source>Automation candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="215"/>
        <source>Repeated manual work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="215"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="215"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="249"/>
        <source>Selling face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="250"/>
        <source>Selling by phone/email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="251"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="252"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="253"/>
        <source>Admin/CRM entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="254"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="255"/>
        <source>Internal meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="256"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="257"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="269"/>
        <source>Admin/CRM entry typed by hand (rules and capture cut it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="271"/>
        <source>Selling time typed by hand (call check-in/out records it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="274"/>
        <source>Follow-up tasks typed after a debrief (the debrief rule creates them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="277"/>
        <source>Follow-up calls typed after a debrief (the debrief rule creates them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="280"/>
        <source>Accounts typed after a lead was qualified (qualifying creates them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="283"/>
        <source>Contacts typed after a lead was qualified (qualifying creates them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="297"/>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="305"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="355"/>
        <source>Create your profile to keep a timesheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="371"/>
        <source>Pick one person to see a timesheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="426"/>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="465"/>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="523"/>
        <source>“%1” is not a number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="467"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="492"/>
        <source>Week total with the automatic time: %1 h (per day: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="536"/>
        <source>Timesheet saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="550"/>
        <source>%1 h this week: %2 h captured automatically, %3 h typed by hand. The previous %4 weeks: %5 h a week on average; teammates: %6 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="580"/>
        <source>Oldest to latest: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="584"/>
        <source>%1 h automatic, %2 h by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="596"/>
        <source>~%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="606"/>
        <source>About %1 minutes this week could be left to the app. Estimates: a quarter of hand-typed admin time, and a few minutes per record typed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/timesheet.py" line="612"/>
        <source>Nothing repeated by hand this week that a rule could do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeCategoriesDialog</name>
    <message>
        <location filename="../../salesdesk/ui/automation/categories_dialog.py" line="20"/>
        <location filename="../../salesdesk/ui/automation/categories_dialog.py" line="33"/>
        <source>Time categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/categories_dialog.py" line="30"/>
        <source>The rows of every timesheet, in this order. Renaming a category keeps its hours; time in a removed category is reported as Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/categories_dialog.py" line="34"/>
        <source>New category</source>
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
    <name>TouchesPanel</name>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="62"/>
        <source>What came of it, such as: asked for a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="65"/>
        <source>Log touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="67"/>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="68"/>
        <source>Write an email from a template; it is logged here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="75"/>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="97"/>
        <source>Tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="77"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="80"/>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="95"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="82"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="86"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="96"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="98"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="99"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="100"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="130"/>
        <source>No particular tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="134"/>
        <source>No one in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="155"/>
        <source>%1 (call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="171"/>
        <source>From a debriefed call: calls count as touches by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="174"/>
        <source>%n touch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="175"/>
        <source>, %n from calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="154"/>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="155"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="156"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="173"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="174"/>
        <source>no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="175"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="185"/>
        <source>Quota %1</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>WhatWorksPanel</name>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="121"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="124"/>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="207"/>
        <source>Deals</source>
        <translation type="unfinished">معامله‌ها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="124"/>
        <source>everyone&apos;s deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="124"/>
        <source>my deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="130"/>
        <source>Days for an advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="131"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="134"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="137"/>
        <source>All touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="138"/>
        <source>By stage at the touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="139"/>
        <source>By industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="140"/>
        <source>By company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="145"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="150"/>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="206"/>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="154"/>
        <source>Advanced within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="167"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="168"/>
        <source>Tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="169"/>
        <source>By communication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="171"/>
        <source>By sales tactic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="198"/>
        <source>in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="199"/>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="200"/>
        <source>in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="201"/>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="208"/>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="312"/>
        <source>Advanced within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="209"/>
        <source>Win rate (closed deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="210"/>
        <source>Against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="211"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="231"/>
        <source>Touches: %1 · deals touched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="237"/>
        <source>No touches on deals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="241"/>
        <source>Grey figures come from fewer than %1 cases: a small sample, read them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="247"/>
        <source>An advance is a move to a later stage or to won within the days chosen after the touch. The bar shows the win rate; the line, the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="254"/>
        <source>Touches on no deal are not counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="270"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="283"/>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="285"/>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="304"/>
        <source>Baseline, every touch: %1 advanced · %2 of the closed deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="310"/>
        <source>Advanced within 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="332"/>
        <source>Win rate %1; baseline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="341"/>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="352"/>
        <source>Small sample (n = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="360"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/deals/whatworks.py" line="361"/>
        <source>Percentage points above or below the baseline win rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../salesdesk/ui/leads/answer_editors.py" line="96"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/leads/answer_editors.py" line="97"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="49"/>
        <source>Save email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/automation/email_dialog.py" line="49"/>
        <source>Email files (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
