"""Why a plan or handoff action was refused, and which part of the form to point at."""

from __future__ import annotations

from ..errors import SalesDeskError


class PlanInputError(SalesDeskError):
    """Bad input for an account plan or a handoff. `field` names the form field the
    message belongs to ("actions", "stakeholders", "recipient", "insights"...); `row` is
    the row of a table field (actions, stakeholders) when one row is at fault."""

    def __init__(self, field: str, template: str, row: int | None = None, **params: object):
        self.field = field
        self.row = row
        super().__init__(template, **params)
