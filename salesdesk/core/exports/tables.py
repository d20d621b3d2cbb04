"""Accounts, contacts, leads, deals and calls as CSV or XLSX: one row per live record.

Columns are `id` (the SalesDesk UUID) and then the import field keys of
`imports.mapping.FIELDS` for the record type, so the file imports again with no mapping;
links are filled from the linked records (`account_name` is the account's name,
`account_source_id` its source id, a deal's `contact_*` its primary contact). Calls have
their own columns (CALL_COLUMNS): start in ISO 8601 with this computer's UTC offset, the
account's name and the stage the call list shows.

The files are written by writers.write_table (CSV with a BOM and CRLF, XLSX with every
text cell a string cell), formula-safe (files.py), to a temporary file swapped in at
the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from ..calls.listing import STAGE
from ..db import Database
from ..imports.mapping import FIELDS, RecordType
from ..models import Account, Call, Contact, Lead, Opportunity, PipelineStage
from .files import ExportCancelled, atomic_file
from .writers import TableFormat, write_table

CALL_COLUMNS = ("id", "start", "account", "type", "stage", "objective", "outcome", "next_steps")
BATCH = 1000  # rows between progress reports and cancel checks


class ExportKind(StrEnum):
    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    LEADS = "leads"
    DEALS = "deals"
    CALLS = "calls"


def columns(kind: ExportKind | str) -> tuple[str, ...]:
    """The header row of an export of `kind`."""
    kind = ExportKind(kind)
    if kind == ExportKind.CALLS:
        return CALL_COLUMNS
    return ("id", *(f.key for f in FIELDS[RecordType(kind.value)]))


def export_records(
    db: Database,
    kind: ExportKind | str,
    path: str | Path,
    fmt: TableFormat | str,
    *,
    owner_id: uuid.UUID | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the live records of `kind` (those of `owner_id`, or all) to `path`; return how
    many. `progress(done, total)` is called every BATCH rows; `cancelled()` true stops the
    export with ExportCancelled and no file. The old file at `path` stays on any failure."""
    kind, fmt = ExportKind(kind), TableFormat(fmt)
    header = columns(kind)
    stmt = _statement(kind, owner_id)
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        result = s.execute(stmt.execution_options(yield_per=BATCH))
        rows = _checked(_values(kind, result), total, progress, cancelled)
        with atomic_file(path) as tmp:
            count = write_table(tmp, header, rows, fmt)
    return count


def _checked(rows: Iterable[tuple], total: int, progress, cancelled) -> Iterator[tuple]:
    for done, row in enumerate(rows, start=1):
        if done % BATCH == 1 and cancelled is not None and cancelled():
            raise ExportCancelled()
        yield row
        if progress is not None and (done % BATCH == 0 or done == total):
            progress(done, total)
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def _statement(kind: ExportKind, owner_id: uuid.UUID | None) -> Select:
    if kind == ExportKind.ACCOUNTS:
        keys = columns(kind)[1:]
        stmt = select(Account.id, *(getattr(Account, k) for k in keys))
        stmt = stmt.where(Account.deleted_at.is_(None)).order_by(Account.name, Account.id)
        return stmt if owner_id is None else stmt.where(Account.owner_id == owner_id)
    if kind == ExportKind.CONTACTS:
        stmt = (
            select(
                Contact.id,
                Contact.source_id,
                Contact.first_name,
                Contact.last_name,
                Contact.title,
                Contact.email,
                Contact.phone,
                Contact.buying_role,
                Contact.preferences,
                Account.source_id,
                Account.name,
            )
            .outerjoin(Account, Account.id == Contact.account_id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name, Contact.id)
        )
        return stmt if owner_id is None else stmt.where(Account.owner_id == owner_id)
    if kind == ExportKind.LEADS:
        keys = columns(kind)[1:]
        stmt = select(Lead.id, *(getattr(Lead, k) for k in keys))
        stmt = stmt.where(Lead.deleted_at.is_(None)).order_by(Lead.created_at, Lead.id)
        return stmt if owner_id is None else stmt.where(Lead.owner_id == owner_id)
    if kind == ExportKind.DEALS:
        contact = aliased(Contact)
        stmt = (
            select(
                Opportunity.id,
                Opportunity.source_id,
                Opportunity.name,
                Account.source_id,
                Account.name,
                contact.source_id,
                contact.email,
                PipelineStage.name,
                Opportunity.kind,
                Opportunity.amount,
                Opportunity.probability,
                Opportunity.close_date,
                Opportunity.lost_reason,
                Opportunity.next_step,
                Opportunity.next_step_date,
                Opportunity.business_problem,
            )
            .join(Account, Account.id == Opportunity.account_id)
            .outerjoin(PipelineStage, PipelineStage.id == Opportunity.stage_id)
            .outerjoin(contact, contact.id == Opportunity.primary_contact_id)
            .where(Opportunity.deleted_at.is_(None))
            .order_by(Opportunity.created_at, Opportunity.id)
        )
        return stmt if owner_id is None else stmt.where(Opportunity.owner_id == owner_id)
    stmt = (
        select(
            Call.id,
            Call.planned_start,
            Account.name,
            Call.call_type,
            STAGE,
            Call.objective,
            Call.outcome,
            Call.next_steps,
        )
        .join(Account, Account.id == Call.account_id)
        .where(Call.deleted_at.is_(None))
        .order_by(Call.planned_start.asc().nulls_last(), Call.id)
    )
    return stmt if owner_id is None else stmt.where(Call.owner_id == owner_id)


def _values(kind: ExportKind, result) -> Iterator[tuple]:
    for row in result:
        row = tuple(row)
        if kind == ExportKind.CALLS and row[1] is not None:
            row = (row[0], _local(row[1]), *row[2:])
        yield row


def _local(moment: datetime) -> datetime:
    """Naive UTC as stored -> this computer's clock with its offset, to the second."""
    return moment.replace(tzinfo=UTC, microsecond=0).astimezone()
