"""Translated names for account management: action and handoff statuses, the parts of a
plan as its history names them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.domain import ActionStatus, HandoffStatus
from ...core.plans.history import SEP
from ..messages import arg


def action_status_title(value: str) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("AccountLabels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("AccountLabels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("AccountLabels", "Done"),
    }.get(value, value)


def handoff_status_title(value: str) -> str:
    return {
        HandoffStatus.DRAFT: QCoreApplication.translate("AccountLabels", "Draft"),
        HandoffStatus.SENT: QCoreApplication.translate("AccountLabels", "Sent"),
        HandoffStatus.QUESTIONS: QCoreApplication.translate("AccountLabels", "Questions"),
        HandoffStatus.ACCEPTED: QCoreApplication.translate("AccountLabels", "Accepted"),
    }.get(value, value)


def history_field_title(entity: str, field: str) -> str:
    """What a plan history row changed, e.g. "Risks" or "Action: Site survey"."""
    kind, _, name = field.partition(":")
    if name and kind == "action":
        return arg(QCoreApplication.translate("AccountLabels", "Action: %1"), name)
    if name and kind == "stakeholder":
        return arg(QCoreApplication.translate("AccountLabels", "Stakeholder: %1"), name)
    return {
        "plan": QCoreApplication.translate("AccountLabels", "Account plan"),
        "relationship_goals": QCoreApplication.translate("AccountLabels", "Relationship goals"),
        "customer_needs": QCoreApplication.translate("AccountLabels", "Customer needs"),
        "whitespace": QCoreApplication.translate("AccountLabels", "Whitespace"),
        "risks": QCoreApplication.translate("AccountLabels", "Risks"),
        "review_date": QCoreApplication.translate("AccountLabels", "Review date"),
        "owner": QCoreApplication.translate("AccountLabels", "Plan owner"),
        "account_owner": QCoreApplication.translate("AccountLabels", "Account owner"),
        "account_manager": QCoreApplication.translate("AccountLabels", "Account manager"),
    }.get(field, field)


def history_value(value: str | None) -> str:
    """A logged value for display: "created" and action statuses translated, the rest as
    typed (one line)."""
    if value is None:
        return ""
    if value == "created":
        return QCoreApplication.translate("AccountLabels", "started")
    parts = [action_status_title(p) for p in value.split(SEP)]
    return " ".join(SEP.join(parts).split())
