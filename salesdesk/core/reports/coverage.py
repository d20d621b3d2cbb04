"""Territory coverage: per attention level, the accounts, the visits planned in the
period and those done, and how many accounts were visited at least once.

Accounts: live accounts of the filter's territory owned by its reps, by their stored
attention level (territory.attention sets it; A, B, C, D, then none). Visits: visit
calls on those accounts, by anyone, planned to start in the period; planned counts every
one of them, a cancelled visit too (it was planned and not done), done those held.
"""

from __future__ import annotations

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from ..domain import AttentionLevel, CallStatus, CallType
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call
from .base import Chart, Column, Kind, Note, Report, ReportFilter
from .period import account_conditions, bounds, owned_by, ratio

TITLE = QT_TRANSLATE_NOOP("Reports", "Territory coverage")
NONE = "none"  # accounts without an attention level
NO_LEVEL = QT_TRANSLATE_NOOP("Reports", "No level")  # how that row reads
COLUMNS = (
    Column("level", QT_TRANSLATE_NOOP("Reports", "Attention level")),
    Column("accounts", QT_TRANSLATE_NOOP("Reports", "Accounts"), Kind.INT),
    Column("planned", QT_TRANSLATE_NOOP("Reports", "Visits planned"), Kind.INT),
    Column("done", QT_TRANSLATE_NOOP("Reports", "Visits done"), Kind.INT),
    Column("done_rate", QT_TRANSLATE_NOOP("Reports", "Done of planned"), Kind.PERCENT),
    Column("visited", QT_TRANSLATE_NOOP("Reports", "Accounts visited"), Kind.INT),
    Column("visited_share", QT_TRANSLATE_NOOP("Reports", "Share visited"), Kind.PERCENT),
)
CHART = Chart("level", ("planned", "done"))
LEVELS = (*(str(level) for level in AttentionLevel), NONE)


def build_coverage(s: Session, flt: ReportFilter) -> Report:
    level = func.coalesce(Account.attention_level, literal(NONE))
    mine = [*account_conditions(flt), *owned_by(Account.owner_id, flt)]
    accounts = dict(s.execute(select(level, func.count()).where(*mine).group_by(level)).all())
    start, end = bounds(flt)
    done = Call.status == CallStatus.DONE
    visits = {
        row[0]: row[1:]
        for row in s.execute(
            select(
                level,
                func.count(),
                func.sum(case((done, 1), else_=0)),
                func.count(func.distinct(case((done, Call.account_id), else_=None))),
            )
            .join(Account, Account.id == Call.account_id)
            .where(
                *mine,
                Call.deleted_at.is_(None),
                Call.call_type == CallType.VISIT,
                Call.planned_start >= start,
                Call.planned_start < end,
            )
            .group_by(level)
        )
    }
    rows = []
    shown = [lv for lv in LEVELS if lv in accounts or lv in visits or lv != NONE]
    shown += sorted(k for k in accounts if k not in LEVELS)  # a level no longer offered
    for lv in shown:
        n = int(accounts.get(lv, 0))
        planned, held, visited = (int(v or 0) for v in visits.get(lv, (0, 0, 0)))
        rows.append(
            (
                NO_LEVEL if lv == NONE else lv,
                n,
                planned,
                held,
                ratio(held, planned),
                visited,
                ratio(visited, n),
            )
        )
    notes = []
    if any(r[2] == 0 or r[1] == 0 for r in rows):
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports", "A rate is left empty where no visits were planned or no accounts."
                )
            )
        )
    if not accounts:
        rows = []
    return Report(
        "coverage",
        TITLE,
        COLUMNS,
        rows,
        CHART,
        notes if rows else [],
        labels=frozenset({"level"}),
    )
