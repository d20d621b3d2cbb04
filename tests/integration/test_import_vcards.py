"""Contacts from a phone's .vcf (vCard 2.1 quoted-printable, 3.0, 4.0) import like a CSV."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from salesdesk.core.demo import generate
from salesdesk.core.exports import export_vcards
from salesdesk.core.imports.importer import ImportOptions, preview, run_import
from salesdesk.core.imports.reading import read_table
from salesdesk.core.models import Contact

PHONE_EXPORT = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "TEL;CELL:+49 30 1234567\r\n"
    "EMAIL;HOME:juergen@example.org\r\n"
    "ORG:Büro Müller GmbH\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "UID:card-2\r\nFN:Zoë O'Brien\r\nN:O'Brien;Zoë;;;\r\n"
    "TITLE:Head of Operations\\, North\r\n"
    "item1.EMAIL;TYPE=INTERNET:zoe@example.co.uk\r\n"
    "TEL;TYPE=WORK:0161 496 0000\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:3\r\n"
    "FN:مریم احمدی\r\nTEL;VALUE=uri:tel:+98-21-1234-5678\r\n"
    "NOTE:a long line that is folded onto\r\n  the next line\r\nEND:VCARD\r\n"
)


def test_a_phone_vcard_file_reads_as_contact_rows(tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(PHONE_EXPORT.encode("utf-8"))
    table = read_table(path)
    assert table.headers[:3] == ["source_id", "first_name", "last_name"]
    by_name = {row[2]: row for row in table.rows}
    assert by_name["Müller"][1] == "Jürgen"  # quoted-printable UTF-8 decoded
    assert by_name["Müller"][6] == "Büro Müller GmbH"
    assert by_name["O'Brien"][3] == "Head of Operations, North"  # \\, unescaped
    assert by_name["O'Brien"][4] == "zoe@example.co.uk"  # group prefix dropped
    assert by_name["احمدی"][1] == "مریم" and by_name["احمدی"][5] == "+98-21-1234-5678"


def test_vcards_import_as_contacts_and_again_add_nothing(db, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(PHONE_EXPORT.encode("utf-8"))
    shown = preview(path, "contacts")
    assert shown.mapping["email"] == "email" and shown.mapping["last_name"] == "last_name"
    options = ImportOptions(skip_invalid=True)
    first = run_import(db, None, path, "contacts", shown.mapping, options=options)
    assert first.counts()["created"] == 3
    again = run_import(db, None, path, "contacts", shown.mapping, options=options)
    assert again.counts()["created"] == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 3


def test_our_own_vcard_export_reimports_without_duplicates(db, tmp_path):
    generate(db, accounts=12, seed=3, today=date(2026, 11, 25))
    path = tmp_path / "all.vcf"
    written = export_vcards(db, path, "4.0")
    shown = preview(path, "contacts")
    report = run_import(
        db, None, path, "contacts", shown.mapping, options=ImportOptions(skip_invalid=True)
    )
    with db.read() as s:
        contacts = s.scalar(select(func.count()).select_from(Contact))
    assert report.counts()["read"] == written
    # matched, not doubled (the cards' UIDs become source ids: they count as updates)
    assert report.counts()["created"] == 0 and contacts == written
