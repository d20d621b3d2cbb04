"""The documents' wording, marked for Qt's translation tools, and value formatting.

Every string a PDF shows is here as QT_TRANSLATE_NOOP("Pdf", ...); the documents take a
`translate(text) -> text` callable (identity in the CLI, Qt's translator in the window)
and fill {named} fields after translating.
"""

from __future__ import annotations

from datetime import date

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.territory.explain import CURRENCY_SYMBOLS

ACCOUNT_PLAN = QT_TRANSLATE_NOOP("Pdf", "Account plan")
TERRITORY_BOOK = QT_TRANSLATE_NOOP("Pdf", "Territory book")
PAGE_OF = QT_TRANSLATE_NOOP("Pdf", "Page {page} of {total}")
PREPARED_ON = QT_TRANSLATE_NOOP("Pdf", "Prepared {date}")
PREPARED_FOR = QT_TRANSLATE_NOOP("Pdf", "Prepared for")
PREPARED_BY = QT_TRANSLATE_NOOP("Pdf", "Prepared by")
DATE = QT_TRANSLATE_NOOP("Pdf", "Date")
PLAN_REVIEW = QT_TRANSLATE_NOOP("Pdf", "Plan review")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Pdf", "Confidential: for internal use only.")
KEY_FIGURES = QT_TRANSLATE_NOOP("Pdf", "Key figures")
REVENUE = QT_TRANSLATE_NOOP("Pdf", "Current revenue")
POTENTIAL = QT_TRANSLATE_NOOP("Pdf", "Estimated potential")
SHARE = QT_TRANSLATE_NOOP("Pdf", "Share of wallet")
PIPELINE = QT_TRANSLATE_NOOP("Pdf", "Open pipeline")
AT_A_GLANCE = QT_TRANSLATE_NOOP("Pdf", "The account")
OWNER = QT_TRANSLATE_NOOP("Pdf", "Owner")
ACCOUNT_MANAGER = QT_TRANSLATE_NOOP("Pdf", "Account manager")
TERRITORY = QT_TRANSLATE_NOOP("Pdf", "Territory")
INDUSTRY = QT_TRANSLATE_NOOP("Pdf", "Industry")
EMPLOYEES = QT_TRANSLATE_NOOP("Pdf", "Employees")
LOCATION = QT_TRANSLATE_NOOP("Pdf", "Location")
ATTENTION = QT_TRANSLATE_NOOP("Pdf", "Attention level")
PLAN_UPDATED = QT_TRANSLATE_NOOP("Pdf", "Plan last changed")
NO_LOCATION = QT_TRANSLATE_NOOP(
    "Pdf", "No map: this account has no location yet. Geocode its address to show it here."
)
NEARBY = QT_TRANSLATE_NOOP("Pdf", "Nearest accounts")
KM = QT_TRANSLATE_NOOP("Pdf", "{km} km")
MAP_CREDIT = QT_TRANSLATE_NOOP("Pdf", "Base map: Natural Earth")
NO_PLAN = QT_TRANSLATE_NOOP("Pdf", "No account plan yet")
NO_PLAN_NOTE = QT_TRANSLATE_NOOP(
    "Pdf",
    "Nobody has written a plan for this account. The figures, open deals and recent "
    "calls in this document come from its records.",
)
GOALS = QT_TRANSLATE_NOOP("Pdf", "Relationship goals")
NEEDS = QT_TRANSLATE_NOOP("Pdf", "Customer needs and goals")
WHITESPACE = QT_TRANSLATE_NOOP("Pdf", "Whitespace")
RISKS = QT_TRANSLATE_NOOP("Pdf", "Risks")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Pdf", "Not written yet.")
ACTIONS = QT_TRANSLATE_NOOP("Pdf", "Action plan")
ACTION = QT_TRANSLATE_NOOP("Pdf", "Action")
DUE = QT_TRANSLATE_NOOP("Pdf", "Due")
STATUS = QT_TRANSLATE_NOOP("Pdf", "Status")
NO_ACTIONS = QT_TRANSLATE_NOOP("Pdf", "No actions yet.")
STAKEHOLDERS = QT_TRANSLATE_NOOP("Pdf", "Stakeholders")
CONTACT = QT_TRANSLATE_NOOP("Pdf", "Contact")
JOB_TITLE = QT_TRANSLATE_NOOP("Pdf", "Job title")
ROLE = QT_TRANSLATE_NOOP("Pdf", "Role")
RELATIONSHIP = QT_TRANSLATE_NOOP("Pdf", "Relationship")
NO_STAKEHOLDERS = QT_TRANSLATE_NOOP("Pdf", "No stakeholders yet.")
OPEN_DEALS = QT_TRANSLATE_NOOP("Pdf", "Open deals")
DEAL = QT_TRANSLATE_NOOP("Pdf", "Deal")
STAGE = QT_TRANSLATE_NOOP("Pdf", "Stage")
AMOUNT = QT_TRANSLATE_NOOP("Pdf", "Amount")
CLOSE_DATE = QT_TRANSLATE_NOOP("Pdf", "Close date")
TOTAL = QT_TRANSLATE_NOOP("Pdf", "Total")
NO_DEALS = QT_TRANSLATE_NOOP("Pdf", "No open deals.")
DEBRIEFS = QT_TRANSLATE_NOOP("Pdf", "Recent debriefs")
OUTCOME = QT_TRANSLATE_NOOP("Pdf", "Outcome")
WENT_WELL = QT_TRANSLATE_NOOP("Pdf", "What went well")
NEXT_STEPS = QT_TRANSLATE_NOOP("Pdf", "Next steps")
NO_DEBRIEFS = QT_TRANSLATE_NOOP("Pdf", "No debriefed calls yet.")
CONTENTS = QT_TRANSLATE_NOOP("Pdf", "Contents")
BOOK_FOR_REP = QT_TRANSLATE_NOOP("Pdf", "Key accounts of {name}")
BOOK_FOR_TERRITORY = QT_TRANSLATE_NOOP("Pdf", "Key accounts in {name}")
BOOK_FOR_ALL = QT_TRANSLATE_NOOP("Pdf", "All key accounts")
BOOK_COUNT = QT_TRANSLATE_NOOP("Pdf", "Accounts in this book: {count}")
BOOK_EMPTY = QT_TRANSLATE_NOOP("Pdf", "There are no accounts to show.")

STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Pdf", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Pdf", "In progress"),
    "done": QT_TRANSLATE_NOOP("Pdf", "Done"),
}
CALL_TYPES = {
    "visit": QT_TRANSLATE_NOOP("Pdf", "Visit"),
    "phone": QT_TRANSLATE_NOOP("Pdf", "Phone"),
    "video": QT_TRANSLATE_NOOP("Pdf", "Video"),
}
KINDS = {
    "customer": QT_TRANSLATE_NOOP("Pdf", "Customer"),
    "prospect": QT_TRANSLATE_NOOP("Pdf", "Prospect"),
}


def money(value: float, currency: str) -> str:
    """A whole amount with the currency's symbol (or code): £1,234,567."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.0f}"


def day(value: date | None) -> str:
    """A date as YYYY-MM-DD: unambiguous in every language the app speaks."""
    return value.isoformat() if value else "–"
