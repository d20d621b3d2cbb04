"""Counts of each record type, for `salesdesk info` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from .db import Database
from .migrate import current_revision, head_revision
from .models import Base

# Record types a user recognises, in the order `info` prints them.
RECORD_TABLES = (
    "users",
    "territories",
    "accounts",
    "contacts",
    "leads",
    "opportunities",
    "stage_changes",
    "touches",
    "products",
    "line_items",
    "calls",
    "call_feedback",
    "tasks",
    "account_plans",
    "plan_actions",
    "handoffs",
    "time_entries",
    "email_templates",
    "quotas",
)


def record_counts(db: Database, tables: tuple[str, ...] = RECORD_TABLES) -> dict[str, int]:
    """Live (not tombstoned) rows per table."""
    counts: dict[str, int] = {}
    with db.read() as session:
        for name in tables:
            table = Base.metadata.tables[name]
            stmt = select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
            counts[name] = session.scalar(stmt) or 0
    return counts


def database_info(db: Database) -> dict:
    return {
        "database": str(db.path),
        "schema_revision": current_revision(db.path, db.key),
        "schema_head": head_revision(),
        "size_bytes": db.path.stat().st_size if db.path.exists() else 0,
        "counts": record_counts(db),
    }
