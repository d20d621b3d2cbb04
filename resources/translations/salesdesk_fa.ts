<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name></name>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="186"/>
        <source>App</source>
        <comment>Building the demo territory…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="186"/>
        <source>App</source>
        <comment>Cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="207"/>
        <source>App</source>
        <comment>The demo data could not be built: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/messages.py" line="66"/>
        <source>Backup</source>
        <comment>Backup written and verified:
%1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/messages.py" line="69"/>
        <source>Backup</source>
        <comment>Backup failed: %1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Icons: Material Design Icons via QtAwesome. Demo towns: GeoNames (CC BY 4.0). Qt and PySide6 are used under the LGPL v3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="29"/>
        <source>Search accounts or towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="32"/>
        <source>Customers and prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="33"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="34"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="36"/>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/account_list.py" line="37"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/account_list.py" line="111"/>
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../salesdesk/ui/app.py" line="85"/>
        <source>Something went wrong: %1

Your saved work is safe: every change is saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="112"/>
        <source>Database upgraded; a backup was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/app.py" line="139"/>
        <source>SQLite found damage in this database (%1). Add nothing more to it: restore a backup from the backups folder (Settings, Data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="22"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="31"/>
        <source>Could not create the folder for {dest}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="41"/>
        <source>Could not write the backup {dest}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/backup.py" line="55"/>
        <source>The backup {dest} failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="105"/>
        <source>The disk is full or failing: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="112"/>
        <source>The database file is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/db.py" line="116"/>
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
        <location filename="../../salesdesk/core/migrate.py" line="121"/>
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
        <location filename="../../salesdesk/core/territory/route_input.py" line="30"/>
        <source>Stop {stop}: the field &quot;{field}&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="31"/>
        <source>The route file has no &quot;{field}&quot;; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="34"/>
        <source>Stop {stop}: &quot;{field}&quot; must be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="35"/>
        <source>The route file: &quot;{field}&quot; must be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="38"/>
        <source>Stop {stop}: &quot;{field}&quot; is {value}, outside {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="39"/>
        <source>The route file: &quot;{field}&quot; is {value}, outside {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="42"/>
        <source>Stop {stop}: &quot;{field}&quot; has {value}; write times as HH:MM, e.g. &quot;09:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="45"/>
        <source>The route file: &quot;{field}&quot; has {value}; write times as HH:MM, e.g. &quot;08:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="50"/>
        <source>Stop {stop}: &quot;{field}&quot; is {value}; it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="51"/>
        <source>The route file: &quot;{field}&quot; is {value}; it must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="54"/>
        <source>Stop {stop}: the time window ends ({end}) before it starts ({start}) (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="58"/>
        <source>The route file: the day ends ({end}) before it starts ({start}) (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="64"/>
        <source>Stop {stop} must be an object with &quot;id&quot;, &quot;lat&quot;, &quot;lon&quot; and &quot;service_min&quot;, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="68"/>
        <source>The route file: &quot;{field}&quot; must be an object, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="70"/>
        <source>Stop {stop}: &quot;{field}&quot; must be two times such as [&quot;09:00&quot;, &quot;12:00&quot;], not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="73"/>
        <source>Stop {stop}: the time window {start}-{end} is shorter than the {minutes}-minute visit (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="78"/>
        <source>Stop {stop}: &quot;{field}&quot; must be text or a whole number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="81"/>
        <source>Stop {stop} appears {count} times (field &quot;{field}&quot;); every stop needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="84"/>
        <source>The route file has no stops (field &quot;{field}&quot;); list at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="87"/>
        <source>The route file: &quot;{field}&quot; must be a list of stops, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/route_input.py" line="90"/>
        <source>The route file must be a JSON object with &quot;start&quot;, &quot;day_start&quot;, &quot;day_end&quot; and &quot;stops&quot; (field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="44"/>
        <source>None of the {count} visits fits into the day {start}-{end}: each needs more time than the day or its time window leaves. Start earlier, end later or shorten the visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="49"/>
        <source>Stop {stop} is already on this day (field &quot;{field}&quot;); give the new stop its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/routing.py" line="52"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="50"/>
        <source>Sales processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="117"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="134"/>
        <source>Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="137"/>
        <source>Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="141"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="142"/>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="151"/>
        <source>&amp;About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/main_window.py" line="202"/>
        <source>Database: %1 · %2 accounts</source>
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
    <name>ProcessPlaceholderView</name>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="70"/>
        <source>Not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/placeholder.py" line="74"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="38"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="39"/>
        <source>Processes by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="40"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="56"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="57"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="58"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="64"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="72"/>
        <source>Choose which processes each role sees in the navigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="74"/>
        <source>Only a sales manager can change which processes each role sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="102"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="104"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="106"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/dialogs/settings.py" line="114"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <location filename="../../salesdesk/core/territory/day_route.py" line="35"/>
        <source>No home base in the profile: the route starts and ends at the first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="22"/>
        <source>the cycle has too few working hours; the least valuable visits go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="25"/>
        <source>its day could not hold it within the working hours and opening times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="28"/>
        <source>not open long enough for the visit on any working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/core/territory/pattern_model.py" line="29"/>
        <source>a fixed appointment that clashes with another one that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="59"/>
        <source>Waiting for you</source>
        <translation>در انتظار شما</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="68"/>
        <source>Today&apos;s calls</source>
        <translation>تماس‌های امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="71"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="72"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="73"/>
        <source>Town</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="74"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="75"/>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="79"/>
        <source>No calls planned for today.</source>
        <translation>برای امروز تماسی برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="83"/>
        <source>Tasks overdue or due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="84"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="84"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="86"/>
        <source>Nothing due this week.</source>
        <translation>این هفته کاری سررسید نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="112"/>
        <source>This month against quota</source>
        <translation>این ماه در برابر سهمیه</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="134"/>
        <source>Good day, %1</source>
        <translation>روز بخیر، %1</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="134"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="143"/>
        <source>Won %1 of %2 quota (%3%). Open deals closing this month: %4, weighted %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="153"/>
        <source>Debriefs to write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="154"/>
        <source>Overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="157"/>
        <source>Debriefs to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salesdesk/ui/views/today.py" line="180"/>
        <source>Overdue</source>
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
</TS>
