"""`salesdesk pdf account-plan|territory-book|proposal`: PDF account plans for managers,
and the quote a customer receives.

An account is given by id or by (part of) its name; a rep or territory likewise; a deal
by its id or the first 8 characters lists print. The file is replaced in one step; a
failed or interrupted export leaves no partial file. Progress of a territory book shows
on a terminal only (not when piped). `proposal` exits 1 when refused (a deal without
line items) and 2 on unusable input (no such deal or version, a bad number or date, an
--out it cannot write, checked before a version is made); a version made whose PDF then
failed exits 1 naming the version.
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
    quote = actions.add_parser(
        "proposal",
        help="a deal's proposal (quote) as a PDF",
        description="The proposal of one deal. Without any yet, or with --new, a new "
        "version is made from the deal's current line items (numbered, with the company's "
        "defaults for validity, tax and terms); otherwise the latest version (or --version "
        "N) is printed again exactly as issued.",
    )
    quote.add_argument("deal", metavar="DEAL_ID", help="the deal's id or its first 8 characters")
    quote.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    quote.add_argument("--new", action="store_true", help="make a new version first")
    quote.add_argument("--version", type=int, metavar="N", help="print this version")
    quote.add_argument("--valid-until", metavar="YYYY-MM-DD", help="a new version's last valid day")
    quote.add_argument("--discount", type=float, metavar="P", help="a new version's discount %%")
    quote.add_argument("--tax", type=float, metavar="P", help="a new version's tax rate %%")
    return pdf


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run one `pdf` action; returns the exit code."""
    if args.pdf_command == "account-plan":
        return _account_plan(ctx, args)
    if args.pdf_command == "proposal":
        return _proposal(ctx, args)
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


def _proposal(ctx: Any, args: argparse.Namespace) -> int:
    from datetime import date

    from ..core.deals.listing import find_deal
    from ..core.deals.proposals import (
        ProposalError,
        create_proposal,
        latest_proposal,
        proposal,
    )
    from ..core.deals.records import DealInputError
    from ..core.exports.files import ExportError
    from ..core.workspace import current_profile
    from ..documents.proposal import money, proposal_pdf
    from . import clean_text

    def fail(message: object, code: int) -> int:
        print(f"salesdesk pdf: {message}", file=sys.stderr)
        return code

    try:
        deal_id = find_deal(ctx.db, args.deal)
    except DealInputError as exc:
        return fail(exc, 2)
    new_terms = args.valid_until or args.discount is not None or args.tax is not None
    if args.version is not None and (args.new or new_terms):
        return fail("--version prints an issued version; it takes no --new, date or rates.", 2)
    found = None if args.new else latest_proposal(ctx.db, deal_id, args.version)
    if args.version is not None and found is None:
        return fail(f"This deal has no proposal version {args.version}.", 2)
    if found is not None and new_terms:
        return fail("Add --new to make a version with another date, discount or tax.", 2)
    problem = _unwritable(args.out)
    if problem:  # before a version is made: a number is never given for nothing
        return fail(f"Cannot write {args.out}: {problem}. Nothing was made.", 2)
    made = found is None
    if found is None:
        try:
            valid_until = date.fromisoformat(args.valid_until) if args.valid_until else None
        except ValueError:
            return fail(f"{args.valid_until} is not a date like 2026-12-31.", 2)
        profile = current_profile(ctx.db)
        try:
            found = create_proposal(
                ctx.db,
                deal_id,
                profile.id if profile else None,
                valid_until=valid_until,
                discount_pct=args.discount,
                tax_pct=args.tax,
            )
        except ProposalError as exc:
            return fail(exc, 1 if exc.field in ("lines", "stage") else 2)
    doc = proposal(ctx.db, found)
    try:
        proposal_pdf(doc, args.out)
    except ExportError as exc:
        if made:
            return fail(f"Proposal {doc.number} was made; its PDF could not be written: {exc}", 1)
        return fail(exc, 1)
    print(
        f"Proposal {doc.number} version {doc.version}: total "
        f"{money(doc.total, doc.currency)} ({clean_text(doc.customer.get('account', ''))}), "
        f"valid until {doc.valid_until.isoformat()}. Wrote {args.out}."
    )
    return 0


def _unwritable(out: str) -> str | None:
    """Why a file cannot be written at `out` (its folder is missing or read-only, or it
    is a folder), or None. Tried with a real temporary file: permissions alone do not
    tell a read-only disk or a full one."""
    import tempfile
    from pathlib import Path

    target = Path(out)
    folder = target.parent
    if target.is_dir():
        return "it is a folder"
    if not folder.is_dir():
        return f"there is no folder {folder}"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return str(exc.strerror or exc).lower()
    return None
