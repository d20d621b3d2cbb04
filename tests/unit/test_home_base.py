from salesdesk.core.workspace import parse_home_base


def test_coordinates_are_recognised():
    assert parse_home_base("53.4808, -2.2426") == {
        "home_address": None,
        "home_lat": 53.4808,
        "home_lon": -2.2426,
    }


def test_persian_digits_are_read_as_coordinates():
    parsed = parse_home_base("۳۵٫۶۹۹۷، ۵۱٫۳۳۸۰".replace("،", ","))
    assert (parsed["home_lat"], parsed["home_lon"]) == (35.6997, 51.338)


def test_anything_else_is_an_address():
    assert parse_home_base(" 1 Piccadilly, Manchester ") == {
        "home_address": "1 Piccadilly, Manchester",
        "home_lat": None,
        "home_lon": None,
    }


def test_out_of_range_coordinates_are_kept_as_text_not_silently_used():
    assert parse_home_base("123, 500")["home_lat"] is None
