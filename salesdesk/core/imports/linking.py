"""Contacts and deals linked to what the database holds: their account (by the source's
company id, else the exact name of one live account), a deal's primary contact and its
pipeline stage. A contact whose company is not found is kept without an account (a
warning); a deal needs an account, so that is a row error.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import QT_TRANSLATE_NOOP
from .mapping import RecordType
from .rows import CellProblem, RowValues
from .store import Links
from .values import Problem

HeaderOf = Callable[[str], "str | None"]  # the file's column for a field key

DEAL_ACCOUNT = {
    "ambiguous": QT_TRANSLATE_NOOP("Errors", "more than one account is named {name}"),
    "unknown": QT_TRANSLATE_NOOP("Errors", "no account with record ID {id} or name {name}"),
    "missing": QT_TRANSLATE_NOOP("Errors", "a deal needs an account"),
}
CONTACT_ACCOUNT = {
    "ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "more than one account is named {name}; the contact is kept without one"
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "no account with record ID {id} or name {name}; the contact is kept without one",
    ),
}


def link_account(
    row: RowValues, links: Links, columns: dict, record_type: RecordType, header_of: HeaderOf
) -> None:
    """Set the account of a contact or deal; a problem on the row when it is not found."""
    sid, name = row.values.get("account_source_id"), row.values.get("account_name")
    account_id, why = links.account(sid, name)
    if account_id is not None:
        columns["account_id"] = account_id
        return
    if why == "missing" and record_type is RecordType.CONTACTS:
        return
    deal = record_type is RecordType.DEALS
    template = (DEAL_ACCOUNT if deal else CONTACT_ACCOUNT)[why]
    column = "account_source_id" if sid else "account_name"
    header = header_of(column)
    problem = Problem(template, {"id": sid or "", "name": name or ""}, warning=not deal)
    row.problems.append(CellProblem(header, str(sid or name or ""), problem))


def link_deal(row: RowValues, links: Links, columns: dict, header_of: HeaderOf) -> None:
    """A deal's primary contact (a warning when not found) and its pipeline stage."""
    sid, email = row.values.get("contact_source_id"), row.values.get("contact_email")
    if sid or email:
        contact_id = links.contact(sid, email)
        if contact_id is None:
            problem = Problem(
                QT_TRANSLATE_NOOP("Errors", "no contact {contact}; the deal is kept without"),
                {"contact": sid or email},
                warning=True,
            )
            header = header_of("contact_source_id" if sid else "contact_email")
            row.problems.append(CellProblem(header, str(sid or email), problem))
        else:
            columns["primary_contact_id"] = contact_id
    stage_text = row.values.get("stage")
    stage = links.stage(stage_text)
    if stage is None and stage_text:
        problem = Problem(
            QT_TRANSLATE_NOOP("Errors", "no pipeline stage {stage}; the first stage is used"),
            {"stage": stage_text},
            warning=True,
        )
        row.problems.append(CellProblem(header_of("stage"), str(stage_text), problem))
    if stage is not None:
        columns["stage_id"] = stage.id
        columns["_stage"] = stage
    elif links.first_open is None:
        problem = Problem(QT_TRANSLATE_NOOP("Errors", "the database has no pipeline stages"))
        row.problems.append(CellProblem(None, "", problem))
    else:
        columns["_stage"] = links.first_open
