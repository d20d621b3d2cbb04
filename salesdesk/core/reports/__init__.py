"""The reports of the dashboard, by name: run one for a filter, export it, list its pickers.

`REPORTS` holds them in dashboard order; `run_report(db, name, flt)` builds one in a
single read transaction; `export_report` writes it as CSV, XLSX, PDF or JSON
(exports.py). `territories` and `visible_reps` fill the dashboard's pickers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..deals.common import month_start, next_month
from ..deals.quota import team_of
from ..domain import Role
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Territory, User
from . import activity, coverage, forecast, insight, pipeline
from .base import Chart, Column, Kind, Note, Report, ReportError, ReportFilter, ReportSpec

__all__ = [
    "REPORTS",
    "Chart",
    "Column",
    "Kind",
    "Note",
    "Report",
    "ReportError",
    "ReportFilter",
    "ReportSpec",
    "export_report",
    "names",
    "run_report",
    "spec",
    "territories",
    "this_month",
    "visible_reps",
]

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("pipeline", pipeline.TITLE, pipeline.build_pipeline),
    ReportSpec("forecast", forecast.TITLE, forecast.build_forecast),
    ReportSpec("activities", activity.ACTIVITIES_TITLE, activity.build_activities),
    ReportSpec("debriefs", activity.DEBRIEFS_TITLE, activity.build_debriefs),
    ReportSpec("coverage", coverage.TITLE, coverage.build_coverage),
    ReportSpec("whatworks", insight.WHATWORKS_TITLE, insight.build_whatworks),
    ReportSpec("timeaudit", insight.TIMEAUDIT_TITLE, insight.build_timeaudit),
)


def names() -> list[str]:
    return [s.name for s in REPORTS]


def spec(name: str) -> ReportSpec:
    """The report called `name`; ReportError naming the known ones otherwise."""
    for s in REPORTS:
        if s.name == name:
            return s
    raise ReportError(
        QT_TRANSLATE_NOOP("Errors", "There is no report called {name}. Reports: {names}."),
        name=name,
        names=", ".join(names()),
    )


def run_report(db: Database, name: str, flt: ReportFilter) -> Report:
    """Build report `name` for `flt` in one read transaction."""
    found = spec(name)
    if flt.start > flt.end:
        raise ReportError(
            QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
            start=flt.start.isoformat(),
            end=flt.end.isoformat(),
        )
    with db.read() as session:
        report = found.build(session, flt)
        if flt.rep_ids is not None:
            named = dict(
                session.execute(select(User.id, User.name).where(User.id.in_(flt.rep_ids))).all()
            )
            report.rep_names = tuple(named.get(i, str(i)) for i in flt.rep_ids)
        if flt.territory_id is not None:
            report.territory_name = session.scalar(
                select(Territory.name).where(Territory.id == flt.territory_id)
            ) or str(flt.territory_id)
    report.filter = flt
    return report


def export_report(
    report: Report,
    path: str | Path,
    fmt: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    currency: str = "GBP",
    translate: Callable[[str, str], str] | None = None,
) -> None:
    """Write `report` to `path` as csv, xlsx, pdf or json (the old file stays on failure;
    `cancelled()` true stops with files.ExportCancelled). `translate(context, text)`
    (QCoreApplication.translate) translates labels, notes and the PDF's words; None
    keeps them English."""
    from .exports import write_report  # openpyxl and reportlab only when exporting

    write_report(
        report,
        path,
        fmt,
        progress=progress,
        cancelled=cancelled,
        currency=currency,
        translate=translate,
    )


def this_month(today: date | None = None) -> ReportFilter:
    """The default filter: this month, everyone's."""
    first = month_start(today or date.today())
    return ReportFilter(first, next_month(first) - timedelta(days=1))


def territories(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Every live territory, by name, for the territory picker."""
    with db.read() as s:
        rows = s.execute(
            select(Territory.id, Territory.name)
            .where(Territory.deleted_at.is_(None))
            .order_by(Territory.name, Territory.id)
        ).all()
    return [(r.id, r.name) for r in rows]


def visible_reps(
    db: Database, viewer_id: uuid.UUID | None, role: Role | str | None, today: date | None = None
) -> list[tuple[uuid.UUID, str]]:
    """The reps a viewer may pick: a sales manager their team (deals.quota.team_of, the
    manager first when they carry a quota), nobody signed in everyone, anyone else
    themselves."""
    month = month_start(today or date.today())
    with db.read() as s:
        if viewer_id is None:
            ids = list(s.scalars(select(User.id).where(User.deleted_at.is_(None))))
        elif role == Role.SALES_MANAGER:
            ids = None
        else:
            ids = [viewer_id]
    if ids is None:
        ids = team_of(db, viewer_id, month) or [viewer_id]
    with db.read() as s:
        names_of = dict(s.execute(select(User.id, User.name).where(User.id.in_(ids))).all())
    found = [(i, names_of[i]) for i in ids if i in names_of]
    return sorted(found, key=lambda r: r[1].casefold()) if viewer_id is None else found
