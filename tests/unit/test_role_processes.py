from salesdesk.core.domain import DEFAULT_ROLE_PROCESSES, Process, Role
from salesdesk.core.workspace import _mapping_from


def test_defaults_follow_the_design():
    assert Process.TERRITORY not in DEFAULT_ROLE_PROCESSES[Role.INSIDE_REP]
    assert Process.ACCOUNTS in DEFAULT_ROLE_PROCESSES[Role.FIELD_REP]  # handoff briefings
    assert Process.ACCOUNTS in DEFAULT_ROLE_PROCESSES[Role.ACCOUNT_MANAGER]
    assert set(DEFAULT_ROLE_PROCESSES[Role.SALES_MANAGER]) == set(Process)


def test_stored_mapping_keeps_today_and_navigation_order_and_ignores_junk():
    mapping = _mapping_from({"inside_rep": ["deals", "calls", "bogus"], "nobody": ["calls"]})
    assert mapping[Role.INSIDE_REP] == (Process.TODAY, Process.CALLS, Process.DEALS)
    assert mapping[Role.FIELD_REP] == DEFAULT_ROLE_PROCESSES[Role.FIELD_REP]


def test_garbage_setting_falls_back_to_defaults():
    assert _mapping_from("not a dict") == DEFAULT_ROLE_PROCESSES
