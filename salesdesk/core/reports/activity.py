"""Activities per week, and debrief and review rates.

Activities: calls held (status done) by the week of their planned start, split into
visits (face to face) and phone calls (phone and video); e-mails are touches logged with
the e-mail channel; other touches are those logged without a call that are not
e-mails (a debrief's touch belongs to its call and is not counted twice). Calls and
touches of the filter's reps (call owner, touch author) on live accounts of its
territory.

Debriefs: of the calls held in the period, how many were debriefed, the median hours
from the call's end (checked out, else its planned start plus its duration) to the
debrief, and how many debriefs a sales manager reviewed. Per rep, or per week when the
filter names one rep.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from ..domain import CallStatus, CallType, Channel, ReviewStatus, Role
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Call, Touch, User
from .base import Chart, Column, Kind, Note, Report, ReportFilter
from .period import account_conditions, bounds, owned_by, ratio, week_index, weeks

ACTIVITIES_TITLE = QT_TRANSLATE_NOOP("Reports", "Activities per week")
ACTIVITY_COLUMNS = (
    Column("week", QT_TRANSLATE_NOOP("Reports", "Week"), Kind.DATE),
    Column("calls", QT_TRANSLATE_NOOP("Reports", "Calls held"), Kind.INT),
    Column("visits", QT_TRANSLATE_NOOP("Reports", "Visits"), Kind.INT),
    Column("phone", QT_TRANSLATE_NOOP("Reports", "Phone calls"), Kind.INT),
    Column("emails", QT_TRANSLATE_NOOP("Reports", "E-mails"), Kind.INT),
    Column("other", QT_TRANSLATE_NOOP("Reports", "Other touches"), Kind.INT),
)
ACTIVITY_CHART = Chart("week", ("visits", "phone", "emails", "other"))

DEBRIEFS_TITLE = QT_TRANSLATE_NOOP("Reports", "Debrief and review rates")
_DEBRIEF_VALUES = (
    Column("held", QT_TRANSLATE_NOOP("Reports", "Calls held"), Kind.INT),
    Column("debriefed", QT_TRANSLATE_NOOP("Reports", "Debriefed"), Kind.INT),
    Column("debrief_rate", QT_TRANSLATE_NOOP("Reports", "Debrief rate"), Kind.PERCENT),
    Column("median_hours", QT_TRANSLATE_NOOP("Reports", "Median hours to debrief"), Kind.HOURS),
    Column("reviewed", QT_TRANSLATE_NOOP("Reports", "Reviewed by a manager"), Kind.INT),
    Column("review_rate", QT_TRANSLATE_NOOP("Reports", "Review rate"), Kind.PERCENT),
)
PER_REP = (Column("rep", QT_TRANSLATE_NOOP("Reports", "Rep")), *_DEBRIEF_VALUES)
PER_WEEK = (Column("week", QT_TRANSLATE_NOOP("Reports", "Week"), Kind.DATE), *_DEBRIEF_VALUES)


def _held_calls(flt: ReportFilter):
    start, end = bounds(flt)
    return [
        Call.deleted_at.is_(None),
        Call.status == CallStatus.DONE,
        Call.planned_start >= start,
        Call.planned_start < end,
        *owned_by(Call.owner_id, flt),
    ]


def build_activities(s: Session, flt: ReportFilter) -> Report:
    mondays = weeks(flt)
    counts = [[0, 0, 0, 0, 0] for _ in mondays]  # calls, visits, phone, emails, other
    week = week_index(Call.planned_start, flt)
    is_visit = Call.call_type == CallType.VISIT
    for w, visit, n in s.execute(
        select(week, is_visit, func.count())
        .join(Account, Account.id == Call.account_id)
        .where(*_held_calls(flt), *account_conditions(flt))
        .group_by(week, is_visit)
    ):
        counts[w][0] += n
        counts[w][1 if visit else 2] += n
    start, end = bounds(flt)
    week = week_index(Touch.occurred_at, flt)
    is_email = Touch.channel == Channel.EMAIL
    for w, email, n in s.execute(
        select(week, is_email, func.count())
        .join(Account, Account.id == Touch.account_id)
        .where(
            Touch.deleted_at.is_(None),
            Touch.call_id.is_(None),
            Touch.occurred_at >= start,
            Touch.occurred_at < end,
            *owned_by(Touch.user_id, flt),
            *account_conditions(flt),
        )
        .group_by(week, is_email)
    ):
        counts[w][3 if email else 4] += n
    rows = [(monday, *c) for monday, c in zip(mondays, counts, strict=True)]
    if not any(any(c) for c in counts):
        rows = []  # nothing happened: no rows, as every report
    return Report("activities", ACTIVITIES_TITLE, ACTIVITY_COLUMNS, rows, ACTIVITY_CHART)


def build_debriefs(s: Session, flt: ReportFilter) -> Report:
    one_rep = flt.rep_ids is not None and len(flt.rep_ids) == 1
    reviewer = aliased(User)
    ended = func.coalesce(
        func.julianday(Call.checked_out_at),
        func.julianday(Call.planned_start) + Call.duration_min / 1440.0,
    )
    by_manager = and_(
        Call.review_status == ReviewStatus.REVIEWED, reviewer.role == Role.SALES_MANAGER
    )
    group = week_index(Call.planned_start, flt) if one_rep else Call.owner_id
    rows = s.execute(
        select(
            group,
            case((Call.debriefed_at.is_(None), None), else_=func.julianday(Call.debriefed_at))
            - ended,
            case((by_manager, literal(1)), else_=literal(0)),
        )
        .join(Account, Account.id == Call.account_id)
        .outerjoin(reviewer, reviewer.id == Call.reviewer_id)
        .where(*_held_calls(flt), *account_conditions(flt))
    ).all()
    held: dict = defaultdict(int)
    delays: dict = defaultdict(list)
    reviewed: dict = defaultdict(int)
    for key, delay, by_mgr in rows:
        held[key] += 1
        if delay is not None:
            delays[key].append(max(0.0, delay * 24.0))
            reviewed[key] += by_mgr
    if one_rep:
        keys = list(range(len(weeks(flt))))
        labels = dict(enumerate(weeks(flt)))
        columns = PER_WEEK
    else:
        ids = list(flt.rep_ids) if flt.rep_ids is not None else [k for k in held if k]
        names = dict(s.execute(select(User.id, User.name).where(User.id.in_(ids))).all())
        keys = sorted(ids, key=lambda i: (names.get(i, "").casefold(), str(i)))
        keys = [k for k in keys if k in names]
        labels = names
        columns = PER_REP
        if None in held:  # calls with no owner
            keys.append(None)
            labels[None] = None
    table = []
    if one_rep and not held:
        keys = []  # no call held: no rows, as every report
    for key in keys:
        n, done = held.get(key, 0), len(delays.get(key, ()))
        median = statistics.median(delays[key]) if delays.get(key) else None
        table.append(
            (
                labels[key],
                n,
                done,
                ratio(done, n),
                median,
                reviewed.get(key, 0),
                ratio(reviewed.get(key, 0), done),
            )
        )
    notes = []
    if any(r[1] == 0 for r in table) or any(r[2] == 0 for r in table):
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "A rate is left empty where there were no calls held or no debriefs.",
                )
            )
        )
    chart = Chart(columns[0].key, ("held", "debriefed", "reviewed"))
    return Report("debriefs", DEBRIEFS_TITLE, columns, table, chart, notes)
