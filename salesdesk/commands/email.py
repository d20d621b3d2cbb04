"""`salesdesk email list|render`: the email templates, and one rendered for a contact.

`render TEMPLATE --contact ID [--deal ID]` prints the subject and body with the contact's
merge fields (the template by name or id, the contact and deal by id or its first 8
characters). Exit codes: 0 rendered, 1 the template does not render (the error and its
line on stderr), 2 no such template, contact or deal.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import clean_text, fit_text

BAD_TEMPLATE, UNUSABLE = 1, 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    email = subparsers.add_parser("email", help="list email templates; render one for a contact")
    actions = email.add_subparsers(dest="email_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the email templates by name")
    listing.add_argument("--json", action="store_true", help="print JSON")
    render = actions.add_parser(
        "render",
        help="print a template's subject and body for a contact",
        description="Fill the template's merge fields ({{ contact.first_name }}, "
        "{{ account.name }}, {{ call.date }}...) for the contact, in Jinja2's sandbox.",
    )
    render.add_argument("template", metavar="TEMPLATE", help="the template's name or id")
    render.add_argument(
        "--contact", required=True, metavar="ID", help="the contact's id (or its first 8 chars)"
    )
    render.add_argument("--deal", metavar="ID", help="the deal (default: the account's open one)")
    render.add_argument("--json", action="store_true", help="print JSON")
    return email


def run(ctx: Any, args: argparse.Namespace) -> int:
    if args.email_command == "render":
        return _render(ctx, args)
    return _list(ctx, args)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.automation.email import template_list

    entries = template_list(ctx.db)
    if args.json:
        rows = [
            {
                "id": str(t.id),
                "name": t.name,
                "category": t.category,
                "subject": t.subject,
                "body": t.body,
            }
            for t in entries
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("No email templates.")
        return 0
    print(f"{'id':<8}  {'name':<32}  {'category':<14}  subject")
    for t in entries:
        print(
            f"{t.id.hex[:8]}  {fit_text(t.name, 32)}  {fit_text(t.category or '', 14)}  "
            f"{clean_text(t.subject)}"
        )
    return 0


def _render(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.automation.email import find_contact, find_template
    from ..core.automation.merge import merge_context
    from ..core.automation.sandbox import TemplateError, empty_fields, render
    from ..core.deals.listing import find_deal
    from ..core.errors import SalesDeskError
    from ..core.workspace import current_profile

    try:
        template = find_template(ctx.db, args.template)
        contact_id = find_contact(ctx.db, args.contact)
        deal_id = find_deal(ctx.db, args.deal) if args.deal else None
        profile = current_profile(ctx.db)
        context = merge_context(ctx.db, contact_id, deal_id, profile.id if profile else None)
    except SalesDeskError as exc:  # no such template, contact or deal
        print(f"salesdesk email: {exc}", file=sys.stderr)
        return UNUSABLE
    try:
        email = render(template.subject, template.body, context)
    except TemplateError as exc:
        print(f"salesdesk email: {template.name}: {exc}", file=sys.stderr)
        return BAD_TEMPLATE
    gaps = empty_fields(template.subject, template.body, context)
    if args.json:
        out = {
            "template": template.name,
            "to": context["contact"]["email"] or None,
            "subject": email.subject,
            "body": email.body,
            "empty_fields": gaps,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"To: {clean_text(context['contact']['email'])}")
    print(f"Subject: {clean_text(email.subject)}")
    print()
    print("\n".join(clean_text(line) for line in email.body.splitlines()))
    if gaps:
        print(f"\nNo value for: {', '.join(gaps)}", file=sys.stderr)
    return 0
