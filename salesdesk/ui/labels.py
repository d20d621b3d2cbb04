"""Translated names, descriptions and icons for the domain's values.

core/ stores plain values; every word a user reads is produced here through Qt's
translation functions, so a .ts file can carry the whole UI (Persian is planned).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.domain import Process, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def process_title(p: Process) -> str:
    return {
        Process.TODAY: _t("Today"),
        Process.CALLS: _t("Calls"),
        Process.LEADS: _t("Leads"),
        Process.DEALS: _t("Deals"),
        Process.ACCOUNTS: _t("Accounts"),
        Process.TERRITORY: _t("Territory"),
        Process.AUTOMATION: _t("Reports & automation"),
    }[p]


def process_description(p: Process) -> str:
    return {
        Process.TODAY: _t("Your calls, tasks and month at a glance."),
        Process.CALLS: _t(
            "Plan each call (objective, questions, expected objections with prepared answers), "
            "check in and out, write the debrief, and get feedback from a peer or manager. "
            "Unasked questions and unresolved objections carry into the next plan."
        ),
        Process.LEADS: _t(
            "Qualify leads with the same criteria every time: profile fit, decision maker, "
            "budget, need and timing. Qualifying creates the account, contact and opportunity."
        ),
        Process.DEALS: _t(
            "Opportunity plans, the pipeline board with stage history, the touches and "
            "tactics that move deals, and the weekly position against the monthly quota."
        ),
        Process.ACCOUNTS: _t(
            "Account plans for key customers, the handoff briefing from rep to account "
            "manager, and account plans exported as PDF."
        ),
        Process.TERRITORY: _t(
            "Customers ranked by potential value, attention levels, a call pattern over a "
            "four-week cycle and optimised daily routes, on a map that works offline."
        ),
        Process.AUTOMATION: _t(
            "Time audit, reports with charts and exports, email templates and proposals."
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
        Role.FIELD_REP: _t("Field rep"),
        Role.INSIDE_REP: _t("Inside rep"),
        Role.ACCOUNT_MANAGER: _t("Account manager"),
        Role.SALES_MANAGER: _t("Sales manager"),
    }[Role(r)]


def call_type_title(value: str) -> str:
    return {"visit": _t("Visit"), "phone": _t("Phone"), "video": _t("Video")}.get(value, value)


CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(value: float, currency: str = "GBP", locale: QLocale | None = None) -> str:
    """A whole amount in the user's number format; the C locale reads as en_GB."""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc.toCurrencyString(float(value), CURRENCY_SYMBOLS.get(currency, currency), 0)
