"""`salesdesk rank [--limit N] [--json] [--apply] [--all]`: accounts by potential value."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from ..core.domain import Role
from . import clean_text, fit_text, whole_number

if TYPE_CHECKING:  # the CLI builds its parser on every start, the window's too
    from ..core.territory.ranking import RankedAccount

NEEDS_LOCATION_SHOWN = 5  # the rest are in --json; the table is the point here


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `rank` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "rank",
        help="rank accounts by potential value, with attention levels and reasons",
        description="Rank customers and prospects by expected value, open pipeline and "
        "time since the last visit. Attention levels A/B/C/D (D = phone only) follow the "
        "Pareto share of the score; levels a rep set by hand are kept and marked with *.",
    )
    parser.add_argument(
        "--limit",
        type=whole_number(1, None, "the limit"),
        metavar="N",
        help="show only the first N accounts",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--apply",
        action="store_true",
        help="store the derived attention levels (accounts a rep set by hand keep theirs)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="rank every account, not only your own (a sales manager always sees all)",
    )
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    """Print the ranking as a table or JSON; with --apply, store the levels first."""
    from ..core.territory.attention import apply_attention_levels
    from ..core.territory.config import ranking_weights
    from ..core.territory.ranking import rank_accounts
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    mine = (
        profile is not None
        and not getattr(args, "all", False)
        and profile.role != Role.SALES_MANAGER
    )
    owner = profile.id if mine else None
    currency = profile.currency if profile else "GBP"
    weights = ranking_weights(ctx.db)
    applied = (
        apply_attention_levels(ctx.db, owner_id=owner, weights=weights) if args.apply else None
    )
    result = rank_accounts(ctx.db, owner_id=owner, weights=weights, currency=currency)
    shown = result.accounts[: args.limit] if args.limit else result.accounts
    if args.json:
        data = {
            "accounts": [_as_json(rank, a) for rank, a in enumerate(shown, 1)],
            "needs_location": [
                {"id": str(a.id), "name": a.name, "city": a.city} for a in result.needs_location
            ],
            "total": len(result.accounts),
            "levels": result.level_counts(),
            "applied": applied,
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if applied is not None:
        print(f"Attention levels stored: {applied} changed.")
    if not result.accounts:
        hint = " you own (try --all)" if mine else ""
        print(f"No accounts{hint} to rank.")
        return 0
    _print_table(shown)
    counts = ", ".join(f"{level} {n}" for level, n in result.level_counts().items())
    print(f"\n{len(shown)} of {len(result.accounts)} accounts. Levels: {counts}.")
    if any(a.override for a in shown):
        print("* level set by the rep (kept when levels are applied)")
    if result.needs_location:
        n = len(result.needs_location)
        print(
            f"Needs location: {n} {'account has' if n == 1 else 'accounts have'} no "
            "coordinates; ranked, but not mapped or routed until located:"
        )
        for a in result.needs_location[:NEEDS_LOCATION_SHOWN]:
            print(f"  {clean_text(a.name)}{', ' + clean_text(a.city) if a.city else ''}")
        if len(result.needs_location) > NEEDS_LOCATION_SHOWN:
            more = len(result.needs_location) - NEEDS_LOCATION_SHOWN
            print(f"  ... and {more} more (see --json)")
    return 0


def _as_json(rank: int, a: RankedAccount) -> dict:
    return {
        "rank": rank,
        "id": str(a.id),
        "name": a.name,
        "city": a.city,
        "kind": a.kind,
        "level": a.level,
        "derived_level": a.derived_level,
        "stored_level": a.attention_level,
        "override": a.override,
        "score": round(a.score, 2),
        "parts": {k: round(v, 2) for k, v in a.parts.items()},
        "explanation": a.explanation,
        "potential": a.potential,
        "current_revenue": a.current_revenue,
        "days_since_visit": a.days_since_visit,
        "open_pipeline": round(a.open_pipeline, 2),
        "needs_location": not a.has_location,
    }


def _print_table(accounts: list[RankedAccount]) -> None:
    print(f"{'#':>5}  {'lvl':<3}  {'score':>9}  {'name':<32}  {'town':<18}  why")
    for rank, a in enumerate(accounts, 1):
        level = a.level + ("*" if a.override else "")
        print(
            f"{rank:>5}  {level:<3}  {a.score:>9,.0f}  {fit_text(a.name, 32)}  "
            f"{fit_text(a.city or '', 18)}  {a.explanation}"
        )
