"""`salesdesk quota`: a month's position against quota, week by week, and what is still
needed to reach it.

A rep sees their own position, a sales manager their team's (each rep and the sum);
`--rep` picks someone by name or id, `--team` the team of that person (a manager's own
team, a rep's manager's team). Past weeks come from the stored snapshots, the current
week is live; `--snapshot` stores one for everyone with a quota first (the window takes
one automatically at its first start of each week). The formulas: core/deals/needs.py.
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

from ..core.domain import Role
from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import clean_text, fit_text

SHORTFALLS = {
    "thin_history": "only {closed} closed deals in the history; at least {least} are needed",
    "no_wins": "no deal won in the history ({closed} closed)",
    "no_proposal_stage": "no proposal stage (named Proposal, or 50% or more)",
    "thin_stage": "only {moves} moves out of {stage}; at least {least} are needed",
    "never_forward": "no deal moved forward from {stage}",
    "no_calls": "no calls recorded in the history",
    "month_over": "the month is over",
}


def month_arg(text: str) -> date:
    """An argparse type: a month written YYYY-MM."""
    try:
        year, month = (int(v) for v in text.strip().split("-"))
        return date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a month written YYYY-MM, not {text!r}"
        ) from None


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `quota` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "quota",
        help="position against quota week by week, the gap and the inputs still needed",
        description="Quota, closed won, commit, best case and pipeline for a month; each "
        "week's position from the stored snapshots (the current week live); the gap and "
        "the deals, proposals and calls it takes to close it, from the reps' own history.",
    )
    parser.add_argument(
        "--month", type=month_arg, metavar="YYYY-MM", help="the month (default: this month)"
    )
    parser.add_argument("--rep", metavar="NAME-or-ID", help="someone else's position")
    parser.add_argument(
        "--team",
        action="store_true",
        help="the whole team (of --rep, or yours), each rep and the sum",
    )
    parser.add_argument(
        "--snapshot", action="store_true", help="store a snapshot for everyone with a quota first"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Show the position; returns the exit code."""
    from ..core.deals.needs import needs
    from ..core.deals.quota import position
    from ..core.deals.snapshots import take_snapshot, weekly_positions

    today = date.today()
    month = args.month or today.replace(day=1)
    if args.snapshot:
        taken = take_snapshot(ctx.db)
        if not args.json:
            print(f"Snapshot stored for {taken.reps} {'rep' if taken.reps == 1 else 'reps'}.")
    title, ids = _scope(ctx.db, args, month)
    found = position(ctx.db, month, ids, today)
    live = found.total if month == today.replace(day=1) else None
    weeks = weekly_positions(ctx.db, month, ids, today, live=live)
    still = needs(ctx.db, month, ids, today, figures=found.total)
    if args.json:
        print(json.dumps(_as_json(title, found, weeks, still), indent=2, ensure_ascii=False))
    else:
        _print(title, found, weeks, still)
    return 0


def _scope(db, args: argparse.Namespace, month: date) -> tuple[str, list[uuid.UUID]]:
    from sqlalchemy import select

    from ..core.deals.quota import quota_holders, team_of
    from ..core.models import User
    from ..core.workspace import current_profile

    with db.read() as session:
        users = session.execute(
            select(User.id, User.name, User.role, User.manager_id).where(User.deleted_at.is_(None))
        ).all()
        holders = quota_holders(session, month)
    if args.rep:
        person = _find(users, args.rep)
    else:
        profile = current_profile(db)
        person = next((u for u in users if profile and u.id == profile.id), None)
    if person is None:  # no profile yet
        return "Everyone with a quota", holders
    if args.team or person.role == Role.SALES_MANAGER:
        lead = person if person.role == Role.SALES_MANAGER or not person.manager_id else None
        lead = lead or next((u for u in users if u.id == person.manager_id), person)
        return f"Team of {lead.name}", team_of(db, lead.id, month) or [lead.id]
    return person.name, [person.id]


def _find(users, wanted: str):
    text = wanted.strip()
    try:
        uid = uuid.UUID(text)
    except ValueError:
        uid = None
    if uid is not None:
        match = [u for u in users if u.id == uid]
    else:
        match = [u for u in users if u.name.casefold() == text.casefold()]
        match = match or [u for u in users if text.casefold() in u.name.casefold()]
    if len(match) == 1:
        return match[0]
    if not match:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "No user is called or has the id {rep}."), rep=text
        )
    names = ", ".join(sorted(u.name for u in match))
    raise SalesDeskError(
        QT_TRANSLATE_NOOP("Errors", "{rep} could be any of: {names}. Give more of the name."),
        rep=text,
        names=names,
    )


def shortfall_text(s) -> str:
    return SHORTFALLS.get(s.code, s.code).format(**s.values)


def _money(value: float) -> str:
    return f"{value:,.0f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _print(title: str, found, weeks, still) -> None:
    print(f"{clean_text(title)}: {found.month:%B %Y}")
    head = ("quota", "won", "commit", "best case", "pipeline", "gap")
    print(f"{'':<24}" + "".join(f"{h:>12}" for h in head))
    rows = [(r.name, r.figures) for r in found.reps]
    if len(rows) != 1:
        rows.append(("Total", found.total))
    for name, f in rows:
        values = (f.quota, f.closed_won, f.commit, f.best_case, f.pipeline, f.gap)
        print(f"{fit_text(name, 24)}" + "".join(f"{_money(v):>12}" for v in values))
    f = found.total
    if f.overdue_deals:
        print(
            f"{f.overdue_deals} open deals past their close date count this month "
            f"({_money(f.overdue_amount)})."
        )
    if f.undated_deals:
        print(
            f"{f.undated_deals} open deals have no close date and count in no month "
            f"({_money(f.undated_amount)})."
        )

    print(f"\n{'week of':<12}{'from':<22}" + "".join(f"{h:>12}" for h in head[1:5]))
    for w in weeks:
        if w.figures is None:
            missing = "(not yet)" if w.source == "future" else "no snapshot"
            print(f"{w.week_start.isoformat():<12}{missing}")
            continue
        source = "live" if w.live else f"snapshot {_local(w.taken_at):%a %d %H:%M}"
        g = w.figures
        values = (g.closed_won, g.commit, g.best_case, g.pipeline)
        print(
            f"{w.week_start.isoformat():<12}{source:<22}"
            + "".join(f"{_money(v):>12}" for v in values)
        )

    h = still.history
    last = h.until.toordinal() - 1
    print(
        f"\nStill needed: gap {_money(still.gap)} "
        f"(quota - won - commit), {still.weeks_left} weeks left"
    )
    print(
        f"History {h.since.isoformat()} to {date.fromordinal(last).isoformat()}: "
        f"{h.closed} closed deals, {h.won} won, {h.calls} calls"
    )
    print(f"  win rate            {_pct(h.win_rate)} ({h.won} of {h.closed} closed)")
    avg = "-" if h.average_won is None else _money(h.average_won)
    print(f"  average won deal    {avg} ({h.won} won)")
    cycle = "-" if h.cycle_days is None else f"{h.cycle_days:.0f} days"
    print(f"  cycle length        {cycle}")
    per_won = "-" if h.calls_per_won is None else f"{h.calls_per_won:.1f}"
    print(f"  calls per won deal  {per_won} ({h.calls} calls)")
    for s in h.stages:
        print(f"  leaves {fit_text(s.name, 20)}forward {_pct(s.rate)} ({s.forward} of {s.left})")
    for label, value in (
        ("deals to win", still.deals_to_win),
        ("deals to create", still.deals_to_create),
        (f"proposals to send ({still.proposal_stage or '-'})", still.proposals),
        ("calls this week", still.calls_this_week),
    ):
        print(f"  {fit_text(label, 32)}{'-' if value is None else value}")
    for s in still.shortfalls:
        print(f"  not enough history: {shortfall_text(s)}")


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone()


def _figures_json(f) -> dict:
    return {
        "quota": f.quota,
        "closed_won": f.closed_won,
        "commit": f.commit,
        "best_case": f.best_case,
        "pipeline": f.pipeline,
        "gap": f.gap,
        "deals": {
            "won": f.won_deals,
            "commit": f.commit_deals,
            "best_case": f.best_case_deals,
            "pipeline": f.pipeline_deals,
            "overdue": f.overdue_deals,
            "undated": f.undated_deals,
        },
    }


def _as_json(title: str, found, weeks, still) -> dict:
    h = still.history
    return {
        "month": found.month.strftime("%Y-%m"),
        "scope": title,
        "reps": [
            {"id": str(r.user_id), "name": r.name, **_figures_json(r.figures)} for r in found.reps
        ],
        "total": _figures_json(found.total),
        "weeks": [
            {
                "week_start": w.week_start.isoformat(),
                "source": w.source,
                "taken_at": _local(w.taken_at).isoformat() if w.taken_at else None,
                "reps": w.reps,
                "figures": None if w.figures is None else _figures_json(w.figures),
            }
            for w in weeks
        ],
        "needs": {
            "gap": still.gap,
            "weeks_left": still.weeks_left,
            "deals_to_win": still.deals_to_win,
            "deals_to_create": still.deals_to_create,
            "proposal_stage": still.proposal_stage,
            "proposal_win_rate": still.proposal_rate,
            "proposals": still.proposals,
            "calls_total": still.calls_total,
            "calls_this_week": still.calls_this_week,
            "new_deal_closes": still.new_deal_closes.isoformat() if still.new_deal_closes else None,
            "not_enough_history": [
                {"code": s.code, **s.values, "text": shortfall_text(s)} for s in still.shortfalls
            ],
            "history": {
                "since": h.since.isoformat(),
                "until": h.until.isoformat(),
                "months": h.months,
                "closed": h.closed,
                "won": h.won,
                "lost": h.lost,
                "win_rate": h.win_rate,
                "average_won": h.average_won,
                "cycle_days": h.cycle_days,
                "calls": h.calls,
                "calls_per_won": h.calls_per_won,
                "stages": [
                    {"stage": s.name, "left": s.left, "forward": s.forward, "rate": s.rate}
                    for s in h.stages
                ],
            },
        },
    }
