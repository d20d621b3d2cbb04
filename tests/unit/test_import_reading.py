"""Reading CSV/XLSX files into text tables: encodings, delimiters, quoting, bad files."""

import codecs
import datetime as dt

import pytest
from openpyxl import Workbook

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.imports.reading import (
    EmptyFileError,
    EncodingError,
    NoHeaderError,
    SheetNotFoundError,
    UnreadableRowError,
    UnsupportedFileError,
    cell_text,
    detect_delimiter,
    read_table,
    unique_headers,
)

ROWS = [
    ["Name", "City", "Revenue"],
    ["Café Müller", "Köln", "€ 1.234,50"],
    ["Fish & Chips Ltd", "London", "£3"],
]


def _csv(rows, delimiter=","):
    return "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_each_encoding_is_detected_and_text_comes_back_intact(tmp_path, encoding, prefix, expected):
    path = _write(tmp_path, "a.csv", prefix + _csv(ROWS, ";").encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.delimiter == ";"
    assert table.headers == ROWS[0]
    assert table.rows == ROWS[1:]
    assert table.row_numbers == [2, 3]
    assert 0 < table.encoding_confidence <= 1


def test_utf16_without_bom_is_recognised(tmp_path):
    path = _write(tmp_path, "a.csv", _csv(ROWS, "\t").encode("utf-16-le"))
    table = read_table(path)
    assert table.encoding == "utf-16-le"
    assert table.delimiter == "\t"
    assert table.rows[0][0] == "Café Müller"


def test_excel_cp1252_with_semicolons_reads_the_pound_euro_and_accents(tmp_path):
    rows = [["Firma", "Straße", "Umsatz"], ["Bäckerei Groß", "Hauptstraße 5", "12.345,67 €"]]
    rows += [["Crêperie", "Rue de l'Église", "£ 99"]] * 3
    path = _write(tmp_path, "excel.csv", _csv(rows, ";").encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows[0] == rows[1]
    assert table.rows[1][2] == "£ 99"
    assert table.encoding_confidence < 1  # a guess, shown so the user can override


def test_the_user_can_override_encoding_and_delimiter(tmp_path):
    path = _write(tmp_path, "a.csv", "Name;Town\nSø;Ålborg\n".encode("latin-1"))
    table = read_table(path, encoding="latin-1", delimiter=",")
    assert table.encoding == "latin-1"
    assert table.encoding_confidence == 1.0
    assert table.headers == ["Name;Town"]
    assert table.rows == [["Sø;Ålborg"]]
    assert read_table(path, delimiter="tab").delimiter == "\t"


def test_a_wrong_encoding_override_names_the_row(tmp_path):
    path = _write(tmp_path, "a.csv", "Name\nA\nB\nCafé\n".encode("cp1252"))
    with pytest.raises(EncodingError) as err:
        read_table(path, encoding="utf-8")
    assert err.value.row == 4
    assert "row 4" in str(err.value)
    assert isinstance(err.value, SalesDeskError)


def test_tab_separated_file(tmp_path):
    path = _write(tmp_path, "a.tsv", _csv(ROWS, "\t").encode())
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows[0] == ROWS[1]


def test_quoted_fields_keep_delimiters_quotes_and_newlines(tmp_path):
    text = (
        "Name,Notes,City\r\n"
        '"Smith, Jones & Co","Line one\r\nLine two, with comma\nand ""quotes""",Leeds\r\n'
        "Plain,,York\r\n"
    )
    path = _write(tmp_path, "a.csv", text.encode())
    table = read_table(path)
    assert table.delimiter == ","
    assert table.rows[0] == [
        "Smith, Jones & Co",
        'Line one\r\nLine two, with comma\nand "quotes"',
        "Leeds",
    ]
    assert table.rows[1] == ["Plain", "", "York"]
    assert table.row_numbers == [2, 3]


def test_blank_lines_and_trailing_blank_lines_are_ignored(tmp_path):
    path = _write(tmp_path, "a.csv", b"Name,City\n\nA,B\n,\n\n   \nC,D\n\n\n\n")
    table = read_table(path)
    assert table.rows == [["A", "B"], ["C", "D"]]
    assert table.row_numbers == [3, 7]


def test_short_rows_are_padded_and_long_rows_reported(tmp_path):
    path = _write(tmp_path, "a.csv", b"A,B,C\n1\n1,2,3,4\n1,2,3,,\n")
    table = read_table(path)
    assert table.rows == [["1", "", ""], ["1", "2", "3"], ["1", "2", "3"]]
    assert table.long_rows == [3]


def test_duplicate_and_empty_headers_are_made_unique_and_reported(tmp_path):
    path = _write(tmp_path, "a.csv", b" Email ,,Email,email,Name\nx,y,z,w,v\n")
    table = read_table(path)
    assert table.headers == ["Email", "Column 2", "Email (2)", "email (3)", "Name"]
    assert [(c.column, c.name) for c in table.header_changes] == [
        (1, "Column 2"),
        (2, "Email (2)"),
        (3, "email (3)"),
    ]


def test_unique_headers_never_collides_with_an_existing_name():
    names, _ = unique_headers(["A", "A (2)", "A"])
    assert names == ["A", "A (2)", "A (3)"]


@pytest.mark.parametrize("data", [b"", b"\n\r\n  \n", codecs.BOM_UTF8, b";;;\n;;\n\n"])
def test_an_empty_file_says_so(tmp_path, data):
    with pytest.raises(EmptyFileError):
        read_table(_write(tmp_path, "a.csv", data))


def test_a_file_that_starts_with_data_has_no_header(tmp_path):
    path = _write(tmp_path, "a.csv", b"12,2026-01-31,a@b.example\n13,2026-02-01,c@d.example\n")
    with pytest.raises(NoHeaderError):
        read_table(path)


def test_a_header_only_file_gives_no_rows(tmp_path):
    table = read_table(_write(tmp_path, "a.csv", b"Name,City\n"))
    assert table.headers == ["Name", "City"]
    assert table.rows == []


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"%PDF-1.7\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12" * 20,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),  # old .xls
    ],
)
def test_binary_files_are_refused(tmp_path, data):
    with pytest.raises(UnsupportedFileError):
        read_table(_write(tmp_path, "a.csv", data))


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UnsupportedFileError):
        read_table(path)
    with pytest.raises(UnsupportedFileError):
        read_table(_write(tmp_path, "b.xlsx", b"Name,City\nA,B\n"))


def test_an_unclosed_quote_names_the_row(tmp_path):
    path = _write(tmp_path, "a.csv", b'Name,City\nA,B\n"C,D\nE,F\n')
    with pytest.raises(UnreadableRowError) as err:
        read_table(path)
    assert err.value.row == 3


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(UnsupportedFileError):
        read_table(tmp_path)


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('Name;Amount\n"Smith, J";"1,5"\n', ";"),
        ("Name\nSmith\n", ","),  # one column: nothing to split, comma by convention
        ("Name;Notes\nA;x, y, z, w\n", ";"),  # commas in values do not win
    ],
)
def test_detect_delimiter(sample, expected):
    assert detect_delimiter(sample) == expected


def _xlsx(path, rows, title="Companies", extra_sheet=None):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if extra_sheet:
        other = wb.create_sheet(extra_sheet[0])
        for row in extra_sheet[1]:
            other.append(row)
    wb.save(path)
    return path


def test_xlsx_cells_come_back_as_csv_text(tmp_path):
    path = _xlsx(
        tmp_path / "a.xlsx",
        [
            ["Name", "Employees", "Revenue", "Since", "Meeting", "Active", "Notes"],
            ["Café Müller", 12, 1234.5, dt.date(2026, 12, 31), dt.datetime(2026, 1, 2, 10, 30),
             True, "two\nlines"],
            [None, None, None, None, None, None, None],
            ["Smith & Co", 3.0, None, None, None, False, None],
        ],
    )  # fmt: skip
    table = read_table(path)
    assert table.encoding is None and table.delimiter is None
    assert table.sheet == "Companies"
    assert table.headers[0] == "Name"
    assert table.rows == [
        ["Café Müller", "12", "1234.5", "2026-12-31", "2026-01-02T10:30:00", "TRUE", "two\nlines"],
        ["Smith & Co", "3", "", "", "", "FALSE", ""],
    ]
    assert table.row_numbers == [2, 4]


def test_xlsx_named_sheet_and_missing_sheet(tmp_path):
    path = _xlsx(
        tmp_path / "a.xlsx",
        [["Ignored"], ["x"]],
        extra_sheet=("Contacts", [["First Name", "Last Name"], ["Ann", "Lee"]]),
    )
    table = read_table(path, sheet="Contacts")
    assert table.headers == ["First Name", "Last Name"]
    assert table.rows == [["Ann", "Lee"]]
    with pytest.raises(SheetNotFoundError, match="Contacts"):
        read_table(path, sheet="Nope")


def test_an_empty_workbook_is_an_empty_file(tmp_path):
    with pytest.raises(EmptyFileError):
        read_table(_xlsx(tmp_path / "a.xlsx", []))


def test_xlsx_duplicate_headers(tmp_path):
    table = read_table(_xlsx(tmp_path / "a.xlsx", [["Phone", "Phone", None, "City"], [1, 2, 3, 4]]))
    assert table.headers == ["Phone", "Phone (2)", "Column 3", "City"]


def test_cell_text():
    assert cell_text(None) == ""
    assert cell_text(2.0) == "2"
    assert cell_text(0.1) == "0.1"
    assert cell_text(1e20) == "1e+20"
    assert cell_text(dt.time(9, 5)) == "09:05:00"
