"""`salesdesk map --out DIR [--all]`: a self-contained offline map of the territory."""

from __future__ import annotations

import argparse

from ..core.domain import Role


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "map",
        help="write an offline HTML map of the territory (opens in any browser, no network)",
        description="Write index.html with every script, style and the built-in base map "
        "beside it: accounts by attention level, the home base and today's route. The "
        "folder can be zipped, mailed or opened from a USB stick; it never loads anything "
        "from the internet.",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    parser.add_argument(
        "--all",
        action="store_true",
        help="every account, not only your own (a sales manager always sees all)",
    )
    return parser


def run(ctx, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.errors import SalesDeskError
    from ..core.i18n import QT_TRANSLATE_NOOP
    from ..core.territory.config import ranking_weights
    from ..core.workspace import current_profile
    from ..maps.data import load_territory
    from ..maps.page import export_map

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "{path} exists and is not a folder."), path=out
        )
    profile = current_profile(ctx.db)
    mine = profile is not None and not args.all and profile.role != Role.SALES_MANAGER
    scope = profile.id if mine else None
    data, _ranking = load_territory(ctx.db, profile, scope, weights=ranking_weights(ctx.db))
    index = export_map(out, data)
    missing = sum(1 for v in data.lat if v is None)
    print(f"Wrote {index} ({data.located()} accounts on the map", end="")
    print(f", {missing} without a location)" if missing else ")")
    return 0
