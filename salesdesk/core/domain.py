"""Vocabulary of the sales domain: roles, processes and the fixed value lists.

Values are stored as short strings (not database enums) so a later issue can add one
without a table rebuild. Labels shown to users are translated in ui/, not here.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FIELD_REP = "field_rep"
    INSIDE_REP = "inside_rep"
    ACCOUNT_MANAGER = "account_manager"
    SALES_MANAGER = "sales_manager"


class Process(StrEnum):
    """The views of the main window, in navigation order. TODAY is always shown."""

    TODAY = "today"
    CALLS = "calls"
    LEADS = "leads"
    DEALS = "deals"
    ACCOUNTS = "accounts"
    TERRITORY = "territory"
    AUTOMATION = "automation"


ALWAYS_VISIBLE = frozenset({Process.TODAY})

DEFAULT_ROLE_PROCESSES: dict[Role, tuple[Process, ...]] = {
    # A field rep owns accounts until the handoff: the Accounts view is where the
    # briefing for the account manager is written.
    Role.FIELD_REP: (
        Process.TODAY,
        Process.CALLS,
        Process.LEADS,
        Process.DEALS,
        Process.ACCOUNTS,
        Process.TERRITORY,
        Process.AUTOMATION,
    ),
    Role.INSIDE_REP: (
        Process.TODAY,
        Process.CALLS,
        Process.LEADS,
        Process.DEALS,
        Process.AUTOMATION,
    ),
    Role.ACCOUNT_MANAGER: (
        Process.TODAY,
        Process.CALLS,
        Process.DEALS,
        Process.ACCOUNTS,
        Process.AUTOMATION,
    ),
    Role.SALES_MANAGER: tuple(Process),
}


class AccountKind(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"


class AttentionLevel(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"  # phone only


class GeocodePrecision(StrEnum):
    ROOFTOP = "rooftop"
    STREET = "street"
    POSTCODE = "postcode"
    CITY = "city"
    MANUAL = "manual"
    NONE = "none"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    CHAMPION = "champion"
    BLOCKER = "blocker"
    USER = "user"
    GATEKEEPER = "gatekeeper"


class LeadStatus(StrEnum):
    NEW = "new"
    WORKING = "working"
    QUALIFIED = "qualified"
    DISQUALIFIED = "disqualified"


class DealKind(StrEnum):
    NEW_BUSINESS = "new_business"
    CROSS_SELL = "cross_sell"
    UPSELL = "upsell"
    RENEWAL = "renewal"


class ForecastCategory(StrEnum):
    """Where an open deal counts in the forecast (a closed one is won or lost)."""

    PIPELINE = "pipeline"
    BEST_CASE = "best_case"
    COMMIT = "commit"
    OMITTED = "omitted"


class CallType(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    VIDEO = "video"


class CallStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CallStage(StrEnum):
    """Where a call is in the loop, as lists show and filter it (derived, not stored)."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"  # checked out, debrief due
    DEBRIEFED = "debriefed"
    REVIEWED = "reviewed"
    CANCELLED = "cancelled"


class ReviewStatus(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    REVIEWED = "reviewed"


class Channel(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    EMAIL = "email"
    VIDEO = "video"
    EVENT = "event"


class HandoffStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    QUESTIONS = "questions"
    ACCEPTED = "accepted"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class TimeSource(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"
