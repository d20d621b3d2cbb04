<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountListPanel</name>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/account_list.py" line="111"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
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
        <location filename="../../salesdesk/ui/views/territory.py" line="275"/>
        <source>Needs location (%n)</source>
        <translation>
            <numerusform>Needs location (%n)</numerusform>
            <numerusform>Needs location (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesdesk/ui/views/territory.py" line="276"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
