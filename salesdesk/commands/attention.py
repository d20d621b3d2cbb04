"""`salesdesk attention ACCOUNT LEVEL`: a rep's own attention level for one account."""

from __future__ import annotations

import argparse

LEVELS = ("A", "B", "C", "D", "auto")


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `attention` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "attention",
        help="set an account's attention level by hand (kept when levels are applied)",
        description="Fix the attention level of one account as your choice: A, B, C or D "
        "(phone only). 'auto' clears your choice and returns the account to the level its "
        "ranking gives. ACCOUNT is the account's id or a part of its name that matches one "
        "account.",
    )
    parser.add_argument(
        "account", metavar="ACCOUNT", help="account id or a unique part of its name"
    )
    parser.add_argument("level", choices=LEVELS, metavar="LEVEL", help="A, B, C, D or auto")
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    """Find the account, store the override (or clear it) in one unit of work, and say so."""
    from ..core.accounts import find_account
    from ..core.territory.attention import set_attention_override
    from ..core.territory.config import ranking_weights

    account_id, name = find_account(ctx.db, args.account)
    chosen = None if args.level == "auto" else args.level
    level = set_attention_override(ctx.db, account_id, chosen, weights=ranking_weights(ctx.db))
    how = "from its ranking" if args.level == "auto" else "your choice, kept when levels apply"
    print(f"{name}: attention level {level.value} ({how}).")
    return 0
