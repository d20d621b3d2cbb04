"""`salesdesk whatworks`: which communication methods and tactics move deals.

Per method and tactic: touches, deals, how often the deal advanced a stage within N days
after the touch, and the win rate of the closed deals that used it against the win rate
of every closed deal touched (the baseline). `--by stage` splits by the stage the deal
was in at the touch, `--by segment` by industry and company size. Rates from fewer than
10 cases are marked small. Everyone's deals unless `--rep` names whose. Days are
YYYY-MM-DD, `--to` included.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import fit_text, whole_number
from .calls import local_day

BY = ("stage", "segment")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `whatworks` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "whatworks",
        help="which methods and tactics move deals forward and win them",
        description="For each communication method and sales tactic: touches, deals, how "
        "often the deal advanced a stage within N days after a touch, and the win rate of "
        "the closed deals that used it against all closed deals touched. Small samples "
        "(fewer than 10) are marked with *.",
    )
    parser.add_argument(
        "--days",
        type=whole_number(1, 365, "--days"),
        default=14,
        metavar="N",
        help="an advance counts within N days after the touch (default 14)",
    )
    parser.add_argument(
        "--from", dest="date_from", type=local_day, metavar="YYYY-MM-DD", help="touches from"
    )
    parser.add_argument(
        "--to", dest="date_to", type=local_day, metavar="YYYY-MM-DD", help="touches to (included)"
    )
    parser.add_argument(
        "--by", choices=BY, help="also split by the stage at the touch, or by industry and size"
    )
    parser.add_argument(
        "--rep",
        action="append",
        metavar="NAME-or-ID",
        help="only deals this person owns (repeat for several; default everyone's)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.deals.whatworks import what_works

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("salesdesk whatworks: --from is after --to.", file=sys.stderr)
        return 2
    owners = [find_user(ctx.db, text)[0] for text in args.rep] if args.rep else None
    found = what_works(ctx.db, args.days, args.date_from, args.date_to, owners)
    if args.json:
        print(json.dumps(as_json(found, args.by), indent=2, ensure_ascii=False))
        return 0
    _print(found, args.by)
    return 0


def find_user(db, text: str):
    """(id, name) of the one user whose id starts with `text` or whose name contains it."""
    from sqlalchemy import select

    from ..core.models import User

    with db.read() as s:
        users = s.execute(select(User.id, User.name).where(User.deleted_at.is_(None))).all()
    wanted = text.strip().lower()
    hex_id = wanted.replace("-", "")
    exact = [u for u in users if len(hex_id) >= 8 and u.id.hex.startswith(hex_id)]
    found = exact or [u for u in users if wanted and wanted in (u.name or "").lower()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "No user is called or has the id {rep}."), rep=text
        )
    raise SalesDeskError(
        QT_TRANSLATE_NOOP("Errors", "{rep} could be any of: {names}. Give more of the name."),
        rep=text,
        names=", ".join(sorted(u.name for u in found)),
    )


# JSON --------------------------------------------------------------------------------
def as_json(found, by: str | None) -> dict:
    data = {
        "days": found.days,
        "small_sample_below": found.small_sample,
        "touches_without_deal": found.touches_without_deal,
        "touches_without_tactic": found.touches_without_tactic,
        "total": _table_json(found.total),
    }
    if by == "stage":
        data["by_stage"] = [_table_json(t) for t in found.by_stage]
    elif by == "segment":
        data["by_industry"] = [_table_json(t) for t in found.by_industry]
        data["by_size"] = [_table_json(t) for t in found.by_size]
    return data


def _table_json(table) -> dict:
    return {
        "group": table.key or None,
        "baseline": _figures_json(table.overall),
        "channels": [_figures_json(f) for f in table.channels],
        "tactics": [_figures_json(f) for f in table.tactics],
    }


def _figures_json(f) -> dict:
    return {
        "key": f.key or None,
        "touches": f.touches,
        "deals": f.deals,
        "advanced": _rate_json(f.advanced),
        "win_rate": _rate_json(f.won),
    }


def _rate_json(rate) -> dict:
    value = rate.value
    return {
        "rate": None if value is None else round(value, 4),
        "hits": rate.hits,
        "n": rate.n,
        "small_sample": rate.small,
    }


# Text --------------------------------------------------------------------------------
def _print(found, by: str | None) -> None:
    total = found.total.overall
    if not total.touches:
        print("No touches on deals in this selection.")
        return
    print(
        f"{total.touches:,} touches on {total.deals:,} deals; an advance counts within "
        f"{found.days} days of a touch."
    )
    _print_table(found.total, found.days)
    if by == "stage":
        for table in found.by_stage:
            _print_table(table, found.days, f"In stage {table.key}")
    elif by == "segment":
        for table in found.by_industry:
            _print_table(table, found.days, f"Industry {table.key}")
        for table in found.by_size:
            _print_table(table, found.days, f"Size {table.key} employees")
    notes = [f"* small sample: fewer than {found.small_sample}."]
    if found.touches_without_tactic:
        notes.append(f"{found.touches_without_tactic:,} touches on deals name no tactic.")
    if found.touches_without_deal:
        notes.append(f"{found.touches_without_deal:,} touches on no deal are not counted.")
    print("\n" + " ".join(notes))


def _print_table(table, days: int, title: str | None = None) -> None:
    base = table.overall
    if title:
        print(f"\n== {title}: {base.touches:,} touches on {base.deals:,} deals")
    print(f"Baseline: advanced {_rate(base.advanced)}, win rate {_rate(base.won)} of closed deals")
    for heading, rows in (("Method", table.channels), ("Tactic", table.tactics)):
        if not rows:
            continue
        print(
            f"\n{heading:<22}  {'touches':>7}  {'deals':>6}  "
            f"{'advanced in ' + str(days) + ' d':<22}  win rate (closed deals)"
        )
        for f in rows:
            print(
                f"{fit_text(f.key, 22)}  {f.touches:>7,}  {f.deals:>6,}  "
                f"{_rate(f.advanced):<22}  {_rate(f.won)}{_versus(f.won, base.won)}"
            )


def _rate(rate) -> str:
    if rate.value is None:
        return "–"
    mark = "*" if rate.small else ""
    return f"{100 * rate.value:.0f}% ({rate.hits:,} of {rate.n:,}){mark}"


def _versus(rate, baseline) -> str:
    if rate.value is None or baseline.value is None:
        return ""
    points = round(100 * (rate.value - baseline.value))
    return f"  {points:+d} pts" if points else "  ±0 pts"
