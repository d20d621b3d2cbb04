"""What works and the time audit, over the period.

What works: deals.whatworks for the touches of the period on the filter's reps' deals:
a row for every touch (the baseline), then one per channel and one per tactic, with the
touches, the deals, the advance rate within DEFAULT_DAYS and the win rate, and the win
rate's difference from the baseline. Counted by whatworks' own code (`assemble`) over a
narrower read than what_works(): only the deals touched in the period and their stage
history (the whole history table took 0.4 s of 0.8 s on the 100,000-account demo), which
changes no figure, since untouched deals count nowhere; deals on deleted accounts are
left out and the territory filter applies to the deal's account. The period is local
days as stored UTC times (period.bounds), as in every other report.

Time audit: the filter's reps' time entries that started in the period, per category of
the managed list (automation.timeaudit.categories; an unknown key counts as "other"),
in hours, with the automatic and hand-typed parts and the share of the total. Time
entries have no account: the territory filter does not apply to them.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..automation.timeaudit import OTHER, categories
from ..db import as_stored, stored_time
from ..deals.whatworks import (  # its counting, fed a narrower read (see above)
    DEFAULT_DAYS,
    SMALL_SAMPLE,
    Figures,
    WhatWorks,
    assemble,
)
from ..domain import TimeSource
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Account, Opportunity, PipelineStage, TimeEntry, Touch
from .base import Chart, Column, Kind, Note, Report, ReportFilter
from .period import account_conditions, bounds, owned_by

WHATWORKS_TITLE = QT_TRANSLATE_NOOP("Reports", "What works")
ALL, CHANNEL, TACTIC = "all", "channel", "tactic"  # the `by` column's values
# The method of the baseline row (by == ALL): English, for the UI to translate.
ALL_TOUCHES = QT_TRANSLATE_NOOP("Reports", "All touches")
CHANNELS = {
    "visit": QT_TRANSLATE_NOOP("Reports", "Visit"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "email": QT_TRANSLATE_NOOP("Reports", "Email"),
    "video": QT_TRANSLATE_NOOP("Reports", "Video"),
    "event": QT_TRANSLATE_NOOP("Reports", "Event"),
}
# The built-in time categories as they are stored until renamed (timeaudit.py), marked
# here too so the report can show them in the user's language.
BUILT_IN_CATEGORIES = (
    QT_TRANSLATE_NOOP("Reports", "Selling face to face"),
    QT_TRANSLATE_NOOP("Reports", "Selling by phone/email"),
    QT_TRANSLATE_NOOP("Reports", "Travel"),
    QT_TRANSLATE_NOOP("Reports", "Planning"),
    QT_TRANSLATE_NOOP("Reports", "Admin/CRM entry"),
    QT_TRANSLATE_NOOP("Reports", "Reporting"),
    QT_TRANSLATE_NOOP("Reports", "Internal meetings"),
    QT_TRANSLATE_NOOP("Reports", "Training"),
    QT_TRANSLATE_NOOP("Reports", "Other"),
)
WHATWORKS_COLUMNS = (
    Column("method", QT_TRANSLATE_NOOP("Reports", "Method")),
    Column("by", QT_TRANSLATE_NOOP("Reports", "By")),
    Column("touches", QT_TRANSLATE_NOOP("Reports", "Touches"), Kind.INT),
    Column("deals", QT_TRANSLATE_NOOP("Reports", "Deals"), Kind.INT),
    Column("advance_rate", QT_TRANSLATE_NOOP("Reports", "Advance rate"), Kind.PERCENT),
    Column("closed", QT_TRANSLATE_NOOP("Reports", "Closed deals"), Kind.INT),
    Column("win_rate", QT_TRANSLATE_NOOP("Reports", "Win rate"), Kind.PERCENT),
    Column("vs_baseline", QT_TRANSLATE_NOOP("Reports", "Win rate vs baseline"), Kind.PERCENT),
)
WHATWORKS_CHART = Chart("method", ("advance_rate", "win_rate"), horizontal=True)

TIMEAUDIT_TITLE = QT_TRANSLATE_NOOP("Reports", "Time audit")
TIMEAUDIT_COLUMNS = (
    Column("category", QT_TRANSLATE_NOOP("Reports", "Category")),
    Column("hours", QT_TRANSLATE_NOOP("Reports", "Hours"), Kind.HOURS),
    Column("share", QT_TRANSLATE_NOOP("Reports", "Share"), Kind.PERCENT),
    Column("auto_hours", QT_TRANSLATE_NOOP("Reports", "Captured automatically"), Kind.HOURS),
    Column("manual_hours", QT_TRANSLATE_NOOP("Reports", "Typed by hand"), Kind.HOURS),
)
TIMEAUDIT_CHART = Chart("category", ("hours",), horizontal=True)


def _what_works(s: Session, flt: ReportFilter) -> WhatWorks:
    """whatworks.what_works() for the filter, reading only the filter's touched deals."""
    first, after = bounds(flt)  # local days as stored UTC, as every report
    in_period = [Touch.deleted_at.is_(None), Touch.occurred_at >= first, Touch.occurred_at < after]
    touched = select(Touch.opportunity_id).where(*in_period, Touch.opportunity_id.is_not(None))
    deals = (
        select(
            as_stored(Opportunity.id),
            as_stored(Opportunity.stage_id),
            Account.industry,
            Account.employees,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .where(
            Opportunity.deleted_at.is_(None),
            Opportunity.id.in_(touched),
            *account_conditions(flt),
            *owned_by(Opportunity.owner_id, flt),
        )
    )
    loose = (
        select(func.count())
        .select_from(Touch)
        .join(Account, Account.id == Touch.account_id)
        .where(*in_period, Touch.opportunity_id.is_(None), *account_conditions(flt))
        .where(*owned_by(Touch.user_id, flt))
    )
    run = s.connection().execute
    stages = run(
        select(
            as_stored(PipelineStage.id),
            PipelineStage.name,
            PipelineStage.is_won,
            PipelineStage.is_lost,
        ).order_by(PipelineStage.position, PipelineStage.name)
    ).all()
    deal_rows = run(deals).all()
    # The two big reads go to the driver as they are (whatworks explains why), for the
    # filter's touched deals only, handed over as one JSON array: reading every touch of
    # the period and keeping one rep's in Python took 1.2 s for a year on the
    # 100,000-account demo; running the deals query again inside each read made a
    # team's report slower than no filter at all.
    chosen_ids = json.dumps([row[0] for row in deal_rows])
    ours = "opportunity_id IN (SELECT value FROM json_each(?))"
    cursor = s.connection().connection.cursor()
    touch_rows = cursor.execute(
        "SELECT opportunity_id, channel, tactic, julianday(occurred_at) FROM touches "
        f"WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? AND {ours}",
        [stored_time(first), stored_time(after), chosen_ids],
    ).fetchall()
    history = cursor.execute(
        "SELECT opportunity_id, to_stage_id, julianday(changed_at), julianday(created_at) "
        f"FROM stage_changes WHERE deleted_at IS NULL AND {ours}",
        [chosen_ids],
    ).fetchall()
    cursor.close()
    without_deal = run(loose).scalar() or 0
    return assemble(
        stages, deal_rows, touch_rows, history, DEFAULT_DAYS, SMALL_SAMPLE, without_deal
    )


def build_whatworks(s: Session, flt: ReportFilter) -> Report:
    found = _what_works(s, flt)
    baseline = found.total.overall.won.value

    def row(method: str, by: str, f: Figures) -> tuple:
        win = f.won.value
        diff = None if win is None or baseline is None else win - baseline
        return (method, by, f.touches, f.deals, f.advanced.value, f.won.n, win, diff)

    rows = []
    if found.total.overall.touches:
        rows.append(row(ALL_TOUCHES, ALL, found.total.overall))
        rows += [row(CHANNELS.get(f.key, f.key), CHANNEL, f) for f in found.total.channels]
        rows += [row(f.key, TACTIC, f) for f in found.total.tactics]
    notes = [
        Note(
            QT_TRANSLATE_NOOP(
                "Reports",
                "A touch advanced its deal when the deal moved forward within {days} days. "
                "Rates from fewer than {small} cases are uncertain.",
            ),
            {"days": DEFAULT_DAYS, "small": found.small_sample},
        )
    ]
    if found.touches_without_deal:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP("Reports", "{count} touches on no deal are left out."),
                {"count": found.touches_without_deal},
            )
        )
    if rows and baseline is None:
        notes.append(
            Note(QT_TRANSLATE_NOOP("Reports", "No touched deal has closed yet: no win rates."))
        )
    return Report(
        "whatworks",
        WHATWORKS_TITLE,
        WHATWORKS_COLUMNS,
        rows,
        WHATWORKS_CHART,
        notes,
        labels=frozenset({"method"}),
    )


def build_timeaudit(s: Session, flt: ReportFilter) -> Report:
    start, end = bounds(flt)
    cats = categories(s)
    known = {c.key for c in cats}
    minutes: dict[tuple[str, bool], int] = defaultdict(int)
    for key, auto, m in s.execute(
        select(TimeEntry.category, TimeEntry.source == TimeSource.AUTO, func.sum(TimeEntry.minutes))
        .where(
            TimeEntry.deleted_at.is_(None),
            TimeEntry.started_at >= start,
            TimeEntry.started_at < end,
            *owned_by(TimeEntry.user_id, flt),
        )
        .group_by(TimeEntry.category, TimeEntry.source == TimeSource.AUTO)
    ):
        minutes[(key if key in known else OTHER, bool(auto))] += int(m or 0)
    total = sum(minutes.values())
    shown = [(c.key, c.label) for c in cats]
    if any(k == OTHER for k, _a in minutes) and OTHER not in known:
        shown.append((OTHER, "Other"))
    rows = []
    if total:
        for key, label in shown:
            auto, manual = minutes.get((key, True), 0), minutes.get((key, False), 0)
            rows.append(
                (label, (auto + manual) / 60, (auto + manual) / total, auto / 60, manual / 60)
            )
    notes = []
    if flt.territory_id is not None:
        notes.append(
            Note(QT_TRANSLATE_NOOP("Reports", "Time entries have no territory: all are counted."))
        )
    return Report(
        "timeaudit",
        TIMEAUDIT_TITLE,
        TIMEAUDIT_COLUMNS,
        rows,
        TIMEAUDIT_CHART,
        notes,
        labels=frozenset({"category"}),
    )
