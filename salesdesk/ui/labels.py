"""Translated names, descriptions and icons for the domain's values.

core/ stores plain values; every word a user reads is produced here through Qt's
translation functions, so a .ts file can carry the whole UI (Persian is planned).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.domain import Process, Role


def process_title(p: Process) -> str:
    return {
        Process.TODAY: QCoreApplication.translate("Labels", "Today"),
        Process.CALLS: QCoreApplication.translate("Labels", "Calls"),
        Process.LEADS: QCoreApplication.translate("Labels", "Leads"),
        Process.DEALS: QCoreApplication.translate("Labels", "Deals"),
        Process.ACCOUNTS: QCoreApplication.translate("Labels", "Accounts"),
        Process.TERRITORY: QCoreApplication.translate("Labels", "Territory"),
        Process.AUTOMATION: QCoreApplication.translate("Labels", "Reports & automation"),
    }[p]


def process_description(p: Process) -> str:
    return {
        Process.TODAY: QCoreApplication.translate(
            "Labels", "Your calls, tasks and month at a glance."
        ),
        Process.CALLS: QCoreApplication.translate(
            "Labels",
            "Plan each call (objective, questions, expected objections with prepared answers), "
            "check in and out, write the debrief, and get feedback from a peer or manager. "
            "Unasked questions and unresolved objections carry into the next plan.",
        ),
        Process.LEADS: QCoreApplication.translate(
            "Labels",
            "Qualify leads with the same criteria every time: profile fit, decision maker, "
            "budget, need and timing. Qualifying creates the account, contact and opportunity.",
        ),
        Process.DEALS: QCoreApplication.translate(
            "Labels",
            "Opportunity plans, the pipeline board with stage history, the touches and "
            "tactics that move deals, and the weekly position against the monthly quota.",
        ),
        Process.ACCOUNTS: QCoreApplication.translate(
            "Labels",
            "Account plans for key customers, the handoff briefing from rep to account "
            "manager, and account plans exported as PDF.",
        ),
        Process.TERRITORY: QCoreApplication.translate(
            "Labels",
            "Customers ranked by potential value, attention levels, a call pattern over a "
            "four-week cycle and optimised daily routes, on a map that works offline.",
        ),
        Process.AUTOMATION: QCoreApplication.translate(
            "Labels", "Time audit, reports with charts and exports, email templates and proposals."
        ),
    }[p]


PROCESS_ICONS = {
    Process.TODAY: "mdi6.calendar-today",
    Process.CALLS: "mdi6.phone-in-talk",
    Process.LEADS: "mdi6.account-search",
    Process.DEALS: "mdi6.handshake",
    Process.ACCOUNTS: "mdi6.domain",
    Process.TERRITORY: "mdi6.map-marker-radius",
    Process.AUTOMATION: "mdi6.chart-box-outline",
}


def role_title(r: Role | str) -> str:
    return {
        Role.FIELD_REP: QCoreApplication.translate("Labels", "Field rep"),
        Role.INSIDE_REP: QCoreApplication.translate("Labels", "Inside rep"),
        Role.ACCOUNT_MANAGER: QCoreApplication.translate("Labels", "Account manager"),
        Role.SALES_MANAGER: QCoreApplication.translate("Labels", "Sales manager"),
    }[Role(r)]


def call_type_title(value: str) -> str:
    return {
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "video": QCoreApplication.translate("Labels", "Video"),
    }.get(value, value)


CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(value: float, currency: str = "GBP", locale: QLocale | None = None) -> str:
    """A whole amount in the user's number format."""
    loc = locale or QLocale()
    return loc.toCurrencyString(float(value), CURRENCY_SYMBOLS.get(currency, currency), 0)


def call_stage_title(value: str) -> str:
    """Where a call is in the loop (core.domain.CallStage), as lists and the call show it."""
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done – debrief due"),
        "debriefed": QCoreApplication.translate("Labels", "Debriefed"),
        "reviewed": QCoreApplication.translate("Labels", "Reviewed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(str(value), str(value))
