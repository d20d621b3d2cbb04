"""`salesdesk pdf account-plan|territory-book`: PDF account plans for managers.

An account is given by id or by (part of) its name; a rep or territory likewise. The
file is replaced in one step; a failed or interrupted export leaves no partial file.
Progress of a territory book shows on a terminal only (not when piped).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `pdf` on the CLI's subparsers."""
    pdf = subparsers.add_parser("pdf", help="export account plans and territory books as PDF")
    actions = pdf.add_subparsers(dest="pdf_command", metavar="ACTION", required=True)
    plan = actions.add_parser(
        "account-plan",
        help="one account's plan as a PDF",
        description="The account plan of one account: cover, key figures, location map, "
        "goals and needs, action plan, stakeholders, open deals and the last debriefs. An "
        "account without a plan still gets its figures, deals and calls.",
    )
    plan.add_argument("account", metavar="ACCOUNT", help="account id or (part of) its name")
    plan.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    book = actions.add_parser(
        "territory-book",
        help="the plans of the key accounts in one PDF with contents",
        description="One PDF with a table of contents and the account plan of each key "
        "account (those with a plan; without any, the 20 with the highest potential), "
        "of one rep (owner or account manager), one territory, or everyone.",
    )
    scope = book.add_mutually_exclusive_group()
    scope.add_argument("--rep", metavar="NAME|ID", help="the accounts this user owns or manages")
    scope.add_argument("--territory", metavar="NAME|ID", help="the accounts of this territory")
    book.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    return pdf


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run one `pdf` action; returns the exit code."""
    if args.pdf_command == "account-plan":
        return _account_plan(ctx, args)
    return _territory_book(ctx, args)


def _account_plan(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.accounts import find_account
    from ..documents.account_plan import account_plan_pdf

    account_id, name = find_account(ctx.db, args.account)
    account_plan_pdf(ctx.db, account_id, args.out)
    print(f"Wrote the account plan of {name} to {args.out}.")
    return 0


def _territory_book(ctx: Any, args: argparse.Namespace) -> int:
    from ..documents.territory_book import find_rep, find_territory, territory_book_pdf

    rep_id = find_rep(ctx.db, args.rep)[0] if args.rep else None
    territory_id = find_territory(ctx.db, args.territory)[0] if args.territory else None
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total:
            print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)

    count = territory_book_pdf(
        ctx.db, args.out, rep_id=rep_id, territory_id=territory_id, progress=progress
    )
    if show:
        print("\r", end="", file=sys.stderr)
    print(
        f"Wrote the territory book ({count} {'account' if count == 1 else 'accounts'}) "
        f"to {args.out}."
    )
    return 0
