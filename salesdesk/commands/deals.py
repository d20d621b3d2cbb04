"""`salesdesk deals list|move`: the pipeline as a table or JSON, and moving a deal.

`list` shows open deals (your own; a sales manager's or with --all everyone's), or every
deal in one stage with --stage. `move` takes a deal's id or its first 8 characters and a
stage name; it prints the move and any warning (a close date that has passed). Exit
codes: 0 done, 1 refused (a lost deal without a reason from the list), 2 unusable input
(no such deal, no such stage).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..core.domain import Role
from . import clean_text, fit_text

REFUSED, UNUSABLE = 1, 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    deals = subparsers.add_parser("deals", help="list deals; move a deal to another stage")
    actions = deals.add_subparsers(dest="deals_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="open deals as a table or JSON, by stage",
        description="Your open deals (a sales manager: everyone's) by stage, largest first; "
        "with --stage every deal in that stage, won and lost included.",
    )
    listing.add_argument("--stage", metavar="STAGE", help="only deals in this stage (its name)")
    listing.add_argument("--all", action="store_true", help="everyone's deals, not only yours")
    listing.add_argument("--json", action="store_true", help="print JSON")

    move = actions.add_parser(
        "move",
        help="move a deal to a stage (forwards, backwards, won or lost)",
        description="Move the deal to STAGE and record it in the stage history. A lost "
        "stage needs --reason, one of the managed lost reasons.",
    )
    move.add_argument("deal", metavar="DEAL_ID", help="the deal's id (or its first 8 chars)")
    move.add_argument("stage", metavar="STAGE", help="the stage's name, such as Proposal")
    move.add_argument("--reason", metavar="R", help="why the deal was lost")
    move.add_argument("--json", action="store_true", help="print JSON")
    return deals


def run(ctx: Any, args: argparse.Namespace) -> int:
    if args.deals_command == "move":
        return _move(ctx, args)
    return _list(ctx, args)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.deals.listing import deal_rows
    from ..core.deals.stages import StageError
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    mine = profile is not None and not args.all and profile.role != Role.SALES_MANAGER
    try:
        rows = deal_rows(ctx.db, owner_id=profile.id if mine else None, stage=args.stage)
    except StageError as exc:
        print(f"salesdesk deals: {exc}", file=sys.stderr)
        return UNUSABLE
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No deals match.")
        return 0
    print(
        f"{'id':<8}  {'deal':<30}  {'account':<26}  {'stage':<16}  {'amount':>12}  "
        f"{'close':<10}  owner"
    )
    for r in rows:
        close = r.close_date.isoformat() if r.close_date else "-"
        print(
            f"{r.id.hex[:8]}  {fit_text(r.name, 30)}  {fit_text(r.account, 26)}  "
            f"{fit_text(r.stage, 16)}  {r.amount:>12,.0f}  {close:<10}  "
            f"{clean_text(r.owner or '')}"
        )
    total = sum(r.amount for r in rows)
    print(f"\n{len(rows)} {'deal' if len(rows) == 1 else 'deals'}, {total:,.0f} in total.")
    return 0


def _row_json(r) -> dict:
    return {
        "id": str(r.id),
        "name": r.name,
        "account": r.account,
        "stage": r.stage,
        "open": r.is_open,
        "amount": r.amount,
        "close_date": r.close_date.isoformat() if r.close_date else None,
        "owner": r.owner,
        "forecast_category": r.category,
        "in_stage_since": r.entered_at.isoformat(timespec="seconds") + "Z",
    }


def _move(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.deals.listing import find_deal
    from ..core.deals.moves import move_deal
    from ..core.deals.records import DealInputError, deal_detail
    from ..core.deals.stages import StageError
    from ..core.workspace import current_profile

    try:
        deal_id = find_deal(ctx.db, args.deal)
    except DealInputError as exc:
        print(f"salesdesk deals: {exc}", file=sys.stderr)
        return UNUSABLE
    profile = current_profile(ctx.db)
    try:
        moved = move_deal(
            ctx.db, deal_id, args.stage, user_id=profile.id if profile else None, reason=args.reason
        )
    except StageError as exc:
        print(f"salesdesk deals: {exc}", file=sys.stderr)
        return REFUSED if exc.field == "reason" else UNUSABLE
    warnings = [template.format(**params) for template, params in moved.warnings]
    before = moved.from_stage.name if moved.from_stage else None
    detail = deal_detail(ctx.db, moved.deal_id)
    reason = detail.lost_reason if detail is not None and moved.to_stage.is_lost else None
    if args.json:
        out = {
            "id": str(moved.deal_id),
            "from": before,
            "to": moved.to_stage.name,
            "changed": moved.changed,
            "reason": reason,
            "warnings": warnings,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    short = moved.deal_id.hex[:8]
    if moved.changed:
        why = f" ({clean_text(reason)})" if reason else ""
        print(f"Deal {short}: {clean_text(before or '-')} → {clean_text(moved.to_stage.name)}{why}")
    else:
        print(f"Deal {short} is already in {clean_text(moved.to_stage.name)}; nothing changed.")
    for warning in warnings:
        print(f"Warning: {warning}")
    return 0
