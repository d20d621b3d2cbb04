"""Fast bulk inserts inside the caller's unit of work.

SQLAlchemy's executemany spends ~25 us per row in bind processing on this machine
(UUID, DATETIME), more than SQLite itself. This writer converts each column once
with the same storage format SQLAlchemy uses on SQLite (UUID as 32 hex digits,
"YYYY-MM-DD HH:MM:SS.ffffff", ISO dates, JSON text, 0/1) and hands plain tuples to
the driver's executemany on the session's own connection, so everything stays in one
transaction. Column defaults that are plain values are filled in; callables are not,
so rows must carry id, created_at and updated_at.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Text, Uuid
from sqlalchemy.orm import Session

from ..models import Base

Row = dict[str, Any]
_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def _uuid(value: Any) -> str:
    return value.hex


def _datetime(value: Any) -> str:
    return value.isoformat(" ", "microseconds")


def _date(value: Any) -> str:
    return value.isoformat()


def _converter(column) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Integer | Float | String | Text):
        return None
    raise TypeError(f"bulk insert cannot convert {column} of type {kind!r}")


class _TableSpec:
    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.keys = [c.key for c in table.columns]
        self.template: Row = {}
        for column in table.columns:
            default = column.default
            scalar = default is not None and default.is_scalar
            self.template[column.key] = default.arg if scalar else None
        self.defaults = list(self.template.items())
        self.convert = [(i, fn) for i, fn in enumerate(_converter(c) for c in table.columns) if fn]
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        self.id_index = self.keys.index("id")

    def to_tuple(self, row: Row) -> tuple:
        get = row.get
        values = [get(k, d) for k, d in self.defaults]
        for i, fn in self.convert:
            value = values[i]
            if value is not None:
                values[i] = fn(value)
        return tuple(values)


class BulkWriter:
    """Buffers rows per table and inserts them in chunks on the session's connection."""

    CHUNK = 20000

    def __init__(self, session: Session) -> None:
        self.session = session
        self.specs: dict[str, _TableSpec] = {}
        self.buffers: dict[str, list[Row]] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: Table, row: Row) -> None:
        buffer = self.buffers.get(table.name)
        if buffer is None:
            self.specs[table.name] = _TableSpec(table)
            buffer = self.buffers[table.name] = []
        buffer.append(row)
        if len(buffer) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        """Insert everything buffered, parent tables first.

        Callers add a parent row before its children, so with this order no foreign key
        is ever left dangling. That matters for speed, not only correctness: while a
        deferred violation is outstanding, SQLite scans the child tables (many with
        unindexed foreign keys) on every insert into a parent table.
        """
        for name in sorted(self.buffers, key=_TABLE_ORDER.__getitem__):
            self._flush_table(name)

    def _flush_table(self, name: str) -> None:
        rows = self.buffers[name]
        if not rows:
            return
        spec = self.specs[name]
        tuples = [spec.to_tuple(r) for r in rows]
        # Keys in ascending order append to the primary-key b-tree instead of splitting it.
        tuples.sort(key=itemgetter(spec.id_index))
        self.session.connection().exec_driver_sql(spec.sql, tuples)
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        self.session.info.setdefault("changed", set()).add(name)
        rows.clear()
