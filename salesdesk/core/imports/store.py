"""What an import matches against and how it writes, inside the caller's transaction.

`Existing` loads the live records of one type once (ids, columns, source keys, match
keys) so 50,000 rows match in memory; `Links` finds accounts (by source id or name),
contacts (by source id or email) and pipeline stages. `write` inserts new records with
the demo's bulk writer, updates changed ones with one executemany per set of columns,
and queues accounts that have an address but no coordinates for geocoding; leads that
share an email with an earlier one are flagged (leads/duplicates.py), never merged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from ..demo.bulk import BulkWriter
from ..geocoding.reasons import GeocodeReason
from ..leads.duplicates import flag_duplicates
from ..models import Account, Contact, GeocodeQueue, Lead, Opportunity, PipelineStage
from .mapping import FIELDS, RecordType, normalise_header

MODELS = {
    RecordType.ACCOUNTS: Account,
    RecordType.CONTACTS: Contact,
    RecordType.LEADS: Lead,
    RecordType.DEALS: Opportunity,
}
# Matched on these (case-insensitive) when a row has no known source id.
DEFAULT_MATCH_KEYS: dict[RecordType, tuple[str, ...]] = {
    RecordType.ACCOUNTS: ("name", "city"),
    RecordType.CONTACTS: ("email",),
    RecordType.LEADS: ("email",),
    RecordType.DEALS: ("name", "account_id"),
}
# The stage names HubSpot's default pipeline and Salesforce use, as SalesDesk stages.
STAGE_ALIASES = {
    "appointmentscheduled": "prospecting",
    "qualifiedtobuy": "qualification",
    "presentationscheduled": "needs analysis",
    "decisionmakerboughtin": "proposal",
    "contractsent": "negotiation",
    "closedwon": "closed won",
    "closedlost": "closed lost",
    "value proposition": "needs analysis",
    "id decision makers": "needs analysis",
    "perception analysis": "needs analysis",
    "proposal price quote": "proposal",
    "negotiation review": "negotiation",
}
GEOCODE_DETAIL = "imported"
FLAG_CHUNK = 10_000  # lead ids per duplicate check (SQLite's bound-parameter limit)
_ALWAYS = frozenset(
    {"id", "source_system", "source_id", "account_id", "primary_contact_id", "stage_id"}
    | {"street", "postal_code", "city", "lat", "lon", "phone_e164", "phone_valid"}
)


def table_of(record_type: RecordType) -> Table:
    return MODELS[record_type].__table__  # type: ignore[return-value]


def key_of(values: Iterable[object]) -> tuple | None:
    """A match key: text case-folded and trimmed; None when every part is blank."""
    parts = []
    blank = True
    for v in values:
        if isinstance(v, str):
            v = " ".join(v.split()).casefold()
        elif v is None:
            v = ""
        if v != "":
            blank = False
        parts.append(v)
    return None if blank else tuple(parts)


class Existing:
    """The live records of one type, by id, by source key and by match key."""

    def __init__(
        self,
        session: Session,
        record_type: RecordType,
        source_system: str,
        match_keys: tuple[str, ...],
    ) -> None:
        self.table = table_of(record_type)
        self.source_system = source_system
        self.match_keys = match_keys
        self.columns = [c.key for c in self.table.columns]
        self.records: dict[uuid.UUID, dict[str, object]] = {}
        self.by_source: dict[str, uuid.UUID] = {}
        self.by_key: dict[tuple, uuid.UUID] = {}
        t = self.table
        # Only what an import compares or matches on: fewer columns to convert.
        wanted = {f.key for f in FIELDS[record_type]} | set(match_keys) | _ALWAYS
        columns = [c for c in t.columns if c.key in wanted]
        for row in session.execute(select(*columns).where(t.c.deleted_at.is_(None))).mappings():
            self.add(dict(row))

    def add(self, record: dict[str, object], key: tuple | bool | None = True) -> None:
        """Index a record; `key` is its match key when the caller has it (True: work it
        out here)."""
        rid = record["id"]
        assert isinstance(rid, uuid.UUID)
        self.records[rid] = record
        if record.get("source_id") and record.get("source_system") == self.source_system:
            self.by_source.setdefault(str(record["source_id"]), rid)
        if key is True:
            key = self.key(record)
        if key is not None:
            self.by_key.setdefault(key, rid)  # type: ignore[arg-type]

    def key(self, values: dict[str, object]) -> tuple | None:
        if not self.match_keys:
            return None
        return key_of(values.get(k) for k in self.match_keys)

    def find(
        self,
        values: dict[str, object],
        record_id: uuid.UUID | None = None,
        key: tuple | None = None,
    ) -> dict[str, object] | None:
        """The record with this id, else this source id, else match `key` (of `values`)."""
        if record_id is not None and record_id in self.records:
            return self.records[record_id]
        source_id = values.get("source_id")
        if source_id:
            rid = self.by_source.get(str(source_id))
            if rid is not None:
                return self.records[rid]
        rid = self.by_key.get(key) if key is not None else None
        return self.records[rid] if rid is not None else None


class Links:
    """Accounts, contacts and stages that imported contacts and deals point to."""

    def __init__(self, session: Session, source_system: str, *, contacts: bool) -> None:
        self.accounts_by_source: dict[str, uuid.UUID] = {}
        self.accounts_by_name: dict[str, list[uuid.UUID]] = {}
        a = Account.__table__.c
        live = a.deleted_at.is_(None)
        for rid, name, system, sid in session.execute(
            select(a.id, a.name, a.source_system, a.source_id).where(live)
        ):
            if sid and system == source_system:
                self.accounts_by_source.setdefault(str(sid), rid)
            self.accounts_by_name.setdefault(_name(name), []).append(rid)
        self.contacts_by_source: dict[str, uuid.UUID] = {}
        self.contacts_by_email: dict[str, list[uuid.UUID]] = {}
        if contacts:
            c = Contact.__table__.c
            for rid, email, system, sid in session.execute(
                select(c.id, c.email, c.source_system, c.source_id).where(c.deleted_at.is_(None))
            ):
                if sid and system == source_system:
                    self.contacts_by_source.setdefault(str(sid), rid)
                if email:
                    self.contacts_by_email.setdefault(email.casefold(), []).append(rid)
        self.stages: dict[str, PipelineStage] = {}
        self.first_open: PipelineStage | None = None
        for stage in session.scalars(
            select(PipelineStage)
            .where(PipelineStage.deleted_at.is_(None))
            .order_by(PipelineStage.position)
        ):
            self.stages.setdefault(normalise_header(stage.name), stage)
            self.stages.setdefault(normalise_header(stage.name).replace(" ", ""), stage)
            if self.first_open is None and not stage.is_won and not stage.is_lost:
                self.first_open = stage

    def account(self, source_id: object, name: object) -> tuple[uuid.UUID | None, str]:
        """The account id, or None and why: "missing", "unknown" or "ambiguous"."""
        if source_id:
            found = self.accounts_by_source.get(first_id(source_id))
            if found is not None:
                return found, ""
        if name:
            ids = self.accounts_by_name.get(_name(name), [])
            if len(ids) == 1:
                return ids[0], ""
            if len(ids) > 1:
                return None, "ambiguous"
        return None, "unknown" if (source_id or name) else "missing"

    def contact(self, source_id: object, email: object) -> uuid.UUID | None:
        if source_id:
            found = self.contacts_by_source.get(first_id(source_id))
            if found is not None:
                return found
        if email:
            ids = self.contacts_by_email.get(str(email).casefold(), [])
            if len(ids) == 1:
                return ids[0]
        return None

    def stage(self, name: object) -> PipelineStage | None:
        if not name:
            return None
        key = normalise_header(str(name))
        key = STAGE_ALIASES.get(key, STAGE_ALIASES.get(key.replace(" ", ""), key))
        return self.stages.get(key) or self.stages.get(key.replace(" ", ""))

    def add_account(self, rid: uuid.UUID, name: object) -> None:
        self.accounts_by_name.setdefault(_name(name), []).append(rid)


def first_id(value: object) -> str:
    """HubSpot writes several associated ids as "123;456": the first is the primary one."""
    return str(value).replace(",", ";").split(";")[0].strip()


def _name(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def needs_geocoding(record: dict[str, object]) -> bool:
    has_address = any(record.get(k) for k in ("street", "postal_code", "city"))
    lat, lon = record.get("lat"), record.get("lon")
    located = lat is not None and lon is not None and not (lat == 0 and lon == 0)
    return has_address and not located


def queued_accounts(session: Session) -> set[uuid.UUID]:
    return set(session.scalars(select(GeocodeQueue.account_id)))


def write(
    session: Session,
    record_type: RecordType,
    creates: list[dict[str, object]],
    updates: dict[uuid.UUID, dict[str, object]],
    now: datetime,
    geocode: list[uuid.UUID],
    located: list[uuid.UUID],
) -> None:
    """Insert `creates`, apply `updates` ({id: changed columns}), fix the geocoding queue."""
    table = table_of(record_type)
    writer = BulkWriter(session)
    for record in creates:
        writer.add(table, record)
    queue = GeocodeQueue.__table__
    for account_id in geocode:
        writer.add(
            queue,  # type: ignore[arg-type]
            {
                "id": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "account_id": account_id,
                "reason": GeocodeReason.OFFLINE.value,
                "detail": GEOCODE_DETAIL,
                "attempts": 0,
            },
        )
    writer.flush()
    groups: dict[frozenset[str], list[dict[str, object]]] = {}
    for rid, changes in updates.items():
        groups.setdefault(frozenset(changes), []).append({"b_id": rid, **changes})
    connection = session.connection()
    for params in groups.values():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(version=table.c.version + 1, updated_at=now)
        )
        connection.execute(stmt, params)
    if updates:
        session.info.setdefault("changed", set()).add(table.name)
    for start in range(0, len(located), 500):
        chunk = located[start : start + 500]
        connection.execute(delete(queue).where(queue.c.account_id.in_(chunk)))
    if located:
        session.info.setdefault("changed", set()).add(queue.name)


def flag_lead_duplicates(session: Session, lead_ids: list[uuid.UUID]) -> int:
    """Flag the imported leads whose email an earlier live lead has; how many are flagged."""
    return sum(
        flag_duplicates(session, lead_ids[start : start + FLAG_CHUNK])
        for start in range(0, len(lead_ids), FLAG_CHUNK)
    )
