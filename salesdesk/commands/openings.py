"""`salesdesk openings`: cross-sell and upsell openings, and customers with no open deal.

Cross-sell: products that similar customers (same industry and size band) buy and the
customer does not; upsell: customers earning under half their potential; no_deal:
customers without an open deal. `--create N` turns the Nth listed opening into a deal
(a second run finds the deal made and creates nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import fit_text, whole_number
from .whatworks import find_user

KINDS = ("cross_sell", "upsell", "no_deal")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `openings` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "openings",
        help="cross-sell and upsell openings; customers with no open deal",
        description="Openings for one account, one rep's accounts or everyone's.",
    )
    parser.add_argument("--kind", choices=KINDS, default="cross_sell", help="default cross_sell")
    parser.add_argument("--account", metavar="NAME-or-ID", help="one account")
    parser.add_argument("--rep", metavar="NAME-or-ID", help="accounts this person owns or manages")
    parser.add_argument("--limit", type=whole_number(1, 10_000, "--limit"), default=20, metavar="N")
    parser.add_argument(
        "--create",
        type=whole_number(1, 10_000, "--create"),
        metavar="N",
        help="create a deal from the Nth opening listed",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.accounts import find_account
    from ..core.deals.openings import create_deal_from, openings
    from ..core.workspace import current_profile

    account = find_account(ctx.db, args.account)[0] if args.account else None
    owner = find_user(ctx.db, args.rep)[0] if args.rep else None
    found = openings(ctx.db, args.kind, account_id=account, owner_id=owner, limit=args.limit)
    created = None
    if args.create is not None:
        if args.create > len(found.items):
            print(f"salesdesk openings: only {len(found.items)} listed.", file=sys.stderr)
            return 2
        profile = current_profile(ctx.db)
        created = create_deal_from(
            ctx.db, found.items[args.create - 1], profile.id if profile else None
        )
    if args.json:
        data = {"total": found.total, "openings": [_json(o) for o in found.items]}
        if created is not None:
            data["deal_id"] = str(created)
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if not found.items:
        print("No openings.")
        return 0
    for n, o in enumerate(found.items, 1):
        print(f"{n:>3}. {fit_text(o.account, 34)}  {_reason(o)}")
    print(f"\n{len(found.items)} of {found.total:,} shown.")
    if created is not None:
        print(f"Deal {created} for opening {args.create}.")
    return 0


def _reason(o) -> str:
    if o.kind == "cross_sell":
        return (
            f"{fit_text(o.product or '', 40)}  {o.buyers} of {o.similar} similar customers buy it"
        )
    money = f"revenue {o.current_revenue:,.0f} of potential {o.estimated_potential:,.0f}"
    if o.kind == "upsell":
        return f"{money} (gap {o.gap:,.0f})" + (" · open upsell deal" if o.deal_id else "")
    return f"no open deal · {money}"


def _json(o) -> dict:
    return {
        "kind": o.kind,
        "account_id": str(o.account_id),
        "account": o.account,
        "industry": o.industry,
        "size_band": o.size_band,
        "current_revenue": o.current_revenue,
        "estimated_potential": o.estimated_potential,
        "gap": o.gap,
        "product_id": str(o.product_id) if o.product_id else None,
        "product": o.product,
        "unit_price": o.unit_price,
        "similar_buyers": o.buyers,
        "similar_customers": o.similar,
        "deal_id": str(o.deal_id) if o.deal_id else None,
    }
