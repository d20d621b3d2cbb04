"""Automatic record creation rules (issue 9): "when X happens, create Y".

The registry names every rule the app knows, with its translatable label and
description, whether it is on by default and its parameters. What a sales manager
changed is kept in one setting (SETTING_KEY, {key: {"enabled": bool, **params}}); the
places where a rule fires ask `enabled(session, key)` inside their own transaction:

- debrief_next_step: calls/debrief.py (a next step marked task/call makes one)
- deal_won_handoff: plans/handoffs.on_deal_won (a won deal starts a handoff draft; the
  account plan follows when the account manager accepts it)
- lead_qualified: leads/qualify.py (qualifying creates or links account, contact, deal)
- a_account_no_visit: run_no_visit_rule here (at start-up and `salesdesk rules run`)
- proposal_sent: deals/transitions.py (a deal's first proposal marked sent moves the
  open deal forward to the Proposal stage)

Every record a rule makes says so in its `created_by_rule` (handoffs have no such
column: the ones a won deal started are the ones linked to a deal; the proposal rule's
moves are the stage changes whose reason is PROPOSAL_SENT_REASON).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import CallStatus, CallType
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call, Contact, Handoff, Opportunity, StageChange, Task
from ..workspace import get_setting, set_setting

SETTING_KEY = "automation_rules"

DEBRIEF_NEXT_STEP = "debrief_next_step"  # = calls.debrief.FOLLOW_UP_RULE
DEAL_WON = "deal_won_handoff"
LEAD_QUALIFIED = "lead_qualified"  # = leads.qualify.RULE
NO_VISIT = "a_account_no_visit"
PROPOSAL_SENT = "proposal_sent"
# The stage change's reason for the rule's moves (stored data, in English).
PROPOSAL_SENT_REASON = "Rule: proposal sent"

NO_VISIT_LEVEL = "A"


class RuleSettingsError(SalesDeskError):
    pass


@dataclass(frozen=True)
class Rule:
    key: str
    label: str  # QT_TRANSLATE_NOOP("Rules", ...): translate with context "Rules"
    description: str
    default_on: bool = True
    params: dict[str, int] = field(default_factory=dict)  # name -> default
    limits: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (min, max)


RULES: tuple[Rule, ...] = (
    Rule(
        DEBRIEF_NEXT_STEP,
        QT_TRANSLATE_NOOP("Rules", "Debrief next step → follow-up"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "A next step marked “create a task” or “plan a call” in a debrief creates "
            "that task or call. When off, next steps are kept as notes only.",
        ),
    ),
    Rule(
        DEAL_WON,
        QT_TRANSLATE_NOOP("Rules", "Deal won → handoff briefing"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Winning a deal on an account without an account manager starts a handoff "
            "briefing draft; the account plan follows when the account manager accepts it.",
        ),
    ),
    Rule(
        LEAD_QUALIFIED,
        QT_TRANSLATE_NOOP("Rules", "Qualified lead → account, contact, deal"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Qualifying a lead creates (or links) its account, contact and opportunity. "
            "When off, the lead is only marked qualified with its answers and score.",
        ),
    ),
    Rule(
        NO_VISIT,
        QT_TRANSLATE_NOOP("Rules", "No visit to an A account → task"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "An A account without a completed visit in the last N days gets one open "
            "task for its owner to plan a visit.",
        ),
        params={"days": 30},
        limits={"days": (1, 365)},
    ),
    Rule(
        PROPOSAL_SENT,
        QT_TRANSLATE_NOOP("Rules", "Proposal sent → deal to Proposal stage"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Marking a deal's first proposal sent moves the open deal forward to the "
            "stage called Proposal (or to the next open stage if there is none); revised "
            "versions sent later leave the deal where it is. Never backwards, and never "
            "a won or lost deal; the deal's history names the rule.",
        ),
    ),
)

_BY_KEY = {r.key: r for r in RULES}


def rule(key: str) -> Rule:
    if key not in _BY_KEY:
        raise RuleSettingsError(
            QT_TRANSLATE_NOOP("Errors", "There is no automation rule {key}."), key=key
        )
    return _BY_KEY[key]


def rule_settings(session: Session) -> dict[str, dict]:
    """{key: {"enabled": bool, **params}} for every rule: the defaults where nothing (or
    something unusable) is stored."""
    stored = get_setting(session, SETTING_KEY) or {}
    if not isinstance(stored, dict):
        stored = {}
    out: dict[str, dict] = {}
    for r in RULES:
        saved = stored.get(r.key) if isinstance(stored.get(r.key), dict) else {}
        on = saved.get("enabled", r.default_on)
        values: dict = {"enabled": on if isinstance(on, bool) else r.default_on}
        for name, default in r.params.items():
            value = saved.get(name, default)
            low, high = r.limits.get(name, (None, None))
            ok = isinstance(value, int) and not isinstance(value, bool)
            ok = ok and (low is None or low <= value <= high)
            values[name] = value if ok else default
        out[r.key] = values
    return out


def enabled(session: Session, key: str) -> bool:
    return bool(rule_settings(session)[rule(key).key]["enabled"])


def validate_rule_settings(
    current: Mapping[str, dict], changes: Mapping[str, Mapping]
) -> dict[str, dict]:
    """`current` with `changes` applied; unknown rules or parameters and values out of
    range are refused."""
    merged = {k: dict(v) for k, v in current.items()}
    for key, change in changes.items():
        r = rule(key)
        if not isinstance(change, Mapping):
            raise RuleSettingsError(
                QT_TRANSLATE_NOOP("Errors", "The settings of rule {key} are not readable."),
                key=key,
            )
        for name, value in change.items():
            if name == "enabled":
                if not isinstance(value, bool):
                    raise RuleSettingsError(
                        QT_TRANSLATE_NOOP("Errors", "Switch rule {key} on or off."), key=key
                    )
            elif name in r.params:
                low, high = r.limits.get(name, (None, None))
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int)
                    or (low is not None and not low <= value <= high)
                ):
                    raise RuleSettingsError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} of rule {key} must be a whole number from {low} to {high}.",
                        ),
                        name=name,
                        key=key,
                        low=low,
                        high=high,
                    )
            else:
                raise RuleSettingsError(
                    QT_TRANSLATE_NOOP("Errors", "Rule {key} has no setting {name}."),
                    key=key,
                    name=name,
                )
            merged[key][name] = value
    return merged


def save_rule_settings(db: Database, changes: Mapping[str, Mapping]) -> dict[str, dict]:
    """Apply `changes` ({key: {"enabled": bool, **params}}, any subset) in one
    transaction; the whole change is refused if one part is invalid."""
    with db.write() as s:
        merged = validate_rule_settings(rule_settings(s), changes)
        set_setting(s, SETTING_KEY, merged)
        return merged


def rule_counts(session: Session) -> dict[str, int]:
    """How many live records each rule has made so far."""
    counts = dict.fromkeys(_BY_KEY, 0)
    for model in (Task, Call, Account, Contact, Opportunity):
        rows = session.execute(
            select(model.created_by_rule, func.count())
            .where(model.created_by_rule.is_not(None), model.deleted_at.is_(None))
            .group_by(model.created_by_rule)
        ).all()
        for key, n in rows:
            if key in counts:
                counts[key] += n
    counts[DEAL_WON] = (
        session.scalar(
            select(func.count())
            .select_from(Handoff)
            .where(Handoff.opportunity_id.is_not(None), Handoff.deleted_at.is_(None))
        )
        or 0
    )
    counts[PROPOSAL_SENT] = (
        session.scalar(
            select(func.count())
            .select_from(StageChange)
            .where(
                StageChange.reason == PROPOSAL_SENT_REASON,
                StageChange.deleted_at.is_(None),
            )
        )
        or 0
    )
    return counts


def no_visit_title(account_name: str, days: int) -> str:
    # Stored data, like every record's title: written in English, as the demo's are.
    return f"Visit {account_name}: no visit for {days} days"[:300]


def run_no_visit_rule(
    db: Database, today: date | None = None, user_id: uuid.UUID | None = None
) -> int:
    """One open task per A account with no completed visit in the last N days, owned by
    the account's owner (else `user_id`), due today; none while an earlier one from this
    rule is still open. One transaction; 0 when the rule is off."""
    today = today or date.today()
    # Read first, write only what is due: the write lock is held for the inserts alone
    # (it runs at every start, beside the window's own saves).
    with db.read() as s:
        settings = rule_settings(s)[NO_VISIT]
        if not settings["enabled"]:
            return 0
        days = settings["days"]
        rows = s.execute(_due_accounts(today, days)).all()
    if not rows:
        return 0
    with db.write() as s:
        # Another start may have made some meanwhile: never two open tasks.
        taken = set()
        ids = [account_id for account_id, _name, _owner in rows]
        for start in range(0, len(ids), 900):
            taken.update(
                s.scalars(_open_rule_tasks().where(Task.account_id.in_(ids[start : start + 900])))
            )
        due = [row for row in rows if row[0] not in taken]
        s.add_all(
            Task(
                title=no_visit_title(name, days),
                due_date=today,
                owner_id=owner_id or user_id,
                account_id=account_id,
                created_by_rule=NO_VISIT,
            )
            for account_id, name, owner_id in due
        )
        return len(due)


def _open_rule_tasks():
    return select(Task.account_id).where(
        Task.created_by_rule == NO_VISIT,
        Task.done_at.is_(None),
        Task.deleted_at.is_(None),
        Task.account_id.is_not(None),
    )


def _due_accounts(today: date, days: int):
    """A accounts with no done visit since `days` ago and no open task from the rule. Both
    sets are read once (NOT IN a subquery), not checked account by account: a correlated
    check over the tasks took 16 s on 100,000 accounts."""
    since = datetime.combine(today - timedelta(days=days), datetime.min.time())
    visited = select(Call.account_id).where(
        Call.deleted_at.is_(None),
        Call.call_type == CallType.VISIT,
        Call.status == CallStatus.DONE,
        Call.account_id.is_not(None),
        func.coalesce(Call.checked_out_at, Call.checked_in_at, Call.planned_start) >= since,
    )
    return select(Account.id, Account.name, Account.owner_id).where(
        Account.attention_level == NO_VISIT_LEVEL,
        Account.deleted_at.is_(None),
        Account.id.not_in(visited),
        Account.id.not_in(_open_rule_tasks()),
    )
