"""`salesdesk geocode`: locate accounts from their addresses, offline first.

    salesdesk geocode [--retry] [--offline] [--json]   locate accounts without a location
    salesdesk geocode queue [--json]                   accounts that need a location, and why
    salesdesk geocode set ACCOUNT LAT LON              place an account by hand ("manual")
    salesdesk geocode config [--provider P] [--url U] [--user-agent UA] [--delay S]
                             [--timeout S] [--json]    show or change the online service

Without a configured service (the default) only the built-in gazetteer is used: city-level
coordinates, fully offline. The services are in salesdesk/core/geocoding/.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

BAD_INPUT = 2
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `geocode` on the CLI's subparsers."""
    parser = subparsers.add_parser(
        "geocode",
        help="locate accounts from their addresses (cache, online service, gazetteer)",
        description="Without an ACTION: locate accounts without coordinates: earlier "
        "answers from the cache, "
        "then the configured online service (none by default), then the built-in "
        "gazetteer (city level). What cannot be located is queued with the reason; "
        "--retry asks again for the queued ones.",
    )
    parser.add_argument(
        "--retry", action="store_true", help="only the queued accounts, even before their time"
    )
    parser.add_argument(
        "--offline", action="store_true", help="do not ask the online service this time"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    actions = parser.add_subparsers(dest="geocode_command", metavar="ACTION")

    queue = actions.add_parser("queue", help="accounts that need a location, with the reason")
    queue.add_argument(
        "--all", action="store_true", help="also those placed only at city level, still queued"
    )
    queue.add_argument("--json", action="store_true", help="print JSON")

    place = actions.add_parser(
        "set",
        help="set an account's location by hand (precision manual)",
        description="Place ACCOUNT (its id or part of its name) at LAT LON. Geocoding never "
        "overwrites a location set by hand.",
    )
    place.add_argument("account", metavar="ACCOUNT")
    place.add_argument("lat", metavar="LAT", type=_number)
    place.add_argument("lon", metavar="LON", type=_number)

    config = actions.add_parser(
        "config",
        help="show or change the online geocoding service",
        description="Providers: none (offline, the default), nominatim (the public "
        "OpenStreetMap server unless --url names your own; at most one request a second), "
        "photon or pelias (your server, --url needed). An empty value restores the default.",
    )
    config.add_argument("--provider", choices=["none", "nominatim", "photon", "pelias"])
    config.add_argument("--url", metavar="URL", help="address of a self-hosted server")
    config.add_argument(
        "--user-agent", metavar="UA", help='default "SalesDesk/<version> (profile e-mail)"'
    )
    config.add_argument("--delay", metavar="S", help="minimum seconds between requests")
    config.add_argument("--timeout", metavar="S", help="seconds to wait for an answer")
    config.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _number(text: str) -> float:
    try:
        return float(text.translate(_DIGITS).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None


def run(ctx: Any, args: argparse.Namespace) -> int:
    """Run one `geocode` action on ctx.db; the exit code."""
    action = getattr(args, "geocode_command", None)
    if action == "queue":
        return _queue(ctx, args)
    if action == "set":
        return _set(ctx, args)
    if action == "config":
        return _config(ctx, args)
    if action is not None:
        print(f"salesdesk: unknown geocode action {action!r}", file=sys.stderr)
        return BAD_INPUT
    return _geocode(ctx, args)


def _geocode(ctx: Any, args: argparse.Namespace) -> int:
    from ..core import geocoding

    progress = _progress_printer() if not args.json and sys.stderr.isatty() else None
    if args.retry:
        report = geocoding.retry_queue(ctx.db, online=not args.offline, progress=progress)
    else:
        report = geocoding.geocode_accounts(ctx.db, online=not args.offline, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
        return 0
    print(summary(report))
    return 0


def summary(report: Any) -> str:
    """The report in a few readable lines."""
    from ..core.geocoding import REASON_TEXTS

    if report.total == 0:
        lines = ["Nothing to locate: every account has a location or waits for its retry time."]
    else:
        lines = [
            f"Located {report.located} of {report.total} accounts: {report.from_cache} from "
            f"the cache, {report.online} online, {report.gazetteer} at city level from the "
            "built-in gazetteer."
        ]
    if report.skipped_manual:
        lines.append(f"{report.skipped_manual} placed by hand were left as they are.")
    if report.queued:
        lines.append(f"Queued: {report.still_queued}")
        for reason, count in sorted(report.queued.items()):
            lines.append(f"  {count:>5}  {REASON_TEXTS.get(reason, reason)}")
        lines.append("'salesdesk geocode queue --all' lists them.")
    if report.not_due:
        lines.append(f"{report.not_due} queued accounts wait for their retry time (--retry).")
    if report.cancelled:
        lines.append("Cancelled: what was located before is saved.")
    return "\n".join(lines)


def _progress_printer():
    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def _queue(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.geocoding import needs_location

    rows = needs_location(ctx.db, include_approximate=args.all)
    if args.json:
        data = [
            {
                "account_id": str(r.account_id),
                "name": r.name,
                "address": r.address,
                "precision": r.precision,
                "reason": r.reason,
                "attempts": r.attempts,
                "status": r.status,
                "next_attempt_at": r.next_attempt_at.isoformat() if r.next_attempt_at else None,
            }
            for r in rows
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("Every account has a location.")
        return 0
    for r in rows:
        status = r.status or "not looked up yet: run 'salesdesk geocode'"
        where = " (city level)" if r.precision == "city" else ""
        print(f"{r.account_id}  {r.name}{where}\n    {r.address or '(no address)'}\n    {status}")
    print(f"{len(rows)} accounts. Fix one with: salesdesk geocode set ACCOUNT LAT LON")
    return 0


def _set(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.accounts import find_account
    from ..core.geocoding import set_location

    account_id, name = find_account(ctx.db, args.account)
    placed = set_location(ctx.db, account_id, args.lat, args.lon)
    print(f"{name}: {placed.lat:.6f}, {placed.lon:.6f} (set by hand)")
    return 0


def _config(ctx: Any, args: argparse.Namespace) -> int:
    from ..core import geocoding

    changes = {
        name: getattr(args, name)
        for name in ("provider", "url", "user_agent", "delay", "timeout")
        if getattr(args, name) is not None
    }
    if changes:
        settings = geocoding.set_geocoding_settings(ctx.db, **changes)
    else:
        settings = geocoding.geocoding_settings(ctx.db)
    profile = geocoding.current_profile(ctx.db)
    agent = settings.user_agent or geocoding.default_user_agent(profile.email if profile else None)
    shown = {
        "provider": settings.provider,
        "url": settings.url
        or (f"https://{geocoding.PUBLIC_NOMINATIM}" if settings.provider == "nominatim" else None),
        "user_agent": agent,
        "delay": settings.min_delay,
        "timeout": settings.timeout,
    }
    if args.json:
        print(json.dumps(shown, indent=2))
    else:
        for key, value in shown.items():
            print(f"{key:<11} {'' if value is None else value}")
        if not settings.configured:
            print("Offline: only the built-in gazetteer (city level) is used.")
    return 0
