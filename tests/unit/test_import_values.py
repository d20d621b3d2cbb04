"""Normalising imported text: phones, numbers, dates, emails, text."""

import datetime as dt

import pytest

from salesdesk.core.imports.values import Phone, ascii_digits, date, email, number, phone, text


def test_ascii_digits():
    assert ascii_digits("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩") == "0123456789 0123456789"


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_blank_is_no_value_and_no_problem(raw):
    for normalise in (text, email, phone, number, date):
        assert normalise(raw) == (None, None)


# --- phone -------------------------------------------------------------------------------


def test_phone_national_and_international():
    value, problem = phone(" 07911 123456 ")
    assert value == Phone("07911 123456", "+447911123456", True)
    assert problem is None
    assert phone("+49 30 901820")[0].e164 == "+4930901820"
    assert phone("020 7946 0958", default_region="GB")[0].e164 == "+442079460958"


def test_phone_with_persian_digits_keeps_the_raw_text():
    value, problem = phone("۰۹۱۲ ۱۲۳ ۴۵۶۷", default_region="IR")
    assert value == Phone("۰۹۱۲ ۱۲۳ ۴۵۶۷", "+989121234567", True)
    assert problem is None
    assert phone("+٩٧١٥٠١٢٣٤٥٦٧")[0].e164 == "+971501234567"


def test_an_invalid_phone_is_kept_with_a_warning():
    value, problem = phone("123")
    assert value.raw == "123" and value.valid is False
    assert problem is not None and problem.warning
    value, problem = phone("call reception")
    assert value == Phone("call reception", None, False)
    assert problem.warning


# --- number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1'234'567.89", 1234567.89),
        ("1’234’567.89", 1234567.89),
        ("1 234,56", 1234.56),
        ("1\u00a0234,56", 1234.56),
        ("1\u202f234\u202f567", 1234567.0),
        ("-12", -12.0),
        ("(12.50)", -12.5),
        ("12-", -12.0),
        ("\u221212", -12.0),
        ("€ 1.234,50", 1234.5),
        ("£3", 3.0),
        ("$-1,000.00", -1000.0),
        ("1.234,56 EUR", 1234.56),
        ("CHF 1'250.–", None),
        ("12,5", 12.5),
        ("0,125", 0.125),
        ("1.234.567", 1234567.0),
        ("1,234,567", 1234567.0),
        ("1,23,456.50", 123456.5),
        ("25%", 25.0),
        ("1e-05", 1e-05),
        (".5", 0.5),
        ("۱۲۳٫۴۵", 123.45),
        ("۱٬۲۳۴٬۵۶۷", 1234567.0),
        ("۱۲۰۰ ریال", 1200.0),
        ("0", 0.0),
    ],
)
def test_number_formats(raw, expected):
    value, problem = number(raw)
    if expected is None:
        assert value is None and problem is not None
    else:
        assert value == pytest.approx(expected)
        assert problem is None


@pytest.mark.parametrize("raw", ["abc", "12abc34", "1.2.3,4,5", "1,2,3.4.5", "--", "1 2", "12+3"])
def test_not_a_number(raw):
    value, problem = number(raw)
    assert value is None
    assert str(problem) == "not a number"


def test_a_lone_comma_before_three_digits_is_read_as_thousands_with_a_warning():
    value, problem = number("1,234")
    assert value == 1234.0
    assert problem.warning and "1,234" in str(problem)
    assert number("1,234", decimal=",") == (1.234, None)
    assert number("1.234", decimal=",") == (1234.0, None)
    assert number("1.234") == (1.234, None)


# --- date --------------------------------------------------------------------------------

DEC31 = dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    "raw",
    [
        "2026-12-31",
        "2026/12/31",
        "31/12/2026",
        "12/31/2026",
        "31.12.2026",
        "31-12-2026",
        "31/12/26",
        "2026-12-31T10:00:00Z",
        "2026-12-31 10:00",
        "2026-12-31T10:00:00.123+03:30",
        "31 Dec 2026",
        "31 December 2026",
        "Dec 31, 2026",
        "31-Dec-2026",
        "۲۰۲۶-۱۲-۳۱",
        "31/12/2026 09:15",
    ],
)
def test_date_formats(raw):
    assert date(raw) == (DEC31, None)


def test_an_ambiguous_date_needs_the_order():
    value, problem = date("11/12/2026")
    assert value is None and "day/month" in str(problem)
    assert date("11/12/2026", dayfirst=True) == (dt.date(2026, 12, 11), None)
    assert date("11/12/2026", dayfirst=False) == (dt.date(2026, 11, 12), None)
    assert date("05/05/2026") == (dt.date(2026, 5, 5), None)
    assert date("11.12.2026") == (dt.date(2026, 12, 11), None)  # dots are always day first


def test_a_day_over_twelve_contradicting_the_order_is_refused():
    assert date("31/12/2026", dayfirst=False)[0] is None
    assert date("12/31/2026", dayfirst=True)[0] is None


@pytest.mark.parametrize(
    "raw", ["2026-02-30", "31/02/2026", "tomorrow", "2026-12-31 junk", "13/13/2026"]
)
def test_not_a_date(raw):
    value, problem = date(raw)
    assert value is None and problem is not None


def test_a_solar_hijri_looking_year_is_refused():
    value, problem = date("۱۴۰۵/۱۰/۱۰")
    assert value is None and "1405" in str(problem)


def test_excel_serial_numbers_only_when_asked():
    assert date("46387", excel_serial=True) == (DEC31, None)
    assert date("46387.75", excel_serial=True) == (DEC31, None)
    assert date("46387")[0] is None
    assert date("0", excel_serial=True)[0] is None
    assert date("2026-12-31", excel_serial=True) == (DEC31, None)


# --- email and text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Ann.Lee@Example.CO.UK ", "Ann.Lee@example.co.uk"),
        ("mailto:a@b.example", "a@b.example"),
        ("Ann Lee <ann+crm@b.example>", "ann+crm@b.example"),
        ("رضا@مثال.ایران", "رضا@مثال.ایران"),
    ],
)
def test_email(raw, expected):
    assert email(raw) == (expected, None)


@pytest.mark.parametrize(
    "raw", ["ann", "ann@", "@b.example", "a@b", "a b@c.example", "a@@b.example", "a@b.c1"]
)
def test_not_an_email(raw):
    value, problem = email(raw)
    assert value is None and str(problem) == "not an email address"


def test_text_strips_collapses_and_drops_control_characters():
    assert text("  Smith \t\u00a0 &\x00 Co\x07 \r\n Ltd ") == ("Smith & Co Ltd", None)
    assert text("\x00\x01") == (None, None)
    assert text("خانه\u200cها") == ("خانه\u200cها", None)  # ZWNJ is part of Persian words


def test_multiline_text_keeps_line_breaks():
    assert text(" one  \r\n two\n\n\n\nthree ", multiline=True) == ("one\ntwo\n\nthree", None)


def test_text_over_the_limit_is_cut_with_a_problem():
    value, problem = text("abcdef", 4)
    assert value == "abcd"
    assert str(problem) == "too long: 6 characters, at most 4"
    assert problem.params == {"length": 6, "limit": 4}
    assert text("abcd", 4) == ("abcd", None)
