"""CSV, XLSX and vCard exports of a demo territory read back intact and formula-safe."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from salesdesk.core.demo import generate
from salesdesk.core.domain import CallStage
from salesdesk.core.exports import (
    ExportCancelled,
    ExportError,
    columns,
    export_records,
    export_vcards,
    plain_number,
    safe_text,
)
from salesdesk.core.exports.vcard import fold
from salesdesk.core.imports.mapping import guess_mapping
from salesdesk.core.models import Account, Call, Contact, Lead, Opportunity, utcnow
from salesdesk.core.workspace import current_profile

TODAY = date(2024, 6, 12)
HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"]
PERSIAN = "شرکت بازرگانی پارس"
NOTES = 'line one\nline "two", three'
LONG_TITLE = "مدیر ارشد فروش و بازاریابی منطقه‌ای در استان‌های شمالی و غربی کشور، بخش صنایع غذایی"
MODELS = {"accounts": Account, "contacts": Contact, "leads": Lead, "deals": Opportunity}


@pytest.fixture
def demo(db):
    """The demo territory plus hostile and Persian accounts and contacts of the user."""
    generate(db, accounts=40, seed=3, today=TODAY)
    me = current_profile(db)
    with db.write() as s:
        for name in [*HOSTILE, PERSIAN]:
            s.add(Account(name=name, owner_id=me.id, notes=NOTES, current_revenue=-1500.5))
        big = Account(name="Big; Co, \\Ltd", owner_id=me.id, current_revenue=1234567.0)
        s.add(big)
        s.add(Account(name="Gone Ltd", owner_id=me.id, deleted_at=utcnow()))
        s.flush()
        s.add(
            Contact(
                account_id=big.id,
                first_name="Zahra, Sara",
                last_name="Ahmadi; \\Rahimi",
                title=LONG_TITLE,
                email="zahra@example.com",
                phone="+44 20 7946 0000",
                preferences="call after 10\nnever on Fridays",
            )
        )
    return db, me


def _live(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("kind", ["accounts", "contacts", "leads", "deals"])
def test_csv_has_the_import_field_keys_and_one_row_per_live_record(demo, tmp_path, kind):
    db, _ = demo
    out = tmp_path / f"{kind}.csv"
    count = export_records(db, kind, out, "csv")
    rows = _read_csv(out)
    assert list(rows[0]) == list(columns(kind))
    assert count == len(rows) == _live(db, MODELS[kind]) > 0
    # Every field column maps to itself on import with no mapping given.
    mapping = guess_mapping(list(columns(kind)), kind)
    assert all(mapping[key] == key for key in columns(kind) if key not in ("id", "source_id"))


def test_csv_prefixes_formula_triggers_and_keeps_text_intact(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "accounts.csv"
    export_records(db, "accounts", out, "csv")
    names = {r["name"]: r for r in _read_csv(out)}
    for hostile in HOSTILE:
        assert "'" + hostile in names and hostile not in names
    assert PERSIAN in names and names[PERSIAN]["notes"] == NOTES
    assert "Big; Co, \\Ltd" in names and "Gone Ltd" not in names


def test_csv_is_utf8_with_bom_crlf_and_plain_numbers(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "accounts.csv"
    export_records(db, "accounts", out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,source_id,name,") and b",notes\r\n" in raw
    names = {r["name"]: r for r in _read_csv(out)}
    assert names[PERSIAN]["current_revenue"] == "-1500.5"  # a number: no quote prefix
    assert names["Big; Co, \\Ltd"]["current_revenue"] == "1234567"


def test_contacts_carry_the_account_name_for_the_importer(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "contacts.csv"
    export_records(db, "contacts", out, "csv")
    zahra = next(r for r in _read_csv(out) if r["email"] == "zahra@example.com")
    assert zahra["account_name"] == "Big; Co, \\Ltd"
    assert zahra["phone"] == "'+44 20 7946 0000"  # as stored, formula-safe
    assert zahra["preferences"] == "call after 10\nnever on Fridays"


def test_xlsx_text_is_string_cells_never_formulas_and_numbers_stay_numbers(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "accounts.xlsx"
    count = export_records(db, "accounts", out, "xlsx")
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    assert header == list(columns("accounts")) and len(rows) - 1 == count
    cells = [c for row in rows for c in row if c.value is not None]
    assert all(c.data_type in ("s", "n") for c in cells)  # no "f" (formula) anywhere
    by_name = {row[header.index("name")].value: row for row in rows[1:]}
    for hostile in HOSTILE:
        cell = by_name["'" + hostile.replace("\r", "\n")][header.index("name")]  # XML: CR->LF
        assert cell.data_type == "s"
    revenue = by_name[PERSIAN][header.index("current_revenue")]
    assert revenue.data_type == "n" and revenue.value == -1500.5
    assert by_name[PERSIAN][header.index("notes")].value == NOTES


def test_xlsx_writes_a_literal_formula_text_as_a_string(db, tmp_path):
    with db.write() as s:
        s.add(Account(name="=1+1"))
    out = tmp_path / "a.xlsx"
    export_records(db, "accounts", out, "xlsx")
    cell = openpyxl.load_workbook(out).active["C2"]
    assert cell.value == "'=1+1" and cell.data_type == "s"


def test_calls_have_local_iso_times_account_and_stage(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "calls.csv"
    count = export_records(db, "calls", out, "csv")
    rows = _read_csv(out)
    assert list(rows[0]) == list(columns("calls"))
    assert count == len(rows) == _live(db, Call)
    starts = [datetime.fromisoformat(r["start"]) for r in rows if r["start"]]
    assert starts and all(s.tzinfo is not None for s in starts) and starts == sorted(starts)
    assert {r["stage"] for r in rows} <= {s.value for s in CallStage}
    assert all(r["account"] for r in rows)


def test_owner_filter_exports_only_that_reps_records(demo, tmp_path):
    db, me = demo
    out = tmp_path / "mine.csv"
    count = export_records(db, "accounts", out, "csv", owner_id=me.id)
    with db.read() as s:
        mine = s.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.owner_id == me.id, Account.deleted_at.is_(None))
        )
    assert count == mine == len(_read_csv(out)) < _live(db, Account)


def test_progress_reaches_the_total(demo, tmp_path):
    db, _ = demo
    seen = []
    count = export_records(
        db, "calls", tmp_path / "c.csv", "csv", progress=lambda *a: seen.append(a)
    )
    assert seen[-1] == (count, count)


def test_cancel_leaves_the_old_file_and_no_temporary_file(demo, tmp_path):
    db, _ = demo
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "accounts.xlsx"
    out.write_text("old")
    with pytest.raises(ExportCancelled):
        export_records(db, "accounts", out, "xlsx", cancelled=lambda: True)
    assert out.read_text() == "old" and os.listdir(folder) == ["accounts.xlsx"]


def test_unwritable_path_is_a_clear_error_and_no_file(demo, tmp_path):
    db, _ = demo
    target = tmp_path / "missing" / "accounts.csv"
    with pytest.raises(ExportError, match=r"Cannot write .*accounts\.csv"):
        export_records(db, "accounts", target, "csv")
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()
    with pytest.raises(ExportError):
        export_records(db, "accounts", folder, "csv")
    assert list(folder.iterdir()) == [] and not [p for p in tmp_path.iterdir() if ".tmp" in p.name]


def test_plain_numbers_and_safe_text():
    assert [plain_number(v) for v in (3, -2.0, 1234567.5, 1e16, 1.2e-05)] == [
        "3",
        "-2",
        "1234567.5",
        "10000000000000000",
        "0.000012",
    ]
    assert [safe_text(t) for t in ("=a", "a=b", "", "-", " +1")] == ["'=a", "a=b", "", "'-", " +1"]


# vCard ---------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] in "nN" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _split(value: str, sep: str) -> list[str]:
    """Split on `sep` not escaped by a backslash."""
    parts, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i : i + 2]
            i += 2
            continue
        if value[i] == sep:
            parts.append(current)
            current = ""
        else:
            current += value[i]
        i += 1
    return [*parts, current]


def _cards(raw: bytes) -> list[dict[str, tuple[str, str]]]:
    """Each card as {NAME: (parameters, raw value)} after unfolding."""
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cards, card = [], {}
    for line in text.replace("\r\n ", "").split("\r\n"):
        if not line:
            continue
        head, value = line.split(":", 1)
        name, _, params = head.partition(";")
        if name == "END":
            cards.append(card)
            card = {}
        elif name != "BEGIN":
            card[name] = (params, value)
    return cards


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_parse_back_with_names_escaping_and_folding(demo, tmp_path, version):
    db, _ = demo
    out = tmp_path / "contacts.vcf"
    count = export_vcards(db, out, version)
    raw = out.read_bytes()
    cards = _cards(raw)
    assert count == len(cards) == _live(db, Contact)
    assert all(c["VERSION"][1] == version and c["UID"][1].startswith("urn:uuid:") for c in cards)
    zahra = next(c for c in cards if c.get("EMAIL", ("", ""))[1] == "zahra@example.com")
    assert [_unescape(p) for p in _split(zahra["N"][1], ";")][:2] == [
        "Ahmadi; \\Rahimi",
        "Zahra, Sara",
    ]
    assert _unescape(zahra["FN"][1]) == "Zahra, Sara Ahmadi; \\Rahimi"
    assert _unescape(zahra["ORG"][1]) == "Big; Co, \\Ltd"
    assert _unescape(zahra["TITLE"][1]) == LONG_TITLE
    assert ("TITLE:" + zahra["TITLE"][1]).encode() not in raw  # it was folded
    assert "REV" in zahra
    if version == "4.0":
        assert zahra["KIND"][1] == "individual"
        assert zahra["TEL"] == ("VALUE=uri;TYPE=work,voice", "tel:+44-20-7946-0000")
    else:
        assert "KIND" not in zahra and zahra["TEL"][1] == "+44 20 7946 0000"


def test_folding_never_splits_a_utf8_character():
    line = "TITLE:" + "ب" * 100 + "x" + "😀" * 30
    folded = fold(line).encode()
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and len(parts) > 2
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode() == line


def test_vcards_of_one_owner_only(demo, tmp_path):
    db, me = demo
    everyone = export_vcards(db, tmp_path / "all.vcf")
    mine = export_vcards(db, tmp_path / "mine.vcf", "4.0", owner_id=me.id)
    assert 0 < mine < everyone
