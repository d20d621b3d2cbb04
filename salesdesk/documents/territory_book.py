"""The territory book: one PDF with a table of contents and a plan per key account.

Which accounts: the key accounts of a rep (owner or account manager) or of a territory
(or of everyone): those with an account plan. Where none has a plan yet, the
FALLBACK_COUNT accounts with the highest estimated potential stand in, so a new team
still gets a useful book. Accounts come in name order, which is what a reader looks
up in the contents.

Built in one reportlab pass: the contents (contents.py) have one line per account from
the start, and their page numbers are written when the last page is known. Progress
counts the accounts read, then laid out; `cancel()` is checked for every account and
stops with ExportCancelled, leaving no file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..core.db import Database
from ..core.errors import SalesDeskError
from ..core.exports.files import ExportCancelled, atomic_file
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.models import Account, AccountPlan, Territory, User
from . import words as w
from .account_plan import account_story
from .contents import Contents
from .layout import PlanDocument, SetHeader, Translate, make_styles
from .plan_data import AccountPlanData, Lookups, load_plan_data
from .text import fit, joined, para, visual

FALLBACK_COUNT = 20
TOC_NAME_WIDTH = 140 * mm
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def _identity(text: str) -> str:
    return text


def key_account_ids(
    session: Session, rep_id: uuid.UUID | None = None, territory_id: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """The book's accounts in name order (see the module's note for which)."""
    scope = select(Account.id, Account.name).where(Account.deleted_at.is_(None))
    if rep_id is not None:
        scope = scope.where(or_(Account.owner_id == rep_id, Account.account_manager_id == rep_id))
    if territory_id is not None:
        scope = scope.where(Account.territory_id == territory_id)
    planned = scope.join(AccountPlan, AccountPlan.account_id == Account.id).where(
        AccountPlan.deleted_at.is_(None)
    )
    rows = session.execute(planned).all()
    if not rows:
        top = scope.order_by(Account.estimated_potential.desc(), Account.name)
        rows = session.execute(top.limit(FALLBACK_COUNT)).all()
    return [r.id for r in sorted(rows, key=lambda r: (r.name.casefold(), str(r.id)))]


def find_rep(db: Database, text: str) -> tuple[uuid.UUID, str]:
    """The one user whose id is `text` or whose name contains it (any case)."""
    return _find(db, User, text, QT_TRANSLATE_NOOP("Errors", "No user matches {text}."))


def find_territory(db: Database, text: str) -> tuple[uuid.UUID, str]:
    """The one territory whose id is `text` or whose name contains it (any case)."""
    return _find(db, Territory, text, QT_TRANSLATE_NOOP("Errors", "No territory matches {text}."))


def _find(db: Database, model, text: str, missing: str) -> tuple[uuid.UUID, str]:
    try:
        wanted: uuid.UUID | None = uuid.UUID(text)
    except ValueError:
        wanted = None
    query = select(model.id, model.name).where(model.deleted_at.is_(None))
    if wanted is not None:
        query = query.where(model.id == wanted)
    else:
        query = query.where(func.lower(model.name).contains(text.strip().lower(), autoescape=True))
    with db.read() as session:
        rows = session.execute(query.order_by(model.name).limit(6)).all()
    exact = [r for r in rows if r.name.casefold() == text.strip().casefold()]
    rows = exact or rows
    if not rows:
        raise SalesDeskError(missing, text=repr(text))
    if len(rows) > 1:
        raise SalesDeskError(
            QT_TRANSLATE_NOOP("Errors", "{text} matches several: {names}; be more precise."),
            text=repr(text),
            names=", ".join(r.name for r in rows[:5]),
        )
    return rows[0].id, rows[0].name


def book_scopes(db: Database) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
    """(users, territories) as (id, name) in name order: what a book can be made for."""
    with db.read() as session:
        users = session.execute(
            select(User.id, User.name).where(User.deleted_at.is_(None)).order_by(User.name)
        ).all()
        territories = session.execute(
            select(Territory.id, Territory.name)
            .where(Territory.deleted_at.is_(None))
            .order_by(Territory.name)
        ).all()
    return [tuple(u) for u in users], [tuple(t) for t in territories]


class BookDocument(PlanDocument):
    """Notes where each account starts, writes the contents' page numbers on save,
    counts progress and obeys cancel."""

    def __init__(self, *args, total: int, progress: Progress | None, cancel: Cancel | None, **kw):
        super().__init__(*args, **kw)
        self.total = total
        self.progress = progress
        self.cancel = cancel
        self.laid_out = 0
        self.start_page: dict[str, int] = {}
        self.numbers: dict[int, list[tuple[float, float, str]]] = {}

    def page_number_at(self, page: int, x: float, y: float, key: str) -> None:
        """Called by the contents: the page `key` starts on goes at (x, y) of `page`."""
        self.numbers.setdefault(page, []).append((x, y, key))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        key, name = entry
        self.start_page[key] = self.page
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(name, key, level=0)
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        self.laid_out += 1
        if self.progress is not None:
            self.progress(self.total + self.laid_out - 1, 2 * self.total)

    def footer(self, canvas, page: int, total: int) -> None:
        super().footer(canvas, page, total)
        style = self.contents_style
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        for x, y, key in self.numbers.get(page, ()):
            canvas.drawRightString(x, y, str(self.start_page.get(key, "")))
        canvas.restoreState()


def territory_book_pdf(
    db: Database,
    out_path: str | os.PathLike[str],
    rep_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: date | None = None,
    translate: Translate = _identity,
) -> int:
    """Write the territory book of a rep, a territory or everyone; returns the accounts in it.

    Raises ExportCancelled when `cancel()` turns true (no file is left) and ExportError
    when the file cannot be written.
    """
    tr = translate
    today = today or date.today()
    with db.read() as session:
        scope = _scope_title(session, rep_id, territory_id, tr)
        ids = key_account_ids(session, rep_id, territory_id)
        lookups = Lookups(session)
        if len(ids) > 1:
            lookups.load_locations(session)
        accounts: list[AccountPlanData] = []
        for i, account_id in enumerate(ids, start=1):
            if cancel is not None and cancel():
                raise ExportCancelled()
            accounts.append(load_plan_data(session, account_id, lookups))
            if progress is not None:
                progress(i, 2 * len(ids))
    styles = make_styles()
    prepared = tr(w.PREPARED_ON).format(date=w.day(today))
    story: list[Flowable] = [
        Spacer(1, 42 * mm),
        para(tr(w.TERRITORY_BOOK).upper(), styles["cover_kind"]),
        para(scope, styles["cover_title"]),
        joined([tr(w.BOOK_COUNT).format(count=len(accounts)), prepared], styles["cover_meta"]),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    texts = _toc_texts(accounts, styles)
    if not accounts:
        story += [para(tr(w.BOOK_EMPTY), styles["muted"])]
    else:
        keys = [f"account-{i}" for i in range(len(accounts))]
        story += [
            SetHeader(tr(w.CONTENTS)),
            para(tr(w.CONTENTS), styles["toc_title"]),
            Contents(list(zip(keys, texts, strict=True)), styles["toc"]),
        ]
    for index, data in enumerate(accounts):
        title = para(data.name, styles["account"])
        title.toc_entry = (f"account-{index}", data.name)
        story += [PageBreak(), *account_story(data, tr, styles, title=title)]
    with atomic_file(out_path) as tmp:
        doc = BookDocument(
            str(tmp),
            tr,
            kind=tr(w.TERRITORY_BOOK),
            footer_left=f"SalesDesk · {prepared}",
            title=f"{tr(w.TERRITORY_BOOK)}: {scope}",
            total=len(accounts),
            progress=progress,
            cancel=cancel,
        )
        doc.contents_style = styles["toc"]
        doc.build(story, canvasmaker=doc.canvas_maker)
    if progress is not None:
        progress(2 * len(accounts), 2 * len(accounts))
    return len(accounts)


def _toc_texts(accounts: list[AccountPlanData], styles) -> list[str]:
    font = styles["toc"].fontName
    return [visual(fit(a.name, font, 9.5, TOC_NAME_WIDTH)) for a in accounts]


def _scope_title(
    session: Session, rep_id: uuid.UUID | None, territory_id: uuid.UUID | None, tr: Translate
) -> str:
    if rep_id is not None:
        name = session.execute(select(User.name).where(User.id == rep_id)).scalar()
        if name is None:
            raise SalesDeskError(
                QT_TRANSLATE_NOOP("Errors", "No user matches {text}."), text=str(rep_id)
            )
        return tr(w.BOOK_FOR_REP).format(name=name)
    if territory_id is not None:
        name = session.execute(select(Territory.name).where(Territory.id == territory_id)).scalar()
        if name is None:
            raise SalesDeskError(
                QT_TRANSLATE_NOOP("Errors", "No territory matches {text}."), text=str(territory_id)
            )
        return tr(w.BOOK_FOR_TERRITORY).format(name=name)
    return tr(w.BOOK_FOR_ALL)
