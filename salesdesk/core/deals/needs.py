"""What is still needed to reach quota: the gap, and the inputs to close it, derived from
the reps' own history.

    gap            = max(0, quota - closed won - commit)     commit counts in full: it is
                                                             what the rep committed to
    deals to win   = ceil(gap / average won deal size)
    deals to create= ceil(deals to win / win rate)
    proposals      = ceil(deals to win / P(win from the proposal stage))
    calls in total = ceil(deals to win * calls per won deal)
    calls this week= ceil(calls in total / weeks left in the month, this one included)

History: the `months` whole months before the month (or before the current month, if
that is earlier), of the reps' own deals:
    win rate            won / (won + lost), deals closed in the window
    average won size    amount won / deals won
    cycle length        mean days from a won deal's creation to its close
    stage conversion    per open stage: moves out of it in the window that went forward
                        (to a later open stage or to won) / all moves out of it; each
                        move counts, so a deal that went back and left again counts twice
    P(win from proposal) the product of the conversions of the proposal stage and every
                        open stage after it
    calls per won deal  the reps' done calls in the window / deals won in it
The proposal stage is the open stage named "Proposal", else the first open stage with a
probability of 50% or more. Too little history gives None and a reason (Shortfall)
instead of a number: fewer than MIN_CLOSED closed deals, no win, fewer than
MIN_STAGE_MOVES moves out of a stage the proposal figure needs, or no calls.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..domain import CallStatus
from ..models import Call, Opportunity, PipelineStage, StageChange
from ..today import utc_start_of
from .common import month_start, week_start, weeks_of
from .quota import Figures, position_in, unindexed

HISTORY_MONTHS = 6
MIN_CLOSED = 3
MIN_STAGE_MOVES = 3
PROPOSAL_NAME = "proposal"
PROPOSAL_FROM = 50.0


@dataclass(frozen=True)
class StageConversion:
    stage_id: uuid.UUID
    name: str
    position: int
    left: int  # moves out of the stage in the window
    forward: int  # of which to a later open stage or to won

    @property
    def rate(self) -> float | None:
        return self.forward / self.left if self.left else None


@dataclass(frozen=True)
class History:
    """The reps' own record over the window [since, until)."""

    since: date
    until: date
    months: int
    won: int = 0
    lost: int = 0
    won_amount: float = 0.0
    cycle_days: float | None = None
    calls: int = 0
    stages: tuple[StageConversion, ...] = ()

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def win_rate(self) -> float | None:
        return self.won / self.closed if self.closed else None

    @property
    def average_won(self) -> float | None:
        return self.won_amount / self.won if self.won else None

    @property
    def calls_per_won(self) -> float | None:
        return self.calls / self.won if self.won and self.calls else None


@dataclass(frozen=True)
class Shortfall:
    """Why a figure is not given: `code` with its values (the UI words it)."""

    code: str  # thin_history, no_wins, no_proposal_stage, thin_stage, never_forward,
    #            no_calls, month_over
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Needs:
    month: date
    figures: Figures
    history: History
    weeks_left: int
    proposal_stage: str | None = None
    proposal_rate: float | None = None  # P(win) once a deal reaches the proposal stage
    deals_to_win: int | None = None
    deals_to_create: int | None = None
    proposals: int | None = None
    calls_total: int | None = None
    calls_this_week: int | None = None
    new_deal_closes: date | None = None  # a deal created today, at the average cycle
    shortfalls: tuple[Shortfall, ...] = ()

    @property
    def gap(self) -> float:
        return self.figures.gap


def needs(
    db: Database,
    month: date,
    user_ids: Sequence[uuid.UUID],
    today: date | None = None,
    months: int = HISTORY_MONTHS,
    figures: Figures | None = None,
) -> Needs:
    """The gap of `user_ids` in `month` and the inputs to close it (their pooled history).

    `figures`: the month's position if the caller has it already (else computed).
    """
    today = today or date.today()
    first = month_start(month)
    ids = list(dict.fromkeys(user_ids))
    with db.read() as session:
        if figures is None:
            figures = position_in(session, first, ids, today).total
        history = history_of(session, ids, first, today, months)
        stages = _open_stages(session)
    return plan(first, figures, history, stages, today)


def plan(
    first: date,
    figures: Figures,
    history: History,
    stages: Sequence[tuple[uuid.UUID, str, int, float]],
    today: date,
) -> Needs:
    """The inputs from a position and a history (pure: the formulas of the module doc)."""
    weeks = [w for w in weeks_of(first) if w >= week_start(today)]
    base = Needs(first, figures, history, len(weeks))
    short: list[Shortfall] = []
    proposal = _proposal_stage(stages)
    rate = None
    if proposal is None:
        short.append(Shortfall("no_proposal_stage"))
    else:
        rate = _rate_from(history, proposal[2], short)
    closes = None
    if history.cycle_days is not None:
        closes = today + timedelta(days=round(history.cycle_days))
    base = _with(
        base,
        proposal_stage=proposal[1] if proposal else None,
        proposal_rate=rate,
        new_deal_closes=closes,
    )
    if not weeks:
        short.append(Shortfall("month_over"))
        return _with(base, shortfalls=tuple(short))
    if history.closed < MIN_CLOSED:
        short.insert(0, Shortfall("thin_history", {"closed": history.closed, "least": MIN_CLOSED}))
        return _with(base, shortfalls=tuple(short))
    if not history.won:
        short.insert(0, Shortfall("no_wins", {"closed": history.closed}))
        return _with(base, shortfalls=tuple(short))
    gap = figures.gap
    to_win = math.ceil(gap / history.average_won - 1e-9) if gap > 0 else 0
    to_create = math.ceil(to_win / history.win_rate - 1e-9)
    proposals = math.ceil(to_win / rate - 1e-9) if rate else None
    calls_total = calls_week = None
    if history.calls_per_won is None:
        short.append(Shortfall("no_calls"))
    else:
        calls_total = math.ceil(to_win * history.calls_per_won - 1e-9)
        calls_week = math.ceil(calls_total / len(weeks) - 1e-9)
    return _with(
        base,
        deals_to_win=to_win,
        deals_to_create=to_create,
        proposals=proposals,
        calls_total=calls_total,
        calls_this_week=calls_week,
        shortfalls=tuple(short),
    )


def _with(n: Needs, **changes) -> Needs:
    return replace(n, **changes)


def _proposal_stage(stages: Sequence[tuple[uuid.UUID, str, int, float]]):
    named = [s for s in stages if s[1].strip().casefold() == PROPOSAL_NAME]
    if named:
        return named[0]
    return next((s for s in stages if (s[3] or 0.0) >= PROPOSAL_FROM), None)


def _rate_from(history: History, position: int, short: list[Shortfall]) -> float | None:
    rate = 1.0
    for stage in history.stages:
        if stage.position < position:
            continue
        if stage.left < MIN_STAGE_MOVES:
            short.append(
                Shortfall(
                    "thin_stage",
                    {"stage": stage.name, "moves": stage.left, "least": MIN_STAGE_MOVES},
                )
            )
            return None
        if not stage.forward:
            short.append(Shortfall("never_forward", {"stage": stage.name}))
            return None
        rate *= stage.rate
    return rate


def _open_stages(session: Session) -> list[tuple[uuid.UUID, str, int, float]]:
    return [
        tuple(r)
        for r in session.execute(
            select(
                PipelineStage.id,
                PipelineStage.name,
                PipelineStage.position,
                PipelineStage.probability,
            )
            .where(
                PipelineStage.deleted_at.is_(None),
                PipelineStage.is_won.is_(False),
                PipelineStage.is_lost.is_(False),
            )
            .order_by(PipelineStage.position)
        )
    ]


def _months_before(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def history_of(
    session: Session, ids: list[uuid.UUID], first: date, today: date, months: int
) -> History:
    """The reps' record over the `months` whole months before `first` (or before today's
    month, if earlier)."""
    until = min(first, month_start(today))
    since = _months_before(until, months)
    start, end = utc_start_of(since), utc_start_of(until)
    mine = and_(unindexed(Opportunity.owner_id).in_(ids), Opportunity.deleted_at.is_(None))
    won, lost, amount, cycle = session.execute(
        select(
            func.coalesce(func.sum(case((PipelineStage.is_won, 1), else_=0)), 0),
            func.coalesce(func.sum(case((PipelineStage.is_lost, 1), else_=0)), 0),
            func.coalesce(func.sum(case((PipelineStage.is_won, Opportunity.amount), else_=0.0)), 0),
            func.avg(
                case(
                    (
                        PipelineStage.is_won,
                        func.julianday(Opportunity.closed_at)
                        - func.julianday(Opportunity.created_at),
                    ),
                    else_=None,
                )
            ),
        )
        .select_from(Opportunity)
        .join(PipelineStage, PipelineStage.id == Opportunity.stage_id)
        .where(
            mine,
            or_(PipelineStage.is_won, PipelineStage.is_lost),
            Opportunity.closed_at >= start,
            Opportunity.closed_at < end,
        )
    ).one()
    calls = session.scalar(
        select(func.count())
        .select_from(Call)
        .where(
            Call.owner_id.in_(ids),
            Call.deleted_at.is_(None),
            Call.status == CallStatus.DONE,
            func.coalesce(Call.checked_out_at, Call.planned_start) >= start,
            func.coalesce(Call.checked_out_at, Call.planned_start) < end,
        )
    )
    return History(
        since,
        until,
        months,
        int(won),
        int(lost),
        float(amount or 0.0),
        None if cycle is None else float(cycle),
        int(calls or 0),
        _conversions(session, ids, start, end),
    )


def _conversions(session: Session, ids, start, end) -> tuple[StageConversion, ...]:
    # One pass over the window's moves, each checked against the set of the reps' deals
    # (built from one pass over the deals): far cheaper on a large file than a lookup
    # per deal through the indexes (see quota.unindexed). Grouped on the stages' integer
    # rowids: small sort records, a fifth faster than grouping on the UUID texts.
    src, dst = aliased(PipelineStage, name="src"), aliased(PipelineStage, name="dst")
    mine = select(Opportunity.id).where(
        unindexed(Opportunity.owner_id).in_(ids), Opportunity.deleted_at.is_(None)
    )
    pair = (literal_column("src.rowid"), literal_column("dst.rowid"))
    moves = session.execute(
        select(*pair, func.count())
        .select_from(StageChange)
        .join(src, src.id == StageChange.from_stage_id)
        .join(dst, dst.id == StageChange.to_stage_id)
        .where(
            StageChange.changed_at >= start,
            StageChange.changed_at < end,
            StageChange.deleted_at.is_(None),
            unindexed(StageChange.opportunity_id).in_(mine),
        )
        .group_by(*pair)
    ).all()
    stages = {
        r.rowid: r
        for r in session.execute(
            select(
                literal_column("pipeline_stages.rowid").label("rowid"),
                PipelineStage.id,
                PipelineStage.position,
                PipelineStage.is_won,
                PipelineStage.is_lost,
            )
        )
    }
    left: dict[uuid.UUID, int] = {}
    ahead: dict[uuid.UUID, int] = {}
    for a_row, b_row, count in moves:
        a, b = stages[a_row], stages[b_row]
        left[a.id] = left.get(a.id, 0) + count
        if b.is_won or (not b.is_lost and b.position > a.position):
            ahead[a.id] = ahead.get(a.id, 0) + count
    return tuple(
        StageConversion(sid, name, position, left.get(sid, 0), ahead.get(sid, 0))
        for sid, name, position, _p in _open_stages(session)
    )
