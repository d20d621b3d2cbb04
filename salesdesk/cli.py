"""Command line: `salesdesk [--db PATH] COMMAND`. With no command it opens the window.

The CLI calls the same services as the window. Qt is imported only by the commands
that need it, so batch commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from . import APP_NAME, __version__
from .commands import attention, crypt, geocode, pattern, rank, route, territory, whole_number
from .commands import backup as backup_command
from .commands import calls as calls_command
from .commands import deals as deals_command
from .commands import email as email_command
from .commands import export as export_command
from .commands import handoffs as handoffs_command
from .commands import importing as import_command
from .commands import leads as leads_command
from .commands import map as map_command
from .commands import openings as openings_command
from .commands import pdf as pdf_command
from .commands import quota as quota_command
from .commands import report as report_command
from .commands import restore as restore_command
from .commands import rules as rules_command
from .commands import timeaudit as timeaudit_command
from .commands import whatworks as whatworks_command
from .core.domain import Process, Role
from .core.errors import DatabaseError, SalesDeskError, readable_database_error

SCREENSHOT_TARGETS = (*[p.value for p in Process], "welcome", "profile", "settings", "about")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1280x800, not {text!r}"
        ) from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return w, h


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salesdesk",
        description=f"{APP_NAME}: offline-first workbench for field sales teams. "
        "Without a command, opens the window.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: in your data directory)"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="build the deterministic demo territory")
    demo.add_argument(
        "--accounts",
        type=whole_number(1, 100_000, "the number of accounts"),
        default=400,
        metavar="N",
        help="number of accounts, 1 to 100000 (default 400)",
    )
    demo.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    demo.add_argument(
        "--force", action="store_true", help="replace the data already in the database"
    )

    info = sub.add_parser("info", help="counts per record type and the schema revision")
    info.add_argument("--json", action="store_true", help="print JSON")

    shot = sub.add_parser("screenshot", help="render one view of the window to a PNG, offscreen")
    shot.add_argument(
        "--view",
        required=True,
        choices=SCREENSHOT_TARGETS,
        metavar="NAME",
        help="one of: " + ", ".join(SCREENSHOT_TARGETS),
    )
    shot.add_argument("--out", required=True, metavar="FILE.png", help="PNG file to write")
    shot.add_argument(
        "--tab",
        metavar="TITLE",
        help="open this tab of the view first (its title, any case, e.g. Reports)",
    )
    shot.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help="window size (default 1280x800; dialogs their natural size)",
    )
    shot.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help="show the navigation of this role instead of the profile's",
    )
    shot.add_argument("--theme", choices=["light", "dark"], help="colour scheme")
    shot.add_argument("--rtl", action="store_true", help="lay out right to left")

    prof = sub.add_parser("profile", help="show or set the local profile")
    prof.add_argument("--name")
    prof.add_argument("--role", choices=[r.value for r in Role])
    prof.add_argument("--quota", type=float, metavar="AMOUNT", help="monthly quota")
    prof.add_argument("--home", metavar="ADDRESS|LAT,LON", help="home base")
    prof.add_argument("--json", action="store_true", help="print JSON")

    check = sub.add_parser("check", help="look for damage in the database file")
    check.add_argument(
        "--full", action="store_true", help="also check every index (slower than the default)"
    )

    rank.add_parser(sub)
    attention.add_parser(sub)
    pattern.add_parser(sub)
    territory.add_parser(sub)
    route.add_parser(sub)
    calls_command.add_parser(sub)
    leads_command.add_parser(sub)
    handoffs_command.add_parser(sub)
    deals_command.add_parser(sub)
    quota_command.add_parser(sub)
    report_command.add_parser(sub)
    whatworks_command.add_parser(sub)
    timeaudit_command.add_parser(sub)
    rules_command.add_parser(sub)
    openings_command.add_parser(sub)
    map_command.add_parser(sub)
    geocode.add_parser(sub)
    crypt.add_parser(sub)
    import_command.add_parser(sub)
    export_command.add_parser(sub)
    pdf_command.add_parser(sub)
    email_command.add_parser(sub)

    backup_command.add_parser(sub)
    restore_command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except SalesDeskError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `salesdesk rank | head`: the reader left, not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops the flush-at-exit error
        return 0
    except OSError as exc:  # a folder given as --db, a path that cannot be created...
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"salesdesk: {exc.strerror or exc}{where}. Nothing was changed.", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"salesdesk: {readable_database_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("salesdesk: interrupted; nothing was saved by the interrupted step.", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        _require_display()
        from .ui.app import run_gui

        return run_gui(args.db)

    from .bootstrap import open_context, resolve_db_path

    if args.command == "check":  # looks at the file as it is: no migration, no write
        return _check(resolve_db_path(args.db), args)
    if args.command == "route" and args.route_command == "solve":  # a stop file needs no db
        return route.run(None, args)
    if args.command == "restore":  # replaces the file: nothing may hold it open
        return restore_command.run(None, args)
    if args.command == "backup" and not backup_command.needs_database(args):  # backup list
        return backup_command.run(None, args)
    if args.command in ("encrypt", "decrypt"):  # converts the file: nothing may hold it open
        return crypt.run(resolve_db_path(args.db), args)
    ctx = open_context(args.db, key=crypt.key_for(resolve_db_path(args.db)))
    try:
        handler = {
            "demo": _demo,
            "info": _info,
            "screenshot": _screenshot,
            "profile": _profile,
            "rank": rank.run,
            "pattern": pattern.run,
            "attention": attention.run,
            "territory": territory.run,
            "route": route.run,
            "calls": calls_command.run,
            "leads": leads_command.run,
            "handoffs": handoffs_command.run,
            "deals": deals_command.run,
            "quota": quota_command.run,
            "report": report_command.run,
            "import": import_command.run,
            "whatworks": whatworks_command.run,
            "timeaudit": timeaudit_command.run,
            "rules": rules_command.run,
            "openings": openings_command.run,
            "map": map_command.run,
            "geocode": geocode.run,
            "backup": backup_command.run,
            "export": export_command.run,
            "pdf": pdf_command.run,
            "email": email_command.run,
        }[args.command]
        return handler(ctx, args)
    finally:
        ctx.close()


def _require_display() -> None:
    """Qt's own message without a display ("xcb-cursor0 is needed") misleads; say it plainly."""
    import os

    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        raise SalesDeskError(
            "no display found to open the window on. Run SalesDesk on a desktop session, "
            "or use a command such as 'salesdesk screenshot --view today --out today.png'."
        )


def _demo(ctx, args) -> int:
    from .core.demo import generate
    from .core.workspace import current_profile

    me = current_profile(ctx.db)

    # The running count only on a terminal: a pipe or a log got "1/102/10…" on one line.
    on_terminal = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\rbuilding demo data: {done}/{total}", end="", file=sys.stderr, flush=True)

    summary = generate(
        ctx.db,
        accounts=args.accounts,
        seed=args.seed,
        me=me.id if me else None,
        force=args.force,
        progress=progress if on_terminal else None,
    )
    if on_terminal:
        print(file=sys.stderr)
    print(f"Demo data written to {ctx.db_path}:")
    for name, count in summary.counts.items():
        print(f"  {name:<20} {count:>9,}")
    return 0


def _info(ctx, args) -> int:
    from .core.stats import database_info
    from .core.workspace import current_profile

    info = database_info(ctx.db)
    profile = current_profile(ctx.db)
    info["profile"] = (
        None if profile is None else {"name": profile.name, "role": profile.role.value}
    )
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    print(f"Database:  {info['database']}")
    print(f"Schema:    {info['schema_revision']} (this SalesDesk: {info['schema_head']})")
    print(f"Profile:   {profile.name + ' (' + profile.role.value + ')' if profile else 'none yet'}")
    for name, count in info["counts"].items():
        print(f"  {name:<20} {count:>9,}")
    return 0


def _screenshot(ctx, args) -> int:
    from .ui.screenshot import render_to_png

    out = render_to_png(
        ctx,
        view=args.view,
        out=args.out,
        size=args.size,
        role=args.role,
        theme=args.theme,
        rtl=args.rtl,
        tab=args.tab,
    )
    print(out)
    return 0


def _profile(ctx, args) -> int:
    from dataclasses import asdict, replace

    from .core.workspace import ProfileInput, current_profile, parse_home_base, save_profile

    profile = current_profile(ctx.db)
    changes = {
        k: v
        for k, v in (("name", args.name), ("role", args.role), ("monthly_quota", args.quota))
        if v is not None
    }
    if args.home is not None:
        changes.update(parse_home_base(args.home))
    if changes:
        if profile is None and not ("name" in changes and "role" in changes):
            raise SalesDeskError("No profile yet: give at least --name and --role.")
        base = ProfileInput(name="", role=Role.FIELD_REP) if profile is None else profile
        fields = {k: v for k, v in asdict(base).items() if k in ProfileInput.__dataclass_fields__}
        profile = save_profile(ctx.db, replace(ProfileInput(**fields), **changes))
    if profile is None:
        print("No profile yet. Set one with: salesdesk profile --name NAME --role ROLE")
        return 0
    data = {k: (str(v) if k == "id" else v) for k, v in asdict(profile).items()}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for key, value in data.items():
            print(f"{key:<14} {value if value is not None else ''}")
    return 0


def _check(path, args) -> int:
    from .core.db import check_file, integrity_problem

    if not path.exists():
        raise SalesDeskError(f"{path} does not exist.")
    key = crypt.key_for(path)
    check_file(path, key)
    problem = integrity_problem(path, full=args.full, key=key)
    if problem:
        print(f"salesdesk: {path} is damaged: {problem}", file=sys.stderr)
        return 1
    print(f"{path}: no damage found")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
