"""Importing accounts, contacts, leads and deals: what the wizard and the CLI call.

`preview` reads a file and shows the first rows as they will be stored; `run_import`
imports it in one unit of work. A row with a known source id (same source system)
updates its record, else the match keys (name + city for accounts, email for contacts
and leads, name + account for deals) find it; a record that would not change counts as
unchanged, so importing the same file twice creates nothing the second time. Blank
cells never erase what a record already holds.

Phones are stored as written, with their E.164 form and validity; the same number
written another way is no change. Imported leads whose email an earlier lead has are
flagged as its duplicates (never merged), in the same unit of work.

Linking: contacts and deals find their account by the source's company id, else by the
exact name (case-insensitive) of one live account. A contact whose company is not found
is kept without an account, with a warning; a deal, which needs an account, is a row
error. A deal's contact (id or email) that is not found is a warning.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import QT_TRANSLATE_NOOP
from ..models import utcnow
from .linking import link_account, link_deal
from .mapping import RecordType, detect_preset, guess_mapping, validate_mapping
from .parallel import RowSource
from .reading import Table, read_table
from .report import (
    ImportCancelled,
    ImportPreview,
    ImportReport,
    NoRowsError,
    PreviewRow,
    UnusableMappingError,
    row_error,
)
from .rows import E164, VALID, RowReader, RowValues
from .saved import save_mapping, saved_mappings  # noqa: F401 - part of this API
from .store import (
    DEFAULT_MATCH_KEYS,
    Existing,
    Links,
    flag_lead_duplicates,
    needs_geocoding,
    queued_accounts,
    write,
)
from .values import Problem

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 1000
PHONE_E164, PHONE_VALID = "phone" + E164, "phone" + VALID
PHONE_KEYS = ("phone", PHONE_E164, PHONE_VALID)
LINK_FIELDS = ("account_source_id", "account_name", "contact_source_id", "contact_email", "stage")


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    skip_invalid: bool = False  # False: any row error and nothing is written
    match_keys: tuple[str, ...] | None = None  # None: DEFAULT_MATCH_KEYS; (): source id only
    source_system: str | None = None  # None: the given or detected preset's name, or "file"
    preset: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    phone_region: str = "GB"  # for numbers without a country code when the row has no country
    decimal: str | None = None  # "," or "." when a lone separator is ambiguous
    dayfirst: bool | None = None
    workers: int | None = None  # None: a helper process for big files on 2+ cores; 1: none


def preview(
    path: str | Path,
    record_type: RecordType | str,
    mapping: dict[str, str | None] | None = None,
    preset: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    rows: int = 20,
    *,
    options: ImportOptions | None = None,
) -> ImportPreview:
    """The file as the import will see it: detected encoding and delimiter, headers, the
    given or guessed mapping and its problems, and the first `rows` rows normalised."""
    rt = RecordType(record_type)
    options = options or ImportOptions()
    with _no_cyclic_gc():
        table = read_table(path, encoding=encoding, delimiter=delimiter)
    used_preset = preset or detect_preset(table.headers, rt)
    chosen = dict(mapping) if mapping is not None else guess_mapping(table.headers, rt, preset)
    problems = mapping_problems(table, rt, chosen)
    reader = _reader(table, rt, chosen, options)
    shown = []
    for number, cells in zip(table.row_numbers[:rows], table.rows[:rows], strict=True):
        row = reader.read(number, cells)
        errors = [row_error(number, p.column, p.value, p.problem) for p in row.problems]
        shown.append(PreviewRow(number, row.values, errors))
    return ImportPreview(
        encoding=table.encoding,
        delimiter=table.delimiter,
        encoding_confidence=table.encoding_confidence,
        headers=table.headers,
        mapping={h: k for h, k in chosen.items() if k},
        preset=used_preset,
        mapping_problems=problems,
        rows=shown,
        total_rows=len(table.rows),
    )


def mapping_problems(
    table: Table, record_type: RecordType, mapping: dict[str, str | None]
) -> list[Problem]:
    """validate_mapping, plus a mapped column whose header the file repeats."""
    problems = validate_mapping(mapping, record_type, table.headers)
    for change in table.header_changes:
        original = " ".join(change.original.split())
        if original and mapping.get(original):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "the file has more than one column named {column}"),
                    {"column": original},
                )
            )
    return problems


def run_import(
    db: Database,
    user_id: uuid.UUID | None,
    path: str | Path,
    record_type: RecordType | str,
    mapping: dict[str, str | None],
    *,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import a file in one unit of work. Raises ImportReadError / UnusableMappingError /
    NoRowsError for an unusable file and ImportCancelled when `cancelled()` turns true
    (the transaction is rolled back: the database is as before)."""
    rt = RecordType(record_type)
    options = options or ImportOptions()
    table = read_table(path, encoding=options.encoding, delimiter=options.delimiter)
    problems = mapping_problems(table, rt, mapping)
    if problems:
        raise UnusableMappingError(problems)
    if not table.rows:
        raise NoRowsError(str(path))
    detected = detect_preset(table.headers, rt)
    source_system = options.source_system or options.preset or detected or "file"
    job = _Import(table, rt, mapping, options, source_system, user_id, progress, cancelled)
    try:
        with _no_cyclic_gc():
            if options.dry_run:
                with db.read() as session:
                    return job.run(session, write_changes=False)
            with db.write() as session:
                return job.run(session, write_changes=True)
    except Refused as refused:
        return refused.report


class Refused(Exception):  # noqa: N818 - control flow, never leaves run_import
    """Row errors in an all-or-nothing import: leave the unit of work by rolling back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("refused")
        self.report = report


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Tens of thousands of row dicts and no reference cycles: the cyclic collector would
    only rescan the growing heap again and again (measured: half the run time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _reader(table: Table, rt: RecordType, mapping, options: ImportOptions) -> RowReader:
    return RowReader(
        table.headers,
        rt,
        mapping,
        phone_region=options.phone_region,
        decimal=options.decimal,
        dayfirst=options.dayfirst,
        excel_serial=table.encoding is None,  # XLSX: a bare number in a date column
    )


class _Import:
    def __init__(self, table, rt, mapping, options, source_system, user_id, progress, cancelled):
        self.table, self.rt, self.options = table, rt, options
        self.source_system, self.user_id = source_system, user_id
        self.progress, self.cancelled = progress, cancelled
        self.reader = _reader(table, rt, mapping, options)
        keys = options.match_keys
        self.match_keys = DEFAULT_MATCH_KEYS[rt] if keys is None else tuple(keys)
        # A new record's match key is its row's, unless it is on a column filled in here.
        self.key_from_row = not set(self.match_keys) & {"owner_id", "source_system", "probability"}
        self.report = ImportReport(rt.value, source_system, dry_run=options.dry_run)
        self.now = utcnow()
        self.flushed: set[uuid.UUID] = set()  # created records already inserted

    def _tick(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(done, len(self.table.rows))

    def run(self, session: Session, *, write_changes: bool) -> ImportReport:
        report = self.report
        existing = Existing(session, self.rt, self.source_system, self.match_keys)
        links = Links(session, self.source_system, contacts=self.rt is RecordType.DEALS)
        creates: dict[uuid.UUID, dict[str, object]] = {}
        updates: dict[uuid.UUID, dict[str, object]] = {}

        def write_early() -> None:
            # While the helper process finishes its rows, insert what is ready (still one
            # transaction: a later refusal or cancel rolls it back).
            if write_changes and (self.options.skip_invalid or not report.errors):
                ready = [r for rid, r in creates.items() if rid not in self.flushed]
                write(session, self.rt, ready, {}, self.now, [], [])
                self.flushed.update(r["id"] for r in ready)

        source = RowSource(
            self.reader,
            self.table.row_numbers,
            self.table.rows,
            self.options.workers,
            before_wait=write_early,
        )
        try:
            for done, row in enumerate(source):
                if done % PROGRESS_EVERY == 0:
                    self._tick(done)
                self._row(row, existing, links, creates, updates)
        finally:
            source.close()
        self._tick(report.read)
        if report.errors and not self.options.skip_invalid:
            report.created = report.updated = report.unchanged = 0
            report.skipped = report.read
            raise Refused(report)  # rolls back anything written early
        geocode, located = self._geocoding(session, existing, creates, updates)
        report.geocode_queued = len(geocode)
        if write_changes:
            ready = [r for rid, r in creates.items() if rid not in self.flushed]
            write(session, self.rt, ready, updates, self.now, geocode, located)
            if self.rt is RecordType.LEADS:
                report.duplicates_flagged = flag_lead_duplicates(session, [*creates, *updates])
            self._tick(report.read)
            report.written = True
        return report

    def _row(self, row: RowValues, existing: Existing, links: Links, creates, updates) -> None:
        report = self.report
        report.read += 1
        columns = self._columns(row, links)
        for p in row.problems:
            target = report.warnings if p.problem.warning else report.errors
            target.append(row_error(row.number, p.column, p.value, p.problem))
        if not row.ok:
            report.skipped += 1
            return
        self._apply(columns, existing, links, creates, updates, row.record_id)

    def _columns(self, row: RowValues, links: Links) -> dict[str, object]:
        """The row's values as model columns: links resolved, blanks left out."""
        values = row.values
        columns = {k: v for k, v in values.items() if k not in LINK_FIELDS and v is not None}
        if values.get("phone") is not None:  # the three go together, an unparsed one too
            columns[PHONE_E164] = values.get(PHONE_E164)
        if values.get("source_id") is not None:
            columns["source_system"] = self.source_system
        if self.rt in (RecordType.CONTACTS, RecordType.DEALS) and (
            "account_source_id" in values or "account_name" in values
        ):
            link_account(row, links, columns, self.rt, self._header)
        if self.rt is RecordType.DEALS:
            link_deal(row, links, columns, self._header)
        return columns

    def _header(self, key: str) -> str | None:
        return next((h for _, h, f in self.reader.columns if f.key == key), None)

    def _apply(self, columns, existing: Existing, links: Links, creates, updates, rid) -> None:
        stage = columns.pop("_stage", None)
        key = existing.key(columns)
        record = existing.find(columns, rid, key)
        if record is None:
            record = self._new_record(columns, stage)
            existing.add(record, key if self.key_from_row else True)
            creates[record["id"]] = record
            if self.rt is RecordType.ACCOUNTS:
                links.add_account(record["id"], record.get("name"))
            self.report.created += 1
            return
        if record.get("source_id"):  # matched on keys: keep where the record came from
            columns.pop("source_id", None)
            columns.pop("source_system", None)
        changes = {k: v for k, v in columns.items() if record.get(k) != v}
        if "phone" in columns and self._same_phone(record, columns):
            for name in PHONE_KEYS:
                changes.pop(name, None)
        if not changes:
            self.report.unchanged += 1
            return
        record.update(changes)
        rid = record["id"]
        if rid in creates and rid not in self.flushed:  # a repeat of a row of this file
            self.report.updated += 1
            return
        updates.setdefault(rid, {}).update(changes)
        self.report.updated += 1

    def _same_phone(self, record: dict[str, object], columns: dict[str, object]) -> bool:
        """The file's phone is the one the record holds, however it is written."""
        old = record.get("phone")
        if not isinstance(old, str):
            return False
        new_e164 = columns[PHONE_E164]
        old_e164 = record.get(PHONE_E164)
        if old == columns["phone"]:  # the same text: changed only if read another way
            known = record.get(PHONE_VALID) is not None  # (a country given later)
            return not known or (old_e164, record[PHONE_VALID]) == (new_e164, columns[PHONE_VALID])
        if record.get(PHONE_VALID) is None:  # saved without its E.164 form: work it out
            region = columns.get("country") or record.get("country")
            old_e164 = self.reader.e164(old, region)  # type: ignore[arg-type]
        return new_e164 is not None and new_e164 == old_e164

    def _new_record(self, columns: dict, stage) -> dict[str, object]:
        # A microsecond apart, in file order: lists by creation time (and which of two
        # leads with one email is the duplicate) follow the file.
        made = self.now + timedelta(microseconds=self.report.created)
        record = {"id": uuid.uuid4(), "created_at": made, "updated_at": made, **columns}
        if self.rt is not RecordType.CONTACTS:
            record.setdefault("owner_id", self.user_id)
        record.setdefault("source_system", self.source_system)
        if self.rt is RecordType.DEALS:
            record["stage_id"] = stage.id
            record["stage_entered_at"] = self.now
            record.setdefault("probability", stage.probability)
            if stage.is_won or stage.is_lost:
                record["closed_at"] = self.now
        return record

    def _geocoding(self, session, existing: Existing, creates, updates):
        if self.rt is not RecordType.ACCOUNTS:
            return [], []
        queued = queued_accounts(session)
        touched = [*creates, *updates]
        geocode = [
            rid for rid in touched if rid not in queued and needs_geocoding(existing.records[rid])
        ]
        located = [
            rid for rid in updates if rid in queued and not needs_geocoding(existing.records[rid])
        ]
        return geocode, located
