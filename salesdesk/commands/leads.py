"""`salesdesk leads list|qualify|disqualify`: the lead list, and qualifying from a file.

`qualify` reads the answers from a JSON object keyed by criterion key or name
(`{"budget": "yes", "need": 4}`); the profile-fit question is pre-answered from the
ideal customer profile when the file leaves it out. It prints the score, the verdict and
the account, contact and opportunity created or linked; qualifying again creates
nothing. Exit codes: 0 qualified, 1 refused (knocked out, a required answer missing, an
answer of the wrong type, below the threshold without --force), 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..core.domain import LeadStatus, Role
from ..core.errors import SalesDeskError
from . import clean_text, fit_text

REFUSED, UNUSABLE = 1, 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    leads = subparsers.add_parser("leads", help="list leads; qualify or disqualify one")
    actions = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="leads as a table or JSON, newest first",
        description="Your leads (a sales manager: everyone's) with status, score and source.",
    )
    listing.add_argument("--status", choices=[s.value for s in LeadStatus])
    listing.add_argument("--source", metavar="SOURCE", help="only leads from this source")
    listing.add_argument("--duplicates", action="store_true", help="only leads flagged duplicate")
    listing.add_argument("--all", action="store_true", help="everyone's leads, not only yours")
    listing.add_argument("--json", action="store_true", help="print JSON")

    qualify = actions.add_parser(
        "qualify",
        help="answer the qualification questions from a file and qualify the lead",
        description="Score the lead with the answers in FILE.json and, when it qualifies, "
        "create its account (or link a sure match: same phone, same company domain, or same "
        "name in the same town), contact and opportunity in one step.",
    )
    qualify.add_argument("lead", metavar="LEAD_ID", help="the lead's id (or its first 8 chars)")
    qualify.add_argument("--answers", required=True, metavar="FILE.json")
    qualify.add_argument(
        "--account",
        metavar="ACCOUNT_ID|new",
        help="link this existing account, or 'new' to always create one",
    )
    qualify.add_argument(
        "--force", action="store_true", help="qualify even when the score is below the threshold"
    )
    qualify.add_argument("--dry-run", action="store_true", help="score only; change nothing")
    qualify.add_argument("--json", action="store_true", help="print JSON")

    drop = actions.add_parser("disqualify", help="disqualify a lead with a reason from the list")
    drop.add_argument("lead", metavar="LEAD_ID")
    drop.add_argument("--reason", required=True, help="one of the managed reasons")
    return leads


def run(ctx: Any, args: argparse.Namespace) -> int:
    if args.leads_command == "qualify":
        return _qualify(ctx, args)
    if args.leads_command == "disqualify":
        return _disqualify(ctx, args)
    return _list(ctx, args)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.leads.records import LeadQuery, lead_ids, lead_rows
    from ..core.workspace import current_profile

    profile = current_profile(ctx.db)
    mine = profile is not None and not args.all and profile.role != Role.SALES_MANAGER
    query = LeadQuery(
        status=args.status,
        source=args.source,
        owner_id=profile.id if mine else None,
        duplicates_only=args.duplicates,
    )
    ids = lead_ids(ctx.db, query)
    rows = lead_rows(ctx.db, ids)
    shown = [rows[i] for i in ids if i in rows]
    if args.json:
        print(json.dumps([_row_json(r) for r in shown], indent=2, ensure_ascii=False))
        return 0
    if not shown:
        print("No leads match.")
        return 0
    print(f"{'id':<8}  {'company':<28}  {'person':<22}  {'status':<12}  {'score':>5}  source")
    for r in shown:
        score = f"{r.score:5.1f}" if r.score is not None else "    -"
        status = r.status + ("*" if r.duplicate_of else "")
        print(
            f"{r.id.hex[:8]}  {fit_text(r.company or '', 28)}  {fit_text(r.name, 22)}  "
            f"{status:<12}  {score}  {clean_text(r.source or '')}"
        )
    flagged = sum(1 for r in shown if r.duplicate_of)
    print(f"\n{len(shown)} {'lead' if len(shown) == 1 else 'leads'}.", end="")
    print(f" * {flagged} flagged as duplicates (same email)." if flagged else "")
    return 0


def _row_json(r) -> dict:
    return {
        "id": str(r.id),
        "company": r.company,
        "person": r.name or None,
        "email": r.email,
        "phone": r.phone,
        "city": r.city,
        "source": r.source,
        "status": r.status,
        "score": r.score,
        "disqualify_reason": r.disqualify_reason,
        "owner": r.owner,
        "created_at": r.created_at.isoformat(timespec="seconds") + "Z",
        "duplicate_of": str(r.duplicate_of) if r.duplicate_of else None,
        "opportunity_id": str(r.opportunity_id) if r.opportunity_id else None,
    }


def _qualify(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.leads import qualify as q
    from ..core.leads.records import find_lead
    from ..core.leads.scoring import AnswerError, Verdict
    from ..core.workspace import current_profile

    try:
        lead_id = find_lead(ctx.db, args.lead)
        given = _read_answers(Path(args.answers))
        lead = q.open_lead(ctx.db, lead_id)
        answers = {**lead.answers, **_by_key(lead, given)}
        account = _account_choice(args.account)
    except SalesDeskError as exc:
        print(f"salesdesk leads: {exc}", file=sys.stderr)
        return UNUSABLE
    result = lead.assess(answers)
    if args.dry_run or result.errors:
        _print(args, lead, result, None)
        return REFUSED if result.errors or result.verdict != Verdict.QUALIFIES else 0
    profile = current_profile(ctx.db)
    try:
        done = q.qualify(
            ctx.db,
            lead_id,
            answers,
            account=account,
            force=args.force,
            user_id=profile.id if profile else None,
        )
    except AnswerError as exc:
        _print(args, lead, result, None, refused=str(exc))
        return REFUSED
    _print(args, lead, done.assessment, done)
    return 0


def _disqualify(ctx: Any, args: argparse.Namespace) -> int:
    from ..core.leads.qualify import disqualify
    from ..core.leads.records import find_lead, lead_rows

    lead_id = find_lead(ctx.db, args.lead)
    disqualify(ctx.db, lead_id, args.reason)
    reason = lead_rows(ctx.db, [lead_id])[lead_id].disqualify_reason or ""
    print(f"Lead {lead_id.hex[:8]} disqualified: {clean_text(reason)}.")
    return 0


def _read_answers(path: Path) -> dict:
    from ..core.i18n import QT_TRANSLATE_NOOP

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not JSON ({reason})."),
            path=str(path),
            reason=str(exc),
        ) from None
    if not isinstance(data, dict):
        raise SalesDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                '{path} must hold one JSON object of answers, like {{"budget": "yes"}}.',
            ),
            path=str(path),
        )
    return data


def _by_key(lead, given: dict) -> dict:
    """The file's answers keyed by criterion key (a criterion's name works too)."""
    from ..core.i18n import QT_TRANSLATE_NOOP

    keys = {c.key.casefold(): c.key for c in lead.framework.criteria}
    keys.update({c.name.casefold(): c.key for c in lead.framework.criteria})
    out, unknown = {}, []
    for name, value in given.items():
        key = keys.get(str(name).strip().casefold())
        if key is None:
            unknown.append(str(name))
        else:
            out[key] = value
    if unknown:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "The framework {framework} has no question {names}; it asks: {keys}."
            ),
            framework=lead.framework.name,
            names=", ".join(unknown),
            keys=", ".join(c.key for c in lead.framework.criteria),
        )
    return out


def _account_choice(text: str | None):
    import uuid

    from ..core.i18n import QT_TRANSLATE_NOOP
    from ..core.leads.qualify import NEW_ACCOUNT

    if text is None:
        return None
    if text.strip().lower() == NEW_ACCOUNT:
        return NEW_ACCOUNT
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "--account takes an account id or 'new', not {text}."),
            text=text,
        ) from None


def _print(args, lead, result, done, refused: str | None = None) -> None:
    if args.json:
        out = {
            "lead_id": str(lead.id),
            "framework": lead.framework.name,
            "score": result.score,
            "threshold": result.threshold,
            "verdict": str(result.verdict),
            "knockouts": list(result.knockouts),
            "missing": list(result.missing),
            "errors": {k: str(e) for k, e in result.errors.items()},
            "answers": {a.key: a.value for a in result.answers},
            "prefilled": sorted(lead.prefilled),
            "qualified": done is not None,
            "refused": refused,
            "records": None,
        }
        if done is not None:
            out["records"] = {
                kind: {
                    "id": str(getattr(done, f"{kind}_id")) if getattr(done, f"{kind}_id") else None,
                    "name": done.names[kind] or None,
                    "created": done.created[kind],
                }
                for kind in ("account", "contact", "opportunity")
            }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return
    print(f"{clean_text(lead.label)}  ({clean_text(lead.framework.name)})")
    for a in result.answers:
        mark = " KNOCK-OUT" if a.knocked_out else ""
        value = "-" if a.value is None else clean_text(a.value)
        pre = " (from the customer profile)" if a.key in lead.prefilled else ""
        print(f"  {a.key:<20} {fit_text(value, 24)} {a.points:6.1f}{mark}{pre}")
    for key, error in result.errors.items():
        print(f"  {key}: {error}")
    print(f"Score {result.score:g} of 100 (qualifies at {result.threshold:g}): {result.verdict}")
    if refused:
        print(f"Not qualified: {refused}")
    if done is not None and done.opportunity_id is None:
        print("  no records created: the lead_qualified automation rule is off")
    if done is not None:
        for kind in ("account", "contact", "opportunity"):
            record_id = getattr(done, f"{kind}_id")
            if record_id is None:
                continue
            verb = "created" if done.created[kind] else "linked"
            print(f"  {kind:<12} {verb:<8} {clean_text(done.names[kind])}  {record_id}")
