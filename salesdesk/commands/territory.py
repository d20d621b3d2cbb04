"""`salesdesk territory show|set|reset`: ranking weights and call-pattern settings."""

from __future__ import annotations

import argparse
import json


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `territory` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "territory",
        help="show or change the ranking weights and the call-pattern settings",
        description="Settings kept with the data and used by rank, attention and pattern. "
        "Keys: ranking.<weight> (e.g. ranking.margin=0.4), pattern.<setting> (e.g. "
        "pattern.weeks=4, pattern.day_start=08:00, pattern.workdays=0,1,2,3,4) and "
        "per level pattern.every_weeks.B=2, pattern.gap_days.A=5-9, pattern.visit_min.C=30.",
    )
    actions = parser.add_subparsers(dest="territory_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every setting with its current value")
    show.add_argument("--json", action="store_true", help="print JSON")
    change = actions.add_parser("set", help="change settings: KEY=VALUE ... (all or nothing)")
    change.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    actions.add_parser("reset", help="back to the defaults")
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    from ..core.errors import SalesDeskError
    from ..core.territory import config

    if args.territory_command == "reset":
        config.reset_territory_settings(ctx.db)
        print("Territory settings are back to their defaults.")
        return 0
    if args.territory_command == "set":
        pairs = {}
        for item in args.assignments:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise SalesDeskError(f"{item!r}: write KEY=VALUE, e.g. ranking.margin=0.4")
            pairs[key.strip()] = value.strip()
        current = config.set_territory_settings(ctx.db, pairs)
        for key in pairs:
            print(f"{key} = {current.get(key)}")
        return 0
    current = config.settings_as_dict(ctx.db)
    if args.json:
        print(json.dumps(current, indent=2))
    else:
        for key, value in current.items():
            print(f"{key:<32} {value}")
    return 0
