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
        <location filename="../../salesdesk/ui/views/call_list.py" line="367"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="85"/>
        <source>Closed %n d ago</source>
        <translation>
            <numerusform>Closed %n d ago</numerusform>
            <numerusform>Closed %n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="87"/>
        <source>Stalled · %n d</source>
        <translation>
            <numerusform>Stalled · %n d</numerusform>
            <numerusform>Stalled · %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/card_delegate.py" line="88"/>
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="225"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/dialogs/import_wizard.py" line="226"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/deal_panel.py" line="155"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
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
        <location filename="../../salesdesk/ui/dialogs/import_pages.py" line="263"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="312"/>
        <source>You now manage %1. The account plan was started with %n action(s).</source>
        <translation>
            <numerusform>You now manage %1. The account plan was started with %n action.</numerusform>
            <numerusform>You now manage %1. The account plan was started with %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/handoff_panel.py" line="318"/>
        <source>You now manage %1. The account plan got %n new action(s).</source>
        <translation>
            <numerusform>You now manage %1. The account plan got %n new action.</numerusform>
            <numerusform>You now manage %1. The account plan got %n new actions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="126"/>
        <source>%n stage change(s)</source>
        <translation>
            <numerusform>%n stage change</numerusform>
            <numerusform>%n stage changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/history_panel.py" line="128"/>
        <source>%n backwards</source>
        <translation>
            <numerusform>%n backwards</numerusform>
            <numerusform>%n backwards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadAnalyticsPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="140"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="140"/>
        <source>%n decided</source>
        <translation>
            <numerusform>%n decided</numerusform>
            <numerusform>%n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/leads/analytics.py" line="180"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadListPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/lead_list.py" line="272"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/stage_editor.py" line="83"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/proposal_dialog.py" line="104"/>
        <source>%n line(s) from the deal&apos;s Lines tab.</source>
        <translation>
            <numerusform>%n line from the deal&apos;s Lines tab.</numerusform>
            <numerusform>%n lines from the deal&apos;s Lines tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="166"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/accounts/overview_panel.py" line="170"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board.py" line="258"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/proposals_panel.py" line="170"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaDashboard</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="366"/>
        <source>Snapshot stored for %n rep(s).</source>
        <translation>
            <numerusform>Snapshot stored for %n rep.</numerusform>
            <numerusform>Snapshot stored for %n reps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="391"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="554"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="398"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="424"/>
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="432"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="408"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="467"/>
        <source>%n won deal(s)</source>
        <translation>
            <numerusform>%n won deal</numerusform>
            <numerusform>%n won deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="495"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="497"/>
        <source>%n week(s) left</source>
        <translation>
            <numerusform>%n week left</numerusform>
            <numerusform>%n weeks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/dashboard.py" line="524"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board_column.py" line="201"/>
        <source>Stalled after %n days in the stage</source>
        <translation>
            <numerusform>Stalled after %n days in the stage</numerusform>
            <numerusform>Stalled after %n days in the stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/board_column.py" line="210"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
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
<context>
    <name>TouchesPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="174"/>
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n touch(es)</numerusform>
            <numerusform>%n touch(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/deals/touches_panel.py" line="175"/>
        <source>, %n from calls</source>
        <translation>
            <numerusform>, %n from calls</numerusform>
            <numerusform>, %n from calls</numerusform>
        </translation>
    </message>
</context>
</TS>
