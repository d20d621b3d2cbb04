"""Report exports are formula-safe for any text (a hypothesis property test).

Whatever text sits in a report's text cell, the CSV and XLSX written for it, read back
with the csv module and openpyxl, hold no cell that starts with a formula trigger
(`= + - @`, tab, CR), not even behind leading control characters a spreadsheet may skip,
every XLSX text cell is a string cell, and taking the one added quote off gives the
text back as cleaned: in CSV without the control characters XML cannot hold (both
formats drop them before the formula check, so "\x00=1" is "'=1"), in XLSX also with CR
LF and CR as LF (the quote is added when the text as given or as normalised needs it).
A leading LF is no trigger (OWASP lists tab and CR), so it is not stripped here.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesdesk.core.exports.files import CONTROL_CHARACTERS, FORMULA_TRIGGERS
from salesdesk.core.exports.writers import xlsx_text
from salesdesk.core.reports import Column, Kind, Report, ReportFilter, export_report

FILTER = ReportFilter(date(2024, 3, 1), date(2024, 3, 31))
COLUMNS = (
    Column("name", "Name"),
    Column("amount", "Amount", Kind.MONEY),
    Column("share", "Share", Kind.PERCENT),
)
# Text that a spreadsheet would run, quote games, line ends and control characters.
TRICKY = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "'", '"', ",", "\x00", "\x1b"])
# What a spreadsheet might skip before a trigger: every C0 control character but LF.
SKIPPABLE = "".join(chr(i) for i in range(32) if chr(i) != "\n")
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(TRICKY, st.text(max_size=3)), max_size=8).map("".join),
)


def unquote(cell: str) -> str:
    """What an import does: one quote off a cell whose quotes hide a trigger."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return cell[1:]
    return cell


def quotes(text: str) -> bool:
    """Whether the export adds a quote to `text` (the inverse of unquote)."""
    return text.lstrip("'").startswith(FORMULA_TRIGGERS)


def csv_text(text: str) -> str:
    """Text as a CSV cell holds it: the control characters XML cannot hold dropped."""
    return CONTROL_CHARACTERS.sub("", text)


def report_with(text: str) -> Report:
    rows = [(text, -12.5, 0.25), ("plain", 3.0, None)]
    return Report("safety", "Safety", COLUMNS, rows, filter=FILTER)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_comes_back_formula_safe_from_csv_and_xlsx(text: str) -> None:
    report = report_with(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.csv"
        export_report(report, path, "csv")
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == ["Name", "Amount", "Share"]
        cell = rows[1][0]
        for value in [*rows[0], *(row[0] for row in rows[1:])]:  # the text cells
            assert not value.lstrip(SKIPPABLE).startswith(FORMULA_TRIGGERS), value
        assert unquote(cell) == csv_text(text)
        assert rows[1][1:] == ["-12.5", "0.25"]  # numbers stay numbers, not prefixed
        assert rows[2] == ["plain", "3", ""]

        path = Path(folder) / "r.xlsx"
        export_report(report, path, "xlsx")
        sheet = openpyxl.load_workbook(path).active
        cells = list(sheet.iter_rows())
        first = cells[1][0]
        value = first.value if first.value is not None else ""
        assert not value.startswith(FORMULA_TRIGGERS)
        quoted = quotes(text) or quotes(xlsx_text(text))  # as given or as XLSX holds it
        assert value == ("'" if quoted else "") + xlsx_text(text)
        if first.value is not None:
            assert first.data_type == "s"
        for row in cells:
            for c in row:
                if isinstance(c.value, str):
                    assert c.data_type == "s"
                    assert not c.value.startswith(FORMULA_TRIGGERS)
        assert cells[1][1].value == -12.5 and cells[1][1].data_type == "n"
        assert cells[1][2].value == 0.25 and cells[1][2].number_format == "0.0%"


def test_a_control_character_cannot_uncover_a_trigger_in_csv(tmp_path) -> None:
    path = tmp_path / "r.csv"
    export_report(report_with("\x00=1+1"), path, "csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1][0] == "'=1+1"
    export_report(report_with("a\x1bb\tc\r\nd"), path, "csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1][0] == "ab\tc\r\nd"  # tab and line ends stay


def test_a_control_character_cannot_uncover_a_trigger_in_xlsx(tmp_path) -> None:
    path = tmp_path / "r.xlsx"
    export_report(report_with("\x00=HYPERLINK(1)"), path, "xlsx")
    value = openpyxl.load_workbook(path).active["A2"].value
    assert value == "'=HYPERLINK(1)"
