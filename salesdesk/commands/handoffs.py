"""`salesdesk handoffs list`: the handoffs of accounts from reps to account managers.

Without --all: yours, those sent to you (incoming, waiting ones first, oldest first) and
those you wrote (outgoing). A sales manager lists everyone's with --all.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from ..core.domain import HandoffStatus, Role
from ..core.errors import SalesDeskError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import fit_text

NO_PROFILE = QT_TRANSLATE_NOOP(
    "Errors", "There is no profile yet: run 'salesdesk profile' first, or a sales manager --all."
)
ONLY_MANAGERS = QT_TRANSLATE_NOOP(
    "Errors", "Only a sales manager lists everyone's handoffs: leave out --all."
)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `handoffs` on the CLI's subparsers."""
    handoffs = subparsers.add_parser(
        "handoffs", help="list handoffs of accounts from reps to account managers"
    )
    actions = handoffs.add_subparsers(dest="handoffs_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="handoffs as a table or JSON",
        description="The handoffs sent to you (waiting ones first, oldest first) and those "
        "you wrote, with status, account, rep and account manager. A sales manager lists "
        "everyone's with --all.",
    )
    listing.add_argument(
        "--status", choices=[s.value for s in HandoffStatus], help="only handoffs in this status"
    )
    listing.add_argument("--all", action="store_true", help="everyone's handoffs (a sales manager)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    return handoffs


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run one `handoffs` action; returns the exit code."""
    from ..core.plans.handoffs import all_handoffs, handoff_queue
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    if args.all:
        if profile is not None and profile.role != Role.SALES_MANAGER:
            raise SalesDeskError(ONLY_MANAGERS)
        shown = [(None, r) for r in all_handoffs(ctx.db, args.status)]
    else:
        if profile is None or profile.id is None:
            raise SalesDeskError(NO_PROFILE)
        queue = handoff_queue(ctx.db, profile.id)
        shown = [("incoming", r) for r in queue.incoming]
        shown += [("outgoing", r) for r in queue.outgoing]
        if args.status:
            shown = [(d, r) for d, r in shown if r.status == args.status]
    if args.json:
        print(json.dumps([_as_json(d, r) for d, r in shown], indent=2, ensure_ascii=False))
        return 0
    if not shown:
        print("No handoffs.")
        return 0
    print(f"{'status':<10}  {'':<3}  {'account':<30}  {'from':<20}  {'to':<20}  since")
    for direction, r in shown:
        arrow = {"incoming": "in", "outgoing": "out"}.get(direction or "", "")
        since = _local(r.accepted_at or r.sent_at or r.created_at).strftime("%Y-%m-%d")
        print(
            f"{r.status:<10}  {arrow:<3}  {fit_text(r.account, 30)}  "
            f"{fit_text(r.from_user or '—', 20)}  {fit_text(r.to_user or '—', 20)}  {since}"
        )
    print(f"\n{len(shown)} {'handoff' if len(shown) == 1 else 'handoffs'}.")
    return 0


def _local(utc: datetime) -> datetime:
    """Stored naive UTC on this computer's clock."""
    return utc.replace(tzinfo=UTC).astimezone()


def _as_json(direction: str | None, r) -> dict:
    def stamp(value):
        return _local(value).isoformat() if value else None

    return {
        "id": str(r.id),
        "direction": direction,
        "status": r.status,
        "waiting_on": r.waiting_on,
        "account_id": str(r.account_id),
        "account": r.account,
        "deal": r.deal,
        "from": r.from_user,
        "to": r.to_user,
        "messages": r.messages,
        "created_at": stamp(r.created_at),
        "sent_at": stamp(r.sent_at),
        "accepted_at": stamp(r.accepted_at),
    }
