"""What the reports share about a filter: the period as stored times, its weeks, and the
rep and territory conditions.

Stored times are naive UTC; a period is local calendar days (today.utc_start_of), so a
period runs from the UTC moment of its first local midnight to that of the day after
its last. Weeks start on Monday (deals.common.week_start); a period's weeks are the
Mondays from the one on or before its first day, each clipped to the period.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

from sqlalchemy import case, literal
from sqlalchemy.sql.elements import ColumnElement

from ..deals.common import week_start
from ..deals.quota import unindexed
from ..models import Account
from ..today import utc_start_of
from .base import ReportFilter


def bounds(flt: ReportFilter) -> tuple[datetime, datetime]:
    """The period as naive UTC [start, end)."""
    return utc_start_of(flt.start), utc_start_of(flt.end + timedelta(days=1))


def weeks(flt: ReportFilter) -> list[date]:
    """The Mondays of the weeks that touch the period, first to last."""
    monday, found = week_start(flt.start), []
    while monday <= flt.end:
        found.append(monday)
        monday += timedelta(days=7)
    return found


def week_index(column, flt: ReportFilter) -> ColumnElement[int]:
    """SQL: the index in weeks(flt) of the week a stored time falls in (its local day),
    for times inside the period."""
    starts = [utc_start_of(max(m, flt.start)) for m in weeks(flt)]
    return case(
        *[(column >= b, literal(i)) for i, b in reversed(list(enumerate(starts)))],
        else_=literal(0),
    )


def account_conditions(flt: ReportFilter, account=Account) -> list[ColumnElement[bool]]:
    """Live accounts of the filter's territory (any when none)."""
    found = [account.deleted_at.is_(None)]
    if flt.territory_id is not None:
        found.append(account.territory_id == flt.territory_id)
    return found


def owned_by(column, flt: ReportFilter) -> list[ColumnElement[bool]]:
    """`column` is one of the filter's reps (any when none). For several reps (a team
    owns most rows) the owner index is kept out of it, as deals.quota.unindexed explains:
    a pass over the table, or the period's index, beats a random read per row."""
    if flt.rep_ids is None:
        return []
    if len(flt.rep_ids) == 1:
        return [column == flt.rep_ids[0]]
    return [unindexed(column).in_(list(flt.rep_ids))]


def ratio(hits: int | float, n: int | float) -> float | None:
    """hits / n, None when there is nothing to divide by."""
    return hits / n if n else None


class InSession:
    """A Database stand-in whose read() is the report's own session, so a core function
    that takes a Database reads inside run_report's one read transaction."""

    def __init__(self, session) -> None:
        self._session = session

    @contextlib.contextmanager
    def read(self):
        yield self._session
