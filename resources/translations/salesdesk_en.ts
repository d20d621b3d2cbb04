<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountListPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/account_list.py" line="135"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/call_list.py" line="371"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="201"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefForm</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="359"/>
        <source>%n follow-up task(s) created</source>
        <translation>
            <numerusform>%n follow-up task created</numerusform>
            <numerusform>%n follow-up tasks created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/calls/debrief_form.py" line="361"/>
        <source>%n next call(s) planned</source>
        <translation>
            <numerusform>%n next call planned</numerusform>
            <numerusform>%n next calls planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="219"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/map/base.py" line="137"/>
        <source>%n need(s) a location</source>
        <translation>
            <numerusform>%n needs a location</numerusform>
            <numerusform>%n need a location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanels</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="82"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="208"/>
        <source>Overdue: waiting more than %n day(s)</source>
        <translation>
            <numerusform>Overdue: waiting more than %n day</numerusform>
            <numerusform>Overdue: waiting more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="214"/>
        <source>%n debrief(s) waiting for your review</source>
        <translation>
            <numerusform>%n debrief waiting for your review</numerusform>
            <numerusform>%n debriefs waiting for your review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDebriefsPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="283"/>
        <source>Calls that ended more than %n day(s) ago and have no debrief, as of now</source>
        <translation>
            <numerusform>Calls that ended more than %n day ago and have no debrief, as of now</numerusform>
            <numerusform>Calls that ended more than %n days ago and have no debrief, as of now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/review_panels.py" line="288"/>
        <source>Reviews waiting more than %n day(s), as of now</source>
        <translation>
            <numerusform>Reviews waiting more than %n day, as of now</numerusform>
            <numerusform>Reviews waiting more than %n days, as of now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="64"/>
        <source>last visit %n day(s) ago</source>
        <translation>
            <numerusform>last visit %n day ago</numerusform>
            <numerusform>last visit %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="96"/>
        <source>Address lookup cancelled: %n account(s) located so far.</source>
        <translation>
            <numerusform>Address lookup cancelled: %n account located so far.</numerusform>
            <numerusform>Address lookup cancelled: %n accounts located so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="103"/>
        <source>Address lookup: %n account(s) located.</source>
        <translation>
            <numerusform>Address lookup: %n account located.</numerusform>
            <numerusform>Address lookup: %n accounts located.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="107"/>
        <source>%n at town level only (offline gazetteer).</source>
        <translation>
            <numerusform>%n at town level only (offline gazetteer).</numerusform>
            <numerusform>%n at town level only (offline gazetteer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/territory_text.py" line="111"/>
        <source>%n still waiting (see Needs location).</source>
        <translation>
            <numerusform>%n still waiting (see Needs location).</numerusform>
            <numerusform>%n still waiting (see Needs location).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerritoryView</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/territory.py" line="280"/>
        <source>Needs location (%n)</source>
        <translation>
            <numerusform>Needs location (%n)</numerusform>
            <numerusform>Needs location (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/territory.py" line="281"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="407"/>
        <source>%n call(s), in route order</source>
        <translation>
            <numerusform>%n call, in route order</numerusform>
            <numerusform>%n calls, in route order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="416"/>
        <source>Overdue: the call ended more than %n day(s) ago</source>
        <translation>
            <numerusform>Overdue: the call ended more than %n day ago</numerusform>
            <numerusform>Overdue: the call ended more than %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="432"/>
        <source>%n call(s) without a debrief, oldest first</source>
        <translation>
            <numerusform>%n call without a debrief, oldest first</numerusform>
            <numerusform>%n calls without a debrief, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="441"/>
        <source>Overdue: waiting more than %n day(s)</source>
        <translation>
            <numerusform>Overdue: waiting more than %n day</numerusform>
            <numerusform>Overdue: waiting more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="453"/>
        <source>%n debrief(s) waiting, longest first</source>
        <translation>
            <numerusform>%n debrief waiting, longest first</numerusform>
            <numerusform>%n debriefs waiting, longest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/today.py" line="472"/>
        <source>%n open task(s), overdue or due this week</source>
        <translation>
            <numerusform>%n open task, overdue or due this week</numerusform>
            <numerusform>%n open tasks, overdue or due this week</numerusform>
        </translation>
    </message>
</context>
</TS>
