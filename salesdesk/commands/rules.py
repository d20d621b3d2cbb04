"""`salesdesk rules list|set|run`: the automatic record creation rules (issue 9).

`list` shows each rule, on or off, its parameters and how many records it made so far;
`set KEY on|off [--days N]` switches a rule (and sets the no-visit rule's days);
`run` runs the "no visit to an A account in N days" rule now and prints how many tasks
it created. Exit codes: 0 done, 2 unusable input (unknown rule, days out of range).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..core.errors import SalesDeskError

UNUSABLE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    rules = subparsers.add_parser("rules", help="automatic record creation rules")
    actions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="each rule, on/off, parameters, records made")
    listing.add_argument("--json", action="store_true", help="print JSON")
    setting = actions.add_parser("set", help="switch a rule on or off")
    setting.add_argument("key", metavar="KEY", help="the rule's key, as `rules list` shows it")
    setting.add_argument("state", choices=["on", "off"])
    setting.add_argument("--days", type=int, metavar="N", help="no-visit rule: days, 1 to 365")
    actions.add_parser("run", help="run the no-visit rule now")
    return rules


def run(ctx: Any, args: argparse.Namespace) -> int:
    if args.rules_command == "set":
        return _set(ctx, args)
    if args.rules_command == "run":
        return _run(ctx)
    return _list(ctx, args)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.automation.rules import RULES, rule_counts, rule_settings

    with ctx.db.read() as s:
        settings, counts = rule_settings(s), rule_counts(s)
    rows = [
        {
            "key": r.key,
            "label": r.label,
            "enabled": settings[r.key]["enabled"],
            "params": {k: v for k, v in settings[r.key].items() if k != "enabled"},
            "records": counts[r.key],
        }
        for r in RULES
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        params = " ".join(f"{k}={v}" for k, v in row["params"].items())
        state = "on " if row["enabled"] else "off"
        print(
            f"{row['key']:<20} {state} {row['records']:>7} made  {row['label']}  {params}".rstrip()
        )
    return 0


def _set(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.automation.rules import save_rule_settings

    change: dict[str, object] = {"enabled": args.state == "on"}
    if args.days is not None:
        change["days"] = args.days
    try:
        saved = save_rule_settings(ctx.db, {args.key: change})
    except SalesDeskError as exc:
        print(f"salesdesk rules: {exc}", file=sys.stderr)
        return UNUSABLE
    params = " ".join(f"{k}={v}" for k, v in saved[args.key].items() if k != "enabled")
    print(f"{args.key} {args.state} {params}".rstrip())
    return 0


def _run(ctx: Any) -> int:
    from ..core.automation.rules import NO_VISIT, enabled, run_no_visit_rule
    from ..core.workspace import current_profile

    with ctx.db.read() as s:
        on = enabled(s, NO_VISIT)
    if not on:
        print(f"{NO_VISIT} is off: nothing created")
        return 0
    profile = current_profile(ctx.db)
    made = run_no_visit_rule(ctx.db, user_id=profile.id if profile else None)
    print(f"{made} task{'s' if made != 1 else ''} created")
    return 0
