"""What an import shows the user: the preview, the report, row errors, and the errors that
stop an import before it starts (the file is unusable as it is: nothing is written)."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import SalesDeskError
from ..i18n import QT_TRANSLATE_NOOP
from .values import Problem

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


class ImportCancelled(SalesDeskError):  # noqa: N818 - public API name, like DemoCancelled
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was saved.")
        )


class UnusableMappingError(SalesDeskError):
    """The mapping cannot import this file (a required field unmapped, a repeated column)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The columns cannot be imported as mapped: {problems}"),
            problems="; ".join(str(p) for p in problems),
        )


class NoRowsError(SalesDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} has a header row but no data rows."), path=path
        )


@dataclass(frozen=True)
class RowError:
    """One problem in one row: the row as the spreadsheet numbers it (the header is 1),
    the column header ("" for the row as a whole), the cell's text, and the reason as a
    translatable template with its parameters."""

    row: int
    column: str
    value: str
    template: str
    params: dict[str, object] = field(default_factory=dict)
    warning: bool = False

    @property
    def reason(self) -> str:
        return self.template.format(**self.params)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["reason"] = self.reason
        return data


@dataclass
class PreviewRow:
    row: int
    values: dict[str, object]  # field key -> the value as it will be stored
    problems: list[RowError]


@dataclass
class ImportPreview:
    encoding: str | None
    delimiter: str | None
    encoding_confidence: float
    headers: list[str]
    mapping: dict[str, str]
    preset: str | None
    mapping_problems: list[Problem]
    rows: list[PreviewRow]
    total_rows: int


@dataclass
class ImportReport:
    """What happened to every row. created + updated + unchanged + skipped == read.

    `written` is False for a dry run, and for an all-or-nothing import refused because
    of row errors (every row then counts as skipped). `errors` holds the problems that
    rejected rows; `warnings` the ones that let a row through (a phone kept as written,
    a contact whose company was not found, kept without an account).
    """

    record_type: str
    source_system: str
    dry_run: bool = False
    written: bool = False
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    geocode_queued: int = 0
    duplicates_flagged: int = 0  # leads whose email an earlier lead has (written imports)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    @property
    def rejected_rows(self) -> int:
        return len({e.row for e in self.errors})

    @property
    def refused(self) -> bool:
        """True when row errors stopped an all-or-nothing import."""
        return bool(self.errors) and self.skipped == self.read and self.read > 0

    def counts(self) -> dict[str, int]:
        return {
            "read": self.read,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": len(self.errors),
            "geocode_queued": self.geocode_queued,
        }

    def to_dict(self) -> dict[str, object]:
        return {
            "record_type": self.record_type,
            "source_system": self.source_system,
            "dry_run": self.dry_run,
            "written": self.written,
            **self.counts(),
            "duplicates_flagged": self.duplicates_flagged,
            "warnings": len(self.warnings),
            "row_errors": [e.to_dict() for e in self.errors],
            "row_warnings": [w.to_dict() for w in self.warnings],
        }

    def write_errors_csv(self, path: str | Path, *, warnings: bool = True) -> int:
        """The problems as CSV (UTF-8 with BOM, for Excel), formula-safe; returns rows written."""
        problems = sorted([*self.errors, *(self.warnings if warnings else [])], key=lambda e: e.row)
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["row", "column", "value", "problem", "severity"])
            for p in problems:
                severity = "warning" if p.warning else "error"
                out.writerow(
                    [p.row, safe_cell(p.column), safe_cell(p.value), safe_cell(p.reason), severity]
                )
        return len(problems)


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def row_error(row: int, column: str | None, value: str, problem: Problem) -> RowError:
    return RowError(
        row, column or "", value, problem.template, dict(problem.params), problem.warning
    )
