"""generate(): fill a database with a deterministic, realistic demo territory."""

from __future__ import annotations

import gc
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from ..leads import icp
from ..models import (
    Account,
    Base,
    ObjectionLibraryEntry,
    PipelineStage,
    Product,
    QualificationCriterion,
    QualificationFramework,
    QuestionBankEntry,
    User,
    utcnow,
)
from ..reference import ensure_reference_data
from ..workspace import CURRENT_USER_KEY, get_setting, set_setting
from .accounts import add_accounts, add_contacts
from .bulk import BulkWriter
from .calls import add_calls
from .context import Cancel, Ctx, DemoRandom, Person, Progress
from .leads import PROFILE as DEMO_PROFILE
from .leads import add_leads
from .people import add_quotas, add_team, add_time_entries
from .pipeline import LOST, OPEN_STAGES, WON, add_opportunities
from .plans import add_account_plans, add_handoffs
from .pools import load_towns, make_pools
from .proposals import add_proposals
from .quota_weeks import add_quota_snapshots

MAX_ACCOUNTS = 100_000
# SQLite page cache for the run (KiB, negative = size): random UUID keys need it.
CACHE_KIB = 256 * 1024


class DemoDataExists(SalesDeskError):  # noqa: N818 - public API name
    def __init__(self, accounts: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database already has {accounts} accounts. Demo data would be mixed "
                "with them; nothing was changed. Use a new database, or replace everything "
                "in it with demo data (force).",
            ),
            accounts=accounts,
        )


@dataclass(frozen=True)
class DemoSummary:
    """What generate() wrote: rows per table, and the user the demo revolves around."""

    counts: dict[str, int] = field(default_factory=dict)
    me: uuid.UUID | None = None
    seed: int = 0
    today: date | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def generate(
    db: Database,
    accounts: int = 400,
    seed: int = 7,
    today: date | None = None,
    me: uuid.UUID | None = None,
    force: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DemoSummary:
    """Write demo data in one transaction; same seed and `today` give identical rows.

    Raises DemoDataExists if the database has accounts (unless `force`, which first
    deletes every row), DemoCancelled if `cancel()` returns True (nothing is saved),
    ValueError for an account count outside 1..100,000 or an unknown `me`.
    """
    if (
        isinstance(accounts, bool)
        or not isinstance(accounts, int)
        or not (1 <= accounts <= MAX_ACCOUNTS)
    ):
        raise ValueError(
            f"The number of demo accounts must be a whole number from 1 to {MAX_ACCOUNTS:,}; "
            f"got {accounts!r}."
        )
    today = today or date.today()
    # Millions of short-lived dicts and no reference cycles: the cyclic collector would
    # only rescan the growing heap again and again (measured: a third of the run time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        summary = _generate(db, accounts, seed, today, me, force, progress, cancel)
    finally:
        if collecting:
            gc.enable()
    return summary


def _generate(
    db: Database,
    accounts: int,
    seed: int,
    today: date,
    me: uuid.UUID | None,
    force: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> DemoSummary:
    phases = (
        ("team", lambda c: (add_team(c, given), add_quotas(c))),
        ("accounts", add_accounts),
        ("contacts", add_contacts),
        ("deals", add_opportunities),
        ("leads", add_leads),
        ("calls", None),
        ("plans", lambda c: (add_account_plans(c), add_handoffs(c))),
        ("quota weeks", add_quota_snapshots),
    )
    total = len(phases) + 3
    step = _Stepper(progress, total)
    with db.write() as session:
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        cache = session.execute(text("PRAGMA cache_size")).scalar()
        session.execute(text(f"PRAGMA cache_size=-{CACHE_KIB}"))
        try:
            _prepare(session, force, me)
            ensure_reference_data(session)
            if get_setting(session, icp.SETTING_KEY) is None:  # a user's own profile stays
                set_setting(session, icp.SETTING_KEY, DEMO_PROFILE.as_json())
            given = _given_me(session, me)
            ctx = _context(session, accounts, seed, today, me, cancel)
            step()
            for _name, phase in phases:
                ctx.check_cancel()
                if phase is None:
                    add_time_entries(ctx, add_calls(ctx))
                else:
                    phase(ctx)
                step()
            ctx.check_cancel()
            ctx.writer.flush()
            add_proposals(session, ctx)  # by the proposal code, over the rows just written
            _link_me(session, ctx, me)
            step()
            ctx.check_cancel()
        finally:
            session.execute(text(f"PRAGMA cache_size={int(cache)}"))
    step()
    return DemoSummary(dict(sorted(ctx.writer.counts.items())), ctx.me, seed, today)


class _Stepper:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


def _prepare(session: Session, force: bool, me: uuid.UUID | None) -> None:
    existing = session.scalar(select(Account.id).limit(1))
    if existing is None:
        return
    if not force:
        count = session.execute(text("SELECT count(*) FROM accounts")).scalar()
        raise DemoDataExists(int(count))
    current = get_setting(session, CURRENT_USER_KEY)
    users = User.__table__
    if me is not None:
        session.execute(
            update(users)
            .where(users.c.id == me)
            .values(
                territory_id=None, manager_id=None, version=users.c.version + 1, updated_at=utcnow()
            )
        )
    changed = session.info.setdefault("changed", set())
    # Foreign keys are deferred to the commit, so the order of the deletes is free.
    for table in reversed(Base.metadata.sorted_tables):
        if table is users and me is not None:
            session.execute(delete(users).where(users.c.id != me))
        else:
            session.execute(delete(table))
        changed.add(table.name)
    if me is not None and current == str(me):
        set_setting(session, CURRENT_USER_KEY, str(me))


def _given_me(session: Session, me: uuid.UUID | None) -> Person | None:
    if me is None:
        return None
    user = session.execute(
        select(User.name, User.role, User.monthly_quota).where(User.id == me)
    ).first()
    if user is None:
        raise ValueError(f"There is no user with id {me} to build the demo territory for.")
    return Person(me, user.name, user.role, None, user.monthly_quota or 60000.0)


def _context(
    session: Session,
    accounts: int,
    seed: int,
    today: date,
    me: uuid.UUID | None,
    cancel: Cancel | None,
) -> Ctx:
    ctx = Ctx(
        rng=DemoRandom(seed),
        today=today,
        writer=BulkWriter(session),
        pools=make_pools(seed),
        towns=load_towns(),
        n_accounts=accounts,
        cancel=cancel,
        me=me,
    )
    ctx.stages = _stage_map(session)
    ctx.products = [
        tuple(r)
        for r in session.execute(
            select(Product.id, Product.unit_price, Product.category)
            .where(Product.active, Product.deleted_at.is_(None))
            .order_by(Product.sku)
        )
    ]
    ctx.framework_id = session.scalar(
        select(QualificationFramework.id)
        .where(QualificationFramework.is_default)
        .order_by(QualificationFramework.name)
        .limit(1)
    )
    ctx.criteria = {
        key: cid
        for key, cid in session.execute(
            select(QualificationCriterion.key, QualificationCriterion.id).where(
                QualificationCriterion.framework_id == ctx.framework_id
            )
        )
    }
    ctx.questions = sorted(session.scalars(select(QuestionBankEntry.text)))
    ctx.objections = sorted(
        tuple(r)
        for r in session.execute(
            select(ObjectionLibraryEntry.objection, ObjectionLibraryEntry.answer)
        )
    )
    return ctx


def _stage_map(session: Session) -> dict[str, tuple[uuid.UUID, float]]:
    """The demo's stage names mapped onto the database's stages (which may be renamed)."""
    rows = session.execute(
        select(
            PipelineStage.id, PipelineStage.probability, PipelineStage.is_won, PipelineStage.is_lost
        )
        .where(PipelineStage.deleted_at.is_(None))
        .order_by(PipelineStage.position)
    ).all()
    open_rows = [r for r in rows if not r.is_won and not r.is_lost]
    won = [r for r in rows if r.is_won]
    lost = [r for r in rows if r.is_lost]
    if not open_rows or not won or not lost:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pipeline needs at least one open, one won and one lost stage for demo data.",
            )
        )
    stages = {
        name: (
            open_rows[min(i, len(open_rows) - 1)].id,
            open_rows[min(i, len(open_rows) - 1)].probability,
        )
        for i, name in enumerate(OPEN_STAGES)
    }
    stages[WON] = (won[0].id, won[0].probability)
    stages[LOST] = (lost[0].id, lost[0].probability)
    return stages


def _link_me(session: Session, ctx: Ctx, me: uuid.UUID | None) -> None:
    """Make the local user current (new demo user) or put a given user in territory 1."""
    if me is None:
        set_setting(session, CURRENT_USER_KEY, str(ctx.me))
        session.flush()
        return
    users = User.__table__
    values = {
        "territory_id": ctx.territories[0][0],
        "updated_at": utcnow(),
        "version": users.c.version + 1,
    }
    if ctx.manager is not None and ctx.manager.id != me:
        values["manager_id"] = ctx.manager.id
    session.execute(update(users).where(users.c.id == me).values(**values))
    session.info.setdefault("changed", set()).add("users")
